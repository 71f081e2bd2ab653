import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { workspaceRoute } from '../../../app/http/routes.js';
import { InboxPeopleService } from './people.service.js';
import { zContactProfile, zLinkInput, zSuggestion } from './people.schemas.js';

const tags = ['inbox'];
const params = { contactId: z.string().max(64) };
const resources = { contactId: 'inbox-contact' };

/** Contact profiles: one person's history across networks, and linking contacts as the same person. */
export function inboxPeopleRoutes(app: FastifyInstance): void {
  const people = () => new InboxPeopleService(app.ctx);

  workspaceRoute(app, {
    method: 'GET',
    url: '/inbox/contacts/:contactId',
    action: 'inbox.read',
    tags,
    params,
    resources,
    response: z.object({ data: zContactProfile }),
    summary:
      'The person behind a contact: linked contacts, counts, first/last seen, sentiment trend, history',
    handler: async ({ actor, params }) => ({ data: await people().profile(actor, params.contactId) }),
  });
  workspaceRoute(app, {
    method: 'GET',
    url: '/inbox/contacts/:contactId/suggestions',
    action: 'inbox.read',
    tags,
    params,
    resources,
    query: z.object({
      q: z
        .string()
        .trim()
        .min(1)
        .max(100)
        .optional()
        .describe('Search any contact by handle or name instead'),
    }),
    response: z.object({ data: z.array(zSuggestion) }),
    summary: 'Contacts on other networks that may be the same person (same name or handle), or a search',
    handler: async ({ actor, params, query }) => ({
      data: await people().suggestions(actor, params.contactId, query.q),
    }),
  });
  workspaceRoute(app, {
    method: 'POST',
    url: '/inbox/contacts/:contactId/links',
    action: 'inbox.handle',
    tags,
    params,
    resources,
    body: zLinkInput,
    response: z.object({ data: zContactProfile }),
    summary: 'Link another contact as the same person (merges both people when each had links)',
    handler: async ({ actor, params, body }) => ({
      data: await people().link(actor, params.contactId, body.contactId),
    }),
  });
  workspaceRoute(app, {
    method: 'DELETE',
    url: '/inbox/contacts/:contactId/links',
    action: 'inbox.handle',
    tags,
    params,
    resources,
    response: z.object({ data: zContactProfile }),
    summary: 'Unlink this contact from the person it belongs to',
    handler: async ({ actor, params }) => ({ data: await people().unlink(actor, params.contactId) }),
  });
}
