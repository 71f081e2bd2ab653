import { Button, Group, Menu, Popover, Stack, TagsInput, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../app/workspace.js';
import { useSession } from '../../app/session.js';
import { useDescribeError } from '../../lib/errors.js';
import { notifyError, notifySuccess } from '../../lib/notify.js';
import { useBulkTriage } from './inbox.api.js';
import type { InboxItem, TriagePatch } from './inbox.types.js';
import type { InboxPeople } from './people.js';

/** Actions on every ticked item at once: assign, close, spam, tag. */
export function BulkBar({
  selected,
  items,
  people,
  onDone,
}: {
  selected: string[];
  items: InboxItem[];
  people: InboxPeople;
  onDone: () => void;
}) {
  const { t } = useTranslation('inbox');
  const { id: ws } = useWorkspace();
  const me = useSession().user;
  const describe = useDescribeError();
  const bulk = useBulkTriage(ws);
  const [tags, setTags] = useState<string[]>([]);
  const [tagOpen, setTagOpen] = useState(false);

  const apply = (set: TriagePatch) =>
    bulk.mutate(
      { ids: selected, set },
      {
        onSuccess: () => {
          notifySuccess(t('bulk.done', { count: selected.length }));
          onDone();
        },
        onError: (e) => notifyError(describe(e)),
      },
    );
  // Tags are added to each item's own, not replacing them: the API sets the whole list per item.
  const addTags = async () => {
    const byId = new Map(items.map((i) => [i.id, i]));
    const groups = new Map<string, string[]>();
    for (const id of selected) {
      const merged = [...new Set([...(byId.get(id)?.tags ?? []), ...tags])].sort();
      const key = JSON.stringify(merged);
      groups.set(key, [...(groups.get(key) ?? []), id]);
    }
    try {
      for (const [key, ids] of groups)
        await bulk.mutateAsync({ ids, set: { tags: JSON.parse(key) as string[] } });
      notifySuccess(t('bulk.done', { count: selected.length }));
      setTags([]);
      setTagOpen(false);
      onDone();
    } catch (e) {
      notifyError(describe(e));
    }
  };

  return (
    <Group
      gap={6}
      px="sm"
      py={6}
      bg="blue.0"
      style={{ borderBottom: '1px solid var(--mantine-color-blue-2)' }}
    >
      <Text size="xs" fw={600} mr="auto">
        {t('bulk.selected', { count: selected.length })}
      </Text>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button size="compact-xs" variant="default" loading={bulk.isPending}>
            {t('bulk.assign')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown mah={300} style={{ overflowY: 'auto' }}>
          <Menu.Item onClick={() => apply({ assigneeId: me.id, state: 'assigned' })}>
            {t('triage.toMe')}
          </Menu.Item>
          <Menu.Item onClick={() => apply({ assigneeId: null })}>{t('triage.unassign')}</Menu.Item>
          {people.handlers.length > 0 && <Menu.Divider />}
          {people.handlers
            .filter((h) => h.value !== me.id)
            .map((h) => (
              <Menu.Item key={h.value} onClick={() => apply({ assigneeId: h.value, state: 'assigned' })}>
                {h.label}
              </Menu.Item>
            ))}
          {people.departments.length > 0 && <Menu.Label>{t('triage.department')}</Menu.Label>}
          {people.departments.map((d) => (
            <Menu.Item key={d.value} onClick={() => apply({ departmentId: d.value })}>
              {d.label}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <Popover opened={tagOpen} onChange={setTagOpen} position="bottom-end" withinPortal trapFocus>
        <Popover.Target>
          <Button size="compact-xs" variant="default" onClick={() => setTagOpen((o) => !o)}>
            {t('bulk.tag')}
          </Button>
        </Popover.Target>
        <Popover.Dropdown>
          <Stack gap="xs" w={240}>
            <TagsInput size="xs" label={t('bulk.tagsToAdd')} value={tags} onChange={setTags} maxTags={20} />
            <Button size="xs" disabled={!tags.length} loading={bulk.isPending} onClick={() => void addTags()}>
              {t('bulk.addTags')}
            </Button>
          </Stack>
        </Popover.Dropdown>
      </Popover>
      <Button size="compact-xs" variant="default" onClick={() => apply({ state: 'closed' })}>
        {t('bulk.close')}
      </Button>
      <Button size="compact-xs" variant="default" color="red" onClick={() => apply({ state: 'spam' })}>
        {t('bulk.spam')}
      </Button>
      <Button size="compact-xs" variant="subtle" onClick={onDone}>
        {t('bulk.clear')}
      </Button>
    </Group>
  );
}
