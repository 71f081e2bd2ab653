import { Group, NumberInput, Select, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fromAmount, toAmount, type UnitOfTime } from './circuit-form.js';

/** A duration in minutes typed as an amount and a unit; empty means "none" (null). */
export function DurationInput({
  label,
  description,
  placeholder,
  value,
  onChange,
  error,
}: {
  label: string;
  description?: string;
  placeholder?: string;
  value: number | null;
  onChange: (minutes: number | null) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation('approvals');
  const initial = value === null ? { amount: null, unit: 'hours' as UnitOfTime } : toAmount(value);
  const [unit, setUnit] = useState<UnitOfTime>(initial.unit);
  const [amount, setAmount] = useState<number | null>(initial.amount);
  // A value replaced from outside (another circuit opened) resets the fields.
  useEffect(() => {
    const next = value === null ? null : toAmount(value);
    if (next === null) setAmount(null);
    else if (fromAmount(amount ?? NaN, unit) !== value) {
      setAmount(next.amount);
      setUnit(next.unit);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);
  const emit = (a: number | null, u: UnitOfTime) => onChange(a === null ? null : fromAmount(a, u));
  return (
    <Stack gap={4}>
      <Group gap={6} align="flex-end" wrap="nowrap">
        <NumberInput
          label={label}
          description={description}
          placeholder={placeholder}
          min={0}
          step={1}
          decimalScale={2}
          value={amount ?? ''}
          onChange={(v) => {
            const a = v === '' || v === null ? null : Number(v);
            setAmount(a);
            emit(a, unit);
          }}
          error={Boolean(error)}
          style={{ flex: 1 }}
        />
        <Select
          aria-label={t('circuits.unit')}
          w={110}
          allowDeselect={false}
          data={(['minutes', 'hours', 'days'] as const).map((u) => ({ value: u, label: t(`units.${u}`) }))}
          value={unit}
          onChange={(v) => {
            if (!v) return;
            const u = v as UnitOfTime;
            setUnit(u);
            emit(amount, u);
          }}
        />
      </Group>
      {error && (
        <Text size="xs" c="red">
          {error}
        </Text>
      )}
    </Stack>
  );
}
