import { Alert, Anchor, Badge, MultiSelect, Paper, Select, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { IconInfo } from '../../../components/icons.js';
import { fieldError, useAutosave } from '../autosave.js';
import { useBuilder } from '../builder-context.js';
import { useScrollToFocus } from '../ItemList.js';
import { stepUrl } from '../steps.js';
import type { PlanAction, Raci } from '../strategy.types.js';
import { OrgBudgetPanel } from './OrgBudgetPanel.js';

/** Step 8: who is Responsible, Accountable, Consulted and Informed for each action of the plan. */
export function RolesStep() {
  const { t } = useTranslation('strategy');
  const { snapshot, ws, focusId, members } = useBuilder();
  const live = snapshot.actions.filter((a) => a.status !== 'cancelled');
  useScrollToFocus(
    live.some((a) => a.id === focusId),
    focusId,
  );
  if (!snapshot.actions.length)
    return (
      <>
        <OrgBudgetPanel />
        <Alert variant="light" icon={<IconInfo />}>
          {t('roles.noActions')}{' '}
          <Anchor component={Link} to={stepUrl(ws, 'plan')}>
            {t('roles.toPlan')}
          </Anchor>
        </Alert>
      </>
    );
  return (
    <>
      <OrgBudgetPanel />
      {members.length < 2 && (
        <Alert variant="light" icon={<IconInfo />}>
          {t('roles.fewMembers')}{' '}
          <Anchor component={Link} to={`/w/${encodeURIComponent(ws)}/members`}>
            {t('roles.toMembers')}
          </Anchor>
        </Alert>
      )}
      <Paper withBorder radius="md" shadow="xs">
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="sm" horizontalSpacing="sm" layout="fixed">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w="22%">{t('roles.action')}</Table.Th>
                {(['responsible', 'accountable', 'consulted', 'informed'] as const).map((r) => (
                  <Table.Th key={r}>
                    <Text size="sm" fw={700}>
                      {t(`raci.${r}Letter`)}{' '}
                      <Text span size="xs" c="dimmed" fw={500}>
                        {t(`raci.${r}`)}
                      </Text>
                    </Text>
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {snapshot.actions.map((a) => (
                <RaciRow key={a.id} action={a} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      <Text size="xs" c="dimmed">
        {t('roles.legend')}
      </Text>
    </>
  );
}

function RaciRow({ action: a }: { action: PlanAction }) {
  const { t } = useTranslation('strategy');
  const { writes, write, options, focusId } = useBuilder();
  const raci = useAutosave<Raci>(a.raci, (r) => writes.patchItem('actions', a.id, { raci: r }));
  const d = raci.draft;
  const set = (patch: Partial<Raci>) => raci.change({ ...d, ...patch }, true);
  const error = raci.error ? fieldError(raci.error, 'raci', t('save.failed')) : null;
  const missing = a.status !== 'cancelled' && (!d.responsible.length || !d.accountable);
  const common = {
    data: options.people,
    readOnly: !write,
    size: 'xs' as const,
    placeholder: write ? t('roles.pick') : undefined,
    comboboxProps: { withinPortal: true, width: 260 },
  };
  return (
    <Table.Tr
      id={`item-${a.id}`}
      style={a.id === focusId ? { boxShadow: 'inset 3px 0 0 var(--mantine-color-blue-5)' } : undefined}
      bg={a.id === focusId ? 'blue.0' : undefined}
    >
      <Table.Td>
        <Text size="sm" fw={600} lineClamp={2}>
          {a.title}
        </Text>
        {a.status === 'cancelled' ? (
          <Badge size="xs" color="gray" variant="light">
            {t('actionStatuses.cancelled')}
          </Badge>
        ) : missing ? (
          <Badge size="xs" color="red" variant="light">
            {t('roles.missing')}
          </Badge>
        ) : null}
        {error && (
          <Text size="xs" c="red">
            {error}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <MultiSelect
          {...common}
          aria-label={t('raci.cell', { role: t('raci.responsible'), action: a.title })}
          value={d.responsible}
          placeholder={write && !d.responsible.length ? t('roles.pick') : undefined}
          hidePickedOptions
          onChange={(v) => set({ responsible: v })}
        />
      </Table.Td>
      <Table.Td>
        <Select
          {...common}
          aria-label={t('raci.cell', { role: t('raci.accountable'), action: a.title })}
          value={d.accountable}
          clearable={write}
          onChange={(v) => set({ accountable: v })}
        />
      </Table.Td>
      <Table.Td>
        <MultiSelect
          {...common}
          aria-label={t('raci.cell', { role: t('raci.consulted'), action: a.title })}
          value={d.consulted}
          placeholder={write && !d.consulted.length ? t('roles.pick') : undefined}
          hidePickedOptions
          onChange={(v) => set({ consulted: v })}
        />
      </Table.Td>
      <Table.Td>
        <MultiSelect
          {...common}
          aria-label={t('raci.cell', { role: t('raci.informed'), action: a.title })}
          value={d.informed}
          placeholder={write && !d.informed.length ? t('roles.pick') : undefined}
          hidePickedOptions
          onChange={(v) => set({ informed: v })}
        />
      </Table.Td>
    </Table.Tr>
  );
}
