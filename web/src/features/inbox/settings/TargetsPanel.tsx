import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useWorkspace } from '../../../app/workspace.js';
import { IconPlus, IconTrash } from '../../../components/icons.js';
import { FormError, LoadError, Loading, Panel } from '../../../components/ui.js';
import { useDescribeError } from '../../../lib/errors.js';
import { notifySuccess } from '../../../lib/notify.js';
import { useInboxSettings, useSaveInboxSettings } from '../inbox.api.js';
import { PRIORITIES, type InboxSettings, type Priority, type ResponseTarget } from '../inbox.types.js';
import { duplicateTargets, sortTargets, TARGET_NETWORKS } from './targets.js';

/** How fast the team means to answer, per network and priority, and whether nights count. */
export function TargetsPanel() {
  const { t } = useTranslation('inbox');
  const { id: ws, may } = useWorkspace();
  const describe = useDescribeError();
  const settings = useInboxSettings(ws);
  const save = useSaveInboxSettings(ws);
  const [draft, setDraft] = useState<InboxSettings | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const canEdit = may('workspace.update');

  useEffect(() => {
    if (settings.data) setDraft({ clock: settings.data.clock, targets: sortTargets(settings.data.targets) });
  }, [settings.data]);

  if (settings.isPending || (!draft && !settings.error)) return <Loading />;
  if (settings.error) return <LoadError error={settings.error} onRetry={() => void settings.refetch()} />;
  if (!draft) return null;

  const dups = duplicateTargets(draft.targets);
  const setTarget = (i: number, patch: Partial<ResponseTarget>) =>
    setDraft({ ...draft, targets: draft.targets.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
  const invalid = dups.length > 0 || draft.targets.some((x) => !(x.minutes >= 1 && x.minutes <= 10_080));

  const submit = () => {
    setFormError(null);
    save.mutate(draft, {
      onSuccess: () => notifySuccess(t('targets.saved')),
      onError: (e) => setFormError(describe(e)),
    });
  };

  return (
    <Panel title={t('targets.title')} description={t('targets.description')}>
      <Stack gap="md">
        <FormError message={formError} />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('targets.clock')}
          </Text>
          <SegmentedControl
            value={draft.clock}
            onChange={(v) => setDraft({ ...draft, clock: v as InboxSettings['clock'] })}
            disabled={!canEdit}
            data={[
              { value: 'around_the_clock', label: t('targets.aroundTheClock') },
              { value: 'business', label: t('targets.business') },
            ]}
            w="fit-content"
          />
          <Text size="xs" c="dimmed">
            {draft.clock === 'business' ? t('targets.businessHint') : t('targets.aroundHint')}{' '}
            {draft.clock === 'business' && may('workspace.update') && (
              <Link to={`/w/${encodeURIComponent(ws)}/settings`}>{t('targets.hoursLink')}</Link>
            )}
          </Text>
        </Stack>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('targets.network')}</Table.Th>
              <Table.Th>{t('targets.priority')}</Table.Th>
              <Table.Th>{t('targets.minutes')}</Table.Th>
              {canEdit && <Table.Th w={50} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {draft.targets.map((x, i) => (
              <Table.Tr key={i}>
                <Table.Td>
                  <Select
                    size="xs"
                    aria-label={t('targets.network')}
                    data={[...new Set([...TARGET_NETWORKS, x.network])].map((n) => ({
                      value: n,
                      label: t(`network.${n}`, { defaultValue: n }),
                    }))}
                    value={x.network}
                    onChange={(v) => v && setTarget(i, { network: v })}
                    allowDeselect={false}
                    disabled={!canEdit}
                  />
                </Table.Td>
                <Table.Td>
                  <Select
                    size="xs"
                    aria-label={t('targets.priority')}
                    data={[
                      { value: 'any', label: t('targets.anyPriority') },
                      ...PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) })),
                    ]}
                    value={x.priority ?? 'any'}
                    onChange={(v) => setTarget(i, { priority: !v || v === 'any' ? null : (v as Priority) })}
                    allowDeselect={false}
                    disabled={!canEdit}
                    error={dups.includes(i) ? t('targets.duplicate') : undefined}
                  />
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    size="xs"
                    aria-label={t('targets.minutes')}
                    value={x.minutes}
                    onChange={(v) => setTarget(i, { minutes: typeof v === 'number' ? v : 0 })}
                    min={1}
                    max={10_080}
                    allowDecimal={false}
                    disabled={!canEdit}
                    w={120}
                  />
                </Table.Td>
                {canEdit && (
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('targets.remove')}
                      onClick={() => setDraft({ ...draft, targets: draft.targets.filter((_, j) => j !== i) })}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text size="xs" c="dimmed">
          {t('targets.defaults')}
        </Text>
        {canEdit && (
          <Group justify="space-between">
            <Button
              variant="default"
              leftSection={<IconPlus size={16} />}
              onClick={() =>
                setDraft({
                  ...draft,
                  targets: [...draft.targets, { network: 'mastodon', priority: 'urgent', minutes: 60 }],
                })
              }
            >
              {t('targets.add')}
            </Button>
            <Button onClick={submit} loading={save.isPending} disabled={invalid}>
              {t('form.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </Panel>
  );
}
