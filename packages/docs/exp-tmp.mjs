import { writeFile, mkdir, cp } from 'node:fs/promises';
import { loadSpec } from './dist/load-spec.js';
import { buildDocsPage } from './dist/build-docs.js';
import { makeRedocPageOffline } from './dist/offline-page.js';
import { readdirSync } from 'node:fs';
const doc = await loadSpec('../../specs/testmo/openapi.yaml');
doc.paths['/api/v1/groups'].get['x-codeSamples'] = [
  { lang: 'TypeScript', label: 'TypeScript', source: "import { createTestmoClient, unwrap } from '@group-apis/testmo';\n\nconst testmo = createTestmoClient({ baseUrl: 'https://acme.testmo.net', token: process.env.TESTMO_TOKEN! });\nconst page = await unwrap(testmo.GET('/api/v1/groups', { params: { query: { page: 1, per_page: 25 } } }));" },
  { lang: 'Shell', label: 'curl', source: "curl 'https://acme.testmo.net/api/v1/groups?page=1&per_page=25' \\\n  -H \"Authorization: Bearer $TESTMO_TOKEN\"" },
];
doc.info.description = '[← All APIs](index.html)\n\n' + doc.info.description;
const html = await buildDocsPage(doc, 'x');
const script = readdirSync('site/assets').find((f) => f.startsWith('redoc.standalone'));
let out = html;
try { out = makeRedocPageOffline(html, { href: `assets/${script}`, originalIntegrity: 'sha384-j07qRKHNNmcwU1/Y1elJc7pDLHXP/QfbQXTtSkbOJ7uYGJikqAzsFVbY2zR9FqOT' }, 'exp.html'); } catch (e) { console.log(String(e).slice(0,300)); }
out = out.replace("hydrate(__redoc_definition, __redoc_options, document.getElementById('redoc'));", "{ const el = document.getElementById('redoc'); el.replaceChildren(); hydrate(__redoc_definition, __redoc_options, el); }");
await writeFile('/tmp/docs-explore/site/exp.html', out);
