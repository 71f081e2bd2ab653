import { Alert, Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useWorkspace } from '../../app/workspace.js';
import { IconInfo } from '../../components/icons.js';
import { LoadError, Loading, PageHeader } from '../../components/ui.js';
import { AssumptionsPanel } from './AssumptionsPanel.js';
import { CompetitorsPanel } from './CompetitorsPanel.js';
import { GapsPanel } from './GapsPanel.js';
import { useRoniSettings } from './roni.api.js';

/**
 * The risk of non-investment settings: what people enter (loss assumptions, audience gap estimates,
 * competitors) so the analytics can turn measured counts into an expected loss with its inputs shown.
 */
export default function RoniSettingsPage() {
  const { t } = useTranslation('roni');
  const { id: ws, workspace, may } = useWorkspace();
  const settings = useRoniSettings(ws);
  const canWrite = may('analytics.configure');

  const body = () => {
    if (settings.isPending) return <Loading />;
    if (settings.isError) return <LoadError error={settings.error} onRetry={() => void settings.refetch()} />;
    const s = settings.data;
    return (
      <Stack gap="lg">
        {!canWrite && (
          <Alert variant="light" icon={<IconInfo />}>
            {t('readOnly')}
          </Alert>
        )}
        {/* Remounted when the stored values change, so the form shows what was saved. */}
        <AssumptionsPanel
          key={JSON.stringify(s.assumptions)}
          assumptions={s.assumptions}
          canWrite={canWrite}
        />
        <GapsPanel suggested={s.suggestedGaps} gaps={s.audienceGaps} canWrite={canWrite} />
        <CompetitorsPanel competitors={s.competitors} canWrite={canWrite} />
      </Stack>
    );
  };

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description', { currency: workspace.currency })}
        actions={
          may('analytics.read') && (
            <Anchor component={Link} to={`/w/${encodeURIComponent(ws)}/analytics/risk`} size="sm" fw={500}>
              {t('seeEstimate')}
            </Anchor>
          )
        }
      />
      {body()}
    </>
  );
}
