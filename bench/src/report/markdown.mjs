// RESULTS.md from a run's results: every figure the issue asks for, whether each target holds, and for
// each miss the profile and the reason.
import { bytes, count, duration, micros, percent, ratio, spread, table, verdict } from './format.mjs';
import { contractCauses, coreCauses } from './source-causes.mjs';

const VARIANT_NOTES = {
  'a raw fetch': 'fetch by hand: URL string, `auth` header, `response.json()`',
  'b openapi-fetch': 'bare openapi-fetch 0.17 client over the generated `paths` (what the clients were before core)',
  'c group-apis client': '@group-apis/core `createClient`: static auth, retries (max 2), 10 s timeout, logger on',
  'c0 core, features off': 'the same core client with retries, timeout, auth provider and logger off: the runtime\'s floor',
  'd hey-api': '@hey-api/openapi-ts client-fetch SDK generated from the same spec, API-key auth',
};

/**
 * @param {any} report
 * @returns {string}
 */
export function renderMarkdown(report) {
  const { meta, suites, targets } = report;
  const parts = [
    '# Benchmarks: results',
    '',
    `Written by \`npm run bench\` (bench/run.mjs, ${meta.mode} run) on ${meta.date.slice(0, 10)} at ${meta.date.slice(11, 16)} UTC; the run took ${duration(meta.durationMs)}${meta.merged?.length ? `, and kept the earlier results of ${meta.merged.join(', ')} (\`--merge\`)` : ''}. Machine-readable: \`results.json\`.`,
    '',
    table(
      ['machine', 'value'],
      [
        ['CPU', `${meta.machine.cpu}, ${meta.machine.cores} cores`],
        ['memory', `${meta.machine.memoryGiB} GiB (${meta.machine.freeMemoryGiB} GiB free at the end)`],
        ['OS', meta.machine.os],
        ['Node', meta.machine.node],
        ['checkout', `${meta.checkout.commit ?? 'unknown'}${meta.checkout.uncommittedFiles ? ` + ${meta.checkout.uncommittedFiles} uncommitted files (measured as they are)` : ''}`],
      ],
    ),
    '',
    table(
      ['suite', 'ran at (UTC)', 'checkout', 'took', 'load average (1 min) before → after'],
      Object.entries(suites).map(([name, suite]) => [
        name,
        suite.at ? `${suite.at.slice(0, 10)} ${suite.at.slice(11, 16)}` : 'unknown',
        suite.commit ?? 'unknown',
        duration(suite.ms),
        `${suite.loadBefore[0]} → ${suite.loadAfter[0]}`,
      ]),
    ),
    '',
    '**How to read this.** The machine is shared: other engineers run builds and tests on the same 2 cores, so',
    'absolute times carry that load (see the load column). Competing variants are therefore run **interleaved**:',
    'several short tinybench rounds (warm-up, then timed samples), each running every variant once in a rotated',
    'order, and every ratio is computed within a round and then summarised. Figures are **median (min–max over',
    'rounds or samples)**. Ratios are the numbers to compare between runs; absolute ops/s and seconds are not.',
    '',
    '## Targets',
    '',
    table(['target', 'measured', 'verdict'], targets.map((/** @type {any} */ t) => [t.target, t.measured, verdict(t.holds)])),
    '',
    ...failedSuites(suites),
    ...section(suites['request-overhead'], requestOverhead),
    ...section(suites['pagination'], pagination),
    ...section(suites['pipeline'], (/** @type {any} */ r) => pipeline(r, targets)),
    ...section(suites['growth'], growth),
    ...section(suites['pipeline'], testSuite),
    ...section(suites['validation'], validation),
    ...section(suites['traffic'], traffic),
    ...method(meta),
  ];
  return `${parts.join('\n')}\n`;
}

/**
 * @param {Record<string, any>} suites
 */
function failedSuites(suites) {
  const failed = Object.entries(suites).filter(([, suite]) => !suite.ok);
  if (failed.length === 0) return [];
  return ['## Suites that failed', '', ...failed.flatMap(([name, suite]) => [`### ${name}`, '', '```', String(suite.error).split('\n').slice(0, 25).join('\n'), '```', '']), ''];
}

/**
 * @param {any} suite
 * @param {(result: any) => string[]} render
 */
function section(suite, render) {
  if (!suite?.ok) return [];
  return [...render(suite.result), ''];
}

/**
 * @param {any} result
 */
function requestOverhead(result) {
  const rows = (/** @type {any} */ transport) =>
    Object.entries(transport.tasks).map(([name, task]) => {
      const t = /** @type {any} */ (task);
      const b = /** @type {any} */ (transport.tasks['b openapi-fetch']);
      return [name, spread(t.opsPerSec, count), spread(t.latencyP50Ms, micros), ratio(t.latencyP50Ms.median / b.latencyP50Ms.median), count(t.samples)];
    });
  const ratioRows = (/** @type {any} */ r) => [
    ['(c) / (b): group-apis vs bare openapi-fetch', spread(r.cOverB, ratio)],
    ['(c) / (d): group-apis vs hey-api', spread(r.cOverD, ratio)],
    ['(c0) / (b): core with features off vs bare', spread(r.c0OverB, ratio)],
    ['(b) / (a): openapi-fetch vs raw fetch', spread(r.bOverA, ratio)],
    ['(d) / (b): hey-api vs bare openapi-fetch', spread(r.dOverB, ratio)],
  ];
  const lines = [
    '## Request overhead',
    '',
    'The same `GET /groups?offset=0&limit=50` with Kore.ai\'s `auth` header, answered with the spec\'s doc sample',
    '(1.3 kB JSON); every variant must return the identical parsed body before it is timed.',
    '',
    table(['variant', 'what it is'], Object.entries(VARIANT_NOTES).map(([name, note]) => [name, note])),
    '',
    `Peer: ${result.peer}.`,
    '',
    '### In-process stub fetch (no sockets)',
    '',
    table(['variant', 'ops/s', 'p50 latency', 'vs (b)', 'calls timed'], rows(result.stub)),
    '',
    table(['ratio of p50 latencies, per round', 'median (min–max)'], ratioRows(result.stub.ratios)),
    '',
    '### Local HTTP server (node:http on 127.0.0.1, separate process, keep-alive)',
    '',
    table(['variant', 'ops/s', 'p50 latency', 'vs (b)', 'calls timed'], rows(result.http)),
    '',
    table(['ratio of p50 latencies, per round', 'median (min–max)'], ratioRows(result.http.ratios)),
    '',
  ];
  if (result.profiles && Object.keys(result.profiles).length > 1) lines.push(...requestProfiles(result));
  return lines;
}

/**
 * @param {any} result
 */
function requestProfiles(result) {
  const profiles = /** @type {Record<string, any>} */ (result.profiles);
  const labels = Object.keys(profiles);
  const areas = [...new Set(labels.flatMap((label) => Object.keys(profiles[label].byArea)))];
  const usIn = (/** @type {string} */ label, /** @type {string} */ area) => ((profiles[label].byArea[area] ?? 0) / 100) * profiles[label].usPerCall;
  const c = profiles['c group-apis client'];
  const b = profiles['b openapi-fetch'];
  const lines = [
    '### Why (c) misses: CPU profiles',
    '',
    'One child process ran the variants over the stub fetch, warmed up, then in alternating 20 ms blocks under one',
    'V8 CPU profile (what `node --cpu-prof` records; started after setup through `node:inspector`, 200 µs sampling),',
    'so load on the machine hits them alike; each sample is credited to the variant whose block it fell in.',
    'Self time per call (profiler overhead included), by where the code lives:',
    '',
    table(
      ['where the time goes (self time per call)', ...labels],
      [
        ...areas.map((area) => [area, ...labels.map((label) => `${usIn(label, area).toFixed(1)} µs`)]),
        ['**total per call** (profiled)', ...labels.map((label) => `**${profiles[label].usPerCall.toFixed(1)} µs**`)],
      ],
    ),
    '',
  ];
  if (c && b) {
    const extra = areas
      .map((area) => ({ area, us: usIn('c group-apis client', area) - usIn('b openapi-fetch', area) }))
      .filter((entry) => entry.us > 0.5)
      .sort((x, y) => y.us - x.us);
    const difference = c.usPerCall - b.usPerCall;
    lines.push(
      difference > 0
        ? `(c) costs ${difference.toFixed(1)} µs more per call than (b) under the profiler; where: ${extra.map((e) => `${e.us.toFixed(1)} µs ${e.area}`).join(', ')}.`
        : `Under the profiler (c) did not cost more per call than (b) (${difference.toFixed(1)} µs); the profile cannot explain the miss this run.`,
      ...(profiles['d hey-api']
        ? [
            '',
            `(d) hey-api costs ${profiles['d hey-api'].usPerCall.toFixed(1)} µs per call under the same profiler, ${Math.abs(c.usPerCall - profiles['d hey-api'].usPerCall).toFixed(1)} µs ${c.usPerCall > profiles['d hey-api'].usPerCall ? 'less' : 'more'} than (c). It builds one \`Request\`, reads the body once and has no transport layer (no timeout, retries, redirects or logging)${c.usPerCall > profiles['d hey-api'].usPerCall ? ', so the per-call costs below are what (c) pays over it' : ''}.`,
          ]
        : []),
      '',
      'Top frames of (c) by self time:',
      '',
      table(['function', 'where', 'self %'], c.topFrames.map((/** @type {any} */ f) => [f.name, f.where, `${f.selfPercent}%`])),
      '',
      'Functions of (c)\'s own stack by inclusive time (share of all samples with the function on the stack; async',
      'functions are only counted while they run, not while they await):',
      '',
      table(['function', 'where', 'inclusive %'], c.topInclusive.map((/** @type {any} */ f) => [f.name, f.where, `${f.selfPercent}%`])),
      '',
    );
  }
  const causes = coreCauses();
  const c0 = result.stub.ratios.c0OverB.median;
  const cb = result.stub.ratios.cOverB.median;
  lines.push(
    '**Reason.** The stub fetch costs nothing, so the stub case measures the client alone, and a group-apis call is',
    'an openapi-fetch call plus the transport that gives it auth, timeouts, retries, redirects and logging. What the',
    'core source does on every call, which the profile above prices:',
    '',
    ...(causes.length > 0 ? causes.map((c) => `- **${c.name}**: ${c.cause}`) : ['- (none of the known per-call costs is left in the source; see the profile)']),
    '',
    c0 - 1 >= 0.5 * (cb - 1)
      ? `With every optional feature off, (c0) still costs ${ratio(c0)} of (b): most of the overhead is the transport's fixed per-call work above, not the features.`
      : `With every optional feature off, (c0) costs ${ratio(c0)} of (b): most of the overhead comes with the features (auth provider, timeout, retries, logger).`,
    `Over a real socket the same client is ${ratio(result.http.ratios.cOverB.median)} of (b) and ${ratio(result.http.ratios.cOverD.median)} of (d): the network and undici dominate there.`,
    '',
    '**What would remove each cost** (in `packages/core`, owned there; this bench only measures):',
    '',
    ...causes.filter((c) => c.fix).map((c) => `- **${c.name}**: ${c.fix}`),
    '',
    'Re-measure after a change with `npm run bench -- --only request-overhead --merge`. (c0) is the floor of the transport;',
    'what (c) costs over it is its features: a per-attempt timeout needs its controller and timer, auth its header copy, a logger its entry.',
    '',
  );
  return lines;
}

/**
 * @param {any} result
 */
function pagination(result) {
  const rows = Object.entries(result.vendors).map(([vendor, v]) => {
    const value = /** @type {any} */ (v);
    const [short, long] = value.retention;
    return [
      vendor === 'kore' ? 'Kore.ai (offset = page number, 50 per page, `availableMore`)' : 'Testmo (page from 1, 100 per page, `next_page`)',
      count(value.pages),
      spread(value.groupsPerSec, count),
      spread(value.walkMs, duration),
      spread(value.peakHeapGrowthBytes, bytes),
      `${bytes(short.retainedGrowthBytes)} (${count(short.pages)} pages) → ${bytes(long.retainedGrowthBytes)} (${count(long.pages)} pages)`,
      `${long.bytesPerPage.toFixed(0)} B`,
      value.flatHeap ? 'yes' : '**no**',
    ];
  });
  const lines = [
    '## Pagination',
    '',
    `${count(Object.values(result.vendors)[0]?.groups ?? 0)} groups walked with @group-apis/core's \`paginate\` over a core client (auth, retries, timeout)`,
    'from the local fixture server (separate process), one page at a time. The walk runs in its own Node process',
    '(`--expose-gc`); groups/s and peak heap are over the full walk (median of passes, after a warm-up walk).',
    '"Peak heap growth" is the highest `heapUsed` seen above the start, garbage included (it depends on when V8',
    'collects); "retained" is measured after a forced full GC every 10 pages, so it is what the walk holds on to,',
    'for a walk 10× shorter and for the full walk. "Slope" is the retained bytes per page over the second half',
    'of the full walk.',
    '',
    table(['vendor', 'pages', 'groups/s', 'walk time', 'peak heap growth (incl. garbage)', 'retained growth, short → full walk', 'slope per page', 'flat?'], rows),
    '',
  ];
  lines.push(
    result.targets.heapIndependentOfPages
      ? `Target holds: with 10× the pages the retained heap stays within 1 MiB of the short walk's; the walker holds one page at a time (an async generator that fetches the next page only when the consumer asks).`
      : '**Target missed**: the retained heap grows with the number of pages (see the slope). Something keeps every page alive; take a heap snapshot of the walk-child to see the retainer.',
  );
  return lines;
}

/**
 * @param {any} result
 * @param {any[]} targets
 */
function pipeline(result, targets) {
  const { builds, generation } = result;
  const describe = (/** @type {any} */ run) => `${run.ran.length} ran${run.failed?.length ? `, ${run.failed.length} failed` : ''}`;
  const lines = [
    '## Generation and build',
    '',
    `Measured in a temporary ${result.repository}, \`node_modules\` linked to the checkout's; never in the checkout.`,
    '',
    `### Lint + generate + build by hand (${generation.samples} sample${generation.samples === 1 ? '' : 's'})`,
    '',
    'The scripts the packages run (`scripts/lint-spec.mjs`, `scripts/generate.mjs`, `tsc -p tsconfig.build.json`),',
    'one after another, after the shared packages are built:',
    '',
    table(
      ['scope', 'lint', 'generate', 'build (tsc)', 'total'],
      [
        [`one spec (${generation.one.api})`, spread(generation.one.lintMs, duration), spread(generation.one.generateMs, duration), spread(generation.one.buildMs, duration), spread(generation.one.totalMs, duration)],
        ...(generation.all
          ? [[`all ${generation.all.apis.length} (${generation.all.apis.join(', ')})`, spread(generation.all.lintMs, duration), spread(generation.all.generateMs, duration), spread(generation.all.buildMs, duration), spread(generation.all.totalMs, duration)]]
          : []),
      ],
    ),
    '',
    ...(generation.allOverOne ? [`All specs cost ${ratio(generation.allOverOne)} of one: lint and generate take all specs in one process, so their start-up is paid once; \`tsc\` runs once per package.`, ''] : []),
    '### `npm run build` (turbo) cold, warm, one spec edited, filled cache',
    '',
    'The root `build` script\'s turbo command, run directly (without npm\'s own ~0.3 s start-up), with `--summarize` to',
    'read which tasks ran and why.',
    '',
    table(
      ['run', 'wall time', 'vs cold', 'tasks'],
      [
        ['cold (empty cache, fresh copy)', duration(builds.cold.wallMs), '1.00×', `${describe(builds.cold)}: ${Object.entries(builds.cold.byTask).map(([task, t]) => `${/** @type {any} */ (t).ran} ${task}`).join(', ')}`],
        ['first warm run after cold, nothing changed', duration(builds.warmFirst.wallMs), percent(builds.ratios.warmFirstOverCold), describe(builds.warmFirst)],
        ...(builds.settle ? [['second warm run', duration(builds.settle.wallMs), percent(builds.settle.wallMs / builds.cold.wallMs), describe(builds.settle)]] : []),
        [`warm, nothing changed (${builds.warm.wallMs.n} sample${builds.warm.wallMs.n === 1 ? '' : 's'})`, spread(builds.warm.wallMs, duration), percent(builds.ratios.warmOverCold), `${builds.warm.ran.length} ran of ${builds.warm.tasks}`],
        [`one spec edited (${builds.touched.spec})`, duration(builds.touched.wallMs), percent(builds.ratios.touchedOverCold), `${describe(builds.touched)}: ${builds.touched.ran.join(', ')}`],
        ...(builds.touched.afterwards
          ? [['the run after that, nothing changed', duration(builds.touched.afterwards.wallMs), percent(builds.touched.afterwards.wallMs / builds.cold.wallMs), `${describe(builds.touched.afterwards)}${builds.touched.afterwards.ran.length ? `: ${builds.touched.afterwards.ran.join(', ')}` : ''}`]]
          : []),
        ['fresh copy, filled cache (`--cache-dir` of the first copy)', duration(builds.filledCache.wallMs), percent(builds.ratios.filledCacheOverCold), `${describe(builds.filledCache)}${builds.filledCache.ran.length ? `: ${builds.filledCache.ran.join(', ')}` : ''}`],
      ],
    ),
    '',
    `CPU time (turbo and every task, user + system): cold ${duration(builds.cold.cpuMs)}, one spec edited ${duration(builds.touched.cpuMs)}, filled cache ${duration(builds.filledCache.cpuMs)}.`,
    '',
    ...(builds.filledCache.ran.length > 0
      ? [
          'The fresh copy should restore everything; what did not come from the cache and why (compared with the same task in the cold run):',
          '',
          table(['task', 'why it ran'], Object.entries(builds.filledCache.why).map(([id, why]) => [id, describeWhy(/** @type {any} */ (why))])),
          '',
        ]
      : []),
  ];
  if (builds.cold.failed.length > 0) lines.push(`Failed in the cold build: ${builds.cold.failed.join(', ')} (turbo continued with tasks whose dependencies succeeded).`, '');
  if (builds.warmFirst.ran.length > 0) {
    lines.push(table(['task (first warm run)', 'why it ran'], Object.entries(builds.warmFirst.why).map(([id, why]) => [id, describeWhy(/** @type {any} */ (why))])), '');
  }
  if (builds.warmFirst.ran.length > 0 && builds.changedByBuild.length > 0) {
    lines.push(
      `**The first warm run is not a full cache hit**: it re-ran ${builds.warmFirst.ran.join(', ')}. The cold build changed`,
      `committed files: ${builds.changedByBuild.map((/** @type {string} */ f) => `\`${f}\``).join(', ')}. Those committed generated files differ from what`,
      '`scripts/generate.mjs` writes now, so CI\'s `generate --check` would fail on them too. Turbo hashes every task\'s',
      'inputs when the run starts, so the cold run hashed the committed file (an input of `build`, and of `generate`',
      'itself: turbo counts a tracked output among the inputs), then `generate` replaced it and `build` compiled the new',
      'one; the next run hashes the new file, misses, and runs again. Regenerating and committing the files makes the',
      'first warm run a full hit. (The entry the cold run cached under the old file\'s hash holds a `dist` built from the',
      'new file, so the cache is also briefly wrong for that hash.)',
      '',
    );
  } else if (builds.warmFirst.ran.length > 0) {
    lines.push(`**The first warm run is not a full cache hit**: it re-ran ${builds.warmFirst.ran.join(', ')}, with no committed file changed by the cold build; see their task hashes in the turbo run summary.`, '');
  }
  const touch = targets.find((t) => t.id === 'touch-one-spec');
  const expected = builds.expectedRebuild;
  const extra = builds.touched.rebuiltPackages.filter((/** @type {string} */ p) => !expected.includes(p));
  const missing = expected.filter((/** @type {string} */ p) => !builds.touched.rebuiltPackages.includes(p));
  lines.push(`**One spec edited** (the first operation's summary, which changes the generated types): the \`build\` of ${builds.touched.rebuiltPackages.join(', ') || 'no package'} ran; expected ${expected.join(' and ')}. ${touch?.holds ? 'Target holds.' : 'Target missed.'} Every task that ran, and why (inputs whose hash changed, or dependencies that ran):`);
  lines.push('');
  lines.push(table(['task', 'why it ran'], Object.entries(builds.touched.why).map(([id, why]) => [id, describeWhy(/** @type {any} */ (why))])));
  lines.push('');
  if (extra.length > 0) {
    const why = /** @type {Record<string, { changedInputs: string[], ranDependencies: string[] }>} */ (builds.touched.why);
    const viaDependency = extra.filter((/** @type {string} */ pkg) => Object.entries(why).some(([id, w]) => id.startsWith(`${pkg}#`) && w.changedInputs.length === 0 && w.ranDependencies.length > 0));
    const viaInputs = extra.filter((/** @type {string} */ pkg) => Object.entries(why).some(([id, w]) => id.startsWith(`${pkg}#`) && w.changedInputs.length > 0));
    lines.push(`- rebuilt beyond the target: ${extra.join(', ')}.`);
    if (viaInputs.length > 0) lines.push(`  ${viaInputs.join(', ')}: their own build inputs include the edited spec (\`specs/**\`).`);
    if (viaDependency.length > 0) {
      lines.push(
        `  ${viaDependency.join(', ')}: nothing of theirs changed; a workspace package they depend on rebuilt, and turbo's`,
        '  `dependsOn: ["^build"]` puts a dependency\'s hash into each dependent\'s. Dependencies that are only needed to test',
        '  (a devDependency on the conformance harness) still count; giving the harness\'s build narrower inputs than all',
        '  specs, or keeping it out of the clients\' `^build` graph, would leave one client rebuilt.',
      );
    }
  }
  if (missing.length > 0) lines.push(`- not rebuilt: ${missing.join(', ')}${missing.includes('@group-apis/docs') ? ': the docs build does not list `specs/**` among its inputs (or the package has no build yet), so the published reference would keep the old text until something else in docs changes' : ''}.`);
  const afterwards = builds.touched.afterwards;
  if (afterwards?.ran.length > 0) {
    const why = /** @type {Record<string, { changedInputs: string[] }>} */ (afterwards.why);
    const generateRan = Object.keys(why).some((id) => id.endsWith('#generate'));
    const generatedChanged = Object.values(why).some((w) => w.changedInputs.some((file) => file.includes('/generated/') || file.startsWith('src/generated')));
    lines.push(`- the run after it, with nothing changed, ran again: ${Object.entries(why).map(([id, w]) => `${id} (${describeWhy(/** @type {any} */ (w))})`).join('; ')}.`);
    if (generatedChanged) {
      lines.push(
        '  Turbo hashes every task\'s inputs when the run starts: the edited run hashed `build` (and the generated file it',
        '  reads) before `generate` rewrote `src/generated/schema.ts`, built from the new file, and stored the result under the',
        '  old file\'s hash; the next run hashes the new file, misses, and builds again. So every spec edit builds its client',
        '  twice, and the cache briefly holds a `dist` under a hash that does not describe it.',
        ...(generateRan
          ? [
              '  `generate` ran again too: turbo 2.11 counts a task\'s declared outputs that exist in the repo among its inputs',
              '  (`--dry=json` lists `src/generated/schema.ts` as an input of `generate`; a `!src/generated/**` glob does not remove',
              '  it, dropping `outputs` does), so rewriting the committed file changes `generate`\'s own hash.',
            ]
          : []),
        '  The fix, checked in a one-API synthetic repo with this repo\'s turbo config (turbo 2.11): hash the generated',
        '  files after `generate` has run, in each client\'s `build` inputs:',
        '  `[{ "mode": "startup", "globs": ["src/**", "!src/generated/**", "package.json", "tsconfig.json", "tsconfig.build.json"] },',
        '  { "mode": "jit", "globs": ["src/generated/**"] }]`. The run after an edit is then a full cache hit, and reverting',
        '  the edit restores the earlier outputs from the cache.',
      );
    }
  }
  lines.push('');
  return lines;
}

/**
 * @param {any} result
 */
function growth(result) {
  const points = /** @type {any[]} */ (result.points);
  const rows = points.map((p) => [
    String(p.apis),
    duration(p.cold.wallMs),
    duration(p.cold.cpuMs),
    duration(p.coldCpuPerApiMs),
    ['lint', 'generate', 'build'].map((task) => duration(p.taskMsPerApi[task] ?? 0)).join(' / '),
    p.singleTaskMs ? `${spread(p.singleTaskMs.lintCpuMs, duration)} / ${spread(p.singleTaskMs.generateCpuMs, duration)}` : 'n/a',
    spread(p.warm.wallMs, duration),
    duration(p.filledCache.wallMs),
    p.cold.failed.length ? `${p.cold.failed.length} failed` : 'ok',
  ]);
  const lines = [
    '## Growth: cost against the number of APIs',
    '',
    'A temporary repository per point holding only the root configuration, the scripts and N synthetic APIs: the',
    'real specs in turn, with every path prefixed (`/s007/groups`), every schema and operation id renamed',
    '(`GroupS007`), each with a client package shaped like the real ones (same scripts, turbo.json, tsconfig; a',
    'plain openapi-fetch factory). Generated files are committed first, as in this repo. Cold = `turbo run build`',
    'with an empty cache (lint, generate and build of every API); warm = nothing changed (median of samples); filled',
    'cache = `dist` deleted, outputs restored from the cache. CPU = user + system time of turbo and everything it ran:',
    'on a shared machine it is the steadier measure of work, wall time the one a person waits for.',
    '',
    table(
      ['APIs', 'cold wall', 'cold CPU', 'CPU per API', 'task wall time per API: lint / generate / build', 'one lint / one generate alone (CPU)', 'warm', 'filled cache', 'status'],
      rows,
    ),
    '',
    table(
      ['segment', 'cold CPU per added API', 'cold wall per added API', 'warm wall per added API'],
      result.segments.map((/** @type {any} */ s) => [`${s.from} → ${s.to}`, duration(s.coldCpuMsPerAddedApi), duration(s.coldMsPerAddedApi), `${s.warmMsPerAddedApi.toFixed(1)} ms`]),
    ),
    '',
  ];
  const first = points[0];
  const last = points[points.length - 1];
  if (first && last && points.length > 1) {
    const firstSegment = result.segments[0];
    const lastSegment = result.segments[result.segments.length - 1];
    const singleGrowth = first.singleTaskMs && last.singleTaskMs
      ? { lint: last.singleTaskMs.lintCpuMs.median / first.singleTaskMs.lintCpuMs.median, generate: last.singleTaskMs.generateCpuMs.median / first.singleTaskMs.generateCpuMs.median }
      : undefined;
    lines.push(
      `**Shape.** Cold: ${result.linear ? 'linear' : '**not linear**'} in CPU time (each added API costs ${duration(firstSegment.coldCpuMsPerAddedApi)} of CPU from ${firstSegment.from} to ${firstSegment.to} APIs and ${duration(lastSegment.coldCpuMsPerAddedApi)} from ${lastSegment.from} to ${lastSegment.to}; "linear" = within 1.5× of each other). ` +
        `Wall time per API goes from ${duration(first.coldPerApiMs)} at ${first.apis} APIs to ${duration(last.coldPerApiMs)} at ${last.apis}; the build's CPU time filled ${percent(first.cold.cpuMs / (first.cold.wallMs * 2))} and ${percent(last.cold.cpuMs / (last.cold.wallMs * 2))} of the 2 cores' time, the rest going to the other work on the machine (load per suite above). ` +
        'Per-task wall times (third column) are inflated by waiting: turbo starts 10 tasks at once on 2 cores, so their sum is not the wall time. ' +
        (singleGrowth
          ? (() => {
              const extra = last.singleTaskMs.lintCpuMs.median - first.singleTaskMs.lintCpuMs.median + (last.singleTaskMs.generateCpuMs.median - first.singleTaskMs.generateCpuMs.median);
              const rise = lastSegment.coldCpuMsPerAddedApi - firstSegment.coldCpuMsPerAddedApi;
              return `One lint and one generate run alone cost ${ratio(singleGrowth.lint)} and ${ratio(singleGrowth.generate)} as much CPU at ${last.apis} APIs as at ${first.apis} ` +
                `(the only thing that differs between the repos a single task sees is \`redocly.yaml\`, one entry per API, which each of them reads), ${duration(extra)} more per API: ` +
                (rise > 0
                  ? `${percent(Math.min(extra / rise, 1))} of the rise in CPU per added API (${duration(firstSegment.coldCpuMsPerAddedApi)} → ${duration(lastSegment.coldCpuMsPerAddedApi)}). That term grows with N for every task, so with N² in total: it is what bends the curve. The rest is not attributed here; CPU time itself also rises on an oversubscribed machine (10 tasks on 2 cores, plus the other work).`
                  : 'the CPU per added API did not rise, so it stays a small term at this size.');
            })()
          : ''),
      '',
      `Warm: ${result.warmFlat ? 'flat' : '**not flat**'} (criterion: each added API adds under 1% of its cold cost). It goes from ${duration(first.warm.wallMs.median)} to ${duration(last.warm.wallMs.median)} (${ratio(result.warmGrowth ?? Number.NaN)}) for ${last.apis / first.apis}× the APIs: ` +
        `turbo still hashes every task's inputs and replays each cached task's log and outputs, about ${(last.warm.wallMs.median / last.warm.tasks).toFixed(1)} ms per task at ${last.apis} APIs (${last.warm.tasks} tasks), so a warm build grows with the number of tasks, by milliseconds per API.`,
      '',
    );
  }
  lines.push(
    '**Past one machine.** A team with hundreds of specs would share turbo\'s **remote cache** (Vercel Remote Cache, or a',
    'self-hosted server implementing turbo\'s cache API, enabled with `TURBO_API`/`TURBO_TEAM`/`TURBO_TOKEN`) so that CI',
    'runners and laptops restore outputs another machine built instead of rebuilding them, run only affected',
    'packages on pull requests (`turbo run build --affected` or `--filter=...[origin/main]`), and split the remaining',
    `work across CI machines. What a cache hit is worth here: a fresh checkout whose cache was already filled builds in ${duration(last?.filledCache.wallMs ?? Number.NaN)}`,
    `at ${last?.apis} APIs against ${duration(last?.cold.wallMs ?? Number.NaN)} cold (a local \`--cache-dir\`, so no network time; a remote cache adds the download of each task's outputs).`,
  );
  return lines;
}

/**
 * @param {any} result
 */
function testSuite(result) {
  const t = result.testSuite;
  return [
    '## Test suite',
    '',
    `\`npm test\` (the root script, \`${t.command}\`: typecheck, then vitest in every package) in a fresh copy whose build came`,
    `from the cache, as CI runs it after \`npm run build\`: **${duration(t.wallMs)}** wall time (${duration(t.cpuMs)} CPU) for ${count(t.tests)} tests${t.ok ? '' : `; **failed**: ${t.failed.join(', ') || 'see output'}`}.`,
    `Typecheck tasks took ${duration(t.typecheckMs)} of task time. Target (under 3 minutes): ${verdict(t.ok && t.wallMs < 180_000)}.`,
    ...(t.rebuilt?.length ? ['', `Not restored from the build's cache, so run again inside \`npm test\`: ${t.rebuilt.join(', ')}.`] : []),
    ...(t.cpuMs !== undefined && !(t.ok && t.wallMs < 180_000)
      ? [
          '',
          `The suite needs ${duration(t.cpuMs)} of CPU: on 2 cores it cannot finish in less than ${duration(t.cpuMs / 2)} even if both cores`,
          `were always busy with it${t.cpuMs / 2 > 180_000 ? ', so the target cannot be met by scheduling (concurrency, ordering) alone; it needs less work' : ', so better packing (concurrency, ordering) could still meet it'}. The`,
          'packages and files below are where that work is.',
        ]
      : []),
    '',
    'Slowest test files (vitest\'s own per-file time, tests only, without import and transform):',
    '',
    table(['file', 'tests', 'time'], t.slowestFiles.map((/** @type {any} */ f) => [f.file, String(f.tests), duration(f.ms)])),
    '',
    'Slowest packages (the whole `test` task, vitest start-up included):',
    '',
    table(['package', 'test task'], t.slowestPackages.map((/** @type {any} */ p) => [p.package, duration(p.ms)])),
    ...Object.entries(t.failureLogs ?? {}).flatMap(([id, log]) => ['', `End of the failed task's log, ${id}:`, '', '```', String(log), '```']),
  ];
}

/**
 * @param {any} result
 */
function validation(result) {
  const profile = result.checkProfile;
  const causes = contractCauses();
  return [
    '## Validation throughput',
    '',
    `Responses checked per second by the contract validator (\`@group-apis/contract\`, Ajv 2020 compiled once per schema and`,
    `reused): the Kore.ai doc sample (${count(result.responseBytes.docSample)} bytes) and a full page of 50 groups (${count(result.responseBytes.fullPage)} bytes).`,
    '"schema" is the compiled response validator alone on a parsed body; "contract check" is `contract.check(exchange)`:',
    'operation lookup, query and header checks, body parse and validation.',
    '',
    table(['check', 'responses/s', 'p50 per response'], Object.entries(result.tasks).map(([name, task]) => [name, spread(/** @type {any} */ (task).opsPerSec, count), spread(/** @type {any} */ (task).latencyP50Ms, micros)])),
    '',
    `A full contract check costs ${ratio(result.checkOverSchema)} the compiled schema's time on the same page${result.checkOverParseAndSchema ? `, and ${ratio(result.checkOverParseAndSchema)} the time of parsing the recorded bytes and then the compiled schema (what checking a recorded body cannot skip): the rest is the request's checks (path match, query and header parameters, credentials) and the lookup of the documented response` : ''}. Bodies are validated in place, never copied.`,
    '',
    ...(profile
      ? [
          `Profile of the check (full page, ${profile.usPerCall.toFixed(0)} µs per check under the profiler):`,
          '',
          table(['function', 'where', 'self %'], profile.topFrames.slice(0, 8).map((/** @type {any} */ f) => [f.name, f.where, `${f.selfPercent}%`])),
          '',
        ]
      : []),
    ...(causes.length > 0 ? ['Where that time goes, from the contract source:', '', ...causes.map((c) => `- **${c.name}**: ${c.cause}`), ''] : []),
    'No target was set for this figure; it is here so a slowdown is noticed.',
  ];
}

/**
 * @param {any} result
 */
function traffic(result) {
  /** @param {any[]} runs */
  const rows = (runs) =>
    runs.map((run) => [
      count(run.size),
      bytes(run.fileBytes),
      duration(run.checkMs),
      duration(run.checkCpuMs),
      `${run.usPerExchange.toFixed(1)} µs`,
      bytes(run.rssAfterLoad),
      bytes(run.maxRss),
      `${count(run.findings)} (${count(run.violations)} violations)`,
      duration(run.reportMs),
    ]);
  const header = ['exchanges', 'file', 'check (wall)', 'check (CPU)', 'CPU per exchange', 'RSS after loading the spec', 'peak RSS', 'findings', 'JSON report'];
  return [
    '## Recorded traffic at scale (`verify --har`, `verify --ndjson`)',
    '',
    'HAR files and NDJSON logs of Kore.ai group listings (one in 1,000 drifted), generated into a temporary folder and',
    'each checked by `verifyHar`/`verifyNdjson` in a child process of its own (so peak RSS is that run\'s). Both are read',
    'as streams, one entry in memory at a time, and the report keeps aggregates only (counts per operation, folded',
    'violations), so CPU per exchange should stay flat and peak RSS should not grow with the file.',
    '',
    '### HAR',
    '',
    table(header, rows(result.runs.har)),
    '',
    '### NDJSON',
    '',
    table(header, rows(result.runs.ndjson)),
    '',
    `CPU per exchange at ${count(result.sizes.at(-1))} exchanges is ${ratio(result.har.timePerExchangeRatio)} (HAR) and ${ratio(result.ndjson.timePerExchangeRatio)} (NDJSON) of that at ${count(result.har.timeComparedFrom ?? result.sizes[0])} (1.00× is linear; the smallest run also pays for warming up). From ${count(result.sizes[0])} to ${count(result.sizes.at(-1))} exchanges (${count(result.har.sizeRatio)}× more), peak RSS grew by ${bytes(Math.max(0, result.har.peakRssGrowth))} (HAR) and ${bytes(Math.max(0, result.ndjson.peakRssGrowth))} (NDJSON): V8 sizing its heap for the garbage a long run makes, not data kept.`,
    'Before (main at 09ebb75, from issue 17): 5,000 exchanges 1.5 s and 138 MB; 20,000 11.1 s and 283 MB; 50,000 4 min 47 s and 610–884 MB (quadratic, whole file in memory).',
    '',
  ];
}

/**
 * @param {any} meta
 */
function method(meta) {
  return [
    '## Method and caveats',
    '',
    '- Library: tinybench 6 (warm-up, then timed samples; throughput and latency statistics per task). Interleaved',
    '  rounds are this package\'s own loop around it (`src/interleaved.mjs`).',
    '- The runtime benchmarks import `@group-apis/core` and `@group-apis/contract` compiled from their current `src/`',
    '  (into `bench/.cache`, TypeScript transpile only), and the hey-api peer generated into `bench/.cache` from the',
    '  current spec at bench time; nothing generated is committed.',
    '- Pipeline figures come from temporary copies (git-tracked and untracked-but-not-ignored files, a real',
    '  `node_modules` of links to the checkout\'s packages, workspace links to the copy\'s own packages, one git commit).',
    `- Growth sizes this run: ${meta.growthSizes.join(', ')} synthetic APIs. One cold sample per point (a cold build of 200`,
    '  APIs takes minutes); warm figures are medians of 3.',
    '- Heap figures are `process.memoryUsage().heapUsed`; "retained" ones follow a forced `gc()`.',
    '- `npm run bench -- --smoke` runs one tiny iteration of everything (the test suite runs it); `--only <suite>` and',
    '  `--growth 4,40` narrow a run.',
  ];
}

/**
 * @param {{ changedInputs: string[], ranDependencies: string[], newTask: boolean }} why
 */
function describeWhy(why) {
  const parts = [];
  if (why.newTask) parts.push('not in the earlier run');
  if (why.changedInputs.length > 0) {
    const shown = why.changedInputs.slice(0, 4).map((file) => `\`${file}\``).join(', ');
    parts.push(`inputs changed: ${shown}${why.changedInputs.length > 4 ? ` and ${why.changedInputs.length - 4} more` : ''}`);
  }
  if (why.ranDependencies.length > 0) parts.push(`dependencies ran: ${why.ranDependencies.join(', ')}`);
  return parts.join('; ') || 'same inputs and dependencies (a changed global input, environment or task definition)';
}
