/**
 * Text fields of the RONI forms ↔ API values. Probabilities are typed as percentages (people think
 * "30 %", the API stores 0.3); an empty field means "not entered yet" (null), never zero, so the
 * estimate can say which input is missing instead of showing a loss of nothing.
 */

/** Mantine's inputWrapperOrder with the hint under the field: fields side by side then line up. */
export const BELOW: ('label' | 'input' | 'description' | 'error')[] = [
  'label',
  'input',
  'description',
  'error',
];

/** What a field parses to: a value (null when left empty) or 'invalid'. */
export type Parsed = number | null | 'invalid';

/** "30", "12,5", "12.5 %" → 0.3, 0.125; outside 0..100 or not a number → 'invalid'. */
export function parsePercent(text: string): Parsed {
  const s = text.replace(/[\s\u00a0\u202f%]/g, '').replace(',', '.');
  if (!s) return null;
  if (!/^\d+(\.\d+)?$/.test(s)) return 'invalid';
  const value = Number(s);
  if (value > 100) return 'invalid';
  // Two decimals of a percentage are plenty for an estimate, and keep 0.1 + 0.2 noise out of the store.
  return Math.round(value * 100) / 10_000;
}

/** 0.125 → "12.5" (the % sign sits beside the field). */
export function percentToInput(p: number | null): string {
  if (p === null) return '';
  return String(Math.round(p * 10_000) / 100);
}

/** A whole number of people: "1 200", "1,200" → 1200. */
export function parseCount(text: string): Parsed {
  const s = text.replace(/[\s\u00a0\u202f,.']/g, '');
  if (!s) return null;
  if (!/^\d+$/.test(s)) return 'invalid';
  const n = Number(s);
  return Number.isSafeInteger(n) ? n : 'invalid';
}

/** A non-negative amount of money in minor units, through the workspace currency's parser. */
export function parseAmount(text: string, parse: (t: string) => number | null): Parsed {
  if (!text.trim()) return null;
  const minor = parse(text);
  return minor === null || minor < 0 ? 'invalid' : minor;
}

/**
 * probability × people × value per person, in minor units, or null while an input is missing (the
 * engine then reports the risk as needing an assumption rather than summing it).
 */
export function expectedLoss(
  probability: number | null,
  people: number | null,
  valueMinor: number | null,
): number | null {
  if (probability === null || people === null || valueMinor === null) return null;
  return Math.round(probability * people * valueMinor);
}
