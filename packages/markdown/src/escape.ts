/**
 * Escaping for text that came from a user's file (metric names, column names, file names, params)
 * before it reaches GitHub-flavoured markdown: it must not break a table, inject HTML, start a link or
 * emphasis, or @-mention (ping) anyone.
 */
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+!~|]/g;

export function escapeText(s: string): string {
  return (
    String(s)
      .replace(/\r\n|\r|\n/g, ' ')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(MARKDOWN_SPECIAL, (c) => `\\${c}`)
      // A zero-width space after '@' keeps the text readable while GitHub no longer sees a mention,
      // and a "www."/"http" autolink is broken the same way.
      .replace(/@/g, '@\u200b')
      .replace(/(https?):\/\//gi, '$1:\u200b//')
      .replace(/\bwww\./gi, 'www\u200b.')
  );
}

/** Same as escapeText; named for table cells, where a '|' would otherwise end the cell. */
export const escapeCell = escapeText;

/** Inline code that survives backticks inside it (and pipes, inside a table). */
export function code(s: string): string {
  const text = String(s)
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A link whose text is escaped and whose target is only http(s). */
export function link(text: string, url: string): string {
  if (!/^https?:\/\//i.test(url)) return escapeText(text);
  return `[${escapeText(text)}](${url.replace(/[()\s]/g, encodeURIComponent)})`;
}
