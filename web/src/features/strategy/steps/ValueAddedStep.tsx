import { Badge, Button, Group, Paper, Select, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IconPlus } from '../../../components/icons.js';
import { useDescribeError } from '../../../lib/errors.js';
import { notifyError } from '../../../lib/notify.js';
import { useBuilder } from '../builder-context.js';
import { AutoMulti, AutoSelect, AutoText } from '../fields.js';
import { ItemList, useScrollToFocus } from '../ItemList.js';
import type { ValueAdded } from '../strategy.types.js';
import { fieldSaver } from './shared.js';

/** Step 4: for each objective and chosen network, what the network adds beyond the existing actions. */
export function ValueAddedStep() {
  const { t } = useTranslation('strategy');
  const { snapshot, writes, options, write, catalogue, focusId } = useBuilder();
  // A gap "this network has no value added" points at the network choice: the form starts on it.
  const gapChoice = snapshot.networkChoices.find((c) => c.id === focusId);
  useScrollToFocus(Boolean(gapChoice && write), focusId);
  const describe = useDescribeError();
  const [objectiveId, setObjectiveId] = useState<string | null>(null);
  const [networkId, setNetworkId] = useState<string | null>(gapChoice?.networkId ?? null);
  const [busy, setBusy] = useState(false);
  const nameOf = (id: string) => catalogue.networks.find((n) => n.id === id)?.name ?? id;
  const objectiveOf = (id: string) => snapshot.objectives.find((o) => o.id === id)?.title ?? '';
  const chosen = snapshot.networkChoices
    .filter((c) => c.chosen)
    .map((c) => ({ value: c.networkId, label: nameOf(c.networkId) }));

  const add = () => {
    if (!objectiveId || !networkId) return;
    setBusy(true);
    writes
      .createItem<ValueAdded>('value-added', { objectiveId, networkId })
      .then(
        () => {
          setObjectiveId(null);
          setNetworkId(null);
        },
        (e: unknown) => notifyError(describe(e)),
      )
      .finally(() => setBusy(false));
  };

  return (
    <>
      <ItemList<ValueAdded>
        items={snapshot.valueAdded}
        label={(v) => `${nameOf(v.networkId)} — ${objectiveOf(v.objectiveId)}`}
        meta={(v) =>
          v.statement ? null : (
            <Badge color="red" variant="light">
              {t('valueAdded.noStatement')}
            </Badge>
          )
        }
        addLabel={t('valueAdded.add')}
        emptyTitle={t('valueAdded.empty')}
        emptyHint={t('valueAdded.emptyHint')}
        onDelete={(v) => writes.deleteItem('value-added', v.id)}
        render={(v) => {
          const save = fieldSaver((b) => writes.patchItem('value-added', v.id, b));
          return (
            <>
              <Group grow align="flex-start">
                <AutoSelect
                  label={t('fields.network')}
                  field="networkId"
                  value={v.networkId}
                  data={options.networks}
                  onSave={save('networkId')}
                />
                <AutoSelect
                  label={t('fields.objective')}
                  field="objectiveId"
                  value={v.objectiveId}
                  data={options.objectives}
                  onSave={save('objectiveId')}
                />
              </Group>
              <AutoText
                multiline
                label={t('fields.statement')}
                description={t('valueAdded.statementHint')}
                field="statement"
                value={v.statement}
                onSave={save('statement')}
              />
              <AutoMulti
                label={t('fields.complements')}
                field="complementsExistingActionIds"
                value={v.complementsExistingActionIds}
                data={options.existingActions}
                onSave={save('complementsExistingActionIds')}
              />
            </>
          );
        }}
      />
      {write && (
        <Paper
          withBorder
          radius="md"
          p="md"
          shadow="xs"
          id={gapChoice ? `item-${gapChoice.id}` : undefined}
          style={gapChoice ? { boxShadow: '0 0 0 2px var(--mantine-color-blue-4)' } : undefined}
        >
          <Text fw={600} size="sm" mb="xs">
            {t('valueAdded.add')}
          </Text>
          <Group align="flex-end">
            <Select
              label={t('fields.network')}
              data={chosen.length ? chosen : options.networks}
              value={networkId}
              onChange={setNetworkId}
              w={200}
            />
            <Select
              label={t('fields.objective')}
              data={options.objectives}
              value={objectiveId}
              onChange={setObjectiveId}
              flex={1}
              miw={200}
            />
            <Button
              leftSection={<IconPlus />}
              onClick={add}
              loading={busy}
              disabled={!objectiveId || !networkId}
            >
              {t('valueAdded.addButton')}
            </Button>
          </Group>
        </Paper>
      )}
    </>
  );
}
