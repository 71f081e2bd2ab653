import { ActionIcon, Badge, Button, Group, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../../app/workspace.js';
import { IconMail, IconPencil, IconPlus, IconTrash } from '../../../components/icons.js';
import { useConfirm } from '../../../components/confirm.js';
import { EmptyState, LoadError, Loading, Panel } from '../../../components/ui.js';
import { useDescribeError } from '../../../lib/errors.js';
import { notifyError, notifySuccess } from '../../../lib/notify.js';
import { useDeleteSavedReply, useSavedReplies } from '../inbox.api.js';
import type { SavedReply } from '../inbox.types.js';
import { SavedReplyModal } from './SavedReplyModal.js';

/** The team's canned answers, with variables filled in when picked in the reply box. */
export function SavedRepliesPanel() {
  const { t } = useTranslation('inbox');
  const { id: ws, may } = useWorkspace();
  const describe = useDescribeError();
  const confirm = useConfirm();
  const list = useSavedReplies(ws);
  const remove = useDeleteSavedReply(ws);
  const [editing, setEditing] = useState<SavedReply | 'new' | null>(null);
  const canEdit = may('inbox.handle');

  const body = () => {
    if (list.isPending) return <Loading />;
    if (list.error) return <LoadError error={list.error} onRetry={() => void list.refetch()} />;
    if (!list.data.data.length)
      return <EmptyState icon={IconMail} title={t('saved.empty')} description={t('saved.emptyHint')} />;
    return (
      <Table.ScrollContainer minWidth={640}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('saved.fields.title')}</Table.Th>
              <Table.Th>{t('saved.fields.body')}</Table.Th>
              <Table.Th>{t('saved.fields.language')}</Table.Th>
              <Table.Th>{t('saved.fields.tags')}</Table.Th>
              {canEdit && <Table.Th w={90} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.data.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td fw={600}>{s.title}</Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={2} c="dimmed">
                    {s.body}
                  </Text>
                </Table.Td>
                <Table.Td>{s.language ? s.language.toUpperCase() : t('saved.anyLanguage')}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {s.tags.map((tag) => (
                      <Badge key={tag} size="xs" variant="light" tt="none">
                        {tag}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                {canEdit && (
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <ActionIcon
                        variant="subtle"
                        aria-label={t('saved.edit', { title: s.title })}
                        onClick={() => setEditing(s)}
                      >
                        <IconPencil size={16} />
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('saved.delete', { title: s.title })}
                        onClick={() =>
                          void confirm({
                            title: t('saved.deleteTitle'),
                            message: t('saved.deleteMessage', { title: s.title }),
                            confirmLabel: t('saved.deleteConfirm'),
                            danger: true,
                          }).then(
                            (ok) =>
                              ok &&
                              remove.mutate(s.id, {
                                onSuccess: () => notifySuccess(t('saved.deleted')),
                                onError: (e) => notifyError(describe(e)),
                              }),
                          )
                        }
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  };

  return (
    <Panel
      title={t('saved.title')}
      description={t('saved.description')}
      actions={
        canEdit && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
            {t('saved.new')}
          </Button>
        )
      }
    >
      {body()}
      {editing && (
        <SavedReplyModal reply={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </Panel>
  );
}
