import { Button, Group, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../app/workspace.js';
import { IconDownload } from '../../components/icons.js';
import { Panel } from '../../components/ui.js';
import { useFormat } from '../../lib/format.js';
import { reportUrls, type Range } from './analytics.api.js';
import { previousMonth } from './period.js';
import { SchedulesPanel } from './SchedulesPanel.js';

type Lang = 'en' | 'fr';

/**
 * Reports to download (monthly report as PDF or CSV, the executive briefing for the page's period) and,
 * for those who may configure analytics, the schedules that e-mail them.
 */
export function ReportsTab({ today, range }: { today: string; range: Range }) {
  const { t, i18n } = useTranslation('analytics');
  const { id: ws, may, workspace } = useWorkspace();
  const fmt = useFormat();
  const [month, setMonth] = useState(() => previousMonth(today));
  const [lang, setLang] = useState<Lang>(() =>
    (i18n.resolvedLanguage ?? workspace.locale).startsWith('fr') ? 'fr' : 'en',
  );
  const langPicker = (
    <SegmentedControl
      size="xs"
      value={lang}
      onChange={(v) => setLang(v as Lang)}
      data={[
        { value: 'en', label: 'English' },
        { value: 'fr', label: 'Français' },
      ]}
      aria-label={t('reports.language')}
    />
  );
  const canDownload = may('reports.read');

  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Panel title={t('reports.monthly.title')} description={t('reports.monthly.description')}>
          <Stack gap="sm">
            <Group align="flex-end" gap="sm">
              <TextInput
                type="month"
                label={t('reports.month')}
                value={month}
                max={today.slice(0, 7)}
                onChange={(e) => e.currentTarget.value && setMonth(e.currentTarget.value)}
                w={180}
              />
              {langPicker}
            </Group>
            <Group gap="sm">
              <Button
                component="a"
                href={reportUrls.monthly(ws, month, lang, 'pdf')}
                download
                leftSection={<IconDownload size={16} />}
                disabled={!canDownload}
                data-testid="download-monthly-pdf"
              >
                {t('reports.downloadPdf')}
              </Button>
              <Button
                component="a"
                href={reportUrls.monthly(ws, month, lang, 'csv')}
                download
                variant="light"
                leftSection={<IconDownload size={16} />}
                disabled={!canDownload}
                data-testid="download-monthly-csv"
              >
                {t('reports.downloadCsv')}
              </Button>
            </Group>
          </Stack>
        </Panel>
        <Panel title={t('reports.briefing.title')} description={t('reports.briefing.description')}>
          <Stack gap="sm">
            <Text size="sm">
              {t('reports.briefing.period', { from: fmt.day(range.from), to: fmt.day(range.to) })}
            </Text>
            <Group gap="sm">
              {langPicker}
              <Button
                component="a"
                href={reportUrls.briefing(ws, range, lang)}
                download
                leftSection={<IconDownload size={16} />}
                disabled={!canDownload}
                data-testid="download-briefing"
              >
                {t('reports.downloadPdf')}
              </Button>
            </Group>
          </Stack>
        </Panel>
      </SimpleGrid>
      <SchedulesPanel />
    </Stack>
  );
}
