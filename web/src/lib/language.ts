import i18n from '../i18n/index.js';
import { setApiLanguage } from '../api/client.js';
import type { Locale } from '../api/types.js';

export const LANGUAGES: { value: Locale; label: string; short: string }[] = [
  { value: 'en', label: 'English', short: 'EN' },
  { value: 'fr', label: 'Français', short: 'FR' },
];

/** The interface language now in use, narrowed to the ones Presence speaks. */
export function currentLanguage(): Locale {
  return i18n.resolvedLanguage === 'fr' ? 'fr' : 'en';
}

/** Switches the interface language; i18next's detector also remembers it in localStorage. */
export async function applyLanguage(lang: Locale): Promise<void> {
  if (i18n.resolvedLanguage !== lang) await i18n.changeLanguage(lang);
  syncDocumentLanguage();
}

/** Keeps `<html lang>` and the API's Accept-Language in step with i18next. */
export function syncDocumentLanguage(): void {
  const lang = currentLanguage();
  document.documentElement.lang = lang;
  setApiLanguage(lang);
}
