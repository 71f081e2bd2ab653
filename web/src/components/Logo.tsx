import { Group, Text } from '@mantine/core';

/** The Presence mark: a dot broadcasting two arcs, in the brand colour. */
export function LogoMark({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="var(--mantine-color-indigo-6)" />
      <circle cx="11" cy="21" r="3" fill="#fff" />
      <path
        d="M11 13.5a7.5 7.5 0 0 1 7.5 7.5"
        stroke="#fff"
        strokeWidth="2.6"
        fill="none"
        strokeLinecap="round"
      />
      <path
        d="M11 7a14 14 0 0 1 14 14"
        stroke="#fff"
        strokeWidth="2.6"
        fill="none"
        strokeLinecap="round"
        opacity="0.75"
      />
    </svg>
  );
}

/** Mark and name, for the header and the sign-in pages. */
export function Logo({ size = 28 }: { size?: number }) {
  return (
    <Group gap={8} wrap="nowrap">
      <LogoMark size={size} />
      <Text fw={700} size={size > 30 ? 'xl' : 'lg'} style={{ letterSpacing: -0.3 }}>
        Presence
      </Text>
    </Group>
  );
}
