import { Alert, Anchor, Button, PasswordInput, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { ApiError, post } from '../../api/client.js';
import { API } from '../../api/paths.js';
import { IconAlert } from '../../components/icons.js';
import { FormError } from '../../components/ui.js';
import { useDescribeError } from '../../lib/errors.js';
import { checks, useForm } from '../../lib/form.js';
import { AuthCard } from './AuthLayout.js';

/** Choose a new password from the link in the reset e-mail (/reset-password?token=…). */
export default function ResetPasswordPage() {
  const { t } = useTranslation('auth');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const navigate = useNavigate();
  const describe = useDescribeError();
  const [badToken, setBadToken] = useState(false);
  const form = useForm({ password: '', confirm: '' }, (v) => ({
    password: checks.password(v.password) ? undefined : t('common:validation.password'),
    confirm: v.confirm === v.password ? undefined : t('common:validation.mismatch'),
  }));
  const confirm = useMutation({
    mutationFn: (password: string) => post<void>(`${API}/auth/password-reset/confirm`, { token, password }),
    onSuccess: () => void navigate('/sign-in?reset=1', { replace: true }),
    onError: (e) => {
      // The server names `token` (or answers 404) when the link is unknown, used or older than an hour.
      if (e instanceof ApiError && (e.fieldMessage('token') !== undefined || e.status === 404))
        setBadToken(true);
      else form.fail(e, describe);
    },
  });

  if (!token) {
    return (
      <AuthCard title={t('reset.title')}>
        <Stack>
          <Alert color="red" variant="light" icon={<IconAlert />}>
            {t('reset.noToken')}
          </Alert>
          <Anchor component={Link} to="/forgot-password" size="sm">
            {t('reset.again')}
          </Anchor>
        </Stack>
      </AuthCard>
    );
  }
  return (
    <AuthCard title={t('reset.title')} subtitle={t('reset.subtitle')}>
      <form onSubmit={form.onSubmit((v) => confirm.mutate(v.password))} noValidate>
        <Stack gap="md">
          <FormError message={form.formError} />
          {badToken && (
            <Alert color="red" variant="light" icon={<IconAlert />}>
              {t('reset.badToken')}{' '}
              <Anchor component={Link} to="/forgot-password" size="sm">
                {t('reset.again')}
              </Anchor>
            </Alert>
          )}
          <PasswordInput
            label={t('fields.newPassword')}
            description={t('fields.passwordHint')}
            autoComplete="new-password"
            required
            {...form.text('password')}
          />
          <PasswordInput
            label={t('fields.confirmPassword')}
            autoComplete="new-password"
            required
            {...form.text('confirm')}
          />
          <Button type="submit" fullWidth loading={confirm.isPending}>
            {t('reset.submit')}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
