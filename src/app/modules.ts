import type { FastifyInstance } from 'fastify';
import { identityRoutes } from '../modules/identity/identity.routes.js';
import { workspacesRoutes } from '../modules/workspaces/workspaces.routes.js';

/**
 * Every module's routes, in one list: a new module adds one line. Keeping the list explicit (rather
 * than scanning folders) makes the API surface reviewable in one place.
 */
export const MODULE_ROUTES: ((app: FastifyInstance) => void)[] = [identityRoutes, workspacesRoutes];
