import type { MailLocale } from '../mail/templates/mail.i18n.js';
import { oneLine, renderActionMail, type RenderedMail } from '../mail/templates/render.js';
import type { NotificationType } from './notifications.types.js';

/**
 * The e-mail of each notification type, in English and French. The same sentences as the web's
 * `notifications` namespace, written here because mail is rendered on the server.
 */

type Params = Readonly<Record<string, string | number>>;

interface TypeStrings {
  subject: (p: Params) => string;
  intro: (p: Params) => string;
}

const v = (p: Params, key: string, fallback: string): string => {
  const value = p[key];
  return value === undefined || value === '' ? fallback : oneLine(String(value));
};

const STRINGS: Record<
  MailLocale,
  {
    greeting: string;
    action: string;
    copyLink: string;
    why: string;
    footer: string;
    types: Record<NotificationType, TypeStrings>;
  }
> = {
  en: {
    greeting: 'Hello {name},',
    action: 'Open in Presence',
    copyLink: 'If the button does not work, copy this link into your browser:',
    why: 'You receive this e-mail because of your notification preferences in “{workspace}”; change them in Presence.',
    footer: 'Presence — plan, run and measure your social media presence.',
    types: {
      'post.published': {
        subject: (p) => `Published: ${v(p, 'title', 'your post')}`,
        intro: (p) =>
          `The post “${v(p, 'title', 'untitled')}” was published${p.network ? ` on ${v(p, 'network', '')}` : ''}.`,
      },
      'post.failed': {
        subject: (p) => `Not published: ${v(p, 'title', 'a post')}`,
        intro: (p) =>
          `The post “${v(p, 'title', 'untitled')}” could not be published${p.network ? ` on ${v(p, 'network', '')}` : ''}${p.reason ? `: ${v(p, 'reason', '')}` : '.'}`,
      },
      'approval.requested': {
        subject: (p) => `Approval requested: ${v(p, 'title', 'a post')}`,
        intro: (p) => `${v(p, 'actorName', 'Someone')} asks you to approve “${v(p, 'title', 'untitled')}”.`,
      },
      'approval.reminder': {
        subject: (p) => `Reminder: ${v(p, 'title', 'a post')} awaits your approval`,
        intro: (p) => `“${v(p, 'title', 'untitled')}” is still waiting for your approval.`,
      },
      'approval.overdue': {
        subject: (p) => `Overdue approval: ${v(p, 'title', 'a post')}`,
        intro: (p) => `The approval of “${v(p, 'title', 'untitled')}” is overdue.`,
      },
      'approval.decided': {
        subject: (p) =>
          `${p.decision === 'approved' ? 'Approved' : p.decision === 'rejected' ? 'Rejected' : 'Changes requested'}: ${v(p, 'title', 'your post')}`,
        intro: (p) =>
          p.decision === 'approved'
            ? `“${v(p, 'title', 'untitled')}” is approved and can be published.`
            : p.decision === 'rejected'
              ? `“${v(p, 'title', 'untitled')}” was rejected${p.step ? ` at the step ${v(p, 'step', '')}` : ''}.`
              : `Changes are requested on “${v(p, 'title', 'untitled')}”${p.step ? ` at the step ${v(p, 'step', '')}` : ''}.`,
      },
      mention: {
        subject: (p) => `${v(p, 'actorName', 'Someone')} mentioned you`,
        intro: (p) => `${v(p, 'actorName', 'Someone')} mentioned you in “${v(p, 'title', 'a comment')}”.`,
      },
      'sla.breached': {
        subject: (p) => `Response target missed: ${v(p, 'title', 'a conversation')}`,
        intro: (p) => `The response target was missed for “${v(p, 'title', 'a conversation')}”.`,
      },
    },
  },
  fr: {
    greeting: 'Bonjour {name},',
    action: 'Ouvrir dans Presence',
    copyLink: 'Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :',
    why: 'Vous recevez cet e-mail selon vos préférences de notification dans « {workspace} » ; modifiez-les dans Presence.',
    footer: 'Presence — planifier, publier et mesurer votre présence sur les réseaux sociaux.',
    types: {
      'post.published': {
        subject: (p) => `Publiée : ${v(p, 'title', 'votre publication')}`,
        intro: (p) =>
          `La publication « ${v(p, 'title', 'sans titre')} » a été publiée${p.network ? ` sur ${v(p, 'network', '')}` : ''}.`,
      },
      'post.failed': {
        subject: (p) => `Non publiée : ${v(p, 'title', 'une publication')}`,
        intro: (p) =>
          `La publication « ${v(p, 'title', 'sans titre')} » n’a pas pu être publiée${p.network ? ` sur ${v(p, 'network', '')}` : ''}${p.reason ? ` : ${v(p, 'reason', '')}` : '.'}`,
      },
      'approval.requested': {
        subject: (p) => `Validation demandée : ${v(p, 'title', 'une publication')}`,
        intro: (p) =>
          `${v(p, 'actorName', 'Quelqu’un')} vous demande de valider « ${v(p, 'title', 'sans titre')} ».`,
      },
      'approval.reminder': {
        subject: (p) => `Rappel : « ${v(p, 'title', 'une publication')} » attend votre validation`,
        intro: (p) => `« ${v(p, 'title', 'sans titre')} » attend toujours votre validation.`,
      },
      'approval.overdue': {
        subject: (p) => `Validation en retard : ${v(p, 'title', 'une publication')}`,
        intro: (p) => `La validation de « ${v(p, 'title', 'sans titre')} » est en retard.`,
      },
      'approval.decided': {
        subject: (p) =>
          `${p.decision === 'approved' ? 'Validée' : p.decision === 'rejected' ? 'Refusée' : 'Modifications demandées'} : ${v(p, 'title', 'votre publication')}`,
        intro: (p) =>
          p.decision === 'approved'
            ? `« ${v(p, 'title', 'sans titre')} » est validée et peut être publiée.`
            : p.decision === 'rejected'
              ? `« ${v(p, 'title', 'sans titre')} » a été refusée${p.step ? ` à l’étape ${v(p, 'step', '')}` : ''}.`
              : `Des modifications sont demandées sur « ${v(p, 'title', 'sans titre')} »${p.step ? ` à l’étape ${v(p, 'step', '')}` : ''}.`,
      },
      mention: {
        subject: (p) => `${v(p, 'actorName', 'Quelqu’un')} vous a mentionné`,
        intro: (p) =>
          `${v(p, 'actorName', 'Quelqu’un')} vous a mentionné dans « ${v(p, 'title', 'un commentaire')} ».`,
      },
      'sla.breached': {
        subject: (p) => `Délai de réponse dépassé : ${v(p, 'title', 'une conversation')}`,
        intro: (p) => `Le délai de réponse est dépassé pour « ${v(p, 'title', 'une conversation')} ».`,
      },
    },
  },
};

/** The e-mail for one notification, in the recipient's language. */
export function notificationMail(
  locale: MailLocale,
  n: { type: NotificationType; params: Params; name: string; workspaceName: string; link: string },
): RenderedMail {
  const s = STRINGS[locale];
  const t = s.types[n.type];
  return renderActionMail({
    lang: locale,
    subject: t.subject(n.params),
    greeting: s.greeting.replace('{name}', () => oneLine(n.name)),
    intro: t.intro(n.params),
    action: s.action,
    link: n.link,
    copyLink: s.copyLink,
    notes: [s.why.replace('{workspace}', () => oneLine(n.workspaceName))],
    footer: s.footer,
  });
}
