import { startKaizalaFake } from '@group-apis/kaizala/fake';
import { startKoreAiFake } from '@group-apis/kore-ai/fake';
import { startPassboltFake } from '@group-apis/passbolt/fake';
import { startTestmoFake } from '@group-apis/testmo/fake';

/** Options every fake takes from the command line. */
export interface StartOptions {
  readonly seed?: number;
  /** Default `127.0.0.1`. */
  readonly host?: string;
  /** Default 0: a free port. */
  readonly port?: number;
  /** How many groups to generate. */
  readonly groups?: number;
  /** Keep every exchange in memory (default true; the command turns it off). */
  readonly record?: boolean;
  /** `'virtual'`: expiry and rate limits move only on `POST /__fake/clock`. Default `'real'`. */
  readonly clock?: 'real' | 'virtual';
  /** Serve `/__fake/fail`, `/__fake/clock`, `/__fake/state` and the vendor's actions (the command turns it on). */
  readonly control?: boolean;
}

/** A running fake as the command reports it: where, what a client needs to authenticate, how to stop. */
export interface StartedFake {
  readonly api: ApiName;
  readonly url: string;
  /** What a client of this API needs, in the vendor's own names. */
  readonly credentials: Readonly<Record<string, string>>;
  close(): Promise<void>;
}

export const API_NAMES = ['kore-ai', 'kaizala', 'testmo', 'passbolt'] as const;
export type ApiName = (typeof API_NAMES)[number];

export function isApiName(name: string): name is ApiName {
  return (API_NAMES as readonly string[]).includes(name);
}

/** Starts the fake of one API with the command's options. */
export async function startFake(api: ApiName, options: StartOptions = {}): Promise<StartedFake> {
  switch (api) {
    case 'kore-ai': {
      const fake = await startKoreAiFake(options);
      return { api, url: fake.url, credentials: { ...fake.credentials }, close: fake.close };
    }
    case 'kaizala': {
      const fake = await startKaizalaFake(options);
      return { api, url: fake.url, credentials: { ...fake.credentials }, close: fake.close };
    }
    case 'testmo': {
      const fake = await startTestmoFake(options);
      return { api, url: fake.url, credentials: { token: fake.token }, close: fake.close };
    }
    case 'passbolt': {
      const fake = await startPassboltFake(options);
      const { userId, accessToken, refreshToken } = fake.login();
      return { api, url: fake.url, credentials: { userId, accessToken, refreshToken }, close: fake.close };
    }
  }
}
