import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { invalid } from '../../../app/errors.js';
import { workspaceRoute } from '../../../app/http/routes.js';
import { EditorialLineRepository } from '../../strategy/editorial-line/editorial-line.repository.js';
import { contentMix } from './calendar-mix.js';
import { CalendarRepository } from './calendar.repository.js';

const tags = ['calendar'];
const zInstant = z.iso.datetime({ offset: true, message: 'Use an ISO-8601 instant' });

const zMix = z.object({
  data: z.object({
    pillars: z.array(
      z.object({
        pillarId: z.string(),
        name: z.string(),
        colour: z.string().nullable(),
        targetShare: z.number(),
        actualShare: z.number(),
        count: z.number(),
      }),
    ),
    unassigned: z.number(),
    total: z.number(),
  }),
});

const zFilters = z.object({
  data: z.object({
    objectives: z.array(z.object({ id: z.string(), title: z.string() })),
    actions: z.array(z.object({ id: z.string(), title: z.string() })),
    pillars: z.array(
      z.object({ id: z.string(), name: z.string(), colour: z.string().nullable(), targetShare: z.number() }),
    ),
    accounts: z.array(z.object({ id: z.string(), network: z.string(), handle: z.string() })),
    authors: z.array(z.object({ id: z.string(), name: z.string() })),
  }),
});

/** The calendar's content-mix gauge and the lists its filters offer (slots and iCal live elsewhere). */
export function calendarRoutes(app: FastifyInstance): void {
  const db = () => app.ctx.database.db;

  workspaceRoute(app, {
    method: 'GET',
    url: '/calendar/mix',
    action: 'posts.read',
    tags,
    query: z.object({ from: zInstant, to: zInstant }),
    response: zMix,
    summary: "Each pillar's share of the scheduled and published posts of a period, against its target",
    handler: async ({ actor, query }) => {
      const from = new Date(query.from).toISOString();
      const to = new Date(query.to).toISOString();
      if (from >= to) throw invalid('to', 'The end comes after the start');
      const pillars = await new EditorialLineRepository(db()).pillars(actor.workspaceId);
      const counts = await new CalendarRepository(db()).postsByPillar(actor.workspaceId, from, to);
      return { data: contentMix(pillars, counts) };
    },
  });

  workspaceRoute(app, {
    method: 'GET',
    url: '/calendar/filters',
    action: 'posts.read',
    tags,
    response: zFilters,
    summary: 'Objectives, actions, pillars, accounts and authors the calendar can filter on',
    handler: async ({ actor }) => {
      const repo = new CalendarRepository(db());
      const ws = actor.workspaceId;
      const { objectives, actions } = await repo.strategyLabels(ws);
      const pillars = await new EditorialLineRepository(db()).pillars(ws);
      return {
        data: {
          objectives,
          actions,
          pillars: pillars.map((p) => ({
            id: p.id,
            name: p.name,
            colour: p.colour,
            targetShare: p.targetShare,
          })),
          accounts: await repo.accounts(ws),
          authors: await repo.authors(ws),
        },
      };
    },
  });
}
