/** The one median of the tests, the benchmarks and the harness's measurements, and the CPU they read. */
import { readFileSync } from 'node:fs';

/** The middle value of `xs` (the mean of the two middle values for an even count); NaN for none. */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * CPU time (ms, user + sys) from /proc/self/stat (Linux; utime, stime, cutime, cstime are its fields 14-17,
 * in clock ticks, 100 a second): this process's own, and that of the child processes it has waited for.
 */
export function processCpuMs(): { own: number; children: number } {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { own: (Number(f[11]) + Number(f[12])) * 10, children: (Number(f[13]) + Number(f[14])) * 10 };
}
