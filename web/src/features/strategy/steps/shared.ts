import type { TFunction } from 'i18next';
import type { Option } from '../builder-context.js';

/** Select options for an enum, labelled from `strategy:<prefix>.<value>`. */
export function enumOptions(values: readonly string[], t: TFunction<'strategy'>, prefix: string): Option[] {
  return values.map((v) => ({ value: v, label: t(`${prefix}.${v}` as never) }));
}

/** Makes a field saver for one item of a collection: `save('title')(value)` PATCHes `{title: value}`. */
export function fieldSaver(patch: (body: Record<string, unknown>) => Promise<unknown>) {
  return <T>(field: string) =>
    (value: T) =>
      patch({ [field]: value });
}
