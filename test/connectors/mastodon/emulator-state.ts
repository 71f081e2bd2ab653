import crypto from 'node:crypto';
import type { mastodon } from 'masto';

// The data of the Mastodon emulator and the rules Mastodon applies when writing it (docs.joinmastodon.org,
// methods/statuses, methods/media, methods/notifications). Entities are built as masto's types, the
// camelCase shape masto reads the API as; the server turns them into the API's snake_case JSON.

export interface EmuAccount {
  id: string;
  username: string;
  displayName: string;
  tokens: Set<string>;
  followers: Set<string>;
  following: Set<string>;
  createdAt: string;
}

export interface EmuStatus {
  id: string;
  accountId: string;
  /** The text as written (what `GET /api/v1/statuses/:id/source` returns). */
  source: string;
  inReplyToId: string | null;
  inReplyToAccountId: string | null;
  visibility: mastodon.v1.StatusVisibility;
  spoilerText: string;
  sensitive: boolean;
  language: string | null;
  mediaIds: string[];
  mentionIds: string[];
  tags: string[];
  links: string[];
  createdAt: string;
  favouritedBy: Set<string>;
  rebloggedBy: Set<string>;
}

export interface EmuMedia {
  id: string;
  accountId: string;
  type: mastodon.v1.MediaAttachmentType;
  description: string | null;
  /** GET /api/v1/media/:id answers 206 this many more times before the file is ready. */
  pendingChecks: number;
  statusId: string | null;
}

export interface EmuNotification {
  id: string;
  recipientId: string;
  type: 'mention' | 'favourite' | 'reblog' | 'follow' | 'status';
  fromId: string;
  statusId: string | null;
  createdAt: string;
}

/** A Mastodon validation failure: answered 422 with `{ error }`. */
export class ValidationFailed extends Error {}
/** A missing record: answered 404 with `{ error: 'Record not found' }`. */
export class RecordNotFound extends Error {}

const MAX_CHARS = 500;
const URL_RE = /https?:\/\/[^\s<>"]+/g;
const MENTION_RE = /(^|[^\w/@])@([a-z0-9_]+)(?:@([a-z0-9.:-]+))?/gi;
const TAG_RE = /(^|[^\w/&])#([\p{L}\p{N}_]+)/gu;
// Mastodon remembers an Idempotency-Key for one hour (PostStatusService, redis TTL 3600 s).
export const IDEMPOTENCY_TTL_MS = 3_600_000;

function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Everything the emulated instance holds. */
export class EmulatorState {
  readonly accounts = new Map<string, EmuAccount>();
  readonly statuses = new Map<string, EmuStatus>();
  readonly media = new Map<string, EmuMedia>();
  readonly notifications: EmuNotification[] = [];
  readonly #idempotency = new Map<string, { statusId: string; at: number }>();
  #seq = 0;
  /** Uploads answer 202 and need this many polls before they are ready (0: processed at once, 200). */
  mediaProcessingChecks = 1;
  now: () => number = () => Date.now();

  constructor(readonly baseUrl: string) {}

  /** A new id, increasing like Mastodon's snowflake ids (milliseconds << 16 | sequence). */
  nextId(): string {
    return ((BigInt(this.now()) << 16n) | BigInt(++this.#seq & 0xffff)).toString();
  }

  get host(): string {
    return new URL(this.baseUrl).host;
  }

  createAccount(username: string, displayName: string): { account: EmuAccount; token: string } {
    const token = crypto.randomBytes(24).toString('base64url');
    const account: EmuAccount = {
      id: this.nextId(),
      username,
      displayName,
      tokens: new Set([token]),
      followers: new Set(),
      following: new Set(),
      createdAt: new Date(this.now()).toISOString(),
    };
    this.accounts.set(account.id, account);
    return { account, token };
  }

  accountByToken(token: string): EmuAccount | null {
    for (const a of this.accounts.values()) if (a.tokens.has(token)) return a;
    return null;
  }

  accountByUsername(username: string): EmuAccount | null {
    for (const a of this.accounts.values()) if (a.username.toLowerCase() === username.toLowerCase()) return a;
    return null;
  }

  /** Mastodon's count: code points, every URL 23, a mention's remote domain free. */
  countChars(text: string): number {
    let extra = 0;
    const rest = text
      .replace(URL_RE, () => ((extra += 23), ''))
      .replace(MENTION_RE, (_m, pre: string, user: string) => `${pre}@${user}`);
    return Array.from(rest).length + extra;
  }

  /** POST /api/v1/statuses, with Mastodon's validations and its Idempotency-Key memory. */
  postStatus(
    author: EmuAccount,
    params: {
      status: string;
      inReplyToId: string | null;
      mediaIds: string[];
      visibility: string | null;
      spoilerText: string;
      sensitive: boolean;
      language: string | null;
    },
    idempotencyKey: string | null,
  ): EmuStatus {
    const memoKey = idempotencyKey ? `${author.id}:${idempotencyKey}` : null;
    const memo = memoKey ? this.#idempotency.get(memoKey) : undefined;
    if (memo && this.now() - memo.at < IDEMPOTENCY_TTL_MS) {
      const earlier = this.statuses.get(memo.statusId);
      if (earlier) return earlier;
    }
    if (params.status.trim() === '' && params.mediaIds.length === 0) {
      throw new ValidationFailed("Validation failed: Text can't be blank");
    }
    if (this.countChars(params.status) + Array.from(params.spoilerText).length > MAX_CHARS) {
      throw new ValidationFailed(`Validation failed: Text character limit of ${MAX_CHARS} exceeded`);
    }
    const visibility = params.visibility ?? 'public';
    if (!['public', 'unlisted', 'private', 'direct'].includes(visibility)) {
      throw new ValidationFailed('Validation failed: Visibility is not included in the list');
    }
    if (params.mediaIds.length > 4)
      throw new ValidationFailed('Validation failed: Media attachments are too many');
    const media = params.mediaIds.map((id) => {
      const m = this.media.get(id);
      if (!m || m.accountId !== author.id || m.statusId !== null)
        throw new ValidationFailed('Validation failed: Media is invalid');
      if (m.pendingChecks > 0)
        throw new ValidationFailed(
          'Cannot attach files that have not finished processing. Try again in a moment!',
        );
      return m;
    });
    let parent: EmuStatus | null = null;
    if (params.inReplyToId) {
      parent = this.statuses.get(params.inReplyToId) ?? null;
      if (!parent) throw new RecordNotFound('Record not found');
    }
    const mentionIds = new Set<string>();
    for (const m of params.status.matchAll(MENTION_RE)) {
      const domain = m[3];
      if (domain && domain.toLowerCase() !== this.host) continue; // remote accounts are out of scope
      const target = this.accountByUsername(m[2]!);
      if (target) mentionIds.add(target.id);
    }
    const status: EmuStatus = {
      id: this.nextId(),
      accountId: author.id,
      source: params.status,
      inReplyToId: parent?.id ?? null,
      inReplyToAccountId: parent?.accountId ?? null,
      visibility: visibility as mastodon.v1.StatusVisibility,
      spoilerText: params.spoilerText,
      // A content warning makes the media sensitive, as Mastodon does.
      sensitive: params.sensitive || params.spoilerText !== '',
      language: params.language,
      mediaIds: media.map((m) => m.id),
      mentionIds: [...mentionIds],
      tags: [...params.status.matchAll(TAG_RE)].map((m) => m[2]!.toLowerCase()),
      links: [...params.status.matchAll(URL_RE)].map((m) => m[0]),
      createdAt: new Date(this.now()).toISOString(),
      favouritedBy: new Set(),
      rebloggedBy: new Set(),
    };
    for (const m of media) m.statusId = status.id;
    this.statuses.set(status.id, status);
    if (memoKey) this.#idempotency.set(memoKey, { statusId: status.id, at: this.now() });
    // Only mentioned accounts are notified: a reply that does not mention its parent's author is silent.
    for (const id of mentionIds) if (id !== author.id) this.notify(id, 'mention', author.id, status.id);
    return status;
  }

  notify(recipientId: string, type: EmuNotification['type'], fromId: string, statusId: string | null): void {
    this.notifications.push({
      id: this.nextId(),
      recipientId,
      type,
      fromId,
      statusId,
      createdAt: new Date(this.now()).toISOString(),
    });
  }

  /** Deletes a status and what hangs on it (its notifications), as Mastodon's RemoveStatusService does. */
  deleteStatus(id: string): void {
    this.statuses.delete(id);
    for (let i = this.notifications.length - 1; i >= 0; i--)
      if (this.notifications[i]!.statusId === id) this.notifications.splice(i, 1);
  }

  toAccount(a: EmuAccount): mastodon.v1.Account {
    const last = [...this.statuses.values()]
      .filter((s) => s.accountId === a.id)
      .map((s) => s.createdAt)
      .sort()
      .pop();
    return {
      id: a.id,
      username: a.username,
      acct: a.username,
      url: `${this.baseUrl}/@${a.username}`,
      displayName: a.displayName,
      note: '',
      avatar: `${this.baseUrl}/avatars/original/missing.png`,
      avatarStatic: `${this.baseUrl}/avatars/original/missing.png`,
      header: `${this.baseUrl}/headers/original/missing.png`,
      headerStatic: `${this.baseUrl}/headers/original/missing.png`,
      locked: false,
      fields: [],
      emojis: [],
      bot: false,
      group: false,
      discoverable: true,
      createdAt: a.createdAt,
      lastStatusAt: (last ?? a.createdAt).slice(0, 10),
      statusesCount: [...this.statuses.values()].filter((s) => s.accountId === a.id).length,
      followersCount: a.followers.size,
      followingCount: a.following.size,
      roles: [],
    };
  }

  toMedia(m: EmuMedia): mastodon.v1.MediaAttachment {
    const ready = m.pendingChecks === 0;
    return {
      id: m.id,
      type: m.type,
      url: ready ? `${this.baseUrl}/system/media_attachments/${m.id}/original` : null,
      previewUrl: `${this.baseUrl}/system/media_attachments/${m.id}/small`,
      remoteUrl: null,
      meta: null,
      description: m.description,
      blurhash: null,
    };
  }

  /** Mastodon's HTML for a status: paragraphs, line breaks, links, mentions and hashtags. */
  renderContent(s: EmuStatus): string {
    const token =
      /(https?:\/\/[^\s<>"]+)|(^|[^\w/@])@([a-z0-9_]+)(?:@([a-z0-9.:-]+))?|(^|[^\w/&])#([\p{L}\p{N}_]+)/giu;
    const paragraphs = s.source.split(/\n{2,}/).map((p) =>
      p
        .split('\n')
        .map((line) => {
          let html = '';
          let last = 0;
          for (const m of line.matchAll(token)) {
            html += escapeHtml(line.slice(last, m.index));
            last = m.index + m[0].length;
            if (m[1]) {
              const url = m[1];
              const [, scheme = '', rest = url] = /^(https?:\/\/)(.*)$/.exec(url) ?? [];
              html += `<a href="${escapeHtml(url)}" target="_blank" rel="nofollow noopener" translate="no"><span class="invisible">${escapeHtml(scheme)}</span><span class="">${escapeHtml(rest)}</span><span class="invisible"></span></a>`;
            } else if (m[3]) {
              const who = this.accountByUsername(m[3]);
              const domainOk = !m[4] || m[4].toLowerCase() === this.host;
              html += escapeHtml(m[2] ?? '');
              html +=
                who && domainOk
                  ? `<span class="h-card" translate="no"><a href="${this.baseUrl}/@${who.username}" class="u-url mention">@<span>${escapeHtml(who.username)}</span></a></span>`
                  : escapeHtml(m[0].slice((m[2] ?? '').length));
            } else {
              html += `${escapeHtml(m[5] ?? '')}<a href="${this.baseUrl}/tags/${encodeURIComponent(m[6]!)}" class="mention hashtag" rel="tag">#<span>${escapeHtml(m[6]!)}</span></a>`;
            }
          }
          return html + escapeHtml(line.slice(last));
        })
        .join('<br />'),
    );
    return paragraphs.map((p) => `<p>${p}</p>`).join('');
  }

  toStatus(s: EmuStatus, viewer: EmuAccount | null): mastodon.v1.Status {
    const author = this.accounts.get(s.accountId)!;
    return {
      id: s.id,
      uri: `${this.baseUrl}/users/${author.username}/statuses/${s.id}`,
      url: `${this.baseUrl}/@${author.username}/${s.id}`,
      createdAt: s.createdAt,
      editedAt: null,
      account: this.toAccount(author),
      content: this.renderContent(s),
      visibility: s.visibility,
      sensitive: s.sensitive,
      spoilerText: s.spoilerText,
      mediaAttachments: s.mediaIds.map((id) => this.toMedia(this.media.get(id)!)),
      application: { name: 'Presence emulator client', website: null },
      mentions: s.mentionIds.map((id) => {
        const a = this.accounts.get(id)!;
        return { id, username: a.username, acct: a.username, url: `${this.baseUrl}/@${a.username}` };
      }),
      tags: s.tags.map((name) => ({ name, url: `${this.baseUrl}/tags/${name}` })),
      emojis: [],
      reblogsCount: s.rebloggedBy.size,
      favouritesCount: s.favouritedBy.size,
      repliesCount: [...this.statuses.values()].filter((r) => r.inReplyToId === s.id).length,
      inReplyToId: s.inReplyToId,
      inReplyToAccountId: s.inReplyToAccountId,
      reblog: null,
      poll: null,
      card: null,
      language: s.language,
      text: null,
      favourited: viewer ? s.favouritedBy.has(viewer.id) : null,
      reblogged: viewer ? s.rebloggedBy.has(viewer.id) : null,
    };
  }

  /** Whether `viewer` may see `s` (public/unlisted to all; private to followers; direct to the mentioned). */
  canSee(s: EmuStatus, viewer: EmuAccount): boolean {
    if (s.accountId === viewer.id || s.visibility === 'public' || s.visibility === 'unlisted') return true;
    if (s.visibility === 'private')
      return viewer.following.has(s.accountId) || s.mentionIds.includes(viewer.id);
    return s.mentionIds.includes(viewer.id);
  }

  toNotification(n: EmuNotification, viewer: EmuAccount): mastodon.v1.Notification {
    const base = {
      id: n.id,
      createdAt: n.createdAt,
      account: this.toAccount(this.accounts.get(n.fromId)!),
      groupKey: `ungrouped-${n.id}`,
    };
    const status = n.statusId ? this.statuses.get(n.statusId) : undefined;
    if (n.type === 'follow') return { ...base, type: 'follow' };
    return { ...base, type: n.type, status: this.toStatus(status!, viewer) };
  }
}
