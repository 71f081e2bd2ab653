import {
  Alert,
  Badge,
  Button,
  CopyButton,
  Group,
  Modal,
  NumberInput,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfirm } from '../../components/confirm.js';
import { IconCheck, IconCopy, IconPlus } from '../../components/icons.js';
import { FormError, LoadError, Loading } from '../../components/ui.js';
import { useFormat } from '../../lib/format.js';
import { checks, useForm } from '../../lib/form.js';
import { notifyError, notifySuccess } from '../../lib/notify.js';
import { useCreateReviewLink, useReviewLinks, useRevokeReviewLink } from './approvals.api.js';
import type { ReviewLink } from './approvals.types.js';
import { useApprovalError } from './use-approval-error.js';

/** The link just created: its URL is shown this once (the server keeps only a hash of the token). */
function CreatedLink({ url, onDone }: { url: string; onDone: () => void }) {
  const { t } = useTranslation('approvals');
  return (
    <Stack gap="md">
      <Alert color="teal" variant="light" icon={<IconCheck />}>
        {t('links.createdOnce')}
      </Alert>
      <Group gap="xs" wrap="nowrap">
        <TextInput
          value={url}
          readOnly
          style={{ flex: 1 }}
          aria-label={t('links.url')}
          onFocus={(e) => e.currentTarget.select()}
        />
        <CopyButton value={url}>
          {({ copied, copy }) => (
            <Button
              leftSection={copied ? <IconCheck /> : <IconCopy />}
              color={copied ? 'teal' : undefined}
              onClick={copy}
            >
              {copied ? t('links.copied') : t('links.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('links.done')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Name, e-mail, the external approver it stands for, expiry → a link. */
function CreateLinkModal({
  ws,
  postId,
  opened,
  onClose,
}: {
  ws: string;
  postId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('approvals');
  const create = useCreateReviewLink(ws, postId);
  const describe = useApprovalError();
  const [url, setUrl] = useState<string | null>(null);
  const form = useForm({ reviewerName: '', reviewerEmail: '', externalId: '', expiresInDays: 7 }, (v) => ({
    reviewerName: checks.required(v.reviewerName) ? undefined : t('common:validation.required'),
    reviewerEmail:
      !v.reviewerEmail.trim() || checks.email(v.reviewerEmail) ? undefined : t('common:validation.email'),
    expiresInDays: v.expiresInDays >= 1 && v.expiresInDays <= 30 ? undefined : t('links.expiryRange'),
  }));
  const close = () => {
    setUrl(null);
    form.setAll({ reviewerName: '', reviewerEmail: '', externalId: '', expiresInDays: 7 });
    form.clearErrors();
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={t('links.createTitle')} centered size="lg">
      {url ? (
        <CreatedLink url={url} onDone={close} />
      ) : (
        <form
          noValidate
          onSubmit={form.onSubmit((v) =>
            create.mutate(
              {
                reviewerName: v.reviewerName.trim(),
                reviewerEmail: v.reviewerEmail.trim() || null,
                externalId: v.externalId.trim() || null,
                expiresInDays: v.expiresInDays,
              },
              { onSuccess: (res) => setUrl(res.data.url), onError: (e) => form.fail(e, describe) },
            ),
          )}
        >
          <Stack gap="md">
            <Text size="sm" c="dimmed">
              {t('links.createHint')}
            </Text>
            <FormError message={form.formError} />
            <TextInput
              label={t('links.name')}
              required
              maxLength={200}
              {...form.text('reviewerName')}
              data-autofocus
            />
            <TextInput label={t('links.email')} type="email" {...form.text('reviewerEmail')} />
            <TextInput
              label={t('links.externalId')}
              description={t('links.externalIdHint')}
              placeholder="client"
              {...form.text('externalId')}
            />
            <NumberInput
              label={t('links.expiry')}
              min={1}
              max={30}
              allowDecimal={false}
              value={form.values.expiresInDays}
              onChange={(v) => form.set('expiresInDays', typeof v === 'number' ? v : 7)}
              error={form.error('expiresInDays')}
              suffix={` ${t('links.days')}`}
              w={200}
            />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close}>
                {t('common:cancel')}
              </Button>
              <Button type="submit" loading={create.isPending}>
                {t('links.create')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}

/** Links for outside reviewers: who, until when, last used; create (URL shown once) and revoke. */
export function ReviewLinksSection({
  ws,
  postId,
  canShare,
}: {
  ws: string;
  postId: string;
  canShare: boolean;
}) {
  const { t } = useTranslation('approvals');
  const fmt = useFormat();
  const confirm = useConfirm();
  const describe = useApprovalError();
  const links = useReviewLinks(ws, postId);
  const revoke = useRevokeReviewLink(ws, postId);
  const [creating, setCreating] = useState(false);
  const askRevoke = async (l: ReviewLink) => {
    const ok = await confirm({
      title: t('links.revokeTitle'),
      message: t('links.revokeBody', { name: l.reviewerName }),
      confirmLabel: t('links.revoke'),
      danger: true,
    });
    if (ok)
      revoke.mutate(l.id, {
        onSuccess: () => notifySuccess(t('links.revoked', { name: l.reviewerName })),
        onError: (e) => notifyError(describe(e)),
      });
  };
  const stateOf = (l: ReviewLink) => (l.revokedAt ? 'revoked' : l.active ? 'active' : 'expired');
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" c="dimmed" maw={420}>
          {t('links.intro')}
        </Text>
        {canShare && (
          <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setCreating(true)}>
            {t('links.share')}
          </Button>
        )}
      </Group>
      {links.isPending ? (
        <Loading />
      ) : links.error ? (
        <LoadError error={links.error} onRetry={() => void links.refetch()} />
      ) : links.data.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('links.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={520}>
          <Table verticalSpacing={6}>
            <Table.Tbody>
              {links.data.data.map((l) => {
                const state = stateOf(l);
                return (
                  <Table.Tr key={l.id} data-link={l.id}>
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {l.reviewerName}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {[
                          l.reviewerEmail,
                          l.externalId ? t('links.asExternal', { label: l.externalId }) : null,
                        ]
                          .filter(Boolean)
                          .join(' · ') || '—'}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge
                        size="sm"
                        variant="light"
                        radius="sm"
                        tt="none"
                        color={state === 'active' ? 'teal' : 'gray'}
                      >
                        {t(`links.states.${state}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs" c="dimmed">
                        {t('links.expires', { at: fmt.dateTime(l.expiresAt) })}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {l.lastUsedAt
                          ? t('links.lastUsed', { at: fmt.dateTime(l.lastUsedAt) })
                          : t('links.neverUsed')}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">
                      {canShare && state === 'active' && (
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          color="red"
                          onClick={() => void askRevoke(l)}
                        >
                          {t('links.revoke')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <CreateLinkModal ws={ws} postId={postId} opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  );
}
