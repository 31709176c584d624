import { describe, expect, it } from 'vitest';
import { commentMarker, fitComment, COMMENT_LIMIT } from '@mlops-actions/github';

describe('fitComment', () => {
  it('leaves a body under the limit alone', () => {
    expect(fitComment('hello')).toEqual({ text: 'hello', truncated: false });
  });

  it('cuts a long body under the limit, closes open blocks and points at the full report', () => {
    const body = `<details>\n<summary>all</summary>\n\n\`\`\`\n${'row | row | row\n'.repeat(10_000)}`;
    const { text, truncated } = fitComment(body, 'https://github.com/o/r/actions/runs/1');
    expect(truncated).toBe(true);
    expect(text.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(text).toContain('https://github.com/o/r/actions/runs/1');
    expect((text.match(/^```/gm) ?? []).length % 2).toBe(0);
    expect(text).toContain('</details>');
  });
});

describe('commentMarker', () => {
  it('is an HTML comment that user keys cannot break out of', () => {
    expect(commentMarker('validate-metrics', 'default')).toBe('<!-- mlops-actions:validate-metrics:default -->');
    expect(commentMarker('validate-metrics', 'x --> <b>')).toBe('<!-- mlops-actions:validate-metrics:x_--___b_ -->');
  });
});

describe('fitComment: where the cut lands', () => {
  const chart = (i: number) =>
    `\`\`\`mermaid\nxychart-beta\n  title "chart ${i}"\n  line [${Array.from({ length: 400 }, (_, k) => k / 400).join(', ')}]\n\`\`\``;
  /** The fenced blocks of a text, each from its opening to its closing fence. */
  const blocks = (text: string) => text.match(/^```[^\n]*\n[\s\S]*?\n```$/gm) ?? [];

  it('cuts before a mermaid block it would split, so no half chart reaches GitHub', () => {
    // Charts of ~2.8k characters: the limit falls inside one of them, not between lines of text.
    const body = `## report\n\n${Array.from({ length: 40 }, (_, i) => chart(i)).join('\n\n')}\n`;
    const limit = 20_000;
    const { text, truncated } = fitComment(body, undefined, limit);
    expect(truncated).toBe(true);
    expect(text.length).toBeLessThanOrEqual(limit);
    const kept = blocks(text);
    expect(kept.length).toBeGreaterThan(3);
    // Every block in the comment is a whole chart of the body, and nothing of the cut one is left.
    for (const b of kept) expect(body).toContain(b);
    expect((text.match(/^```/gm) ?? []).length).toBe(kept.length * 2);
    expect(text).not.toContain(`title "chart ${kept.length}"`);
  });

  it('keeps a closed block that only mentions <details>, and closes a <details open> left open after a blank line', () => {
    const body = `<details open>\n<summary>charts</summary>\n\n\`\`\`\n<details> in code\n\`\`\`\n\n${Array.from({ length: 40 }, (_, i) => chart(i)).join('\n\n')}\n\n</details>\n`;
    const { text } = fitComment(body, undefined, 20_000);
    expect(text).toContain('```\n<details> in code\n```');
    expect((text.match(/<\/details>/g) ?? []).length).toBe(1);
    expect(text).toMatch(/```\n\n<\/details>\n\n> \[!NOTE\]/);
    for (const b of blocks(text)) expect(body).toContain(b);
  });

  it('a ~~~ fence and a longer ``` fence are tracked as CommonMark closes them', () => {
    const body = `text\n\n~~~\n\`\`\`\nnot a close\n${'x\n'.repeat(30_000)}~~~\n`;
    const { text } = fitComment(body, undefined, 20_000);
    expect(text).not.toContain('~~~');
    expect(text.startsWith('text\n\n> [!NOTE]')).toBe(true);
  });
});
