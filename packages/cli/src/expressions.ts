/**
 * `${{ }}` and `if:` evaluated with GitHub's own expression engine (npm @actions/expressions, from
 * actions/languageservices). The status functions are resolved first, as the runner does: an `if:`
 * without one means `success() && (…)`
 * (https://docs.github.com/en/actions/reference/workflows-and-actions/expressions#status-check-functions).
 */
import { data, Evaluator, Lexer, Parser } from '@actions/expressions';

export type Contexts = Record<string, unknown>;

const CONTEXTS = ['github', 'env', 'vars', 'job', 'jobs', 'steps', 'runner', 'secrets', 'strategy', 'matrix', 'needs', 'inputs'];

function evaluateData(src: string, contexts: Contexts): data.ExpressionData {
  const lexed = new Lexer(src).lex();
  const expr = new Parser(lexed.tokens, CONTEXTS, []).parse();
  const dict = JSON.parse(JSON.stringify(contexts), data.reviver) as data.Dictionary;
  return new Evaluator(expr, dict).evaluate();
}

function truthy(d: data.ExpressionData): boolean {
  switch (d.kind) {
    case data.Kind.Null:
      return false;
    case data.Kind.Boolean:
      return (d as data.BooleanData).value;
    case data.Kind.Number: {
      const n = (d as data.NumberData).value;
      return n !== 0 && !Number.isNaN(n);
    }
    case data.Kind.String:
      return (d as data.StringData).value.length > 0;
    default:
      return true;
  }
}

/** Text with every `${{ … }}` replaced by its value as a string. */
export function interpolate(text: string, contexts: Contexts): string {
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, src: string) => {
    const v = evaluateData(src.trim(), contexts);
    return v.kind === data.Kind.Null ? '' : v.primitive ? v.coerceString() : JSON.stringify(v, data.replacer);
  });
}

/** Whether an `if:` holds, given whether an earlier step of the job failed. */
export function condition(src: string | boolean | undefined, contexts: Contexts, failed: boolean): boolean {
  if (src === undefined || src === '') return !failed;
  if (typeof src === 'boolean') return src && !failed;
  let text = src
    .trim()
    .replace(/^\$\{\{([\s\S]*)\}\}$/, '$1')
    .trim();
  const hasStatus = /\b(success|failure|always|cancelled)\s*\(\s*\)/.test(text);
  text = text
    .replace(/\bsuccess\s*\(\s*\)/g, String(!failed))
    .replace(/\bfailure\s*\(\s*\)/g, String(failed))
    .replace(/\balways\s*\(\s*\)/g, 'true')
    .replace(/\bcancelled\s*\(\s*\)/g, 'false');
  const holds = truthy(evaluateData(text, contexts));
  return hasStatus ? holds : holds && !failed;
}
