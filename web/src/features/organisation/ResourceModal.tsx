import {
  ActionIcon,
  Button,
  Checkbox,
  Chip,
  Divider,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { useWorkspace } from '../../app/workspace.js';
import { IconTrash } from '../../components/icons.js';
import { FormError } from '../../components/ui.js';
import { useDescribeError } from '../../lib/errors.js';
import { WEEK, weekdayName } from '../../lib/hours.js';
import { notifyError, notifySuccess } from '../../lib/notify.js';
import { useMoney } from '../budget/money.js';
import { useMembers } from '../members/members.api.js';
import {
  COST_MODELS,
  PROVIDER_TYPES,
  SKILLS,
  useAddAbsence,
  useRemoveAbsence,
  useSaveResource,
  type CostModel,
  type CoverWindow,
  type ProviderType,
  type Resource,
  type Skill,
} from './organisation.api.js';

type DayHours = { on: boolean; start: string; end: string };

/** One window per weekday in the editor; a day with several windows keeps its first. */
function toDays(coverage: CoverWindow[]): Record<number, DayHours> {
  const days: Record<number, DayHours> = {};
  for (const d of WEEK) {
    const w = coverage.find((x) => x.day === d);
    days[d] = w ? { on: true, start: w.start, end: w.end } : { on: false, start: '09:00', end: '18:00' };
  }
  return days;
}

/** Adds or edits a resource: who, skills, capacity, cost, covered hours and (once saved) absences. */
export function ResourceModal({
  kind,
  resource,
  existing,
  onClose,
}: {
  kind: 'member' | 'provider';
  resource: Resource | null;
  existing: Resource[];
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation('organisation');
  const lang = i18n.resolvedLanguage ?? 'en';
  const { id: ws, may } = useWorkspace();
  const money = useMoney();
  const describe = useDescribeError();
  const members = useMembers(ws, kind === 'member' && !resource && may('members.read'));
  const save = useSaveResource(ws);
  const [membershipId, setMembershipId] = useState<string | null>(null);
  const [name, setName] = useState(resource?.name ?? '');
  const [providerType, setProviderType] = useState<ProviderType>(resource?.providerType ?? 'agency');
  const [skills, setSkills] = useState<Skill[]>(resource?.skills ?? []);
  const [capacity, setCapacity] = useState<number | string>(resource?.capacityHoursPerWeek ?? 35);
  const [costModel, setCostModel] = useState<CostModel>(resource?.cost.model ?? 'hourly');
  const [amount, setAmount] = useState(resource ? money.toInput(resource.cost.amount) : '');
  const [days, setDays] = useState(() => toDays(resource?.coverage ?? []));
  const [notes, setNotes] = useState(resource?.notes ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const taken = new Set(existing.map((r) => r.membershipId));
  const memberOptions = (members.data?.data ?? [])
    .filter((m) => !taken.has(m.id))
    .map((m) => ({ value: m.id, label: m.name }));

  const setDay = (d: number, patch: Partial<DayHours>) =>
    setDays((x) => ({ ...x, [d]: { ...x[d]!, ...patch } }));
  const officeHours = () =>
    setDays(toDays([1, 2, 3, 4, 5].map((day) => ({ day, start: '09:00', end: '18:00' }))));

  const submit = () => {
    const errs: Record<string, string> = {};
    if (kind === 'member' && !resource && !membershipId) errs.membershipId = t('resourceForm.memberRequired');
    if (kind === 'provider' && !name.trim()) errs.name = t('resourceForm.nameRequired');
    const cap = typeof capacity === 'number' ? capacity : Number(capacity);
    if (!Number.isFinite(cap) || cap < 0 || cap > 168)
      errs.capacityHoursPerWeek = t('resourceForm.capacityInvalid');
    const minor = costModel === 'none' ? 0 : money.parse(amount);
    if (minor === null || minor < 0) errs.cost = t('amountInvalid', { digits: money.digits });
    const coverage = WEEK.filter((d) => days[d]!.on).map((d) => ({
      day: d,
      start: days[d]!.start,
      end: days[d]!.end,
    }));
    if (coverage.some((w) => !(w.start < w.end))) errs.coverage = t('resourceForm.windowInvalid');
    setErrors(errs);
    if (Object.keys(errs).length) return;
    setFormError(null);
    save.mutate(
      {
        id: resource?.id ?? null,
        input: {
          kind,
          ...(kind === 'member' && membershipId ? { membershipId } : {}),
          ...(kind === 'provider' ? { name: name.trim(), providerType } : {}),
          skills,
          capacityHoursPerWeek: cap,
          cost: { model: costModel, amount: minor ?? 0 },
          coverage,
          notes,
        },
      },
      {
        onSuccess: () => {
          notifySuccess(t('resourceForm.saved'));
          onClose();
        },
        onError: (e) => {
          const field = e instanceof ApiError ? e.fields[0] : undefined;
          if (field && ['name', 'membershipId', 'capacityHoursPerWeek'].includes(field.field))
            setErrors({ [field.field]: field.message });
          else setFormError(describe(e));
        },
      },
    );
  };

  const title = resource
    ? t('resourceForm.editTitle', { name: resource.name })
    : kind === 'member'
      ? t('resources.addMember')
      : t('resources.addProvider');

  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      <Stack gap="md">
        <FormError message={formError} />
        {kind === 'member' && !resource && (
          <Select
            label={t('resourceForm.member')}
            placeholder={t('resourceForm.memberPlaceholder')}
            data={memberOptions}
            value={membershipId}
            onChange={setMembershipId}
            error={errors.membershipId}
            nothingFoundMessage={t('resourceForm.noMemberLeft')}
            searchable
          />
        )}
        {kind === 'provider' && (
          <Group grow align="flex-start">
            <TextInput
              label={t('resourceForm.name')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={errors.name}
              required
            />
            <Select
              label={t('resourceForm.providerType')}
              data={PROVIDER_TYPES.map((p) => ({ value: p, label: t(`providerType.${p}`) }))}
              value={providerType}
              onChange={(v) => v && setProviderType(v as ProviderType)}
              allowDeselect={false}
            />
          </Group>
        )}
        <Stack gap={6}>
          <Text size="sm" fw={500}>
            {t('resources.skills')}
          </Text>
          <Chip.Group multiple value={skills} onChange={(v) => setSkills(v as Skill[])}>
            <Group gap={6}>
              {SKILLS.map((s) => (
                <Chip key={s} value={s} size="sm">
                  {t(`skill.${s}`)}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </Stack>
        <Group grow align="flex-start">
          <NumberInput
            label={t('resourceForm.capacity')}
            description={t('resourceForm.capacityHint')}
            value={capacity}
            onChange={setCapacity}
            min={0}
            max={168}
            decimalScale={1}
            error={errors.capacityHoursPerWeek}
          />
          <Select
            label={t('resourceForm.costModel')}
            data={COST_MODELS.map((c) => ({ value: c, label: t(`costModel.${c}`) }))}
            value={costModel}
            onChange={(v) => v && setCostModel(v as CostModel)}
            allowDeselect={false}
          />
          {costModel !== 'none' && (
            <TextInput
              label={t(costModel === 'hourly' ? 'resourceForm.rate' : 'resourceForm.fee', {
                currency: money.currency,
              })}
              value={amount}
              onChange={(e) => setAmount(e.currentTarget.value)}
              error={errors.cost}
              inputMode="decimal"
            />
          )}
        </Group>
        <Divider label={t('resourceForm.coverage')} labelPosition="left" />
        <Text size="xs" c="dimmed" mt={-8}>
          {t('resourceForm.coverageHint')}
        </Text>
        <Stack gap={6}>
          {WEEK.map((d) => {
            const day = weekdayName(d, lang);
            return (
              <Group key={d} gap="sm" wrap="nowrap">
                <Checkbox
                  w={130}
                  label={day}
                  checked={days[d]!.on}
                  onChange={(e) => setDay(d, { on: e.currentTarget.checked })}
                />
                <TimeInput
                  aria-label={t('resourceForm.from', { day })}
                  value={days[d]!.start}
                  disabled={!days[d]!.on}
                  onChange={(e) => setDay(d, { start: e.currentTarget.value })}
                  w={110}
                />
                <Text size="sm" c="dimmed">
                  –
                </Text>
                <TimeInput
                  aria-label={t('resourceForm.to', { day })}
                  value={days[d]!.end}
                  disabled={!days[d]!.on}
                  onChange={(e) => setDay(d, { end: e.currentTarget.value })}
                  w={110}
                />
              </Group>
            );
          })}
          {errors.coverage && (
            <Text size="xs" c="red">
              {errors.coverage}
            </Text>
          )}
          <Group gap="xs">
            <Button size="xs" variant="light" onClick={officeHours}>
              {t('resourceForm.officeHours')}
            </Button>
            <Button size="xs" variant="subtle" color="gray" onClick={() => setDays(toDays([]))}>
              {t('resourceForm.clearHours')}
            </Button>
          </Group>
        </Stack>
        <Textarea
          label={t('resourceForm.notes')}
          value={notes}
          onChange={(e) => setNotes(e.currentTarget.value)}
          autosize
          minRows={2}
        />
        {resource && <Absences resource={resource} />}
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

/** The absences of a saved resource; each change is saved at once. */
function Absences({ resource }: { resource: Resource }) {
  const { t } = useTranslation('organisation');
  const { id: ws } = useWorkspace();
  const describe = useDescribeError();
  const add = useAddAbsence(ws);
  const remove = useRemoveAbsence(ws);
  const [startDate, setStart] = useState('');
  const [endDate, setEnd] = useState('');
  const [reason, setReason] = useState('');
  const [list, setList] = useState(resource.absences);

  const onAdd = () =>
    add.mutate(
      { resourceId: resource.id, startDate, endDate: endDate || startDate, reason },
      {
        onSuccess: (r) => {
          setList((l) => [...l, r.data]);
          setStart('');
          setEnd('');
          setReason('');
        },
        onError: (e) => notifyError(describe(e)),
      },
    );

  return (
    <Stack gap="xs">
      <Divider label={t('resources.absences')} labelPosition="left" />
      {list.map((a) => (
        <Group key={a.id} justify="space-between">
          <Text size="sm">
            {a.startDate} → {a.endDate}
            {a.reason && ` · ${a.reason}`}
          </Text>
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t('resourceForm.removeAbsence')}
            onClick={() =>
              remove.mutate(a.id, {
                onSuccess: () => setList((l) => l.filter((x) => x.id !== a.id)),
                onError: (e) => notifyError(describe(e)),
              })
            }
          >
            <IconTrash size={14} />
          </ActionIcon>
        </Group>
      ))}
      <Group align="flex-end" gap="xs">
        <TextInput
          type="date"
          label={t('resourceForm.absenceFrom')}
          value={startDate}
          onChange={(e) => setStart(e.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={t('resourceForm.absenceTo')}
          value={endDate}
          onChange={(e) => setEnd(e.currentTarget.value)}
        />
        <TextInput
          label={t('resourceForm.absenceReason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          style={{ flex: 1 }}
        />
        <Button variant="light" onClick={onAdd} disabled={!startDate} loading={add.isPending}>
          {t('resourceForm.addAbsence')}
        </Button>
      </Group>
    </Stack>
  );
}
