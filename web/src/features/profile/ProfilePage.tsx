import { Button, Group, PasswordInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { post } from '../../api/client.js';
import { API } from '../../api/paths.js';
import type { Locale } from '../../api/types.js';
import { useSession, useUpdateProfile } from '../../app/session.js';
import { LanguageSelect, TimeZoneSelect } from '../../components/pickers.js';
import { FormError, PageHeader, Panel } from '../../components/ui.js';
import { useDescribeError } from '../../lib/errors.js';
import { checks, useForm } from '../../lib/form.js';
import { browserTimeZone } from '../../lib/format.js';
import { applyLanguage, currentLanguage } from '../../lib/language.js';
import { notifySuccess } from '../../lib/notify.js';
import { MyWorkspaces } from './MyWorkspaces.js';

/** One's own account: name, language, time zone, password, and the workspaces one belongs to. */
export default function ProfilePage() {
  const { t } = useTranslation('profile');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Stack gap="lg">
        <ProfileForm />
        <PasswordForm />
        <MyWorkspaces />
      </Stack>
    </>
  );
}

interface ProfileValues extends Record<string, unknown> {
  name: string;
  locale: Locale;
  timeZone: string;
}

function ProfileForm() {
  const { t } = useTranslation('profile');
  const { user } = useSession();
  const update = useUpdateProfile();
  const describe = useDescribeError();
  const form = useForm<ProfileValues>(
    {
      name: user.name,
      locale: user.locale ?? currentLanguage(),
      timeZone: user.timeZone ?? browserTimeZone(),
    },
    (v) => ({ name: checks.required(v.name) ? undefined : t('common:validation.required') }),
  );
  return (
    <Panel title={t('details.title')} description={t('details.description')}>
      <form
        onSubmit={form.onSubmit((v) =>
          update.mutate(v, {
            onSuccess: (u) => {
              if (u.locale) void applyLanguage(u.locale);
              notifySuccess(t('details.saved'));
            },
            onError: (e) => form.fail(e, describe),
          }),
        )}
        noValidate
      >
        <Stack gap="md">
          <FormError message={form.formError} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('details.name')} required autoComplete="name" {...form.text('name')} />
            <TextInput label={t('details.email')} value={user.email} readOnly variant="filled" />
            <LanguageSelect
              label={t('details.language')}
              description={t('details.languageHint')}
              value={form.values.locale}
              onChange={(v) => form.set('locale', v)}
              error={form.error('locale')}
            />
            <TimeZoneSelect
              label={t('details.timeZone')}
              description={t('details.timeZoneHint')}
              value={form.values.timeZone}
              onChange={(v) => form.set('timeZone', v)}
              error={form.error('timeZone')}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button type="submit" loading={update.isPending}>
              {t('common:save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Panel>
  );
}

function PasswordForm() {
  const { t } = useTranslation('profile');
  const describe = useDescribeError();
  const empty = { currentPassword: '', newPassword: '', confirm: '' };
  const form = useForm(empty, (v) => ({
    currentPassword: v.currentPassword ? undefined : t('common:validation.required'),
    newPassword: checks.password(v.newPassword) ? undefined : t('common:validation.password'),
    confirm: v.confirm === v.newPassword ? undefined : t('common:validation.mismatch'),
  }));
  const change = useMutation({
    mutationFn: (v: typeof empty) =>
      post<void>(`${API}/me/password`, { currentPassword: v.currentPassword, newPassword: v.newPassword }),
    onSuccess: () => {
      form.setAll(empty);
      notifySuccess(t('password.changed'));
    },
    onError: (e) => form.fail(e, describe),
  });
  return (
    <Panel title={t('password.title')} description={t('password.description')}>
      <form onSubmit={form.onSubmit((v) => change.mutate(v))} noValidate>
        <Stack gap="md">
          <FormError message={form.formError} />
          <Stack gap="md" maw={440}>
            <PasswordInput
              label={t('password.current')}
              autoComplete="current-password"
              required
              {...form.text('currentPassword')}
            />
            <PasswordInput
              label={t('password.new')}
              description={t('auth:fields.passwordHint')}
              autoComplete="new-password"
              required
              {...form.text('newPassword')}
            />
            <PasswordInput
              label={t('password.confirm')}
              autoComplete="new-password"
              required
              {...form.text('confirm')}
            />
            <Group justify="flex-start">
              <Button type="submit" loading={change.isPending}>
                {t('password.submit')}
              </Button>
            </Group>
          </Stack>
        </Stack>
      </form>
    </Panel>
  );
}
