import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildManifest, compareManifests, formatBytes, renderSummary, type ManifestEntry } from '@mlops-actions/hashing';

const entry = (path: string, content: string): ManifestEntry => ({
  path,
  size: content.length,
  digest: createHash('sha256').update(content).digest('hex'),
});

describe('renderSummary', () => {
  it('shows the totals', () => {
    const m = buildManifest('sha256', [entry('a', 'xx'), entry('b', 'y')]);
    const md = renderSummary(m, undefined, { manifestPath: 'out/m.json' });
    expect(md).toContain(`| Hash | \`${m.hash}\` |`);
    expect(md).toContain('| Files | 2 |');
    expect(md).toContain('| Size | 3 B (3 bytes) |');
    expect(md).toContain('No baseline');
  });

  it('lists the first N changes of each kind, then a count', () => {
    const base = buildManifest(
      'sha256',
      Array.from({ length: 30 }, (_, i) => entry(`r${String(i).padStart(2, '0')}`, 'x')),
    );
    const cur = buildManifest(
      'sha256',
      Array.from({ length: 25 }, (_, i) => entry(`a${String(i).padStart(2, '0')}`, 'x')),
    );
    const md = renderSummary(cur, compareManifests(base, cur), { limit: 10, baselineName: 'base.json' });
    expect(md).toContain('Changed since the baseline `base.json`: **25** added, **30** removed, **0** modified.');
    expect(md).toContain('- `a09`');
    expect(md).not.toContain('- `a10`');
    expect(md).toContain('- … and 15 more');
    expect(md).toContain('- … and 20 more');
  });

  it('says when nothing changed', () => {
    const m = buildManifest('sha256', [entry('a', '1')]);
    expect(renderSummary(m, compareManifests(m, m))).toContain('Unchanged since the baseline.');
  });

  it('escapes file names so they cannot break the markdown', () => {
    const evil = ['x|y', 'tick`s', 'new\nline', '<img src=x onerror=alert(1)>', '@octocat', 'back\\slash'];
    const base = buildManifest('sha256', []);
    const cur = buildManifest(
      'sha256',
      evil.map((p) => entry(p, p)).sort((a, b) => (a.path < b.path ? -1 : 1)),
    );
    const md = renderSummary(cur, compareManifests(base, cur));
    const items = md.split('\n').filter((l) => l.startsWith('- '));
    expect(items).toHaveLength(evil.length);
    for (const line of items) expect(line).toMatch(/^- `+ ?[^`].*`+$/); // each name stays one inline code span
    expect(md).toContain('`new\\nline`'); // shown as coreutils shows it
    expect(md).toContain('`back\\\\slash`');
    expect(md).toContain('`x\\|y`');
    expect(md).toContain('``tick`s``');
    expect(md).toContain('- `<img src=x onerror=alert(1)>`'); // inside a code span HTML is shown, not run
    expect(md.replace(/`[^`]*`/g, '')).not.toMatch(/<img|@octocat/); // and nowhere outside one
  });
});

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [1023, '1023 B'],
    [1024, '1.0 KiB'],
    [1536 * 1024, '1.5 MiB'],
    [1024 ** 3, '1.0 GiB'],
    [200 * 1024 ** 3, '200 GiB'],
  ])('%d → %s', (n, s) => expect(formatBytes(n)).toBe(s));
});
