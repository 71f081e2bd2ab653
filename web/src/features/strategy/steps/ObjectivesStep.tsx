import { Badge, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useBuilder } from '../builder-context.js';
import { AutoDate, AutoSelect, AutoText } from '../fields.js';
import { ItemList } from '../ItemList.js';
import { OBJECTIVE_TYPES, PRIORITIES, type Objective } from '../strategy.types.js';
import { enumOptions, fieldSaver } from './shared.js';

const PRIORITY_COLOURS = { high: 'red', medium: 'yellow', low: 'gray' } as const;

/** Step 1: objectives, typed (prospecting, employer brand…), with a priority and a period. */
export function ObjectivesStep() {
  const { t } = useTranslation('strategy');
  const { snapshot, writes } = useBuilder();
  return (
    <ItemList<Objective>
      items={snapshot.objectives}
      label={(o) => o.title}
      meta={(o) => (
        <>
          <Badge variant="light">{t(`objectiveTypes.${o.type}`)}</Badge>
          <Badge variant="dot" color={PRIORITY_COLOURS[o.priority]}>
            {t(`priorities.${o.priority}`)}
          </Badge>
        </>
      )}
      addLabel={t('objectives.add')}
      emptyTitle={t('objectives.empty')}
      emptyHint={t('objectives.emptyHint')}
      onAdd={async () =>
        (
          await writes.createItem<Objective>('objectives', {
            type: 'prospecting',
            title: t('objectives.newTitle'),
          })
        ).data.id
      }
      onDelete={(o) => writes.deleteItem('objectives', o.id)}
      render={(o) => {
        const save = fieldSaver((b) => writes.patchItem('objectives', o.id, b));
        return (
          <>
            <AutoText
              label={t('fields.title')}
              field="title"
              value={o.title}
              onSave={save('title')}
              required
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <AutoSelect
                label={t('fields.objectiveType')}
                field="type"
                value={o.type}
                data={enumOptions(OBJECTIVE_TYPES, t, 'objectiveTypes')}
                onSave={save('type')}
              />
              <AutoSelect
                label={t('fields.priority')}
                field="priority"
                value={o.priority}
                data={enumOptions(PRIORITIES, t, 'priorities')}
                onSave={save('priority')}
              />
            </SimpleGrid>
            {o.type === 'custom' && (
              <AutoText
                label={t('fields.customType')}
                field="customType"
                value={o.customType ?? ''}
                onSave={save('customType')}
              />
            )}
            <AutoText
              multiline
              label={t('fields.description')}
              description={t('objectives.descriptionHint')}
              field="description"
              value={o.description}
              onSave={save('description')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <AutoDate
                label={t('fields.periodStart')}
                field="periodStart"
                value={o.periodStart}
                onSave={save('periodStart')}
              />
              <AutoDate
                label={t('fields.periodEnd')}
                field="periodEnd"
                value={o.periodEnd}
                onSave={save('periodEnd')}
              />
            </SimpleGrid>
          </>
        );
      }}
    />
  );
}
