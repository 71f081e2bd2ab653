import { Alert, Button, Code, CopyButton, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../../api/client.js';
import { keys, wsPath } from '../../api/paths.js';
import type { ApiTokenCreated, Role } from '../../api/types.js';
import { useWorkspace } from '../../app/workspace.js';
import { IconAlert, IconCheck, IconCopy } from '../../components/icons.js';
import { useRoleOptionRenderer, useRoleOptions } from '../../components/roles.js';
import { FormError } from '../../components/ui.js';
import { useDescribeError } from '../../lib/errors.js';
import { checks, useForm } from '../../lib/form.js';

const EXPIRIES = ['30', '90', '365', 'never'] as const;
type Expiry = (typeof EXPIRIES)[number];

interface Values extends Record<string, unknown> {
  name: string;
  role: Role;
  expiry: Expiry;
}

/** Create a token: name, role (never more than one's own), expiry; the secret is shown once. */
export function CreateTokenModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('tokens');
  const [created, setCreated] = useState<ApiTokenCreated | null>(null);
  const close = () => {
    setCreated(null);
    onClose();
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={created ? t('secret.title') : t('create.title')}
      size="lg"
      centered
      closeOnClickOutside={!created}
    >
      {opened &&
        (created ? (
          <SecretOnce created={created} onClose={close} />
        ) : (
          <CreateForm onCreated={setCreated} onClose={close} />
        ))}
    </Modal>
  );
}

function CreateForm({
  onCreated,
  onClose,
}: {
  onCreated: (c: ApiTokenCreated) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('tokens');
  const { id, role, grantableRoles } = useWorkspace();
  const qc = useQueryClient();
  const describe = useDescribeError();
  const roles = grantableRoles;
  const roleOptions = useRoleOptions(roles);
  const renderRole = useRoleOptionRenderer();
  // Least privilege by default: read-only when the person may grant it, else their own role.
  const initialRole: Role = roles.includes('analyst') ? 'analyst' : role;
  const form = useForm<Values>({ name: '', role: initialRole, expiry: '90' }, (v) => ({
    name: checks.required(v.name) ? undefined : t('common:validation.required'),
  }));
  const create = useMutation({
    mutationFn: (v: Values) => {
      const expiresAt =
        v.expiry === 'never' ? undefined : new Date(Date.now() + Number(v.expiry) * 86_400_000).toISOString();
      return post<ApiTokenCreated>(wsPath(id, '/api-tokens'), {
        name: v.name,
        role: v.role,
        ...(expiresAt ? { expiresAt } : {}),
      });
    },
    onSuccess: async (c) => {
      await qc.invalidateQueries({ queryKey: keys.apiTokens(id) });
      onCreated(c);
    },
    onError: (e) => form.fail(e, describe),
  });

  return (
    <form onSubmit={form.onSubmit((v) => create.mutate(v))} noValidate>
      <Stack gap="md">
        <FormError message={form.formError} />
        <TextInput
          label={t('create.name')}
          description={t('create.nameHint')}
          placeholder={t('create.namePlaceholder')}
          required
          data-autofocus
          {...form.text('name')}
        />
        <Select
          label={t('create.role')}
          description={t('create.roleHint')}
          data={roleOptions}
          renderOption={renderRole}
          value={form.values.role}
          onChange={(v) => v && form.set('role', v as Role)}
          allowDeselect={false}
          error={form.error('role')}
        />
        <Select
          label={t('create.expiry')}
          data={EXPIRIES.map((e) => ({ value: e, label: t(`create.expiries.${e}`) }))}
          value={form.values.expiry}
          onChange={(v) => v && form.set('expiry', v as Expiry)}
          allowDeselect={false}
          error={form.error('expiresAt')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function SecretOnce({ created, onClose }: { created: ApiTokenCreated; onClose: () => void }) {
  const { t } = useTranslation('tokens');
  return (
    <Stack gap="md">
      <Alert color="yellow" variant="light" icon={<IconAlert />}>
        {t('secret.once')}
      </Alert>
      <Text size="sm" fw={500}>
        {created.data.name}
      </Text>
      <Group gap="xs" wrap="nowrap" align="stretch">
        <Code
          block
          style={{ flex: 1, wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}
          aria-label={t('secret.label')}
        >
          {created.secret}
        </Code>
        <CopyButton value={created.secret}>
          {({ copied, copy }) => (
            <Button
              onClick={copy}
              variant={copied ? 'light' : 'filled'}
              color={copied ? 'teal' : undefined}
              leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
            >
              {copied ? t('secret.copied') : t('secret.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Text size="sm" c="dimmed">
        {t('secret.usage')}
      </Text>
      <Code
        block
      >{`curl -H "Authorization: Bearer ${created.data.prefix}…" ${window.location.origin}/api/v1/workspaces/…`}</Code>
      <Group justify="flex-end">
        <Button onClick={onClose}>{t('secret.done')}</Button>
      </Group>
    </Stack>
  );
}
