import {
  ActionIcon,
  Badge,
  Group,
  MultiSelect,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IconChevronDown, IconTrash } from '../../components/icons.js';
import type { ApproverRef, CircuitStep } from './approvals.types.js';
import { decodeApprover, decodeEscalation, encodeApprover, encodeEscalation } from './circuit-form.js';
import type { OptionGroup } from './circuit-options.js';
import { DurationInput } from './DurationInput.js';

/** One step of a circuit: who approves, the rule, the clock, the reminder and the escalation. */
export function StepEditor({
  index,
  count,
  step,
  onChange,
  onMove,
  onRemove,
  approverGroups,
  escalation,
  error,
}: {
  index: number;
  count: number;
  step: CircuitStep;
  onChange: (s: CircuitStep) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
  approverGroups: OptionGroup[];
  escalation: OptionGroup[];
  error: (field: string) => string | undefined;
}) {
  const { t } = useTranslation('approvals');
  const set = <K extends keyof CircuitStep>(k: K, v: CircuitStep[K]) => onChange({ ...step, [k]: v });
  const internal = step.approvers.filter((a) => a.kind !== 'external');
  const external = step.approvers.filter((a) => a.kind === 'external').map((a) => a.id);
  // Approvers saved earlier but no longer listed (a member who left) stay selectable, by their raw value.
  const known = new Set(approverGroups.flatMap((g) => g.items.map((i) => i.value)));
  const orphans = internal.map(encodeApprover).filter((v) => !known.has(v));
  const groups = orphans.length
    ? [
        ...approverGroups,
        { group: t('circuits.unknownGroup'), items: orphans.map((v) => ({ value: v, label: v })) },
      ]
    : approverGroups;
  const setApprovers = (inside: ApproverRef[], outside: string[]) =>
    set('approvers', [...inside, ...outside.map((id) => ({ kind: 'external' as const, id }))]);
  const path = (f: string) => `steps.${index}.${f}`;

  return (
    <Paper withBorder radius="md" p="md" data-step={index}>
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Group gap="xs">
          <Badge variant="filled" radius="xl" size="lg" circle>
            {index + 1}
          </Badge>
          <TextInput
            aria-label={t('circuits.stepName')}
            placeholder={t('circuits.stepNamePlaceholder')}
            value={step.name}
            onChange={(e) => set('name', e.currentTarget.value)}
            error={error(path('name'))}
            maxLength={100}
            w={260}
          />
        </Group>
        <Group gap={4}>
          <Tooltip label={t('circuits.moveUp')}>
            <ActionIcon
              variant="subtle"
              disabled={index === 0}
              onClick={() => onMove(index - 1)}
              aria-label={t('circuits.moveUp')}
            >
              <IconChevronDown style={{ transform: 'rotate(180deg)' }} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t('circuits.moveDown')}>
            <ActionIcon
              variant="subtle"
              disabled={index === count - 1}
              onClick={() => onMove(index + 1)}
              aria-label={t('circuits.moveDown')}
            >
              <IconChevronDown />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t('circuits.removeStep')}>
            <ActionIcon
              variant="subtle"
              color="red"
              disabled={count === 1}
              onClick={onRemove}
              aria-label={t('circuits.removeStep')}
            >
              <IconTrash />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>
      <Stack gap="sm">
        <MultiSelect
          label={t('circuits.approvers')}
          description={t('circuits.approversHint')}
          data={groups}
          value={internal.map(encodeApprover)}
          onChange={(vals) =>
            setApprovers(
              vals.map(decodeApprover).filter((a): a is ApproverRef => a !== null),
              external,
            )
          }
          searchable
          clearable
          error={error(path('approvers'))}
          comboboxProps={{ withinPortal: true }}
        />
        <TagsInput
          label={t('circuits.external')}
          description={t('circuits.externalHint')}
          placeholder={t('circuits.externalPlaceholder')}
          value={external}
          onChange={(vals) => setApprovers(internal, vals.map((v) => v.trim()).filter(Boolean))}
        />
        <div>
          <Text size="sm" fw={500} mb={4}>
            {t('circuits.rule')}
          </Text>
          <SegmentedControl
            value={step.rule}
            onChange={(v) => set('rule', v === 'all' ? 'all' : 'any')}
            data={[
              { value: 'any', label: t('circuits.rules.any') },
              { value: 'all', label: t('circuits.rules.all') },
            ]}
          />
        </div>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <DurationInput
            label={t('circuits.target')}
            description={t('circuits.targetHint')}
            placeholder={t('circuits.targetDefault')}
            value={step.targetMinutes}
            onChange={(m) => set('targetMinutes', m)}
            error={error(path('targetMinutes'))}
          />
          <DurationInput
            label={t('circuits.reminder')}
            description={t('circuits.reminderHint')}
            placeholder={t('circuits.reminderNone')}
            value={step.reminderBeforeMinutes}
            onChange={(m) => set('reminderBeforeMinutes', m)}
            error={error(path('reminderBeforeMinutes'))}
          />
        </SimpleGrid>
        <div>
          <Text size="sm" fw={500} mb={4}>
            {t('circuits.clock')}
          </Text>
          <SegmentedControl
            value={step.clock}
            onChange={(v) => set('clock', v === 'around_the_clock' ? 'around_the_clock' : 'business')}
            data={[
              { value: 'business', label: t('circuits.clocks.business') },
              { value: 'around_the_clock', label: t('circuits.clocks.around_the_clock') },
            ]}
          />
        </div>
        <Select
          label={t('circuits.escalateTo')}
          description={t('circuits.escalateHint')}
          placeholder={t('circuits.escalation.none')}
          data={escalation}
          value={encodeEscalation(step.escalateTo) || null}
          onChange={(v) => set('escalateTo', decodeEscalation(v))}
          clearable
          searchable
          error={error(path('escalateTo'))}
          comboboxProps={{ withinPortal: true }}
        />
      </Stack>
    </Paper>
  );
}
