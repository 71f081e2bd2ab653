import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/ui.js';

export type DecisionKind = 'approve' | 'reject' | 'request-changes';

const COLOR: Record<DecisionKind, string | undefined> = {
  approve: 'teal',
  reject: 'red',
  'request-changes': 'orange',
};

/**
 * Asks for the comment of a decision: optional to approve, required to reject or to ask for changes
 * (the author must know what to fix). `onConfirm` resolves when the server has answered.
 */
export function DecisionModal({
  kind,
  title,
  onClose,
  onConfirm,
  pending,
  error,
}: {
  kind: DecisionKind | null;
  /** What is being decided on, shown under the title. */
  title?: string;
  onClose: () => void;
  onConfirm: (comment: string) => void;
  pending: boolean;
  error: string | null;
}) {
  const { t } = useTranslation('approvals');
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    if (kind) {
      setComment('');
      setMissing(false);
    }
  }, [kind]);
  const required = kind !== null && kind !== 'approve';
  const submit = () => {
    if (required && !comment.trim()) return setMissing(true);
    onConfirm(comment.trim());
  };
  return (
    <Modal opened={kind !== null} onClose={onClose} title={kind ? t(`decide.${kind}.title`) : ''} centered>
      {kind && (
        <Stack gap="md">
          {title && (
            <Text size="sm" fw={600}>
              {title}
            </Text>
          )}
          <Text size="sm" c="dimmed">
            {t(`decide.${kind}.hint`)}
          </Text>
          <FormError message={error} />
          <Textarea
            label={t('decide.comment')}
            placeholder={required ? t('decide.commentRequired') : t('decide.commentOptional')}
            autosize
            minRows={3}
            maxRows={10}
            maxLength={5000}
            required={required}
            value={comment}
            onChange={(e) => {
              setComment(e.currentTarget.value);
              setMissing(false);
            }}
            error={missing ? t('decide.commentMissing') : undefined}
            data-autofocus
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common:cancel')}
            </Button>
            <Button color={COLOR[kind]} loading={pending} onClick={submit}>
              {t(`decide.${kind}.confirm`)}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
