import { Alert, Button, FileInput, Group, Modal, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { useWorkspace } from '../../app/workspace.js';
import { IconAlert, IconCheck } from '../../components/icons.js';
import { useDescribeError } from '../../lib/errors.js';
import { notifySuccess } from '../../lib/notify.js';
import { useImportBudget, type ImportResult } from './budget.api.js';

/** Where the server says a CSV went wrong (the problem's `row` and `column`), for a localized heading. */
export function csvProblemAt(err: unknown): { row: number; column: string | null } | null {
  if (!(err instanceof ApiError) || err.code !== 'invalid_csv') return null;
  const { row, column } = err.problem;
  return typeof row === 'number' ? { row, column: typeof column === 'string' ? column : null } : null;
}

/**
 * Choose a file, check it (a dry run that writes nothing), then import it. A bad file shows the row and
 * column the server names, and nothing is imported.
 */
export function CsvFileImport({
  title,
  intro,
  extra,
  ready = true,
  run,
  onClose,
}: {
  title: string;
  intro: ReactNode;
  extra?: ReactNode;
  ready?: boolean;
  run: (csv: string, dryRun: boolean) => Promise<ImportResult>;
  onClose: () => void;
}) {
  const { t } = useTranslation('budget');
  const describe = useDescribeError();
  const [file, setFile] = useState<File | null>(null);
  const [csv, setCsv] = useState<string | null>(null);
  const [checked, setChecked] = useState<ImportResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const pick = (f: File | null) => {
    setFile(f);
    setChecked(null);
    setError(null);
    setCsv(null);
    if (f) void f.text().then(setCsv);
  };
  const go = async (dryRun: boolean) => {
    if (!csv) return;
    setBusy(true);
    setError(null);
    try {
      const r = await run(csv, dryRun);
      if (dryRun) setChecked(r);
      else {
        notifySuccess(t('csv.imported', { created: r.created, updated: r.updated }));
        onClose();
      }
    } catch (e) {
      setChecked(null);
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const at = csvProblemAt(error);

  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {intro}
        </Text>
        {extra}
        <FileInput
          label={t('csv.file')}
          placeholder={t('csv.choose')}
          accept=".csv,text/csv,text/plain"
          value={file}
          onChange={pick}
          clearable
        />
        {error !== null && (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlert />}
            title={at ? (at.column ? t('csv.errorAtColumn', at) : t('csv.errorAtRow', at)) : t('csv.failed')}
            role="alert"
          >
            <Text size="sm">{describe(error)}</Text>
            <Text size="sm" mt={4} fw={500}>
              {t('csv.nothingImported')}
            </Text>
          </Alert>
        )}
        {checked && (
          <Alert color="teal" variant="light" icon={<IconCheck />} title={t('csv.checkedTitle')}>
            {t('csv.checked', {
              created: checked.created,
              updated: checked.updated,
              skipped: checked.skipped ?? 0,
            })}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('cancel')}
          </Button>
          <Button
            variant="light"
            onClick={() => void go(true)}
            disabled={!csv || !ready}
            loading={busy && !checked}
          >
            {t('csv.check')}
          </Button>
          <Button
            onClick={() => void go(false)}
            disabled={!csv || !ready || checked === null}
            loading={busy && checked !== null}
          >
            {t('csv.importNow')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** CSV import of budget lines or expenses (POST /budget/import). */
export function CsvImportModal({ kind, onClose }: { kind: 'lines' | 'expenses'; onClose: () => void }) {
  const { t } = useTranslation('budget');
  const { id: ws } = useWorkspace();
  const imp = useImportBudget(ws);
  return (
    <CsvFileImport
      title={t(`csv.${kind}Title`)}
      intro={t(`csv.${kind}Intro`)}
      run={async (csv, dryRun) => (await imp.mutateAsync({ kind, csv, dryRun })).data}
      onClose={onClose}
    />
  );
}
