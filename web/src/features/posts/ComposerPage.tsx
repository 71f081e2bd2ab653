import { Alert, Badge, Grid, Stack, Text } from '@mantine/core';
import { useMemo, useReducer, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams, useSearchParams } from 'react-router-dom';
import { useSession } from '../../app/session.js';
import { useWorkspace } from '../../app/workspace.js';
import { IconLink } from '../../components/icons.js';
import { EmptyState, LoadError, Loading, PageHeader, Panel } from '../../components/ui.js';
import type { ConnectedAccount } from '../accounts/accounts.api.js';
import { AccountPicker } from './AccountPicker.js';
import { severityByField } from './check-fields.js';
import { ChecksPanel } from './ChecksPanel.js';
import {
  composerReducer,
  draftFromPost,
  fingerprint,
  isLocked,
  newDraft,
  type ComposerDraft,
} from './composer-state.js';
import { parseAt, wallClockOf, type WallClock } from './local-time.js';
import { PostMeta } from './PostMeta.js';
import { PostApprovalPanel } from '../approvals/PostApprovalPanel.js';
import { PostStatusPanel } from './PostStatusPanel.js';
import { useAccounts, useAttempts, useFilters, useNetworks, usePost, type PostResult } from './posts.api.js';
import type { NetworkInfo, PostView } from './posts.types.js';
import { PreviewCard } from './PreviewCard.js';
import { SchedulePanel } from './SchedulePanel.js';
import { STATUS_COLOR } from './status.js';
import { placeholderShortLink } from './text-length.js';
import { useComposerCommands } from './use-composer-commands.js';
import { useLiveChecks } from './use-live-checks.js';
import { useUnsavedGuard } from './use-unsaved-guard.js';
import { VariantEditor } from './VariantEditor.js';

/** `posts/new` and `posts/:postId`: one composer, remounted when the address names another post. */
export default function ComposerPage() {
  const { postId } = useParams();
  return <ComposerLoader key={postId ?? 'new'} postId={postId} />;
}

function ComposerLoader({ postId }: { postId: string | undefined }) {
  const { id: ws, may } = useWorkspace();
  const seesAccounts = may('accounts.read');
  const accounts = useAccounts(ws, seesAccounts);
  const networks = useNetworks(ws);
  const post = usePost(ws, postId);
  const failed = accounts.error ?? networks.error ?? post.error;
  if (failed)
    return (
      <LoadError
        error={failed}
        onRetry={() =>
          void Promise.all([seesAccounts && accounts.refetch(), networks.refetch(), post.refetch()])
        }
      />
    );
  if ((seesAccounts && !accounts.data) || !networks.data || (postId !== undefined && !post.data))
    return <Loading />;
  return (
    <Composer
      initial={post.data ?? null}
      accounts={accounts.data?.data ?? []}
      networks={networks.data.data}
    />
  );
}

function Composer({
  initial,
  accounts,
  networks,
}: {
  initial: PostResult | null;
  accounts: ConnectedAccount[];
  networks: NetworkInfo[];
}) {
  const { t } = useTranslation('posts');
  const { id: ws, workspace, may } = useWorkspace();
  const session = useSession();
  const location = useLocation();
  const [params] = useSearchParams();
  const filters = useFilters(ws);
  // The person's own zone first: they read and type times on their clock, the server converts.
  const timeZone = session.user.timeZone ?? workspace.timeZone;
  const canEdit = may('posts.write');
  const canPublish = may('posts.publish');

  const [start] = useState<ComposerDraft>(() => {
    if (initial) {
      const carried = (location.state as { clock?: WallClock } | null)?.clock ?? null;
      const at = initial.data.scheduledAt ? wallClockOf(initial.data.scheduledAt, timeZone) : carried;
      return draftFromPost(initial.data, at);
    }
    const wanted = params.get('accountId');
    const pre = accounts.find((a) => a.id === wanted && a.health.status !== 'needs_reconnect');
    return newDraft(pre ? [pre.id] : [], parseAt(params.get('at')));
  });
  const [draft, dispatch] = useReducer(composerReducer, start);
  const [baseline, setBaseline] = useState(() => fingerprint(start));
  const [post, setPost] = useState<PostView | null>(initial?.data ?? null);
  const attempts = useAttempts(ws, post?.id);
  const live = useLiveChecks(ws, draft, canEdit, initial?.checks ?? null);
  const dirty = fingerprint(draft) !== baseline;
  const guard = useUnsavedGuard(dirty);

  const accountById = useMemo(() => new Map(accounts.map((a) => [a.id, a])), [accounts]);
  const capsOf = (network: string) => networks.find((n) => n.id === network)?.capabilities;
  const infoOf = (accountId: string) => {
    const a = accountById.get(accountId);
    const saved = post?.variants.find((v) => v.accountId === accountId);
    const handle = a?.handle ?? saved?.accountHandle ?? accountId;
    return { handle, name: a?.displayName ?? handle, network: a?.network ?? saved?.network ?? '' };
  };
  const accountOf = (i: number) => draft.variants[i]?.accountId;
  const handleOf = (i: number) => {
    const id = accountOf(i);
    return id ? infoOf(id).handle : String(i + 1);
  };
  const severities = useMemo(
    () => severityByField(live.checks?.items ?? [], (i) => draft.variants[i]?.accountId),
    [live.checks, draft.variants],
  );
  const severity = (id: string) => severities.get(id);
  const fieldError = (id: string) => fieldErrors[id];
  const shortLink = draft.trackLinks ? placeholderShortLink(window.location.origin) : null;

  const commands = useComposerCommands({
    ws,
    timeZone,
    draft,
    dirty,
    post,
    accountOf,
    onSaved: (next, saved, checks) => {
      dispatch({ type: 'reset', draft: next });
      setBaseline(fingerprint(next));
      setPost(saved);
      live.accept(checks, next);
    },
    onChecks: (checks) => live.accept(checks),
    release: guard.release,
  });
  const { running, retrying, fieldErrors, formError } = commands;

  const selected = draft.variants.map((v) => v.accountId);
  const locked = draft.variants.filter(isLocked).map((v) => v.accountId);
  const accountError = Object.entries(fieldErrors).find(([id]) => id.startsWith('composer-account-'))?.[1];
  const title = post ? post.title || t('page.untitled') : t('page.newTitle');

  return (
    <>
      <PageHeader
        title={title}
        description={t('page.description')}
        actions={
          post && (
            <Badge size="lg" variant="light" tt="none" color={STATUS_COLOR[post.status]}>
              {t(`status.${post.status}`)}
            </Badge>
          )
        }
      />
      {!canEdit && (
        <Alert color="gray" mb="md">
          {t('page.readOnly')}
        </Alert>
      )}
      {formError && (
        <Alert color="red" mb="md" role="alert" withCloseButton onClose={commands.clearFormError}>
          {formError}
        </Alert>
      )}
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            {/* Choosing accounts is editing: readers see each variant's account on its card. */}
            {canEdit && (
              <Panel title={t('accounts.title')} description={t('accounts.description')}>
                {accounts.length === 0 && selected.length === 0 ? (
                  <EmptyState
                    icon={IconLink}
                    title={t('accounts.empty')}
                    description={
                      <Text size="sm" component={Link} to={`/w/${ws}/accounts`} c="blue">
                        {t('accounts.emptyHint')}
                      </Text>
                    }
                  />
                ) : (
                  <AccountPicker
                    ws={ws}
                    accounts={accounts}
                    selected={selected}
                    locked={locked}
                    disabled={!canEdit}
                    error={accountError}
                    onToggle={(accountId) => dispatch({ type: 'toggleAccount', accountId })}
                  />
                )}
              </Panel>
            )}
            {draft.variants.map((v, i) => {
              const info = infoOf(v.accountId);
              return (
                <VariantEditor
                  key={v.accountId}
                  ws={ws}
                  variant={v}
                  handle={info.handle}
                  displayName={info.name}
                  network={info.network}
                  caps={capsOf(info.network)}
                  serverLength={
                    live.pending ? undefined : live.checks?.lengths.find((l) => l.variantIndex === i)
                  }
                  shortLinkLength={shortLink ? shortLink.length : null}
                  others={draft.variants
                    .filter((o) => o.accountId !== v.accountId && o.text.trim() !== '')
                    .map((o) => ({ accountId: o.accountId, handle: infoOf(o.accountId).handle }))}
                  canEdit={canEdit}
                  showStatus={post !== null}
                  severity={severity}
                  fieldError={fieldError}
                  dispatch={dispatch}
                />
              );
            })}
            <Panel title={t('meta.panel')}>
              <PostMeta
                draft={draft}
                filters={filters.data?.data}
                disabled={!canEdit || (locked.length > 0 && locked.length === draft.variants.length)}
                dispatch={dispatch}
                fieldError={fieldError}
                severity={severity}
              />
            </Panel>
            <SchedulePanel
              draft={draft}
              dispatch={dispatch}
              timeZone={timeZone}
              post={post}
              canEdit={canEdit}
              canPublish={canPublish}
              blocking={live.checks?.blocking ?? false}
              hasVariants={draft.variants.length > 0}
              dirty={dirty}
              timeError={fieldErrors['composer-time']}
              running={running}
              run={(c) => void commands.run(c)}
            />
            {post && <PostApprovalPanel workspaceId={ws} postId={post.id} />}
            {post && (
              <PostStatusPanel
                post={post}
                attempts={attempts.data?.data ?? []}
                canPublish={canPublish}
                retryingId={retrying}
                onRetry={(id) => void commands.retry(id)}
              />
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            <ChecksPanel
              checks={live.checks}
              pending={live.pending}
              handleOf={handleOf}
              accountOf={accountOf}
            />
            <Panel title={t('preview.title')} description={shortLink ? t('preview.trackedHint') : undefined}>
              {draft.variants.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('preview.none')}
                </Text>
              ) : (
                <Stack gap="md">
                  {draft.variants.map((v) => {
                    const info = infoOf(v.accountId);
                    return (
                      <PreviewCard
                        key={v.accountId}
                        ws={ws}
                        network={info.network}
                        name={info.name}
                        handle={info.handle}
                        variant={v}
                        shortLink={shortLink}
                      />
                    );
                  })}
                </Stack>
              )}
            </Panel>
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
