import {
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { useWorkspace } from '../../app/workspace.js';
import { FormError } from '../../components/ui.js';
import { useDescribeError } from '../../lib/errors.js';
import { notifySuccess } from '../../lib/notify.js';
import { useResources } from '../organisation/organisation.api.js';
import {
  BUDGET_CATEGORIES,
  useSaveLine,
  useStaffTime,
  type BudgetCategory,
  type BudgetLine,
  type Objective,
  type PlanAction,
} from './budget.api.js';
import { useMoney } from './money.js';

const MONEY_FIELDS = ['planned', 'committed', 'actual'] as const;
type MoneyField = (typeof MONEY_FIELDS)[number];

/** Adds or edits a budget line; amounts are typed as decimals and sent as integer minor units. */
export function LineModal({
  line,
  defaultMonth,
  objectives,
  actions,
  onClose,
}: {
  line: BudgetLine | null;
  defaultMonth: string;
  objectives: Objective[];
  actions: PlanAction[];
  onClose: () => void;
}) {
  const { t } = useTranslation('budget');
  const { id: ws, may } = useWorkspace();
  const money = useMoney();
  const describe = useDescribeError();
  const save = useSaveLine(ws);
  const [category, setCategory] = useState<BudgetCategory>(line?.category ?? 'content_production');
  const [label, setLabel] = useState(line?.label ?? '');
  const [month, setMonth] = useState(line?.month ?? defaultMonth);
  const [objectiveId, setObjectiveId] = useState<string | null>(line?.objectiveId ?? null);
  const [actionId, setActionId] = useState<string | null>(line?.actionId ?? null);
  const [amounts, setAmounts] = useState<Record<MoneyField, string>>({
    planned: line ? money.toInput(line.planned) : '',
    committed: line ? money.toInput(line.committed) : '',
    actual: line ? money.toInput(line.actualEntered) : '',
  });
  const [staffResourceId, setStaffResource] = useState<string | null>(line?.staff?.resourceId ?? null);
  const [staffHours, setStaffHours] = useState<number | string>(line?.staff?.hours ?? '');
  const [notes, setNotes] = useState(line?.notes ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const isStaff = category === 'staff_time';
  const resources = useResources(ws);
  const staff = useStaffTime(ws, /^\d{4}-\d{2}$/.test(month) ? month : defaultMonth);
  const staffRow = staff.data?.people.find((p) => p.resourceId === staffResourceId);
  const computed = isStaff && staffResourceId !== null && staffHours !== '';

  const submit = () => {
    const errs: Record<string, string> = {};
    if (!label.trim()) errs.label = t('lineForm.labelRequired');
    if (!/^\d{4}-\d{2}$/.test(month)) errs.month = t('lineForm.monthRequired');
    const minor: Record<MoneyField, number> = { planned: 0, committed: 0, actual: 0 };
    for (const f of MONEY_FIELDS) {
      if (f === 'planned' && computed) continue;
      const v = amounts[f].trim() === '' ? 0 : money.parse(amounts[f]);
      if (v === null || v < 0) errs[f] = t('amountInvalid', { digits: money.digits });
      else minor[f] = v;
    }
    setErrors(errs);
    if (Object.keys(errs).length) return;
    setFormError(null);
    save.mutate(
      {
        id: line?.id ?? null,
        input: {
          category,
          label: label.trim(),
          month,
          objectiveId,
          actionId,
          ...minor,
          staffResourceId: isStaff ? staffResourceId : null,
          staffHours: isStaff && staffHours !== '' ? Number(staffHours) : null,
          notes,
        },
      },
      {
        onSuccess: () => {
          notifySuccess(t('lineForm.saved'));
          onClose();
        },
        onError: (e) => {
          const f = e instanceof ApiError ? e.fields[0] : undefined;
          if (
            f &&
            ['label', 'month', 'planned', 'committed', 'actual', 'objectiveId', 'actionId'].includes(f.field)
          )
            setErrors({ [f.field]: f.message });
          else setFormError(describe(e));
        },
      },
    );
  };

  const actionOptions = actions
    .filter((a) => !objectiveId || a.objectiveId === objectiveId)
    .map((a) => ({ value: a.id, label: a.title }));

  return (
    <Modal opened onClose={onClose} title={line ? t('lineForm.editTitle') : t('lineForm.addTitle')} size="lg">
      <Stack gap="md">
        <FormError message={formError} />
        <TextInput
          label={t('lines.label')}
          value={label}
          onChange={(e) => setLabel(e.currentTarget.value)}
          error={errors.label}
          required
        />
        <SimpleGrid cols={2}>
          <Select
            label={t('lines.category')}
            data={BUDGET_CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))}
            value={category}
            onChange={(v) => v && setCategory(v as BudgetCategory)}
            allowDeselect={false}
          />
          <TextInput
            type="month"
            label={t('lineForm.month')}
            value={month}
            onChange={(e) => setMonth(e.currentTarget.value)}
            error={errors.month}
            required
          />
        </SimpleGrid>
        {may('strategy.read') && (
          <SimpleGrid cols={2}>
            <Select
              label={t('lines.objective')}
              placeholder={t('lines.noObjective')}
              data={objectives.map((o) => ({ value: o.id, label: o.title }))}
              value={objectiveId}
              onChange={(v) => {
                setObjectiveId(v);
                if (v && actionId && actions.find((a) => a.id === actionId)?.objectiveId !== v)
                  setActionId(null);
              }}
              error={errors.objectiveId}
              clearable
            />
            <Select
              label={t('lineForm.action')}
              placeholder={t('lineForm.noAction')}
              data={actionOptions}
              value={actionId}
              onChange={setActionId}
              error={errors.actionId}
              clearable
            />
          </SimpleGrid>
        )}
        {isStaff && (
          <Stack gap={4}>
            <SimpleGrid cols={2}>
              <Select
                label={t('lineForm.staffResource')}
                data={(resources.data ?? []).map((r) => ({ value: r.id, label: r.name }))}
                value={staffResourceId}
                onChange={setStaffResource}
                clearable
              />
              <NumberInput
                label={t('lineForm.staffHours')}
                value={staffHours}
                onChange={setStaffHours}
                min={0}
                max={10000}
                decimalScale={2}
              />
            </SimpleGrid>
            <Text size="xs" c="dimmed">
              {staffRow
                ? t('lineForm.staffPlanned', { hours: staffRow.hours, cost: money.format(staffRow.cost) })
                : t('lineForm.staffHint')}
            </Text>
            {staffRow && staffRow.hours > 0 && (
              <Button
                size="xs"
                variant="subtle"
                w="fit-content"
                onClick={() => setStaffHours(staffRow.hours)}
              >
                {t('lineForm.usePlanned')}
              </Button>
            )}
          </Stack>
        )}
        <SimpleGrid cols={3}>
          {MONEY_FIELDS.map((f) => (
            <TextInput
              key={f}
              label={t(`lineForm.${f}`, { currency: money.currency })}
              value={f === 'planned' && computed ? t('lineForm.computed') : amounts[f]}
              disabled={f === 'planned' && computed}
              onChange={(e) => {
                const v = e.currentTarget.value;
                setAmounts((a) => ({ ...a, [f]: v }));
              }}
              error={errors[f]}
              inputMode="decimal"
              placeholder="0"
            />
          ))}
        </SimpleGrid>
        <Text size="xs" c="dimmed" mt={-8}>
          {t('lineForm.actualHint')}
        </Text>
        <Textarea
          label={t('lineForm.notes')}
          value={notes}
          onChange={(e) => setNotes(e.currentTarget.value)}
          autosize
          minRows={2}
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
