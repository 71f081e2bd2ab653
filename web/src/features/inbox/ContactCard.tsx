import {
  ActionIcon,
  Anchor,
  Avatar,
  Button,
  Group,
  Progress,
  Stack,
  Text,
  Tooltip,
  UnstyledButton,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../app/workspace.js';
import { useDescribeError } from '../../lib/errors.js';
import { useFormat } from '../../lib/format.js';
import { notifyError } from '../../lib/notify.js';
import { NetworkBadge } from '../posts/network-ui.js';
import { StateBadge } from './badges.js';
import type { Contact, InboxItem } from './inbox.types.js';
import { LinkContactModal } from './LinkContactModal.js';
import { useContactLinks, useContactProfile, type PersonContact, type SentimentPoint } from './people.api.js';
import { initials } from './people.js';

function ContactLine({ contact, onUnlink }: { contact: PersonContact | Contact; onUnlink?: () => void }) {
  const { t } = useTranslation('inbox');
  return (
    <Group gap={4} wrap="nowrap" data-linked-contact={contact.id}>
      <NetworkBadge network={contact.network} />
      {contact.profileUrl ? (
        <Anchor href={contact.profileUrl} target="_blank" rel="noreferrer" size="xs" truncate>
          {contact.handle}
        </Anchor>
      ) : (
        <Text size="xs" c="dimmed" truncate>
          {contact.handle}
        </Text>
      )}
      {onUnlink && (
        <Tooltip label={t('people.unlink')}>
          <ActionIcon
            size="xs"
            variant="subtle"
            color="gray"
            aria-label={t('people.unlink')}
            onClick={onUnlink}
          >
            ×
          </ActionIcon>
        </Tooltip>
      )}
    </Group>
  );
}

/** Messages per month, one stacked bar each (positive, neutral, negative), scaled to the busiest month. */
function SentimentTrend({ trend }: { trend: SentimentPoint[] }) {
  const { t } = useTranslation('inbox');
  const recent = trend.slice(-6);
  const max = Math.max(1, ...recent.map((p) => p.positive + p.neutral + p.negative));
  return (
    <Stack gap={4} aria-label={t('people.trend')}>
      {recent.map((p) => {
        const pct = (n: number) => (n / max) * 100;
        return (
          <Group key={p.month} gap={6} wrap="nowrap">
            <Text size="10px" c="dimmed" w={48} style={{ flex: 'none' }}>
              {p.month}
            </Text>
            <Tooltip label={t('people.trendTip', { ...p })}>
              <Progress.Root size="sm" style={{ flex: 1 }}>
                <Progress.Section value={pct(p.positive)} color="teal" />
                <Progress.Section value={pct(p.neutral)} color="gray.4" />
                <Progress.Section value={pct(p.negative)} color="red" />
              </Progress.Root>
            </Tooltip>
          </Group>
        );
      })}
    </Stack>
  );
}

/** Who wrote, on every network they are linked on, and what else they wrote to us. */
export function ContactCard({
  contact,
  history,
  onOpen,
}: {
  contact: Contact;
  history: InboxItem[];
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation('inbox');
  const { id: ws, may } = useWorkspace();
  const fmt = useFormat();
  const describe = useDescribeError();
  const profile = useContactProfile(ws, contact.id);
  const { unlink } = useContactLinks(ws);
  const [linking, setLinking] = useState(false);
  const canHandle = may('inbox.handle');
  const who = contact.displayName || contact.handle;
  const p = profile.data;
  const others = p?.linked.filter((c) => c.id !== contact.id) ?? [];

  return (
    <Stack gap="xs">
      <Group gap="sm" wrap="nowrap">
        <Avatar src={contact.avatarUrl} radius="xl" size={40} color="initials" name={who} alt="">
          {initials(who)}
        </Avatar>
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Text fw={600} size="sm" truncate>
            {who}
          </Text>
          <ContactLine contact={contact} />
        </Stack>
      </Group>
      {others.length > 0 && (
        <Stack gap={2}>
          <Text size="xs" c="dimmed">
            {t('people.alsoOn')}
          </Text>
          {others.map((c) => (
            <ContactLine
              key={c.id}
              contact={c}
              onUnlink={
                canHandle
                  ? () => unlink.mutate(c.id, { onError: (err) => notifyError(describe(err)) })
                  : undefined
              }
            />
          ))}
        </Stack>
      )}
      {canHandle && p && (
        <Button
          size="compact-xs"
          variant="subtle"
          onClick={() => setLinking(true)}
          style={{ alignSelf: 'start' }}
        >
          {t('people.link')}
        </Button>
      )}
      {p && p.counts.items > 0 && (
        <Stack gap={4} data-contact-profile>
          <Text size="xs">
            {t('people.counts', { count: p.counts.items, questions: p.counts.questions })}
          </Text>
          <Group gap={4}>
            {p.counts.byNetwork.map((n) => (
              <Text key={n.key} size="xs" c="dimmed">
                {t(`network.${n.key}`, { defaultValue: n.key })}: {n.count}
              </Text>
            ))}
          </Group>
          {p.firstSeenAt && p.lastSeenAt && (
            <Text size="xs" c="dimmed">
              {t('people.seen', { first: fmt.date(p.firstSeenAt), last: fmt.date(p.lastSeenAt) })}
            </Text>
          )}
          {p.sentimentTrend.length > 1 && <SentimentTrend trend={p.sentimentTrend} />}
        </Stack>
      )}
      <Text size="xs" fw={600} c="dimmed" tt="uppercase">
        {t('contact.history', { count: history.length })}
      </Text>
      {history.length === 0 && (
        <Text size="xs" c="dimmed">
          {t('contact.noHistory')}
        </Text>
      )}
      {history.slice(0, 10).map((h) => (
        <UnstyledButton key={h.id} onClick={() => onOpen(h.id)} aria-label={t('contact.openPast')}>
          <Stack gap={2} p={6} style={{ borderRadius: 6, border: '1px solid var(--mantine-color-gray-2)' }}>
            <Group gap={4} justify="space-between" wrap="nowrap">
              <Group gap={4}>
                <NetworkBadge network={h.network} />
                <StateBadge state={h.state} />
              </Group>
              <Text size="10px" c="dimmed">
                {fmt.date(h.occurredAt)}
              </Text>
            </Group>
            <Text size="xs" lineClamp={2}>
              {h.text}
            </Text>
          </Stack>
        </UnstyledButton>
      ))}
      {p && <LinkContactModal contact={p.contact} opened={linking} onClose={() => setLinking(false)} />}
    </Stack>
  );
}
