import { Badge, Group, Stack, Text, ThemeIcon, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IconCheck, IconClock, IconX } from '../../components/icons.js';
import { useFormat } from '../../lib/format.js';
import type { ApprovalView, StepLogEntry } from './approvals.types.js';
import { StepClockBadge } from './badges.js';
import { formatMinutes } from './clock.js';

type StepState = 'done' | 'current' | 'failed' | 'pending';

/** The last log entry of each step in the current round (a step restarts after an edit or a resubmission). */
function latestByStep(view: ApprovalView): Map<number, StepLogEntry> {
  const out = new Map<number, StepLogEntry>();
  for (const s of view.steps) if (s.round === view.round) out.set(s.stepIndex, s);
  return out;
}

/** The circuit's steps top to bottom: done with who decided and how long it took, the current one with its clock. */
export function StepTimeline({ view, now }: { view: ApprovalView; now: number }) {
  const { t, i18n } = useTranslation('approvals');
  const lang = i18n.resolvedLanguage ?? 'en';
  const fmt = useFormat();
  if (!view.circuit) return null;
  const log = latestByStep(view);
  const current = view.currentStep;
  const stateOf = (i: number): StepState => {
    if (current && current.index === i) return 'current';
    const e = log.get(i);
    if (!e) return 'pending';
    if (e.outcome === 'approved') return 'done';
    if (e.outcome === 'rejected' || e.outcome === 'changes_requested') return 'failed';
    return e.endedAt ? 'pending' : 'current';
  };
  const states = view.circuit.steps.map((_, i) => stateOf(i));
  const active = states.lastIndexOf('done') + (current ? 1 : 0);
  return (
    <Timeline active={active} bulletSize={26} lineWidth={2}>
      {view.circuit.steps.map((s, i) => {
        const state = states[i]!;
        const entry = log.get(i);
        const bullet =
          state === 'done' ? (
            <IconCheck size={14} />
          ) : state === 'failed' ? (
            <IconX size={14} />
          ) : state === 'current' ? (
            <IconClock size={14} />
          ) : (
            <Text size="xs">{i + 1}</Text>
          );
        return (
          <Timeline.Item
            key={i}
            bullet={
              <ThemeIcon
                size={26}
                radius="xl"
                color={state === 'failed' ? 'red' : state === 'pending' ? 'gray' : undefined}
                variant={state === 'pending' ? 'light' : 'filled'}
              >
                {bullet}
              </ThemeIcon>
            }
            title={
              <Group gap="xs">
                <Text size="sm" fw={600}>
                  {t('timeline.stepName', { number: i + 1, name: s.name })}
                </Text>
                <Badge size="xs" variant="outline" color="gray" radius="sm" tt="none">
                  {t(`circuits.rules.${s.rule}`)}
                </Badge>
              </Group>
            }
            data-step-state={state}
          >
            {state === 'current' && current && (
              <Stack gap={4} mt={4}>
                <Group gap="xs">
                  <StepClockBadge
                    clock={{
                      dueAt: current.dueAt,
                      startedAt: current.startedAt,
                      targetMinutes: current.targetMinutes,
                    }}
                    now={now}
                  />
                  <Text size="xs" c="dimmed">
                    {t(`circuits.clocks.${current.clock}`)}
                  </Text>
                </Group>
                <Group gap={4}>
                  {current.approvers.map((p) => (
                    <Badge
                      key={`${p.kind}:${p.id}`}
                      size="sm"
                      variant={p.approved ? 'filled' : 'light'}
                      color={p.approved ? 'teal' : 'gray'}
                      radius="sm"
                      tt="none"
                      leftSection={p.approved ? <IconCheck size={10} /> : undefined}
                    >
                      {p.kind === 'external' ? t('timeline.external', { name: p.name }) : p.name}
                    </Badge>
                  ))}
                </Group>
                {current.escalatedTo.length > 0 && (
                  <Text size="xs" c="grape">
                    {t('timeline.escalatedTo', { names: current.escalatedTo.map((p) => p.name).join(', ') })}
                  </Text>
                )}
              </Stack>
            )}
            {entry && state !== 'current' && (
              <Stack gap={2} mt={4}>
                <Text size="xs" c="dimmed">
                  {t(`outcomes.${entry.outcome ?? 'none'}`, { defaultValue: entry.outcome ?? '' })}
                  {entry.decidedBy ? ` · ${entry.decidedBy.name}` : ''}
                  {entry.endedAt ? ` · ${fmt.dateTime(entry.endedAt)}` : ''}
                </Text>
                {entry.endedAt && (
                  // Wall-clock time taken: a business-hours target cannot be laid over it without the calendar.
                  <Text size="xs" c="dimmed">
                    {t('timeline.took', {
                      duration: formatMinutes(
                        (Date.parse(entry.endedAt) - Date.parse(entry.startedAt)) / 60_000,
                        lang,
                      ),
                    })}
                  </Text>
                )}
                {entry.escalated && (
                  <Text size="xs" c="grape">
                    {t('timeline.wasEscalated')}
                  </Text>
                )}
              </Stack>
            )}
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}

/** Everything that happened to the approval, newest first, with comments of decisions. */
export function ActivityList({ view }: { view: ApprovalView }) {
  const { t } = useTranslation('approvals');
  const fmt = useFormat();
  if (!view.timeline.length)
    return (
      <Text size="sm" c="dimmed">
        {t('timeline.nothingYet')}
      </Text>
    );
  return (
    <Stack gap={6}>
      {[...view.timeline].reverse().map((e) => (
        <div key={e.id} data-event={e.type}>
          <Text size="sm">
            {t(`events.${e.type}`, { name: e.by?.name ?? t('timeline.system') })}
            {e.stepIndex !== null && view.circuit?.steps[e.stepIndex]
              ? ` · ${view.circuit.steps[e.stepIndex]!.name}`
              : ''}
          </Text>
          <Text size="xs" c="dimmed">
            {fmt.dateTime(e.at)}
          </Text>
          {e.comment && (
            <Text
              size="sm"
              mt={2}
              pl="sm"
              style={{ borderLeft: '2px solid var(--mantine-color-gray-3)', whiteSpace: 'pre-wrap' }}
            >
              {e.comment}
            </Text>
          )}
        </div>
      ))}
    </Stack>
  );
}
