import { Badge, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useBuilder } from '../builder-context.js';
import { AutoMulti, AutoSelect, AutoText } from '../fields.js';
import { ItemList } from '../ItemList.js';
import { EXISTING_CHANNELS, type ExistingAction } from '../strategy.types.js';
import { enumOptions, fieldSaver } from './shared.js';

/** Step 3: the communication already running, offline and online, before any network is chosen. */
export function ExistingActionsStep() {
  const { t } = useTranslation('strategy');
  const { snapshot, writes, options } = useBuilder();
  return (
    <ItemList<ExistingAction>
      items={snapshot.existingActions}
      label={(a) => a.name}
      meta={(a) => (
        <>
          <Badge variant="light">{t(`channels.${a.channel}`)}</Badge>
          {a.frequency && (
            <Badge variant="outline" color="gray">
              {a.frequency}
            </Badge>
          )}
        </>
      )}
      addLabel={t('existing.add')}
      emptyTitle={t('existing.empty')}
      emptyHint={t('existing.emptyHint')}
      onAdd={async () =>
        (
          await writes.createItem<ExistingAction>('existing-actions', {
            name: t('existing.newName'),
            channel: 'newsletter',
          })
        ).data.id
      }
      onDelete={(a) => writes.deleteItem('existing-actions', a.id)}
      render={(a) => {
        const save = fieldSaver((b) => writes.patchItem('existing-actions', a.id, b));
        return (
          <>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <AutoText label={t('fields.name')} field="name" value={a.name} onSave={save('name')} required />
              <AutoSelect
                label={t('fields.channel')}
                field="channel"
                value={a.channel}
                data={enumOptions(EXISTING_CHANNELS, t, 'channels')}
                onSave={save('channel')}
              />
              <AutoText
                label={t('fields.frequency')}
                field="frequency"
                value={a.frequency}
                onSave={save('frequency')}
              />
              <AutoText label={t('fields.ownerText')} field="owner" value={a.owner} onSave={save('owner')} />
            </SimpleGrid>
            <AutoText
              multiline
              label={t('fields.description')}
              description={t('existing.descriptionHint')}
              field="description"
              value={a.description}
              onSave={save('description')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <AutoMulti
                label={t('fields.audiences')}
                field="audienceIds"
                value={a.audienceIds}
                data={options.audiences}
                onSave={save('audienceIds')}
              />
              <AutoMulti
                label={t('fields.objectivesServed')}
                field="objectiveIds"
                value={a.objectiveIds}
                data={options.objectives}
                onSave={save('objectiveIds')}
              />
            </SimpleGrid>
          </>
        );
      }}
    />
  );
}
