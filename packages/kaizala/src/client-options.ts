import type { ClientOptions, RateLimitOptions } from '@group-apis/core';
import type { ConnectorCredentials } from './token-service.js';

/** A ready access token and the endpoint URL the exchange returned with it; used until it is rejected. */
export interface KaizalaAccessTokenAuth {
  /** The `endpointUrl` the token exchange returned, e.g. `https://inc-001.KaizalaMessaging.osi.office.net`. */
  readonly endpointUrl: string;
  /** Sent in the `accessToken` header (valid 24 hours). */
  readonly accessToken: string;
  readonly applicationId?: never;
  readonly applicationSecret?: never;
  readonly refreshToken?: never;
  readonly tokenServiceUrl?: never;
}

/** Connector credentials: the client calls the token exchange itself, when first needed and again before expiry. */
export interface KaizalaConnectorAuth extends ConnectorCredentials {
  /** The token service root; default `https://api.kaiza.la/v1`. */
  readonly tokenServiceUrl?: string;
  readonly endpointUrl?: never;
  readonly accessToken?: never;
}

export type KaizalaAuth = KaizalaAccessTokenAuth | KaizalaConnectorAuth;

export type KaizalaClientOptions = KaizalaAuth &
  Omit<ClientOptions, 'baseUrl' | 'auth' | 'querySerializer' | 'bodySerializer'> & {
    /** Replaces the endpoint URL as the base URL, for proxies and tests. */
    readonly baseUrl?: string;
  };

/** "100 calls per min per connector" (Kaizala API Documentation); the 300/min per tenant spans connectors. */
export const KAIZALA_RATE_LIMIT: RateLimitOptions = { maxRequests: 100, intervalMs: 60_000 };

/** Kaizala suggests clients wait up to one minute for a response. */
export const KAIZALA_TIMEOUT_MS = 60_000;

/** The connector secret travels in a header of its own name; redact it wherever it could show. */
export const KAIZALA_SECRET_NAMES: readonly string[] = ['applicationSecret'];
