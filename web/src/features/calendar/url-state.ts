/**
 * The calendar's view, date, colouring and filters as URL search parameters, so a copied link opens
 * the same view. Filter values are comma-separated ids, the way the posts API takes several values.
 */
import { VIEWS, type CalendarView } from './grid.js';
import type { ColourBy } from './palette.js';

export const FILTER_KEYS = ['objective', 'action', 'pillar', 'network', 'status', 'author'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Record<FilterKey, string[]>;

export interface CalendarState {
  view: CalendarView;
  /** A plain date inside the period shown. */
  date: string;
  colour: ColourBy;
  filters: Filters;
}

/** The posts API's query parameter for each filter. */
export const FILTER_PARAMS: Record<FilterKey, string> = {
  objective: 'objectiveId',
  action: 'actionId',
  pillar: 'pillarId',
  network: 'network',
  status: 'status',
  author: 'authorId',
};

/** No filter set. */
export function emptyFilters(): Filters {
  return { objective: [], action: [], pillar: [], network: [], status: [], author: [] };
}

const isDate = (s: string | null): s is string =>
  !!s &&
  /^\d{4}-\d{2}-\d{2}$/.test(s) &&
  !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
  new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

/** Reads the state from the URL; anything missing or malformed falls back to month view of `today`. */
export function parseState(params: URLSearchParams, today: string): CalendarState {
  const view = params.get('view');
  const filters = emptyFilters();
  for (const key of FILTER_KEYS)
    filters[key] = [
      ...new Set(
        (params.get(key) ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    ];
  return {
    view: (VIEWS as readonly string[]).includes(view ?? '') ? (view as CalendarView) : 'month',
    date: isDate(params.get('date')) ? params.get('date')! : today,
    colour: params.get('colour') === 'pillar' ? 'pillar' : 'objective',
    filters,
  };
}

/** Writes the state as URL parameters: view and date always (a link names its period), the rest when set. */
export function stateToParams(state: CalendarState): URLSearchParams {
  const p = new URLSearchParams();
  p.set('view', state.view);
  p.set('date', state.date);
  if (state.colour !== 'objective') p.set('colour', state.colour);
  for (const key of FILTER_KEYS) if (state.filters[key].length) p.set(key, state.filters[key].join(','));
  return p;
}

/** The posts API query for the filters (only those set). */
export function filtersToQuery(filters: Filters): Record<string, string> {
  const q: Record<string, string> = {};
  for (const key of FILTER_KEYS) if (filters[key].length) q[FILTER_PARAMS[key]] = filters[key].join(',');
  return q;
}

/** How many filter values are set, for the "Filters (n)" button. */
export function activeFilterCount(filters: Filters): number {
  return FILTER_KEYS.reduce((n, k) => n + filters[k].length, 0);
}
