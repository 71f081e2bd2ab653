import {
  Button,
  Checkbox,
  Divider,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { useWorkspace } from '../../app/workspace.js';
import { IconPlus } from '../../components/icons.js';
import { FormError } from '../../components/ui.js';
import { notifySuccess } from '../../lib/notify.js';
import { useSaveCircuit } from './approvals.api.js';
import { CONTENT_TYPES, type Circuit, type CircuitInput, type ContentType } from './approvals.types.js';
import { blankCircuit, blankStep, circuitToInput, moveStep, validateCircuit } from './circuit-form.js';
import { useCircuitOptions } from './circuit-options.js';
import { StepEditor } from './StepEditor.js';
import { useApprovalError } from './use-approval-error.js';

const NETWORKS = ['bluesky', 'mastodon'];
const MAX_STEPS = 10;

/** Creates a circuit (`circuit` null) or edits one; checks in place, then the server's field errors. */
export function CircuitModal({
  opened,
  circuit,
  onClose,
}: {
  opened: boolean;
  circuit: Circuit | null;
  onClose: () => void;
}) {
  const { t } = useTranslation('approvals');
  const { id } = useWorkspace();
  const save = useSaveCircuit(id);
  const describe = useApprovalError();
  const options = useCircuitOptions();
  const [form, setForm] = useState<CircuitInput>(() => blankCircuit(''));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  useEffect(() => {
    if (!opened) return;
    setForm(circuit ? circuitToInput(circuit) : blankCircuit(t('circuits.firstStep')));
    setErrors({});
    setFormError(null);
  }, [opened, circuit, t]);

  const set = <K extends keyof CircuitInput>(k: K, v: CircuitInput[K]) => setForm((f) => ({ ...f, [k]: v }));
  const setMatch = <K extends keyof CircuitInput['match']>(k: K, v: CircuitInput['match'][K]) =>
    setForm((f) => ({ ...f, match: { ...f.match, [k]: v } }));
  const setSteps = (steps: CircuitInput['steps']) => {
    set('steps', steps);
    // Step errors are indexed: once the order changes they point at the wrong step.
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !k.startsWith('steps.'))));
  };
  const error = (field: string) => errors[field];

  const submit = () => {
    const problems = validateCircuit(form);
    const found = Object.fromEntries(
      Object.entries(problems).map(([k, code]) => [k, t(`circuits.problems.${code}`)]),
    );
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length) return;
    const input: CircuitInput = {
      ...form,
      name: form.name.trim(),
      steps: form.steps.map((s) => ({ ...s, name: s.name.trim() })),
    };
    save.mutate(
      { id: circuit?.id ?? null, input },
      {
        onSuccess: () => {
          notifySuccess(t(circuit ? 'circuits.updated' : 'circuits.created', { name: input.name }));
          onClose();
        },
        onError: (e) => {
          if (e instanceof ApiError && e.fields.length) {
            setErrors(Object.fromEntries(e.fields.map((f) => [placeOf(f.field), f.message])));
            const unplaced = e.fields.filter((f) => !isShown(placeOf(f.field), form));
            setFormError(unplaced.length ? unplaced.map((f) => `${f.field}: ${f.message}`).join(' ') : null);
          } else setFormError(describe(e));
        },
      },
    );
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="xl"
      title={circuit ? t('circuits.editTitle', { name: circuit.name }) : t('circuits.newTitle')}
    >
      <Stack gap="md">
        <FormError message={formError} />
        <TextInput
          label={t('circuits.name')}
          required
          maxLength={100}
          value={form.name}
          onChange={(e) => set('name', e.currentTarget.value)}
          error={error('name')}
          data-autofocus
        />
        <Group gap="xl" align="flex-end">
          <Switch
            label={t('circuits.required')}
            description={t('circuits.requiredHint')}
            checked={form.required}
            onChange={(e) => set('required', e.currentTarget.checked)}
          />
          <NumberInput
            label={t('circuits.priority')}
            description={t('circuits.priorityHint')}
            value={form.priority}
            onChange={(v) => set('priority', typeof v === 'number' ? Math.trunc(v) : 0)}
            allowDecimal={false}
            w={200}
            error={error('priority')}
          />
        </Group>

        <Divider label={t('circuits.matching')} labelPosition="left" />
        <Text size="sm" c="dimmed">
          {t('circuits.matchingHint')}
        </Text>
        <Group gap="md" grow align="flex-start">
          <MultiSelect
            label={t('circuits.contentTypes')}
            placeholder={form.match.contentTypes.length ? undefined : t('circuits.any')}
            data={CONTENT_TYPES.map((c) => ({ value: c, label: t(`contentTypes.${c}`) }))}
            value={form.match.contentTypes}
            onChange={(v) => setMatch('contentTypes', v as ContentType[])}
            clearable
          />
          <MultiSelect
            label={t('circuits.networks')}
            placeholder={form.match.networks.length ? undefined : t('circuits.any')}
            data={NETWORKS.map((n) => ({ value: n, label: t(`networks.${n}`) }))}
            value={form.match.networks}
            onChange={(v) => setMatch('networks', v)}
            clearable
          />
        </Group>
        <MultiSelect
          label={t('circuits.objectives')}
          placeholder={form.match.objectiveIds.length ? undefined : t('circuits.any')}
          data={withUnknown(options.objectives, form.match.objectiveIds)}
          value={form.match.objectiveIds}
          onChange={(v) => setMatch('objectiveIds', v)}
          searchable
          clearable
          nothingFoundMessage={t('circuits.noObjective')}
        />
        <Checkbox
          label={t('circuits.sensitiveOnly')}
          description={t('circuits.sensitiveHint')}
          checked={form.match.sensitivePillarOnly}
          onChange={(e) => setMatch('sensitivePillarOnly', e.currentTarget.checked)}
        />

        <Divider label={t('circuits.steps')} labelPosition="left" />
        {error('steps') && (
          <Text size="sm" c="red">
            {error('steps')}
          </Text>
        )}
        {form.steps.map((s, i) => (
          <StepEditor
            key={i}
            index={i}
            count={form.steps.length}
            step={s}
            onChange={(next) =>
              set(
                'steps',
                form.steps.map((x, k) => (k === i ? next : x)),
              )
            }
            onMove={(to) => setSteps(moveStep(form.steps, i, to))}
            onRemove={() => setSteps(form.steps.filter((_, k) => k !== i))}
            approverGroups={options.approverGroups}
            escalation={options.escalation}
            error={error}
          />
        ))}
        <Group>
          <Button
            variant="light"
            leftSection={<IconPlus />}
            disabled={form.steps.length >= MAX_STEPS}
            onClick={() =>
              setSteps([...form.steps, blankStep(t('circuits.nextStep', { number: form.steps.length + 1 }))])
            }
          >
            {t('circuits.addStep')}
          </Button>
        </Group>

        <Divider label={t('circuits.rules.title')} labelPosition="left" />
        <Switch
          label={t('circuits.selfApproval')}
          description={t('circuits.selfApprovalHint')}
          checked={form.allowSelfApproval}
          onChange={(e) => set('allowSelfApproval', e.currentTarget.checked)}
        />
        <Switch
          label={t('circuits.resubmit')}
          description={t('circuits.resubmitHint')}
          checked={form.resubmitOnEditAfterApproval}
          onChange={(e) => set('resubmitOnEditAfterApproval', e.currentTarget.checked)}
        />
        <Group justify="flex-end" gap="sm" mt="sm">
          <Button variant="default" onClick={onClose}>
            {t('common:cancel')}
          </Button>
          <Button loading={save.isPending} onClick={submit}>
            {t('common:save')}
          </Button>
        </Group>
        <Title order={6} c="dimmed" fw={400} ta="right" size="xs">
          {t('circuits.runningKeepSnapshot')}
        </Title>
      </Stack>
    </Modal>
  );
}

/** Options plus any selected id the list no longer holds, so a saved value is never dropped silently. */
function withUnknown(options: { value: string; label: string }[], selected: string[]) {
  const known = new Set(options.map((o) => o.value));
  return [...options, ...selected.filter((s) => !known.has(s)).map((s) => ({ value: s, label: s }))];
}

// Fields the form shows next to an input; other server errors go above the form.
function isShown(field: string, form: CircuitInput): boolean {
  if (field === 'name' || field === 'priority' || field === 'steps') return true;
  const m = /^steps\.(\d+)\.(name|approvers|targetMinutes|reminderBeforeMinutes|escalateTo)$/.exec(field);
  return m !== null && Number(m[1]) < form.steps.length;
}

/** The input a server error belongs to: `steps.1.approvers.0.id` is shown under `steps.1.approvers`. */
function placeOf(field: string): string {
  const m = /^(steps\.\d+\.\w+)/.exec(field);
  if (m) return m[1]!;
  return field.startsWith('match.') ? field : (field.split('.')[0] ?? field);
}
