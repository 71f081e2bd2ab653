import type { mastodon } from 'masto';
import { z } from 'zod';
import type { Credentials, MediaItem } from '../connector.port.js';
import { ConnectorError } from '../connector.errors.js';
import { camelizeKeys } from './mastodon.casing.js';
import { mapMastodonFailure, mapMastodonThrown, mastodonRetryAfterMs } from './mastodon.errors.js';

// The HTTP half of the Mastodon connector. It speaks the REST API directly through our `connectorFetch`
// wrapper rather than masto's runtime client: the wrapper is where timeouts, retries honouring the
// rate-limit headers and log redaction live for every network, and it lets the contract suite inject
// faults into the transport. masto still gives us the entity types (camelCase, as masto itself turns
// the API's snake_case JSON into), so a shape we read is the shape the real API documents.

/** What a Mastodon account stores (encrypted): the instance and a non-expiring access token. */
export const MastodonCredentials = z.object({
  instanceUrl: z.url().transform((u) => u.replace(/\/+$/, '')),
  accessToken: z.string().trim().min(1),
  accountId: z.string().optional(),
});
export type MastodonCredentials = z.infer<typeof MastodonCredentials>;

/** Parses stored or entered credentials; a malformed object is an `auth` error (reconnect). */
export function parseCredentials(input: Credentials): MastodonCredentials {
  const parsed = MastodonCredentials.safeParse(input);
  if (!parsed.success) {
    throw new ConnectorError('auth', 'The Mastodon credentials are incomplete', {
      code: 'credentials_malformed',
    });
  }
  return parsed.data;
}

/** The body of POST /api/v1/statuses (snake_case, as the API takes it). */
export interface CreateStatusBody {
  status: string;
  in_reply_to_id?: string;
  media_ids?: string[];
  visibility?: mastodon.v1.StatusVisibility;
  spoiler_text?: string;
  sensitive?: boolean;
  language?: string;
}

interface CallOptions {
  query?: Record<string, string | undefined>;
  json?: unknown;
  form?: FormData;
  idempotencyKey?: string;
  /** The call may change something: a lost response is an unknown outcome. */
  write?: boolean;
  /** Answer null instead of throwing on 404. */
  nullOn404?: boolean;
}

interface Answer<T> {
  status: number;
  body: T;
  headers: Headers;
}

// Media is processed asynchronously for large files and video: poll until it is ready.
const MEDIA_POLL_ATTEMPTS = 30;
const MEDIA_POLL_MS = 500;

/** One authenticated Mastodon account on one instance. */
export class MastodonClient {
  readonly credentials: MastodonCredentials;
  readonly #fetch: typeof fetch;
  readonly #now: () => Date;
  readonly #sleep: (ms: number) => Promise<void>;

  constructor(
    credentials: MastodonCredentials,
    transport: typeof fetch,
    now: () => Date = () => new Date(),
    sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {
    this.credentials = credentials;
    this.#fetch = transport;
    this.#now = now;
    this.#sleep = sleep;
  }

  /** The account the token belongs to (GET /api/v1/accounts/verify_credentials). */
  async verifyCredentials(): Promise<mastodon.v1.AccountCredentials> {
    return (await this.#call<mastodon.v1.AccountCredentials>('GET', '/api/v1/accounts/verify_credentials'))
      .body;
  }

  /** Creates a status; Mastodon returns the same status for the same Idempotency-Key for an hour. */
  async createStatus(body: CreateStatusBody, idempotencyKey: string): Promise<mastodon.v1.Status> {
    return (
      await this.#call<mastodon.v1.Status>('POST', '/api/v1/statuses', {
        json: body,
        idempotencyKey,
        write: true,
      })
    ).body;
  }

  /** A status, or null when it does not exist (or is not visible to us). */
  async getStatus(id: string): Promise<mastodon.v1.Status | null> {
    return (
      await this.#call<mastodon.v1.Status | null>('GET', `/api/v1/statuses/${encodeURIComponent(id)}`, {
        nullOn404: true,
      })
    ).body;
  }

  /** The statuses above and below one (GET /api/v1/statuses/:id/context); null when it is gone. */
  async getContext(id: string): Promise<mastodon.v1.Context | null> {
    return (
      await this.#call<mastodon.v1.Context | null>(
        'GET',
        `/api/v1/statuses/${encodeURIComponent(id)}/context`,
        { nullOn404: true },
      )
    ).body;
  }

  /** Deletes one of our statuses; a status already gone is not an error. */
  async deleteStatus(id: string): Promise<void> {
    await this.#call('DELETE', `/api/v1/statuses/${encodeURIComponent(id)}`, {
      write: true,
      nullOn404: true,
    });
  }

  /** Our most recent statuses, newest first (replies included, reblogs excluded). */
  async listOwnStatuses(
    accountId: string,
    maxId: string | null,
    limit: number,
  ): Promise<mastodon.v1.Status[]> {
    return (
      await this.#call<mastodon.v1.Status[]>(
        'GET',
        `/api/v1/accounts/${encodeURIComponent(accountId)}/statuses`,
        {
          query: { limit: String(limit), exclude_reblogs: 'true', max_id: maxId ?? undefined },
        },
      )
    ).body;
  }

  /** An account's public counters (GET /api/v1/accounts/:id). */
  async getAccount(id: string): Promise<mastodon.v1.Account> {
    return (await this.#call<mastodon.v1.Account>('GET', `/api/v1/accounts/${encodeURIComponent(id)}`)).body;
  }

  /**
   * Notifications newer than `minId` (the page right after it) or, with null, the latest page.
   * Mastodon returns them newest first either way.
   */
  async listNotifications(
    minId: string | null,
    limit: number,
    types: readonly string[],
  ): Promise<mastodon.v1.Notification[]> {
    const query = new URLSearchParams({ limit: String(limit) });
    if (minId !== null) query.set('min_id', minId);
    for (const t of types) query.append('types[]', t);
    return (await this.#call<mastodon.v1.Notification[]>('GET', `/api/v1/notifications?${query.toString()}`))
      .body;
  }

  /** Uploads one file with its alt text (POST /api/v2/media) and waits until Mastodon processed it. */
  async uploadMedia(item: MediaItem): Promise<mastodon.v1.MediaAttachment> {
    const form = new FormData();
    form.append('file', new Blob([Buffer.from(item.data)], { type: item.mimeType }), fileName(item.mimeType));
    if (item.altText) form.append('description', item.altText);
    const created = await this.#call<mastodon.v1.MediaAttachment>('POST', '/api/v2/media', {
      form,
      write: true,
    });
    if (created.status !== 202) return created.body;
    // 202: accepted, still processing. GET /api/v1/media/:id answers 206 until the file is ready.
    for (let i = 0; i < MEDIA_POLL_ATTEMPTS; i++) {
      await this.#sleep(MEDIA_POLL_MS * Math.min(i, 4));
      const polled = await this.#call<mastodon.v1.MediaAttachment>(
        'GET',
        `/api/v1/media/${encodeURIComponent(created.body.id)}`,
      );
      if (polled.status === 200) return polled.body;
    }
    throw new ConnectorError('transient', 'Mastodon is still processing the media', {
      code: 'media_processing',
    });
  }

  async #call<T>(method: string, path: string, opts: CallOptions = {}): Promise<Answer<T>> {
    const url = new URL(this.credentials.instanceUrl + path);
    for (const [k, v] of Object.entries(opts.query ?? {})) if (v !== undefined) url.searchParams.set(k, v);
    const headers: Record<string, string> = {
      authorization: `Bearer ${this.credentials.accessToken}`,
      accept: 'application/json',
    };
    if (opts.idempotencyKey) headers['idempotency-key'] = opts.idempotencyKey;
    let body: string | FormData | undefined;
    if (opts.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(opts.json);
    } else if (opts.form) {
      body = opts.form;
    }
    const ctx = { write: opts.write ?? false, secrets: [this.credentials.accessToken] };
    let response: Response;
    let text: string;
    try {
      response = await this.#fetch(url, { method, headers, body });
      text = await response.text();
    } catch (err) {
      throw mapMastodonThrown(err, ctx);
    }
    if (response.status === 404 && opts.nullOn404)
      return { status: 404, body: null as T, headers: response.headers };
    const json = parseJson(text);
    if (!response.ok) {
      const error = z.object({ error: z.string(), error_description: z.string().optional() }).safeParse(json);
      throw mapMastodonFailure(
        {
          status: response.status,
          error: error.success ? error.data.error : null,
          description: error.success ? (error.data.error_description ?? null) : text.slice(0, 300) || null,
          retryAfterMs: mastodonRetryAfterMs(response.headers, this.#now().getTime()),
        },
        ctx,
      );
    }
    if (json === undefined) {
      throw mapMastodonThrown(new Error(`Mastodon answered ${method} ${url.pathname} with no JSON`), ctx);
    }
    return { status: response.status, body: camelizeKeys(json) as T, headers: response.headers };
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function fileName(mimeType: string): string {
  const ext = mimeType.split('/')[1]?.replace(/[^a-z0-9]/gi, '') ?? 'bin';
  return `upload.${ext}`;
}
