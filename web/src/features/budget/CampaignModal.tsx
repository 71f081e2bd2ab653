import { Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { useWorkspace } from '../../app/workspace.js';
import { FormError } from '../../components/ui.js';
import { useDescribeError } from '../../lib/errors.js';
import { notifySuccess } from '../../lib/notify.js';
import { NETWORK_IDS, networkName } from '../organisation/calendar.js';
import { useSaveCampaign, type Campaign, type Objective, type PlanAction } from './budget.api.js';
import { useMoney } from './money.js';

const MONEY = ['budget', 'spend', 'conversionValue'] as const;
const COUNTS = ['impressions', 'clicks', 'conversions'] as const;

/** Enters or corrects a sponsored campaign by hand. */
export function CampaignModal({
  campaign,
  objectives,
  actions,
  onClose,
}: {
  campaign: Campaign | null;
  objectives: Objective[];
  actions: PlanAction[];
  onClose: () => void;
}) {
  const { t } = useTranslation('budget');
  const { id: ws } = useWorkspace();
  const money = useMoney();
  const describe = useDescribeError();
  const save = useSaveCampaign(ws);
  const [name, setName] = useState(campaign?.name ?? '');
  const [networkId, setNetworkId] = useState<string | null>(campaign?.networkId ?? null);
  const [objectiveId, setObjectiveId] = useState<string | null>(campaign?.objectiveId ?? null);
  const [actionId, setActionId] = useState<string | null>(campaign?.actionId ?? null);
  const [startDate, setStart] = useState(campaign?.startDate ?? '');
  const [endDate, setEnd] = useState(campaign?.endDate ?? '');
  const [amounts, setAmounts] = useState(
    () =>
      Object.fromEntries(MONEY.map((f) => [f, campaign ? money.toInput(campaign[f]) : ''])) as Record<
        (typeof MONEY)[number],
        string
      >,
  );
  const [counts, setCounts] = useState(
    () =>
      Object.fromEntries(COUNTS.map((f) => [f, campaign?.[f] ?? 0])) as Record<
        (typeof COUNTS)[number],
        number | string
      >,
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const submit = () => {
    const errs: Record<string, string> = {};
    if (!name.trim()) errs.name = t('campaignForm.nameRequired');
    if (!networkId) errs.networkId = t('campaignForm.networkRequired');
    if (!startDate) errs.startDate = t('campaignForm.dateRequired');
    if (!endDate) errs.endDate = t('campaignForm.dateRequired');
    if (startDate && endDate && endDate < startDate) errs.endDate = t('campaignForm.endBeforeStart');
    const minor = { budget: 0, spend: 0, conversionValue: 0 };
    for (const f of MONEY) {
      const v = amounts[f].trim() === '' ? 0 : money.parse(amounts[f]);
      if (v === null || v < 0) errs[f] = t('amountInvalid', { digits: money.digits });
      else minor[f] = v;
    }
    setErrors(errs);
    if (Object.keys(errs).length || !networkId) return;
    setFormError(null);
    save.mutate(
      {
        id: campaign?.id ?? null,
        input: {
          name: name.trim(),
          networkId,
          objectiveId,
          actionId,
          startDate,
          endDate,
          ...minor,
          impressions: Math.round(Number(counts.impressions) || 0),
          clicks: Math.round(Number(counts.clicks) || 0),
          conversions: Math.round(Number(counts.conversions) || 0),
        },
      },
      {
        onSuccess: () => {
          notifySuccess(t('campaignForm.saved'));
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
      title={campaign ? t('campaignForm.editTitle') : t('campaignForm.addTitle')}
      size="lg"
    >
      <Stack gap="md">
        <FormError message={formError} />
        <SimpleGrid cols={2}>
          <TextInput
            label={t('campaigns.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
            required
          />
          <Select
            label={t('campaigns.network')}
            data={NETWORK_IDS.map((n) => ({ value: n, label: networkName(n) }))}
            value={networkId}
            onChange={setNetworkId}
            error={errors.networkId}
            required
          />
          <Select
            label={t('lines.objective')}
            placeholder={t('lines.noObjective')}
            data={objectives.map((o) => ({ value: o.id, label: o.title }))}
            value={objectiveId}
            onChange={setObjectiveId}
            error={errors.objectiveId}
            clearable
          />
          <Select
            label={t('lineForm.action')}
            placeholder={t('lineForm.noAction')}
            data={actions
              .filter((a) => !objectiveId || a.objectiveId === objectiveId)
              .map((a) => ({ value: a.id, label: a.title }))}
            value={actionId}
            onChange={setActionId}
            error={errors.actionId}
            clearable
          />
          <TextInput
            type="date"
            label={t('campaignForm.start')}
            value={startDate}
            onChange={(e) => setStart(e.currentTarget.value)}
            error={errors.startDate}
            required
          />
          <TextInput
            type="date"
            label={t('campaignForm.end')}
            value={endDate}
            onChange={(e) => setEnd(e.currentTarget.value)}
            error={errors.endDate}
            required
          />
        </SimpleGrid>
        <SimpleGrid cols={3}>
          {MONEY.map((f) => (
            <TextInput
              key={f}
              label={t(`campaignForm.${f}`, { currency: money.currency })}
              value={amounts[f]}
              onChange={(e) => {
                const v = e.currentTarget.value;
                setAmounts((a) => ({ ...a, [f]: v }));
              }}
              error={errors[f]}
              inputMode="decimal"
              placeholder="0"
            />
          ))}
          {COUNTS.map((f) => (
            <NumberInput
              key={f}
              label={t(`campaigns.${f}`)}
              value={counts[f]}
              onChange={(v) => setCounts((c) => ({ ...c, [f]: v }))}
              min={0}
              allowDecimal={false}
              thousandSeparator=" "
            />
          ))}
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
