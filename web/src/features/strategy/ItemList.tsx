import { Accordion, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfirm } from '../../components/confirm.js';
import { IconPlus, IconTrash } from '../../components/icons.js';
import { EmptyState } from '../../components/ui.js';
import { useDescribeError } from '../../lib/errors.js';
import { notifyError } from '../../lib/notify.js';
import { useBuilder } from './builder-context.js';

/** Scrolls to the element of `id` once it is drawn (a completeness gap opened this item). */
export function useScrollToFocus(present: boolean, id: string | null): void {
  useEffect(() => {
    if (!present || !id) return;
    const timer = setTimeout(
      () => document.getElementById(`item-${id}`)?.scrollIntoView({ behavior: 'smooth', block: 'center' }),
      150,
    );
    return () => clearTimeout(timer);
  }, [present, id]);
}

interface Props<T extends { id: string }> {
  items: T[];
  label: (item: T) => string;
  /** Badges or a short summary beside the label. */
  meta?: (item: T) => ReactNode;
  render: (item: T) => ReactNode;
  /** Creates one item and returns its id (it opens). */
  onAdd?: () => Promise<string>;
  addLabel: string;
  onDelete?: (item: T) => Promise<unknown>;
  deleteLabel?: string;
  emptyTitle: string;
  emptyHint?: string;
  /** Inside a group (an objective, an action): an empty list is one line, not a large empty state. */
  compact?: boolean;
}

/**
 * The list of one step's items: each opens to its autosaved fields; new items open at once; the
 * item a gap points at opens and scrolls into view.
 */
export function ItemList<T extends { id: string }>(p: Props<T>) {
  const { t } = useTranslation('strategy');
  const { write, focusId } = useBuilder();
  const confirm = useConfirm();
  const describe = useDescribeError();
  const [open, setOpen] = useState<string[]>(() => (focusId ? [focusId] : []));
  const [adding, setAdding] = useState(false);
  const focused = p.items.some((i) => i.id === focusId);
  useScrollToFocus(focused, focusId);
  useEffect(() => {
    if (focusId) setOpen((o) => (o.includes(focusId) ? o : [...o, focusId]));
  }, [focusId]);

  const add = () => {
    if (!p.onAdd) return;
    setAdding(true);
    p.onAdd().then(
      (id) => {
        setAdding(false);
        setOpen((o) => [...o, id]);
      },
      (e: unknown) => {
        setAdding(false);
        notifyError(describe(e));
      },
    );
  };

  const remove = async (item: T) => {
    if (!p.onDelete) return;
    const ok = await confirm({
      title: t('items.deleteTitle'),
      message: t('items.deleteBody', { name: p.label(item) }),
      confirmLabel: p.deleteLabel ?? t('items.delete'),
      danger: true,
    });
    if (ok) p.onDelete(item).catch((e: unknown) => notifyError(describe(e)));
  };

  const addButton = write && p.onAdd && (
    <Button leftSection={<IconPlus />} variant="light" onClick={add} loading={adding}>
      {p.addLabel}
    </Button>
  );

  if (!p.items.length && p.compact)
    return (
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {p.emptyTitle}
        </Text>
        {addButton}
      </Group>
    );
  if (!p.items.length)
    return (
      <Paper withBorder radius="md" shadow="xs">
        <EmptyState title={p.emptyTitle} description={p.emptyHint} action={addButton} />
      </Paper>
    );

  return (
    <Stack gap="sm">
      <Accordion
        multiple
        value={open}
        onChange={setOpen}
        variant="separated"
        radius="md"
        chevronPosition="left"
      >
        {p.items.map((item) => (
          <Accordion.Item
            key={item.id}
            value={item.id}
            id={`item-${item.id}`}
            bg="white"
            style={item.id === focusId ? { boxShadow: '0 0 0 2px var(--mantine-color-blue-4)' } : undefined}
          >
            <Accordion.Control>
              <Group justify="space-between" wrap="nowrap" gap="sm">
                <Text fw={600} size="sm" lineClamp={1} style={{ flex: 1, minWidth: 0 }}>
                  {p.label(item) || t('items.untitled')}
                </Text>
                <Group gap={6} wrap="nowrap" style={{ flexShrink: 0 }}>
                  {p.meta?.(item)}
                </Group>
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              <Stack gap="sm">
                {p.render(item)}
                {write && p.onDelete && (
                  <Group justify="flex-end">
                    <Button
                      size="xs"
                      color="red"
                      variant="subtle"
                      leftSection={<IconTrash size={14} />}
                      onClick={() => void remove(item)}
                    >
                      {p.deleteLabel ?? t('items.delete')}
                    </Button>
                  </Group>
                )}
              </Stack>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
      {addButton && <Group>{addButton}</Group>}
    </Stack>
  );
}
