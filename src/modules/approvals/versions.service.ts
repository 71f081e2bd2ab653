import { notFound } from '../../app/errors.js';
import type { ApprovalsService } from './approvals.service.js';
import type { MemberName } from './directory.repository.js';
import type { VersionRow } from './post-review.repository.js';
import { diffSnapshots, type PostSnapshot } from './post-snapshot.js';

function summary(r: VersionRow, members: readonly MemberName[]) {
  const m = r.created_by ? members.find((x) => x.userId === r.created_by) : undefined;
  return {
    id: r.id,
    number: r.number,
    reason: r.reason as 'submitted' | 'edited',
    createdBy: r.created_by
      ? { kind: 'member' as const, id: r.created_by, name: m ? m.name || m.email : 'Former member' }
      : null,
    createdAt: r.created_at,
  };
}

/** A post's version history and the word-level difference between two versions. */
export class VersionsService {
  constructor(private readonly s: ApprovalsService) {}

  async list(workspaceId: string, postId: string) {
    await this.s.post(workspaceId, postId);
    const members = await this.s.directory.members(workspaceId);
    return (await this.s.review.listVersions(workspaceId, postId)).map((r) => summary(r, members));
  }

  async #row(workspaceId: string, postId: string, id: string): Promise<VersionRow> {
    await this.s.post(workspaceId, postId);
    const row = await this.s.review.getVersion(workspaceId, postId, id);
    if (!row) throw notFound('Version');
    return row;
  }

  async get(workspaceId: string, postId: string, id: string) {
    const row = await this.#row(workspaceId, postId, id);
    const members = await this.s.directory.members(workspaceId);
    return { ...summary(row, members), snapshot: JSON.parse(row.snapshot) as PostSnapshot };
  }

  /** `versionId` against `against` (default: the version before it; none → against an empty post). */
  async diff(workspaceId: string, postId: string, versionId: string, against?: string) {
    const to = await this.#row(workspaceId, postId, versionId);
    const all = await this.s.review.listVersions(workspaceId, postId);
    const from = against
      ? await this.#row(workspaceId, postId, against)
      : (all.find((v) => v.number === to.number - 1) ?? null);
    const members = await this.s.directory.members(workspaceId);
    const empty: PostSnapshot = { title: '', variants: [] };
    const d = diffSnapshots(
      from ? (JSON.parse(from.snapshot) as PostSnapshot) : empty,
      JSON.parse(to.snapshot) as PostSnapshot,
    );
    return { from: from ? summary(from, members) : null, to: summary(to, members), ...d };
  }
}
