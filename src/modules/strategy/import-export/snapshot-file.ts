import { findMetric } from '../metrics.catalogue.js';
import type { StrategySnapshot } from '../strategy.model.js';

/**
 * Pure checks and transformations of a whole snapshot coming from outside (an import file or a
 * template): every cross-reference must resolve inside the snapshot, and every id is replaced
 * consistently before it is written, so a file can be imported into any workspace, twice.
 */

export interface FileProblem {
  field: string;
  message: string;
}

/** True when the draft holds nothing a person typed (so replacing it loses nothing). */
export function isSnapshotEmpty(s: StrategySnapshot): boolean {
  const e = s.editorialLine;
  const lists = [
    s.objectives,
    s.audiences,
    s.existingActions,
    s.valueAdded,
    s.networkChoices,
    s.indicators,
    s.actions,
    s.obstacles,
    e.pillars,
    e.frequencies,
    e.formats,
    e.dos,
    e.donts,
    e.wordsToAvoid,
    e.requiredHashtags,
    e.requiredMentions,
    e.languages,
  ];
  return (
    !s.title.trim() && !s.summary.trim() && !e.tone.trim() && !e.image.trim() && lists.every((l) => !l.length)
  );
}

/**
 * Every problem that would make the snapshot inconsistent once written: duplicate ids, references to
 * items the snapshot does not hold, the uniqueness rules of the API, unknown metrics, backwards
 * periods. Fields are dotted paths below `prefix` (e.g. `strategy.audiences.0.objectiveIds.1`).
 */
export function checkSnapshot(s: StrategySnapshot, prefix = 'strategy'): FileProblem[] {
  const problems: FileProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field: `${prefix}.${field}`, message });

  const ids = <T extends { id: string }>(name: string, list: readonly T[]): Set<string> => {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      if (seen.has(item.id)) add(`${name}.${i}.id`, 'This id is used twice');
      seen.add(item.id);
    });
    return seen;
  };
  const objectives = ids('objectives', s.objectives);
  const audiences = ids('audiences', s.audiences);
  const existing = ids('existingActions', s.existingActions);
  ids('valueAdded', s.valueAdded);
  ids('networkChoices', s.networkChoices);
  ids('editorialLine.pillars', s.editorialLine.pillars);
  ids('indicators', s.indicators);
  const actions = ids('actions', s.actions);
  ids('obstacles', s.obstacles);

  const refs = (field: string, list: readonly string[], known: Set<string>, what: string) =>
    list.forEach((id, i) => {
      if (!known.has(id)) add(`${field}.${i}`, `Refers to no ${what} in this file`);
    });
  const ref = (field: string, id: string | null | undefined, known: Set<string>, what: string) => {
    if (id && !known.has(id)) add(field, `Refers to no ${what} in this file`);
  };
  const period = (field: string, start: string | null, end: string | null) => {
    if (start && end && end < start) add(field, 'The end date is before the start date');
  };
  const unique = (field: string, values: readonly string[], message: string) => {
    const seen = new Set<string>();
    values.forEach((v, i) => {
      if (seen.has(v)) add(`${field.replace('#', String(i))}`, message);
      seen.add(v);
    });
  };

  s.objectives.forEach((o, i) => {
    if (o.type === 'custom' && !o.customType?.trim())
      add(`objectives.${i}.customType`, 'Name the custom type');
    period(`objectives.${i}.periodEnd`, o.periodStart, o.periodEnd);
  });
  s.audiences.forEach((a, i) => {
    refs(`audiences.${i}.objectiveIds`, a.objectiveIds, objectives, 'objective');
    if (a.ageMin !== null && a.ageMax !== null && a.ageMax < a.ageMin) {
      add(`audiences.${i}.ageMax`, 'The maximum age is below the minimum age');
    }
  });
  s.existingActions.forEach((e, i) => {
    refs(`existingActions.${i}.audienceIds`, e.audienceIds, audiences, 'audience');
    refs(`existingActions.${i}.objectiveIds`, e.objectiveIds, objectives, 'objective');
  });
  s.valueAdded.forEach((v, i) => {
    ref(`valueAdded.${i}.objectiveId`, v.objectiveId, objectives, 'objective');
    refs(
      `valueAdded.${i}.complementsExistingActionIds`,
      v.complementsExistingActionIds,
      existing,
      'existing action',
    );
  });
  unique(
    'valueAdded.#.networkId',
    s.valueAdded.map((v) => `${v.objectiveId}/${v.networkId}`),
    'A second statement for the same objective and network',
  );
  s.networkChoices.forEach((c, i) => {
    refs(`networkChoices.${i}.objectiveIds`, c.objectiveIds, objectives, 'objective');
    refs(`networkChoices.${i}.audienceIds`, c.audienceIds, audiences, 'audience');
  });
  unique(
    'networkChoices.#.networkId',
    s.networkChoices.map((c) => c.networkId),
    'This network is listed twice',
  );
  unique(
    'editorialLine.pillars.#.name',
    s.editorialLine.pillars.map((p) => p.name.toLocaleLowerCase()),
    'Two pillars have this name',
  );
  unique(
    'editorialLine.frequencies.#.networkId',
    s.editorialLine.frequencies.map((f) => f.networkId),
    'This network is listed twice',
  );
  s.indicators.forEach((ind, i) => {
    ref(`indicators.${i}.objectiveId`, ind.objectiveId, objectives, 'objective');
    const metric = findMetric(ind.metric);
    if (!metric) add(`indicators.${i}.metric`, 'Unknown metric');
    else if (metric.kind !== ind.kind)
      add(`indicators.${i}.kind`, `This metric is a ${metric.kind.toUpperCase()} metric`);
    period(`indicators.${i}.periodEnd`, ind.periodStart, ind.periodEnd);
  });
  s.actions.forEach((a, i) => {
    ref(`actions.${i}.objectiveId`, a.objectiveId, objectives, 'objective');
    refs(`actions.${i}.audienceIds`, a.audienceIds, audiences, 'audience');
    period(`actions.${i}.endDate`, a.startDate, a.endDate);
  });
  s.obstacles.forEach((o, i) => ref(`obstacles.${i}.actionId`, o.actionId, actions, 'action'));
  return problems;
}

/** Resolves a person or department id of the source to one of the target workspace, or null. */
export type PersonResolver = (
  id: string,
  field: string,
  accepts: 'member' | 'memberOrDepartment',
) => string | null;

/**
 * A copy of `s` where every id is new and every reference follows its target. People references go
 * through `person`; those it cannot resolve are dropped (a RACI entry) or emptied (an owner).
 * `s` must have passed `checkSnapshot`.
 */
export function remapSnapshot(
  s: StrategySnapshot,
  newId: () => string,
  person: PersonResolver,
): StrategySnapshot {
  const maps = new Map<string, Map<string, string>>();
  const fresh = (kind: string, old: string) => {
    const m = maps.get(kind) ?? new Map<string, string>();
    maps.set(kind, m);
    const id = newId();
    m.set(old, id);
    return id;
  };
  const to = (kind: string, old: string): string => maps.get(kind)?.get(old) ?? old;
  const toAll = (kind: string, list: readonly string[]) => list.map((id) => to(kind, id));
  const people = (field: string, list: readonly string[]) =>
    list.map((id) => person(id, field, 'memberOrDepartment')).filter((id): id is string => id !== null);

  const objectives = s.objectives.map((o) => ({ ...o, id: fresh('objective', o.id) }));
  const audiences = s.audiences.map((a) => ({
    ...a,
    id: fresh('audience', a.id),
    objectiveIds: toAll('objective', a.objectiveIds),
  }));
  const existingActions = s.existingActions.map((e) => ({
    ...e,
    id: fresh('existing', e.id),
    audienceIds: toAll('audience', e.audienceIds),
    objectiveIds: toAll('objective', e.objectiveIds),
  }));
  const valueAdded = s.valueAdded.map((v) => ({
    ...v,
    id: fresh('valueAdded', v.id),
    objectiveId: to('objective', v.objectiveId),
    complementsExistingActionIds: toAll('existing', v.complementsExistingActionIds),
  }));
  const networkChoices = s.networkChoices.map((c) => ({
    ...c,
    id: fresh('choice', c.id),
    objectiveIds: toAll('objective', c.objectiveIds),
    audienceIds: toAll('audience', c.audienceIds),
  }));
  const editorialLine = {
    ...s.editorialLine,
    pillars: s.editorialLine.pillars.map((p) => ({ ...p, id: fresh('pillar', p.id) })),
  };
  const indicators = s.indicators.map((i) => ({
    ...i,
    id: fresh('indicator', i.id),
    objectiveId: to('objective', i.objectiveId),
  }));
  const actions = s.actions.map((a, i) => ({
    ...a,
    id: fresh('action', a.id),
    objectiveId: a.objectiveId ? to('objective', a.objectiveId) : null,
    audienceIds: toAll('audience', a.audienceIds),
    ownerId: a.ownerId ? person(a.ownerId, `actions.${i}.ownerId`, 'member') : null,
    raci: {
      responsible: people(`actions.${i}.raci.responsible`, a.raci.responsible),
      accountable: a.raci.accountable
        ? person(a.raci.accountable, `actions.${i}.raci.accountable`, 'memberOrDepartment')
        : null,
      consulted: people(`actions.${i}.raci.consulted`, a.raci.consulted),
      informed: people(`actions.${i}.raci.informed`, a.raci.informed),
    },
  }));
  const obstacles = s.obstacles.map((o, i) => ({
    ...o,
    id: fresh('obstacle', o.id),
    actionId: o.actionId ? to('action', o.actionId) : null,
    ownerId: o.ownerId ? person(o.ownerId, `obstacles.${i}.ownerId`, 'member') : null,
  }));
  return {
    title: s.title,
    summary: s.summary,
    objectives,
    audiences,
    existingActions,
    valueAdded,
    networkChoices,
    editorialLine,
    indicators,
    actions,
    obstacles,
  };
}

/** Every member and department id a snapshot mentions (owners and RACI). */
export function peopleIds(s: StrategySnapshot): Set<string> {
  const out = new Set<string>();
  for (const a of s.actions) {
    if (a.ownerId) out.add(a.ownerId);
    if (a.raci.accountable) out.add(a.raci.accountable);
    for (const id of [...a.raci.responsible, ...a.raci.consulted, ...a.raci.informed]) out.add(id);
  }
  for (const o of s.obstacles) if (o.ownerId) out.add(o.ownerId);
  return out;
}
