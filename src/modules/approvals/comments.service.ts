import type { Actor } from '../../app/http/principal.js';
import { newId } from '../../core/ids.js';
import { AuditService } from '../audit/audit.service.js';
import { notify } from '../notifications/notifications.service.js';
import type { ApprovalsService } from './approvals.service.js';
import type { MemberName } from './directory.repository.js';
import type { CommentRow } from './post-review.repository.js';

/** A member's handles: the local part of their e-mail and their name without spaces, lower-cased. */
function handles(m: MemberName): string[] {
  return [m.email.split('@')[0]!, m.name.replace(/\s+/g, '')].filter(Boolean).map((h) => h.toLowerCase());
}

/** User ids of the members a text @mentions, once each, in order of first mention. */
export function parseMentions(text: string, members: readonly MemberName[]): string[] {
  const ids: string[] = [];
  for (const m of text.matchAll(/(^|[^\p{L}\p{N}_.@])@([\p{L}\p{N}_.-]+)/gu)) {
    const handle = m[2]!.replace(/[.-]+$/, '').toLowerCase();
    const member = members.find((x) => handles(x).includes(handle));
    if (member && !ids.includes(member.userId)) ids.push(member.userId);
  }
  return ids;
}

export interface CommentView {
  id: string;
  text: string;
  author: { kind: 'member' | 'external'; id: string; name: string };
  mentions: { userId: string; name: string }[];
  createdAt: string;
}

export function presentComment(r: CommentRow, members: readonly MemberName[]): CommentView {
  const ids = JSON.parse(r.mentions) as string[];
  return {
    id: r.id,
    text: r.text,
    author: {
      kind: r.author_kind === 'external' ? 'external' : 'member',
      id: r.author_id ?? '',
      name: r.author_name,
    },
    mentions: ids.map((userId) => {
      const m = members.find((x) => x.userId === userId);
      return { userId, name: m ? m.name || m.email : 'Former member' };
    }),
    createdAt: r.created_at,
  };
}

/** Comments on a post, from members or outside reviewers; @mentions notify the people named. */
export class CommentsService {
  constructor(private readonly s: ApprovalsService) {}

  async list(workspaceId: string, postId: string): Promise<CommentView[]> {
    await this.s.post(workspaceId, postId);
    const members = await this.s.directory.members(workspaceId);
    return (await this.s.review.listComments(workspaceId, postId)).map((r) => presentComment(r, members));
  }

  /** A member's comment. */
  async add(actor: Actor, postId: string, text: string): Promise<CommentView> {
    const members = await this.s.directory.members(actor.workspaceId);
    const me = members.find((m) => m.userId === actor.userId);
    const view = await this.write(actor.workspaceId, postId, {
      kind: 'member',
      id: actor.userId,
      name: me ? me.name || me.email : actor.label,
      text,
      members,
    });
    await new AuditService(this.s.ctx.database.db, this.s.ctx.clock).record(actor, {
      action: 'post_comment.created',
      objectType: 'post-comment',
      objectId: view.id,
      summary: `Commented on a post: ${text.slice(0, 200)}`,
    });
    return view;
  }

  /** Stores a comment and notifies those it mentions (not the writer). */
  async write(
    workspaceId: string,
    postId: string,
    c: {
      kind: 'member' | 'external';
      id: string;
      name: string;
      text: string;
      members: readonly MemberName[];
    },
  ): Promise<CommentView> {
    const post = await this.s.post(workspaceId, postId);
    const mentions = parseMentions(c.text, c.members);
    const row: CommentRow = {
      id: newId(),
      workspace_id: workspaceId,
      post_id: postId,
      author_kind: c.kind,
      author_id: c.id,
      author_name: c.name,
      text: c.text,
      mentions: JSON.stringify(mentions),
      created_at: this.s.now(),
    };
    await this.s.review.insertComment(row);
    const toNotify = mentions.filter((id) => !(c.kind === 'member' && id === c.id));
    if (toNotify.length)
      await notify(this.s.ctx, {
        workspaceId,
        userIds: toNotify,
        type: 'mention',
        params: { title: post.title || 'untitled', actorName: c.name },
        link: `/w/${workspaceId}/posts/${postId}`,
      });
    return presentComment(row, c.members);
  }
}
