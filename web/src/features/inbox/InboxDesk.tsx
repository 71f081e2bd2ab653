import { Box, Group, Paper } from '@mantine/core';
import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.js';
import { useWorkspace } from '../../app/workspace.js';
import { useDescribeError } from '../../lib/errors.js';
import { notifyError } from '../../lib/notify.js';
import { BulkBar } from './BulkBar.js';
import { FilterBar } from './FilterBar.js';
import { DEFAULT_FILTERS, activeFilterCount, filtersToQuery, type InboxFilters } from './filters.js';
import { useInboxItems, useTriage } from './inbox.api.js';
import { ItemDetail } from './ItemDetail.js';
import { ItemList } from './ItemList.js';
import { commandFor, listReducer, type Command } from './keyboard.js';
import { useInboxPeople } from './people.js';
import { useNow } from './use-now.js';

// Where a key press is typing, not a shortcut; a ticked checkbox keeps j/k working.
const inField = (el: EventTarget | null) =>
  el instanceof HTMLElement &&
  (el.isContentEditable ||
    ['TEXTAREA', 'SELECT'].includes(el.tagName) ||
    (el instanceof HTMLInputElement && !['checkbox', 'radio', 'button'].includes(el.type)));

/** The customer-service desk: the filtered list on the left, the open conversation on the right. */
export function InboxDesk({
  filters,
  itemId,
  onFilters,
  onOpen,
  onHelp,
}: {
  filters: InboxFilters;
  itemId: string | null;
  onFilters: (f: InboxFilters) => void;
  onOpen: (id: string | null) => void;
  /** Toggles the shortcuts popover, or sets it when `open` is given. */
  onHelp: (open?: boolean) => void;
}) {
  const { t } = useTranslation('inbox');
  const { id: ws, may } = useWorkspace();
  const me = useSession().user;
  const describe = useDescribeError();
  const people = useInboxPeople();
  const now = useNow(30_000);
  const canHandle = may('inbox.handle');
  const query = useMemo(() => filtersToQuery(filters, me.id), [filters, me.id]);
  const list = useInboxItems(ws, query);
  const items = useMemo(() => list.data?.pages.flatMap((p) => p.data) ?? [], [list.data]);
  const ids = useMemo(() => items.map((i) => i.id), [items]);
  const [state, dispatch] = useReducer(listReducer, { activeId: itemId, selected: [] });
  const triage = useTriage(ws);
  const replyRef = useRef<HTMLTextAreaElement>(null);

  // The address is the source of truth for the open item (deep links, back button).
  useEffect(() => dispatch({ type: 'open', id: itemId }), [itemId]);
  useEffect(() => dispatch({ type: 'sync', ids }), [ids]);
  useEffect(() => {
    if (state.activeId !== itemId) onOpen(state.activeId);
    // Only a change made here (j/k) moves the address; the effect above handles the other way.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.activeId]);

  const open = useCallback((id: string) => dispatch({ type: 'open', id }), []);
  const toggle = useCallback((id: string) => dispatch({ type: 'toggle', id }), []);

  const run = useCallback(
    (command: Command) => {
      const active = items.find((i) => i.id === state.activeId);
      const fail = (e: unknown) => notifyError(describe(e));
      switch (command) {
        case 'next':
          return dispatch({ type: 'move', ids, by: 1 });
        case 'prev':
          return dispatch({ type: 'move', ids, by: -1 });
        case 'toggle':
          return active && canHandle ? dispatch({ type: 'toggle', id: active.id }) : undefined;
        case 'assignToMe':
          if (!active || !canHandle) return;
          return triage.mutate(
            {
              id: active.id,
              set: active.state === 'new' ? { assigneeId: me.id, state: 'assigned' } : { assigneeId: me.id },
            },
            { onError: fail },
          );
        case 'close':
          if (!active || !canHandle) return;
          // Closing moves on to the next item, the way a desk works through a queue.
          dispatch({ type: 'move', ids, by: 1 });
          return triage.mutate({ id: active.id, set: { state: 'closed' } }, { onError: fail });
        case 'reply':
          return replyRef.current?.focus();
        case 'help':
          return onHelp();
        case 'escape':
          onHelp(false);
          if (document.activeElement instanceof HTMLElement && inField(document.activeElement))
            document.activeElement.blur();
          else dispatch({ type: 'clearSelection' });
          return;
      }
    },
    [items, ids, state.activeId, canHandle, triage, me.id, describe, onHelp],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // Dialogs and menus handle their own keys.
      if (document.querySelector('[role="dialog"][aria-modal="true"], [role="menu"]')) return;
      const command = commandFor({
        key: e.key,
        ctrlKey: e.ctrlKey,
        metaKey: e.metaKey,
        altKey: e.altKey,
        inField: inField(e.target),
      });
      if (!command) return;
      e.preventDefault();
      run(command);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [run]);

  return (
    <Paper withBorder radius="md" shadow="xs" style={{ overflow: 'hidden' }}>
      <Group align="stretch" gap={0} wrap="nowrap" h="calc(100dvh - 300px)" mih={520}>
        <Box
          w={420}
          style={{
            flex: 'none',
            display: 'flex',
            flexDirection: 'column',
            borderRight: '1px solid var(--mantine-color-gray-3)',
          }}
          aria-label={t('list.label')}
          component="section"
        >
          <FilterBar filters={filters} people={people} onChange={onFilters} />
          {state.selected.length > 0 && (
            <BulkBar
              selected={state.selected}
              items={items}
              people={people}
              onDone={() => dispatch({ type: 'clearSelection' })}
            />
          )}
          <Box style={{ flex: 1, overflowY: 'auto' }}>
            <ItemList
              items={items}
              query={list}
              activeId={state.activeId}
              selected={state.selected}
              selectable={canHandle}
              people={people}
              now={now}
              filtered={activeFilterCount(filters) > 0}
              onOpen={open}
              onToggle={toggle}
              onToggleAll={(all) => dispatch(all ? { type: 'selectAll', ids } : { type: 'clearSelection' })}
              onClearFilters={() => onFilters({ ...DEFAULT_FILTERS, tab: filters.tab })}
            />
          </Box>
        </Box>
        <Box style={{ flex: 1, minWidth: 0 }} component="section" aria-label={t('detail.label')}>
          <ItemDetail itemId={state.activeId} people={people} now={now} onOpen={open} replyRef={replyRef} />
        </Box>
      </Group>
    </Paper>
  );
}
