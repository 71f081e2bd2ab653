import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Each network's accent, used by its badge and its preview card. */
export const NETWORK_COLOR: Record<string, string> = { bluesky: 'blue', mastodon: 'violet' };

/** A small coloured badge naming a network. */
export function NetworkBadge({ network }: { network: string }) {
  const { t } = useTranslation('posts');
  return (
    <Badge size="xs" variant="light" radius="sm" tt="none" color={NETWORK_COLOR[network] ?? 'gray'}>
      {t(`networks.${network}`, { defaultValue: network })}
    </Badge>
  );
}
