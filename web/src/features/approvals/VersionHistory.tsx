import { Group, Select, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '../../components/ui.js';
import { useFormat } from '../../lib/format.js';
import { useVersionDiff, useVersions } from './approvals.api.js';
import { DiffView } from './DiffView.js';

/** The versions of a post (one at each submission and edit) and the difference between any two. */
export function VersionHistory({ ws, postId }: { ws: string; postId: string }) {
  const { t } = useTranslation('approvals');
  const fmt = useFormat();
  const versions = useVersions(ws, postId);
  const [selected, setSelected] = useState<string | null>(null);
  const [against, setAgainst] = useState<string | null>(null);
  const list = versions.data?.data ?? [];
  // Newest first: by default the newest version against the one before it.
  const shown = selected ?? (list.length > 1 ? list[0]!.id : null);
  const diff = useVersionDiff(ws, postId, shown, against);

  if (versions.isPending) return <Loading />;
  if (versions.error) return <LoadError error={versions.error} onRetry={() => void versions.refetch()} />;
  if (!list.length)
    return (
      <Text size="sm" c="dimmed">
        {t('versions.empty')}
      </Text>
    );
  const label = (v: (typeof list)[number]) =>
    t('versions.label', {
      number: v.number,
      reason: t(`versions.reasons.${v.reason}`),
      at: fmt.dateTime(v.createdAt),
    });
  const shownVersion = list.find((v) => v.id === shown);
  const olderChoices = list.filter((v) => shownVersion && v.number < shownVersion.number);
  return (
    <Stack gap="md">
      <Table verticalSpacing={6} highlightOnHover>
        <Table.Tbody>
          {list.map((v) => (
            <Table.Tr
              key={v.id}
              bg={v.id === shown ? 'var(--mantine-color-indigo-0)' : undefined}
              data-version={v.number}
            >
              <Table.Td>
                <UnstyledButton
                  onClick={() => {
                    setSelected(v.id);
                    setAgainst(null);
                  }}
                  disabled={v.number === 1 && list.length === 1}
                >
                  <Text size="sm" fw={v.id === shown ? 600 : 400}>
                    {t('versions.number', { number: v.number })} · {t(`versions.reasons.${v.reason}`)}
                  </Text>
                </UnstyledButton>
              </Table.Td>
              <Table.Td>
                <Text size="xs" c="dimmed">
                  {v.createdBy?.name ?? '—'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="xs" c="dimmed">
                  {fmt.dateTime(v.createdAt)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {shownVersion && shownVersion.number > 1 && (
        <Stack gap="xs">
          <Group gap="xs" align="flex-end">
            <Text size="sm" fw={600}>
              {t('versions.comparing', { number: shownVersion.number })}
            </Text>
            <Select
              size="xs"
              aria-label={t('versions.against')}
              placeholder={t('versions.previous')}
              data={olderChoices.map((v) => ({ value: v.id, label: label(v) }))}
              value={against}
              onChange={setAgainst}
              clearable
              w={300}
            />
          </Group>
          {diff.isPending ? (
            <Loading />
          ) : diff.error ? (
            <LoadError error={diff.error} onRetry={() => void diff.refetch()} />
          ) : (
            <DiffView diff={diff.data.data} />
          )}
        </Stack>
      )}
      {shownVersion?.number === 1 && (
        <Text size="sm" c="dimmed">
          {t('versions.first')}
        </Text>
      )}
    </Stack>
  );
}
