// The issue's targets, each with the figure it is judged on, from a run's suite results.

/**
 * @typedef {object} Target
 * @property {string} id
 * @property {string} target what the issue asks
 * @property {boolean | undefined} holds undefined when its suite did not run or failed
 * @property {string} measured
 */

const x = (/** @type {number} */ value) => `${value.toFixed(2)}×`;
const range = (/** @type {{ min: number, max: number }} */ s, /** @type {(v: number) => string} */ format) => `${format(s.min)}–${format(s.max)}`;
const seconds = (/** @type {number} */ ms) => `${(ms / 1000).toFixed(1)} s`;

/**
 * @param {Record<string, { ok: boolean, result?: any }>} suites
 * @returns {Target[]}
 */
export function evaluateTargets(suites) {
  const request = suites['request-overhead']?.ok ? suites['request-overhead'].result : undefined;
  const pagination = suites['pagination']?.ok ? suites['pagination'].result : undefined;
  const pipeline = suites['pipeline']?.ok ? suites['pipeline'].result : undefined;
  const growth = suites['growth']?.ok ? suites['growth'].result : undefined;
  const traffic = suites['traffic']?.ok ? suites['traffic'].result : undefined;
  /** @type {Target[]} */
  const targets = [];
  targets.push({
    id: 'request-overhead-vs-bare',
    target: '(c) group-apis client within 1.15× of (b) bare openapi-fetch, stub fetch',
    holds: request?.targets.stubWithin115OfBare,
    measured: request ? `${x(request.stub.ratios.cOverB.median)} (rounds ${range(request.stub.ratios.cOverB, x)})` : 'not measured',
  });
  targets.push({
    id: 'request-overhead-vs-peer',
    target: '(c) group-apis client faster than (d) hey-api',
    holds: request ? request.targets.fasterThanPeerStub && request.targets.fasterThanPeerHttp : undefined,
    measured: request ? `c/d latency: stub ${x(request.stub.ratios.cOverD.median)}, HTTP ${x(request.http.ratios.cOverD.median)}` : 'not measured',
  });
  targets.push({
    id: 'pagination-flat-heap',
    target: 'pagination: heap growth independent of the number of pages',
    holds: pagination?.targets.heapIndependentOfPages,
    measured: pagination
      ? Object.entries(pagination.vendors)
          .map(([vendor, v]) => `${vendor}: ${v.retention.map((/** @type {any} */ r) => `${r.pages} pages ${(r.retainedGrowthBytes / 1024).toFixed(0)} KiB`).join(', ')}`)
          .join('; ')
      : 'not measured',
  });
  targets.push({
    id: 'warm-build',
    target: 'warm `npm run build` under 10% of cold',
    holds: pipeline?.targets.warmUnderTenPercentOfCold,
    measured: pipeline
      ? `${(100 * pipeline.builds.ratios.warmOverCold).toFixed(1)}% (${seconds(pipeline.builds.warm.wallMs.median)} vs ${seconds(pipeline.builds.cold.wallMs)}); first warm run after cold ${(100 * pipeline.builds.ratios.warmFirstOverCold).toFixed(1)}%`
      : 'not measured',
  });
  targets.push({
    id: 'touch-one-spec',
    target: 'touching one spec rebuilds one package and the docs only',
    holds: pipeline?.targets.touchRebuildsOnePackageAndDocs,
    measured: pipeline ? `rebuilt: ${pipeline.builds.touched.rebuiltPackages.join(', ') || 'nothing'}` : 'not measured',
  });
  targets.push({
    id: 'growth-linear',
    target: 'cold pipeline cost grows linearly with the number of APIs',
    holds: growth?.linear,
    measured: growth?.segments.length === 0
      ? 'needs two or more sizes'
      : growth
      ? `CPU per added API ${growth.segments.map((/** @type {any} */ s) => `${s.from}→${s.to}: ${seconds(s.coldCpuMsPerAddedApi)}`).join(', ')} (wall ${growth.segments.map((/** @type {any} */ s) => seconds(s.coldMsPerAddedApi)).join(', ')})`
      : 'not measured',
  });
  targets.push({
    id: 'growth-warm-flat',
    target: 'warm build stays flat as APIs are added (each added API adds under 1% of its cold cost)',
    holds: growth?.warmFlat,
    measured: growth?.segments.length === 0
      ? 'needs two or more sizes'
      : growth
      ? `${growth.points.map((/** @type {any} */ p) => `${p.apis}: ${seconds(p.warm.wallMs.median)}`).join(', ')}; ${growth.segments.map((/** @type {any} */ s) => `${s.warmMsPerAddedApi.toFixed(1)} ms`).join(', ')} per added API`
      : 'not measured',
  });
  targets.push({
    id: 'test-suite',
    target: '`npm test` under 3 minutes on this 2-core machine',
    holds: pipeline?.targets.testSuiteUnderThreeMinutes,
    measured: pipeline ? `${seconds(pipeline.testSuite.wallMs)}${pipeline.testSuite.ok ? '' : `, failed: ${pipeline.testSuite.failed.join(', ') || 'see output'}`}` : 'not measured',
  });
  targets.push({
    id: 'traffic-linear-time',
    target: '`verify --har`/`--ndjson`: time linear in the exchanges (CPU per exchange at the largest size within 1.5× of the size before)',
    holds: traffic?.targets.linearTime,
    measured: traffic ? `CPU per exchange ${traffic.har.timeComparedFrom ?? traffic.sizes[0]}→${traffic.sizes.at(-1)} exchanges: HAR ${x(traffic.har.timePerExchangeRatio)}, NDJSON ${x(traffic.ndjson.timePerExchangeRatio)}` : 'not measured',
  });
  targets.push({
    id: 'traffic-flat-memory',
    target: '`verify --har`/`--ndjson`: peak memory independent of the file size (peak RSS grows under 64 MiB)',
    holds: traffic?.targets.flatMemory,
    measured: traffic
      ? `peak RSS ${traffic.sizes[0]}→${traffic.sizes.at(-1)} exchanges: HAR ${(traffic.runs.har[0].maxRss / 2 ** 20).toFixed(0)}→${(traffic.runs.har.at(-1).maxRss / 2 ** 20).toFixed(0)} MiB, NDJSON ${(traffic.runs.ndjson[0].maxRss / 2 ** 20).toFixed(0)}→${(traffic.runs.ndjson.at(-1).maxRss / 2 ** 20).toFixed(0)} MiB`
      : 'not measured',
  });
  return targets;
}
