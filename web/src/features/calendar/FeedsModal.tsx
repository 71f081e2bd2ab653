import {
  Alert,
  Button,
  Code,
  CopyButton,
  Group,
  List,
  Modal,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../app/workspace.js';
import { useConfirm } from '../../components/confirm.js';
import { IconAlert, IconCheck, IconCopy, IconTrash } from '../../components/icons.js';
import { LoadError, Loading } from '../../components/ui.js';
import { useDescribeError } from '../../lib/errors.js';
import { useFormat } from '../../lib/format.js';
import { notifyError, notifySuccess } from '../../lib/notify.js';
import { useCreateFeed, useFeeds, useRevokeFeed } from './calendar.api.js';
import type { CalendarFeed } from './calendar.types.js';

/** An absolute address, whether the server sends one or a path. */
function absolute(url: string): string {
  return /^https?:\/\//.test(url) ? url : `${window.location.origin}${url.startsWith('/') ? '' : '/'}${url}`;
}

/** The person's iCalendar feeds: create (address shown once), list, revoke; how to subscribe. */
export function FeedsModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('calendar');
  const { id } = useWorkspace();
  const fmt = useFormat();
  const confirm = useConfirm();
  const describe = useDescribeError();
  const feeds = useFeeds(id, opened);
  const create = useCreateFeed(id);
  const revoke = useRevokeFeed(id);
  const [label, setLabel] = useState('');
  const [created, setCreated] = useState<CalendarFeed | null>(null);

  const close = () => {
    setCreated(null);
    setLabel('');
    create.reset();
    onClose();
  };
  const submit = () => {
    const l = label.trim();
    if (!l) return;
    create.mutate(l, {
      onSuccess: (res) => {
        setCreated(res.data);
        setLabel('');
      },
    });
  };
  const askRevoke = async (f: CalendarFeed) => {
    const ok = await confirm({
      title: t('feeds.revokeTitle'),
      message: t('feeds.revokeBody', { label: f.label }),
      confirmLabel: t('feeds.revoke'),
      danger: true,
    });
    if (ok)
      revoke.mutate(f.id, {
        onSuccess: () => notifySuccess(t('feeds.revoked', { label: f.label })),
        onError: (e) => notifyError(describe(e)),
      });
  };

  return (
    <Modal opened={opened} onClose={close} title={t('feeds.title')} size="lg">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('feeds.description')}
        </Text>
        {created?.url && (
          <Alert
            color="yellow"
            variant="light"
            icon={<IconAlert />}
            title={t('feeds.createdTitle', { label: created.label })}
          >
            <Stack gap="xs">
              <Text size="sm">{t('feeds.once')}</Text>
              <Group gap="xs" wrap="nowrap" align="stretch">
                <Code
                  block
                  style={{ flex: 1, wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}
                  data-testid="feed-url"
                >
                  {absolute(created.url)}
                </Code>
                <CopyButton value={absolute(created.url)}>
                  {({ copied, copy }) => (
                    <Button
                      onClick={copy}
                      variant={copied ? 'light' : 'filled'}
                      color={copied ? 'teal' : undefined}
                      leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                    >
                      {copied ? t('feeds.copied') : t('feeds.copy')}
                    </Button>
                  )}
                </CopyButton>
              </Group>
            </Stack>
          </Alert>
        )}
        <form
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <Group align="flex-end" gap="xs">
            <TextInput
              label={t('feeds.label')}
              placeholder={t('feeds.labelPlaceholder')}
              value={label}
              onChange={(e) => setLabel(e.currentTarget.value)}
              maxLength={100}
              error={create.error ? describe(create.error) : undefined}
              style={{ flex: 1 }}
            />
            <Button type="submit" loading={create.isPending} disabled={!label.trim()}>
              {t('feeds.create')}
            </Button>
          </Group>
        </form>
        {feeds.isPending ? (
          <Loading />
        ) : feeds.error ? (
          <LoadError error={feeds.error} onRetry={() => void feeds.refetch()} />
        ) : feeds.data.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('feeds.none')}
          </Text>
        ) : (
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('feeds.label')}</Table.Th>
                <Table.Th>{t('feeds.created')}</Table.Th>
                <Table.Th>{t('feeds.lastUsed')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {feeds.data.map((f) => (
                <Table.Tr key={f.id}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {f.label}
                    </Text>
                    {f.url && (
                      <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
                        {f.url}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{fmt.dateTime(f.createdAt)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{f.lastUsedAt ? fmt.dateTime(f.lastUsedAt) : t('feeds.never')}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color="red"
                      leftSection={<IconTrash size={14} />}
                      onClick={() => void askRevoke(f)}
                    >
                      {t('feeds.revoke')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('feeds.howTitle')}
          </Text>
          <List size="sm" spacing={4}>
            <List.Item>{t('feeds.howGoogle')}</List.Item>
            <List.Item>{t('feeds.howOutlook')}</List.Item>
            <List.Item>{t('feeds.howApple')}</List.Item>
          </List>
          <Text size="xs" c="dimmed">
            {t('feeds.howNote')}
          </Text>
        </Stack>
      </Stack>
    </Modal>
  );
}
