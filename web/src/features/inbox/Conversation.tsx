import { Anchor, Badge, Box, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useWorkspace } from '../../app/workspace.js';
import { IconExternal, IconRefresh } from '../../components/icons.js';
import { useDescribeError } from '../../lib/errors.js';
import { useFormat } from '../../lib/format.js';
import { notifyError } from '../../lib/notify.js';
import { QuestionBadge, SentimentDot } from './badges.js';
import { useRetryReply } from './inbox.api.js';
import type { InboxItem, ReplyView } from './inbox.types.js';

const REPLY_COLOR = { pending: 'gray', sent: 'teal', failed: 'red' } as const;

type Entry =
  { at: string; message: InboxItem; reply?: never } | { at: string; reply: ReplyView; message?: never };

/** The whole conversation oldest first, our replies among the messages, the opened one highlighted. */
export function Conversation({
  itemId,
  thread,
  replies,
  canHandle,
  nameOf,
}: {
  itemId: string;
  thread: InboxItem[];
  replies: ReplyView[];
  canHandle: boolean;
  nameOf: (userId: string | null) => string | null;
}) {
  const { t } = useTranslation('inbox');
  const { id: ws } = useWorkspace();
  const fmt = useFormat();
  const describe = useDescribeError();
  const retry = useRetryReply(ws);
  const entries: Entry[] = [
    ...thread.map((m) => ({ at: m.occurredAt, message: m })),
    ...replies.map((r) => ({ at: r.sentAt ?? r.createdAt, reply: r })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  const post = thread.find((m) => m.postId)?.postId ?? null;

  return (
    <Stack gap="sm">
      {post && (
        <Text size="xs" c="dimmed">
          {t('conversation.aboutPost')}{' '}
          <Anchor
            component={Link}
            to={`/w/${encodeURIComponent(ws)}/posts/${encodeURIComponent(post)}`}
            size="xs"
          >
            {t('conversation.openPost')}
          </Anchor>
        </Text>
      )}
      {entries.map((e) =>
        e.message ? (
          <Paper
            key={`m-${e.message.id}`}
            withBorder
            p="sm"
            radius="md"
            maw="85%"
            data-highlight={e.message.id === itemId || undefined}
            bg={e.message.id === itemId ? 'yellow.0' : undefined}
            style={e.message.id === itemId ? { borderColor: 'var(--mantine-color-yellow-5)' } : undefined}
          >
            <Group gap={6} mb={4} wrap="nowrap">
              <Text size="xs" fw={600} truncate>
                {e.message.contact.displayName || e.message.contact.handle}
              </Text>
              <Text size="xs" c="dimmed">
                {fmt.dateTime(e.message.occurredAt)}
              </Text>
              <SentimentDot sentiment={e.message.sentiment} />
              {e.message.isQuestion && <QuestionBadge />}
              {e.message.url && (
                <Anchor
                  href={e.message.url}
                  target="_blank"
                  rel="noreferrer"
                  size="xs"
                  aria-label={t('conversation.original')}
                >
                  <IconExternal size={12} />
                </Anchor>
              )}
            </Group>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {e.message.text}
            </Text>
          </Paper>
        ) : (
          <Paper
            key={`r-${e.reply.id}`}
            withBorder
            p="sm"
            radius="md"
            maw="85%"
            ml="auto"
            bg={e.reply.status === 'sent' ? 'blue.0' : e.reply.status === 'failed' ? 'red.0' : 'gray.0'}
            data-reply-status={e.reply.status}
          >
            <Group gap={6} mb={4} wrap="nowrap">
              <Text size="xs" fw={600}>
                {nameOf(e.reply.authorId) ?? t('conversation.us')}
              </Text>
              <Text size="xs" c="dimmed">
                {fmt.dateTime(e.reply.sentAt ?? e.reply.createdAt)}
              </Text>
              <Badge size="xs" color={REPLY_COLOR[e.reply.status]} variant="light">
                {t(`reply.status.${e.reply.status}`)}
              </Badge>
              {e.reply.url && (
                <Anchor
                  href={e.reply.url}
                  target="_blank"
                  rel="noreferrer"
                  size="xs"
                  aria-label={t('conversation.original')}
                >
                  <IconExternal size={12} />
                </Anchor>
              )}
            </Group>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {e.reply.text}
            </Text>
            {(e.reply.failure || e.reply.status === 'pending') && (
              <Group gap="xs" mt={6} justify="space-between">
                <Text size="xs" c={e.reply.failure ? 'red.8' : 'dimmed'}>
                  {e.reply.failure
                    ? t(`reply.failure.${e.reply.failure.code}`, { defaultValue: e.reply.failure.reason })
                    : t('reply.pendingHint')}
                </Text>
                {canHandle && (
                  <Button
                    size="compact-xs"
                    variant="white"
                    color="red"
                    leftSection={<IconRefresh size={12} />}
                    loading={retry.isPending && retry.variables === e.reply.id}
                    onClick={() => retry.mutate(e.reply.id, { onError: (err) => notifyError(describe(err)) })}
                  >
                    {t('reply.retry')}
                  </Button>
                )}
              </Group>
            )}
          </Paper>
        ),
      )}
      {thread.length === 0 && (
        <Box>
          <Text size="sm" c="dimmed">
            {t('conversation.empty')}
          </Text>
        </Box>
      )}
    </Stack>
  );
}
