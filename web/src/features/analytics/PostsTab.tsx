import { Anchor, Group, SegmentedControl, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { useWorkspace } from '../../app/workspace.js';
import { IconExternal } from '../../components/icons.js';
import { LoadError, Loading, Panel } from '../../components/ui.js';
import { useFormat } from '../../lib/format.js';
import { useRankedPosts, type Range } from './analytics.api.js';
import type { PostRanking, RankedPost } from './analytics.types.js';
import { useFigures } from './figures.js';
import { useNames } from './names.js';

const RANKINGS: PostRanking[] = ['engagements', 'engagement_rate_impressions', 'link_clicks'];

/** The five best and five weakest posts of the period by a chosen metric (kept in the URL as `by`). */
export function PostsTab({ range }: { range: Range }) {
  const { t } = useTranslation('analytics');
  const [params, setParams] = useSearchParams();
  const raw = params.get('by');
  const by: PostRanking = RANKINGS.includes(raw as PostRanking) ? (raw as PostRanking) : 'engagements';
  return (
    <Stack gap="lg">
      <Group>
        <Text size="sm" fw={500} id="posts-ranking-label">
          {t('posts.rankBy')}
        </Text>
        <SegmentedControl
          aria-labelledby="posts-ranking-label"
          value={by}
          onChange={(v) => {
            const next = new URLSearchParams(params);
            next.set('by', v);
            setParams(next);
          }}
          data={RANKINGS.map((r) => ({ value: r, label: t(`metrics.${r}`) }))}
        />
      </Group>
      <Text size="xs" c="dimmed">
        {t('posts.unrankedNote')}
      </Text>
      <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="lg">
        <Ranking range={range} order="top" by={by} />
        <Ranking range={range} order="bottom" by={by} />
      </SimpleGrid>
    </Stack>
  );
}

function Ranking({ range, order, by }: { range: Range; order: 'top' | 'bottom'; by: PostRanking }) {
  const { t } = useTranslation('analytics');
  const { id: ws } = useWorkspace();
  const posts = useRankedPosts(ws, range, order, by, 5);
  return (
    <Panel title={t(`posts.${order}`)} padding="md">
      {posts.isPending ? (
        <Loading />
      ) : posts.isError ? (
        <LoadError error={posts.error} onRetry={() => void posts.refetch()} />
      ) : posts.data.rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('posts.empty')}
        </Text>
      ) : (
        <Table verticalSpacing={6} aria-label={t(`posts.${order}`)} data-testid={`posts-${order}`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={28}>#</Table.Th>
              <Table.Th>{t('posts.post')}</Table.Th>
              <Table.Th ta="right">{t(`metrics.${by}`)}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {posts.data.rows.map((p, i) => (
              <PostRow key={p.variantId} post={p} rank={i + 1} by={by} />
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Panel>
  );
}

function PostRow({ post, rank, by }: { post: RankedPost; rank: number; by: PostRanking }) {
  const { t } = useTranslation('analytics');
  const { id: ws } = useWorkspace();
  const fig = useFigures();
  const fmt = useFormat();
  const names = useNames();
  const rate =
    post.engagements !== null && post.impressions
      ? Math.round((post.engagements / post.impressions) * 10_000) / 100
      : null;
  const value =
    by === 'engagements'
      ? fig.count(post.engagements)
      : by === 'link_clicks'
        ? fig.count(post.linkClicks)
        : fig.percent(rate);
  return (
    <Table.Tr>
      <Table.Td valign="top">{rank}</Table.Td>
      <Table.Td>
        <Anchor component={Link} to={`/w/${ws}/posts/${post.postId}`} size="sm" fw={500} lineClamp={1}>
          {post.title || post.text || t('posts.untitled')}
        </Anchor>
        <Text size="xs" c="dimmed" lineClamp={2}>
          {post.text}
        </Text>
        <Group gap={6} mt={2}>
          <Text size="xs" c="dimmed">
            {names.network(post.network)} · {post.accountHandle} · {fmt.dateTime(post.publishedAt)}
          </Text>
          {post.remoteUrl && (
            <Anchor href={post.remoteUrl} target="_blank" rel="noopener noreferrer" size="xs">
              <Group gap={2} wrap="nowrap">
                {t('posts.onNetwork')}
                <IconExternal size={12} />
              </Group>
            </Anchor>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {t(post.linkClicks === null ? 'posts.detailsNoLink' : 'posts.details', {
            likes: fig.count(post.likes),
            replies: fig.count(post.replies),
            reposts: fig.count(post.reposts),
            clicks: fig.count(post.linkClicks),
          })}
        </Text>
      </Table.Td>
      <Table.Td ta="right" valign="top" fw={600}>
        {value}
      </Table.Td>
    </Table.Tr>
  );
}
