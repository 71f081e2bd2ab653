import { SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '../../components/ui.js';
import { mediaContentUrl } from '../media/media.api.js';
import { usePostPreview } from './approvals.api.js';
import type { PostPreview } from './approvals.types.js';
import { VariantCard } from './VariantCard.js';

/** The variants of a workspace post, as cards. */
export function VariantGrid({ ws, post }: { ws: string; post: PostPreview }) {
  const { t } = useTranslation('approvals');
  if (!post.variants.length)
    return (
      <Text size="sm" c="dimmed">
        {t('preview.noVariants')}
      </Text>
    );
  return (
    <SimpleGrid cols={{ base: 1, md: Math.min(post.variants.length, 2) }} spacing="sm">
      {post.variants.map((v) => (
        <VariantCard
          key={v.id}
          network={v.network}
          account={v.accountHandle}
          text={v.text}
          media={v.media.map((m) => ({ src: mediaContentUrl(ws, m.mediaId), alt: m.altText }))}
          scheduledAt={v.scheduledAt}
        />
      ))}
    </SimpleGrid>
  );
}

/** Loads a post and shows its network previews (the approver reads what will go out). */
export function PostPreviews({ ws, postId }: { ws: string; postId: string }) {
  const query = usePostPreview(ws, postId);
  if (query.isPending) return <Loading />;
  if (query.error) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  return <VariantGrid ws={ws} post={query.data.data} />;
}
