import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { build } from 'rolldown';

export interface BundleSize {
  minifiedBytes: number;
  gzippedBytes: number;
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
  return { minifiedBytes: Buffer.byteLength(code), gzippedBytes: gzipSync(code, { level: 9 }).length };
}
