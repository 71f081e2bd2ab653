import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IconCheck, IconPencil, IconX } from '../../components/icons.js';
import { notifySuccess } from '../../lib/notify.js';
import { useApprovalCommand } from './approvals.api.js';
import { DecisionModal, type DecisionKind } from './DecisionModal.js';
import { useApprovalError } from './use-approval-error.js';

/** Approve, request changes or reject one post, each with a comment; the server checks who may. */
export function DecisionButtons({
  ws,
  postId,
  title,
  size = 'sm',
}: {
  ws: string;
  postId: string;
  title?: string;
  size?: 'xs' | 'sm' | 'compact-sm';
}) {
  const { t } = useTranslation('approvals');
  const command = useApprovalCommand(ws, postId);
  const describe = useApprovalError();
  const [kind, setKind] = useState<DecisionKind | null>(null);
  const open = (k: DecisionKind) => {
    command.reset();
    setKind(k);
  };
  const confirm = (comment: string) => {
    if (!kind) return;
    const body = kind === 'approve' ? { kind, ...(comment ? { comment } : {}) } : { kind, comment };
    command.mutate(body, {
      onSuccess: () => {
        notifySuccess(t(`decide.${kind}.done`));
        setKind(null);
      },
    });
  };
  return (
    <>
      <Group gap="xs" wrap="wrap">
        <Button
          size={size}
          color="teal"
          leftSection={<IconCheck size={16} />}
          onClick={() => open('approve')}
        >
          {t('decide.approve.action')}
        </Button>
        <Button
          size={size}
          variant="light"
          color="orange"
          leftSection={<IconPencil size={16} />}
          onClick={() => open('request-changes')}
        >
          {t('decide.request-changes.action')}
        </Button>
        <Button
          size={size}
          variant="light"
          color="red"
          leftSection={<IconX size={16} />}
          onClick={() => open('reject')}
        >
          {t('decide.reject.action')}
        </Button>
      </Group>
      <DecisionModal
        kind={kind}
        {...(title ? { title } : {})}
        onClose={() => setKind(null)}
        onConfirm={confirm}
        pending={command.isPending}
        error={command.error ? describe(command.error) : null}
      />
    </>
  );
}
