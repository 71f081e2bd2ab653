import type { Role } from '../../../core/policy.js';

/** Languages mail is written in; the web's languages. */
export type MailLocale = 'en' | 'fr';

/** Every sentence of server-rendered mail, per language. `{name}` marks a value filled in at send time. */
export interface MailStrings {
  invitation: {
    subject: string;
    greeting: string;
    intro: string;
    action: string;
    copyLink: string;
    validity: string;
    ignore: string;
  };
  passwordReset: {
    subject: string;
    greeting: string;
    intro: string;
    action: string;
    copyLink: string;
    validity: string;
    ignore: string;
  };
  roles: Record<Role, string>;
  footer: string;
}

export const MAIL_STRINGS: Record<MailLocale, MailStrings> = {
  en: {
    invitation: {
      subject: '{inviter} invited you to {workspace} on Presence',
      greeting: 'Hello,',
      intro: '{inviter} invited you to join the workspace “{workspace}” on Presence as {role}.',
      action: 'Accept the invitation',
      copyLink: 'If the button does not work, copy this link into your browser:',
      validity: 'This invitation is valid for {days} days.',
      ignore: 'If you did not expect it, you can ignore this message.',
    },
    passwordReset: {
      subject: 'Reset your Presence password',
      greeting: 'Hello {name},',
      intro: 'Someone asked to reset the password of your Presence account. To choose a new one:',
      action: 'Choose a new password',
      copyLink: 'If the button does not work, copy this link into your browser:',
      validity:
        'This link works once and for {minutes} minutes. Setting a new password signs you out everywhere.',
      ignore: 'If you did not ask for it, ignore this message: your password stays the same.',
    },
    roles: {
      owner: 'owner',
      admin: 'administrator',
      strategist: 'strategist',
      editor: 'editor',
      approver: 'approver',
      community_manager: 'community manager',
      analyst: 'analyst',
      executive: 'executive',
      guest_reviewer: 'guest reviewer',
    },
    footer: 'Presence — plan, run and measure your social media presence.',
  },
  fr: {
    invitation: {
      subject: '{inviter} vous invite à rejoindre {workspace} sur Presence',
      greeting: 'Bonjour,',
      intro: '{inviter} vous invite à rejoindre l’espace « {workspace} » sur Presence en tant que {role}.',
      action: 'Accepter l’invitation',
      copyLink: 'Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :',
      validity: 'Cette invitation est valable {days} jours.',
      ignore: 'Si vous ne l’attendiez pas, vous pouvez ignorer ce message.',
    },
    passwordReset: {
      subject: 'Réinitialisez votre mot de passe Presence',
      greeting: 'Bonjour {name},',
      intro:
        'Quelqu’un a demandé la réinitialisation du mot de passe de votre compte Presence. Pour en choisir un nouveau :',
      action: 'Choisir un nouveau mot de passe',
      copyLink: 'Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :',
      validity:
        'Ce lien ne sert qu’une fois et pendant {minutes} minutes. Un nouveau mot de passe vous déconnecte partout.',
      ignore: 'Si vous n’avez rien demandé, ignorez ce message : votre mot de passe ne change pas.',
    },
    roles: {
      owner: 'propriétaire',
      admin: 'administrateur',
      strategist: 'stratège',
      editor: 'rédacteur',
      approver: 'approbateur',
      community_manager: 'community manager',
      analyst: 'analyste',
      executive: 'dirigeant',
      guest_reviewer: 'relecteur invité',
    },
    footer: 'Presence — planifier, mener et mesurer votre présence sur les réseaux sociaux.',
  },
};

/** The language to write in: the first known of the candidates, else English. */
export function pickMailLocale(...candidates: (string | null | undefined)[]): MailLocale {
  for (const c of candidates) if (c === 'en' || c === 'fr') return c;
  return 'en';
}
