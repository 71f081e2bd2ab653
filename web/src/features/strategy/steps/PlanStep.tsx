import { Badge, Group, Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useBuilder } from '../builder-context.js';
import { AutoDate, AutoMulti, AutoNumber, AutoSelect, AutoText } from '../fields.js';
import { ItemList } from '../ItemList.js';
import { ACTION_STATUSES, type PlanAction } from '../strategy.types.js';
import { enumOptions, fieldSaver } from './shared.js';

const STATUS_COLOURS = { planned: 'blue', in_progress: 'yellow', done: 'teal', cancelled: 'gray' } as const;

/** The action plan: what will be done, for which objective, audiences and networks, by whom, for how much. */
export function PlanStep() {
  const { t, i18n } = useTranslation('strategy');
  const { snapshot, writes, options, currency } = useBuilder();
  const money = new Intl.NumberFormat(i18n.resolvedLanguage ?? 'en', {
    style: 'currency',
    currency,
    maximumFractionDigits: 0,
  });
  const total = snapshot.actions
    .filter((a) => a.status !== 'cancelled')
    .reduce((s, a) => s + a.budgetEstimate, 0);
  return (
    <>
      <Paper withBorder radius="md" p="md" shadow="xs">
        <Group justify="space-between">
          <Text fw={600}>{t('plan.summary', { count: snapshot.actions.length })}</Text>
          <Text fw={700}>{t('plan.total', { amount: money.format(total / 100) })}</Text>
        </Group>
      </Paper>
      <ItemList<PlanAction>
        items={snapshot.actions}
        label={(a) => a.title}
        meta={(a) => (
          <>
            <Text size="xs" c="dimmed">
              {money.format(a.budgetEstimate / 100)}
            </Text>
            <Badge color={STATUS_COLOURS[a.status]} variant="light">
              {t(`actionStatuses.${a.status}`)}
            </Badge>
          </>
        )}
        addLabel={t('plan.add')}
        emptyTitle={t('plan.empty')}
        emptyHint={t('plan.emptyHint')}
        onAdd={async () =>
          (await writes.createItem<PlanAction>('actions', { title: t('plan.newTitle') })).data.id
        }
        onDelete={(a) => writes.deleteItem('actions', a.id)}
        render={(a) => {
          const save = fieldSaver((b) => writes.patchItem('actions', a.id, b));
          return (
            <>
              <AutoText
                label={t('fields.title')}
                field="title"
                value={a.title}
                onSave={save('title')}
                required
              />
              <AutoText
                multiline
                label={t('fields.description')}
                field="description"
                value={a.description}
                onSave={save('description')}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <AutoSelect
                  label={t('fields.objective')}
                  field="objectiveId"
                  value={a.objectiveId}
                  clearable
                  data={options.objectives}
                  onSave={save('objectiveId')}
                />
                <AutoSelect
                  label={t('fields.owner')}
                  field="ownerId"
                  value={a.ownerId}
                  clearable
                  data={options.members}
                  onSave={save('ownerId')}
                />
                <AutoMulti
                  label={t('fields.audiences')}
                  field="audienceIds"
                  value={a.audienceIds}
                  data={options.audiences}
                  onSave={save('audienceIds')}
                />
                <AutoMulti
                  label={t('fields.networks')}
                  field="networkIds"
                  value={a.networkIds}
                  data={options.networks}
                  onSave={save('networkIds')}
                />
                <AutoDate
                  label={t('fields.startDate')}
                  field="startDate"
                  value={a.startDate}
                  onSave={save('startDate')}
                />
                <AutoDate
                  label={t('fields.endDate')}
                  field="endDate"
                  value={a.endDate}
                  onSave={save('endDate')}
                />
                <AutoSelect
                  label={t('fields.status')}
                  field="status"
                  value={a.status}
                  data={enumOptions(ACTION_STATUSES, t, 'actionStatuses')}
                  onSave={save('status')}
                />
                <AutoNumber
                  label={t('fields.budget', { currency })}
                  field="budgetEstimate"
                  value={a.budgetEstimate / 100}
                  min={0}
                  decimals={2}
                  onSave={(v) =>
                    writes.patchItem('actions', a.id, { budgetEstimate: Math.round((v ?? 0) * 100) })
                  }
                />
              </SimpleGrid>
            </>
          );
        }}
      />
    </>
  );
}
