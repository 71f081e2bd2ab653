import { Badge, Box, Group, Paper, SimpleGrid, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '../../../components/ui.js';
import { useBuilder } from '../builder-context.js';
import { AutoCheck, AutoDate, AutoNumber, AutoSelect, AutoText } from '../fields.js';
import { ItemList, useScrollToFocus } from '../ItemList.js';
import { useHeatmap } from '../strategy.api.js';
import { OBSTACLE_FAMILIES, OBSTACLE_STATUSES, type Obstacle, type PlanAction } from '../strategy.types.js';
import { enumOptions, fieldSaver } from './shared.js';

/** The colour of a likelihood × impact cell: the product says how serious the risk is. */
export function riskColour(likelihood: number, impact: number): string {
  const r = likelihood * impact;
  return r >= 15 ? 'red' : r >= 8 ? 'orange' : r >= 4 ? 'yellow' : 'teal';
}

function HeatMap() {
  const { t } = useTranslation('strategy');
  const { ws } = useBuilder();
  const q = useHeatmap(ws);
  if (q.error) return <LoadError error={q.error} onRetry={() => void q.refetch()} />;
  if (!q.data) return <Loading />;
  const cells = q.data.data.cells;
  const count = (l: number, i: number) => cells.find((c) => c.likelihood === l && c.impact === i)?.count ?? 0;
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      shadow="xs"
      component="figure"
      m={0}
      aria-label={t('obstacles.heatmap')}
    >
      <Group justify="space-between" mb="sm">
        <Text fw={600}>{t('obstacles.heatmap')}</Text>
        <Text size="sm" c="dimmed">
          {t('obstacles.total', { count: q.data.data.total })}
        </Text>
      </Group>
      <Group align="stretch" gap="xs" wrap="nowrap">
        <Text
          size="xs"
          c="dimmed"
          style={{ writingMode: 'vertical-rl', transform: 'rotate(180deg)' }}
          ta="center"
        >
          {t('obstacles.impact')} →
        </Text>
        <Box flex={1}>
          <SimpleGrid cols={6} spacing={4} verticalSpacing={4}>
            {[5, 4, 3, 2, 1].flatMap((impact) => [
              <Text key={`i${impact}`} size="xs" c="dimmed" ta="right" pr={4} style={{ alignSelf: 'center' }}>
                {impact}
              </Text>,
              ...[1, 2, 3, 4, 5].map((l) => {
                const n = count(l, impact);
                const colour = riskColour(l, impact);
                return (
                  <Tooltip
                    key={`${l}-${impact}`}
                    label={t('obstacles.cell', { likelihood: l, impact, count: n })}
                  >
                    <Box
                      h={40}
                      bg={`${colour}.${n ? 5 : 1}`}
                      c={n ? 'white' : `${colour}.7`}
                      style={{
                        borderRadius: 6,
                        display: 'flex',
                        alignItems: 'center',
                        justifyContent: 'center',
                        fontWeight: 700,
                      }}
                      aria-label={t('obstacles.cell', { likelihood: l, impact, count: n })}
                    >
                      {n || ''}
                    </Box>
                  </Tooltip>
                );
              }),
            ])}
            <span />
            {[1, 2, 3, 4, 5].map((l) => (
              <Text key={`l${l}`} size="xs" c="dimmed" ta="center">
                {l}
              </Text>
            ))}
          </SimpleGrid>
          <Text size="xs" c="dimmed" ta="center" mt={4}>
            {t('obstacles.likelihood')} →
          </Text>
        </Box>
      </Group>
    </Paper>
  );
}

function ObstacleGroup({ action }: { action: PlanAction | null }) {
  const { t } = useTranslation('strategy');
  const { snapshot, writes, options, focusId } = useBuilder();
  const items = snapshot.obstacles.filter((o) => o.actionId === (action?.id ?? null));
  const id = action?.id ?? 'strategy-wide';
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      shadow="xs"
      id={`item-${id}`}
      style={id === focusId ? { boxShadow: '0 0 0 2px var(--mantine-color-blue-4)' } : undefined}
    >
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Text fw={650}>{action ? action.title : t('obstacles.strategyWide')}</Text>
        {action && !items.length && !action.noObstaclesIdentified && action.status !== 'cancelled' && (
          <Badge color="red" variant="light">
            {t('obstacles.notReviewed')}
          </Badge>
        )}
      </Group>
      <Stack gap="sm">
        {action && !items.length && (
          <AutoCheck
            label={t('obstacles.noneIdentified')}
            description={t('obstacles.noneIdentifiedHint')}
            field="noObstaclesIdentified"
            value={action.noObstaclesIdentified}
            onSave={(v) => writes.patchItem('actions', action.id, { noObstaclesIdentified: v })}
          />
        )}
        <ItemList<Obstacle>
          items={items}
          label={(o) => o.description}
          meta={(o) => (
            <>
              <Badge variant="light" color="gray">
                {t(`families.${o.family}`)}
              </Badge>
              <Badge color={riskColour(o.likelihood, o.impact)} variant="filled">
                {o.likelihood} × {o.impact}
              </Badge>
            </>
          )}
          addLabel={t('obstacles.add')}
          emptyTitle={t('obstacles.empty')}
          compact
          onAdd={async () =>
            (
              await writes.createItem<Obstacle>('obstacles', {
                actionId: action?.id ?? null,
                family: 'resources',
                description: t('obstacles.newDescription'),
                likelihood: 3,
                impact: 3,
              })
            ).data.id
          }
          onDelete={(o) => writes.deleteItem('obstacles', o.id)}
          render={(o) => {
            const save = fieldSaver((b) => writes.patchItem('obstacles', o.id, b));
            return (
              <>
                <AutoText
                  multiline
                  label={t('fields.description')}
                  field="description"
                  value={o.description}
                  onSave={save('description')}
                  required
                />
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <AutoSelect
                    label={t('fields.family')}
                    field="family"
                    value={o.family}
                    data={enumOptions(OBSTACLE_FAMILIES, t, 'families')}
                    onSave={save('family')}
                  />
                  <AutoSelect
                    label={t('fields.status')}
                    field="status"
                    value={o.status}
                    data={enumOptions(OBSTACLE_STATUSES, t, 'obstacleStatuses')}
                    onSave={save('status')}
                  />
                  <AutoNumber
                    label={t('fields.likelihood')}
                    field="likelihood"
                    value={o.likelihood}
                    min={1}
                    max={5}
                    decimals={0}
                    onSave={save('likelihood')}
                  />
                  <AutoNumber
                    label={t('fields.impact')}
                    field="impact"
                    value={o.impact}
                    min={1}
                    max={5}
                    decimals={0}
                    onSave={save('impact')}
                  />
                </SimpleGrid>
                <AutoText
                  multiline
                  label={t('fields.mitigation')}
                  field="mitigation"
                  value={o.mitigation}
                  onSave={save('mitigation')}
                />
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <AutoSelect
                    label={t('fields.owner')}
                    field="ownerId"
                    value={o.ownerId}
                    clearable
                    data={options.members}
                    onSave={save('ownerId')}
                  />
                  <AutoDate
                    label={t('fields.dueDate')}
                    field="dueDate"
                    value={o.dueDate}
                    onSave={save('dueDate')}
                  />
                </SimpleGrid>
              </>
            );
          }}
        />
      </Stack>
    </Paper>
  );
}

/** Step 9: obstacles per action (likelihood × impact, mitigation, owner), and the heat map. */
export function ObstaclesStep() {
  const { snapshot, focusId } = useBuilder();
  useScrollToFocus(
    snapshot.actions.some((a) => a.id === focusId),
    focusId,
  );
  return (
    <>
      <HeatMap />
      {snapshot.actions.map((a) => (
        <ObstacleGroup key={a.id} action={a} />
      ))}
      <ObstacleGroup action={null} />
    </>
  );
}
