import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IconClock } from '../../components/icons.js';
import { useFormat } from '../../lib/format.js';
import type { ApprovalStatus } from './approvals.types.js';
import { clockLabel, formatMinutes, type ClockInput } from './clock.js';

const STATUS_COLOR: Record<ApprovalStatus, string> = {
  not_required: 'gray',
  draft: 'gray',
  in_review: 'blue',
  changes_requested: 'orange',
  approved: 'teal',
  rejected: 'red',
  approval_overdue: 'red',
};

/** Where a post stands in its approval circuit. */
export function ApprovalStatusBadge({ status }: { status: ApprovalStatus }) {
  const { t } = useTranslation('approvals');
  return (
    <Badge color={STATUS_COLOR[status]} variant="light" radius="sm" tt="none" data-status={status}>
      {t(`status.${status}`)}
    </Badge>
  );
}

/** A step's clock: time left, late by, or how long it took once decided. */
export function StepClockBadge({ clock, now }: { clock: ClockInput; now: number }) {
  const { t, i18n } = useTranslation('approvals');
  const fmt = useFormat();
  const label = clockLabel(clock, now);
  if (!label) return null;
  const duration = formatMinutes(label.minutes, i18n.resolvedLanguage ?? 'en');
  return (
    <Tooltip label={t('clock.due', { at: fmt.dateTime(clock.dueAt) })} withArrow openDelay={300}>
      <Badge
        size="sm"
        variant="light"
        color={label.tone}
        radius="sm"
        tt="none"
        leftSection={<IconClock size={12} />}
        data-clock={label.kind}
      >
        {t(`clock.${label.kind}`, { duration })}
      </Badge>
    </Tooltip>
  );
}

/** A network's name as a small badge (Mastodon violet, Bluesky blue). */
export function NetworkTag({ network }: { network: string | null }) {
  const { t } = useTranslation('approvals');
  const color = network === 'mastodon' ? 'violet' : network === 'bluesky' ? 'blue' : 'gray';
  return (
    <Badge size="xs" variant="light" radius="sm" tt="none" color={color}>
      {network ? t(`networks.${network}`, { defaultValue: network }) : t('networks.unknown')}
    </Badge>
  );
}
