export { describeConformance, describeGeneratedCode, type ConformanceOptions } from './describe-conformance.js';
export { collectExchanges, requestFor, successResponse, type ClientRequest, type Exchange } from './exchanges.js';
export { collectExampleChecks, createValidator, type ExampleCheck } from './example-validation.js';
export { loadSpec } from './load-spec.js';
export { deriveNegativeCases, invalidValues, type NegativeCase } from './negative-cases.js';
export { listOperations, type OpenApiDocument, type Operation } from './openapi.js';
export { startPrism, type PrismMock } from './prism.js';
export { replay, type AnyClient, type ReplayResult } from './replay.js';
export { findRepoRoot, specPathOf } from './repo.js';
