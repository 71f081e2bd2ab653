import fs from 'node:fs';
import { ConnectorError } from '../../../src/modules/publishing/connectors/connector.errors.js';
import type {
  NetworkConnector,
  PublishLookup,
  PublishRequest,
  PublishResult,
} from '../../../src/modules/publishing/connectors/connector.port.js';
import { createConnector } from '../../../src/modules/publishing/connectors/registry.js';

/** A scripted outcome of one publish call: succeed, throw, or "time out" after the post went out. */
export type Step = 'ok' | ConnectorError | 'ok_then_timeout';

function result(key: string): PublishResult {
  const part = { remoteId: `remote-${key}`, url: `https://example.test/p/${key}` };
  return { ...part, parts: [part], firstComment: null };
}

/**
 * A network for tests: it remembers published idempotency keys (in memory, or appended to a file so
 * a SIGKILLed worker's calls survive), answers `findPublished` from them, and plays scripted failures.
 */
export class FakeConnector implements NetworkConnector {
  readonly network = 'fake';
  readonly capabilities = createConnector('bluesky').capabilities;
  readonly published: string[] = [];
  readonly calls: { op: 'publish' | 'find'; key: string }[] = [];
  readonly #script: Step[] = [];
  readonly #file: string | null;

  readonly #delayMs: number;

  constructor(file: string | null = null, delayMs = 0) {
    this.#file = file;
    this.#delayMs = delayMs;
  }

  /** Queues outcomes for the next publish calls (then every call succeeds). */
  script(...steps: Step[]): void {
    this.#script.push(...steps);
  }

  /** Keys the network holds, one per successful publish (duplicates included). */
  keys(): string[] {
    if (!this.#file) return this.published;
    if (!fs.existsSync(this.#file)) return [];
    return fs.readFileSync(this.#file, 'utf8').split('\n').filter(Boolean);
  }

  async connect(): Promise<never> {
    throw new Error('not used');
  }
  async checkCredentials() {
    return { status: 'valid' as const, reason: 'ok' as const, detail: null, expiresAt: null };
  }
  validate(request: PublishRequest) {
    return request.parts[0]?.text === ''
      ? [{ code: 'text_empty' as const, path: 'parts.0.text', message: 'The text is empty' }]
      : [];
  }
  async publish(_account: unknown, request: PublishRequest): Promise<PublishResult> {
    this.calls.push({ op: 'publish', key: request.idempotencyKey });
    if (this.#delayMs > 0) await new Promise((r) => setTimeout(r, this.#delayMs));
    const step = this.#script.shift() ?? 'ok';
    if (step instanceof ConnectorError) throw step;
    this.#record(request.idempotencyKey);
    if (step === 'ok_then_timeout') {
      throw new ConnectorError('unknown_outcome', 'Timed out after sending', { code: 'timeout' });
    }
    return result(request.idempotencyKey);
  }
  async findPublished(_account: unknown, request: PublishRequest): Promise<PublishLookup> {
    this.calls.push({ op: 'find', key: request.idempotencyKey });
    return this.keys().includes(request.idempotencyKey)
      ? { status: 'published', result: result(request.idempotencyKey) }
      : { status: 'absent' };
  }
  async delete(): Promise<void> {}
  async readPostMetrics() {
    return [];
  }
  async readAccountMetrics() {
    return { values: {}, observedAt: new Date(0).toISOString() };
  }
  async readInteractionsSince() {
    return { items: [], nextCursor: '', more: false };
  }
  async reply(): Promise<never> {
    throw new Error('not used');
  }

  #record(key: string): void {
    // appendFileSync: the line is on disk before the call returns, so SIGKILL cannot lose it.
    if (this.#file) fs.appendFileSync(this.#file, `${key}\n`);
    else this.published.push(key);
  }
}
