import { Badge, Box, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const SENTIMENT_COLOR: Record<string, string> = {
  positive: 'var(--mantine-color-teal-6)',
  neutral: 'var(--mantine-color-gray-5)',
  negative: 'var(--mantine-color-red-6)',
};
const PRIORITY_COLOR: Record<string, string> = { low: 'gray', normal: 'blue', high: 'orange', urgent: 'red' };
const STATE_COLOR: Record<string, string> = {
  new: 'blue',
  assigned: 'indigo',
  waiting: 'yellow',
  answered: 'teal',
  closed: 'gray',
  spam: 'dark',
};

/** A small dot coloured by the message's tone, named for screen readers. */
export function SentimentDot({ sentiment }: { sentiment: string }) {
  const { t } = useTranslation('inbox');
  const label = t(`sentiment.${sentiment}`, { defaultValue: sentiment });
  return (
    <Tooltip label={label} withArrow openDelay={300}>
      <Box
        component="span"
        role="img"
        aria-label={label}
        w={9}
        h={9}
        style={{
          borderRadius: '50%',
          background: SENTIMENT_COLOR[sentiment] ?? SENTIMENT_COLOR.neutral,
          flex: 'none',
        }}
      />
    </Tooltip>
  );
}

/** The priority, shown only when it differs from normal so the list stays quiet. */
export function PriorityBadge({ priority, always = false }: { priority: string; always?: boolean }) {
  const { t } = useTranslation('inbox');
  if (priority === 'normal' && !always) return null;
  return (
    <Badge
      size="xs"
      variant={priority === 'urgent' ? 'filled' : 'light'}
      color={PRIORITY_COLOR[priority] ?? 'gray'}
    >
      {t(`priority.${priority}`, { defaultValue: priority })}
    </Badge>
  );
}

/** The item's state. */
export function StateBadge({ state }: { state: string }) {
  const { t } = useTranslation('inbox');
  return (
    <Badge size="xs" variant="dot" color={STATE_COLOR[state] ?? 'gray'} tt="none">
      {t(`state.${state}`, { defaultValue: state })}
    </Badge>
  );
}

/** "?" when the message asks something: questions expect an answer first. */
export function QuestionBadge() {
  const { t } = useTranslation('inbox');
  return (
    <Tooltip label={t('row.question')} withArrow openDelay={300}>
      <Badge size="xs" variant="filled" color="grape" radius="xl" aria-label={t('row.question')} px={6}>
        ?
      </Badge>
    </Tooltip>
  );
}
