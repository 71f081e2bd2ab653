import { Anchor, Badge, Button, Collapse, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { IconCheck, IconChevronDown, IconChevronRight } from '../../components/icons.js';
import { EmptyState, LoadError, Loading } from '../../components/ui.js';
import { useFormat } from '../../lib/format.js';
import { useNow } from './use-now.js';
import { useApprovalInbox } from './approvals.api.js';
import type { InboxItem } from './approvals.types.js';
import { StepClockBadge } from './badges.js';
import { DecisionButtons } from './DecisionButtons.js';
import { PostPreviews } from './PostPreviews.js';

/** One post waiting for the caller: title, author, step, clock, previews and the decision. */
function WaitingCard({
  ws,
  item,
  now,
  canDecide,
  expanded,
}: {
  ws: string;
  item: InboxItem;
  now: number;
  canDecide: boolean;
  /** Previews start open on the first cards only, so a long list does not load every post at once. */
  expanded: boolean;
}) {
  const { t } = useTranslation('approvals');
  const fmt = useFormat();
  const [open, setOpen] = useState(expanded);
  return (
    <Paper withBorder radius="md" p="md" data-post={item.postId}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
          <Group gap="xs" wrap="wrap">
            <Anchor component={Link} to={`/w/${ws}/posts/${item.postId}`} fw={600}>
              {item.title || t('untitled')}
            </Anchor>
            <StepClockBadge clock={{ dueAt: item.dueAt, startedAt: item.startedAt }} now={now} />
            {item.escalated && (
              <Badge size="sm" color="grape" variant="light" radius="sm" tt="none">
                {t('inbox.escalated')}
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            {t('inbox.meta', {
              step: item.stepName,
              number: item.stepIndex + 1,
              author: item.authorName,
              since: fmt.dateTime(item.startedAt),
            })}
          </Text>
          <Text size="xs" c="dimmed">
            {item.publicationAt
              ? t('inbox.publication', { at: fmt.dateTime(item.publicationAt) })
              : t('inbox.noPublication')}
          </Text>
        </Stack>
        {canDecide && <DecisionButtons ws={ws} postId={item.postId} title={item.title} size="compact-sm" />}
      </Group>
      <Button
        variant="subtle"
        size="compact-xs"
        mt="xs"
        leftSection={open ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? t('inbox.hidePreview') : t('inbox.showPreview')}
      </Button>
      <Collapse in={open}>
        <Stack mt="sm">{open && <PostPreviews ws={ws} postId={item.postId} />}</Stack>
      </Collapse>
    </Paper>
  );
}

/** What waits for the signed-in person, soonest due first (the server's order). */
export function WaitingList({ ws, canDecide }: { ws: string; canDecide: boolean }) {
  const { t } = useTranslation('approvals');
  const now = useNow();
  const query = useApprovalInbox(ws);
  if (query.isPending) return <Loading />;
  if (query.error) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data.data.length)
    return <EmptyState icon={IconCheck} title={t('inbox.empty')} description={t('inbox.emptyHint')} />;
  return (
    <Stack gap="md">
      {query.data.data.map((item, i) => (
        <WaitingCard key={item.postId} ws={ws} item={item} now={now} canDecide={canDecide} expanded={i < 5} />
      ))}
    </Stack>
  );
}
