import { Avatar, Box, Button, Group, Image, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mediaUrl } from './MediaEditor.js';
import { NETWORK_COLOR, NetworkBadge } from './network-ui.js';
import type { MediaAttachment } from './posts.types.js';
import { tokenize } from './preview-tokens.js';
import type { VariantDraft } from './composer-state.js';

/** The text of a post as the network shows it: links, hashtags and mentions in the accent colour. */
function RichText({
  text,
  accent,
  linkAs,
}: {
  text: string;
  accent: string;
  linkAs?: (url: string) => string;
}) {
  const style = { color: `var(--mantine-color-${accent}-7)` };
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {tokenize(text, linkAs).map((tok, i) => (
        <Fragment key={i}>{tok.kind === 'text' ? tok.text : <span style={style}>{tok.text}</span>}</Fragment>
      ))}
    </Text>
  );
}

function MediaGrid({ ws, media }: { ws: string; media: MediaAttachment[] }) {
  if (!media.length) return null;
  return (
    <SimpleGrid cols={media.length === 1 ? 1 : 2} spacing={4} mt={6}>
      {media.map((m, i) => (
        <Image
          key={`${m.mediaId}-${i}`}
          src={mediaUrl(ws, m.mediaId)}
          alt={m.altText}
          title={m.altText}
          radius="sm"
          h={media.length === 1 ? 180 : 100}
          fit="cover"
          fallbackSrc="data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'><rect width='10' height='10' fill='%23dee2e6'/></svg>"
        />
      ))}
    </SimpleGrid>
  );
}

/** One post of the chain: author line, text (behind its content warning on Mastodon), media. */
function PostBlock({
  ws,
  network,
  name,
  handle,
  text,
  media,
  contentWarning,
  linkAs,
  reply,
}: {
  ws: string;
  network: string;
  name: string;
  handle: string;
  text: string;
  media: MediaAttachment[];
  contentWarning: string;
  linkAs: ((url: string) => string) | undefined;
  reply?: boolean;
}) {
  const { t } = useTranslation('posts');
  const [open, setOpen] = useState(false);
  const accent = NETWORK_COLOR[network] ?? 'blue';
  const hidden = contentWarning.trim() !== '' && !open;
  return (
    <Group align="flex-start" wrap="nowrap" gap="sm">
      <Avatar radius={network === 'mastodon' ? 'sm' : 'xl'} color={accent} size={reply ? 'sm' : 'md'} alt="">
        {name.slice(0, 1).toUpperCase()}
      </Avatar>
      <Box style={{ flex: 1, minWidth: 0 }}>
        <Group gap={4} wrap="nowrap">
          <Text size="sm" fw={700} truncate>
            {name}
          </Text>
          <Text size="xs" c="dimmed" truncate>
            @{handle}
          </Text>
        </Group>
        {contentWarning.trim() !== '' && (
          <Group gap="xs" mt={2} wrap="nowrap">
            <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
              {contentWarning}
            </Text>
            <Button size="compact-xs" variant="light" color={accent} onClick={() => setOpen((o) => !o)}>
              {open ? t('preview.showLess') : t('preview.showMore')}
            </Button>
          </Group>
        )}
        {!hidden && (
          <>
            {text ? (
              <RichText text={text} accent={accent} {...(linkAs ? { linkAs } : {})} />
            ) : (
              <Text size="sm" c="dimmed" fs="italic">
                {t('preview.empty')}
              </Text>
            )}
            <MediaGrid ws={ws} media={media} />
          </>
        )}
      </Box>
    </Group>
  );
}

/** A rough look at the variant as its network will show it. */
export function PreviewCard({
  ws,
  network,
  name,
  handle,
  variant,
  shortLink,
}: {
  ws: string;
  network: string;
  name: string;
  handle: string;
  variant: VariantDraft;
  /** The short link every URL becomes, or null when links are published as written. */
  shortLink: string | null;
}) {
  const { t } = useTranslation('posts');
  const linkAs = shortLink ? () => shortLink : undefined;
  const cw = network === 'mastodon' ? variant.contentWarning : '';
  const accent = NETWORK_COLOR[network] ?? 'blue';
  const common = { ws, network, name, handle, linkAs, contentWarning: cw };
  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      style={{ borderTop: `3px solid var(--mantine-color-${accent}-5)` }}
      aria-label={t('preview.label', { handle })}
    >
      <Group justify="space-between" mb="xs">
        <NetworkBadge network={network} />
        {network === 'mastodon' && variant.visibility && (
          <Text size="xs" c="dimmed">
            {t(`visibility.${variant.visibility}`)}
          </Text>
        )}
      </Group>
      <Stack gap="sm">
        <PostBlock {...common} text={variant.text} media={variant.media} />
        {variant.thread.map((part, i) => (
          <Box key={i} pl="md" style={{ borderLeft: '2px solid var(--mantine-color-gray-3)' }}>
            <PostBlock {...common} text={part.text} media={part.media} reply />
          </Box>
        ))}
        {variant.firstComment.trim() !== '' && (
          <Box pl="md" style={{ borderLeft: '2px dashed var(--mantine-color-gray-4)' }}>
            <Text size="xs" c="dimmed" mb={4}>
              {t('preview.firstComment')}
            </Text>
            <PostBlock {...common} contentWarning="" text={variant.firstComment} media={[]} reply />
          </Box>
        )}
      </Stack>
    </Paper>
  );
}
