/** One request and its response, however it was obtained (live replay, HAR entry, proxied call). */
export interface RecordedExchange {
  method: string;
  /** Absolute URL, or a path with its query string. */
  url: string;
  /** Header names lower-cased. */
  requestHeaders: Record<string, string>;
  requestBody?: Buffer;
  status: number;
  responseHeaders: Record<string, string>;
  /** The body as the client reads it (already decompressed). */
  responseBody: Buffer;
  /** "example sampleResponse", "HAR entry 3", "proxy". */
  source: string;
}

/** A request's URL, headers and cookies, read once for every check of the request. */
export interface RequestParts {
  url: URL;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  cookies: Map<string, string>;
}
