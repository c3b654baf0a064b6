// What an editor shows a caller: the package's named types, not the objects they stand for (TypeScript's quick info,
// as VS Code's hover asks for it).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

const testDir = fileURLToPath(new URL('.', import.meta.url));
const scratch = mkdtempSync(join(testDir, '.hover-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The quick info after each marker comment (slash-star name star-slash) of `source`, a module in a scratch folder of the tests. */
function hover(source: string): Record<string, string> {
  const file = join(scratch, 'caller.ts');
  writeFileSync(file, source);
  const service = ts.createLanguageService({
    getScriptFileNames: () => [file],
    getScriptVersion: () => '1',
    getScriptSnapshot: (name) => (ts.sys.fileExists(name) ? ts.ScriptSnapshot.fromString(ts.sys.readFile(name)!) : undefined),
    getCurrentDirectory: () => scratch,
    getCompilationSettings: () => ({ target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, strict: true, skipLibCheck: true, types: [] }),
    getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  });
  return Object.fromEntries(
    [...source.matchAll(/\/\*(\w+)\*\//g)].map((match) => {
      const info = service.getQuickInfoAtPosition(file, match.index + match[0].length);
      return [match[1]!, ts.displayPartsToString(info?.displayParts ?? [])];
    }),
  );
}

describe('hovering what paginate() yields', () => {
  it('shows the named item and page types', () => {
    const shown = hover(`import { createKoreAiClient } from '../../src/index.js';
const client = createKoreAiClient({ jwt: 'a.b.c' });
for await (const /*page*/page of client.paginate('/groups').pages()) void page;
for await (const /*item*/item of client.paginate('/groups')) void item;
`);
    expect(shown).toEqual({ page: 'const page: GroupList', item: 'const item: Group' });
  });
});
