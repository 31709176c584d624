/**
 * Checks how workflows and documentation call the suite's own actions, against their action.yml:
 * the action folder exists, every `with:` key is an input it declares, every input it requires is
 * given, and every `steps.<id>.outputs.<name>` read from one of its steps is an output it declares.
 * actionlint cannot do this (it knows only popular third-party actions), and a wrong input name is
 * otherwise silently ignored by the runner (a warning in the log, and the default used).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';

export interface ActionSpec {
  inputs: Record<string, { required?: boolean; default?: unknown }>;
  outputs: Record<string, unknown>;
}

export interface Finding {
  /** File (and code block) the problem is in. */
  where: string;
  message: string;
}

/** Every action folder under actions/ with its declared inputs and outputs. */
export function loadActionSpecs(root: string): Map<string, ActionSpec> {
  const specs = new Map<string, ActionSpec>();
  for (const d of readdirSync(join(root, 'actions'), { withFileTypes: true })) {
    if (!d.isDirectory()) continue;
    let text: string;
    try {
      text = readFileSync(join(root, 'actions', d.name, 'action.yml'), 'utf8');
    } catch {
      continue;
    }
    const meta = parse(text) as { inputs?: ActionSpec['inputs'] | null; outputs?: ActionSpec['outputs'] | null };
    specs.set(d.name, { inputs: meta.inputs ?? {}, outputs: meta.outputs ?? {} });
  }
  return specs;
}

/**
 * The action a `uses:` names when it is one of ours: mlops-actions/mlops-actions/actions/<name>@<ref>,
 * the placeholder OWNER/REPO/actions/<name>@<ref> some docs use, or ./actions/<name> in this repository.
 */
export function ourAction(uses: string): string | undefined {
  const m = /^(?:(?:mlops-actions\/mlops-actions|OWNER\/REPO)\/actions\/([^@/\s]+)@\S+|\.\/actions\/([^@/\s]+)\/?)$/.exec(uses.trim());
  return m ? (m[1] ?? m[2]) : undefined;
}

const OUTPUT_REF = /\bsteps\.([A-Za-z_][\w-]*)\.outputs(?:\.([A-Za-z_][\w-]*)|\[\s*'([^']+)'\s*\]|\[\s*"([^"]+)"\s*\])/g;

interface Scope {
  /** step id → our action's name */
  ids: Map<string, string>;
  strings: string[];
}

/**
 * Checks one parsed document: a workflow, a job, a list of steps or a single step. Each object with a
 * `steps` list (a job) is its own scope for `steps.<id>` references; a fragment's root is one too.
 */
export function checkDocument(doc: unknown, where: string, specs: Map<string, ActionSpec>): Finding[] {
  const findings: Finding[] = [];
  const scopes: Scope[] = [];

  const checkStep = (step: Record<string, unknown>, scope: Scope) => {
    const uses = step['uses'];
    if (typeof uses !== 'string') return;
    const name = ourAction(uses);
    if (name === undefined) {
      if (
        /(^|\/)actions\/(data-hash|train-gate|validate-metrics|register-model|deploy|drift-report)@/.test(uses) &&
        !uses.startsWith('actions/')
      ) {
        findings.push({
          where,
          message: `'${uses}' looks like one of the suite's actions but not as users reference them (mlops-actions/mlops-actions/actions/<name>@v1)`,
        });
      }
      return;
    }
    const label = typeof step['id'] === 'string' ? `step '${step['id']}' (${name})` : `a ${name} step`;
    const spec = specs.get(name);
    if (!spec) {
      findings.push({ where, message: `${label}: there is no action folder actions/${name} (actions: ${[...specs.keys()].join(', ')})` });
      return;
    }
    if (typeof step['id'] === 'string') scope.ids.set(step['id'], name);
    const withBlock = step['with'];
    if (withBlock !== undefined && withBlock !== null && (typeof withBlock !== 'object' || Array.isArray(withBlock))) {
      findings.push({ where, message: `${label}: 'with' must be a mapping of input names to values` });
      return;
    }
    const given = (withBlock ?? {}) as Record<string, unknown>;
    for (const key of Object.keys(given)) {
      if (!(key in spec.inputs)) {
        findings.push({
          where,
          message: `${label}: input '${key}' is not declared in actions/${name}/action.yml (its inputs: ${Object.keys(spec.inputs).join(', ')})`,
        });
      }
    }
    for (const [key, input] of Object.entries(spec.inputs)) {
      if (input?.required && !(key in given)) findings.push({ where, message: `${label}: the required input '${key}' is not given` });
    }
  };

  const walk = (node: unknown, scope: Scope) => {
    if (typeof node === 'string') {
      scope.strings.push(node);
      return;
    }
    if (Array.isArray(node)) {
      for (const item of node) walk(item, scope);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const obj = node as Record<string, unknown>;
    let inner = scope;
    if (Array.isArray(obj['steps'])) {
      inner = { ids: new Map(), strings: [] };
      scopes.push(inner);
    }
    if (typeof obj['uses'] === 'string') checkStep(obj, inner);
    for (const value of Object.values(obj)) walk(value, inner);
  };

  const root: Scope = { ids: new Map(), strings: [] };
  scopes.push(root);
  // A list of steps at the root: register the ids first, whatever the order of the references.
  walk(doc, root);

  for (const scope of scopes) {
    for (const text of scope.strings) {
      for (const m of text.matchAll(OUTPUT_REF)) {
        const [, id, dotted, single, double] = m;
        const output = (dotted ?? single ?? double)!;
        const name = scope.ids.get(id!);
        if (name === undefined) continue; // a step that is not ours, or not in this fragment
        if (!(output in specs.get(name)!.outputs)) {
          findings.push({
            where,
            message: `steps.${id}.outputs.${output}: actions/${name}/action.yml declares no output '${output}' (its outputs: ${Object.keys(specs.get(name)!.outputs).join(', ')})`,
          });
        }
      }
    }
  }
  return findings;
}

/** Parses YAML text (a whole workflow or a code block) and checks it; a parse error is a finding. */
export function checkYamlText(text: string, where: string, specs: Map<string, ActionSpec>): Finding[] {
  const docs = parseAllDocuments(dedent(text));
  const findings: Finding[] = [];
  for (const doc of docs) {
    if (doc.errors.length) {
      findings.push({ where, message: `is not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}` });
      continue;
    }
    findings.push(...checkDocument(doc.toJS(), where, specs));
  }
  return findings;
}

/** The yaml/yml fenced code blocks of a markdown text, with the line each starts on. */
export function yamlBlocks(markdown: string): { line: number; text: string }[] {
  const blocks: { line: number; text: string }[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*(ya?ml)\b/.exec(lines[i]!);
    if (!open) continue;
    const fence = open[2]!;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !lines[j]!.trimStart().startsWith(fence); j++) body.push(lines[j]!);
    blocks.push({ line: i + 1, text: body.join('\n') });
    i = j;
  }
  return blocks;
}

/** Removes the indentation every non-blank line shares (a block copied from inside a job). */
function dedent(text: string): string {
  const lines = text.split('\n');
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(Math.min(cut, /^ */.exec(l)![0].length))).join('\n');
}

/** Files under `dir` (recursively) whose names match `pattern`, relative to `root`. */
export function filesUnder(root: string, dir: string, pattern: RegExp): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'node_modules' && !e.name.startsWith('.')) walk(p);
      } else if (pattern.test(e.name)) out.push(relative(root, p));
    }
  };
  walk(join(root, dir));
  return out.sort();
}
