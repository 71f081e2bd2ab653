import { Group, Tabs } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useWorkspace } from '../../app/workspace.js';
import { PageHeader } from '../../components/ui.js';
import { BreakdownTab } from './BreakdownTab.js';
import { ObjectivesTab } from './ObjectivesTab.js';
import { OverviewTab } from './OverviewTab.js';
import { PeriodPicker } from './PeriodPicker.js';
import { PostsTab } from './PostsTab.js';
import { RefreshButton } from './RefreshButton.js';
import { ReportsTab } from './ReportsTab.js';
import { RiskTab } from './RiskTab.js';
import { readPeriod, todayIn, writePeriod } from './period.js';

export const ANALYTICS_TABS = [
  'overview',
  'objectives',
  'networks',
  'pillars',
  'actions',
  'posts',
  'risk',
  'reports',
] as const;
type Tab = (typeof ANALYTICS_TABS)[number];

/**
 * Analytics: the period (in the URL, shared by every tab) and one tab per way of reading the figures.
 * The tab is the path (`/analytics/pillars`), the period the query (`?period=lastMonth`).
 */
export default function AnalyticsPage() {
  const { t } = useTranslation('analytics');
  const { id, workspace, may } = useWorkspace();
  // Reports carry the budget: roles without `reports.read` (editors) do not get the tab.
  const tabs = ANALYTICS_TABS.filter((x) => x !== 'reports' || may('reports.read'));
  const navigate = useNavigate();
  const sub = (useParams()['*'] ?? '').split('/')[0] ?? '';
  const tab: Tab = (tabs as readonly string[]).includes(sub) ? (sub as Tab) : 'overview';
  const [params, setParams] = useSearchParams();
  // Today in the workspace's zone, fixed while the page is open (presets must not move under the reader).
  const today = useMemo(() => todayIn(Date.now(), workspace.timeZone), [workspace.timeZone]);
  const period = readPeriod(params, today);
  const range = { from: period.from, to: period.to };

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description', { timeZone: workspace.timeZone })}
        actions={
          <Group align="flex-end" gap="sm">
            <PeriodPicker value={period} today={today} onChange={(c) => setParams(writePeriod(params, c))} />
            <RefreshButton />
          </Group>
        }
      />
      <Tabs
        value={tab}
        onChange={(v) =>
          v &&
          void navigate({
            pathname: `/w/${encodeURIComponent(id)}/analytics/${v}`,
            search: params.toString(),
          })
        }
        keepMounted={false}
      >
        <Tabs.List mb="lg">
          {tabs.map((x) => (
            <Tabs.Tab key={x} value={x}>
              {t(`tabs.${x}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="overview">
          <OverviewTab range={range} />
        </Tabs.Panel>
        <Tabs.Panel value="objectives">
          <ObjectivesTab range={range} />
        </Tabs.Panel>
        <Tabs.Panel value="networks">
          <BreakdownTab range={range} by="network" />
        </Tabs.Panel>
        <Tabs.Panel value="pillars">
          <BreakdownTab range={range} by="pillar" />
        </Tabs.Panel>
        <Tabs.Panel value="actions">
          <BreakdownTab range={range} by="action" />
        </Tabs.Panel>
        <Tabs.Panel value="posts">
          <PostsTab range={range} />
        </Tabs.Panel>
        <Tabs.Panel value="risk">
          <RiskTab range={range} />
        </Tabs.Panel>
        <Tabs.Panel value="reports">
          <ReportsTab today={today} range={range} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
