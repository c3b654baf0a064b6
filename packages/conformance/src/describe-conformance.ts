import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createValidator, findRepoRoot, listOperations, loadSpec, specPathOf, type OpenApiDocument, type Operation } from '@group-apis/spec';
import { corpusChecks, readCorpus } from './corpus.js';
import { collectExampleChecks } from './example-validation.js';
import { collectExchanges, type ClientRequest } from './exchanges.js';
import { deriveNegativeCases } from './negative-cases.js';
import { startPrism, type PrismMock } from './prism.js';
import { replay, type AnyClient } from './replay.js';

export interface ConformanceOptions {
  /** The API's name in redocly.yaml (`kore-ai`), or a spec file path. */
  api: string;
  /**
   * Builds the package's client against the mock. With `credentials: false` it must send no credential
   * at all, so the harness can check that the spec's security is enforced.
   */
  createClient(options: { baseUrl: string; credentials: boolean }): AnyClient;
  /**
   * The package's type test of the corpus (`test/corpus-types.ts`): it must import every file of
   * `specs/<api>/corpus/` and type its body as the response type, so tsc checks each one. The suite fails
   * when a corpus file is missing from it.
   */
  corpusTypeCheck?: URL;
}

function title(operation: Operation): string {
  return `${operation.id} (${operation.method.toUpperCase()} ${operation.path})`;
}

/**
 * Registers the whole conformance suite for one API: example validation, every doc sample replayed through
 * the client against a Prism mock of the spec, the negative cases the spec implies, and generated-code drift.
 * Operations and examples are read from the spec before the suite is collected, so test names are stable.
 */
export async function describeConformance(options: ConformanceOptions): Promise<void> {
  const specPath = specPathOf(options.api);
  const doc: OpenApiDocument = await loadSpec(specPath);
  const operations = listOperations(doc);
  const validatorFor = createValidator();

  describe(`${options.api} conformance`, () => {
    let prism: PrismMock;
    let client: AnyClient;
    let anonymousClient: AnyClient;
    beforeAll(async () => {
      prism = await startPrism(specPath);
      client = options.createClient({ baseUrl: prism.baseUrl, credentials: true });
      anonymousClient = options.createClient({ baseUrl: prism.baseUrl, credentials: false });
    });
    afterAll(async () => {
      await prism?.stop();
    });

    it('declares at least one operation', () => {
      expect(operations.length).toBeGreaterThan(0);
    });

    const corpus = readCorpus(specPath);
    if (corpus.length > 0) {
      describe('real-world corpus (specs/' + options.api + '/corpus)', () => {
        it.each(corpusChecks(corpus, operations).map((check) => [check.entry.file, check] as const))('validates: %s', (_file, check) => {
          if (typeof check.schema === 'string') expect.fail(`${check.entry.path}: ${check.schema}`);
          const validate = validatorFor(check.schema);
          expect(validate(check.entry.body), `${check.entry.path} (${check.entry.source})\n${JSON.stringify(validate.errors, null, 2)}`).toBe(true);
        });
        const typeCheck = options.corpusTypeCheck;
        if (typeCheck) {
          it.each(corpus.map((entry) => [entry.file] as const))('is type-checked against the generated types: %s', (file) => {
            expect(readFileSync(typeCheck, 'utf8'), `${typeCheck.pathname} does not import ${file}`).toContain(`/corpus/${file}'`);
          });
        }
      });
    }

    for (const operation of operations) {
      describe(title(operation), () => {
        const checks = collectExampleChecks(operation);
        it.each(checks.map((check) => [check.where, check] as const))('example validates: %s', (_where, check) => {
          const validate = validatorFor(check.schema);
          expect(validate(check.value), JSON.stringify(validate.errors, null, 2)).toBe(true);
        });

        for (const exchange of collectExchanges(operation)) {
          const { expected } = exchange;
          const label = expected.kind === 'sample' ? `replays sample "${exchange.name}" (${expected.status})` : `replays request example "${exchange.name}"`;
          it(label, async () => {
            const prefer = expected.kind === 'sample' ? `code=${expected.status}, example=${exchange.name}` : `code=${expected.status}`;
            const result = await replay(client, operation, exchange.request, { Prefer: prefer });
            expect(result.status, JSON.stringify(result.body)).toBe(expected.status);
            if (expected.kind === 'sample') {
              expect(result.body).toStrictEqual(expected.body);
            } else if (expected.schema) {
              const validate = validatorFor(expected.schema);
              expect(validate(result.body), JSON.stringify(validate.errors, null, 2)).toBe(true);
            }
          });
        }

        for (const negative of deriveNegativeCases(operation)) {
          it(negative.title, async () => {
            const result = await replay(negative.withoutCredentials ? anonymousClient : client, operation, negative.request as ClientRequest);
            expect(negative.expectStatuses, `got ${result.status}: ${JSON.stringify(result.body)}`).toContain(result.status);
            expect(result.data).toBeUndefined();
            expect(result.error).toBeDefined();
          });
        }
      });
    }
  });
}

/** Fails when the committed generated client code differs from what the API's spec generates now. */
export function describeGeneratedCode(api: string): void {
  describe(`${api} generated code`, () => {
    it('is what the spec generates (no drift)', () => {
      const root = findRepoRoot();
      let output = '';
      try {
        output = execFileSync(process.execPath, [join(root, 'scripts', 'generate.mjs'), '--check', api], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
      } catch (error) {
        const failure = error as { stdout?: string; stderr?: string };
        expect.fail(`${failure.stderr ?? ''}${failure.stdout ?? ''}`);
      }
      expect(output).toContain('up to date');
    });
  });
}
