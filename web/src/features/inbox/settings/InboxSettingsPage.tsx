import { Anchor, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { useWorkspace } from '../../../app/workspace.js';
import { PageHeader } from '../../../components/ui.js';
import { PollingPanel } from './PollingPanel.js';
import { RulesPanel } from './RulesPanel.js';
import { SavedRepliesPanel } from './SavedRepliesPanel.js';
import { TargetsPanel } from './TargetsPanel.js';

const TABS = ['saved-replies', 'rules', 'targets', 'polling'] as const;
type Tab = (typeof TABS)[number];

/** Saved replies (agents), routing rules and response targets (admins); everyone with the inbox reads. */
export default function InboxSettingsPage() {
  const { t } = useTranslation('inbox');
  const { id: ws } = useWorkspace();
  const [params, setParams] = useSearchParams();
  const raw = params.get('tab');
  const tab: Tab = (TABS as readonly string[]).includes(raw ?? '') ? (raw as Tab) : 'saved-replies';
  return (
    <>
      <PageHeader
        title={t('settings.title')}
        description={
          <>
            {t('settings.description')}{' '}
            <Anchor component={Link} to={`/w/${encodeURIComponent(ws)}/inbox`} size="sm">
              {t('settings.back')}
            </Anchor>
          </>
        }
      />
      <Tabs value={tab} onChange={(v) => v && setParams({ tab: v }, { replace: true })} keepMounted={false}>
        <Tabs.List mb="lg">
          {TABS.map((x) => (
            <Tabs.Tab key={x} value={x}>
              {t(`settings.tabs.${x}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="saved-replies">
          <SavedRepliesPanel />
        </Tabs.Panel>
        <Tabs.Panel value="rules">
          <RulesPanel />
        </Tabs.Panel>
        <Tabs.Panel value="targets">
          <TargetsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="polling">
          <PollingPanel />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
