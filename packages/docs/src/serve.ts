// `npm run docs:serve`: previews the built site on http://127.0.0.1:<DOCS_PORT, default 4173>.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { siteDir } from './site-layout.js';
import { startStaticServer } from './static-server.js';

const DEFAULT_PORT = 4173;

const root = siteDir();
if (!existsSync(join(root, 'index.html'))) {
  console.error(`${root} has no index.html: run \`npm run build\` first.`);
  process.exit(1);
}
const requested = process.env.DOCS_PORT ?? process.env.PORT;
const port = requested === undefined ? DEFAULT_PORT : Number(requested);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`DOCS_PORT (or PORT) must be a port number, got "${requested}"`);
  process.exit(1);
}
const { origin, close } = await startStaticServer(root, port).catch((error: unknown) => {
  console.error(`Cannot serve on 127.0.0.1:${port}: ${error instanceof Error ? error.message : String(error)} (set DOCS_PORT to another port)`);
  process.exit(1);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void close().then(() => process.exit(0)));
}
console.log(`Serving ${root} at ${origin}/ (Ctrl+C to stop)`);
