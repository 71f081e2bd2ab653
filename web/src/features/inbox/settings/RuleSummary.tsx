import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RuleActions, RuleConditions } from '../inbox.types.js';
import type { InboxPeople } from '../people.js';

/** "When … then …" in words, so a rule reads without opening it. */
export function RuleSummary({
  rule,
  people,
}: {
  rule: { conditions: RuleConditions; actions: RuleActions };
  people: InboxPeople;
}) {
  const { t } = useTranslation('inbox');
  return (
    <Text size="xs" c="dimmed">
      <b>{t('rules.when')}</b> {conditionsText(rule.conditions, t)} · <b>{t('rules.then')}</b>{' '}
      {actionsText(rule.actions, people, t)}
    </Text>
  );
}

type T = (key: string, o?: Record<string, unknown>) => string;

/** The conditions as one line; "any message" when there are none. */
export function conditionsText(c: RuleConditions, t: T): string {
  const parts: string[] = [];
  if (c.networks?.length)
    parts.push(c.networks.map((n) => t(`network.${n}`, { defaultValue: n })).join(t('rules.or')));
  if (c.kinds?.length)
    parts.push(c.kinds.map((k) => t(`kind.${k}`, { defaultValue: k })).join(t('rules.or')));
  if (c.keywords?.length)
    parts.push(t('rules.sum.keywords', { words: c.keywords.map((k) => `“${k}”`).join(', ') }));
  if (c.pattern) parts.push(t('rules.sum.pattern', { pattern: c.pattern }));
  if (c.languages?.length) parts.push(t('rules.sum.languages', { languages: c.languages.join(', ') }));
  if (c.isQuestion !== undefined)
    parts.push(t(c.isQuestion ? 'rules.sum.question' : 'rules.sum.notQuestion'));
  if (c.sentiments?.length) parts.push(c.sentiments.map((s) => t(`sentiment.${s}`)).join(t('rules.or')));
  if (c.minFollowers !== undefined) parts.push(t('rules.sum.followers', { count: c.minFollowers }));
  return parts.length ? parts.join(' + ') : t('rules.sum.any');
}

/** The actions as one line. */
export function actionsText(a: RuleActions, people: InboxPeople, t: T): string {
  const parts: string[] = [];
  if (a.assigneeId) parts.push(t('rules.sum.assign', { name: people.nameOf(a.assigneeId) ?? a.assigneeId }));
  if (a.departmentId)
    parts.push(t('rules.sum.department', { name: people.departmentName(a.departmentId) ?? a.departmentId }));
  if (a.priority) parts.push(t('rules.sum.priority', { priority: t(`priority.${a.priority}`) }));
  if (a.tags?.length) parts.push(t('rules.sum.tags', { tags: a.tags.join(', ') }));
  if (a.targetMinutes) parts.push(t('rules.sum.target', { minutes: a.targetMinutes }));
  return parts.join(', ') || '—';
}
