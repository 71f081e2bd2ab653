import { Group, Tabs, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { useWorkspace } from '../../app/workspace.js';
import { PageHeader } from '../../components/ui.js';
import { CampaignsPanel } from './CampaignsPanel.js';
import { ExpensesPanel } from './ExpensesPanel.js';
import { LinesPanel } from './LinesPanel.js';
import { addMonths, currentMonth } from './months.js';

const TABS = ['lines', 'expenses', 'campaigns'] as const;
type Tab = (typeof TABS)[number];

/** The communication budget: lines per month with variance, expenses and sponsored campaigns. */
export default function BudgetPage() {
  const { t } = useTranslation('budget');
  const { id, workspace } = useWorkspace();
  const navigate = useNavigate();
  const sub = useParams()['*'] ?? '';
  const tab: Tab = (TABS as readonly string[]).includes(sub) ? (sub as Tab) : 'lines';
  const [from, setFrom] = useState(() => currentMonth(workspace.timeZone));
  const [to, setTo] = useState(() => addMonths(currentMonth(workspace.timeZone), 11));

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description', { currency: workspace.currency })}
        actions={
          tab === 'lines' && (
            <Group gap="xs">
              <TextInput
                type="month"
                label={t('period.from')}
                value={from}
                onChange={(e) => e.currentTarget.value && setFrom(e.currentTarget.value)}
                w={170}
              />
              <TextInput
                type="month"
                label={t('period.to')}
                value={to}
                onChange={(e) => e.currentTarget.value && setTo(e.currentTarget.value)}
                w={170}
              />
            </Group>
          )
        }
      />
      <Tabs
        value={tab}
        onChange={(v) => v && void navigate(`/w/${encodeURIComponent(id)}/budget/${v}`)}
        keepMounted={false}
      >
        <Tabs.List mb="lg">
          {TABS.map((x) => (
            <Tabs.Tab key={x} value={x}>
              {t(`tabs.${x}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="lines">
          <LinesPanel from={from <= to ? from : to} to={from <= to ? to : from} />
        </Tabs.Panel>
        <Tabs.Panel value="expenses">
          <ExpensesPanel />
        </Tabs.Panel>
        <Tabs.Panel value="campaigns">
          <CampaignsPanel />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
