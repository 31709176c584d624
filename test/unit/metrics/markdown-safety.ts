/** What a reader of GitHub-flavoured markdown would get, for tests of escaping. */
import { marked } from 'marked';

/** Names built to break a table, inject HTML, ping someone or start a link. */
export const HOSTILE = [
  'acc|uracy',
  '<img src=x onerror=alert(1)>',
  '@octocat please look',
  'two\nlines',
  '`tick`s',
  '[click](https://evil.example)',
  '</details><script>x</script>',
  '**bold** _it_',
  '| --- |',
];

/** GitHub-flavoured HTML of the markdown (marked, GFM). */
export function html(md: string): string {
  return marked.parse(md, { gfm: true, async: false }) as string;
}

/** Text outside <code> elements: where GitHub would turn @name into a mention and HTML into elements. */
export function outsideCode(h: string): string {
  return h.replace(/<code>[\s\S]*?<\/code>/g, '');
}

/** The text of the first cell of every body row, HTML entities decoded. */
export function firstCellTexts(h: string): string[] {
  const decode = (s: string) =>
    s
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  return [...h.matchAll(/<tr>\s*<td[^>]*>([\s\S]*?)<\/td>/g)].map((m) => decode(m[1]!));
}

export function tableCellCounts(h: string): number[] {
  return [...h.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => (m[1]!.match(/<t[dh][ >]/g) ?? []).length);
}

/** Throws unless the markdown renders without raw HTML elements from user text and without @mentions. */
export function assertSafe(md: string): void {
  const text = outsideCode(html(md));
  const tag = /<(img|script|b|a)\b[^>]*>/i.exec(text.replace(/<a href="https:\/\/github\.com\/[^"]*">/g, ''));
  if (tag) throw new Error(`raw HTML reached the page: ${tag[0]}`);
  const mention = /(^|[^\w`])@\w/.exec(text);
  if (mention) throw new Error(`a mention reached the page: ${text.slice(Math.max(0, mention.index - 20), mention.index + 20)}`);
  if ((text.match(/<details>/g) ?? []).length !== (text.match(/<\/details>/g) ?? []).length) throw new Error('unbalanced <details>');
}
