import { Badge, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useBuilder } from '../builder-context.js';
import { AutoMulti, AutoNumber, AutoSelect, AutoTags, AutoText } from '../fields.js';
import { ItemList, useScrollToFocus } from '../ItemList.js';
import { SEGMENTS, type Audience } from '../strategy.types.js';
import { enumOptions, fieldSaver } from './shared.js';

/** Which objectives have a target audience yet: the gap "objective without audience" is fixed here. */
function Coverage() {
  const { t } = useTranslation('strategy');
  const { snapshot, focusId } = useBuilder();
  const focused = snapshot.objectives.some((o) => o.id === focusId);
  useScrollToFocus(focused, focusId);
  if (!snapshot.objectives.length) return null;
  return (
    <Paper withBorder radius="md" p="md" shadow="xs">
      <Text fw={600} size="sm" mb="xs">
        {t('audiences.coverage')}
      </Text>
      <Stack gap={6}>
        {snapshot.objectives.map((o) => {
          const n = snapshot.audiences.filter((a) => a.objectiveIds.includes(o.id)).length;
          return (
            <Group
              key={o.id}
              id={`item-${o.id}`}
              justify="space-between"
              wrap="nowrap"
              p={4}
              style={
                o.id === focusId
                  ? { outline: '2px solid var(--mantine-color-blue-4)', borderRadius: 4 }
                  : undefined
              }
            >
              <Text size="sm" lineClamp={1}>
                {o.title}
              </Text>
              <Badge color={n ? 'teal' : 'red'} variant="light">
                {t('audiences.count', { count: n })}
              </Badge>
            </Group>
          );
        })}
      </Stack>
    </Paper>
  );
}

/** Step 2: personas, linked to the objectives they serve, with where they already are. */
export function AudiencesStep() {
  const { t } = useTranslation('strategy');
  const { snapshot, writes, options } = useBuilder();
  return (
    <>
      <Coverage />
      <ItemList<Audience>
        items={snapshot.audiences}
        label={(a) => a.name}
        meta={(a) => <Badge variant="light">{t(`segments.${a.segment}`)}</Badge>}
        addLabel={t('audiences.add')}
        emptyTitle={t('audiences.empty')}
        emptyHint={t('audiences.emptyHint')}
        onAdd={async () =>
          (await writes.createItem<Audience>('audiences', { name: t('audiences.newName'), segment: 'b2b' }))
            .data.id
        }
        onDelete={(a) => writes.deleteItem('audiences', a.id)}
        render={(a) => {
          const save = fieldSaver((b) => writes.patchItem('audiences', a.id, b));
          return (
            <>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <AutoText
                  label={t('fields.name')}
                  field="name"
                  value={a.name}
                  onSave={save('name')}
                  required
                />
                <AutoSelect
                  label={t('fields.segment')}
                  field="segment"
                  value={a.segment}
                  data={enumOptions(SEGMENTS, t, 'segments')}
                  onSave={save('segment')}
                />
              </SimpleGrid>
              <AutoText
                multiline
                label={t('fields.description')}
                field="description"
                value={a.description}
                onSave={save('description')}
              />
              <AutoMulti
                label={t('fields.objectives')}
                description={t('audiences.objectivesHint')}
                field="objectiveIds"
                value={a.objectiveIds}
                data={options.objectives}
                onSave={save('objectiveIds')}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <AutoNumber
                  label={t('fields.ageMin')}
                  field="ageMin"
                  value={a.ageMin}
                  min={0}
                  max={120}
                  onSave={save('ageMin')}
                />
                <AutoNumber
                  label={t('fields.ageMax')}
                  field="ageMax"
                  value={a.ageMax}
                  min={0}
                  max={120}
                  onSave={save('ageMax')}
                />
              </SimpleGrid>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <AutoTags
                  label={t('fields.places')}
                  field="places"
                  value={a.places}
                  onSave={save('places')}
                />
                <AutoTags
                  label={t('fields.languages')}
                  description={t('fields.languagesHint')}
                  field="languages"
                  value={a.languages}
                  onSave={save('languages')}
                />
              </SimpleGrid>
              <AutoTags
                label={t('fields.interests')}
                field="interests"
                value={a.interests}
                onSave={save('interests')}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <AutoTags label={t('fields.needs')} field="needs" value={a.needs} onSave={save('needs')} />
                <AutoTags label={t('fields.pains')} field="pains" value={a.pains} onSave={save('pains')} />
              </SimpleGrid>
              <AutoMulti
                label={t('fields.presentOn')}
                description={t('audiences.presentOnHint')}
                field="presentOn"
                value={a.presentOn}
                data={options.networks}
                onSave={save('presentOn')}
              />
            </>
          );
        }}
      />
    </>
  );
}
