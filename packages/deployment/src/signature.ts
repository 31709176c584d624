import { createHmac, timingSafeEqual } from 'node:crypto';

/** The header that carries the signature, as GitHub's own webhooks name it. */
export const SIGNATURE_HEADER = 'X-Hub-Signature-256';

/** `sha256=<hex>`: the HMAC-SHA256 of the exact body bytes with the shared secret (GitHub's scheme). */
export function signBody(secret: string, body: string | Uint8Array): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/**
 * Checks a received body against its `X-Hub-Signature-256` header in constant time. Receivers (and our
 * tests) use this; see the deploy docs for the same check in Python and shell.
 */
export function verifySignature(secret: string, body: string | Uint8Array, header: string | undefined | null): boolean {
  if (!header || !/^sha256=[0-9a-f]{64}$/i.test(header)) return false;
  const expected = Buffer.from(signBody(secret, body), 'utf8');
  const given = Buffer.from(header.toLowerCase(), 'utf8');
  return expected.length === given.length && timingSafeEqual(expected, given);
}
