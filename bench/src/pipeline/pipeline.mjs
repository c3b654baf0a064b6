// The pipeline benchmarks that work on copies of the checkout: turbo builds (cold, warm, one spec
// edited, filled cache), the pipeline steps by hand, and the test suite. The smoke run uses a
// one-API synthetic repository instead of the checkout, so it never builds the whole repo cold.
import { join } from 'node:path';
import { copyRepo } from './temp-repo.mjs';
import { measureBuilds } from './builds.mjs';
import { measureGeneration } from './generation.mjs';
import { syntheticCopy } from './synthetic.mjs';
import { measureTestSuite } from './test-suite.mjs';

/**
 * @param {{ smoke: boolean, log: (line: string) => void }} options
 */
export async function measurePipeline(options) {
  // The smoke run's copies are clones of one generated synthetic repo, so generation is paid once.
  const template = options.smoke ? await syntheticCopy(1, { withTests: true }) : undefined;
  /** @type {(() => Promise<import('./temp-repo.mjs').TempRepo>)} */
  const makeCopy = async () => copyRepo(template ? { source: template.dir, prefix: 'synthetic' } : { prefix: 'checkout' });
  let copies;
  try {
    copies = await measureBuilds({ makeCopy, warmSamples: options.smoke ? 1 : 3, docsPackage: '@group-apis/docs', runAfterEdit: !options.smoke });
  } finally {
    template?.remove();
  }
  const { result: builds, built, pristine } = copies;
  try {
    options.log('pipeline: lint + generate + build by hand');
    const generation = await measureGeneration(built.dir, { samples: options.smoke ? 1 : 3, scopes: options.smoke ? ['one'] : ['one', 'all'] });
    options.log('pipeline: npm test');
    // The pristine copy's build was restored from the built copy's cache, so `npm test` reads that cache too,
    // as CI's runs after `npm run build` with the cache the build filled.
    const testSuite = await measureTestSuite(pristine.dir, { cacheDir: join(built.dir, '.turbo', 'cache') });
    return {
      repository: options.smoke ? 'synthetic, 1 API (smoke)' : 'copy of the checkout (git ls-files, tracked and untracked-not-ignored)',
      builds,
      generation,
      testSuite,
      targets: {
        warmUnderTenPercentOfCold: builds.ratios.warmOverCold < 0.1,
        touchRebuildsOnePackageAndDocs: sameSet(builds.touched.rebuiltPackages, builds.expectedRebuild),
        testSuiteUnderThreeMinutes: testSuite.ok && testSuite.wallMs < 180_000,
      },
    };
  } finally {
    built.remove();
    pristine.remove();
  }
}

/**
 * @param {readonly string[]} actual
 * @param {readonly string[]} expected
 */
function sameSet(actual, expected) {
  return actual.length === expected.length && expected.every((item) => actual.includes(item));
}
