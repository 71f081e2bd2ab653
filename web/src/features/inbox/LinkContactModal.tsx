import { Avatar, Badge, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../app/workspace.js';
import { useDescribeError } from '../../lib/errors.js';
import { notifyError } from '../../lib/notify.js';
import { NetworkBadge } from '../posts/network-ui.js';
import { useContactLinks, useContactSuggestions, type PersonContact } from './people.api.js';
import { initials } from './people.js';

/** "Link to another contact": suggestions on other networks, or a search, each linkable as the same person. */
export function LinkContactModal({
  contact,
  opened,
  onClose,
}: {
  contact: PersonContact;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('inbox');
  const { id: ws } = useWorkspace();
  const describe = useDescribeError();
  const [q, setQ] = useState('');
  const [query] = useDebouncedValue(q.trim(), 250);
  const found = useContactSuggestions(ws, contact.id, query, opened);
  const { link } = useContactLinks(ws);
  const rows = found.data ?? [];

  return (
    <Modal opened={opened} onClose={onClose} title={t('people.linkTitle')} size="md">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('people.linkHint', { name: contact.displayName || contact.handle })}
        </Text>
        <TextInput
          label={t('people.search')}
          placeholder={t('people.searchPlaceholder')}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          data-autofocus
        />
        <Text size="xs" fw={600} c="dimmed" tt="uppercase">
          {query ? t('people.results') : t('people.suggestions')}
        </Text>
        {!found.isPending && rows.length === 0 && (
          <Text size="sm" c="dimmed">
            {query ? t('people.noResults') : t('people.noSuggestions')}
          </Text>
        )}
        {rows.map((s) => {
          const who = s.contact.displayName || s.contact.handle;
          return (
            <Group key={s.contact.id} justify="space-between" wrap="nowrap" data-suggestion={s.contact.id}>
              <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
                <Avatar src={s.contact.avatarUrl} radius="xl" size={32} color="initials" name={who} alt="">
                  {initials(who)}
                </Avatar>
                <Stack gap={2} style={{ minWidth: 0 }}>
                  <Group gap={4} wrap="nowrap">
                    <Text size="sm" fw={600} truncate>
                      {who}
                    </Text>
                    <NetworkBadge network={s.contact.network} />
                  </Group>
                  <Group gap={4}>
                    <Text size="xs" c="dimmed" truncate>
                      {s.contact.handle}
                    </Text>
                    {s.reasons.map((r) => (
                      <Badge key={r} size="xs" variant="light">
                        {t(`people.reason.${r}`)}
                      </Badge>
                    ))}
                  </Group>
                </Stack>
              </Group>
              <Button
                size="compact-sm"
                variant="light"
                loading={link.isPending && link.variables?.otherId === s.contact.id}
                onClick={() =>
                  link.mutate(
                    { id: contact.id, otherId: s.contact.id },
                    { onSuccess: onClose, onError: (err) => notifyError(describe(err)) },
                  )
                }
              >
                {t('people.samePerson')}
              </Button>
            </Group>
          );
        })}
      </Stack>
    </Modal>
  );
}
