import type { Role } from '../../../core/policy.js';
import { MAIL_STRINGS, type MailLocale } from './mail.i18n.js';
import { fill, oneLine, renderActionMail, type RenderedMail } from './render.js';

/** The invitation to join a workspace, in the recipient's language. */
export function invitationMail(
  locale: MailLocale,
  v: { inviterName: string; workspaceName: string; role: Role; link: string; validDays: number },
): RenderedMail {
  const s = MAIL_STRINGS[locale];
  const t = s.invitation;
  const vars = {
    inviter: oneLine(v.inviterName),
    workspace: oneLine(v.workspaceName),
    role: s.roles[v.role],
    days: v.validDays,
  };
  return renderActionMail({
    lang: locale,
    subject: fill(t.subject, vars),
    greeting: fill(t.greeting, vars),
    intro: fill(t.intro, vars),
    action: t.action,
    link: v.link,
    copyLink: t.copyLink,
    notes: [fill(t.validity, vars), t.ignore],
    footer: s.footer,
  });
}

/** The password-reset link, in the account's language. */
export function passwordResetMail(
  locale: MailLocale,
  v: { name: string; link: string; validMinutes: number },
): RenderedMail {
  const s = MAIL_STRINGS[locale];
  const t = s.passwordReset;
  const vars = { name: oneLine(v.name), minutes: v.validMinutes };
  return renderActionMail({
    lang: locale,
    subject: t.subject,
    greeting: fill(t.greeting, vars),
    intro: t.intro,
    action: t.action,
    link: v.link,
    copyLink: t.copyLink,
    notes: [fill(t.validity, vars), t.ignore],
    footer: s.footer,
  });
}
