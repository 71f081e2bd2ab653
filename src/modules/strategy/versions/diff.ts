import { networkName } from '../catalogue/networks.js';
import type { StrategySnapshot } from '../strategy.model.js';

/**
 * What changed between two snapshots (two versions, or a version and the draft): per section of the
 * nine steps, the items added, removed and changed, with field-level before/after. Pure.
 */

export const DIFF_SECTIONS = [
  'overview',
  'objectives',
  'audiences',
  'existingActions',
  'valueAdded',
  'networkChoices',
  'editorialLine',
  'pillars',
  'frequencies',
  'indicators',
  'actions',
  'obstacles',
] as const;
export type DiffSection = (typeof DIFF_SECTIONS)[number];

/** Step of the method each section belongs to (0: the overview, outside the nine steps). */
export const SECTION_STEPS: Record<DiffSection, number> = {
  overview: 0,
  objectives: 1,
  audiences: 2,
  existingActions: 3,
  valueAdded: 4,
  networkChoices: 5,
  editorialLine: 6,
  pillars: 6,
  frequencies: 6,
  indicators: 7,
  actions: 8,
  obstacles: 9,
};

export interface FieldChange {
  /** Dotted path inside the item, e.g. `raci.accountable`. */
  field: string;
  before: unknown;
  after: unknown;
}

export interface DiffItem {
  id: string;
  label: string;
}

export interface ChangedItem extends DiffItem {
  fields: FieldChange[];
}

export interface SectionDiff {
  section: DiffSection;
  step: number;
  added: DiffItem[];
  removed: DiffItem[];
  changed: ChangedItem[];
}

export interface SnapshotDiff {
  sections: SectionDiff[];
  /** Items added + removed + changed over every section. */
  changeCount: number;
}

type Item = Record<string, unknown>;

interface SectionSource {
  items(s: StrategySnapshot): Item[];
  /** What pairs an item across the two snapshots. */
  key(item: Item): string;
  label(item: Item, s: StrategySnapshot): string;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const byId = (item: Item) => str(item.id);
const short = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);
const asItems = <T extends object>(list: readonly T[]): Item[] => list.map((x) => ({ ...x }) as Item);

const SOURCES: Record<DiffSection, SectionSource> = {
  overview: {
    items: (s) => [{ id: 'overview', title: s.title, summary: s.summary }],
    key: byId,
    label: () => 'Overview',
  },
  objectives: { items: (s) => asItems(s.objectives), key: byId, label: (i) => str(i.title) },
  audiences: { items: (s) => asItems(s.audiences), key: byId, label: (i) => str(i.name) },
  existingActions: { items: (s) => asItems(s.existingActions), key: byId, label: (i) => str(i.name) },
  valueAdded: {
    items: (s) => asItems(s.valueAdded),
    key: byId,
    label: (i, s) => {
      const objective = s.objectives.find((o) => o.id === i.objectiveId)?.title ?? '';
      return `${networkName(str(i.networkId))} — ${objective}`;
    },
  },
  // A network is chosen once per strategy, so the network pairs choices even across re-imports.
  networkChoices: {
    items: (s) => asItems(s.networkChoices),
    key: (i) => str(i.networkId),
    label: (i) => networkName(str(i.networkId)),
  },
  editorialLine: {
    items: (s) => {
      const { pillars: _p, frequencies: _f, ...rest } = s.editorialLine;
      return [{ id: 'editorialLine', ...rest }];
    },
    key: byId,
    label: () => 'Editorial line',
  },
  pillars: { items: (s) => asItems(s.editorialLine.pillars), key: byId, label: (i) => str(i.name) },
  frequencies: {
    items: (s) => asItems(s.editorialLine.frequencies),
    key: (i) => str(i.networkId),
    label: (i) => networkName(str(i.networkId)),
  },
  indicators: { items: (s) => asItems(s.indicators), key: byId, label: (i) => str(i.name) },
  actions: { items: (s) => asItems(s.actions), key: byId, label: (i) => str(i.title) },
  obstacles: { items: (s) => asItems(s.obstacles), key: byId, label: (i) => short(str(i.description)) },
};

function isPlainObject(v: unknown): v is Item {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** JSON with sorted keys, so two equal values always print the same. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (isPlainObject(v)) {
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v ?? null);
}

/**
 * Field-level differences between two versions of one item. Nested objects (the RACI) are compared
 * field by field; lists are compared whole, since their order is meaningful. Ids are not fields.
 */
export function diffFields(before: Item, after: Item, prefix = ''): FieldChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (k) => k !== 'id' || prefix,
  );
  const out: FieldChange[] = [];
  for (const k of keys) {
    const [b, a] = [before[k], after[k]];
    if (isPlainObject(b) && isPlainObject(a)) {
      out.push(...diffFields(b, a, `${prefix}${k}.`));
    } else if (canonical(b) !== canonical(a)) {
      out.push({ field: `${prefix}${k}`, before: b ?? null, after: a ?? null });
    }
  }
  return out;
}

/** Added, removed and changed items of one section. */
export function diffSection(section: DiffSection, from: StrategySnapshot, to: StrategySnapshot): SectionDiff {
  const src = SOURCES[section];
  const before = new Map(src.items(from).map((i) => [src.key(i), i]));
  const after = new Map(src.items(to).map((i) => [src.key(i), i]));
  const out: SectionDiff = { section, step: SECTION_STEPS[section], added: [], removed: [], changed: [] };
  for (const [key, item] of after) {
    const old = before.get(key);
    if (!old) {
      out.added.push({ id: str(item.id) || key, label: src.label(item, to) });
      continue;
    }
    const fields = diffFields(old, item);
    if (fields.length) out.changed.push({ id: str(item.id) || key, label: src.label(item, to), fields });
  }
  for (const [key, item] of before) {
    if (!after.has(key)) out.removed.push({ id: str(item.id) || key, label: src.label(item, from) });
  }
  return out;
}

/** Every section's changes from `from` to `to`. */
export function diffSnapshots(from: StrategySnapshot, to: StrategySnapshot): SnapshotDiff {
  const sections = DIFF_SECTIONS.map((s) => diffSection(s, from, to));
  const changeCount = sections.reduce((n, s) => n + s.added.length + s.removed.length + s.changed.length, 0);
  return { sections, changeCount };
}
