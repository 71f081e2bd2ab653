import {
  ActionIcon,
  Badge,
  Button,
  Group,
  SegmentedControl,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useSession } from '../../app/session.js';
import { useWorkspace } from '../../app/workspace.js';
import { IconChevronRight, IconClock, IconGlobe, IconLink, IconPlus } from '../../components/icons.js';
import { LoadError, PageHeader, Panel } from '../../components/ui.js';
import { useFilterOptions, usePeriodPosts } from './calendar.api.js';
import { CalendarCtx, type CalendarContext } from './calendar-context.js';
import { FeedsModal } from './FeedsModal.js';
import { FilterBar } from './FilterBar.js';
import { periodBounds, periodDates, shiftPeriod, VIEWS, weekDates, type CalendarView } from './grid.js';
import { placePosts, type PlacedPost } from './layout.js';
import { ListView } from './ListView.js';
import { MixPanel } from './MixPanel.js';
import { MonthView } from './MonthView.js';
import { MoveModal } from './MoveModal.js';
import { WeekView } from './WeekView.js';
import { chipColour, type ColourBy } from './palette.js';
import { SlotsDrawer } from './SlotsDrawer.js';
import { useMovePost } from './useMovePost.js';
import {
  activeFilterCount,
  emptyFilters,
  filtersToQuery,
  parseState,
  stateToParams,
  type CalendarState,
} from './url-state.js';
import { addDays, todayIn } from './zoned.js';

/**
 * The interface language in the browser's own region when they agree (English in a British browser
 * writes 24-hour times, in an American one AM/PM), else the bare language.
 */
function displayLocale(lang: string): string {
  const regional = (navigator.languages ?? [navigator.language]).find((l) => l.split('-')[0] === lang);
  return regional ?? lang;
}

/** The editorial calendar: month, week and list of posts in the person's zone, with moves and filters. */
export default function CalendarPage() {
  const { t, i18n } = useTranslation('calendar');
  const { id, workspace, may } = useWorkspace();
  const { user } = useSession();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const timeZone = user.timeZone ?? workspace.timeZone;
  const today = todayIn(timeZone);
  const state = parseState(params, today);
  const lang = displayLocale(i18n.resolvedLanguage ?? 'en');

  const setState = (patch: Partial<CalendarState>) => setParams(stateToParams({ ...state, ...patch }));
  const [slotsOpen, setSlotsOpen] = useState(false);
  const [feedsOpen, setFeedsOpen] = useState(false);
  const [moveAsk, setMoveAsk] = useState<PlacedPost | null>(null);
  const [dragging, setDragging] = useState<PlacedPost | null>(null);

  const bounds = periodBounds(state.view, state.date, timeZone);
  const query = { from: bounds.from, to: bounds.to, ...filtersToQuery(state.filters) };
  const options = useFilterOptions(id);
  const posts = usePeriodPosts(id, query);
  const { moving, move } = useMovePost(id, timeZone);
  const pillarColours = useMemo(
    () =>
      new Map((options.data?.pillars ?? []).flatMap((p) => (p.colour ? [[p.id, p.colour] as const] : []))),
    [options.data],
  );
  const placed = useMemo(
    () => placePosts(posts.data ?? [], timeZone, moving),
    [posts.data, timeZone, moving],
  );

  const time = useMemo(() => {
    const f = new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });
    return (hhmm: string) => f.format(new Date(`2000-01-01T${hhmm}:00Z`));
  }, [lang]);
  const wsUrl = `/w/${encodeURIComponent(id)}`;
  const ctx: CalendarContext = {
    timeZone,
    locale: lang,
    canPublish: may('posts.publish'),
    canWrite: may('posts.write'),
    colourOf: (p) => chipColour(p, state.colour, pillarColours),
    time,
    openPost: (postId) => void navigate(`${wsUrl}/posts/${encodeURIComponent(postId)}`),
    newPostAt: (local) => void navigate(`${wsUrl}/posts/new?at=${encodeURIComponent(local)}`),
    move,
    askMove: setMoveAsk,
    dragging,
    setDragging,
  };

  const weekdayNames = useMemo(() => {
    const f = new Intl.DateTimeFormat(lang, { weekday: 'short', timeZone: 'UTC' });
    return weekDates('2026-11-30').map((d) => f.format(new Date(`${d}T00:00:00Z`)));
  }, [lang]);
  const periodLabel = useMemo(() => {
    const { start, end } = periodDates(state.view, state.date);
    if (state.view === 'week') {
      const f = new Intl.DateTimeFormat(lang, {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      });
      return f.formatRange(new Date(`${start}T00:00:00Z`), new Date(`${addDays(end, -1)}T00:00:00Z`));
    }
    return new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${state.date.slice(0, 7)}-15T00:00:00Z`),
    );
  }, [state.view, state.date, lang]);

  const filterCount = activeFilterCount(state.filters);
  return (
    <CalendarCtx.Provider value={ctx}>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <>
            <Button
              variant="default"
              leftSection={<IconClock size={16} />}
              onClick={() => setSlotsOpen(true)}
            >
              {t('slots.open')}
            </Button>
            <Button variant="default" leftSection={<IconLink size={16} />} onClick={() => setFeedsOpen(true)}>
              {t('feeds.open')}
            </Button>
            {may('posts.write') && (
              <Button
                leftSection={<IconPlus size={16} />}
                onClick={() => void navigate(`${wsUrl}/posts/new`)}
              >
                {t('newPost')}
              </Button>
            )}
          </>
        }
      />
      <Stack gap="md">
        <Panel padding="md">
          <Group justify="space-between" mb="sm" wrap="wrap" gap="sm">
            <Group gap="xs" wrap="nowrap">
              <ActionIcon
                variant="default"
                size="lg"
                aria-label={t('nav.previous')}
                onClick={() => setState({ date: shiftPeriod(state.view, state.date, -1) })}
              >
                <IconChevronRight style={{ transform: 'rotate(180deg)' }} />
              </ActionIcon>
              <Button variant="default" onClick={() => setState({ date: today })}>
                {t('nav.today')}
              </Button>
              <ActionIcon
                variant="default"
                size="lg"
                aria-label={t('nav.next')}
                onClick={() => setState({ date: shiftPeriod(state.view, state.date, 1) })}
              >
                <IconChevronRight />
              </ActionIcon>
              <Title
                order={3}
                fw={600}
                ml="xs"
                data-testid="calendar-period"
                style={{ textTransform: 'capitalize' }}
              >
                {periodLabel}
              </Title>
            </Group>
            <Group gap="sm" wrap="wrap">
              <Tooltip label={t('zone.hint')} withinPortal>
                <Badge
                  variant="light"
                  color="gray"
                  tt="none"
                  leftSection={<IconGlobe size={12} />}
                  data-testid="calendar-zone"
                >
                  {timeZone}
                </Badge>
              </Tooltip>
              <SegmentedControl
                size="xs"
                aria-label={t('colourBy.label')}
                value={state.colour}
                onChange={(v) => setState({ colour: v as ColourBy })}
                data={[
                  { value: 'objective', label: t('colourBy.objective') },
                  { value: 'pillar', label: t('colourBy.pillar') },
                ]}
              />
              <SegmentedControl
                size="xs"
                aria-label={t('views.label')}
                value={state.view}
                onChange={(v) => setState({ view: v as CalendarView })}
                data={VIEWS.map((v) => ({ value: v, label: t(`views.${v}`) }))}
              />
            </Group>
          </Group>
          <FilterBar
            filters={state.filters}
            options={options.data}
            onChange={(filters) => setState({ filters })}
          />
          {filterCount > 0 && (
            <Group gap="xs" mb="sm">
              <Text size="xs" c="dimmed">
                {t('filters.active', { count: filterCount })}
              </Text>
              <Button
                size="compact-xs"
                variant="subtle"
                onClick={() => setState({ filters: emptyFilters() })}
              >
                {t('filters.clear')}
              </Button>
            </Group>
          )}
          {state.view === 'list' ? (
            <ListView query={query} options={options.data} />
          ) : posts.error ? (
            <LoadError error={posts.error} onRetry={() => void posts.refetch()} />
          ) : state.view === 'month' ? (
            <MonthView date={state.date} today={today} placed={placed} weekdayNames={weekdayNames} />
          ) : (
            <WeekView date={state.date} today={today} placed={placed} />
          )}
          {posts.isFetching && state.view !== 'list' && (
            <Text size="xs" c="dimmed" mt={4} role="status">
              {t('loading')}
            </Text>
          )}
        </Panel>
        <MixPanel from={bounds.from} to={bounds.to} />
      </Stack>
      <MoveModal placed={moveAsk} onClose={() => setMoveAsk(null)} />
      <SlotsDrawer opened={slotsOpen} onClose={() => setSlotsOpen(false)} />
      <FeedsModal opened={feedsOpen} onClose={() => setFeedsOpen(false)} />
    </CalendarCtx.Provider>
  );
}
