// Number formatting for RESULTS.md.

/** @param {number} ms */
export function duration(ms) {
  if (!Number.isFinite(ms)) return 'n/a';
  if (ms >= 60_000) return `${Math.floor(ms / 60_000)} min ${((ms % 60_000) / 1000).toFixed(0)} s`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(ms >= 10_000 ? 1 : 2)} s`;
  return `${ms.toFixed(ms >= 10 ? 0 : 1)} ms`;
}

/** @param {number} ms */
export function micros(ms) {
  return `${(ms * 1000).toFixed(ms * 1000 >= 100 ? 0 : 1)} µs`;
}

/** @param {number} value */
export function count(value) {
  return Math.round(value).toLocaleString('en-US');
}

/** @param {number} value */
export function ratio(value) {
  return `${value.toFixed(2)}×`;
}

/** @param {number} bytes */
export function bytes(bytes) {
  const sign = bytes < 0 ? '−' : '';
  const size = Math.abs(bytes);
  if (size >= 1024 * 1024) return `${sign}${(size / 1024 / 1024).toFixed(1)} MiB`;
  if (size >= 1024) return `${sign}${(size / 1024).toFixed(0)} KiB`;
  return `${sign}${size.toFixed(0)} B`;
}

/** @param {number} value a fraction */
export function percent(value) {
  return `${(100 * value).toFixed(1)}%`;
}

/**
 * "median (min–max)".
 * @param {{ median: number, min: number, max: number, n: number }} summary
 * @param {(value: number) => string} format
 */
export function spread(summary, format) {
  if (summary.n <= 1) return format(summary.median);
  return `${format(summary.median)} (${format(summary.min)}–${format(summary.max)})`;
}

/**
 * @param {boolean | undefined} holds
 */
export function verdict(holds) {
  if (holds === undefined) return 'not measured';
  return holds ? 'holds' : '**missed**';
}

/**
 * @param {readonly string[]} header
 * @param {readonly (readonly string[])[]} rows
 */
export function table(header, rows) {
  const line = (/** @type {readonly string[]} */ cells) => `| ${cells.map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
