import { Button, Group, Modal, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { useWorkspace } from '../../app/workspace.js';
import { FormError } from '../../components/ui.js';
import { useDescribeError } from '../../lib/errors.js';
import { notifySuccess } from '../../lib/notify.js';
import { useMoney } from '../budget/money.js';
import { networkName } from '../organisation/calendar.js';
import { BELOW, parseAmount, parseCount, parsePercent, percentToInput } from './figures.js';
import { useSaveGap, type AudienceGap } from './roni.api.js';

type Field = 'peopleExposed' | 'probability' | 'valuePerPerson' | 'note';

/** The pair being estimated: an existing estimate, or a suggested (persona, network) pair. */
export type GapTarget =
  { gap: AudienceGap } | { gap: null; audienceId: string; audienceName: string; networkId: string };

/** Estimates one audience gap: how many people, the chance of losing them, what each is worth. */
export function GapModal({ target, onClose }: { target: GapTarget; onClose: () => void }) {
  const { t } = useTranslation('roni');
  const { id: ws } = useWorkspace();
  const money = useMoney();
  const describe = useDescribeError();
  const save = useSaveGap(ws);
  const gap = target.gap;
  const persona = gap ? gap.audienceName : target.audienceName;
  const network = networkName(gap ? gap.networkId : target.networkId);
  const [text, setText] = useState<Record<Field, string>>(() => ({
    peopleExposed: gap?.peopleExposed == null ? '' : String(gap.peopleExposed),
    probability: percentToInput(gap?.probability ?? null),
    valuePerPerson: gap?.valuePerPerson == null ? '' : money.toInput(gap.valuePerPerson),
    note: gap?.note ?? '',
  }));
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const bind = (f: Field) => ({
    value: text[f],
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      const v = e.currentTarget.value;
      setText((x) => ({ ...x, [f]: v }));
      setErrors((x) => ({ ...x, [f]: undefined }));
    },
    error: errors[f],
  });

  const submit = () => {
    const peopleExposed = parseCount(text.peopleExposed);
    const probability = parsePercent(text.probability);
    const valuePerPerson = parseAmount(text.valuePerPerson, (x) => money.parse(x));
    const errs: Partial<Record<Field, string>> = {};
    if (peopleExposed === 'invalid') errs.peopleExposed = t('invalid.count');
    if (probability === 'invalid') errs.probability = t('invalid.percent');
    if (valuePerPerson === 'invalid') errs.valuePerPerson = t('invalid.amount', { digits: money.digits });
    setErrors(errs);
    setFormError(null);
    if (peopleExposed === 'invalid' || probability === 'invalid' || valuePerPerson === 'invalid') return;
    const input = { peopleExposed, probability, valuePerPerson, note: text.note.trim() };
    save.mutate(
      gap
        ? { id: gap.id, input }
        : { id: null, pair: { audienceId: target.audienceId, networkId: target.networkId }, input },
      {
        onSuccess: () => {
          notifySuccess(t('gaps.saved'));
          onClose();
        },
        onError: (e) => {
          const f = e instanceof ApiError ? e.fields[0] : undefined;
          if (f && f.field in text) setErrors({ [f.field]: f.message });
          else setFormError(describe(e));
        },
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title={t('gaps.formTitle', { persona, network })} size="lg">
      <Stack gap="md">
        <FormError message={formError} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('gaps.peopleExposed')}
            description={t('gaps.peopleHint')}
            inputWrapperOrder={BELOW}
            inputMode="numeric"
            data-autofocus
            {...bind('peopleExposed')}
          />
          <TextInput
            label={t('gaps.probability')}
            description={t('gaps.probabilityHint')}
            inputWrapperOrder={BELOW}
            rightSection={t('percentSuffix')}
            inputMode="decimal"
            {...bind('probability')}
          />
          <TextInput
            label={t('gaps.valuePerPerson', { currency: money.currency })}
            inputMode="decimal"
            {...bind('valuePerPerson')}
          />
        </SimpleGrid>
        <Textarea
          label={t('gaps.note')}
          description={t('gaps.noteHint')}
          inputWrapperOrder={BELOW}
          autosize
          minRows={2}
          {...bind('note')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('cancel')}
          </Button>
          <Button onClick={submit} loading={save.isPending}>
            {t('save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
