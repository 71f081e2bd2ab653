import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IconClock } from '../../components/icons.js';
import { useFormat } from '../../lib/format.js';
import { clockLabel, formatMinutes } from './clock.js';
import type { ClockView } from './inbox.types.js';

/** The first-response clock: time left, how late, or how fast the answer came; nothing without one. */
export function ClockBadge({ clock, now }: { clock: ClockView; now: number }) {
  const { t, i18n } = useTranslation('inbox');
  const fmt = useFormat();
  const label = clockLabel(clock, now);
  if (!label) return null;
  const text = t(`clock.${label.kind}`, {
    duration: formatMinutes(label.minutes, i18n.resolvedLanguage ?? 'en'),
  });
  return (
    <Tooltip label={t('clock.due', { at: fmt.dateTime(clock.dueAt) })} withArrow openDelay={400}>
      <Badge
        size="sm"
        variant="light"
        color={label.tone}
        radius="sm"
        tt="none"
        leftSection={<IconClock size={12} />}
        data-clock={label.kind}
        style={{ flex: 'none' }}
      >
        {text}
      </Badge>
    </Tooltip>
  );
}
