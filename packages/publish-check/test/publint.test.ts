import { readFileSync } from 'node:fs';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { describe, expect, it } from 'vitest';
import { publicPackages } from '../src/workspace.js';
import { packedPackages } from './packed.js';

const names = publicPackages().map((pkg) => pkg.manifest.name);
const packed = packedPackages();

describe('publint --strict', () => {
  it.each(names)('%s: no error, warning or suggestion for the packed tarball', async (name) => {
    const tarball = readFileSync(packed.get(name)!.tarball);
    const { messages, pkg } = await publint({ pack: { tarball: tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.byteLength) }, strict: true, level: 'suggestion' });
    expect(messages.map((message) => `${message.type}: ${formatMessage(message, pkg, { color: false }) ?? message.code}`)).toEqual([]);
  });
});
