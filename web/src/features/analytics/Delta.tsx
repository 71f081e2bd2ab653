import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { deltaDirection, useFigures } from './figures.js';

const ARROW = { up: '▲', down: '▼', flat: '=' } as const;

/** The direction of change from the previous period, green when it is the good way, red when not. */
export function Delta({
  current,
  previous,
  higherIsBetter = true,
}: {
  current: number | null;
  previous: number | null;
  higherIsBetter?: boolean;
}) {
  const { t } = useTranslation('analytics');
  const fig = useFigures();
  const d = deltaDirection(current, previous, higherIsBetter);
  if (!d) return null;
  const color = d.good === null ? 'dimmed' : d.good ? 'teal.7' : 'red.7';
  const pct =
    previous !== null && previous !== 0 && current !== null
      ? Math.round(((current - previous) / Math.abs(previous)) * 1000) / 10
      : null;
  const words = t(`delta.${d.sign}`, { percent: pct === null ? '' : Math.abs(pct) });
  return (
    <Text
      size="xs"
      c={color}
      fw={600}
      aria-label={words}
      title={words}
      data-delta={d.sign}
      style={{ whiteSpace: 'nowrap' }}
    >
      <span aria-hidden="true">
        {ARROW[d.sign]}
        {pct !== null && d.sign !== 'flat' ? ` ${fig.percent(Math.abs(pct))}` : ''}
      </span>
    </Text>
  );
}
