/**
 * What the `mlops` command prints for people: colours (only on a terminal, never with NO_COLOR),
 * aligned tables, sizes, and a progress bar on stderr for long transfers.
 */
import { formatBytes } from '@mlops-actions/markdown';

export { formatBytes };

/** A stream to print to: process.stdout / process.stderr, or a fake one in tests. */
export interface OutStream {
  write(text: string): unknown;
  isTTY?: boolean | undefined;
  columns?: number | undefined;
}

/**
 * Colours only when the stream is a terminal and NO_COLOR is unset or empty: "when present and not an
 * empty string", https://no-color.org.
 */
export function colourEnabled(stream: OutStream, env: Record<string, string | undefined>): boolean {
  return stream.isTTY === true && !env['NO_COLOR'];
}

export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  green(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
}

const sgr = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
const identity = (s: string) => s;

export function style(enabled: boolean): Style {
  if (!enabled) return { bold: identity, dim: identity, red: identity, green: identity, yellow: identity, cyan: identity };
  return { bold: sgr(1, 22), dim: sgr(2, 22), red: sgr(31, 39), green: sgr(32, 39), yellow: sgr(33, 39), cyan: sgr(36, 39) };
}

const ANSI = /\u001b\[[0-9;]*m/g;

/** The width a string takes on a terminal (escape sequences take none). */
export function visibleWidth(s: string): number {
  return [...s.replace(ANSI, '')].length;
}

/**
 * Text a registry holds (a reason, a metric name) printed on one line with control characters shown
 * as `\uXXXX`: what someone wrote into the registry cannot move the cursor or recolour the terminal.
 */
export function plain(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * An aligned table: a header row (bold when colours are on), then one row per entry, columns two
 * spaces apart. Cells may carry colour; alignment counts visible characters. `right` names columns
 * aligned right (numbers).
 */
export function renderTable(headers: string[], rows: string[][], s: Style, o: { right?: number[] } = {}): string {
  const widths = headers.map((h, i) => Math.max(visibleWidth(h), ...rows.map((r) => visibleWidth(r[i] ?? ''))));
  const right = new Set(o.right ?? []);
  const line = (cells: string[]) =>
    cells
      .map((c, i) => {
        const pad = ' '.repeat(widths[i]! - visibleWidth(c));
        return right.has(i) ? pad + c : i === cells.length - 1 ? c : c + pad;
      })
      .join('  ')
      .trimEnd();
  return [s.bold(line(headers)), ...rows.map(line)].join('\n');
}

/** `key  value` lines with the keys aligned. */
export function renderFields(rows: [string, string][], s: Style): string {
  const width = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `${s.dim(k.padEnd(width))}  ${v}`).join('\n');
}

/** `2026-01-31 12:00Z` from an ISO time (minutes are enough in a table). */
export function formatTime(iso: string | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return m ? `${m[1]} ${m[2]}Z` : iso;
}

export interface Progress {
  /** Sets the amount done (bytes); redrawn at most every interval unless `force`. */
  update(done: number, force?: boolean): void;
  /** Ends the bar: clears its line. */
  done(): void;
}

/**
 * A progress bar on `stream` (stderr) when it is a terminal, redrawn in place at most every
 * `intervalMs`; nothing at all otherwise (a log file or a pipe gets no carriage returns).
 */
export function progressBar(
  stream: OutStream,
  label: string,
  total: number,
  s: Style,
  o: { intervalMs?: number; now?: () => number } = {},
): Progress {
  if (stream.isTTY !== true) return { update: () => undefined, done: () => undefined };
  const interval = o.intervalMs ?? 100;
  const now = o.now ?? Date.now;
  let last = -Infinity;
  let drawn = false;
  const draw = (done: number) => {
    const cols = Math.max(40, Math.min(stream.columns ?? 80, 120));
    const share = total > 0 ? Math.min(1, done / total) : 1;
    const text = ` ${String(Math.floor(share * 100)).padStart(3)}%  ${formatBytes(Math.min(done, total))} / ${formatBytes(total)}`;
    const barWidth = Math.max(10, cols - label.length - text.length - 4);
    const filled = Math.round(share * barWidth);
    stream.write(`\r${label} ${s.cyan('█'.repeat(filled))}${s.dim('░'.repeat(barWidth - filled))}${text}`);
    drawn = true;
  };
  return {
    update(done, force = false) {
      const t = now();
      if (!force && t - last < interval) return;
      last = t;
      draw(done);
    },
    done() {
      if (drawn) stream.write('\r\u001b[2K');
    },
  };
}
