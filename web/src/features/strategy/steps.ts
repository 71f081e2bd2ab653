/** The builder's pages in method order: the nine steps, then the action plan. */
export const STEPS = [
  { slug: 'objectives', number: 1, key: 'objectives' },
  { slug: 'audiences', number: 2, key: 'audiences' },
  { slug: 'existing-actions', number: 3, key: 'existing' },
  { slug: 'value-added', number: 4, key: 'valueAdded' },
  { slug: 'networks', number: 5, key: 'networks' },
  { slug: 'editorial-line', number: 6, key: 'editorial' },
  { slug: 'indicators', number: 7, key: 'indicators' },
  { slug: 'roles', number: 8, key: 'roles' },
  { slug: 'obstacles', number: 9, key: 'obstacles' },
  { slug: 'plan', number: 10, key: 'plan' },
] as const;
export type StepDef = (typeof STEPS)[number];
export type StepSlug = StepDef['slug'];

/** The slug of step `n` (1–9; 10 is the action plan). */
export function slugOfStep(n: number): StepSlug {
  return (STEPS.find((s) => s.number === n) ?? STEPS[0]).slug;
}

/** The builder URL of a step, optionally opening one item. */
export function stepUrl(ws: string, slug: string, itemId?: string | null): string {
  const base = `/w/${encodeURIComponent(ws)}/strategy/${slug}`;
  return itemId ? `${base}?item=${encodeURIComponent(itemId)}` : base;
}
