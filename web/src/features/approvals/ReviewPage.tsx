import {
  Alert,
  Box,
  Button,
  Container,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { ApiError } from '../../api/client.js';
import { LanguageSwitcher } from '../../app/shell/LanguageSwitcher.js';
import { IconCheck, IconLock } from '../../components/icons.js';
import { Logo } from '../../components/Logo.js';
import { FormError, LoadError, Loading } from '../../components/ui.js';
import { useFormat } from '../../lib/format.js';
import { useReview, useReviewDecision } from './approvals.api.js';
import type { ReviewDecision, ReviewView } from './approvals.types.js';
import { ApprovalStatusBadge } from './badges.js';
import { useApprovalError } from './use-approval-error.js';
import { VariantCard } from './VariantCard.js';

/** The page frame for an outside reviewer: the logo, the language, nothing of the workspace. */
function ReviewFrame({ children }: { children: ReactNode }) {
  return (
    <Box bg="gray.0" mih="100vh">
      <Group justify="space-between" p="md">
        <Logo />
        <LanguageSwitcher />
      </Group>
      <Container size="md" pb={64}>
        {children}
      </Container>
    </Box>
  );
}

/** Approve, reject or comment, signed with the reviewer's name. */
function DecisionForm({ token, view }: { token: string; view: ReviewView }) {
  const { t } = useTranslation('approvals');
  const decide = useReviewDecision(token);
  const describe = useApprovalError();
  const [name, setName] = useState(view.reviewerName);
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState<'name' | 'comment' | null>(null);
  const [sent, setSent] = useState<ReviewDecision | null>(null);
  const send = (decision: ReviewDecision) => {
    if (!name.trim()) return setMissing('name');
    if (decision !== 'approve' && !comment.trim()) return setMissing('comment');
    setMissing(null);
    decide.mutate(
      { decision, name: name.trim(), ...(comment.trim() ? { comment: comment.trim() } : {}) },
      {
        onSuccess: () => {
          setSent(decision);
          setComment('');
        },
      },
    );
  };
  return (
    <Paper withBorder radius="md" p="lg" shadow="xs">
      <Stack gap="md">
        <Title order={4}>{view.canDecide ? t('review.decideTitle') : t('review.commentTitle')}</Title>
        {sent && (
          <Alert color="teal" variant="light" icon={<IconCheck />} role="status">
            {t(`review.sent.${sent}`)}
          </Alert>
        )}
        {!view.canDecide && !view.decided && (
          <Text size="sm" c="dimmed">
            {t('review.commentOnly')}
          </Text>
        )}
        <FormError message={decide.error ? describe(decide.error) : null} />
        <TextInput
          label={t('review.yourName')}
          required
          maxLength={200}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={missing === 'name' ? t('common:validation.required') : undefined}
        />
        <Textarea
          label={t('review.comment')}
          description={t('review.commentHint')}
          autosize
          minRows={3}
          maxRows={10}
          maxLength={5000}
          value={comment}
          onChange={(e) => {
            setComment(e.currentTarget.value);
            setMissing(null);
          }}
          error={missing === 'comment' ? t('decide.commentMissing') : undefined}
        />
        <Group gap="sm">
          {view.canDecide && (
            <>
              <Button
                color="teal"
                leftSection={<IconCheck />}
                loading={decide.isPending && decide.variables?.decision === 'approve'}
                onClick={() => send('approve')}
              >
                {t('review.approve')}
              </Button>
              <Button
                color="red"
                variant="light"
                loading={decide.isPending && decide.variables?.decision === 'reject'}
                onClick={() => send('reject')}
              >
                {t('review.reject')}
              </Button>
            </>
          )}
          <Button
            variant="default"
            loading={decide.isPending && decide.variables?.decision === 'comment'}
            onClick={() => send('comment')}
          >
            {t('review.sendComment')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function SharedPost({ token, view }: { token: string; view: ReviewView }) {
  const { t } = useTranslation('approvals');
  const fmt = useFormat();
  useEffect(() => {
    document.title = `${view.post.title || t('untitled')} · Presence`;
  }, [view.post.title, t]);
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Text size="sm" c="dimmed">
          {t('review.greeting', { name: view.reviewerName })}
        </Text>
        <Group gap="sm">
          <Title order={2}>{view.post.title || t('untitled')}</Title>
          <ApprovalStatusBadge status={view.approvalStatus} />
        </Group>
        <Text size="sm" c="dimmed">
          {view.post.scheduledAt
            ? t('review.scheduled', { at: fmt.dateTime(view.post.scheduledAt) })
            : t('review.notScheduled')}
          {' · '}
          {t('review.expires', { at: fmt.dateTime(view.expiresAt) })}
        </Text>
      </Stack>
      {view.decided && (
        <Alert color={view.decided === 'approve' ? 'teal' : 'red'} variant="light">
          {t(`review.decided.${view.decided}`)}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: Math.min(Math.max(view.post.variants.length, 1), 2) }} spacing="md">
        {view.post.variants.map((v, i) => (
          <VariantCard
            key={i}
            network={v.network}
            account={v.accountName}
            text={v.text}
            media={v.media.map((m) => ({ src: m.url, alt: m.altText }))}
            scheduledAt={v.scheduledAt}
            firstComment={v.firstComment}
          />
        ))}
      </SimpleGrid>
      <DecisionForm token={token} view={view} />
      <Text size="xs" c="dimmed" ta="center">
        {t('review.privacy')}
      </Text>
    </Stack>
  );
}

/** /review/:token — public: the one post shared with an outside reviewer, and their decision. */
export default function ReviewPage() {
  const { t } = useTranslation('approvals');
  const { token = '' } = useParams();
  const review = useReview(token);
  let body: ReactNode;
  if (review.isPending) body = <Loading />;
  else if (review.error) {
    body =
      review.error instanceof ApiError && review.error.status === 404 ? (
        <Paper withBorder radius="md" p="xl" maw={520} mx="auto" mt="xl">
          <Stack align="center" ta="center" gap="sm">
            <IconLock size={32} />
            <Title order={3}>{t('review.invalidTitle')}</Title>
            <Text size="sm" c="dimmed">
              {t('review.invalid')}
            </Text>
          </Stack>
        </Paper>
      ) : (
        <LoadError error={review.error} onRetry={() => void review.refetch()} />
      );
  } else body = <SharedPost token={token} view={review.data.data} />;
  return <ReviewFrame>{body}</ReviewFrame>;
}
