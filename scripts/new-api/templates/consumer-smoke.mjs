// packages/<name>/consumer-smoke.ts: the new client called from a project outside the workspace (publish-check's
// consumer test copies it in as src/clients/<name>.ts, compiles it, then runs it against a Prism mock of the
// spec). It mirrors the smoke scripts of the other APIs; when theirs change shape, change it here.
import { tsString } from './ts-literal.mjs';

/** One typed GET of `operation` through the client, reported for the test, and what must stay a compile error. */
export function consumerSmokeSource(api, operation) {
  return `import { create${api.pascal}Client } from '${api.packageName}';
import { baseUrlArgument, describeFailure, report } from '../report.js';

const client = create${api.pascal}Client({ baseUrl: baseUrlArgument(), token: 'consumer-test-token' });

// The spec's first GET when the API was scaffolded. When the spec replaces it, call a real GET operation here
// (CONTRIBUTING.md, "Adding an API") and count its typed list through the package's exported item type.
const { data, error, response } = await client.GET(${tsString(operation.path)});
if (error !== undefined) throw new Error(describeFailure(response, error));
const fields: string[] = Object.keys(data);
report({ operationId: ${tsString(operation.operationId)}, status: response.status, data, items: fields.length });

/** Never called: compiled only, so that what must not compile stays an error. */
export function mustNotCompile(): void {
  // @ts-expect-error a path the spec does not declare is an error
  void client.GET('/no-such-path');
  // @ts-expect-error the response is typed, so a field the spec does not declare is an error (it would not be on \`any\`)
  void data.noSuchField;
}
`;
}
