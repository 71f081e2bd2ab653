/** Colours of the calendar: chips by objective or by pillar, and post statuses. */

/**
 * Objectives have no colour of their own, so each takes one from this palette by a hash of its id:
 * the same objective keeps its colour across sessions, pages and filters (an index in a list would
 * shift whenever an objective is added or filtered out). Mantine colour names, read at shade 6.
 */
export const OBJECTIVE_PALETTE = [
  'blue',
  'grape',
  'teal',
  'orange',
  'pink',
  'cyan',
  'lime',
  'violet',
  'indigo',
  'yellow',
  'red',
  'green',
] as const;

/** The colour used when a post has no objective or pillar. */
export const NEUTRAL = 'var(--mantine-color-gray-5)';

/** FNV-1a: a small, well-spread string hash that is the same in every browser. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The palette colour name of an objective. */
export function objectiveColourName(objectiveId: string): string {
  return OBJECTIVE_PALETTE[hash(objectiveId) % OBJECTIVE_PALETTE.length]!;
}

/** A CSS colour for a Mantine colour name. */
export function cssColour(name: string): string {
  return `var(--mantine-color-${name}-6)`;
}

export type ColourBy = 'objective' | 'pillar';

/** The CSS colour of a post's chip: its objective's palette colour or its pillar's editorial-line colour. */
export function chipColour(
  post: { objectiveId: string | null; pillarId: string | null },
  by: ColourBy,
  pillarColours: ReadonlyMap<string, string>,
): string {
  if (by === 'objective')
    return post.objectiveId ? cssColour(objectiveColourName(post.objectiveId)) : NEUTRAL;
  const colour = post.pillarId ? pillarColours.get(post.pillarId) : undefined;
  return colour && isCssColour(colour)
    ? colour
    : post.pillarId
      ? cssColour(objectiveColourName(post.pillarId))
      : NEUTRAL;
}

/** Whether the editorial line's colour can go into a style attribute as is (a hex colour). */
export function isCssColour(value: string): boolean {
  return /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(value);
}

/** The dot colour of each post status (Mantine colour names). */
export const STATUS_COLOUR: Record<string, string> = {
  draft: 'gray',
  pending_approval: 'yellow',
  changes_requested: 'orange',
  approved: 'lime',
  approval_overdue: 'pink',
  scheduled: 'blue',
  publishing: 'cyan',
  published: 'teal',
  failed: 'red',
  cancelled: 'dark',
};
