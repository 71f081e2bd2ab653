import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.js';
import type { VersionDiff } from './approvals.types.js';
import { NetworkTag } from './badges.js';
import { diffStats, diffTokens, hasChanges, type Segment } from './diff.js';

const INSERT = { background: 'var(--mantine-color-teal-1)', color: 'var(--mantine-color-teal-9)' };
const DELETE = {
  background: 'var(--mantine-color-red-1)',
  color: 'var(--mantine-color-red-9)',
  textDecoration: 'line-through',
};

/** A word-level difference: insertions green, deletions struck in red, long unchanged runs folded. */
export function DiffText({ segments, full }: { segments: Segment[]; full?: boolean }) {
  const { t } = useTranslation('approvals');
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {diffTokens(segments, full ? Infinity : 12).map((tok, i) => (
        <Fragment key={i}>
          {tok.kind === 'equal' && tok.text}
          {tok.kind === 'insert' && (
            <ins style={{ ...INSERT, textDecoration: 'none' }} data-diff="insert">
              {tok.text}
            </ins>
          )}
          {tok.kind === 'delete' && (
            <del style={DELETE} data-diff="delete">
              {tok.text}
            </del>
          )}
          {tok.kind === 'elided' && (
            <Text span c="dimmed" size="xs">
              {' '}
              {t('versions.elided', { count: tok.words })}{' '}
            </Text>
          )}
        </Fragment>
      ))}
    </Text>
  );
}

/** What changed between two versions: title, then each variant's text, first comment, media and time. */
export function DiffView({ diff }: { diff: VersionDiff }) {
  const { t } = useTranslation('approvals');
  const fmt = useFormat();
  const changed = diff.variants.filter((v) => v.change !== 'unchanged');
  return (
    <Stack gap="sm">
      {hasChanges(diff.title) && (
        <div>
          <Text size="xs" c="dimmed" fw={600} tt="uppercase">
            {t('versions.title')}
          </Text>
          <DiffText segments={diff.title} full />
        </div>
      )}
      {changed.length === 0 && !hasChanges(diff.title) && (
        <Text size="sm" c="dimmed">
          {t('versions.noChange')}
        </Text>
      )}
      {changed.map((v) => {
        const stats = diffStats(v.text);
        return (
          <Paper key={v.variantId} withBorder radius="sm" p="sm">
            <Group gap="xs" mb={6}>
              <NetworkTag network={v.network} />
              <Badge
                size="xs"
                variant="light"
                radius="sm"
                tt="none"
                color={v.change === 'added' ? 'teal' : v.change === 'removed' ? 'red' : 'blue'}
              >
                {t(`versions.change.${v.change}`)}
              </Badge>
              {v.change === 'changed' && (stats.added > 0 || stats.removed > 0) && (
                <Text size="xs" c="dimmed">
                  {t('versions.stats', { added: stats.added, removed: stats.removed })}
                </Text>
              )}
            </Group>
            <DiffText segments={v.text} />
            {hasChanges(v.firstComment) && (
              <>
                <Text size="xs" c="dimmed" mt={6}>
                  {t('versions.firstComment')}
                </Text>
                <DiffText segments={v.firstComment} />
              </>
            )}
            {(v.mediaAdded.length > 0 || v.mediaRemoved.length > 0) && (
              <Text size="xs" c="dimmed" mt={6}>
                {t('versions.media', { added: v.mediaAdded.length, removed: v.mediaRemoved.length })}
              </Text>
            )}
            {v.scheduledAt.from !== v.scheduledAt.to && (
              <Text size="xs" c="dimmed" mt={4}>
                {t('versions.time', {
                  from: v.scheduledAt.from ? fmt.dateTime(v.scheduledAt.from) : t('preview.noTime'),
                  to: v.scheduledAt.to ? fmt.dateTime(v.scheduledAt.to) : t('preview.noTime'),
                })}
              </Text>
            )}
          </Paper>
        );
      })}
    </Stack>
  );
}
