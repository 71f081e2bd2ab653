import { Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../api/types.js';
import { useWorkspace } from '../../app/workspace.js';
import { CurrencySelect, LanguageSelect, TimeZoneSelect } from '../../components/pickers.js';
import { FormError, Panel } from '../../components/ui.js';
import { useDescribeError } from '../../lib/errors.js';
import { checks, useForm } from '../../lib/form.js';
import { notifySuccess } from '../../lib/notify.js';
import { useUpdateWorkspace } from './settings.api.js';

interface Values extends Record<string, unknown> {
  name: string;
  timeZone: string;
  currency: string;
  locale: Locale;
}

/** Name, default time zone, currency and language of the workspace. */
export function GeneralSettings() {
  const { t } = useTranslation('settings');
  const { id, workspace } = useWorkspace();
  const describe = useDescribeError();
  const update = useUpdateWorkspace(id);
  const form = useForm<Values>(
    {
      name: workspace.name,
      timeZone: workspace.timeZone,
      currency: workspace.currency,
      locale: workspace.locale,
    },
    (v) => ({ name: checks.required(v.name) ? undefined : t('common:validation.required') }),
  );
  const dirty =
    form.values.name !== workspace.name ||
    form.values.timeZone !== workspace.timeZone ||
    form.values.currency !== workspace.currency ||
    form.values.locale !== workspace.locale;

  return (
    <Panel title={t('general.title')} description={t('general.description')}>
      <form
        onSubmit={form.onSubmit((v) =>
          update.mutate(v, {
            onSuccess: () => notifySuccess(t('saved')),
            onError: (e) => form.fail(e, describe),
          }),
        )}
        noValidate
      >
        <Stack gap="md">
          <FormError message={form.formError} />
          <TextInput label={t('general.name')} required {...form.text('name')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TimeZoneSelect
              label={t('general.timeZone')}
              description={t('general.timeZoneHint')}
              value={form.values.timeZone}
              onChange={(v) => form.set('timeZone', v)}
              error={form.error('timeZone')}
            />
            <CurrencySelect
              label={t('general.currency')}
              description={t('general.currencyHint')}
              value={form.values.currency}
              onChange={(v) => form.set('currency', v)}
              error={form.error('currency')}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <LanguageSelect
              label={t('general.language')}
              description={t('general.languageHint')}
              value={form.values.locale}
              onChange={(v) => form.set('locale', v)}
              error={form.error('locale')}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button type="submit" loading={update.isPending} disabled={!dirty}>
              {t('common:save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Panel>
  );
}
