import type { WorkItem } from './workload.js';

/**
 * Where planned work comes from. The strategy (posting frequencies, format mix, inbox volume, action
 * plan) is the first source; the editorial calendar will add its planned posts as another source
 * (cause kind 'post'), registered beside it, without changing the workload rules.
 */
export interface WorkloadSource {
  /** A stable name for logs and the report ('strategy', later 'calendar'). */
  readonly name: string;
  /** Work planned in the ISO weeks `weeks` of the workspace, each item naming its responsible resources. */
  items(workspaceId: string, weeks: string[]): Promise<WorkItem[]>;
}
