import { Avatar, Button, Group, Stack, Text } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../app/workspace.js';
import { LoadError, Loading } from '../../components/ui.js';
import { useFormat } from '../../lib/format.js';
import { notifyError } from '../../lib/notify.js';
import { useMembers } from '../members/members.api.js';
import { useAddComment, useComments } from './approvals.api.js';
import type { Comment } from './approvals.types.js';
import { MentionTextarea } from './MentionTextarea.js';
import { commentTokens, type Mentionable } from './mentions.js';
import { useApprovalError } from './use-approval-error.js';

function CommentItem({ c, members }: { c: Comment; members: Mentionable[] }) {
  const { t } = useTranslation('approvals');
  const fmt = useFormat();
  // Only people the server recognised as mentioned are highlighted.
  const mentioned = members.filter((m) => c.mentions.some((x) => x.userId === m.userId));
  return (
    <Group align="flex-start" gap="sm" wrap="nowrap" data-comment={c.id}>
      <Avatar radius="xl" size="sm" color={c.author.kind === 'external' ? 'grape' : 'indigo'} alt="">
        {c.author.name.slice(0, 1).toUpperCase()}
      </Avatar>
      <div style={{ minWidth: 0, flex: 1 }}>
        <Group gap={6}>
          <Text size="sm" fw={600}>
            {c.author.name}
          </Text>
          {c.author.kind === 'external' && (
            <Text size="xs" c="grape">
              {t('comments.outside')}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {fmt.dateTime(c.createdAt)}
          </Text>
        </Group>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {commentTokens(c.text, mentioned).map((tok, i) => (
            <Fragment key={i}>
              {tok.kind === 'text' ? (
                tok.text
              ) : (
                <Text span fw={600} c="indigo.7">
                  {tok.text}
                </Text>
              )}
            </Fragment>
          ))}
        </Text>
      </div>
    </Group>
  );
}

/** The conversation about a post: comments oldest first, and a box with @mention suggestions. */
export function CommentsSection({ ws, postId }: { ws: string; postId: string }) {
  const { t } = useTranslation('approvals');
  const { may } = useWorkspace();
  const comments = useComments(ws, postId);
  const members = useMembers(ws, may('members.read'));
  const add = useAddComment(ws, postId);
  const describe = useApprovalError();
  const [text, setText] = useState('');
  const people: Mentionable[] = (members.data?.data ?? []).map((m) => ({
    userId: m.userId,
    name: m.name,
    email: m.email,
  }));
  const send = () => {
    if (!text.trim()) return;
    add.mutate(text.trim(), { onSuccess: () => setText(''), onError: (e) => notifyError(describe(e)) });
  };
  return (
    <Stack gap="md">
      {comments.isPending ? (
        <Loading />
      ) : comments.error ? (
        <LoadError error={comments.error} onRetry={() => void comments.refetch()} />
      ) : comments.data.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('comments.empty')}
        </Text>
      ) : (
        <Stack gap="sm">
          {comments.data.data.map((c) => (
            <CommentItem key={c.id} c={c} members={people} />
          ))}
        </Stack>
      )}
      {may('posts.write') && (
        <Stack gap="xs">
          <MentionTextarea
            label={t('comments.add')}
            placeholder={t('comments.placeholder')}
            value={text}
            onChange={setText}
            members={people}
            onSubmitShortcut={send}
          />
          <Group justify="space-between">
            <Text size="xs" c="dimmed">
              {t('comments.hint')}
            </Text>
            <Button size="xs" onClick={send} loading={add.isPending} disabled={!text.trim()}>
              {t('comments.send')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
