import { formatBytes } from '@mlops-actions/markdown';
import { describe, expect, it } from 'vitest';

describe('formatBytes (the one size formatter of summaries, cards and the CLI)', () => {
  it.each([
    [0, '0 B'],
    [1023, '1023 B'],
    [1024, '1.0 KiB'],
    [4096, '4.0 KiB'],
    [1536 * 1024, '1.5 MiB'],
    [3 * 1024 * 1024, '3.0 MiB'],
    [99.94 * 1024, '99.9 KiB'],
    // Rounds before choosing the precision: never "100.0 KiB".
    [99.96 * 1024, '100 KiB'],
    [1024 ** 3, '1.0 GiB'],
    [200 * 1024 ** 3, '200 GiB'],
    [5 * 1024 ** 5, '5.0 PiB'],
  ])('%d → %s', (n, s) => expect(formatBytes(n)).toBe(s));
});
