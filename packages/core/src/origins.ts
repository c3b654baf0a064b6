/**
 * Which origins may receive credentials. A credential belongs to the origin of the base URL that is resolved
 * for the attempt (the configured URL, or the one a `BaseUrlSource` resolves from the vendor's own auth answer,
 * such as Kaizala's `endpointUrl`) and to the origins the caller listed in `trustedOrigins`. Nothing else: a
 * `Location` header is written by whoever answered, and is never a reason to trust a host.
 */
export class OriginPolicy {
  readonly #listed: ReadonlySet<string>;

  constructor(trustedOrigins: readonly string[] = []) {
    this.#listed = new Set(trustedOrigins.map(originOfOption));
  }

  /** Whether `url` may receive credentials while the client's base URL is `base`. */
  trusts(url: URL, base: string | undefined): boolean {
    const origin = url.origin;
    if (origin === 'null') return false;
    return this.#listed.has(origin) || (base !== undefined && originOf(base) === origin);
  }
}

/** The origin of a URL string; 'null' for one that does not parse. */
export function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return 'null';
  }
}

/** https to http: whatever the hosts, such a hop never carries a credential (it would travel in clear text). */
export function isDowngrade(from: URL, to: URL): boolean {
  return from.protocol === 'https:' && to.protocol !== 'https:';
}

function originOfOption(value: string): string {
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (!url || !/^https?:$/.test(url.protocol) || url.username || url.password) {
    throw new TypeError('trustedOrigins: every entry must be an http(s) origin such as https://api.example.com, without user info');
  }
  return url.origin;
}
