import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publishCheckDir } from './workspace.js';

/** Max minified + gzipped bytes per client package, from size-budgets.json. */
export function readSizeBudgets(): Map<string, number> {
  const raw = JSON.parse(readFileSync(join(publishCheckDir, 'size-budgets.json'), 'utf8')) as Record<string, unknown>;
  return new Map(
    Object.entries(raw)
      .filter(([key]) => !key.startsWith('$'))
      .map(([name, bytes]) => {
        if (typeof bytes !== 'number' || !Number.isInteger(bytes) || bytes <= 0) throw new Error(`size-budgets.json: ${name} must be a positive whole number of bytes`);
        return [name, bytes];
      }),
  );
}
