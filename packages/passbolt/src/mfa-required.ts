import type { components } from './generated/schema.js';

type ErrorBody = components['schemas']['ErrorResponse']['body'];
type MfaRequired = components['schemas']['MfaRequired'];

/**
 * Whether an error envelope's `body` is the one passbolt sends with a 403 while a multi-factor step is
 * pending (`{ mfa_providers, providers }`): then a new token would not help, the user must verify first.
 */
export function isMfaRequired(body: ErrorBody | undefined): body is MfaRequired {
  return typeof body === 'object' && body !== null && Array.isArray((body as { mfa_providers?: unknown }).mfa_providers);
}
