import { Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { post } from '../../api/client.js';
import { API } from '../../api/paths.js';
import type { Session } from '../../api/types.js';
import { useApplySession } from '../../app/session.js';
import { TimeZoneSelect } from '../../components/pickers.js';
import { FormError } from '../../components/ui.js';
import { useDescribeError } from '../../lib/errors.js';
import { checks, useForm } from '../../lib/form.js';
import { browserTimeZone } from '../../lib/format.js';
import { currentLanguage } from '../../lib/language.js';
import { AuthCard } from './AuthLayout.js';

interface Values extends Record<string, unknown> {
  name: string;
  email: string;
  password: string;
  workspaceName: string;
  timeZone: string;
}

/** Create an account and its first workspace; the person becomes its owner. */
export default function SignUpPage() {
  const { t } = useTranslation('auth');
  const navigate = useNavigate();
  const applySession = useApplySession();
  const describe = useDescribeError();
  const form = useForm<Values>(
    { name: '', email: '', password: '', workspaceName: '', timeZone: browserTimeZone() },
    (v) => ({
      name: checks.required(v.name) ? undefined : t('common:validation.required'),
      email: checks.email(v.email) ? undefined : t('common:validation.email'),
      password: checks.password(v.password) ? undefined : t('common:validation.password'),
      workspaceName: checks.required(v.workspaceName) ? undefined : t('common:validation.required'),
    }),
  );
  const signUp = useMutation({
    mutationFn: (v: Values) => post<Session>(`${API}/auth/sign-up`, { ...v, locale: currentLanguage() }),
    onSuccess: (s) => {
      applySession(s);
      const first = s.workspaces[0];
      void navigate(first ? `/w/${first.id}` : '/', { replace: true });
    },
    onError: (e) => form.fail(e, describe),
  });

  return (
    <AuthCard title={t('signUp.title')} subtitle={t('signUp.subtitle')}>
      <form onSubmit={form.onSubmit((v) => signUp.mutate(v))} noValidate>
        <Stack gap="md">
          <FormError message={form.formError} />
          <TextInput label={t('fields.name')} autoComplete="name" required {...form.text('name')} />
          <TextInput
            label={t('fields.email')}
            type="email"
            autoComplete="email"
            required
            {...form.text('email')}
          />
          <PasswordInput
            label={t('fields.password')}
            description={t('fields.passwordHint')}
            autoComplete="new-password"
            required
            {...form.text('password')}
          />
          <TextInput
            label={t('fields.workspaceName')}
            description={t('signUp.workspaceHint')}
            autoComplete="organization"
            required
            {...form.text('workspaceName')}
          />
          <TimeZoneSelect
            label={t('fields.timeZone')}
            description={t('signUp.timeZoneHint')}
            value={form.values.timeZone}
            onChange={(v) => form.set('timeZone', v)}
            error={form.error('timeZone')}
          />
          <Button type="submit" fullWidth loading={signUp.isPending} mt="xs">
            {t('signUp.submit')}
          </Button>
          <Text size="sm" ta="center" c="dimmed">
            {t('signUp.haveAccount')}{' '}
            <Anchor component={Link} to="/sign-in" fw={500}>
              {t('signUp.signIn')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthCard>
  );
}
