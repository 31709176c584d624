import { describe, expect, it } from 'vitest';
import { signBody, verifySignature } from '@mlops-actions/deployment';

describe('webhook signatures (X-Hub-Signature-256)', () => {
  // The worked example from GitHub's "Validating webhook deliveries" documentation.
  const secret = "It's a Secret to Everybody";
  const body = 'Hello, World!';
  const published = 'sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17';

  it("matches GitHub's published example", () => {
    expect(signBody(secret, body)).toBe(published);
    expect(signBody(secret, Buffer.from(body))).toBe(published);
  });

  it.each([
    ['the right signature', secret, body, published, true],
    ['upper-case hex', secret, body, published.toUpperCase().replace('SHA256', 'sha256'), true],
    ['another secret', 'wrong', body, published, false],
    ['a changed body', secret, 'Hello, World?', published, false],
    ['no header', secret, body, undefined, false],
    ['a sha1 header', secret, body, 'sha1=0123456789abcdef0123456789abcdef01234567', false],
    ['a truncated signature', secret, body, published.slice(0, -2), false],
  ])('verifies %s', (_, s, b, header, ok) => {
    expect(verifySignature(s, b, header)).toBe(ok);
  });
});
