import { ActionIcon, Badge, Button, Group, Stack, Switch, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../../app/workspace.js';
import { useConfirm } from '../../../components/confirm.js';
import { IconChevronDown, IconPencil, IconPlus, IconSettings, IconTrash } from '../../../components/icons.js';
import { EmptyState, LoadError, Loading, Panel } from '../../../components/ui.js';
import { useDescribeError } from '../../../lib/errors.js';
import { notifyError, notifySuccess } from '../../../lib/notify.js';
import { useDeleteRule, useReorderRules, useRules, useSaveRule } from '../inbox.api.js';
import type { RoutingRule } from '../inbox.types.js';
import { useInboxPeople } from '../people.js';
import { formToInput, moveId, ruleToForm } from './rule-form.js';
import { RuleModal } from './RuleModal.js';
import { RuleTester } from './RuleTester.js';
import { RuleSummary } from './RuleSummary.js';

/** Routing rules, run top to bottom on each new message; admins edit and reorder them. */
export function RulesPanel() {
  const { t } = useTranslation('inbox');
  const { id: ws, may } = useWorkspace();
  const describe = useDescribeError();
  const confirm = useConfirm();
  const people = useInboxPeople();
  const rules = useRules(ws);
  const save = useSaveRule(ws);
  const remove = useDeleteRule(ws);
  const reorder = useReorderRules(ws);
  const [editing, setEditing] = useState<RoutingRule | 'new' | null>(null);
  const canEdit = may('workspace.update');
  const fail = (e: unknown) => notifyError(describe(e));

  const list = () => {
    if (rules.isPending) return <Loading />;
    if (rules.error) return <LoadError error={rules.error} onRetry={() => void rules.refetch()} />;
    if (!rules.data.length)
      return <EmptyState icon={IconSettings} title={t('rules.empty')} description={t('rules.emptyHint')} />;
    const ids = rules.data.map((r) => r.id);
    return (
      <Stack gap={0}>
        {rules.data.map((r, i) => (
          <Group
            key={r.id}
            gap="sm"
            py="sm"
            wrap="nowrap"
            align="flex-start"
            style={{
              borderTop: i ? '1px solid var(--mantine-color-gray-2)' : undefined,
              opacity: r.enabled ? 1 : 0.6,
            }}
            data-rule={r.name}
          >
            <Badge variant="light" color="gray" radius="sm" mt={2}>
              {i + 1}
            </Badge>
            <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
              <Group gap={6}>
                <Text fw={600} size="sm">
                  {r.name}
                </Text>
                {r.stopProcessing && (
                  <Badge size="xs" variant="outline" color="gray" tt="none">
                    {t('rules.stops')}
                  </Badge>
                )}
              </Group>
              <RuleSummary rule={r} people={people} />
            </Stack>
            {canEdit && (
              <Group gap={4} wrap="nowrap">
                <Switch
                  size="xs"
                  checked={r.enabled}
                  aria-label={t('rules.enabled')}
                  onChange={(e) =>
                    save.mutate(
                      { id: r.id, ...formToInput({ ...ruleToForm(r), enabled: e.currentTarget.checked }) },
                      { onError: fail },
                    )
                  }
                />
                <ActionIcon
                  variant="subtle"
                  aria-label={t('rules.up', { name: r.name })}
                  disabled={i === 0 || reorder.isPending}
                  onClick={() => reorder.mutate(moveId(ids, i, -1), { onError: fail })}
                >
                  <IconChevronDown size={16} style={{ transform: 'rotate(180deg)' }} />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  aria-label={t('rules.down', { name: r.name })}
                  disabled={i === ids.length - 1 || reorder.isPending}
                  onClick={() => reorder.mutate(moveId(ids, i, 1), { onError: fail })}
                >
                  <IconChevronDown size={16} />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  aria-label={t('rules.edit', { name: r.name })}
                  onClick={() => setEditing(r)}
                >
                  <IconPencil size={16} />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('rules.delete', { name: r.name })}
                  onClick={() =>
                    void confirm({
                      title: t('rules.deleteTitle'),
                      message: t('rules.deleteMessage', { name: r.name }),
                      confirmLabel: t('rules.deleteConfirm'),
                      danger: true,
                    }).then(
                      (ok) =>
                        ok &&
                        remove.mutate(r.id, {
                          onSuccess: () => notifySuccess(t('rules.deleted')),
                          onError: fail,
                        }),
                    )
                  }
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
            )}
          </Group>
        ))}
      </Stack>
    );
  };

  return (
    <Stack gap="lg">
      <Panel
        title={t('rules.title')}
        description={t('rules.description')}
        actions={
          canEdit && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
              {t('rules.new')}
            </Button>
          )
        }
      >
        {list()}
      </Panel>
      <RuleTester rules={rules.data ?? []} people={people} />
      {editing && (
        <RuleModal
          rule={editing === 'new' ? null : editing}
          people={people}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
