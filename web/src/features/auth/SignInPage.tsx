import { Anchor, Button, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { ApiError, post } from '../../api/client.js';
import { API } from '../../api/paths.js';
import type { Session } from '../../api/types.js';
import { safeNext } from '../../app/guards.js';
import { useApplySession } from '../../app/session.js';
import { FormError } from '../../components/ui.js';
import { useDescribeError } from '../../lib/errors.js';
import { checks, useForm } from '../../lib/form.js';
import { AuthCard } from './AuthLayout.js';

/** Sign in with e-mail and password, then back to where the person was going. */
export default function SignInPage() {
  const { t } = useTranslation('auth');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const applySession = useApplySession();
  const describe = useDescribeError();
  const form = useForm({ email: '', password: '' }, (v) => ({
    email: checks.email(v.email) ? undefined : t('common:validation.email'),
    password: v.password ? undefined : t('common:validation.required'),
  }));
  const signIn = useMutation({
    mutationFn: (v: { email: string; password: string }) => post<Session>(`${API}/auth/sign-in`, v),
    onSuccess: (s) => {
      applySession(s);
      void navigate(safeNext(params.get('next')), { replace: true });
    },
    onError: (e) => {
      // Wrong e-mail and wrong password get the same answer, on purpose (no account enumeration).
      if (e instanceof ApiError && e.status === 401) form.fail(new Error(), () => t('signIn.wrong'));
      else form.fail(e, describe);
    },
  });
  const reset = params.get('reset') === '1';

  return (
    <AuthCard title={t('signIn.title')} subtitle={t('signIn.subtitle')}>
      <form onSubmit={form.onSubmit((v) => signIn.mutate(v))} noValidate>
        <Stack gap="md">
          {reset && (
            <Text size="sm" c="teal.8" role="status">
              {t('reset.done')}
            </Text>
          )}
          <FormError message={form.formError} />
          <TextInput
            label={t('fields.email')}
            type="email"
            autoComplete="email"
            required
            {...form.text('email')}
          />
          <PasswordInput
            label={t('fields.password')}
            autoComplete="current-password"
            required
            {...form.text('password')}
          />
          <Group justify="flex-end" mt={-6}>
            <Anchor component={Link} to="/forgot-password" size="sm">
              {t('signIn.forgot')}
            </Anchor>
          </Group>
          <Button type="submit" fullWidth loading={signIn.isPending}>
            {t('signIn.submit')}
          </Button>
          <Text size="sm" ta="center" c="dimmed">
            {t('signIn.noAccount')}{' '}
            <Anchor component={Link} to="/sign-up" fw={500}>
              {t('signIn.signUp')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthCard>
  );
}
