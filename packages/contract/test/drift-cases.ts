import { deleteAt, setAt } from './helpers/json-pointer.js';
import type { Drift } from './helpers/spec-upstream.js';

/** A fake upstream's departure from the spec, and the one violation it must be reported as. */
export interface DriftCase {
  title: string;
  drift: Drift;
  expected: { operation: string; location: string; pointer: string; message: string };
}

type Kind = 'wrong type' | 'missing required field' | 'undocumented status' | 'wrong content type' | 'extra enum value';

/**
 * Per API, one case of each kind of drift, with exactly what the report must say. `null` marks a kind the
 * spec cannot show in a response (no enum in any response schema), with the reason.
 */
export const DRIFT_CASES: Record<string, Record<Kind, DriftCase | { none: string }>> = {
  'kore-ai': {
    'wrong type': {
      title: 'userCount sent as a string',
      drift: { operation: 'listGroups', mutate: (body) => setAt(body, '/groups/0/userCount', '2') },
      expected: { operation: 'listGroups', location: 'response body', pointer: '/groups/0/userCount', message: 'expected integer, got string "2"' },
    },
    'missing required field': {
      title: 'a member without emailId',
      drift: { operation: 'listGroups', mutate: (body) => deleteAt(body, '/groups/1/users/0/emailId') },
      expected: { operation: 'listGroups', location: 'response body', pointer: '/groups/1/users/0/emailId', message: 'required property is missing' },
    },
    'undocumented status': {
      title: '418 answered',
      drift: { operation: 'listGroups', status: 418 },
      expected: { operation: 'listGroups', location: 'response status', pointer: '', message: 'expected one of 200, 400, 401, 403, 429, got 418 (undocumented status)' },
    },
    'wrong content type': {
      title: 'an HTML page instead of JSON',
      drift: { operation: 'listGroups', contentType: 'text/html; charset=utf-8', raw: '<html>maintenance</html>' },
      expected: { operation: 'listGroups', location: 'response content type', pointer: '', message: 'expected application/json, got text/html' },
    },
    'extra enum value': { none: 'no response schema of the Kore.ai spec has an enum (activationStatus is deliberately open)' },
  },
  kaizala: {
    'wrong type': {
      title: 'hasSubGroups sent as a string',
      drift: { operation: 'getGroup', mutate: (body) => setAt(body, '/groups/0/hasSubGroups', 'true') },
      expected: { operation: 'getGroup', location: 'response body', pointer: '/groups/0/hasSubGroups', message: 'expected boolean, got string "true"' },
    },
    'missing required field': {
      title: 'a group without groupId',
      drift: { operation: 'listGroups', mutate: (body) => deleteAt(body, '/groups/0/groupId') },
      expected: { operation: 'listGroups', location: 'response body', pointer: '/groups/0/groupId', message: 'required property is missing' },
    },
    'undocumented status': {
      title: '500 answered',
      drift: { operation: 'listGroups', status: 500 },
      expected: { operation: 'listGroups', location: 'response status', pointer: '', message: 'expected one of 200, 308, 400, 401, 429, got 500 (undocumented status)' },
    },
    'wrong content type': {
      title: 'plain text instead of JSON',
      drift: { operation: 'getGroup', contentType: 'text/plain', raw: 'OK' },
      expected: { operation: 'getGroup', location: 'response content type', pointer: '', message: 'expected application/json, got text/plain' },
    },
    'extra enum value': { none: 'no response enum of the Kaizala spec is closed (groupType lists Group and ConnectGroup and accepts others): see OPEN_ENUM_CASES' },
  },
  testmo: {
    'wrong type': {
      title: 'a member id sent as a string',
      drift: { operation: 'getGroup', mutate: (body) => setAt(body, '/result/members/1', '2') },
      expected: { operation: 'getGroup', location: 'response body', pointer: '/result/members/1', message: 'expected integer, got string "2"' },
    },
    'missing required field': {
      title: 'a page without next_page',
      drift: { operation: 'listGroups', mutate: (body) => deleteAt(body, '/next_page') },
      expected: { operation: 'listGroups', location: 'response body', pointer: '/next_page', message: 'required property is missing' },
    },
    'undocumented status': {
      title: '500 answered',
      drift: { operation: 'getGroup', status: 500 },
      expected: { operation: 'getGroup', location: 'response status', pointer: '', message: 'expected one of 200, 401, 403, 404, 422, 429, got 500 (undocumented status)' },
    },
    'wrong content type': {
      title: 'an HTML page instead of JSON',
      drift: { operation: 'listGroups', contentType: 'text/html', raw: '<html></html>' },
      expected: { operation: 'listGroups', location: 'response content type', pointer: '', message: 'expected application/json, got text/html' },
    },
    'extra enum value': { none: 'no response schema of the Testmo spec has an enum (per_page is a request enum: see the proxy tests)' },
  },
  passbolt: {
    'wrong type': {
      title: 'servertime sent as a string',
      drift: { operation: 'listGroups', mutate: (body) => setAt(body, '/header/servertime', '1554983137') },
      expected: { operation: 'listGroups', location: 'response body', pointer: '/header/servertime', message: 'expected integer, got string "1554983137"' },
    },
    'missing required field': {
      title: 'a group without name',
      drift: { operation: 'listGroups', mutate: (body) => deleteAt(body, '/body/0/name') },
      expected: { operation: 'listGroups', location: 'response body', pointer: '/body/0/name', message: 'required property is missing' },
    },
    'undocumented status': {
      title: '500 answered',
      drift: { operation: 'listGroups', status: 500 },
      expected: { operation: 'listGroups', location: 'response status', pointer: '', message: 'expected one of 200, 400, 401, 403, got 500 (undocumented status)' },
    },
    'wrong content type': {
      title: 'an HTML login page instead of JSON',
      drift: { operation: 'listGroups', contentType: 'text/html', raw: '<html>login</html>' },
      expected: { operation: 'listGroups', location: 'response content type', pointer: '', message: 'expected application/json, got text/html' },
    },
    'extra enum value': { none: 'no response enum of the passbolt spec is closed (header.status lists success and error and accepts others): see OPEN_ENUM_CASES' },
  },
};

/**
 * Per API, a response value its spec lists no enum entry for, which must NOT be reported: response enums are
 * open (known values listed, any other accepted), so a vendor adding a value does not fail real traffic.
 */
export const OPEN_ENUM_CASES: Record<string, { title: string; drift: Drift }> = {
  'kore-ai': { title: 'an activationStatus other than active', drift: { operation: 'listGroups', mutate: (body) => setAt(body, '/groups/0/users/0/activationStatus', 'locked') } },
  kaizala: { title: 'a groupType other than Group and ConnectGroup', drift: { operation: 'listGroups', mutate: (body) => setAt(body, '/groups/0/groupType', 'Community') } },
  passbolt: { title: 'a header status other than success and error', drift: { operation: 'listGroups', mutate: (body) => setAt(body, '/header/status', 'partial') } },
};
