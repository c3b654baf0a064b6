export { describeConformance, describeGeneratedCode, type ConformanceOptions } from './describe-conformance.js';
export { corpusChecks, corpusDirOf, readCorpus, type CorpusCheck, type CorpusEntry } from './corpus.js';
export { collectExchanges, requestFor, successResponse, type ClientRequest, type Exchange } from './exchanges.js';
export { collectExampleChecks, type ExampleCheck } from './example-validation.js';
export { deriveNegativeCases, invalidValues, type NegativeCase } from './negative-cases.js';
export { startPrism, type PrismMock } from './prism.js';
export { checkFakeTraffic, type FakeTrafficOptions, type FakeTrafficReport } from './fake-traffic.js';
export { replay, type AnyClient, type ReplayResult } from './replay.js';
export { REDIRECT_STATUSES, expectNoSecretIn, fourWays, otherOrigin, type OtherOrigin } from './hostile.js';
