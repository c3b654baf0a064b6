import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { build } from 'rolldown';

export interface BundleSize {
  minifiedBytes: number;
  gzippedBytes: number;
  /** The `node:` modules the bundle still imports (a client entry must import none: it runs in browsers too). */
  nodeImports: string[];
}

const require = createRequire(import.meta.url);

/**
 * What a package costs a consumer's bundle: its entry point with every export kept (so everything it
 * imports, core and openapi-fetch included), bundled for Node, minified, gzipped at the highest level.
 */
export async function bundleSizeOf(packageName: string): Promise<BundleSize> {
  const result = await build({
    input: require.resolve(packageName),
    platform: 'node',
    write: false,
    logLevel: 'silent',
    output: { format: 'esm', minify: true, codeSplitting: false },
  });
  const code = result.output.map((item) => (item.type === 'chunk' ? item.code : '')).join('');
  const nodeImports = [...new Set(code.match(/["']node:[a-z_/]+["']/g) ?? [])].map((quoted) => quoted.slice(1, -1)).sort();
  return { minifiedBytes: Buffer.byteLength(code), gzippedBytes: gzipSync(code, { level: 9 }).length, nodeImports };
}
