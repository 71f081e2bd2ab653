import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { post } from '../../api/client.js';
import { API } from '../../api/paths.js';
import { IconMail } from '../../components/icons.js';
import { FormError } from '../../components/ui.js';
import { useDescribeError } from '../../lib/errors.js';
import { checks, useForm } from '../../lib/form.js';
import { currentLanguage } from '../../lib/language.js';
import { AuthCard } from './AuthLayout.js';

/** Ask for a reset link; the answer is the same whether or not the address has an account. */
export default function ForgotPasswordPage() {
  const { t } = useTranslation('auth');
  const describe = useDescribeError();
  const form = useForm({ email: '' }, (v) => ({
    email: checks.email(v.email) ? undefined : t('common:validation.email'),
  }));
  const request = useMutation({
    mutationFn: (v: { email: string }) =>
      post<Record<string, never>>(`${API}/auth/password-reset`, { ...v, locale: currentLanguage() }),
    onError: (e) => form.fail(e, describe),
  });

  return (
    <AuthCard title={t('forgot.title')} subtitle={t('forgot.subtitle')}>
      {request.isSuccess ? (
        <Stack gap="md">
          <Alert color="teal" variant="light" icon={<IconMail />} title={t('forgot.sentTitle')} role="status">
            {t('forgot.sent', { email: form.values.email })}
          </Alert>
          <Anchor component={Link} to="/sign-in" size="sm">
            {t('forgot.back')}
          </Anchor>
        </Stack>
      ) : (
        <form onSubmit={form.onSubmit((v) => request.mutate(v))} noValidate>
          <Stack gap="md">
            <FormError message={form.formError} />
            <TextInput
              label={t('fields.email')}
              type="email"
              autoComplete="email"
              required
              {...form.text('email')}
            />
            <Button type="submit" fullWidth loading={request.isPending}>
              {t('forgot.submit')}
            </Button>
            <Text size="sm" ta="center">
              <Anchor component={Link} to="/sign-in">
                {t('forgot.back')}
              </Anchor>
            </Text>
          </Stack>
        </form>
      )}
    </AuthCard>
  );
}
