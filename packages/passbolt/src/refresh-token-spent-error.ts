import { AuthenticationError, GroupApiError, type Redactor } from '@group-apis/core';

/**
 * A renewal sent the refresh token and did not hand back a new one: passbolt refused it (400), failed (5xx),
 * redirected, timed out, dropped the connection or answered something unreadable. passbolt marks a refresh token
 * used as soon as it accepts it, and takes one sent twice for a stolen one, so this client never sends it again:
 * log in again. An `AuthenticationError`, so code that already handles "log in again" handles this too; `cause`
 * is the failure, `status` and `headers` are its response's when there was one.
 */
export class RefreshTokenSpentError extends AuthenticationError<undefined> {
  constructor(url: string, failure: unknown, redactor: Redactor) {
    const response = failure instanceof GroupApiError ? failure : undefined;
    const reason = failure instanceof Error ? `${failure.name}: ${failure.message}` : 'an unknown failure';
    super(
      { method: 'POST', url, status: response?.status, headers: response?.headers, requestId: response?.requestId, attempts: response?.attempts, cause: failure, redactor },
      `the refresh token was spent by a renewal that failed (${reason}); it is never sent again: log in again, or give the client a \`login\``,
    );
  }
}
