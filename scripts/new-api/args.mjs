// Command-line arguments of scripts/new-api.mjs.
import { parseArgs } from 'node:util';

export const USAGE = `Usage: npm run new-api -- <name> [--title "Acme Widgets API"] [--base-url https://api.acme.com/v1]

  <name>        kebab-case API name: the folder, package (@group-apis/<name>) and redocly.yaml key
  --title       the API's title (default: the name in words, plus "API")
  --base-url    the vendor's API root, the spec's server URL (default: a .invalid placeholder)`;

export class UsageError extends Error {}

/** `{ name, title?, baseUrl?, help }` from argv; throws UsageError on unknown options or a missing name. */
export function parseNewApiArgs(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        title: { type: 'string' },
        'base-url': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(error.message);
  }
  const { positionals, values } = parsed;
  if (values.help) return { help: true };
  if (positionals.length === 0) throw new UsageError('Missing the API name.');
  if (positionals.length > 1) throw new UsageError(`Expected one API name, got ${positionals.length}: ${positionals.join(' ')}`);
  return { help: false, name: positionals[0], title: values.title, baseUrl: values['base-url'] };
}
