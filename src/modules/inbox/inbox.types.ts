/** The inbox vocabulary shared by ingestion, triage and the indicators. */

/** Interaction kinds that open or continue a conversation; likes, reposts and follows are metrics. */
export const CONVERSATION_KINDS = ['reply', 'mention', 'quote', 'direct_message'] as const;
export type ConversationKind = (typeof CONVERSATION_KINDS)[number];

export const INBOX_STATES = ['new', 'assigned', 'waiting', 'answered', 'closed', 'spam'] as const;
export type InboxState = (typeof INBOX_STATES)[number];

export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type Priority = (typeof PRIORITIES)[number];

export type Sentiment = 'positive' | 'neutral' | 'negative';
