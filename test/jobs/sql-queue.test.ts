import { DIALECTS, createTestDatabase } from '../support/databases.js';
import { SqlJobQueue } from '../../src/modules/jobs/sql-job-queue.js';
import { queueContract } from './queue.contract.js';

for (const dialect of DIALECTS) {
  queueContract(`SqlJobQueue on ${dialect}`, async () => {
    const tdb = await createTestDatabase(dialect);
    const queue = new SqlJobQueue(tdb.database.db, dialect);
    await queue.start();
    return {
      queue,
      dispose: async () => {
        await queue.stop();
        await tdb.drop();
      },
    };
  });
}
