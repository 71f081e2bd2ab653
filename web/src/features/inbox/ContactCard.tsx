import { Anchor, Avatar, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.js';
import { NetworkBadge } from '../posts/network-ui.js';
import { StateBadge } from './badges.js';
import type { Contact, InboxItem } from './inbox.types.js';
import { initials } from './people.js';

/** Who wrote, and what else they wrote to us, on every network. */
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
  const fmt = useFormat();
  const who = contact.displayName || contact.handle;
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
          <Group gap={4} wrap="nowrap">
            {contact.profileUrl ? (
              <Anchor href={contact.profileUrl} target="_blank" rel="noreferrer" size="xs" truncate>
                {contact.handle}
              </Anchor>
            ) : (
              <Text size="xs" c="dimmed" truncate>
                {contact.handle}
              </Text>
            )}
            <NetworkBadge network={contact.network} />
          </Group>
        </Stack>
      </Group>
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
    </Stack>
  );
}
