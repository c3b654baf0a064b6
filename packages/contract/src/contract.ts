import { createValidators, type Validators } from './check-context.js';
import { listOperations, loadSpec, type OpenApiDocument, type Operation } from '@group-apis/spec';
import { createPathMatcher, type PathMatcher } from './path-matcher.js';
import { redactParsedPathAndQuery } from './redact.js';
import type { RecordedExchange } from './recorded-exchange.js';
import { checkRequest } from './request-check.js';
import { secretParameters, type SecretParameterTest } from './secret-parameters.js';
import { checkResponse } from './response-check.js';
import { curlCommand } from './report/reproduce.js';
import type { FindingDetails } from './report/report.js';
import { createSpecLocator } from './spec-locator.js';
import type { ExchangeResult } from './violation.js';

export interface Contract {
  /** The API's name ("kore-ai"). */
  name: string;
  /** The spec file, as reports name it. */
  specPath: string;
  doc: OpenApiDocument;
  operations: Operation[];
  match: PathMatcher;
  validators: Validators;
  /** Whether a parameter's values are credentials (named like one, or sent by an apiKey scheme): never reported. */
  isSecretParameter: SecretParameterTest;
  /** Checks one exchange: which operation it is, then its request and response against that operation. */
  check(exchange: RecordedExchange): ExchangeResult;
  /**
   * What a report adds to a violation of `exchange` the first time it is seen: the spec's file:line of the
   * broken rule and a curl command (credentials redacted). `absoluteUrl` turns a recorded path into a URL;
   * `secretHeaders` are header names given as credentials (`--header`), lower-cased.
   */
  details(exchange: RecordedExchange, options?: { absoluteUrl?: (url: string) => string; secretHeaders?: ReadonlySet<string> }): FindingDetails;
}

export interface ContractOptions {
  /** Base paths that may precede the spec's paths in request URLs (an upstream's path, `/api/public`). */
  basePaths?: string[];
  /** How reports name the spec file (default: its path). */
  displayPath?: string;
  /** The directory file:line locations are shown relative to (default: the process's). */
  cwd?: string;
}

function requestLine(method: string, url: URL, isSecretParameter: SecretParameterTest): string {
  return `${method.toUpperCase()} ${redactParsedPathAndQuery(url, (key) => isSecretParameter('query', key))}`;
}

/** Builds the checker for one spec from its already loaded, dereferenced document. */
export function createContract(name: string, specPath: string, doc: OpenApiDocument, options: ContractOptions = {}): Contract {
  const operations = listOperations(doc);
  const match = createPathMatcher(doc, operations, options.basePaths);
  const validators = createValidators();
  const isSecretParameter = secretParameters(doc);
  const requestContext = { validators, securitySchemes: doc.components?.securitySchemes ?? {}, isSecretParameter, pathParameters: (path: string) => doc.paths?.[path]?.parameters };
  const locate = createSpecLocator(specPath, options.cwd);
  return {
    name,
    specPath: options.displayPath ?? specPath,
    doc,
    operations,
    match,
    validators,
    isSecretParameter,
    check(exchange) {
      const url = new URL(exchange.url, 'http://request.invalid');
      const base = { request: requestLine(exchange.method, url, isSecretParameter), status: exchange.status, source: exchange.source };
      const found = match(exchange.method, url.pathname);
      if (found.kind !== 'matched') {
        const message =
          found.kind === 'wrong-method'
            ? `expected ${found.allowed.join(' or ')} for this path, got ${exchange.method.toUpperCase()} (undocumented operation)`
            : `no path in the spec matches ${url.pathname} (undocumented operation)`;
        return { ...base, violations: [{ kind: 'operation', location: 'request', pointer: '', message }] };
      }
      const { operation, pathParams } = found.match;
      return {
        ...base,
        operation: { id: operation.id, method: operation.method.toUpperCase(), path: operation.path },
        violations: [...checkRequest(requestContext, operation, url, pathParams, exchange), ...checkResponse(validators, operation, exchange)],
      };
    },
    details(exchange, { absoluteUrl, secretHeaders } = {}) {
      return {
        spec: (violation) => (violation.schemaPath === undefined ? undefined : locate(violation.schemaPath)),
        reproduce: () =>
          curlCommand(exchange, {
            absoluteUrl,
            isSecretHeader: (name) => isSecretParameter('header', name) || (secretHeaders?.has(name) ?? false),
            isSecretQuery: (name) => isSecretParameter('query', name),
          }),
      };
    },
  };
}

/** Loads a spec (bundled and dereferenced) and builds its checker. */
export async function loadContract(name: string, specPath: string, options: ContractOptions = {}): Promise<Contract> {
  return createContract(name, specPath, await loadSpec(specPath), options);
}
