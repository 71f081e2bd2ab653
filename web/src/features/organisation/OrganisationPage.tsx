import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { useWorkspace } from '../../app/workspace.js';
import { PageHeader } from '../../components/ui.js';
import { CoveragePanel } from './CoveragePanel.js';
import { PlanningPanel } from './PlanningPanel.js';
import { RaciPanel } from './RaciPanel.js';
import { ResourcesPanel } from './ResourcesPanel.js';
import { WorkloadPanel } from './WorkloadPanel.js';

const TABS = ['resources', 'planning', 'raci', 'workload', 'coverage'] as const;
type Tab = (typeof TABS)[number];

/** Who does the work, how much each format costs in hours, and whether people and reply targets hold. */
export default function OrganisationPage() {
  const { t } = useTranslation('organisation');
  const { id } = useWorkspace();
  const navigate = useNavigate();
  const sub = useParams()['*'] ?? '';
  const tab: Tab = (TABS as readonly string[]).includes(sub) ? (sub as Tab) : 'resources';

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Tabs
        value={tab}
        onChange={(v) => v && void navigate(`/w/${encodeURIComponent(id)}/organisation/${v}`)}
        keepMounted={false}
      >
        <Tabs.List mb="lg">
          {TABS.map((x) => (
            <Tabs.Tab key={x} value={x}>
              {t(`tabs.${x}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="resources">
          <ResourcesPanel />
        </Tabs.Panel>
        <Tabs.Panel value="planning">
          <PlanningPanel />
        </Tabs.Panel>
        <Tabs.Panel value="raci">
          <RaciPanel />
        </Tabs.Panel>
        <Tabs.Panel value="workload">
          <WorkloadPanel />
        </Tabs.Panel>
        <Tabs.Panel value="coverage">
          <CoveragePanel />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
