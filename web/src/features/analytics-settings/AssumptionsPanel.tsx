import { Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { useWorkspace } from '../../app/workspace.js';
import { FormError, Panel } from '../../components/ui.js';
import { useDescribeError } from '../../lib/errors.js';
import { notifySuccess } from '../../lib/notify.js';
import { useMoney } from '../budget/money.js';
import { BELOW, parseAmount, parsePercent, percentToInput } from './figures.js';
import { useSaveAssumptions, type Assumptions } from './roni.api.js';

type Field = keyof Assumptions;

/**
 * The two loss probabilities and the value of a contact that turn the inbox's unanswered questions and
 * late answers into money. The parent remounts it (key) when the stored values change.
 */
export function AssumptionsPanel({ assumptions, canWrite }: { assumptions: Assumptions; canWrite: boolean }) {
  const { t } = useTranslation('roni');
  const { id: ws } = useWorkspace();
  const money = useMoney();
  const describe = useDescribeError();
  const save = useSaveAssumptions(ws);
  const [text, setText] = useState<Record<Field, string>>(() => ({
    unansweredLossProbability: percentToInput(assumptions.unansweredLossProbability),
    lateLossProbability: percentToInput(assumptions.lateLossProbability),
    valuePerContact: assumptions.valuePerContact === null ? '' : money.toInput(assumptions.valuePerContact),
  }));
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const bind = (f: Field) => ({
    value: text[f],
    onChange: (e: ChangeEvent<HTMLInputElement>) => {
      const v = e.currentTarget.value;
      setText((x) => ({ ...x, [f]: v }));
      setErrors((x) => ({ ...x, [f]: undefined }));
    },
    error: errors[f],
    readOnly: !canWrite,
    inputMode: 'decimal' as const,
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const unanswered = parsePercent(text.unansweredLossProbability);
    const late = parsePercent(text.lateLossProbability);
    const value = parseAmount(text.valuePerContact, (x) => money.parse(x));
    const errs: Partial<Record<Field, string>> = {};
    if (unanswered === 'invalid') errs.unansweredLossProbability = t('invalid.percent');
    if (late === 'invalid') errs.lateLossProbability = t('invalid.percent');
    if (value === 'invalid') errs.valuePerContact = t('invalid.amount', { digits: money.digits });
    setErrors(errs);
    setFormError(null);
    if (unanswered === 'invalid' || late === 'invalid' || value === 'invalid') return;
    save.mutate(
      { unansweredLossProbability: unanswered, lateLossProbability: late, valuePerContact: value },
      {
        onSuccess: () => notifySuccess(t('assumptions.saved')),
        onError: (err) => {
          const f = err instanceof ApiError ? err.fields[0] : undefined;
          if (f && f.field in text) setErrors({ [f.field]: f.message });
          else setFormError(describe(err));
        },
      },
    );
  };

  return (
    <Panel title={t('assumptions.title')} description={t('assumptions.description')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormError message={formError} />
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <TextInput
              label={t('assumptions.unanswered')}
              description={t('assumptions.unansweredHint')}
              inputWrapperOrder={BELOW}
              rightSection={t('percentSuffix')}
              {...bind('unansweredLossProbability')}
            />
            <TextInput
              label={t('assumptions.late')}
              description={t('assumptions.lateHint')}
              inputWrapperOrder={BELOW}
              rightSection={t('percentSuffix')}
              {...bind('lateLossProbability')}
            />
            <TextInput
              label={t('assumptions.valuePerContact', { currency: money.currency })}
              description={t('assumptions.valuePerContactHint')}
              inputWrapperOrder={BELOW}
              {...bind('valuePerContact')}
            />
          </SimpleGrid>
          {canWrite && (
            <Group justify="flex-end">
              <Button type="submit" loading={save.isPending}>
                {t('save')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Panel>
  );
}
