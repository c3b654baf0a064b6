import type { Contract } from '../../src/contract.js';

/**
 * Request headers with made-up credentials (`value`) for the first security requirement of each of the
 * spec's operations, as `--header` would pass them: what the real API would need, with a fake secret.
 */
export function testCredentials(contract: Contract, value: string): Record<string, string> {
  const headers: Record<string, string> = {};
  const cookies: string[] = [];
  const schemes = contract.doc.components?.securitySchemes ?? {};
  for (const operation of contract.operations) {
    for (const name of Object.keys(operation.security[0] ?? {})) {
      const scheme = schemes[name];
      if (scheme?.type === 'apiKey' && scheme.in === 'header') headers[scheme.name!.toLowerCase()] = value;
      else if (scheme?.type === 'apiKey' && scheme.in === 'cookie') cookies.push(`${scheme.name}=${value}`);
      else if (scheme?.type === 'http' && scheme.scheme?.toLowerCase() === 'basic') headers.authorization = `Basic ${Buffer.from(`user:${value}`).toString('base64')}`;
      else if (scheme?.type === 'http') headers.authorization = `Bearer ${value}`;
      else throw new Error(`test credentials: scheme ${name} (${scheme?.type}) is not supported here`);
    }
  }
  if (cookies.length > 0) headers.cookie = [...new Set(cookies)].join('; ');
  return headers;
}
