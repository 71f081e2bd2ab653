import {
  Accordion,
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Progress,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IconCheck, IconX } from '../../../components/icons.js';
import { LoadError, Loading } from '../../../components/ui.js';
import { useDescribeError } from '../../../lib/errors.js';
import { notifyError } from '../../../lib/notify.js';
import { useBuilder } from '../builder-context.js';
import { AutoCheck, AutoMulti, AutoText } from '../fields.js';
import { useScrollToFocus } from '../ItemList.js';
import { useRecommendations } from '../strategy.api.js';
import type { NetworkChoice, Recommendation } from '../strategy.types.js';
import { fieldSaver } from './shared.js';

const scoreColour = (s: number) => (s >= 70 ? 'teal' : s >= 45 ? 'blue' : 'gray');

/** Step 5: every network scored against the personas and objectives, with reasons; the choice and why. */
export function NetworksStep() {
  const { t } = useTranslation('strategy');
  const { ws, snapshot, focusId, catalogue, loc } = useBuilder();
  const recs = useRecommendations(ws);
  const choiceOf = (networkId: string) => snapshot.networkChoices.find((c) => c.networkId === networkId);
  const focusNetwork = snapshot.networkChoices.find((c) => c.id === focusId)?.networkId;
  const [open, setOpen] = useState<string[]>(focusNetwork ? [focusNetwork] : []);
  useScrollToFocus(Boolean(focusNetwork && recs.data), focusId);
  useEffect(() => {
    if (focusNetwork) setOpen((o) => (o.includes(focusNetwork) ? o : [...o, focusNetwork]));
  }, [focusNetwork]);

  if (recs.error) return <LoadError error={recs.error} onRetry={() => void recs.refetch()} />;
  if (!recs.data) return <Loading />;
  const list = [...recs.data.data].sort((a, b) => b.score - a.score);

  return (
    <Stack gap="sm">
      <Text size="xs" c="dimmed">
        {loc(catalogue.fitBasis)}
      </Text>
      <Accordion
        multiple
        value={open}
        onChange={setOpen}
        variant="separated"
        radius="md"
        chevronPosition="left"
      >
        {list.map((r) => {
          const choice = choiceOf(r.networkId);
          return (
            <Accordion.Item
              key={r.networkId}
              value={r.networkId}
              bg="white"
              id={choice ? `item-${choice.id}` : undefined}
              style={
                choice && choice.id === focusId
                  ? { boxShadow: '0 0 0 2px var(--mantine-color-blue-4)' }
                  : undefined
              }
            >
              <Accordion.Control aria-label={r.name}>
                <Group justify="space-between" wrap="nowrap">
                  <Group gap="sm" wrap="nowrap">
                    <Text fw={600} w={110}>
                      {r.name}
                    </Text>
                    <Progress
                      value={r.score}
                      color={scoreColour(r.score)}
                      w={140}
                      size="md"
                      radius="xl"
                      aria-hidden
                    />
                    <Text
                      size="sm"
                      fw={600}
                      c={scoreColour(r.score)}
                      aria-label={t('networks.scoreLabel', { score: r.score })}
                    >
                      {r.score}
                    </Text>
                  </Group>
                  {choice ? (
                    <Badge
                      color={choice.chosen ? 'teal' : 'gray'}
                      variant={choice.chosen ? 'filled' : 'light'}
                    >
                      {choice.chosen ? t('networks.chosen') : t('networks.rejected')}
                    </Badge>
                  ) : (
                    <Badge color="gray" variant="outline">
                      {t('networks.undecided')}
                    </Badge>
                  )}
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <NetworkDetail rec={r} choice={choice} />
              </Accordion.Panel>
            </Accordion.Item>
          );
        })}
      </Accordion>
    </Stack>
  );
}

function NetworkDetail({ rec, choice }: { rec: Recommendation; choice: NetworkChoice | undefined }) {
  const { t } = useTranslation('strategy');
  const { catalogue, loc, write, writes, options } = useBuilder();
  const describe = useDescribeError();
  const [busy, setBusy] = useState(false);
  const facts = catalogue.networks.find((n) => n.id === rec.networkId)?.audienceFacts ?? [];
  const decide = (chosen: boolean) => {
    setBusy(true);
    writes
      .createItem<NetworkChoice>('network-choices', { networkId: rec.networkId, chosen })
      .catch((e: unknown) => notifyError(describe(e)))
      .finally(() => setBusy(false));
  };

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <div>
          <Text size="sm" fw={600} mb={4}>
            {t('networks.reasons')}
          </Text>
          {rec.reasons.length ? (
            <List size="sm" spacing={4}>
              {rec.reasons.map((reason, i) => (
                <List.Item key={i}>
                  {loc(reason.text)}{' '}
                  <Text span size="xs" c={reason.weight >= 0 ? 'teal' : 'red'} fw={600}>
                    ({reason.weight >= 0 ? '+' : ''}
                    {reason.weight})
                  </Text>
                </List.Item>
              ))}
            </List>
          ) : (
            <Text size="sm" c="dimmed">
              {t('networks.noReasons')}
            </Text>
          )}
        </div>
        <div>
          <Text size="sm" fw={600} mb={4}>
            {t('networks.facts')}
          </Text>
          <List size="sm" spacing={4}>
            {facts.map((f, i) => (
              <List.Item key={`${f.key}-${i}`}>
                {loc(f.text)}{' '}
                <Text span size="xs" c="dimmed">
                  —{' '}
                  {f.source.url ? (
                    <Anchor href={f.source.url} target="_blank" rel="noreferrer" size="xs">
                      {f.source.publisher}, {f.source.year}
                    </Anchor>
                  ) : (
                    `${f.source.publisher}, ${f.source.title}, ${f.source.year}`
                  )}
                </Text>
              </List.Item>
            ))}
          </List>
        </div>
      </SimpleGrid>
      {choice ? (
        <ChoiceEditor choice={choice} options={options} />
      ) : (
        write && (
          <Group>
            <Button leftSection={<IconCheck />} onClick={() => decide(true)} loading={busy}>
              {t('networks.choose', { name: rec.name })}
            </Button>
            <Button variant="default" leftSection={<IconX />} onClick={() => decide(false)} disabled={busy}>
              {t('networks.reject')}
            </Button>
          </Group>
        )
      )}
    </Stack>
  );
}

function ChoiceEditor({
  choice,
  options,
}: {
  choice: NetworkChoice;
  options: ReturnType<typeof useBuilder>['options'];
}) {
  const { t } = useTranslation('strategy');
  const { writes, write } = useBuilder();
  const save = fieldSaver((b) => writes.patchItem('network-choices', choice.id, b));
  return (
    <Stack gap="sm">
      <AutoCheck
        label={t('networks.chosenToggle')}
        field="chosen"
        value={choice.chosen}
        onSave={save('chosen')}
      />
      <AutoText
        multiline
        label={t('fields.rationale')}
        description={t('networks.rationaleHint')}
        field="rationale"
        value={choice.rationale}
        onSave={save('rationale')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <AutoMulti
          label={t('fields.objectivesServed')}
          field="objectiveIds"
          value={choice.objectiveIds}
          data={options.objectives}
          onSave={save('objectiveIds')}
        />
        <AutoMulti
          label={t('fields.audiences')}
          field="audienceIds"
          value={choice.audienceIds}
          data={options.audiences}
          onSave={save('audienceIds')}
        />
      </SimpleGrid>
      {write && (
        <Group justify="flex-end">
          <Button
            size="xs"
            variant="subtle"
            color="red"
            onClick={() => void writes.deleteItem('network-choices', choice.id)}
          >
            {t('networks.undo')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
