// The `@group-apis/core/errors` entry point: what every client re-exports, so its callers need no second import.
export { unwrap, resultError } from './unwrap.js';
export {
  GroupApiError,
  BadRequestError,
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  ConflictError,
  UnprocessableEntityError,
  RateLimitedError,
  ServerError,
  ConnectionError,
  TimeoutError,
  InvalidResponseError,
  ResponseTooLargeError,
} from './errors.js';
