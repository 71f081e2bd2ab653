import type { DeliveryEventType, EventEnvelope } from './webhooks.types.js';

/**
 * Bodies for chat incoming webhooks, which ignore our JSON: Slack takes `{ text, blocks }` (text is
 * the notification fallback), Teams workflows take a message with one Adaptive Card attachment. One
 * readable sentence per event, in the workspace's language.
 */

export type PresetLocale = 'en' | 'fr';

type Sentence = (d: Readonly<Record<string, unknown>>) => string;

/** A string field of the event data, or the fallback when it is missing or empty. */
function field(d: Readonly<Record<string, unknown>>, key: string, fallback: string): string {
  const v = d[key];
  return typeof v === 'string' && v.trim() ? v.replace(/\s+/g, ' ').trim() : fallback;
}

const SENTENCES: Record<PresetLocale, Record<DeliveryEventType, Sentence>> = {
  en: {
    ping: () => 'Presence test event: this webhook works.',
    'post.submitted': (d) =>
      `Post “${field(d, 'title', 'untitled')}” was submitted for approval${by(d, 'by')}.`,
    'post.approved': (d) => `Post “${field(d, 'title', 'untitled')}” was approved${by(d, 'by')}.`,
    'post.rejected': (d) =>
      `Post “${field(d, 'title', 'untitled')}” was sent back${by(d, 'by')}${because(d, 'because')}.`,
    'post.published': (d) => `Post “${field(d, 'title', 'untitled')}” was published${on(d, 'on')}.`,
    'post.failed': (d) =>
      `Post “${field(d, 'title', 'untitled')}” could not be published${on(d, 'on')}${because(d, 'because')}.`,
    'approval.overdue': (d) => `The approval of “${field(d, 'title', 'untitled')}” is overdue.`,
    'interaction.received': (d) => `New ${field(d, 'kind', 'message')}${on(d, 'on')}${by(d, 'from')}.`,
    'sla.breached': (d) =>
      `The response target was missed for “${field(d, 'title', field(d, 'subject', 'a conversation'))}”.`,
  },
  fr: {
    ping: () => 'Événement de test Presence : ce webhook fonctionne.',
    'post.submitted': (d) =>
      `La publication « ${field(d, 'title', 'sans titre')} » a été soumise à validation${par(d)}.`,
    'post.approved': (d) => `La publication « ${field(d, 'title', 'sans titre')} » a été approuvée${par(d)}.`,
    'post.rejected': (d) =>
      `La publication « ${field(d, 'title', 'sans titre')} » a été renvoyée${par(d)}${because(d, 'motif')}.`,
    'post.published': (d) =>
      `La publication « ${field(d, 'title', 'sans titre')} » a été publiée${on(d, 'sur')}.`,
    'post.failed': (d) =>
      `La publication « ${field(d, 'title', 'sans titre')} » n’a pas pu être publiée${on(d, 'sur')}${because(d, 'motif')}.`,
    'approval.overdue': (d) => `La validation de « ${field(d, 'title', 'sans titre')} » est en retard.`,
    'interaction.received': (d) => `Nouveau ${field(d, 'kind', 'message')}${on(d, 'sur')}${by(d, 'de')}.`,
    'sla.breached': (d) =>
      `Le délai de réponse est dépassé pour « ${field(d, 'title', field(d, 'subject', 'une conversation'))} ».`,
  },
};

function by(d: Readonly<Record<string, unknown>>, word: string): string {
  const who = field(d, 'actorName', '');
  return who ? ` ${word} ${who}` : '';
}
function par(d: Readonly<Record<string, unknown>>): string {
  return by(d, 'par');
}
function on(d: Readonly<Record<string, unknown>>, word: string): string {
  const network = field(d, 'network', '');
  return network ? ` ${word} ${network}` : '';
}
function because(d: Readonly<Record<string, unknown>>, word: string): string {
  const reason = field(d, 'reason', '');
  return reason ? ` (${word}: ${reason})` : '';
}

/** The sentence for an event in `locale` (any locale other than French reads English). */
export function eventSentence(envelope: EventEnvelope, locale: string): string {
  const lang: PresetLocale = locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
  return SENTENCES[lang][envelope.type](envelope.data);
}

/** An absolute http(s) link carried by the event (`data.url`), for a button; null otherwise. */
function eventLink(envelope: EventEnvelope): string | null {
  const url = envelope.data.url;
  return typeof url === 'string' && /^https?:\/\//.test(url) ? url : null;
}

// Slack mrkdwn treats &, < and > as control characters; everything else is shown as typed.
function slackEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The body a Slack incoming webhook accepts. */
export function slackBody(envelope: EventEnvelope, locale: string): Record<string, unknown> {
  const text = slackEscape(eventSentence(envelope, locale));
  const link = eventLink(envelope);
  const open = locale.toLowerCase().startsWith('fr') ? 'Ouvrir dans Presence' : 'Open in Presence';
  return {
    text,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text } },
      {
        type: 'context',
        elements: [
          {
            type: 'mrkdwn',
            text: `${envelope.type} · ${envelope.createdAt}${link ? ` · <${link}|${open}>` : ''}`,
          },
        ],
      },
    ],
  };
}

/** The body a Microsoft Teams incoming webhook (Workflows) accepts: a message with an Adaptive Card. */
export function teamsBody(envelope: EventEnvelope, locale: string): Record<string, unknown> {
  const text = eventSentence(envelope, locale);
  const link = eventLink(envelope);
  const open = locale.toLowerCase().startsWith('fr') ? 'Ouvrir dans Presence' : 'Open in Presence';
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body: [
            { type: 'TextBlock', text, wrap: true },
            {
              type: 'TextBlock',
              text: `${envelope.type} · ${envelope.createdAt}`,
              isSubtle: true,
              size: 'Small',
              wrap: true,
            },
          ],
          ...(link ? { actions: [{ type: 'Action.OpenUrl', title: open, url: link }] } : {}),
        },
      },
    ],
  };
}
