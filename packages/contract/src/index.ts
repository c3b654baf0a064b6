// The contract checks. The spec loading and validation they stand on live in @group-apis/spec; the names
// this package exported before are re-exported so its users keep working.
export { UsageError } from './errors.js';
export {
  HTTP_METHODS,
  SAFE_METHODS,
  isJsonMediaType,
  listOperations,
  operationLabel,
  type Example,
  type HttpMethod,
  type JsonSchema,
  type MediaTypeObject,
  type OpenApiDocument,
  type Operation,
  type OperationObject,
  type ParameterObject,
  type ResponseObject,
} from '@group-apis/spec';
export { loadSpec } from '@group-apis/spec';
export { createValidator, type ValidatorFor, type ValidatorOptions } from '@group-apis/spec';
export { findRepoRoot, readApis as readApiEntries, specPathOf, type ApiEntry } from '@group-apis/spec';
export { resolveSpec, type ResolvedSpec } from './resolve-spec.js';
export { createPathMatcher, serverBasePath, type MatchResult, type PathMatch, type PathMatcher } from './path-matcher.js';
export { describeAjvError, describeAjvErrors, type Finding } from './describe-error.js';
export { createContract, loadContract, type Contract, type ContractOptions } from './contract.js';
export type { RecordedExchange } from './recorded-exchange.js';
export type { ExchangeResult, SpecLocation, Violation, ViolationKind } from './violation.js';
export { exampleRequests, requestFor, type ExampleRequest } from './example-requests.js';
export { verifyLive, type LiveOptions } from './live.js';
export { readHarEntries, verifyHar, verifyNdjson, type HarOptions } from './har.js';
export type { HarEntry } from './traffic/har-reader.js';
export type { NdjsonExchange } from './traffic/ndjson-reader.js';
export { DEFAULT_MAX_RESPONSE_BYTES, ResponseTooLargeError } from './size-limit.js';
export { createSpecLocator, type SpecLocator } from './spec-locator.js';
export { curlCommand } from './report/reproduce.js';
export { startProxy, startProxyServer, type ProxyOptions, type ProxyRoute, type ProxyServerOptions, type RunningProxy } from './proxy-server.js';
export { combinedVerdict, ReportBuilder, verdict, type ContractReport, type ExchangeRef, type Finding as ReportFinding, type OperationSummary } from './report/report.js';
export { formatContractReport, formatContractText, type ReportFormat } from './report/format-contract.js';
export { diffSpecs } from './diff/diff-specs.js';
export { diffRepository, undeclaredBreaking, type ApiDiff, type DiffOptions, type DiffReport, type ReportedChange } from './diff/diff-repository.js';
export type { ChangeLevel, SpecChange } from './diff/change.js';
export { RULES, type RuleId } from './diff/rules.js';
export { parseAcceptedChanges, type AcceptedChange } from './diff/accepted.js';
export { diffVerdict, formatDiffReport } from './report/format-diff.js';
export { collectHeaders } from './credential-headers.js';
export { runCli, type CliIo } from './run-cli.js';
