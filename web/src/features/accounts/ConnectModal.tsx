import { Button, Group, Modal, PasswordInput, SegmentedControl, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { post } from '../../api/client.js';
import { wsPath } from '../../api/paths.js';
import { useWorkspace } from '../../app/workspace.js';
import { FormError } from '../../components/ui.js';
import { useDescribeError } from '../../lib/errors.js';
import { checks, useForm } from '../../lib/form.js';
import { notifySuccess } from '../../lib/notify.js';
import {
  NETWORKS,
  accountsKey,
  type ConnectBody,
  type ConnectedAccount,
  type Network,
} from './accounts.api.js';

interface Values extends Record<string, unknown> {
  network: Network;
  handle: string;
  appPassword: string;
  service: string;
  instanceUrl: string;
  accessToken: string;
}

function bodyOf(v: Values): ConnectBody {
  if (v.network === 'bluesky') {
    return {
      network: 'bluesky',
      handle: v.handle.trim().replace(/^@/, ''),
      appPassword: v.appPassword.trim(),
      ...(v.service.trim() ? { service: v.service.trim() } : {}),
    };
  }
  return { network: 'mastodon', instanceUrl: v.instanceUrl.trim(), accessToken: v.accessToken.trim() };
}

/**
 * Connect a new account, or (with `account`) give an existing one new credentials. The secret fields
 * are password inputs and are cleared when the modal closes: the browser never keeps them.
 */
export function ConnectModal({
  opened,
  onClose,
  account,
}: {
  opened: boolean;
  onClose: () => void;
  account?: ConnectedAccount;
}) {
  const { t } = useTranslation('accounts');
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={account ? t('reconnect.title', { handle: account.handle }) : t('connect.title')}
      size="lg"
      centered
    >
      {opened && <ConnectForm onClose={onClose} {...(account ? { account } : {})} />}
    </Modal>
  );
}

function ConnectForm({ onClose, account }: { onClose: () => void; account?: ConnectedAccount }) {
  const { t } = useTranslation('accounts');
  const { id } = useWorkspace();
  const qc = useQueryClient();
  const describe = useDescribeError();
  const initialNetwork: Network = account?.network === 'mastodon' ? 'mastodon' : 'bluesky';
  const form = useForm<Values>(
    {
      network: initialNetwork,
      handle: account?.network === 'bluesky' ? account.handle : '',
      appPassword: '',
      service: '',
      instanceUrl: '',
      accessToken: '',
    },
    (v) => {
      const required = t('common:validation.required');
      if (v.network === 'bluesky') {
        return {
          handle: checks.required(v.handle) ? undefined : required,
          appPassword: checks.required(v.appPassword) ? undefined : required,
        };
      }
      return {
        instanceUrl: checks.required(v.instanceUrl) ? undefined : required,
        accessToken: checks.required(v.accessToken) ? undefined : required,
      };
    },
  );
  const save = useMutation({
    mutationFn: (v: Values) =>
      post<{ data: ConnectedAccount }>(
        wsPath(id, account ? `/accounts/${encodeURIComponent(account.id)}/reconnect` : '/accounts'),
        bodyOf(v),
      ),
    onSuccess: async (res) => {
      await qc.invalidateQueries({ queryKey: accountsKey(id) });
      notifySuccess(t(account ? 'reconnect.done' : 'connect.done', { handle: res.data.handle }));
      onClose();
    },
    onError: (e) => form.fail(e, describe),
  });
  const network = form.values.network;

  return (
    <form onSubmit={form.onSubmit((v) => save.mutate(v))} noValidate>
      <Stack gap="md">
        <FormError message={form.formError} />
        {!account && (
          <SegmentedControl
            aria-label={t('connect.network')}
            data={NETWORKS.map((n) => ({ value: n, label: t(`networks.${n}`) }))}
            value={network}
            onChange={(v) => form.set('network', v as Network)}
          />
        )}
        {network === 'bluesky' ? (
          <>
            <TextInput
              label={t('fields.handle')}
              description={t('fields.handleHint')}
              placeholder="name.bsky.social"
              required
              data-autofocus
              autoComplete="username"
              {...form.text('handle')}
            />
            <PasswordInput
              label={t('fields.appPassword')}
              description={t('fields.appPasswordHint')}
              placeholder="xxxx-xxxx-xxxx-xxxx"
              required
              autoComplete="off"
              {...form.text('appPassword')}
            />
            <TextInput
              label={t('fields.service')}
              description={t('fields.serviceHint')}
              placeholder="https://bsky.social"
              {...form.text('service')}
            />
          </>
        ) : (
          <>
            <TextInput
              label={t('fields.instanceUrl')}
              description={t('fields.instanceUrlHint')}
              placeholder="https://mastodon.social"
              required
              data-autofocus
              {...form.text('instanceUrl')}
            />
            <PasswordInput
              label={t('fields.accessToken')}
              description={t('fields.accessTokenHint')}
              required
              autoComplete="off"
              {...form.text('accessToken')}
            />
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {account ? t('reconnect.submit') : t('connect.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
