/** Two letters for an avatar: the initials of a name, or the start of a handle. */
export function initials(name: string): string {
  const words = name
    .replace(/^@/, '')
    .split(/[\s._@-]+/)
    .filter(Boolean);
  const letters = words.length > 1 ? `${words[0]![0]}${words[1]![0]}` : (words[0] ?? '?').slice(0, 2);
  return letters.toUpperCase();
}
