// How many responses per second the contract validator checks, compiled schemas reused: the Kore.ai
// doc sample and a full page of 50 groups, through the compiled response schema alone and through the
// whole contract check (operation lookup, request and response).
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { latencyRatio, runInterleaved } from '../interleaved.mjs';
import { profileScript, summarizeProfile } from '../profile.mjs';
import { repoRoot } from '../pipeline/temp-repo.mjs';
import { SAMPLE_JWT, koreSample } from '../runtime/fixtures.mjs';
import { transpileTree } from '../runtime/transpile.mjs';

/** @returns {Promise<any>} @group-apis/contract, compiled from its current source */
export async function loadContractModule() {
  const outDir = await transpileTree(join(repoRoot, 'packages', 'contract', 'src'), 'contract');
  return import(pathToFileURL(join(outDir, 'index.js')).href);
}

const BATCH = 100;

/**
 * @param {import('../profile.mjs').ProfileSummary} summary
 * @param {number} calls
 */
function perCall(summary, calls) {
  return { ...summary, calls, usPerCall: (summary.sampledMs * 1000) / Math.max(calls, 1) };
}

/**
 * @param {import('../stats.mjs').Summary} summary
 * @param {number} factor
 * @returns {import('../stats.mjs').Summary}
 */
function scale(summary, factor) {
  return { ...summary, median: summary.median * factor, min: summary.min * factor, max: summary.max * factor };
}

/** A page of 50 groups shaped like the doc sample's. */
export function fullPage() {
  const sample = koreSample();
  const groups = Array.from({ length: 50 }, (_, index) => ({ ...sample.groups[index % sample.groups.length], _id: `e-${index}` }));
  return { total: 50, availableMore: true, groups };
}

/**
 * @param {unknown} body
 */
export function exchangeOf(body) {
  return {
    method: 'GET',
    url: '/api/public/groups?offset=0&limit=50',
    requestHeaders: { auth: SAMPLE_JWT },
    status: 200,
    responseHeaders: { 'content-type': 'application/json' },
    responseBody: Buffer.from(JSON.stringify(body)),
    source: 'bench',
  };
}

/**
 * @param {any} contractModule
 */
export function loadKoreContract(contractModule) {
  return contractModule.loadContract('kore-ai', join(repoRoot, 'specs', 'kore-ai', 'openapi.yaml'), { basePaths: ['/api/public'] });
}

/**
 * @param {{ smoke: boolean }} options
 */
export async function measureValidation(options) {
  const contractModule = await loadContractModule();
  const contract = await loadKoreContract(contractModule);
  const schema = contract.doc.paths['/groups'].get.responses['200'].content['application/json'].schema;
  const validate = contractModule.createValidator()(schema);
  const sample = koreSample();
  const page = fullPage();
  const sampleExchange = exchangeOf(sample);
  const pageExchange = exchangeOf(page);
  for (const [name, value] of [['doc sample', sample], ['full page', page]]) {
    if (!validate(value)) throw new Error(`the ${name} does not validate: ${JSON.stringify(validate.errors)}`);
  }
  for (const exchange of [sampleExchange, pageExchange]) {
    const { violations } = contract.check(exchange);
    if (violations.length > 0) throw new Error(`the contract check reports violations: ${JSON.stringify(violations)}`);
  }
  // A compiled schema checks a small body in well under a microsecond, too close to the timer's own
  // cost to time one call at a time: those tasks validate BATCH times per call, scaled back below.
  const pageBytes = pageExchange.responseBody;
  const tasks = {
    'schema: doc sample (2 groups)': () => {
      for (let index = 0; index < BATCH; index += 1) validate(sample);
    },
    'schema: full page (50 groups)': () => {
      for (let index = 0; index < BATCH; index += 1) validate(page);
    },
    // What the check cannot avoid for a recorded body: parse the bytes, then the compiled schema.
    'parse + schema: full page': () => validate(JSON.parse(pageBytes.toString('utf8'))),
    'contract check: doc sample': () => contract.check(sampleExchange),
    'contract check: full page': () => contract.check(pageExchange),
  };
  const measured = await runInterleaved(tasks, options.smoke ? { rounds: 1, timeMs: 20, warmupMs: 5, iterations: 4 } : { rounds: 5, timeMs: 400, warmupMs: 100 });
  // The smoke run leaves the profile out: it would load the spec a second time for a tenth of a second's samples.
  const profile = options.smoke ? undefined : await profileScript(fileURLToPath(new URL('./profile-check.mjs', import.meta.url)), ['3000', '1000'], { cwd: process.cwd() });
  for (const name of ['schema: doc sample (2 groups)', 'schema: full page (50 groups)']) {
    const task = /** @type {import('../interleaved.mjs').TaskSummary} */ (measured.tasks[name]);
    task.opsPerSec = scale(task.opsPerSec, BATCH);
    task.latencyP50Ms = scale(task.latencyP50Ms, 1 / BATCH);
    task.samples *= BATCH;
  }
  return {
    responseBytes: { docSample: sampleExchange.responseBody.length, fullPage: pageExchange.responseBody.length },
    tasks: measured.tasks,
    checkOverSchema: latencyRatio(measured.perRound, 'contract check: full page', 'schema: full page (50 groups)').median * BATCH,
    checkOverParseAndSchema: latencyRatio(measured.perRound, 'contract check: full page', 'parse + schema: full page').median,
    checkProfile: profile ? perCall(summarizeProfile(profile.profile), Number(profile.output)) : undefined,
  };
}
