import { Alert, Button, Group, Menu, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../app/workspace.js';
import { useConfirm } from '../../components/confirm.js';
import { IconChevronDown, IconSend, IconX } from '../../components/icons.js';
import { LoadError, Loading } from '../../components/ui.js';
import { useFormat } from '../../lib/format.js';
import { notifyError, notifySuccess } from '../../lib/notify.js';
import { useApproval, useApprovalCommand } from './approvals.api.js';
import type { ApprovalCan, ApprovalView } from './approvals.types.js';
import { ApprovalStatusBadge } from './badges.js';
import { CommentsSection } from './CommentsSection.js';
import { DecisionButtons } from './DecisionButtons.js';
import { ReviewLinksSection } from './ReviewLinksSection.js';
import { ActivityList, StepTimeline } from './StepTimeline.js';
import { useApprovalError } from './use-approval-error.js';
import { useNow } from './use-now.js';
import { VersionHistory } from './VersionHistory.js';

/** Submit (or skip an optional circuit) and withdraw: the author's side. */
function AuthorActions({ ws, postId, can }: { ws: string; postId: string; can: ApprovalCan }) {
  const { t } = useTranslation('approvals');
  const command = useApprovalCommand(ws, postId);
  const describe = useApprovalError();
  const confirm = useConfirm();
  const run = (body: Parameters<typeof command.mutate>[0], done: string) =>
    command.mutate(body, { onSuccess: () => notifySuccess(done), onError: (e) => notifyError(describe(e)) });
  const withdraw = async () => {
    const ok = await confirm({
      title: t('panel.withdrawTitle'),
      message: t('panel.withdrawBody'),
      confirmLabel: t('panel.withdraw'),
    });
    if (ok) run({ kind: 'withdraw' }, t('panel.withdrawn'));
  };
  if (!can.submit && !can.withdraw) return null;
  return (
    <Group gap="xs">
      {can.submit && (
        <Group gap={0} wrap="nowrap">
          <Button
            leftSection={<IconSend size={16} />}
            loading={command.isPending && command.variables?.kind === 'submit'}
            onClick={() => run({ kind: 'submit' }, t('panel.submitted'))}
            style={{ borderTopRightRadius: 0, borderBottomRightRadius: 0 }}
          >
            {t('panel.submit')}
          </Button>
          <Menu position="bottom-end">
            <Menu.Target>
              <Button
                px={8}
                aria-label={t('panel.moreSubmit')}
                style={{
                  borderTopLeftRadius: 0,
                  borderBottomLeftRadius: 0,
                  borderLeft: '1px solid rgba(255,255,255,.4)',
                }}
              >
                <IconChevronDown size={14} />
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => run({ kind: 'submit', skip: true }, t('panel.skipped'))}>
                {t('panel.skip')}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      )}
      {can.withdraw && (
        <Button
          variant="default"
          leftSection={<IconX size={16} />}
          loading={command.isPending && command.variables?.kind === 'withdraw'}
          onClick={() => void withdraw()}
        >
          {t('panel.withdraw')}
        </Button>
      )}
    </Group>
  );
}

/** One line saying where the approval stands and what happens next. */
function Summary({ view }: { view: ApprovalView }) {
  const { t } = useTranslation('approvals');
  const fmt = useFormat();
  const waiting = view.waitingOn.map((p) => p.name).join(', ');
  return (
    <Stack gap={4}>
      <Text size="sm">
        {view.circuit
          ? t('panel.circuit', {
              name: view.circuit.name,
              kind: t(view.circuit.required ? 'circuits.requiredBadge' : 'circuits.optionalBadge'),
            })
          : t('panel.noCircuit')}
        {view.round > 1 ? ` · ${t('panel.round', { round: view.round })}` : ''}
      </Text>
      {view.status === 'in_review' && (
        <Text size="sm" c="dimmed">
          {waiting ? t('panel.waitingOn', { names: waiting }) : t('panel.nobodyWaiting')}
        </Text>
      )}
      {view.publicationAt && (
        <Text size="xs" c="dimmed">
          {t('inbox.publication', { at: fmt.dateTime(view.publicationAt) })}
        </Text>
      )}
    </Stack>
  );
}

/**
 * The approval side of a post, embedded by the composer: status, step timeline with clocks, the
 * author's submit/withdraw, the approver's decision, comments with @mentions, versions with their
 * differences, and links for outside reviewers. Buttons follow the `can` the server answers with.
 */
export function PostApprovalPanel({ workspaceId, postId }: { workspaceId: string; postId: string }) {
  const { t } = useTranslation('approvals');
  const { may } = useWorkspace();
  const query = useApproval(workspaceId, postId);
  const now = useNow();
  if (query.isPending)
    return (
      <Paper withBorder radius="md" p="md">
        <Loading />
      </Paper>
    );
  if (query.error) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  const { data: view, can } = query.data;
  return (
    <Paper withBorder radius="md" p="md" shadow="xs" data-approval-status={view.status}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Stack gap={6}>
            <Group gap="xs">
              <Title order={4} fw={600}>
                {t('panel.title')}
              </Title>
              <ApprovalStatusBadge status={view.status} />
            </Group>
            <Summary view={view} />
          </Stack>
          <AuthorActions ws={workspaceId} postId={postId} can={can} />
        </Group>
        {view.status === 'approval_overdue' && (
          <Alert color="red" variant="light">
            {t('panel.overdue')}
          </Alert>
        )}
        {can.decide && view.currentStep && (
          <Paper bg="indigo.0" p="sm" radius="md">
            <Stack gap="xs">
              <Text size="sm" fw={600}>
                {t('panel.yourTurn', { step: view.currentStep.name })}
              </Text>
              <DecisionButtons ws={workspaceId} postId={postId} size="xs" />
            </Stack>
          </Paper>
        )}
        <Tabs defaultValue="steps" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="steps">{t('panel.tabs.steps')}</Tabs.Tab>
            <Tabs.Tab value="comments">{t('panel.tabs.comments')}</Tabs.Tab>
            <Tabs.Tab value="versions">{t('panel.tabs.versions')}</Tabs.Tab>
            <Tabs.Tab value="links">{t('panel.tabs.links')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="steps" pt="md">
            <Stack gap="lg">
              {view.circuit ? (
                <StepTimeline view={view} now={now} />
              ) : (
                <Text size="sm" c="dimmed">
                  {t('panel.noCircuitYet')}
                </Text>
              )}
              <div>
                <Text size="xs" fw={600} c="dimmed" tt="uppercase" mb={6}>
                  {t('panel.activity')}
                </Text>
                <ActivityList view={view} />
              </div>
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="comments" pt="md">
            <CommentsSection ws={workspaceId} postId={postId} />
          </Tabs.Panel>
          <Tabs.Panel value="versions" pt="md">
            <VersionHistory ws={workspaceId} postId={postId} />
          </Tabs.Panel>
          <Tabs.Panel value="links" pt="md">
            <ReviewLinksSection
              ws={workspaceId}
              postId={postId}
              canShare={can.shareLink && may('posts.write')}
            />
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </Paper>
  );
}

export default PostApprovalPanel;
