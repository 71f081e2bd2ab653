import crypto from 'node:crypto';

/**
 * Encrypts secrets at rest (network tokens, SMTP passwords) with AES-256-GCM. The key is derived from
 * PRESENCE_SECRET with HKDF so the same secret can later key other purposes without reuse.
 * Format: `v1.<iv b64url>.<tag b64url>.<ciphertext b64url>`; the version lets us rotate the scheme.
 */
export class SecretBox {
  readonly #key: Buffer;

  constructor(secret: string) {
    if (secret.length < 32) throw new Error('The secret key must be at least 32 characters');
    this.#key = Buffer.from(crypto.hkdfSync('sha256', secret, 'presence', 'secret-box-v1', 32));
  }

  /** Encrypts `plain`; `context` (e.g. an account id) is bound as associated data. */
  seal(plain: string, context = ''): string {
    const iv = crypto.randomBytes(12);
    const cipher = crypto.createCipheriv('aes-256-gcm', this.#key, iv);
    cipher.setAAD(Buffer.from(context));
    const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [
      'v1',
      iv.toString('base64url'),
      cipher.getAuthTag().toString('base64url'),
      ct.toString('base64url'),
    ].join('.');
  }

  /** Decrypts what `seal` produced with the same context; throws when tampered with. */
  open(sealed: string, context = ''): string {
    const [v, iv, tag, ct] = sealed.split('.');
    if (v !== 'v1' || !iv || !tag || ct === undefined) throw new Error('Unrecognised sealed secret');
    const decipher = crypto.createDecipheriv('aes-256-gcm', this.#key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString('utf8');
  }

  /** HMAC-SHA256 of `data` under a key derived for `purpose` (signed links, webhook secrets). */
  sign(purpose: string, data: string): string {
    const key = crypto.hkdfSync('sha256', this.#key, 'presence', `sign:${purpose}`, 32);
    return crypto.createHmac('sha256', Buffer.from(key)).update(data).digest('base64url');
  }
}

/** A random URL-safe token with `bytes` of entropy, for cookies, links and API tokens. */
export function randomToken(bytes = 32): string {
  return crypto.randomBytes(bytes).toString('base64url');
}

/** SHA-256 hex of a token: what we store, so a database leak does not hand out live tokens. */
export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

/** Constant-time string comparison. */
export function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && crypto.timingSafeEqual(ab, bb);
}
