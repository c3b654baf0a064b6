// The files of packages/<name> other than its factory: the same shape as packages/kore-ai.

// Exact pins: the versions installed at the root, and the workspace's own core (packages/repo-tests checks they still are).
export const CLIENT_DEPENDENCIES = Object.freeze({ '@group-apis/core': '0.1.0', 'openapi-fetch': '0.17.0' });
export const CLIENT_DEV_DEPENDENCIES = Object.freeze({ '@group-apis/conformance': '0.0.0' });
/** A new package's version until its first release (a changeset's minor bump makes it 0.1.0). */
export const INITIAL_VERSION = '0.0.0';
export const REPOSITORY_URL = 'https://github.com/group-apis/group-apis';

// Why a consumer installs each runtime dependency: the README's "Runtime dependencies" section, which
// packages/publish-check requires to name every one.
const DEPENDENCY_REASONS = Object.freeze({
  '@group-apis/core': 'the shared runtime: auth providers, retries with backoff, timeouts, rate limits, typed errors, pagination, redacted logging.',
  'openapi-fetch': "the typed fetch client (~6 kB); the factory returns its `Client<paths>`, so every call is checked against the spec's types.",
});

const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

export function packageJsonSource(api) {
  return json({
    name: api.packageName,
    version: INITIAL_VERSION,
    description: `Typed client for the ${api.title}, generated from a hand-written OpenAPI 3.1 spec.`,
    keywords: [api.name, 'api-client', 'openapi', 'openapi-fetch', 'typescript'],
    homepage: `${REPOSITORY_URL}/tree/main/packages/${api.name}#readme`,
    bugs: { url: `${REPOSITORY_URL}/issues` },
    repository: { type: 'git', url: `git+${REPOSITORY_URL}.git`, directory: `packages/${api.name}` },
    license: 'MIT',
    author: 'group-apis contributors',
    type: 'module',
    sideEffects: false,
    engines: { node: '>=20.19' },
    exports: {
      '.': { types: './dist/index.d.ts', default: './dist/index.js' },
      './package.json': './package.json',
    },
    main: './dist/index.js',
    types: './dist/index.d.ts',
    files: ['dist/**/*.js', 'dist/**/*.d.ts'],
    scripts: {
      lint: 'node ../../scripts/lint-spec.mjs',
      generate: 'node ../../scripts/generate.mjs',
      build: 'tsc -p tsconfig.build.json',
      typecheck: 'tsc -p tsconfig.json --noEmit',
      test: 'vitest run',
    },
    dependencies: { ...CLIENT_DEPENDENCIES },
    devDependencies: { ...CLIENT_DEV_DEPENDENCIES },
    publishConfig: { access: 'public' },
  });
}

/** The API's spec folder is an input of its lint, generate and test tasks, so touching it rebuilds only this package. */
export function turboJsonSource(api) {
  const specInputs = `["$TURBO_EXTENDS$", "$TURBO_ROOT$/specs/${api.name}/**"]`;
  // typecheck repeats the root's structured inputs (turbo cannot extend them with a legacy glob) and adds
  // the spec's corpus, which test/corpus-types.ts imports.
  return `{
  "$schema": "../../node_modules/turbo/schema.json",
  "extends": ["//"],
  "tasks": {
    "lint": { "inputs": ${specInputs} },
    "generate": { "inputs": ${specInputs} },
    "typecheck": {
      "inputs": [
        {
          "mode": "startup",
          "globs": ["src/**", "test/**", "package.json", "tsconfig.json", "vitest.config.ts", "$TURBO_ROOT$/specs/${api.name}/corpus/**", "!src/generated/**"]
        },
        { "mode": "jit", "globs": ["src/generated/**"] }
      ]
    },
    "test": { "inputs": ${specInputs} }
  }
}
`;
}

export const TSCONFIG_SOURCE = `{
  "extends": "../../tsconfig.base.json",
  "compilerOptions": { "noEmit": true, "resolveJsonModule": true },
  "include": ["src", "test", "vitest.config.ts"],
  // The type tests are checked by vitest (tsconfig.test-d.json), as part of the test task.
  "exclude": ["test/**/*.test-d.ts"]
}
`;

/** What vitest's typecheck runs tsc over: test/*.test-d.ts, the type tests, once the package has some. */
export const TSCONFIG_TEST_D_SOURCE = `{
  // What vitest's typecheck runs tsc over: the type tests (test/*.test-d.ts) and what they import.
  "extends": "./tsconfig.json",
  "include": ["test/**/*.test-d.ts"],
  "exclude": []
}
`;

export const TSCONFIG_BUILD_SOURCE = `{
  "extends": "../../tsconfig.base.json",
  "compilerOptions": { "rootDir": "src", "outDir": "dist" },
  "include": ["src"]
}
`;

export const VITEST_CONFIG_SOURCE = `import { defineConfig } from 'vitest/config';

// Prism takes a few seconds to start on a busy 2-core machine. test/*.test-d.ts are type tests: vitest runs
// tsc over them (tsconfig.test-d.json) and counts each it() as a test, failed when its body has a type error.
export default defineConfig({
  test: {
    hookTimeout: 60_000,
    testTimeout: 30_000,
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: 'tsconfig.test-d.json' },
  },
});
`;

/** One line per runtime dependency, as the existing client READMEs word them. */
export function runtimeDependencyLines() {
  return Object.entries(CLIENT_DEPENDENCIES)
    .map(([name, version]) => `- \`${name}\` ${version} (exact pin): ${DEPENDENCY_REASONS[name]}`)
    .join('\n');
}

export function packageReadmeSource(api) {
  const factory = `create${api.pascal}Client`;
  return `# ${api.packageName}

Typed client for the ${api.title}, generated from the hand-written OpenAPI 3.1 spec in
[\`specs/${api.name}/openapi.yaml\`](../../specs/${api.name}/openapi.yaml) with openapi-typescript and openapi-fetch.

## Install

\`\`\`sh
npm install ${api.packageName}
\`\`\`

ESM only, Node.js 20.19 or later; CommonJS code can \`require()\` it there (require(esm)).
TypeScript: \`moduleResolution\` \`nodenext\`, \`node16\` or \`bundler\`.

## Runtime dependencies (and why)

${runtimeDependencyLines()}

Nothing else, and no install scripts. \`packages/publish-check\` fails the build when the client, minified and
gzipped with everything it imports, grows past its budget.

## Use

\`\`\`ts
import { ${factory} } from '${api.packageName}';

const client = ${factory}({ token: process.env.API_TOKEN! });
// TODO: one real call, e.g. const { data, error } = await client.GET('/widgets', { params: { query: { limit: 10 } } });
\`\`\`

\`data\` and \`error\` are typed from the spec: an unknown path or parameter, or a value of the wrong type, is a compile error.
\`await unwrap(client.GET(...))\` returns \`data\` or throws the typed error for the status (\`NotFoundError\`,
\`RateLimitedError\`, ...; all exported from this package).

| option | meaning |
| --- | --- |
| \`token\` | the API token, sent as \`Authorization: Bearer <token>\` |
| \`baseUrl\` | overrides \`${api.baseUrl}\` (proxies, tests) |
| \`timeoutMs\`, \`retry\`, \`rateLimit\`, \`logger\`, \`fetch\` | the runtime options of [\`@group-apis/core\`](../core/README.md): per-attempt timeout (30 s), retries with backoff on 408/429/5xx for idempotent calls, client-side rate limiting (off; TODO: the vendor's published limits, if any), redacted logging |

Where the spec differs from the vendor page, and why: [\`specs/${api.name}/README.md\`](../../specs/${api.name}/README.md).
`;
}
