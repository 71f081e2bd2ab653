/** Pickers' options for IANA time zones and ISO 4217 currencies, computed once per language. */

export interface Option {
  value: string;
  label: string;
}

function offsetOf(tz: string, at: Date): string {
  try {
    const part = new Intl.DateTimeFormat('en-US', { timeZone: tz, timeZoneName: 'longOffset' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value;
    return part === 'GMT' || !part ? 'UTC' : part.replace('GMT', 'UTC');
  } catch {
    return '';
  }
}

let zones: Option[] | null = null;
/** Every zone the browser knows, labelled with its current UTC offset: "Europe/Paris (UTC+01:00)". */
export function timeZoneOptions(): Option[] {
  if (zones) return zones;
  const now = new Date();
  const names = Intl.supportedValuesOf('timeZone');
  // Some browsers omit UTC from the list although every runtime accepts it.
  if (!names.includes('UTC')) names.unshift('UTC');
  zones = names.map((tz) => ({ value: tz, label: `${tz.replace(/_/g, ' ')} (${offsetOf(tz, now)})` }));
  return zones;
}

/** A single zone's label, also for a zone the list lacks. */
export function timeZoneLabel(tz: string): string {
  return timeZoneOptions().find((o) => o.value === tz)?.label ?? tz;
}

const currencies = new Map<string, Option[]>();
/** Every currency the browser knows, labelled in `lang`: "EUR — euro". */
export function currencyOptions(lang: string): Option[] {
  const cached = currencies.get(lang);
  if (cached) return cached;
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([lang], { type: 'currency' });
  } catch {
    names = null;
  }
  const list = Intl.supportedValuesOf('currency').map((code) => {
    const name = names?.of(code);
    return { value: code, label: name && name !== code ? `${code} — ${name}` : code };
  });
  currencies.set(lang, list);
  return list;
}
