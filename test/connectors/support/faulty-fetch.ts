// A fetch that connectors under test use as their transport, so the contract suite can count requests
// and break the network on purpose: lose the response of a write that the peer did apply, or refuse
// connections as if the peer had gone away.

export type RequestMatcher = (request: Request) => boolean;

function refused(): TypeError {
  const cause = Object.assign(new Error('connect ECONNREFUSED (injected)'), { code: 'ECONNREFUSED' });
  return new TypeError('fetch failed', { cause });
}

function socketLost(): TypeError {
  const cause = Object.assign(new Error('other side closed (injected)'), { code: 'UND_ERR_SOCKET' });
  return new TypeError('fetch failed', { cause });
}

/** Counts requests and injects faults; `fetch` is what the connector receives. */
export class FaultyFetch {
  requests = 0;
  #refuse = false;
  #loseNext: { match: RequestMatcher; thenRefuse: boolean } | null = null;
  readonly #transport: typeof fetch;

  constructor(transport: typeof fetch = globalThis.fetch) {
    this.#transport = transport;
  }

  readonly fetch: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    this.requests++;
    if (this.#refuse) throw refused();
    const lose = this.#loseNext;
    if (lose && lose.match(request.clone())) {
      this.#loseNext = null;
      const response = await this.#transport(request);
      await response.arrayBuffer();
      if (lose.thenRefuse) this.#refuse = true;
      throw socketLost();
    }
    return this.#transport(request);
  };

  /**
   * The next request matching `match` reaches the peer and takes effect, but its response is lost;
   * with `thenRefuse`, every request after it is refused until `restore()`.
   */
  loseNextResponse(match: RequestMatcher, opts: { thenRefuse?: boolean } = {}): void {
    this.#loseNext = { match, thenRefuse: opts.thenRefuse ?? false };
  }

  /** Back to a healthy network. */
  restore(): void {
    this.#refuse = false;
    this.#loseNext = null;
  }
}
