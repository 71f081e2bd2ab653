import { Group, Image, Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.js';
import { NetworkTag } from './badges.js';

export interface VariantCardProps {
  network: string | null;
  /** The account it goes out from (handle or name), when known. */
  account: string | null;
  text: string;
  media: { src: string; alt: string }[];
  scheduledAt: string | null;
  firstComment?: string | null;
}

const NETWORK_ACCENT: Record<string, string> = { bluesky: 'blue', mastodon: 'violet' };
const BLANK =
  "data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'><rect width='10' height='10' fill='%23dee2e6'/></svg>";

/** One variant as its network will roughly show it: account, text, media, time. */
export function VariantCard({ network, account, text, media, scheduledAt, firstComment }: VariantCardProps) {
  const { t } = useTranslation('approvals');
  const fmt = useFormat();
  const accent = (network && NETWORK_ACCENT[network]) ?? 'gray';
  return (
    <Paper withBorder radius="md" p="sm" style={{ borderTop: `3px solid var(--mantine-color-${accent}-5)` }}>
      <Group justify="space-between" mb={6} wrap="nowrap" gap="xs">
        <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
          <NetworkTag network={network} />
          {account && (
            <Text size="xs" c="dimmed" truncate>
              {account.startsWith('@') ? account : `@${account}`}
            </Text>
          )}
        </Group>
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {scheduledAt ? fmt.dateTime(scheduledAt) : t('preview.noTime')}
        </Text>
      </Group>
      {text ? (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {text}
        </Text>
      ) : (
        <Text size="sm" c="dimmed" fs="italic">
          {t('preview.empty')}
        </Text>
      )}
      {media.length > 0 && (
        <SimpleGrid cols={media.length === 1 ? 1 : 2} spacing={4} mt={6}>
          {media.map((m, i) => (
            <Image
              key={`${m.src}-${i}`}
              src={m.src}
              alt={m.alt}
              title={m.alt}
              radius="sm"
              h={media.length === 1 ? 180 : 100}
              fit="cover"
              fallbackSrc={BLANK}
            />
          ))}
        </SimpleGrid>
      )}
      {firstComment && (
        <Text size="xs" c="dimmed" mt={6} style={{ whiteSpace: 'pre-wrap' }}>
          {t('preview.firstComment', { text: firstComment })}
        </Text>
      )}
    </Paper>
  );
}
