// Every request sample the reference pages and the index show: the TypeScript compiles against the built clients
// (what a reader installs), and each curl request is what the spec describes (URL, credentials, parameters, body).
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContract } from '@group-apis/contract';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { clientSnippet } from '../src/client-snippet.js';
import { allCodeSamples, CURL_LABEL, tsLiteral, TYPESCRIPT_LABEL } from '../src/code-samples.js';
import { findRepoRoot, loadSpec, readPublishedApis } from '@group-apis/spec';
import { sampleClients } from '../src/site-builder.js';
import { serverUrl } from '../src/wire-form.js';

const repoRoot = findRepoRoot();
const apis = readPublishedApis(repoRoot);
const clients = sampleClients(apis, repoRoot);
const published = await Promise.all(
  apis.map(async (api) => {
    const document = await loadSpec(api.spec, { dereference: false });
    const client = clients.get(api.name)!;
    return { api, document, client, operations: allCodeSamples(client, document), snippet: clientSnippet(client, document) };
  }),
);

const sampleOf = (samples: { label: string; source: string }[], label: string) => samples.find((sample) => sample.label === label)!.source;

describe('tsLiteral', () => {
  it('keeps a short literal on one line and breaks a long one a member per line, keys quoted only where needed', () => {
    expect(tsLiteral({ query: { offset: 0, 'api-version': 'v2' } })).toBe("{ query: { offset: 0, 'api-version': 'v2' } }");
    expect(tsLiteral({ name: 'Kaizala Test group', welcomeMessage: "Welcome, it's new", members: ['+911099999999'] })).toBe(
      ['{', "  name: 'Kaizala Test group',", "  welcomeMessage: 'Welcome, it\\'s new',", "  members: ['+911099999999'],", '}'].join('\n'),
    );
  });
});

describe('every TypeScript sample (reference pages and index)', () => {
  // Inside the package, so that `@group-apis/<api>` resolves through node_modules to the built dist/ a reader installs.
  const dir = mkdtempSync(join(fileURLToPath(new URL('..', import.meta.url)), '.code-samples-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('compiles against the built client, and a wrong option or parameter does not', () => {
    for (const { api } of published) {
      const built = join(api.packageDir, 'dist', 'index.d.ts');
      if (!existsSync(built)) throw new Error(`${built} is missing: run \`npm run build\` first`);
    }
    const cases = published.flatMap(({ api, operations, snippet }) => [
      ...operations.map(({ entry, samples }) => ({ name: `${api.name}-${entry.object.operationId}`, source: sampleOf(samples, TYPESCRIPT_LABEL) })),
      { name: `${api.name}-index`, source: snippet.call },
    ]);
    const testmo = cases.find(({ name }) => name === 'testmo-getGroup')!;
    // Samples that must fail, or the check proves nothing: an option the factory lacks, a parameter of the wrong type.
    const controls = [
      { name: 'control-option', source: testmo.source.replace('token:', 'apiKey:'), expected: /'apiKey' does not exist/ },
      { name: 'control-parameter', source: testmo.source.replace('group_id: 1', "group_id: 'one'"), expected: /'string' is not assignable to type 'number'/ },
    ];
    const files = [...cases, ...controls].map(({ name, source }) => {
      const file = join(dir, `${name}.ts`);
      writeFileSync(file, `${source}\nexport { data, error };\n`);
      return { name, file };
    });
    const program = ts.createProgram({
      rootNames: files.map(({ file }) => file),
      options: {
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.NodeNext,
        moduleResolution: ts.ModuleResolutionKind.NodeNext,
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        types: ['node'],
      },
    });
    const problems = new Map(
      files.map(({ name, file }) => {
        const source = program.getSourceFile(file)!;
        const diagnostics = [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
        return [name, diagnostics.map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, ' '))];
      }),
    );
    const failing = cases.filter(({ name }) => problems.get(name)!.length > 0).map(({ name, source }) => `${name}: ${problems.get(name)!.join('; ')}\n${source}`);
    expect(failing).toEqual([]);
    for (const control of controls) expect(problems.get(control.name)!.join('\n'), control.name).toMatch(control.expected);
    // Every operation of every spec has one.
    expect(cases.length).toBe(published.reduce((count, { operations }) => count + operations.length + 1, 0));
  });
});

/** The request a curl sample sends, read back from its arguments (the forms code-samples.ts writes). */
function parseCurl(command: string): { method: string; url: string; headers: Record<string, string>; body: string | undefined } {
  const words = [...command.replace(/\\\n/g, ' ').matchAll(/'((?:[^']|'\\'')*)'|"([^"]*)"|(\S+)/g)].map((match) =>
    match[1] !== undefined ? match[1].replace(/'\\''/g, "'") : (match[2] ?? match[3]!).replace(/\$[A-Z_]+/g, 'sample-credential'),
  );
  expect(words[0]).toBe('curl');
  let method = 'GET';
  let url = '';
  let body: string | undefined;
  const headers: Record<string, string> = {};
  for (let index = 1; index < words.length; index++) {
    const word = words[index]!;
    if (word === '--globoff') continue;
    if (word === '-X') method = words[++index]!;
    else if (word === '-H') {
      const [name, ...value] = words[++index]!.split(':');
      headers[name!.trim().toLowerCase()] = value.join(':').trim();
    } else if (word === '--cookie') headers['cookie'] = words[++index]!;
    else if (word === '-d') body = words[++index]!;
    else if (!word.startsWith('-') && !url) url = word;
    else throw new Error(`unexpected curl argument ${word}`);
  }
  return { method, url, headers, body };
}

describe('every curl sample', () => {
  it.each(published.flatMap(({ api, document, operations }) => operations.map((operation) => [`${api.name} ${operation.entry.object.operationId}`, { api, document, ...operation }] as const)))(
    '%s: sends the spec server, path, credentials, parameters and body',
    async (_name, { api, document, entry, samples }) => {
      const request = parseCurl(sampleOf(samples, CURL_LABEL));
      const server = serverUrl(document);
      expect(request.url.startsWith(`${server}/`)).toBe(true);
      expect(request.method).toBe(entry.method.toUpperCase());
      const basePath = new URL(server).pathname.replace(/\/$/, '');
      const contract = await loadContract(api.name, api.spec, { basePaths: basePath ? [basePath] : [] });
      const result = contract.check({
        method: request.method,
        url: request.url,
        requestHeaders: request.headers,
        ...(request.body === undefined ? {} : { requestBody: Buffer.from(request.body) }),
        status: 599,
        responseHeaders: {},
        responseBody: Buffer.alloc(0),
        source: 'curl sample',
      });
      expect(result.operation?.id).toBe(entry.object.operationId);
      expect(result.violations.filter((violation) => violation.location.startsWith('request'))).toEqual([]);
    },
  );

  it('would be refused without its credential, so the check sees the credential header', async () => {
    const { api, document, operations } = published.find(({ api: candidate }) => candidate.name === 'kore-ai')!;
    const request = parseCurl(sampleOf(operations[0]!.samples, CURL_LABEL));
    expect(request.headers['auth']).toBe('sample-credential');
    const contract = await loadContract(api.name, api.spec, { basePaths: [new URL(serverUrl(document)).pathname] });
    const result = contract.check({ method: 'GET', url: request.url, requestHeaders: {}, status: 599, responseHeaders: {}, responseBody: Buffer.alloc(0), source: 'control' });
    expect(result.violations.some((violation) => violation.location.startsWith('request') && /auth/.test(`${violation.location} ${violation.message}`))).toBe(true);
  });
});
