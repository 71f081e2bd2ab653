/** Whether `tz` is an IANA time zone this runtime knows (Intl rejects unknown names). */
export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return tz.length > 0;
  } catch {
    return false;
  }
}

/** The IANA zones this runtime knows, for pickers. */
export function listTimeZones(): string[] {
  return Intl.supportedValuesOf('timeZone');
}

/** Whether `code` is an ISO 4217 currency code this runtime knows. */
export function isValidCurrency(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && Intl.supportedValuesOf('currency').includes(code);
}
