// A kit for fakes of HTTP services in tests: node-only, never imported by the client entry points.
export { clockOf, realClock, virtualClock, type ClockOption, type FakeClock } from './clock.js';
export { faultQueue, type Fault, type FaultInjector, type FaultQueue } from './faults.js';
export { seededRandom, type SeededRandom } from './random.js';
export { rateLimitFor, retryAfterSeconds, serverRateLimit, type LimitDecision, type PublishedLimit, type ServerRateLimit } from './rate-limit.js';
export { startFakeServer, type FakeExchange, type FakeReply, type FakeRequest, type FakeServerOptions, type RunningFakeServer } from './server.js';
export { decodeJwtParts, signHs256, verifyHs256 } from './jwt.js';
export type { FakeOptions, FakeHandle } from './fake.js';
export { FIRST_NAMES, LAST_NAMES, REGIONS, TEAM_NAMES, teamName } from './names.js';
export { answerControl, CONTROL_PREFIX, type FakeControl } from './control.js';
