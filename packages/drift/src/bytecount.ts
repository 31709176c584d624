/**
 * Counting categorical values by their bytes, so a CSV value becomes a string only the first time it
 * is seen (a million rows of a 30-category column make 30 strings, not a million). Open addressing on
 * an FNV-1a hash of the bytes; the distinct values' bytes live in one growing arena.
 */
export class ByteCounter {
  private arena = Buffer.allocUnsafe(4096);
  private used = 0;
  private offsets = new Int32Array(64);
  private lengths = new Int32Array(64);
  private counts = new Float64Array(64);
  private table = new Int32Array(128).fill(-1);
  size = 0;

  /** Counts bytes [s, e) of buf. Returns false (and counts nothing) when a new value would exceed `max` distinct values. */
  add(buf: Uint8Array, s: number, e: number, max: number): boolean {
    const len = e - s;
    let h = 0x811c9dc5;
    for (let i = s; i < e; i++) h = Math.imul(h ^ buf[i]!, 0x01000193);
    const mask = this.table.length - 1;
    let slot = (h >>> 0) & mask;
    for (;;) {
      const k = this.table[slot]!;
      if (k < 0) break;
      if (this.lengths[k] === len) {
        const off = this.offsets[k]!;
        let same = true;
        for (let i = 0; i < len; i++) {
          if (this.arena[off + i] !== buf[s + i]) {
            same = false;
            break;
          }
        }
        if (same) {
          this.counts[k]!++;
          return true;
        }
      }
      slot = (slot + 1) & mask;
    }
    if (this.size >= max) return false;
    const k = this.size++;
    if (k === this.offsets.length) this.growEntries();
    if (this.used + len > this.arena.length) {
      const bigger = Buffer.allocUnsafe(Math.max(this.arena.length * 2, this.used + len));
      this.arena.copy(bigger, 0, 0, this.used);
      this.arena = bigger;
    }
    for (let i = 0; i < len; i++) this.arena[this.used + i] = buf[s + i]!;
    this.offsets[k] = this.used;
    this.lengths[k] = len;
    this.counts[k] = 1;
    this.used += len;
    this.table[slot] = k;
    if (this.size * 2 > this.table.length) this.rehash();
    return true;
  }

  /** value → count (values decoded as UTF-8). */
  toMap(into: Map<string, number> = new Map()): Map<string, number> {
    for (let k = 0; k < this.size; k++) {
      const key = this.arena.toString('utf8', this.offsets[k]!, this.offsets[k]! + this.lengths[k]!);
      into.set(key, (into.get(key) ?? 0) + this.counts[k]!);
    }
    return into;
  }

  private growEntries(): void {
    const n = this.offsets.length * 2;
    const o = new Int32Array(n);
    o.set(this.offsets);
    this.offsets = o;
    const l = new Int32Array(n);
    l.set(this.lengths);
    this.lengths = l;
    const c = new Float64Array(n);
    c.set(this.counts);
    this.counts = c;
  }

  private rehash(): void {
    const table = new Int32Array(this.table.length * 2).fill(-1);
    const mask = table.length - 1;
    for (let k = 0; k < this.size; k++) {
      let h = 0x811c9dc5;
      const off = this.offsets[k]!;
      for (let i = 0; i < this.lengths[k]!; i++) h = Math.imul(h ^ this.arena[off + i]!, 0x01000193);
      let slot = (h >>> 0) & mask;
      while (table[slot]! >= 0) slot = (slot + 1) & mask;
      table[slot] = k;
    }
    this.table = table;
  }
}
