import { Alert, Button, FileButton, List, Menu, Modal, Stack, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { wsPath } from '../../api/paths.js';
import { useConfirm } from '../../components/confirm.js';
import { IconAlert, IconChevronDown, IconDownload, IconRefresh } from '../../components/icons.js';
import { useDescribeError } from '../../lib/errors.js';
import { notifySuccess } from '../../lib/notify.js';
import { useBuilder } from './builder-context.js';
import { documentUrl } from './strategy.api.js';

const FILE_KEYS = {
  'briefing.pdf': 'briefingPdf',
  'document.pdf': 'documentPdf',
  'document.md': 'documentMd',
} as const;

interface ImportProblem {
  message: string;
  fields: { field: string; message: string }[];
}

/** Documents (PDF, Markdown, briefing) in both languages, and the strategy's JSON export and import. */
export function FilesMenu() {
  const { t } = useTranslation('strategy');
  const { ws, write, writes } = useBuilder();
  const confirm = useConfirm();
  const describe = useDescribeError();
  const [problem, setProblem] = useState<ImportProblem | null>(null);
  const reset = useRef<() => void>(null);

  const doc = (kind: 'document.pdf' | 'document.md' | 'briefing.pdf', locale: 'en' | 'fr') => (
    <Menu.Item
      component="a"
      href={documentUrl(ws, kind, locale)}
      download
      leftSection={<IconDownload size={16} />}
    >
      {t(`files.${FILE_KEYS[kind]}`, { lang: t(`files.lang.${locale}`) })}
    </Menu.Item>
  );

  const importFile = async (file: File | null) => {
    reset.current?.();
    if (!file) return;
    const ok = await confirm({
      title: t('files.importTitle'),
      message: t('files.importBody', { name: file.name }),
      confirmLabel: t('files.importConfirm'),
      danger: true,
    });
    if (!ok) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch {
      setProblem({ message: t('files.notJson', { name: file.name }), fields: [] });
      return;
    }
    try {
      await writes.importFile(parsed);
      notifySuccess(t('files.imported'));
    } catch (e) {
      setProblem({ message: describe(e), fields: e instanceof ApiError ? e.fields : [] });
    }
  };

  return (
    <>
      <Menu position="bottom-end" width={300} shadow="md">
        <Menu.Target>
          <Button variant="default" rightSection={<IconChevronDown size={16} />}>
            {t('files.menu')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t('files.briefing')}</Menu.Label>
          {doc('briefing.pdf', 'en')}
          {doc('briefing.pdf', 'fr')}
          <Menu.Label>{t('files.document')}</Menu.Label>
          {doc('document.pdf', 'en')}
          {doc('document.pdf', 'fr')}
          {doc('document.md', 'en')}
          {doc('document.md', 'fr')}
          <Menu.Divider />
          <Menu.Label>{t('files.json')}</Menu.Label>
          <Menu.Item
            component="a"
            href={wsPath(ws, '/strategy/export')}
            download
            leftSection={<IconDownload size={16} />}
          >
            {t('files.export')}
          </Menu.Item>
          {write && (
            <FileButton resetRef={reset} onChange={(f) => void importFile(f)} accept="application/json,.json">
              {(props) => (
                <Menu.Item {...props} closeMenuOnClick leftSection={<IconRefresh size={16} />}>
                  {t('files.import')}
                </Menu.Item>
              )}
            </FileButton>
          )}
        </Menu.Dropdown>
      </Menu>
      <Modal
        opened={problem !== null}
        onClose={() => setProblem(null)}
        title={t('files.importFailed')}
        size="lg"
      >
        {problem && (
          <Stack>
            <Alert color="red" variant="light" icon={<IconAlert />} role="alert">
              <Text size="sm">{problem.message}</Text>
            </Alert>
            {problem.fields.length > 0 && (
              <List size="sm" spacing={4}>
                {problem.fields.map((f) => (
                  <List.Item key={`${f.field}-${f.message}`}>
                    <Text span ff="monospace" size="sm" fw={600}>
                      {f.field}
                    </Text>
                    {' — '}
                    {f.message}
                  </List.Item>
                ))}
              </List>
            )}
            <Text size="sm" c="dimmed">
              {t('files.nothingChanged')}
            </Text>
            <Button onClick={() => setProblem(null)} style={{ alignSelf: 'flex-end' }}>
              {t('close')}
            </Button>
          </Stack>
        )}
      </Modal>
    </>
  );
}
