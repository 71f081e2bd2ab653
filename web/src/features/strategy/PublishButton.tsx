import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { IconAlert, IconSend } from '../../components/icons.js';
import { FormError } from '../../components/ui.js';
import { useDescribeError } from '../../lib/errors.js';
import { notifySuccess } from '../../lib/notify.js';
import { useBuilder } from './builder-context.js';
import { stepUrl } from './steps.js';
import { useCompleteness, useStrategy } from './strategy.api.js';

/** Publishes the draft as version N+1 with a note (people with strategy.publish). */
export function PublishButton() {
  const { t } = useTranslation('strategy');
  const { ws, writes } = useBuilder();
  const describe = useDescribeError();
  const navigate = useNavigate();
  const report = useCompleteness(ws).data?.data;
  const next = (useStrategy(ws).data?.meta.latestVersion?.number ?? 0) + 1;
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const publish = () => {
    setBusy(true);
    setError(null);
    writes.publish(note).then(
      (v) => {
        setBusy(false);
        setOpen(false);
        setNote('');
        notifySuccess(t('versions.published', { n: v.data.number }));
        void navigate(stepUrl(ws, 'versions'));
      },
      (e: unknown) => {
        setBusy(false);
        setError(describe(e));
      },
    );
  };

  return (
    <>
      <Button leftSection={<IconSend />} onClick={() => setOpen(true)}>
        {t('versions.publish')}
      </Button>
      <Modal
        opened={open}
        onClose={() => setOpen(false)}
        title={t('versions.publishTitle', { n: next })}
        size="lg"
      >
        <Stack>
          <Text size="sm">{t('versions.publishIntro')}</Text>
          {report && report.errorCount > 0 && (
            <Alert color="yellow" variant="light" icon={<IconAlert />}>
              {t('versions.publishWithGaps', { count: report.errorCount })}
            </Alert>
          )}
          <Textarea
            label={t('versions.note')}
            description={t('versions.noteHint')}
            autosize
            minRows={3}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          <FormError message={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>
              {t('cancel')}
            </Button>
            <Button onClick={publish} loading={busy}>
              {t('versions.publishConfirm', { n: next })}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
