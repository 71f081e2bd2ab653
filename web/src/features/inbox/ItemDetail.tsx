import { Anchor, Box, Divider, Group, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../app/workspace.js';
import { IconMail } from '../../components/icons.js';
import { EmptyState, LoadError, Loading } from '../../components/ui.js';
import { useFormat } from '../../lib/format.js';
import { NetworkBadge } from '../posts/network-ui.js';
import { ClockBadge } from './ClockBadge.js';
import { ContactCard } from './ContactCard.js';
import { Conversation } from './Conversation.js';
import { HeldReplies } from './HeldReplies.js';
import { useInboxItem } from './inbox.api.js';
import type { InboxPeople } from './people.js';
import { ReplyBox } from './ReplyBox.js';
import { TriageControls } from './TriageControls.js';

/** The right-hand side: the conversation and reply box, with the contact and triage beside them. */
export function ItemDetail({
  itemId,
  people,
  now,
  onOpen,
  replyRef,
}: {
  itemId: string | null;
  people: InboxPeople;
  now: number;
  onOpen: (id: string) => void;
  replyRef: Ref<HTMLTextAreaElement>;
}) {
  const { t } = useTranslation('inbox');
  const { id: ws, may } = useWorkspace();
  const fmt = useFormat();
  const detail = useInboxItem(ws, itemId);
  const viewport = useRef<HTMLDivElement>(null);
  const loadedId = detail.data?.data.id;
  const replyCount = detail.data?.replies?.length ?? 0;
  // Opening an item shows it in its conversation; a new reply (sent or failed) shows at the bottom.
  useEffect(() => {
    viewport.current?.querySelector('[data-highlight]')?.scrollIntoView({ block: 'nearest' });
  }, [loadedId]);
  const seenReplies = useRef({ id: loadedId, count: replyCount });
  useEffect(() => {
    const seen = seenReplies.current;
    if (seen.id === loadedId && replyCount > seen.count)
      viewport.current?.scrollTo({ top: viewport.current.scrollHeight, behavior: 'smooth' });
    seenReplies.current = { id: loadedId, count: replyCount };
  }, [loadedId, replyCount]);

  if (!itemId)
    return <EmptyState icon={IconMail} title={t('detail.none')} description={t('detail.noneHint')} />;
  if (detail.isPending) return <Loading />;
  if (detail.error)
    return (
      <Box p="md">
        <LoadError error={detail.error} onRetry={() => void detail.refetch()} />
      </Box>
    );
  const { data: item, thread, history } = detail.data;
  const canHandle = may('inbox.handle');

  return (
    <Group align="stretch" gap={0} wrap="nowrap" h="100%">
      <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
        <Group
          px="md"
          py="sm"
          gap="sm"
          justify="space-between"
          style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
        >
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Group gap={6} wrap="nowrap">
              <Title order={4} fw={600} style={{ overflowWrap: 'anywhere' }}>
                {item.contact.displayName || item.contact.handle}
              </Title>
              <NetworkBadge network={item.network} />
            </Group>
            <Text size="xs" c="dimmed">
              {t(`kind.${item.kind}`, { defaultValue: item.kind })} ·{' '}
              {t('detail.to', { handle: item.accountHandle })} · {fmt.dateTime(item.occurredAt)}
              {item.url && (
                <>
                  {' · '}
                  <Anchor href={item.url} target="_blank" rel="noreferrer" size="xs">
                    {t('detail.viewOn', {
                      network: t(`network.${item.network}`, { defaultValue: item.network }),
                    })}
                  </Anchor>
                </>
              )}
            </Text>
          </Stack>
          <ClockBadge clock={item.clock} now={now} />
        </Group>
        <ScrollArea style={{ flex: 1 }} px="md" py="sm" type="auto" viewportRef={viewport}>
          <Conversation
            itemId={item.id}
            thread={thread}
            replies={detail.data.replies ?? []}
            canHandle={canHandle}
            nameOf={people.nameOf}
          />
        </ScrollArea>
        <HeldReplies itemId={item.id} nameOf={people.nameOf} />
        {canHandle && (
          <Box px="md" pb="md" pt="xs" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
            <ReplyBox key={item.id} ref={replyRef} item={item} notes={detail.data.notes ?? []} />
          </Box>
        )}
      </Stack>
      <ScrollArea
        w={280}
        style={{ flex: 'none', borderLeft: '1px solid var(--mantine-color-gray-3)' }}
        type="auto"
      >
        <Stack gap="md" p="md">
          <TriageControls item={item} people={people} />
          <Divider />
          <ContactCard contact={item.contact} history={history} onOpen={onOpen} />
        </Stack>
      </ScrollArea>
    </Group>
  );
}
