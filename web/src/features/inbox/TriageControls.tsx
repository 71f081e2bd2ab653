import { Button, Group, Select, Stack, TagsInput, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.js';
import { useWorkspace } from '../../app/workspace.js';
import { useDescribeError } from '../../lib/errors.js';
import { notifyError } from '../../lib/notify.js';
import { PriorityBadge, StateBadge } from './badges.js';
import { useTriage } from './inbox.api.js';
import { PRIORITIES, type InboxItem, type Priority, type TriagePatch } from './inbox.types.js';
import type { InboxPeople } from './people.js';

/** Who handles the item, how urgent it is, its tags and its state; read-only without inbox.handle. */
export function TriageControls({ item, people }: { item: InboxItem; people: InboxPeople }) {
  const { t } = useTranslation('inbox');
  const { id: ws, may } = useWorkspace();
  const me = useSession().user;
  const describe = useDescribeError();
  const triage = useTriage(ws);
  const canHandle = may('inbox.handle');
  const [tags, setTags] = useState(item.tags);
  useEffect(() => setTags(item.tags), [item.tags]);

  const apply = (set: TriagePatch) =>
    triage.mutate({ id: item.id, set }, { onError: (e) => notifyError(describe(e)) });
  // An assignee makes a new item "assigned"; clearing it leaves the state alone.
  const assign = (userId: string | null) =>
    apply(
      userId && item.state === 'new' ? { assigneeId: userId, state: 'assigned' } : { assigneeId: userId },
    );

  if (!canHandle)
    return (
      <Stack gap={6}>
        <Group gap={6}>
          <StateBadge state={item.state} />
          <PriorityBadge priority={item.priority} always />
        </Group>
        <Text size="xs" c="dimmed">
          {t('triage.assignee')}: {people.nameOf(item.assigneeId) ?? t('triage.nobody')}
        </Text>
      </Stack>
    );

  const handlers =
    people.handlers.some((h) => h.value === item.assigneeId) || !item.assigneeId
      ? people.handlers
      : [
          ...people.handlers,
          { value: item.assigneeId, label: people.nameOf(item.assigneeId) ?? item.assigneeId },
        ];
  const reopen: TriagePatch = { state: item.assigneeId ? 'assigned' : 'new' };
  const done = ['closed', 'spam', 'answered'].includes(item.state);

  return (
    <Stack gap="xs">
      <Group gap={6} justify="space-between">
        <StateBadge state={item.state} />
        {item.assigneeId !== me.id && (
          <Button size="compact-xs" variant="light" onClick={() => assign(me.id)} loading={triage.isPending}>
            {t('triage.toMe')}
          </Button>
        )}
      </Group>
      <Select
        size="xs"
        label={t('triage.assignee')}
        placeholder={t('triage.nobody')}
        data={handlers}
        value={item.assigneeId}
        onChange={assign}
        clearable
        searchable
      />
      <Select
        size="xs"
        label={t('triage.department')}
        placeholder={t('triage.noDepartment')}
        data={people.departments}
        value={item.departmentId}
        onChange={(v) => apply({ departmentId: v })}
        clearable
      />
      <Select
        size="xs"
        label={t('triage.priority')}
        data={PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) }))}
        value={item.priority}
        onChange={(v) => v && apply({ priority: v as Priority })}
        allowDeselect={false}
      />
      <TagsInput
        size="xs"
        label={t('triage.tags')}
        value={tags}
        onChange={(next) => {
          setTags(next);
          // Each added or removed tag is saved at once, like the other controls.
          if (JSON.stringify(next) !== JSON.stringify(item.tags)) apply({ tags: next });
        }}
        maxTags={20}
        splitChars={[',']}
      />
      <Group gap={6} grow>
        {done ? (
          <Button size="xs" variant="default" onClick={() => apply(reopen)}>
            {t('triage.reopen')}
          </Button>
        ) : (
          <>
            <Button
              size="xs"
              variant="default"
              onClick={() => apply({ state: 'waiting' })}
              disabled={item.state === 'waiting'}
            >
              {t('triage.waiting')}
            </Button>
            <Button size="xs" variant="default" onClick={() => apply({ state: 'closed' })}>
              {t('triage.close')}
            </Button>
          </>
        )}
        {item.state !== 'spam' && (
          <Button size="xs" variant="default" color="red" onClick={() => apply({ state: 'spam' })}>
            {t('triage.spam')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
