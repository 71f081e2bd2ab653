import type { MailMessage } from '../mail.port.js';

/** A rendered message without its recipient. */
export type RenderedMail = Omit<MailMessage, 'to'>;

/** Escapes text for HTML element content and double-quoted attributes. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

type Vars = Record<string, string | number>;

/**
 * Fills `{name}` placeholders with plain text; HTML escaping happens once, when the message is laid out,
 * so a workspace called `<b>` shows as text in the HTML part and as itself in the text part.
 */
export function fill(template: string, vars: Vars): string {
  return template.replace(/\{([a-zA-Z]+)\}/g, (_, key: string) => {
    const value = vars[key];
    if (value === undefined) throw new Error(`Mail template value ${key} is missing`);
    return String(value);
  });
}

/** One line for a subject header: user-supplied names must not bring line breaks into it. */
export function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** The shape every transactional message shares: greeting, intro, one action link, notes. */
export interface ActionMail {
  lang: string;
  subject: string;
  greeting: string;
  intro: string;
  action: string;
  link: string;
  copyLink: string;
  notes: string[];
  footer: string;
}

/** Renders an action mail as plain text and as simple, inline-styled HTML (escaped here, once). */
export function renderActionMail(m: ActionMail): RenderedMail {
  if (!/^https?:\/\//.test(m.link)) throw new Error('Mail links must be http(s) URLs');
  const text = [
    m.greeting,
    '',
    m.intro,
    '',
    `${m.action}: ${m.link}`,
    '',
    ...m.notes,
    '',
    '-- ',
    m.footer,
  ].join('\n');
  const e = escapeHtml;
  const html = [
    '<!doctype html>',
    `<html lang="${e(m.lang)}"><head><meta charset="utf-8"><title>${e(m.subject)}</title></head>`,
    '<body style="margin:0;padding:24px;background:#f8f9fa;font-family:Helvetica,Arial,sans-serif;color:#212529;">',
    '<div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:24px;">',
    `<p>${e(m.greeting)}</p>`,
    `<p>${e(m.intro)}</p>`,
    `<p style="margin:24px 0;"><a href="${e(m.link)}" style="background:#1c7ed6;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none;display:inline-block;">${e(m.action)}</a></p>`,
    `<p style="font-size:13px;color:#495057;">${e(m.copyLink)}<br><a href="${e(m.link)}" style="color:#1c7ed6;word-break:break-all;">${e(m.link)}</a></p>`,
    ...m.notes.map((n) => `<p style="font-size:13px;color:#495057;">${e(n)}</p>`),
    `<p style="font-size:12px;color:#868e96;border-top:1px solid #dee2e6;padding-top:12px;">${e(m.footer)}</p>`,
    '</div></body></html>',
  ].join('\n');
  return { subject: oneLine(m.subject), text, html };
}
