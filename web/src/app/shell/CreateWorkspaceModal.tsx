import { Button, Group, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { post } from '../../api/client.js';
import { API, keys } from '../../api/paths.js';
import type { DataOf, Locale, Workspace } from '../../api/types.js';
import { CurrencySelect, LanguageSelect, TimeZoneSelect } from '../../components/pickers.js';
import { FormError } from '../../components/ui.js';
import { useDescribeError } from '../../lib/errors.js';
import { checks, useForm } from '../../lib/form.js';
import { browserTimeZone } from '../../lib/format.js';
import { currentLanguage } from '../../lib/language.js';
import { notifySuccess } from '../../lib/notify.js';

interface Values extends Record<string, unknown> {
  name: string;
  timeZone: string;
  currency: string;
  locale: Locale;
}

/** The form that creates another workspace (an agency runs one per client). */
export function CreateWorkspaceForm({ onDone }: { onDone?: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const describe = useDescribeError();
  const form = useForm<Values>(
    { name: '', timeZone: browserTimeZone(), currency: 'EUR', locale: currentLanguage() },
    (v) => ({ name: checks.required(v.name) ? undefined : t('validation.required') }),
  );
  const create = useMutation({
    mutationFn: (v: Values) => post<DataOf<Workspace>>(`${API}/workspaces`, v),
    onSuccess: async ({ data }) => {
      await qc.invalidateQueries({ queryKey: keys.session });
      notifySuccess(t('createWorkspace.created', { name: data.name }));
      onDone?.();
      void navigate(`/w/${data.id}`);
    },
    onError: (e) => form.fail(e, describe),
  });

  return (
    <form onSubmit={form.onSubmit((v) => create.mutate(v))} noValidate>
      <Stack gap="md">
        <FormError message={form.formError} />
        <TextInput
          label={t('createWorkspace.name')}
          description={t('createWorkspace.nameHint')}
          required
          data-autofocus
          {...form.text('name')}
        />
        <TimeZoneSelect
          label={t('fields.timeZone')}
          value={form.values.timeZone}
          onChange={(v) => form.set('timeZone', v)}
          error={form.error('timeZone')}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <CurrencySelect
            label={t('fields.currency')}
            value={form.values.currency}
            onChange={(v) => form.set('currency', v)}
            error={form.error('currency')}
          />
          <LanguageSelect
            label={t('fields.workspaceLanguage')}
            value={form.values.locale}
            onChange={(v) => form.set('locale', v)}
            error={form.error('locale')}
          />
        </SimpleGrid>
        <Text size="xs" c="dimmed">
          {t('createWorkspace.languageHint')} {t('createWorkspace.ownerNote')}
        </Text>
        <Group justify="flex-end">
          {onDone && (
            <Button variant="default" onClick={onDone}>
              {t('cancel')}
            </Button>
          )}
          <Button type="submit" loading={create.isPending}>
            {t('createWorkspace.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The same form in a dialog, opened from the workspace switcher. */
export function CreateWorkspaceModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('createWorkspace.title')} size="lg" centered>
      {opened && <CreateWorkspaceForm onDone={onClose} />}
    </Modal>
  );
}
