import { PRIORITIES, SENTIMENTS, type InboxState, type Priority, type Sentiment } from './inbox.types.js';

/** The state tabs above the list, in display order. */
export const STATE_TABS = ['new', 'mine', 'open', 'answered', 'closed', 'spam'] as const;
export type StateTab = (typeof STATE_TABS)[number];

/** What the list shows; kept in the address so a filtered view can be bookmarked and shared. */
export interface InboxFilters {
  tab: StateTab;
  network: string | null;
  accountId: string | null;
  priority: Priority | null;
  sentiment: Sentiment | null;
  question: boolean;
  overdue: boolean;
  q: string;
}

export const DEFAULT_FILTERS: InboxFilters = {
  tab: 'new',
  network: null,
  accountId: null,
  priority: null,
  sentiment: null,
  question: false,
  overdue: false,
  q: '',
};

// "Open" means someone still owes the contact something.
const OPEN: InboxState[] = ['new', 'assigned', 'waiting'];
const TAB_STATES: Record<StateTab, InboxState[]> = {
  new: ['new'],
  mine: OPEN,
  open: OPEN,
  answered: ['answered'],
  closed: ['closed'],
  spam: ['spam'],
};

const oneOf = <T extends string>(values: readonly T[], v: string | null): T | null =>
  v !== null && (values as readonly string[]).includes(v) ? (v as T) : null;

/** Reads filters from the address; unknown or malformed values fall back to the defaults. */
export function filtersFromParams(params: URLSearchParams): InboxFilters {
  return {
    tab: oneOf(STATE_TABS, params.get('tab')) ?? DEFAULT_FILTERS.tab,
    network: params.get('network') || null,
    accountId: params.get('account') || null,
    priority: oneOf(PRIORITIES, params.get('priority')),
    sentiment: oneOf(SENTIMENTS, params.get('sentiment')),
    question: params.get('question') === '1',
    overdue: params.get('overdue') === '1',
    q: (params.get('q') ?? '').slice(0, 200),
  };
}

/** Writes filters to the address, leaving defaults out so a plain inbox has a plain URL. */
export function filtersToParams(f: InboxFilters): URLSearchParams {
  const p = new URLSearchParams();
  if (f.tab !== DEFAULT_FILTERS.tab) p.set('tab', f.tab);
  if (f.network) p.set('network', f.network);
  if (f.accountId) p.set('account', f.accountId);
  if (f.priority) p.set('priority', f.priority);
  if (f.sentiment) p.set('sentiment', f.sentiment);
  if (f.question) p.set('question', '1');
  if (f.overdue) p.set('overdue', '1');
  if (f.q.trim()) p.set('q', f.q.trim());
  return p;
}

/** The GET /inbox/items query for these filters, as `userId` sees them ("mine" is theirs). */
export function filtersToQuery(f: InboxFilters, userId: string): Record<string, string> {
  const q: Record<string, string> = { state: TAB_STATES[f.tab].join(',') };
  if (f.tab === 'mine') q.assigneeId = userId;
  if (f.network) q.network = f.network;
  if (f.accountId) q.accountId = f.accountId;
  if (f.priority) q.priority = f.priority;
  if (f.sentiment) q.sentiment = f.sentiment;
  if (f.question) q.question = 'true';
  if (f.overdue) q.overdue = 'true';
  if (f.q.trim()) q.q = f.q.trim();
  return q;
}

/** How many filters beyond the tab are set, for a "clear filters" hint. */
export function activeFilterCount(f: InboxFilters): number {
  return [f.network, f.accountId, f.priority, f.sentiment, f.question, f.overdue, f.q.trim()].filter(Boolean)
    .length;
}
