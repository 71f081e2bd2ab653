import { Grid, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { get } from '../../api/client.js';
import { keys, wsPath } from '../../api/paths.js';
import type { DataOf, Department, Invitation, Member } from '../../api/types.js';
import { useSession } from '../../app/session.js';
import { useWorkspace } from '../../app/workspace.js';
import { PageHeader } from '../../components/ui.js';
import { ExecutivePanel } from '../analytics/ExecutivePanel.js';
import { DepartmentsPanel, PeoplePanel } from './PeoplePanels.js';
import { SetupChecklist } from './SetupChecklist.js';
import { RolePanel, WorkspaceFactsPanel } from './WorkspacePanels.js';

/** The workspace at a glance: what is set up, who is in it, and what the person may do here. */
export default function HomePage() {
  const { t } = useTranslation('home');
  const { id, workspace, may, role } = useWorkspace();
  const { user } = useSession();
  const canReadMembers = may('members.read');
  const members = useQuery({
    queryKey: keys.members(id),
    queryFn: () => get<DataOf<Member[]>>(wsPath(id, '/members')),
    enabled: canReadMembers,
  });
  const departments = useQuery({
    queryKey: keys.departments(id),
    queryFn: () => get<DataOf<Department[]>>(wsPath(id, '/departments')),
    enabled: canReadMembers,
  });
  const invitations = useQuery({
    queryKey: keys.invitations(id),
    queryFn: () => get<DataOf<Invitation[]>>(wsPath(id, '/invitations')),
    enabled: may('members.invite'),
  });
  const pending = invitations.data?.data.filter((i) => i.status === 'pending') ?? [];

  return (
    <>
      <PageHeader title={workspace.name} description={t('subtitle', { name: user.name.split(' ')[0] })} />
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="lg">
            {/* The executive lands on the management summary; others see it after the set-up list. */}
            {role === 'executive' && may('analytics.read') && <ExecutivePanel compact />}
            <SetupChecklist
              members={members.data?.data}
              departments={departments.data?.data}
              pendingInvitations={pending.length}
            />
            {role !== 'executive' && may('analytics.read') && <ExecutivePanel compact />}
            {canReadMembers && (
              <PeoplePanel query={members} pending={pending} departments={departments.data?.data} />
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="lg">
            <RolePanel />
            <WorkspaceFactsPanel />
            {canReadMembers && <DepartmentsPanel query={departments} />}
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
