import type { FakeClock } from './clock.js';
import type { Fault, FaultInjector } from './faults.js';
import type { FakeReply, FakeRequest } from './server.js';

/** What `/__fake/...` can reach, for tests that drive a fake over HTTP (the command, other languages). */
export interface FakeControl {
  readonly faults: FaultInjector;
  readonly clock: FakeClock;
  /** The state as JSON can show it. */
  readonly state: () => unknown;
  /** Vendor actions: `POST /__fake/<name>` answers what the action returns (Kaizala's `move-endpoint`, passbolt's `login`). */
  readonly actions?: Readonly<Record<string, () => unknown>>;
}

export const CONTROL_PREFIX = '/__fake/';

function jsonBody(request: FakeRequest): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(request.body.toString('utf8') || '{}');
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const problem = (message: string): FakeReply => ({ status: 400, body: { error: message } });

/** Maps become objects, so `GET /__fake/state` shows tokens and sessions too. */
function replacer(_key: string, value: unknown): unknown {
  return value instanceof Map ? Object.fromEntries(value) : value;
}

/**
 * `POST /__fake/fail` `{ "count": 2, "fault": { "status": 503 } | "reset" | "stall" }`,
 * `POST /__fake/clock` `{ "advanceMs": 60000 }` (virtual clock only), `GET /__fake/state`, and `POST /__fake/<action>`.
 */
export function answerControl(request: FakeRequest, control: FakeControl): FakeReply {
  const path = request.url.pathname.slice(CONTROL_PREFIX.length);
  if (path === 'state' && request.method === 'GET') return { status: 200, text: JSON.stringify(control.state(), replacer), headers: { 'content-type': 'application/json' } };
  const body = request.method === 'POST' ? jsonBody(request) : undefined;
  if (path === 'fail' && body) {
    try {
      control.faults.next(typeof body.count === 'number' ? body.count : 1, body.fault as Fault);
    } catch (error) {
      return problem((error as Error).message);
    }
    return { status: 200, body: { pending: control.faults.pending } };
  }
  if (path === 'clock' && body) {
    if (!control.clock.virtual) return problem('the fake runs on the real clock: start it with a virtual clock (--clock virtual)');
    try {
      control.clock.advance(body.advanceMs as number);
    } catch (error) {
      return problem((error as Error).message);
    }
    return { status: 200, body: { now: control.clock.now() } };
  }
  const action = request.method === 'POST' ? control.actions?.[path] : undefined;
  if (action && Object.hasOwn(control.actions ?? {}, path)) return { status: 200, body: action() ?? {} };
  return { status: 404, body: { error: `no control ${request.method} ${request.url.pathname}: POST /__fake/fail, POST /__fake/clock, GET /__fake/state` } };
}
