import crypto from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Characters in a short code: 62^8 ≈ 2.2 × 10^14 codes, so guessing live ones is impractical. */
export const CODE_LENGTH = 8;

/** A fresh code: 8 base62 characters from the system's cryptographic random source. */
export function newShortCode(): string {
  let code = '';
  while (code.length < CODE_LENGTH) {
    for (const byte of crypto.randomBytes(CODE_LENGTH * 2)) {
      // Rejection sampling: 248 = 4 × 62, so bytes below it map to the alphabet without bias.
      if (byte < 248 && code.length < CODE_LENGTH) code += ALPHABET[byte % 62];
    }
  }
  return code;
}

/** Whether `s` has the shape of a code (anything else is not looked up). */
export function isShortCode(s: string): boolean {
  return /^[0-9A-Za-z]{8}$/.test(s);
}

/** The public short link for a code. */
export function shortUrl(publicUrl: string, code: string): string {
  return `${publicUrl}/l/${code}`;
}

/** How many characters a short link takes in the text (for live length checks). */
export function shortLinkLength(publicUrl: string): number {
  return `${publicUrl}/l/`.length + CODE_LENGTH;
}
