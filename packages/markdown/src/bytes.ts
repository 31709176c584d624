/**
 * A byte count for people: `512 B`, `4.0 KiB`, `1.5 MiB`, `200 GiB` (binary units, one decimal below 100).
 * The one formatter of sizes in summaries, model cards and the CLI, so a size reads the same everywhere.
 */
export function formatBytes(n: number): string {
  if (n < 1024) return `${Math.round(n)} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
  let v = n;
  let u = -1;
  do {
    v /= 1024;
    u++;
  } while (v >= 1024 && u < units.length - 1);
  // 99.96 KiB would print as "100.0": round first, then choose the precision.
  const one = Math.round(v * 10) / 10;
  return `${one >= 100 ? one.toFixed(0) : one.toFixed(1)} ${units[u]}`;
}
