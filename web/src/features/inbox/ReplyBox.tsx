import { Alert, Button, Group, Select, Stack, Tabs, Text, Textarea } from '@mantine/core';
import { forwardRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { useWorkspace } from '../../app/workspace.js';
import { IconSend } from '../../components/icons.js';
import { useDescribeError } from '../../lib/errors.js';
import { useFormat } from '../../lib/format.js';
import { notifyError, notifySuccess } from '../../lib/notify.js';
import { renderSavedReply, useAddNote, useSavedReplies, useSendReply } from './inbox.api.js';
import type { InboxItem, NoteView } from './inbox.types.js';
import { replyLength } from './reply-length.js';

/** Answer the contact on their network, or leave a note for colleagues. */
export const ReplyBox = forwardRef<HTMLTextAreaElement, { item: InboxItem; notes: NoteView[] }>(
  function ReplyBox({ item, notes }, ref) {
    const { t } = useTranslation('inbox');
    const { id: ws } = useWorkspace();
    const fmt = useFormat();
    const describe = useDescribeError();
    const saved = useSavedReplies(ws);
    const send = useSendReply(ws);
    const addNote = useAddNote(ws);
    const [text, setText] = useState('');
    const [savedReplyId, setSavedReplyId] = useState<string | null>(null);
    const [note, setNote] = useState('');
    const [loadingSaved, setLoadingSaved] = useState(false);
    const [error, setError] = useState<string | null>(null);
    const length = replyLength(text, item.network);

    const pickSaved = async (id: string | null) => {
      setSavedReplyId(id);
      if (!id) return;
      setLoadingSaved(true);
      try {
        setText((await renderSavedReply(ws, id, item.id)).text);
      } catch (e) {
        notifyError(describe(e));
      } finally {
        setLoadingSaved(false);
      }
    };

    const submit = () => {
      setError(null);
      send.mutate(
        { itemId: item.id, text: text.trim(), ...(savedReplyId ? { savedReplyId } : {}) },
        {
          onSuccess: (r) => {
            if (!r.data) {
              // Held by a reply circuit: not sent yet, it waits for approval (shown above the box).
              notifySuccess(t('held.submitted'));
              setText('');
              setSavedReplyId(null);
            } else if (r.data.status === 'sent') {
              notifySuccess(t('reply.sent'));
              setText('');
              setSavedReplyId(null);
            } else {
              // The reply was recorded but the network refused it: keep the text, show why, offer Retry.
              setError(
                t(`reply.failure.${r.data.failure?.code ?? 'unknown'}`, {
                  defaultValue: r.data.failure?.reason ?? '',
                }),
              );
            }
          },
          onError: (e) =>
            setError(e instanceof ApiError ? (e.fieldMessage('text') ?? describe(e)) : describe(e)),
        },
      );
    };

    const savedOptions = (saved.data?.data ?? []).map((s) => ({
      value: s.id,
      label: s.language ? `${s.title} (${s.language.toUpperCase()})` : s.title,
    }));

    return (
      <Tabs defaultValue="reply" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="reply">{t('reply.tab')}</Tabs.Tab>
          <Tabs.Tab value="notes">{t('notes.tab', { count: notes.length })}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="reply" pt="xs">
          <Stack gap="xs">
            <Group gap="xs" align="flex-end">
              <Select
                size="xs"
                placeholder={t('reply.savedPlaceholder')}
                aria-label={t('reply.saved')}
                data={savedOptions}
                value={savedReplyId}
                onChange={(v) => void pickSaved(v)}
                searchable
                clearable
                disabled={loadingSaved}
                nothingFoundMessage={t('reply.noSaved')}
                style={{ flex: 1 }}
              />
            </Group>
            <Textarea
              ref={ref}
              aria-label={t('reply.label', { handle: item.contact.handle })}
              placeholder={t('reply.placeholder', { handle: item.contact.handle })}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && text.trim() && !length.over) submit();
              }}
              autosize
              minRows={3}
              maxRows={10}
            />
            {error && (
              <Alert color="red" variant="light" p="xs" role="alert">
                <Text size="xs">{error}</Text>
              </Alert>
            )}
            <Group justify="space-between">
              <Text size="xs" c={length.over ? 'red' : 'dimmed'} aria-live="polite" data-testid="reply-count">
                {length.max === null
                  ? t('reply.countFree', { count: length.count })
                  : t('reply.count', {
                      count: length.count,
                      max: length.max,
                      network: t(`network.${item.network}`),
                    })}
              </Text>
              <Button
                size="xs"
                leftSection={<IconSend size={14} />}
                onClick={submit}
                loading={send.isPending}
                disabled={!text.trim() || length.over}
              >
                {t('reply.send')}
              </Button>
            </Group>
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="notes" pt="xs">
          <Stack gap="xs">
            {notes.map((n) => (
              <Stack key={n.id} gap={2} p={6} bg="yellow.0" style={{ borderRadius: 6 }}>
                <Text size="xs" c="dimmed">
                  {n.authorName ?? '—'} · {fmt.dateTime(n.createdAt)}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {n.text}
                </Text>
              </Stack>
            ))}
            <Textarea
              aria-label={t('notes.label')}
              placeholder={t('notes.placeholder')}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              autosize
              minRows={2}
            />
            <Group justify="flex-end">
              <Button
                size="xs"
                variant="light"
                disabled={!note.trim()}
                loading={addNote.isPending}
                onClick={() =>
                  addNote.mutate(
                    { itemId: item.id, text: note.trim() },
                    { onSuccess: () => setNote(''), onError: (e) => notifyError(describe(e)) },
                  )
                }
              >
                {t('notes.add')}
              </Button>
            </Group>
          </Stack>
        </Tabs.Panel>
      </Tabs>
    );
  },
);
