/**
 * A streaming CSV reader over Buffers (RFC 4180: quoted fields, doubled quotes, CRLF or LF, quoted
 * newlines). Hand-written because the drift engine reads millions of rows and the general-purpose
 * libraries hand out a string per field; this one hands out byte ranges, so numeric fields are parsed
 * from bytes and never become strings (see number.ts). Measured in test/bench/drift.bench.ts.
 *
 * The file is read in blocks with readSync into one reusable buffer; a record cut by a block boundary
 * is moved to the front and completed with the next read, so memory is the block size plus the
 * longest record, whatever the file size.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { UserError } from '@mlops-actions/errors';

export interface CsvRowSink {
  /** The header row, once, before any row. */
  header(names: string[]): void;
  /**
   * One record. Field i spans bytes [bounds[2i], bounds[2i+1]) of `buf`, quotes removed;
   * `escaped[i]` is 1 when the field holds doubled quotes that still need unescaping.
   */
  row(buf: Buffer, bounds: Int32Array, escaped: Uint8Array, line: number): void;
}

export interface CsvOptions {
  /** Field separator; default ','. */
  delimiter?: number;
  /** Shown in errors (workspace-relative path). */
  displayPath?: string;
  /** Block size for reads; default 4 MiB. */
  blockSize?: number;
  /** Stop after this many data rows (type sniffing). */
  maxRows?: number;
  /** Asked after each data row: true stops the read there (type sniffing past maxRows). */
  stopAfterRow?: () => boolean;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Reads a whole CSV file into `sink`. Returns the number of data rows. */
export function readCsvFile(path: string, sink: CsvRowSink, options: CsvOptions = {}): number {
  const display = options.displayPath ?? path;
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    throw new UserError(`cannot open the file (${(e as NodeJS.ErrnoException).code ?? String(e)})`, {
      file: display,
      fix: 'Check the path and the glob',
    });
  }
  try {
    const parser = new CsvParser(sink, display, options.delimiter ?? 44, options.maxRows ?? Infinity, options.stopAfterRow);
    let buf = Buffer.allocUnsafe(options.blockSize ?? 4 << 20);
    let filled = 0;
    for (;;) {
      if (filled === buf.length) {
        // One record longer than the buffer: grow it.
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, filled);
        buf = bigger;
      }
      const got = readSync(fd, buf, filled, buf.length - filled, null);
      const eof = got === 0;
      filled += got;
      const used = parser.parse(buf, filled, eof);
      if (eof || parser.done) break;
      // Keep the unfinished record at the front of the buffer.
      if (used > 0) {
        buf.copy(buf, 0, used, filled);
        filled -= used;
      }
    }
    if (!parser.sawHeader)
      throw new UserError('the file is empty', { file: display, fix: 'A CSV file needs a header row naming the columns, and data rows' });
    return parser.rows;
  } finally {
    closeSync(fd);
  }
}

export class CsvParser {
  rows = 0;
  sawHeader = false;
  done = false;
  private line = 1;
  private width = 0;
  private bounds = new Int32Array(64);
  private escaped = new Uint8Array(32);
  private readonly sink: CsvRowSink;
  private readonly display: string;
  private readonly delim: number;
  private readonly maxRows: number;
  private readonly stopAfterRow: (() => boolean) | undefined;
  private first = true;

  constructor(sink: CsvRowSink, display: string, delimiter: number, maxRows: number, stopAfterRow?: () => boolean) {
    this.sink = sink;
    this.display = display;
    this.delim = delimiter;
    this.maxRows = maxRows;
    this.stopAfterRow = stopAfterRow;
  }

  /**
   * Parses the complete records in buf[0, end). Returns the offset of the first byte not consumed
   * (the start of an unfinished record), or `end` when everything was used.
   */
  parse(buf: Buffer, end: number, eof: boolean): number {
    let i = 0;
    if (this.first && end >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) i = 3; // UTF-8 byte-order mark
    if (this.first && (end >= 3 || eof)) this.first = false;
    const d = this.delim;
    while (i < end) {
      const recordStart = i;
      const recordLine = this.line;
      let lines = 0;
      let nf = 0;
      let complete = false;
      for (;;) {
        if (nf * 2 + 2 > this.bounds.length) this.growBounds();
        if (i >= end) {
          // The record ends at end of file without a newline.
          if (eof) {
            this.bounds[nf * 2] = i;
            this.bounds[nf * 2 + 1] = i;
            this.escaped[nf] = 0;
            nf++;
            complete = true;
          }
          break;
        }
        let c = buf[i]!;
        if (c === QUOTE) {
          const s = i + 1;
          let j = s;
          let esc = 0;
          let closed = -1;
          while (j < end) {
            const q = buf.indexOf(QUOTE, j);
            if (q < 0 || q >= end) {
              j = end;
              break;
            }
            for (let k = j; k < q; k++) if (buf[k] === LF) lines++;
            if (q + 1 < end && buf[q + 1] === QUOTE) {
              esc = 1;
              j = q + 2;
              continue;
            }
            if (q + 1 >= end && !eof) {
              j = end; // cannot tell yet whether the quote is doubled
              break;
            }
            closed = q;
            break;
          }
          if (closed < 0) {
            if (eof) {
              throw new UserError('a quoted field is never closed', {
                file: this.display,
                line: recordLine,
                fix: 'Close the quote, or double the quotes inside the field ("")',
              });
            }
            break; // need more data
          }
          this.bounds[nf * 2] = s;
          this.bounds[nf * 2 + 1] = closed;
          this.escaped[nf] = esc;
          nf++;
          i = closed + 1;
          // Anything between the closing quote and the separator is kept out, as most readers do.
          while (i < end) {
            c = buf[i]!;
            if (c === d || c === LF || c === CR) break;
            i++;
          }
        } else {
          const s = i;
          while (i < end) {
            c = buf[i]!;
            if (c === d || c === LF || c === CR) break;
            i++;
          }
          this.bounds[nf * 2] = s;
          this.bounds[nf * 2 + 1] = i;
          this.escaped[nf] = 0;
          nf++;
        }
        if (i >= end) {
          if (eof) {
            complete = true;
          }
          break;
        }
        c = buf[i]!;
        if (c === d) {
          i++;
          continue;
        }
        if (c === CR) {
          if (i + 1 >= end && !eof) break; // CRLF split across blocks
          i++;
          if (i < end && buf[i] === LF) i++;
        } else {
          i++; // LF
        }
        lines++;
        complete = true;
        break;
      }
      if (!complete) return recordStart;
      this.line = recordLine + lines;
      // A blank line (one empty field) is skipped, as pandas does.
      if (nf === 1 && this.bounds[0] === this.bounds[1] && (i >= end || buf[recordStart] === LF || buf[recordStart] === CR)) {
        if (eof && i >= end) return end;
        continue;
      }
      if (!this.sawHeader) {
        this.sawHeader = true;
        this.width = nf;
        const names: string[] = [];
        for (let f = 0; f < nf; f++) names.push(fieldText(buf, this.bounds, this.escaped, f));
        this.sink.header(names);
        continue;
      }
      if (nf !== this.width) {
        throw new UserError(`this row has ${nf} field${nf === 1 ? '' : 's'} but the header has ${this.width}`, {
          file: this.display,
          line: recordLine,
          fix: 'Every row needs one value per header column: add the missing separators, or quote values that contain the separator',
        });
      }
      this.rows++;
      this.sink.row(buf, this.bounds, this.escaped, recordLine);
      if (this.rows >= this.maxRows || this.stopAfterRow?.()) {
        this.done = true;
        return i;
      }
    }
    return end;
  }

  private growBounds(): void {
    const b = new Int32Array(this.bounds.length * 2);
    b.set(this.bounds);
    this.bounds = b;
    const e = new Uint8Array(this.escaped.length * 2);
    e.set(this.escaped);
    this.escaped = e;
  }
}

/** The text of field f, quotes unescaped. */
export function fieldText(buf: Buffer, bounds: Int32Array, escaped: Uint8Array, f: number): string {
  const t = buf.toString('utf8', bounds[f * 2]!, bounds[f * 2 + 1]!);
  return escaped[f] ? t.replace(/""/g, '"') : t;
}
