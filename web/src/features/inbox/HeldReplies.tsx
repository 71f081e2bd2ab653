import { Badge, Box, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../app/workspace.js';
import { useDescribeError } from '../../lib/errors.js';
import { useFormat } from '../../lib/format.js';
import { notifyError, notifySuccess } from '../../lib/notify.js';
import { type HeldReply, useDecideHeldReply, useHeldReplies } from './held-replies.api.js';

/**
 * Replies of this conversation that a reply circuit holds: "Waiting for approval" for everyone, Approve /
 * Reject for the approvers of the circuit's first step (the server says who: `canDecide`). Rejected
 * ones stay visible with their reason; approved ones appear in the conversation once sent.
 */
export function HeldReplies({
  itemId,
  nameOf,
}: {
  itemId: string;
  nameOf: (id: string | null) => string | null;
}) {
  const { id: ws } = useWorkspace();
  const held = useHeldReplies(ws, itemId);
  const shown = (held.data?.data ?? []).filter((h) => h.status === 'pending' || h.status === 'rejected');
  if (!shown.length) return null;
  return (
    <Stack gap="xs" px="md" py="xs">
      {shown.map((h) => (
        <HeldCard key={h.id} held={h} ws={ws} nameOf={nameOf} />
      ))}
    </Stack>
  );
}

function HeldCard({
  held,
  ws,
  nameOf,
}: {
  held: HeldReply;
  ws: string;
  nameOf: (id: string | null) => string | null;
}) {
  const { t } = useTranslation('inbox');
  const fmt = useFormat();
  const describe = useDescribeError();
  const decide = useDecideHeldReply(ws);
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const pending = held.status === 'pending';
  const run = (decision: 'approve' | 'reject') =>
    decide.mutate(
      { id: held.id, decision, reason: reason.trim() },
      {
        onSuccess: () => notifySuccess(t(decision === 'approve' ? 'held.approved' : 'held.rejected')),
        onError: (e) => notifyError(describe(e)),
      },
    );
  return (
    <Box
      p="xs"
      bg={pending ? 'yellow.0' : 'red.0'}
      style={{ borderRadius: 8 }}
      data-held-status={held.status}
    >
      <Group gap="xs" justify="space-between">
        <Text size="xs" c="dimmed">
          {nameOf(held.authorId) ?? t('conversation.us')} · {fmt.dateTime(held.createdAt)}
        </Text>
        <Badge size="xs" color={pending ? 'yellow' : 'red'} variant="light">
          {t(pending ? 'held.waiting' : 'held.rejectedBadge')}
        </Badge>
      </Group>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {held.text}
      </Text>
      {held.reason && (
        <Text size="xs" c="red.8">
          {t('held.reason', { reason: held.reason })}
        </Text>
      )}
      {pending && held.canDecide && (
        <Group gap="xs" mt={4}>
          <Button size="xs" loading={decide.isPending} onClick={() => run('approve')}>
            {t('held.approve')}
          </Button>
          {rejecting ? (
            <>
              <TextInput
                size="xs"
                aria-label={t('held.reasonLabel')}
                placeholder={t('held.reasonLabel')}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
              />
              <Button
                size="xs"
                color="red"
                variant="light"
                disabled={!reason.trim()}
                loading={decide.isPending}
                onClick={() => run('reject')}
              >
                {t('held.reject')}
              </Button>
            </>
          ) : (
            <Button size="xs" color="red" variant="subtle" onClick={() => setRejecting(true)}>
              {t('held.reject')}
            </Button>
          )}
        </Group>
      )}
    </Box>
  );
}
