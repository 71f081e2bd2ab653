import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Every web string exists in English and French: a key missing in one language would show the raw key.
const root = path.resolve(import.meta.dirname, '../../web/src/i18n/locales');

function keys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    keys(v, prefix ? `${prefix}.${k}` : k),
  );
}

// Plural forms differ by language (French has `_many`, English does not): compare the base keys.
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
const baseKeys = (value: unknown) => [...new Set(keys(value).map(base))].sort();

const load = (lang: string, file: string): unknown =>
  JSON.parse(fs.readFileSync(path.join(root, lang, file), 'utf8'));

describe('web locales', () => {
  const en = fs.readdirSync(path.join(root, 'en')).sort();
  const fr = fs.readdirSync(path.join(root, 'fr')).sort();

  it('have the same namespaces in English and French', () => {
    expect(fr).toEqual(en);
  });

  it.each(en)('%s has the same keys in both languages, none empty', (file) => {
    const enKeys = baseKeys(load('en', file));
    const frKeys = baseKeys(load('fr', file));
    expect(frKeys).toEqual(enKeys);
    for (const lang of ['en', 'fr']) {
      const empty = keys(load(lang, file)).filter((k) => {
        const v = k
          .split('.')
          .reduce<unknown>((o, part) => (o as Record<string, unknown>)[part], load(lang, file));
        return typeof v === 'string' && v.trim() === '';
      });
      expect(empty, `${lang}/${file}`).toEqual([]);
    }
  });
});
