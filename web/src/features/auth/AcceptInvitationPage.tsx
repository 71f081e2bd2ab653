import { Alert, Anchor, Button, Group, Paper, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ApiError, get, post } from '../../api/client.js';
import { API, keys } from '../../api/paths.js';
import type { DataOf, InvitationPreview, Session } from '../../api/types.js';
import { useApplySession, useUpdateProfile } from '../../app/session.js';
import { IconAlert } from '../../components/icons.js';
import { RoleBadge } from '../../components/roles.js';
import { FormError, LoadError, Loading } from '../../components/ui.js';
import { useDescribeError } from '../../lib/errors.js';
import { checks, useForm } from '../../lib/form.js';
import { browserTimeZone, useFormat } from '../../lib/format.js';
import { currentLanguage } from '../../lib/language.js';
import { AuthCard } from './AuthLayout.js';

/** /invitations/:token — who invites whom, to which workspace and role; then join it. */
export default function AcceptInvitationPage() {
  const { t } = useTranslation('auth');
  const { token = '' } = useParams();
  const preview = useQuery({
    queryKey: keys.invitation(token),
    queryFn: () => get<DataOf<InvitationPreview>>(`${API}/invitations/${encodeURIComponent(token)}`),
    retry: false,
  });

  if (preview.isPending) return <Loading />;
  if (preview.error) {
    if (preview.error instanceof ApiError && preview.error.status === 404) {
      return (
        <AuthCard title={t('invitation.invalidTitle')}>
          <Stack gap="md">
            <Alert color="orange" variant="light" icon={<IconAlert />}>
              {t('invitation.invalid')}
            </Alert>
            <Anchor component={Link} to="/sign-in" size="sm">
              {t('invitation.toSignIn')}
            </Anchor>
          </Stack>
        </AuthCard>
      );
    }
    return <LoadError error={preview.error} onRetry={() => void preview.refetch()} />;
  }
  return <AcceptForm token={token} invitation={preview.data.data} />;
}

function AcceptForm({ token, invitation }: { token: string; invitation: InvitationPreview }) {
  const { t } = useTranslation('auth');
  const navigate = useNavigate();
  const applySession = useApplySession();
  const updateProfile = useUpdateProfile();
  const describe = useDescribeError();
  const fmt = useFormat();
  const isNew = !invitation.accountExists;
  const form = useForm({ name: '', password: '', confirm: '' }, (v) => ({
    name: !isNew || checks.required(v.name) ? undefined : t('common:validation.required'),
    password: isNew
      ? checks.password(v.password)
        ? undefined
        : t('common:validation.password')
      : v.password
        ? undefined
        : t('common:validation.required'),
    confirm: !isNew || v.confirm === v.password ? undefined : t('common:validation.mismatch'),
  }));
  const accept = useMutation({
    mutationFn: (v: { name: string; password: string }) =>
      post<Session>(
        `${API}/invitations/${encodeURIComponent(token)}/accept`,
        isNew ? { name: v.name, password: v.password } : { password: v.password },
      ),
    onSuccess: async (s) => {
      applySession(s);
      // A new account starts with the language and time zone of this browser, as at sign-up.
      if (isNew && !s.user.locale && !s.user.timeZone)
        await updateProfile
          .mutateAsync({ locale: currentLanguage(), timeZone: browserTimeZone() })
          .catch(() => undefined);
      const joined =
        s.workspaces.find((w) => w.id === invitation.workspaceId) ??
        s.workspaces.find((w) => w.name === invitation.workspaceName);
      void navigate(joined ? `/w/${joined.id}` : '/', { replace: true });
    },
    onError: (e) => {
      if (e instanceof ApiError && e.status === 401)
        form.fail(new Error(), () => t('invitation.wrongPassword'));
      else form.fail(e, describe);
    },
  });

  return (
    <AuthCard title={t('invitation.title', { workspace: invitation.workspaceName })}>
      <Stack gap="lg">
        <Paper bg="indigo.0" p="md" radius="md">
          <Stack gap={6}>
            <Text size="sm">
              <Trans
                t={t}
                i18nKey="invitation.summary"
                values={{
                  inviter: invitation.inviterName ?? t('invitation.someone'),
                  workspace: invitation.workspaceName,
                }}
                components={{ b: <b /> }}
              />
            </Text>
            <Group gap="xs">
              <Text size="sm" c="dimmed">
                {t('invitation.role')}
              </Text>
              <RoleBadge role={invitation.role} />
            </Group>
            <Text size="xs" c="dimmed">
              {t(`common:roleDescriptions.${invitation.role}`)}
            </Text>
          </Stack>
        </Paper>
        <form onSubmit={form.onSubmit((v) => accept.mutate(v))} noValidate>
          <Stack gap="md">
            <Text size="sm">
              {isNew
                ? t('invitation.newAccount', { email: invitation.email })
                : t('invitation.existingAccount', { email: invitation.email })}
            </Text>
            <FormError message={form.formError} />
            {isNew && (
              <TextInput label={t('fields.name')} autoComplete="name" required {...form.text('name')} />
            )}
            <PasswordInput
              label={isNew ? t('fields.choosePassword') : t('fields.password')}
              description={isNew ? t('fields.passwordHint') : undefined}
              autoComplete={isNew ? 'new-password' : 'current-password'}
              required
              {...form.text('password')}
            />
            {isNew && (
              <PasswordInput
                label={t('fields.confirmPassword')}
                autoComplete="new-password"
                required
                {...form.text('confirm')}
              />
            )}
            <Button type="submit" fullWidth loading={accept.isPending}>
              {t('invitation.submit', { workspace: invitation.workspaceName })}
            </Button>
            <Text size="xs" c="dimmed" ta="center">
              {t('invitation.expires', { date: fmt.dateTime(invitation.expiresAt) })}
            </Text>
          </Stack>
        </form>
      </Stack>
    </AuthCard>
  );
}
