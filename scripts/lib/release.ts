/** Versions, tags and the changelog, for scripts/release.ts and the release workflow. */

export interface Version {
  major: number;
  minor: number;
  patch: number;
  pre: string | undefined;
  text: string;
}

/** `1.2.3`, `1.2.3-rc.1` (a leading `v` is accepted); undefined when it is not semver. */
export function parseVersion(s: string): Version | undefined {
  const m = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?$/.exec(s.trim());
  if (!m) return undefined;
  const text = `${m[1]}.${m[2]}.${m[3]}${m[4] ? `-${m[4]}` : ''}`;
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]), pre: m[4], text };
}

/** Semver precedence (https://semver.org/#spec-item-11): negative when a < b. */
export function compareVersions(a: Version, b: Version): number {
  for (const k of ['major', 'minor', 'patch'] as const) if (a[k] !== b[k]) return a[k] - b[k];
  if (a.pre === b.pre) return 0;
  if (a.pre === undefined) return 1;
  if (b.pre === undefined) return -1;
  const x = a.pre.split('.');
  const y = b.pre.split('.');
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] === undefined) return -1;
    if (y[i] === undefined) return 1;
    const nx = /^\d+$/.test(x[i]!);
    const ny = /^\d+$/.test(y[i]!);
    if (nx && ny && Number(x[i]) !== Number(y[i])) return Number(x[i]) - Number(y[i]);
    if (nx !== ny) return nx ? -1 : 1;
    if (!nx && x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  }
  return 0;
}

/** The highest `v<semver>` among tag names (major tags like `v1` are not versions), or undefined. */
export function latestVersionTag(tags: string[]): Version | undefined {
  let best: Version | undefined;
  for (const t of tags) {
    if (!t.startsWith('v')) continue;
    const v = parseVersion(t);
    if (v && (!best || compareVersions(v, best) > 0)) best = v;
  }
  return best;
}

/**
 * The body of `## [<version>]` in a Keep a Changelog file (https://keepachangelog.com/en/1.1.0/),
 * up to the next `## ` heading or the link references; undefined when there is no such section.
 */
export function changelogSection(changelog: string, version: string): string | undefined {
  const lines = changelog.replace(/\r\n/g, '\n').split('\n');
  const esc = version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const start = lines.findIndex((l) => new RegExp(`^## \\[v?${esc}\\](?:\\s|$)`).test(l));
  if (start < 0) return undefined;
  const body: string[] = [];
  for (const l of lines.slice(start + 1)) {
    if (/^## /.test(l) || /^\[[^\]]+\]:\s*\S+/.test(l)) break;
    body.push(l);
  }
  return body.join('\n').trim();
}
