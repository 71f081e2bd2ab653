import { Badge, Box, Grid, Group, Stack } from '@mantine/core';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import { useWorkspace } from '../../app/workspace.js';
import { LoadError, Loading, PageHeader } from '../../components/ui.js';
import { useDepartments, useMembers } from '../members/members.api.js';
import { BuilderContext, type Builder } from './builder-context.js';
import { CompletenessPanel } from './CompletenessPanel.js';
import { FilesMenu } from './FilesMenu.js';
import { OverviewView } from './OverviewView.js';
import { PublishButton } from './PublishButton.js';
import { SaveIndicator, SaveStatusProvider } from './save-status.js';
import { StartPanel } from './StartPanel.js';
import { StepView } from './StepView.js';
import { StepNav } from './StepNav.js';
import { STEPS } from './steps.js';
import { useCatalogue, useStrategy, useStrategyWrites } from './strategy.api.js';
import type { Localized, Snapshot } from './strategy.types.js';
import { VersionsView } from './VersionsView.js';

/** A draft with nothing in it: the builder offers the templates instead of empty steps. */
function isEmpty(s: Snapshot): boolean {
  return (
    !s.title &&
    !s.summary &&
    s.objectives.length + s.audiences.length + s.existingActions.length + s.actions.length === 0
  );
}

/** The strategy builder: the nine steps and the action plan, completeness, versions and files. */
export default function StrategyPage() {
  return (
    <SaveStatusProvider>
      <StrategyBuilder />
    </SaveStatusProvider>
  );
}

function StrategyBuilder() {
  const { t, i18n } = useTranslation('strategy');
  const { id: ws, workspace, may } = useWorkspace();
  const sub = useParams()['*'] ?? '';
  const [search] = useSearchParams();
  const strategy = useStrategy(ws);
  const catalogue = useCatalogue(ws);
  const canSeePeople = may('members.read');
  const members = useMembers(ws, canSeePeople);
  const departments = useDepartments(ws, canSeePeople);
  const writes = useStrategyWrites(ws);
  const lang: 'en' | 'fr' = i18n.resolvedLanguage === 'fr' ? 'fr' : 'en';

  const builder = useMemo<Builder | null>(() => {
    if (!strategy.data || !catalogue.data) return null;
    const s = strategy.data.data;
    const cat = catalogue.data.data;
    const people = members.data?.data ?? [];
    const depts = departments.data?.data ?? [];
    const loc = (x: Localized) => x[lang];
    const memberOptions = people.map((m) => ({ value: m.id, label: m.name }));
    return {
      ws,
      write: strategy.data.can.write,
      publish: strategy.data.can.publish,
      snapshot: s,
      catalogue: cat,
      members: people,
      departments: depts,
      currency: workspace.currency,
      writes,
      focusId: search.get('item'),
      loc,
      lang,
      options: {
        objectives: s.objectives.map((o) => ({ value: o.id, label: o.title })),
        audiences: s.audiences.map((a) => ({ value: a.id, label: a.name })),
        existingActions: s.existingActions.map((a) => ({ value: a.id, label: a.name })),
        networks: cat.networks.map((n) => ({ value: n.id, label: n.name })),
        actions: s.actions.map((a) => ({ value: a.id, label: a.title })),
        members: memberOptions,
        people: [
          { group: t('raci.membersGroup'), items: memberOptions },
          { group: t('raci.departmentsGroup'), items: depts.map((d) => ({ value: d.id, label: d.name })) },
        ],
      },
    };
  }, [strategy.data, catalogue.data, members.data, departments.data, ws, workspace, writes, search, lang, t]);

  const header = (
    <PageHeader
      title={t('title')}
      description={t('subtitle')}
      actions={
        builder && (
          <Group gap="sm">
            {builder.write ? (
              <SaveIndicator />
            ) : (
              <Badge variant="light" color="gray" size="lg">
                {t('readOnly')}
              </Badge>
            )}
            <FilesMenu />
            {builder.publish && <PublishButton />}
          </Group>
        )
      }
    />
  );

  let body: ReactNode;
  if (strategy.error) body = <LoadError error={strategy.error} onRetry={() => void strategy.refetch()} />;
  else if (catalogue.error)
    body = <LoadError error={catalogue.error} onRetry={() => void catalogue.refetch()} />;
  else if (!builder) body = <Loading />;
  else if (sub === '' && isEmpty(builder.snapshot)) body = <StartPanel />;
  else {
    const step = STEPS.find((s) => s.slug === sub);
    const main =
      sub === 'versions' ? (
        <VersionsView />
      ) : step ? (
        <StepView key={step.slug} step={step} />
      ) : (
        <OverviewView />
      );
    body = (
      <Grid gutter="lg" align="flex-start">
        <Grid.Col span={{ base: 12, md: 4, lg: 3 }}>
          <Box
            pos={{ base: 'static', md: 'sticky' }}
            top={76}
            mah={{ md: 'calc(100vh - 92px)' }}
            style={{ overflowY: 'auto' }}
          >
            <Stack gap="md">
              <StepNav current={sub} />
              <CompletenessPanel />
            </Stack>
          </Box>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8, lg: 9 }}>
          <Stack gap="lg" maw={980}>
            {main}
          </Stack>
        </Grid.Col>
      </Grid>
    );
  }

  return (
    <BuilderContext.Provider value={builder}>
      {header}
      {body}
    </BuilderContext.Provider>
  );
}
