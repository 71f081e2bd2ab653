import { Anchor, Avatar, Badge, Checkbox, Group, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ConnectedAccount } from '../accounts/accounts.api.js';
import { NetworkBadge } from './network-ui.js';

const HEALTH_COLOR = { valid: 'teal', expiring: 'yellow', needs_reconnect: 'red' } as const;

/**
 * The workspace's accounts as toggles: each selected account gets its own variant. An account that
 * must be reconnected cannot be picked (it could not publish); the card says why and links to the fix.
 */
export function AccountPicker({
  ws,
  accounts,
  selected,
  locked,
  disabled,
  error,
  onToggle,
}: {
  ws: string;
  accounts: ConnectedAccount[];
  selected: readonly string[];
  /** Accounts whose variant is published: they stay selected. */
  locked: readonly string[];
  disabled: boolean;
  error?: string | undefined;
  onToggle: (accountId: string) => void;
}) {
  const { t } = useTranslation('posts');
  const reasonOf = (a: ConnectedAccount) =>
    t(`accounts:reasons.${a.health.reason}`, { defaultValue: a.health.reason });
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {accounts.map((a) => {
          const isSelected = selected.includes(a.id);
          const broken = a.health.status === 'needs_reconnect';
          // A broken account already in the post can still be taken out of it.
          const off = disabled || locked.includes(a.id) || (broken && !isSelected);
          return (
            <div key={a.id}>
              <Checkbox.Card
                id={`composer-account-${a.id}`}
                checked={isSelected}
                onClick={() => !off && onToggle(a.id)}
                disabled={off}
                radius="md"
                p="sm"
                style={{ opacity: broken && !isSelected ? 0.75 : 1, cursor: off ? 'not-allowed' : 'pointer' }}
                aria-label={t('accounts.toggle', { handle: a.handle })}
              >
                <Group wrap="nowrap" align="flex-start" gap="sm">
                  <Checkbox.Indicator disabled={off} mt={4} />
                  <Avatar radius="xl" size="md" alt="">
                    {(a.displayName ?? a.handle).slice(0, 1).toUpperCase()}
                  </Avatar>
                  <div style={{ minWidth: 0 }}>
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm" fw={600} truncate>
                        {a.displayName ?? a.handle}
                      </Text>
                      <NetworkBadge network={a.network} />
                    </Group>
                    <Text size="xs" c="dimmed" truncate>
                      @{a.handle}
                    </Text>
                    {a.health.status !== 'valid' && (
                      <Badge mt={4} size="xs" variant="light" tt="none" color={HEALTH_COLOR[a.health.status]}>
                        {t(`accounts:health.${a.health.status}`)}
                      </Badge>
                    )}
                  </div>
                </Group>
              </Checkbox.Card>
              {/* Outside the card: a link cannot sit inside the card's button. */}
              {broken && (
                <Text size="xs" c="red.8" mt={4} px={4}>
                  {reasonOf(a)}{' '}
                  <Anchor component={Link} to={`/w/${ws}/accounts`} size="xs">
                    {t('accounts.reconnect')}
                  </Anchor>
                </Text>
              )}
            </div>
          );
        })}
      </SimpleGrid>
      {error && (
        <Text size="sm" c="red" mt="xs" role="alert">
          {error}
        </Text>
      )}
    </>
  );
}
