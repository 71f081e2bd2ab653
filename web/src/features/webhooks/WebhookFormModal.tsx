import {
  Button,
  Checkbox,
  Group,
  Modal,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { patch, post } from '../../api/client.js';
import { wsPath } from '../../api/paths.js';
import { useWorkspace } from '../../app/workspace.js';
import { FormError } from '../../components/ui.js';
import { useDescribeError } from '../../lib/errors.js';
import { checks, useForm } from '../../lib/form.js';
import { notifySuccess } from '../../lib/notify.js';
import { SecretOnce } from './SecretOnce.js';
import {
  EVENT_TYPES,
  WEBHOOK_KINDS,
  webhooksKey,
  type EventType,
  type Webhook,
  type WebhookKind,
  type WebhookWithSecret,
} from './webhooks.api.js';

interface Values extends Record<string, unknown> {
  url: string;
  kind: WebhookKind;
  description: string;
  events: EventType[];
}

/** Adds a webhook (then shows its secret once) or changes one. */
export function WebhookFormModal({
  opened,
  editing,
  onClose,
}: {
  opened: boolean;
  editing: Webhook | null;
  onClose: () => void;
}) {
  const { t } = useTranslation('webhooks');
  const [secret, setSecret] = useState<string | null>(null);
  const close = () => {
    setSecret(null);
    onClose();
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={secret ? t('secret.title') : editing ? t('form.editTitle') : t('form.createTitle')}
      size="lg"
      centered
      closeOnClickOutside={!secret}
    >
      {opened &&
        (secret ? (
          <SecretOnce secret={secret} onDone={close} />
        ) : (
          <WebhookForm editing={editing} onCreated={setSecret} onClose={close} />
        ))}
    </Modal>
  );
}

function WebhookForm({
  editing,
  onCreated,
  onClose,
}: {
  editing: Webhook | null;
  onCreated: (secret: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('webhooks');
  const { id } = useWorkspace();
  const qc = useQueryClient();
  const describe = useDescribeError();
  const form = useForm<Values>(
    {
      url: editing?.url ?? '',
      kind: editing?.kind ?? 'generic',
      description: editing?.description ?? '',
      events: editing?.events ?? ['post.published', 'post.failed'],
    },
    (v) => ({
      url: checks.required(v.url) ? undefined : t('common:validation.required'),
      events: v.events.length ? undefined : t('form.eventsRequired'),
    }),
  );
  const save = useMutation({
    mutationFn: async (v: Values): Promise<{ data: Webhook; secret?: string }> =>
      editing
        ? patch<{ data: Webhook }>(wsPath(id, `/webhooks/${encodeURIComponent(editing.id)}`), v)
        : post<WebhookWithSecret>(wsPath(id, '/webhooks'), v),
    onSuccess: async (res) => {
      await qc.invalidateQueries({ queryKey: webhooksKey(id) });
      if (res.secret !== undefined) onCreated(res.secret);
      else {
        notifySuccess(t('form.saved'));
        onClose();
      }
    },
    onError: (e) => form.fail(e, describe),
  });
  const toggle = (e: EventType, on: boolean) =>
    form.set('events', on ? [...form.values.events, e] : form.values.events.filter((x) => x !== e));

  return (
    <form onSubmit={form.onSubmit((v) => save.mutate(v))} noValidate>
      <Stack gap="md">
        <FormError message={form.formError} />
        <div>
          <Text size="sm" fw={500} mb={4}>
            {t('form.kind')}
          </Text>
          <SegmentedControl
            fullWidth
            value={form.values.kind}
            onChange={(v) => form.set('kind', v as WebhookKind)}
            data={WEBHOOK_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}.label`) }))}
          />
          <Text size="xs" c="dimmed" mt={4}>
            {t(`kinds.${form.values.kind}.hint`)}
          </Text>
        </div>
        <TextInput
          label={t('form.url')}
          description={t(`kinds.${form.values.kind}.urlHint`)}
          placeholder="https://"
          required
          data-autofocus
          {...form.text('url')}
        />
        <TextInput
          label={t('form.description')}
          placeholder={t('form.descriptionPlaceholder')}
          {...form.text('description')}
        />
        <div>
          <Text size="sm" fw={500} mb={6}>
            {t('form.events')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
            {EVENT_TYPES.map((e) => (
              <Checkbox
                key={e}
                label={t(`events.${e}`)}
                checked={form.values.events.includes(e)}
                onChange={(ev) => toggle(e, ev.currentTarget.checked)}
              />
            ))}
          </SimpleGrid>
          {form.error('events') && (
            <Text size="xs" c="red" mt={4}>
              {form.error('events')}
            </Text>
          )}
        </div>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {editing ? t('form.save') : t('form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
