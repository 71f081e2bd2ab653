import { Button, Group } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useWorkspace } from '../../app/workspace.js';
import { IconSettings } from '../../components/icons.js';
import { PageHeader } from '../../components/ui.js';
import { filtersFromParams, filtersToParams, type InboxFilters } from './filters.js';
import { InboxDesk } from './InboxDesk.js';
import { IndicatorsStrip } from './IndicatorsStrip.js';
import InboxSettingsPage from './settings/InboxSettingsPage.js';
import { ShortcutsHelp } from './ShortcutsHelp.js';

/**
 * The unified inbox under /inbox/*: `/inbox` is the desk, `/inbox/:itemId` opens one conversation
 * (a link to share), `/inbox/settings` holds saved replies, routing rules and response targets.
 */
export default function InboxPage() {
  const sub = useParams()['*'] ?? '';
  if (sub === 'settings') return <InboxSettingsPage />;
  return <Desk itemId={sub || null} />;
}

function Desk({ itemId }: { itemId: string | null }) {
  const { t } = useTranslation('inbox');
  const { id: ws, may } = useWorkspace();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [help, setHelp] = useState(false);
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const base = `/w/${encodeURIComponent(ws)}/inbox`;

  const go = useCallback(
    (id: string | null, f: InboxFilters, replace: boolean) => {
      const qs = filtersToParams(f).toString();
      void navigate(`${base}${id ? `/${encodeURIComponent(id)}` : ''}${qs ? `?${qs}` : ''}`, { replace });
    },
    [base, navigate],
  );
  // Moving through items replaces the history entry; changing filters adds one.
  const onOpen = useCallback((id: string | null) => go(id, filters, true), [go, filters]);
  const onFilters = useCallback((f: InboxFilters) => go(itemId, f, false), [go, itemId]);
  const toggleHelp = useCallback((open?: boolean) => setHelp((h) => open ?? !h), []);

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Group gap="xs">
            <ShortcutsHelp opened={help} onChange={setHelp} />
            {(may('inbox.handle') || may('workspace.update')) && (
              <Button
                component={Link}
                to={`${base}/settings`}
                variant="default"
                leftSection={<IconSettings size={16} />}
              >
                {t('settings.open')}
              </Button>
            )}
          </Group>
        }
      />
      <IndicatorsStrip />
      <InboxDesk
        filters={filters}
        itemId={itemId}
        onFilters={onFilters}
        onOpen={onOpen}
        onHelp={toggleHelp}
      />
    </>
  );
}
