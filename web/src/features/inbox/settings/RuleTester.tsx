import { Alert, Badge, Button, Group, NumberInput, Select, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../../app/workspace.js';
import { LoadError, Panel } from '../../../components/ui.js';
import { testRules } from '../inbox.api.js';
import { INBOX_NETWORKS, KINDS, type RoutingRule } from '../inbox.types.js';
import type { InboxPeople } from '../people.js';
import { actionsText } from './RuleSummary.js';

/** Type a message and see which rules it meets and what would happen, before a real one arrives. */
export function RuleTester({ rules, people }: { rules: RoutingRule[]; people: InboxPeople }) {
  const { t } = useTranslation('inbox');
  const { id: ws } = useWorkspace();
  const [text, setText] = useState('');
  const [network, setNetwork] = useState<string>('mastodon');
  const [kind, setKind] = useState<string>('reply');
  const [followers, setFollowers] = useState<number | ''>('');
  const run = useMutation({
    mutationFn: () => testRules(ws, { text, network, kind, followers: followers === '' ? null : followers }),
  });
  const result = run.data;

  return (
    <Panel title={t('tester.title')} description={t('tester.description')}>
      <Stack gap="sm">
        <Textarea
          label={t('tester.text')}
          placeholder={t('tester.placeholder')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={10_000}
        />
        <Group align="flex-end" grow>
          <Select
            label={t('rules.fields.networks')}
            data={INBOX_NETWORKS.map((n) => ({ value: n, label: t(`network.${n}`) }))}
            value={network}
            onChange={(v) => v && setNetwork(v)}
            allowDeselect={false}
          />
          <Select
            label={t('rules.fields.kinds')}
            data={KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
            value={kind}
            onChange={(v) => v && setKind(v)}
            allowDeselect={false}
          />
          <NumberInput
            label={t('tester.followers')}
            value={followers}
            onChange={(v) => setFollowers(typeof v === 'number' ? v : '')}
            min={0}
            allowDecimal={false}
          />
          <Button onClick={() => run.mutate()} loading={run.isPending} disabled={!text.trim()}>
            {t('tester.run')}
          </Button>
        </Group>
        {run.error && <LoadError error={run.error} />}
        {result && (
          <Alert
            color={result.matched.length ? 'teal' : 'gray'}
            variant="light"
            data-testid="rule-test-result"
          >
            <Stack gap={6}>
              <Group gap={6}>
                <Text size="sm" fw={600}>
                  {result.matched.length
                    ? t('tester.matched', { count: result.matched.length })
                    : t('tester.none')}
                </Text>
                {result.matched.map((m) => (
                  <Badge key={m.ruleId} variant="light" tt="none">
                    {rules.findIndex((r) => r.id === m.ruleId) + 1}. {m.name}
                  </Badge>
                ))}
              </Group>
              {result.matched.length > 0 && (
                <Text size="sm">
                  {t('rules.then')} {actionsText(result.result.actions, people, t)}
                </Text>
              )}
              <Text size="xs" c="dimmed">
                {t('tester.classified', {
                  language: result.result.language ?? '—',
                  question: t(result.result.isQuestion ? 'tester.yes' : 'tester.no'),
                  sentiment: t(`sentiment.${result.result.sentiment}`, {
                    defaultValue: result.result.sentiment,
                  }),
                })}
              </Text>
            </Stack>
          </Alert>
        )}
      </Stack>
    </Panel>
  );
}
