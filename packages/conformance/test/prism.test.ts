import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '@group-apis/spec';
import { startPrism } from '../src/index.js';

const fixture = fileURLToPath(new URL('./fixtures/widgets.yaml', import.meta.url));

describe('startPrism', () => {
  it('serves the spec on 127.0.0.1 and stops when asked', async () => {
    const prism = await startPrism(fixture);
    try {
      expect(prism.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const response = await fetch(`${prism.baseUrl}/widgets/w-1?size=2`, { headers: { 'x-key': 'k', Prefer: 'example=small' } });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ id: 'w-1' });
    } finally {
      await prism.stop();
    }
    await expect(fetch(`${prism.baseUrl}/widgets/w-1`)).rejects.toThrow();
  });

  it('names the file and line of a malformed spec', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'conformance-'));
    try {
      const broken = join(dir, 'broken.yaml');
      writeFileSync(broken, 'openapi: 3.1.0\ninfo:\n  title: x\n  version: 1\npaths:\n  /a: [\n');
      await expect(loadSpec(broken)).rejects.toThrow(/broken\.yaml:7:1: unexpected end of the stream/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
