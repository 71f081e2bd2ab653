import { Anchor, SimpleGrid, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useWorkspace } from '../../app/workspace.js';
import { EmptyState, LoadError, Loading, Panel } from '../../components/ui.js';
import { useIndicatorCards, type Range } from './analytics.api.js';
import type { IndicatorCard } from './analytics.types.js';
import { ExplainDrawer, type ExplainTarget } from './ExplainDrawer.js';
import { IndicatorCardView } from './IndicatorCardView.js';
import { useNames } from './names.js';

/** Per objective of the strategy, its step-7 indicators computed for the period. */
export function ObjectivesTab({ range }: { range: Range }) {
  const { t } = useTranslation('analytics');
  const { id: ws, may } = useWorkspace();
  const names = useNames();
  const cards = useIndicatorCards(ws, range);
  const [explain, setExplain] = useState<ExplainTarget | null>(null);

  if (cards.isPending) return <Loading />;
  if (cards.isError) return <LoadError error={cards.error} onRetry={() => void cards.refetch()} />;
  if (cards.data.cards.length === 0)
    return (
      <EmptyState
        title={t('objectives.empty')}
        description={t('objectives.emptyHint')}
        action={
          may('strategy.write') ? (
            <Anchor component={Link} to={`/w/${ws}/strategy/indicators`}>
              {t('objectives.toStrategy')}
            </Anchor>
          ) : undefined
        }
      />
    );

  // Objectives in the strategy's order; cards of an objective no longer in the strategy come last.
  const groups = new Map<string, IndicatorCard[]>();
  for (const o of names.objectives) groups.set(o.id, []);
  for (const c of cards.data.cards) groups.set(c.objectiveId, [...(groups.get(c.objectiveId) ?? []), c]);

  return (
    <Stack gap="lg">
      {[...groups.entries()]
        .filter(([, list]) => list.length > 0)
        .map(([objectiveId, list]) => (
          <Panel
            key={objectiveId}
            title={names.objective(objectiveId) ?? t('objectives.unknown')}
            description={t('objectives.count', { count: list.length })}
          >
            <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="md">
              {list.map((card) => (
                <IndicatorCardView
                  key={card.indicatorId}
                  card={card}
                  networkName={names.network(card.networkId)}
                  onExplain={() =>
                    setExplain({
                      title: card.name,
                      value: card.current,
                      scope: { kind: 'objective', id: card.objectiveId },
                    })
                  }
                />
              ))}
            </SimpleGrid>
          </Panel>
        ))}
      <ExplainDrawer target={explain} range={range} onClose={() => setExplain(null)} />
    </Stack>
  );
}
