import { Group, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PRESETS, presetRange, type PeriodChoice, type Preset } from './period.js';

/**
 * The period every tab reads: a preset (last 30 days, this month, last month, last quarter) or two
 * custom days. Days are the workspace's (the page passes `today` in its zone).
 */
export function PeriodPicker({
  value,
  today,
  onChange,
}: {
  value: PeriodChoice;
  today: string;
  onChange: (next: PeriodChoice) => void;
}) {
  const { t } = useTranslation('analytics');
  const pick = (preset: Preset) =>
    onChange(preset === 'custom' ? { ...value, preset } : { preset, ...presetRange(preset, today) });
  const setDay = (which: 'from' | 'to', day: string) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return;
    const next = { ...value, preset: 'custom' as const, [which]: day };
    // Keep from ≤ to whichever end moved.
    if (next.from > next.to) {
      if (which === 'from') next.to = next.from;
      else next.from = next.to;
    }
    onChange(next);
  };
  return (
    <Group gap="xs" align="flex-end" data-testid="analytics-period">
      <Select
        label={t('period.label')}
        data={PRESETS.map((p) => ({ value: p, label: t(`period.presets.${p}`) }))}
        value={value.preset}
        onChange={(v) => v && pick(v as Preset)}
        allowDeselect={false}
        w={180}
      />
      <TextInput
        type="date"
        label={t('period.from')}
        value={value.from}
        max={value.to}
        onChange={(e) => setDay('from', e.currentTarget.value)}
        w={160}
      />
      <TextInput
        type="date"
        label={t('period.to')}
        value={value.to}
        min={value.from}
        onChange={(e) => setDay('to', e.currentTarget.value)}
        w={160}
      />
    </Group>
  );
}
