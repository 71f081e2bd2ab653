import { Badge, Button, Group, NumberInput, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../app/workspace.js';
import { IconPlus } from '../../components/icons.js';
import { EmptyState, LoadError, Loading, Panel } from '../../components/ui.js';
import { useDescribeError } from '../../lib/errors.js';
import { useFormat } from '../../lib/format.js';
import { notifyError, notifySuccess } from '../../lib/notify.js';
import { ActionEffortsPanel } from './ActionEffortsPanel.js';
import { NETWORK_IDS, networkName } from './calendar.js';
import {
  CONTENT_FORMATS,
  useEfforts,
  useNetworkCatalogue,
  useNetworkPlans,
  useSaveEfforts,
  useSaveNetworkPlan,
  type ContentFormat,
  type EffortEstimate,
  type NetworkPlan,
} from './organisation.api.js';
import { useDuration } from './duration.js';

const POST_FORMATS = CONTENT_FORMATS.filter((f) => f !== 'reply');

/** Effort per format and the plan of each network: what the calendar will ask of people. */
export function PlanningPanel() {
  const { id: ws } = useWorkspace();
  const efforts = useEfforts(ws);
  const plans = useNetworkPlans(ws);
  if (efforts.isPending || plans.isPending) return <Loading />;
  if (efforts.error) return <LoadError error={efforts.error} onRetry={() => void efforts.refetch()} />;
  if (plans.error) return <LoadError error={plans.error} onRetry={() => void plans.refetch()} />;
  return (
    <Stack gap="lg">
      <NetworkPlans plans={plans.data} efforts={efforts.data} />
      <EffortTable efforts={efforts.data} />
      <ActionEffortsPanel />
    </Stack>
  );
}

/** Hours a network's plan takes per week: posts × the mix's average effort, plus replies. */
function weeklyHours(
  plan: Pick<NetworkPlan, 'postsPerWeek' | 'formatMix' | 'expectedMessagesPerWeek'>,
  efforts: EffortEstimate[],
) {
  const h = (f: ContentFormat) => efforts.find((e) => e.format === f)?.hours ?? 0;
  const entries = POST_FORMATS.map((f) => [f, plan.formatMix[f] ?? 0] as const).filter(([, v]) => v > 0);
  const total = entries.reduce((s, [, v]) => s + v, 0);
  const perPost = total > 0 ? entries.reduce((s, [f, v]) => s + (v / total) * h(f), 0) : h('short_post');
  return plan.postsPerWeek * perPost + plan.expectedMessagesPerWeek * h('reply');
}

function NetworkPlans({ plans, efforts }: { plans: NetworkPlan[]; efforts: EffortEstimate[] }) {
  const { t } = useTranslation('organisation');
  const { may } = useWorkspace();
  const [added, setAdded] = useState<string[]>([]);
  const [adding, setAdding] = useState<string | null>(null);
  const shown = [...plans, ...added.filter((n) => !plans.some((p) => p.networkId === n)).map(blankPlan)];
  const free = NETWORK_IDS.filter((n) => !shown.some((p) => p.networkId === n));
  return (
    <Panel
      title={t('plans.title')}
      description={t('plans.description')}
      actions={
        may('organisation.write') && (
          <Group gap="xs">
            <Select
              aria-label={t('plans.addNetwork')}
              placeholder={t('plans.addNetwork')}
              data={free.map((n) => ({ value: n, label: networkName(n) }))}
              value={adding}
              onChange={setAdding}
              w={200}
            />
            <Button
              variant="light"
              leftSection={<IconPlus />}
              disabled={!adding}
              onClick={() => {
                if (adding) setAdded((a) => [...a, adding]);
                setAdding(null);
              }}
            >
              {t('plans.add')}
            </Button>
          </Group>
        )
      }
    >
      {shown.length === 0 ? (
        <EmptyState title={t('plans.emptyTitle')} description={t('plans.emptyBody')} />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {shown.map((p) => (
            <PlanCard key={p.networkId} plan={p} efforts={efforts} />
          ))}
        </SimpleGrid>
      )}
    </Panel>
  );
}

function blankPlan(networkId: string): NetworkPlan {
  return {
    networkId,
    formatMix: {},
    expectedMessagesPerWeek: 0,
    replyTargetMinutes: 240,
    replyTargetIsDefault: true,
    postsPerWeek: 0,
  };
}

/** One network: format mix, inbox volume and reply target (null = the catalogue's expectation). */
function PlanCard({ plan, efforts }: { plan: NetworkPlan; efforts: EffortEstimate[] }) {
  const { t, i18n } = useTranslation('organisation');
  const lang: 'en' | 'fr' = i18n.resolvedLanguage === 'fr' ? 'fr' : 'en';
  const { id: ws, may } = useWorkspace();
  const fmt = useFormat();
  const duration = useDuration();
  const describe = useDescribeError();
  const save = useSaveNetworkPlan(ws);
  const catalogue = useNetworkCatalogue(ws, may('strategy.read'));
  const canWrite = may('organisation.write');
  const [mix, setMix] = useState(plan.formatMix);
  const [messages, setMessages] = useState<number | string>(plan.expectedMessagesPerWeek);
  const [target, setTarget] = useState<number | string>(
    plan.replyTargetIsDefault ? '' : plan.replyTargetMinutes,
  );
  useEffect(() => {
    setMix(plan.formatMix);
    setMessages(plan.expectedMessagesPerWeek);
    setTarget(plan.replyTargetIsDefault ? '' : plan.replyTargetMinutes);
  }, [plan]);

  const expectation = catalogue.data?.find((n) => n.id === plan.networkId)?.replyExpectation;
  const defaultMinutes = expectation?.minutes ?? (plan.replyTargetIsDefault ? plan.replyTargetMinutes : null);
  const name = catalogue.data?.find((n) => n.id === plan.networkId)?.name ?? networkName(plan.networkId);
  const hours = weeklyHours(
    { postsPerWeek: plan.postsPerWeek, formatMix: mix, expectedMessagesPerWeek: Number(messages) || 0 },
    efforts,
  );

  const submit = () =>
    save.mutate(
      {
        networkId: plan.networkId,
        formatMix: mix,
        expectedMessagesPerWeek: Number(messages) || 0,
        replyTargetMinutes: target === '' ? null : Number(target),
      },
      {
        onSuccess: () => notifySuccess(t('plans.saved', { network: name })),
        onError: (e) => notifyError(describe(e)),
      },
    );

  return (
    <Stack
      gap="sm"
      p="md"
      style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8 }}
      aria-label={name}
      role="group"
    >
      <Group justify="space-between">
        <Text fw={650}>{name}</Text>
        <Badge variant="light" tt="none">
          {t('plans.hoursPerWeek', { hours: fmt.number(Math.round(hours * 10) / 10) })}
        </Badge>
      </Group>
      <Text size="sm" c="dimmed">
        {plan.postsPerWeek > 0
          ? t('plans.postsPerWeek', { count: plan.postsPerWeek, posts: fmt.number(plan.postsPerWeek) })
          : t('plans.noFrequency')}
      </Text>
      <Text size="sm" fw={500}>
        {t('plans.mix')}
      </Text>
      <SimpleGrid cols={4} spacing="xs">
        {POST_FORMATS.map((f) => (
          <NumberInput
            key={f}
            size="xs"
            label={t(`format.${f}`)}
            aria-label={t('plans.mixOf', { format: t(`format.${f}`), network: name })}
            value={mix[f] ?? 0}
            min={0}
            max={1000}
            disabled={!canWrite}
            onChange={(v) => setMix((m) => ({ ...m, [f]: Number(v) || 0 }))}
          />
        ))}
      </SimpleGrid>
      <Text size="xs" c="dimmed" mt={-4}>
        {t('plans.mixHint')}
      </Text>
      <Group grow align="flex-start">
        <NumberInput
          label={t('plans.messages')}
          aria-label={t('plans.messagesOf', { network: name })}
          value={messages}
          onChange={setMessages}
          min={0}
          disabled={!canWrite}
        />
        <NumberInput
          label={t('plans.target')}
          aria-label={t('plans.targetOf', { network: name })}
          placeholder={defaultMinutes !== null ? String(defaultMinutes) : undefined}
          value={target}
          onChange={setTarget}
          min={1}
          disabled={!canWrite}
        />
      </Group>
      <Text size="xs" c="dimmed">
        {defaultMinutes !== null &&
          (expectation?.basis === 'cited'
            ? t('plans.defaultCited', {
                duration: duration(defaultMinutes),
                source: `${expectation.source.publisher}, “${expectation.source.title}” (${expectation.source.year})`,
              })
            : t('plans.defaultGeneral', { duration: duration(defaultMinutes) }))}
        {expectation?.basis === 'cited' && ` ${expectation.note[lang]}`}
      </Text>
      {canWrite && (
        <Group justify="flex-end">
          <Button
            size="xs"
            onClick={submit}
            loading={save.isPending}
            aria-label={t('plans.saveOf', { network: name })}
          >
            {t('save')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/** Hours each format takes; an empty or reset value goes back to the default. */
function EffortTable({ efforts }: { efforts: EffortEstimate[] }) {
  const { t } = useTranslation('organisation');
  const { id: ws, may } = useWorkspace();
  const fmt = useFormat();
  const describe = useDescribeError();
  const save = useSaveEfforts(ws);
  const [values, setValues] = useState<Record<string, number | string>>({});
  useEffect(
    () => setValues(Object.fromEntries(efforts.map((e) => [e.format, e.isDefault ? '' : e.hours]))),
    [efforts],
  );
  const canWrite = may('organisation.write');
  const submit = () =>
    save.mutate(
      efforts.map((e) => {
        const v = values[e.format];
        return { format: e.format, hours: v === '' || v === undefined ? null : Number(v) };
      }),
      { onSuccess: () => notifySuccess(t('efforts.saved')), onError: (e) => notifyError(describe(e)) },
    );
  return (
    <Panel
      title={t('efforts.title')}
      description={t('efforts.description')}
      actions={
        canWrite && (
          <Button onClick={submit} loading={save.isPending}>
            {t('efforts.save')}
          </Button>
        )
      }
    >
      <Table maw={640}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('efforts.format')}</Table.Th>
            <Table.Th>{t('efforts.hours')}</Table.Th>
            <Table.Th>{t('efforts.default')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {efforts.map((e) => (
            <Table.Tr key={e.format}>
              <Table.Td>{t(`format.${e.format}`)}</Table.Td>
              <Table.Td>
                <NumberInput
                  size="xs"
                  w={120}
                  aria-label={t('efforts.hoursOf', { format: t(`format.${e.format}`) })}
                  placeholder={String(e.defaultHours)}
                  value={values[e.format] ?? ''}
                  onChange={(v) => setValues((x) => ({ ...x, [e.format]: v }))}
                  min={0}
                  max={200}
                  decimalScale={2}
                  disabled={!canWrite}
                />
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {t('efforts.defaultValue', { hours: fmt.number(e.defaultHours) })}
                  {!e.isDefault && (
                    <Badge ml="xs" size="xs" variant="light" color="orange">
                      {t('efforts.custom')}
                    </Badge>
                  )}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Panel>
  );
}
