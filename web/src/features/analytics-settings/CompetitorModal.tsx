import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { useWorkspace } from '../../app/workspace.js';
import { FormError } from '../../components/ui.js';
import { useDescribeError } from '../../lib/errors.js';
import { notifySuccess } from '../../lib/notify.js';
import { useMoney } from '../budget/money.js';
import { NETWORK_IDS, networkName } from '../organisation/calendar.js';
import { BELOW, parseAmount, parseCount, parsePercent, percentToInput } from './figures.js';
import { useSaveCompetitor, type Competitor } from './roni.api.js';

type Field = 'name' | 'networkId' | 'probability' | 'customersExposed' | 'averageValue' | 'source';

/** Adds or corrects a competitor present on a network. */
export function CompetitorModal({
  competitor,
  onClose,
}: {
  competitor: Competitor | null;
  onClose: () => void;
}) {
  const { t } = useTranslation('roni');
  const { id: ws } = useWorkspace();
  const money = useMoney();
  const describe = useDescribeError();
  const save = useSaveCompetitor(ws);
  const [networkId, setNetworkId] = useState<string | null>(competitor?.networkId ?? null);
  const [text, setText] = useState(() => ({
    name: competitor?.name ?? '',
    probability: percentToInput(competitor?.probability ?? null),
    customersExposed: competitor?.customersExposed === null ? '' : String(competitor?.customersExposed ?? ''),
    averageValue:
      competitor?.averageValue === null || competitor?.averageValue === undefined
        ? ''
        : money.toInput(competitor.averageValue),
    source: competitor?.source ?? '',
  }));
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const bind = (f: keyof typeof text) => ({
    value: text[f],
    onChange: (e: ChangeEvent<HTMLInputElement>) => {
      const v = e.currentTarget.value;
      setText((x) => ({ ...x, [f]: v }));
      setErrors((x) => ({ ...x, [f]: undefined }));
    },
    error: errors[f],
  });

  const submit = () => {
    const probability = parsePercent(text.probability);
    const customersExposed = parseCount(text.customersExposed);
    const averageValue = parseAmount(text.averageValue, (x) => money.parse(x));
    const errs: Partial<Record<Field, string>> = {};
    if (!text.name.trim()) errs.name = t('invalid.name');
    if (!networkId) errs.networkId = t('invalid.network');
    if (probability === 'invalid') errs.probability = t('invalid.percent');
    if (customersExposed === 'invalid') errs.customersExposed = t('invalid.count');
    if (averageValue === 'invalid') errs.averageValue = t('invalid.amount', { digits: money.digits });
    setErrors(errs);
    setFormError(null);
    if (
      Object.keys(errs).length ||
      !networkId ||
      probability === 'invalid' ||
      customersExposed === 'invalid' ||
      averageValue === 'invalid'
    )
      return;
    save.mutate(
      {
        id: competitor?.id ?? null,
        input: {
          name: text.name.trim(),
          networkId,
          probability,
          customersExposed,
          averageValue,
          source: text.source.trim(),
        },
      },
      {
        onSuccess: () => {
          notifySuccess(t('competitors.saved'));
          onClose();
        },
        onError: (e) => {
          const f = e instanceof ApiError ? e.fields[0] : undefined;
          if (f) setErrors({ [f.field]: f.message });
          else setFormError(describe(e));
        },
      },
    );
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={competitor ? t('competitors.editTitle') : t('competitors.addTitle')}
      size="lg"
    >
      <Stack gap="md">
        <FormError message={formError} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('competitors.name')} required data-autofocus {...bind('name')} />
          <Select
            label={t('competitors.network')}
            data={NETWORK_IDS.map((n) => ({ value: n, label: networkName(n) }))}
            value={networkId}
            onChange={(v) => {
              setNetworkId(v);
              setErrors((x) => ({ ...x, networkId: undefined }));
            }}
            error={errors.networkId}
            required
          />
          <TextInput
            label={t('competitors.probability')}
            description={t('competitors.probabilityHint')}
            inputWrapperOrder={BELOW}
            rightSection={t('percentSuffix')}
            inputMode="decimal"
            {...bind('probability')}
          />
          <TextInput
            label={t('competitors.customersExposed')}
            inputMode="numeric"
            {...bind('customersExposed')}
          />
          <TextInput
            label={t('competitors.averageValue', { currency: money.currency })}
            inputMode="decimal"
            {...bind('averageValue')}
          />
          <TextInput
            label={t('competitors.source')}
            description={t('competitors.sourceHint')}
            inputWrapperOrder={BELOW}
            {...bind('source')}
          />
        </SimpleGrid>
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
