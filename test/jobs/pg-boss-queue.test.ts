import { createTestDatabase } from '../support/databases.js';
import { PgBossJobQueue } from '../../src/modules/jobs/pg-boss-job-queue.js';
import { queueContract } from './queue.contract.js';

queueContract('PgBossJobQueue on postgres', async () => {
  const tdb = await createTestDatabase('postgres');
  const queue = new PgBossJobQueue({ connectionString: tdb.url!, maintenanceIntervalSeconds: 1 });
  await queue.start();
  return {
    queue,
    dispose: async () => {
      await queue.stop();
      await tdb.drop();
    },
  };
});
