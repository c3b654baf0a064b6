import { describe, expect, it } from 'vitest';
import { curlCommand } from '../src/report/reproduce.js';
import type { RecordedExchange } from '../src/recorded-exchange.js';

const exchange = (overrides: Partial<RecordedExchange>): RecordedExchange => ({
  method: 'POST',
  url: 'https://user:pass@passbolt.local/auth/jwt/refresh.json?api-version=v2&token=QUERY-SECRET',
  requestHeaders: {},
  status: 200,
  responseHeaders: {},
  responseBody: Buffer.alloc(0),
  source: 'test',
  ...overrides,
});

describe('curl reproduction lines', () => {
  it('redacts credentials in headers, cookies, user info, query and JSON bodies, keeping the Authorization scheme', () => {
    const command = curlCommand(
      exchange({
        requestHeaders: { authorization: 'Bearer HEADER-SECRET', cookie: 'passbolt_session=COOKIE-SECRET', 'x-tenant': 't-1', 'content-type': 'application/json', host: 'passbolt.local', 'content-length': '40' },
        requestBody: Buffer.from(JSON.stringify({ user_id: 'u-1', refresh_token: 'BODY-SECRET' })),
      }),
    );
    expect(command).toBe(
      "curl -X POST 'https://passbolt.local/auth/jwt/refresh.json?api-version=v2&token=%5Bredacted%5D' -H 'authorization: Bearer [redacted]' -H 'cookie: [redacted]' -H 'x-tenant: t-1' -H 'content-type: application/json' --data-raw '{\"user_id\":\"u-1\",\"refresh_token\":\"[redacted]\"}'",
    );
  });

  it('redacts form fields named like credentials, and leaves out text it cannot search', () => {
    const form = curlCommand(exchange({ requestHeaders: { 'content-type': 'application/x-www-form-urlencoded' }, requestBody: Buffer.from('username=ada&password=FORM-SECRET') }));
    expect(form).toContain("--data-raw 'username=ada&password=%5Bredacted%5D'");
    const text = curlCommand(exchange({ requestHeaders: { 'content-type': 'text/plain' }, requestBody: Buffer.from('TEXT-SECRET') }));
    expect(text).toContain('--data-binary @request-body  # the recorded text/plain body, 11 bytes, is not shown');
    for (const command of [form, text]) expect(command).not.toMatch(/SECRET/);
  });

  it("quotes for the shell: a single quote in a value cannot end the argument", () => {
    const command = curlCommand(exchange({ method: 'GET', url: 'https://api.local/groups', requestHeaders: { 'x-note': "it's" } }));
    expect(command).toBe("curl -X GET 'https://api.local/groups' -H 'x-note: it'\\''s'");
  });
});
