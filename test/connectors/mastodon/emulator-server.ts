import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { mastodon } from 'masto';
import {
  EmulatorState,
  RecordNotFound,
  ValidationFailed,
  type EmuAccount,
  type EmuStatus,
} from './emulator-state.js';

// A Mastodon instance as its REST API documentation describes it, for the calls Presence makes
// (docs.joinmastodon.org/methods/{accounts,apps,statuses,media,notifications}), on 127.0.0.1 and a
// random port. Entities are masto-typed objects turned into the API's snake_case JSON on the way out.

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
  ) {
    super(error);
  }
}

/** `inReplyToId` → `in_reply_to_id`, deeply: the API's casing. */
function snakeize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(snakeize);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), snakeize(v)]),
    );
  }
  return value;
}

type Params = { get(name: string): string | null; getAll(name: string): string[]; file: Blob | null };

async function readParams(req: http.IncomingMessage, url: URL): Promise<Params> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const body = Buffer.concat(chunks);
  const type = req.headers['content-type'] ?? '';
  if (type.startsWith('application/json') && body.length > 0) {
    const json = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
    const all = (n: string): string[] => {
      const v = json[n.replace(/\[\]$/, '')];
      const str = (x: unknown): string => (typeof x === 'string' ? x : JSON.stringify(x));
      return Array.isArray(v) ? v.map(str) : v === undefined || v === null ? [] : [str(v)];
    };
    return { get: (n) => all(n)[0] ?? null, getAll: all, file: null };
  }
  if (type.startsWith('multipart/form-data') || type.startsWith('application/x-www-form-urlencoded')) {
    const form = await new Request('http://emulator/', {
      method: 'POST',
      headers: { 'content-type': type },
      body,
    }).formData();
    const file = form.get('file');
    return {
      get: (n) => (typeof form.get(n) === 'string' ? (form.get(n) as string) : null),
      getAll: (n) => form.getAll(n).filter((v): v is string => typeof v === 'string'),
      file: file instanceof Blob ? file : null,
    };
  }
  return { get: (n) => url.searchParams.get(n), getAll: (n) => url.searchParams.getAll(n), file: null };
}

/** The emulated instance: its state, its URL, and switches tests use to misbehave on purpose. */
export class MastodonEmulator {
  readonly state: EmulatorState;
  /** The next this-many authenticated requests answer 429, as rack-attack does past the limit. */
  throttleNext = 0;
  /** Requests per token per five minutes (rack-attack's default for the API is 300). */
  rateLimitBudget = 300;
  requests = 0;
  readonly #server: http.Server;
  readonly #budget = new Map<string, { used: number; resetAt: number }>();

  private constructor(server: http.Server, baseUrl: string) {
    this.#server = server;
    this.state = new EmulatorState(baseUrl);
  }

  /** Starts an emulator on 127.0.0.1 and a random port. */
  static async start(): Promise<MastodonEmulator> {
    let emulator: MastodonEmulator | null = null;
    const server = http.createServer((req, res) => void emulator!.#handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    emulator = new MastodonEmulator(server, `http://127.0.0.1:${port}`);
    return emulator;
  }

  get baseUrl(): string {
    return this.state.baseUrl;
  }

  /** Revokes a token, as `POST /oauth/revoke` or the user's "authorized apps" page does. */
  revokeToken(token: string): void {
    for (const a of this.state.accounts.values()) a.tokens.delete(token);
  }

  async stop(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise<void>((resolve, reject) =>
      this.#server.close((err) => (err ? reject(err) : resolve())),
    );
  }

  async #handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    this.requests++;
    const url = new URL(req.url ?? '/', this.baseUrl);
    const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
    try {
      const auth = /^Bearer (.+)$/.exec(req.headers.authorization ?? '');
      const me = auth ? this.state.accountByToken(auth[1]!) : null;
      if (!me) throw new HttpError(401, 'The access token is invalid');
      const exceeded = this.#rateLimit(auth![1]!, headers);
      if (exceeded || this.throttleNext > 0) {
        if (!exceeded) {
          // A short burst throttle (as a reverse proxy in front of an instance answers): it says when to
          // come back with Retry-After, which wins over the window's X-RateLimit-Reset.
          this.throttleNext--;
          headers['retry-after'] = '1';
        }
        throw new HttpError(429, 'Too many requests');
      }
      const params = await readParams(req, url);
      const key = req.headers['idempotency-key'];
      const out = await this.#route(
        req.method ?? 'GET',
        url,
        params,
        me,
        typeof key === 'string' ? key : null,
        headers,
      );
      res.writeHead(out.status, headers).end(JSON.stringify(snakeize(out.body)));
    } catch (err) {
      const [status, error] =
        err instanceof HttpError
          ? [err.status, err.error]
          : err instanceof ValidationFailed
            ? [422, err.message]
            : err instanceof RecordNotFound
              ? [404, err.message]
              : [500, "We're sorry, but something went wrong on our end."];
      res.writeHead(status, headers).end(JSON.stringify({ error: error }));
    }
  }

  /** Counts the request against the token's window and sets the headers; true past the budget. */
  #rateLimit(token: string, headers: Record<string, string>): boolean {
    const now = this.state.now();
    let b = this.#budget.get(token);
    if (!b || b.resetAt <= now) this.#budget.set(token, (b = { used: 0, resetAt: now + 300_000 }));
    b.used++;
    headers['x-ratelimit-limit'] = String(this.rateLimitBudget);
    headers['x-ratelimit-remaining'] = String(Math.max(0, this.rateLimitBudget - b.used));
    headers['x-ratelimit-reset'] = new Date(b.resetAt).toISOString();
    return b.used > this.rateLimitBudget;
  }

  #status(id: string, me: EmuAccount): EmuStatus {
    const s = this.state.statuses.get(id);
    if (!s || !this.state.canSee(s, me)) throw new RecordNotFound('Record not found');
    return s;
  }

  async #route(
    method: string,
    url: URL,
    p: Params,
    me: EmuAccount,
    idempotencyKey: string | null,
    headers: Record<string, string>,
  ): Promise<{ status: number; body: unknown }> {
    const path = url.pathname;
    const st = this.state;
    const ok = (body: unknown): { status: number; body: unknown } => ({ status: 200, body });
    let m: RegExpExecArray | null;
    if (method === 'GET' && path === '/api/v1/accounts/verify_credentials') {
      const source: mastodon.v1.AccountSource = {
        note: '',
        fields: [],
        privacy: 'public',
        sensitive: false,
        language: null,
        followRequestsCount: 0,
      };
      return ok({
        ...st.toAccount(me),
        source,
        role: { id: '-99', name: '', color: '', permissions: '0', highlighted: false },
      });
    }
    if (method === 'GET' && path === '/api/v1/apps/verify_credentials') {
      const app: mastodon.v1.Application = { name: 'Presence emulator client', website: null };
      return ok({ ...app, scopes: ['read', 'write'] });
    }
    if (method === 'POST' && path === '/api/v1/statuses') {
      const status = st.postStatus(
        me,
        {
          status: p.get('status') ?? '',
          inReplyToId: p.get('in_reply_to_id'),
          mediaIds: p.getAll('media_ids[]'),
          visibility: p.get('visibility'),
          spoilerText: p.get('spoiler_text') ?? '',
          sensitive: p.get('sensitive') === 'true',
          language: p.get('language'),
        },
        idempotencyKey,
      );
      return ok(st.toStatus(status, me));
    }
    if ((m = /^\/api\/v1\/statuses\/(\d+)$/.exec(path))) {
      const s = this.#status(m[1]!, me);
      if (method === 'GET') return ok(st.toStatus(s, me));
      if (method === 'DELETE') {
        if (s.accountId !== me.id) throw new RecordNotFound('Record not found');
        const body = { ...st.toStatus(s, me), text: s.source };
        st.deleteStatus(s.id);
        return ok(body);
      }
    }
    if (method === 'GET' && (m = /^\/api\/v1\/statuses\/(\d+)\/context$/.exec(path))) {
      const s = this.#status(m[1]!, me);
      const ancestors: mastodon.v1.Status[] = [];
      for (
        let up = s.inReplyToId ? st.statuses.get(s.inReplyToId) : undefined;
        up;
        up = up.inReplyToId ? st.statuses.get(up.inReplyToId) : undefined
      ) {
        if (st.canSee(up, me)) ancestors.unshift(st.toStatus(up, me));
      }
      const descendants: mastodon.v1.Status[] = [];
      const walk = (id: string): void => {
        for (const r of st.statuses.values()) {
          if (r.inReplyToId !== id || !st.canSee(r, me)) continue;
          descendants.push(st.toStatus(r, me));
          walk(r.id);
        }
      };
      walk(s.id);
      const context: mastodon.v1.Context = { ancestors, descendants };
      return ok(context);
    }
    if (method === 'POST' && (m = /^\/api\/v1\/statuses\/(\d+)\/(favourite|reblog)$/.exec(path))) {
      const s = this.#status(m[1]!, me);
      const set = m[2] === 'favourite' ? s.favouritedBy : s.rebloggedBy;
      if (!set.has(me.id)) {
        set.add(me.id);
        if (s.accountId !== me.id) st.notify(s.accountId, m[2] as 'favourite' | 'reblog', me.id, s.id);
      }
      return ok(st.toStatus(s, me));
    }
    if (method === 'POST' && path === '/api/v2/media') {
      if (!p.file) throw new ValidationFailed('Validation failed: File is invalid');
      const type: mastodon.v1.MediaAttachmentType = p.file.type.startsWith('video/')
        ? 'video'
        : p.file.type.startsWith('image/')
          ? 'image'
          : 'unknown';
      if (type === 'unknown') throw new ValidationFailed('Validation failed: File content type is invalid');
      const description = p.get('description');
      if (description && Array.from(description).length > 1500)
        throw new ValidationFailed('Validation failed: Description is too long (maximum is 1500 characters)');
      const media = {
        id: st.nextId(),
        accountId: me.id,
        type,
        description,
        pendingChecks: st.mediaProcessingChecks,
        statusId: null,
      };
      st.media.set(media.id, media);
      return { status: media.pendingChecks > 0 ? 202 : 200, body: st.toMedia(media) };
    }
    if (method === 'GET' && (m = /^\/api\/v1\/media\/(\d+)$/.exec(path))) {
      const media = st.media.get(m[1]!);
      if (!media || media.accountId !== me.id) throw new RecordNotFound('Record not found');
      if (media.pendingChecks > 0) media.pendingChecks--;
      return { status: media.pendingChecks > 0 ? 206 : 200, body: st.toMedia(media) };
    }
    if (method === 'GET' && path === '/api/v1/notifications') {
      return ok(this.#notifications(url, me, headers));
    }
    if ((m = /^\/api\/v1\/accounts\/(\d+)(\/statuses|\/follow)?$/.exec(path))) {
      const a = st.accounts.get(m[1]!);
      if (!a) throw new RecordNotFound('Record not found');
      if (method === 'GET' && !m[2]) return ok(st.toAccount(a));
      if (method === 'GET' && m[2] === '/statuses')
        return ok(
          this.#page(
            [...st.statuses.values()].filter((s) => s.accountId === a.id && st.canSee(s, me)),
            url,
            headers,
          ).map((s) => st.toStatus(s, me)),
        );
      if (method === 'POST' && m[2] === '/follow') {
        if (!me.following.has(a.id) && a.id !== me.id) {
          me.following.add(a.id);
          a.followers.add(me.id);
          st.notify(a.id, 'follow', me.id, null);
        }
        const relationship: Pick<mastodon.v1.Relationship, 'id' | 'following' | 'followedBy'> = {
          id: a.id,
          following: true,
          followedBy: a.following.has(me.id),
        };
        return ok(relationship);
      }
    }
    throw new HttpError(404, 'Record not found');
  }

  #notifications(url: URL, me: EmuAccount, headers: Record<string, string>): mastodon.v1.Notification[] {
    const types = url.searchParams.getAll('types[]');
    const mine = this.state.notifications.filter(
      (n) => n.recipientId === me.id && (types.length === 0 || types.includes(n.type)),
    );
    return this.#page(mine, url, headers).map((n) => this.state.toNotification(n, me));
  }

  /**
   * Mastodon's id pagination: newest first; `max_id` (older than), `since_id` (newer than, newest
   * page), `min_id` (newer than, the page right after it); `limit` default 40, at most 80 (40 for
   * statuses); a `Link` header with `next` (older) and `prev` (newer) pages.
   */
  #page<T extends { id: string }>(items: T[], url: URL, headers: Record<string, string>): T[] {
    const q = url.searchParams;
    const cap = url.pathname.endsWith('/statuses') ? 40 : 80;
    const limit = Math.min(cap, Math.max(1, Number(q.get('limit') ?? 40) || 40));
    const big = (s: string | null): bigint | null => (s && /^\d+$/.test(s) ? BigInt(s) : null);
    const [maxId, sinceId, minId] = [big(q.get('max_id')), big(q.get('since_id')), big(q.get('min_id'))];
    let list = items.filter(
      (i) =>
        (maxId === null || BigInt(i.id) < maxId) &&
        (sinceId === null || BigInt(i.id) > sinceId) &&
        (minId === null || BigInt(i.id) > minId),
    );
    list.sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? 1 : -1));
    list = minId !== null && maxId === null ? list.slice(-limit) : list.slice(0, limit);
    if (list.length > 0) {
      const link = (param: string, id: string): string => {
        const u = new URL(url);
        for (const k of ['max_id', 'since_id', 'min_id']) u.searchParams.delete(k);
        u.searchParams.set(param, id);
        return u.toString();
      };
      headers.link = `<${link('max_id', list[list.length - 1]!.id)}>; rel="next", <${link('min_id', list[0]!.id)}>; rel="prev"`;
    }
    return list;
  }
}
