import path from 'node:path';

/** The repository root, from test/e2e/support. */
export const ROOT = path.resolve(import.meta.dirname, '../../..');
/** Where journeys save their screenshots (git-ignored). */
export const SCREENS_DIR = path.join(ROOT, '.tmp', 'screens');
