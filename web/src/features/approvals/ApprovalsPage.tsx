import { Button, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { useWorkspace } from '../../app/workspace.js';
import { IconSettings } from '../../components/icons.js';
import { PageHeader, Panel } from '../../components/ui.js';
import { InReviewList } from './InReviewList.js';
import { WaitingList } from './WaitingList.js';

/** /approvals — what waits for me, and (for those who follow the circuits) everything in review. */
export default function ApprovalsPage() {
  const { t } = useTranslation('approvals');
  const { id, may } = useWorkspace();
  const [params, setParams] = useSearchParams();
  const seeAll = may('approvals.decide') || may('approvals.configure') || may('posts.publish');
  const tab = seeAll && params.get('tab') === 'all' ? 'all' : 'mine';
  return (
    <>
      <PageHeader
        title={t('page.title')}
        description={t('page.description')}
        actions={
          may('approvals.configure') ? (
            <Button
              component={Link}
              to={`/w/${id}/approvals/circuits`}
              variant="light"
              leftSection={<IconSettings />}
            >
              {t('page.circuits')}
            </Button>
          ) : undefined
        }
      />
      <Tabs
        value={tab}
        onChange={(v) => setParams(v === 'all' ? { tab: 'all' } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="mine">{t('page.tabMine')}</Tabs.Tab>
          {seeAll && <Tabs.Tab value="all">{t('page.tabAll')}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="mine">
          <WaitingList ws={id} canDecide={may('approvals.decide')} />
        </Tabs.Panel>
        {seeAll && (
          <Tabs.Panel value="all">
            <Panel padding={0}>
              <InReviewList ws={id} />
            </Panel>
          </Tabs.Panel>
        )}
      </Tabs>
    </>
  );
}
