import { Anchor, Badge, Code, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, LoadError, Loading } from '../../components/ui.js';
import { IconHistory } from '../../components/icons.js';
import { useFormat } from '../../lib/format.js';
import { useBuilder } from './builder-context.js';
import { documentUrl, useDiff, useVersions } from './strategy.api.js';
import type { Diff } from './strategy.types.js';

/** A changed value, short enough to read in a list. */
function show(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 140 ? `${s.slice(0, 140)}…` : s;
}

/** Published versions, and what changed between two of them (or one and the draft). */
export function VersionsView() {
  const { t } = useTranslation('strategy');
  const { ws, lang } = useBuilder();
  const fmt = useFormat();
  const versions = useVersions(ws);
  const list = versions.data?.data ?? [];
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState('draft');
  const latest = list[0]?.number;
  useEffect(() => {
    if (from === null && latest !== undefined) setFrom(String(latest));
  }, [from, latest]);
  const diff = useDiff(ws, from, to);

  if (versions.error) return <LoadError error={versions.error} onRetry={() => void versions.refetch()} />;
  if (!versions.data) return <Loading />;
  const sides = [
    { value: 'draft', label: t('versions.draft') },
    ...list.map((v) => ({ value: String(v.number), label: t('versions.label', { n: v.number }) })),
  ];

  return (
    <>
      <Paper withBorder radius="md" p="lg" shadow="xs">
        <Title order={3} mb="xs">
          {t('versions.title')}
        </Title>
        <Text size="sm" c="dimmed" mb="md">
          {t('versions.intro')}
        </Text>
        {list.length === 0 ? (
          <EmptyState icon={IconHistory} title={t('versions.empty')} description={t('versions.emptyHint')} />
        ) : (
          <Table.ScrollContainer minWidth={600}>
            <Table verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('versions.version')}</Table.Th>
                  <Table.Th>{t('versions.note')}</Table.Th>
                  <Table.Th>{t('versions.publishedBy')}</Table.Th>
                  <Table.Th>{t('completeness.title')}</Table.Th>
                  <Table.Th>{t('versions.documents')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((v) => (
                  <Table.Tr key={v.id}>
                    <Table.Td>
                      <Text fw={700} size="sm" style={{ whiteSpace: 'nowrap' }}>
                        {t('versions.label', { n: v.number })}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{v.note || '—'}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{v.publishedBy.name}</Text>
                      <Text size="xs" c="dimmed">
                        {fmt.dateTime(v.publishedAt)}
                      </Text>
                    </Table.Td>
                    <Table.Td>{v.completenessScore} %</Table.Td>
                    <Table.Td>
                      <Group gap="xs">
                        <Anchor size="sm" href={documentUrl(ws, 'briefing.pdf', lang, v.number)} download>
                          {t('versions.briefing')}
                        </Anchor>
                        <Anchor size="sm" href={documentUrl(ws, 'document.pdf', lang, v.number)} download>
                          PDF
                        </Anchor>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      {list.length > 0 && (
        <Paper withBorder radius="md" p="lg" shadow="xs">
          <Title order={4} mb="sm">
            {t('versions.compare')}
          </Title>
          <Group mb="md">
            <Select
              label={t('versions.from')}
              data={sides}
              value={from}
              onChange={setFrom}
              allowDeselect={false}
              w={200}
            />
            <Select
              label={t('versions.to')}
              data={sides}
              value={to}
              onChange={(v) => v && setTo(v)}
              allowDeselect={false}
              w={200}
            />
          </Group>
          {from === to ? (
            <Text size="sm" c="dimmed">
              {t('versions.sameSide')}
            </Text>
          ) : diff.error ? (
            <LoadError error={diff.error} />
          ) : !diff.data ? (
            <Loading />
          ) : (
            <DiffView diff={diff.data.data} />
          )}
        </Paper>
      )}
    </>
  );
}

function DiffView({ diff }: { diff: Diff }) {
  const { t } = useTranslation('strategy');
  const sections = diff.sections.filter((s) => s.added.length + s.removed.length + s.changed.length > 0);
  if (!sections.length)
    return (
      <Text size="sm" c="dimmed">
        {t('versions.noChange')}
      </Text>
    );
  return (
    <Stack gap="md">
      <Text size="sm" fw={600}>
        {t('versions.changeCount', { count: diff.changeCount })}
      </Text>
      {sections.map((s) => (
        <div key={s.section}>
          <Text fw={650} size="sm" mb={4}>
            {t(`diffSections.${s.section}`)}
          </Text>
          <Stack gap={4}>
            {s.added.map((i) => (
              <Text key={`a${i.id}`} size="sm" component="div">
                <Badge size="xs" color="teal" mr={6}>
                  {t('versions.added')}
                </Badge>
                {i.label}
              </Text>
            ))}
            {s.removed.map((i) => (
              <Text key={`r${i.id}`} size="sm" component="div">
                <Badge size="xs" color="red" mr={6}>
                  {t('versions.removed')}
                </Badge>
                {i.label}
              </Text>
            ))}
            {s.changed.map((i) => (
              <div key={`c${i.id}`}>
                <Text size="sm" component="div">
                  <Badge size="xs" color="blue" mr={6}>
                    {t('versions.changed')}
                  </Badge>
                  {i.label}
                </Text>
                {i.fields.map((f) => (
                  <Text key={f.field} size="xs" pl="xl" c="dimmed">
                    <Code fz="xs">{f.field}</Code> <del>{show(f.before)}</del> →{' '}
                    <Text span c="dark" size="xs">
                      {show(f.after)}
                    </Text>
                  </Text>
                ))}
              </div>
            ))}
          </Stack>
        </div>
      ))}
    </Stack>
  );
}
