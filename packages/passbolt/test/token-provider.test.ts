import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPassboltClient, unwrap } from '../src/index.js';
import { FIVE_MINUTES_MS, USER_ID, accessTokenFor, fakePassbolt } from './support/fake-passbolt.js';

const START = new Date('2025-01-01T00:00:00Z').getTime();

/** A token provider backed by the fake server's logins, counting how often it is asked. */
function provider(passbolt: Awaited<ReturnType<typeof fakePassbolt>>) {
  const handedOut: string[] = [];
  const getAccessToken = async () => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    const token = accessTokenFor(USER_ID, Date.now() + FIVE_MINUTES_MS, handedOut.length + 1);
    passbolt.accessTokens.add(token);
    handedOut.push(token);
    return token;
  };
  return { getAccessToken, handedOut };
}

describe('passbolt with your own token provider', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('asks for a token when it has none and keeps using it, as a Bearer token', async () => {
    const passbolt = await fakePassbolt();
    const { getAccessToken, handedOut } = provider(passbolt);
    const client = createPassboltClient({ baseUrl: passbolt.origin, getAccessToken });
    expect(handedOut).toHaveLength(0);

    await unwrap(client.GET('/groups.json'));
    await unwrap(client.GET('/groups.json'));

    expect(handedOut).toHaveLength(1);
    expect(passbolt.bearers()).toEqual([`Bearer ${handedOut[0]}`, `Bearer ${handedOut[0]}`]);
  });

  it('asks again shortly before the token expires', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(START);
    const passbolt = await fakePassbolt();
    const { getAccessToken, handedOut } = provider(passbolt);
    const client = createPassboltClient({ baseUrl: passbolt.origin, getAccessToken });

    await unwrap(client.GET('/groups.json'));
    vi.setSystemTime(START + FIVE_MINUTES_MS - 30_000);
    await unwrap(client.GET('/groups.json'));

    expect(passbolt.bearers()).toEqual([`Bearer ${handedOut[0]}`, `Bearer ${handedOut[1]}`]);
  });

  it('asks once more after a 401, once for ten concurrent calls', async () => {
    const passbolt = await fakePassbolt();
    const { getAccessToken, handedOut } = provider(passbolt);
    const client = createPassboltClient({ baseUrl: passbolt.origin, getAccessToken });
    await unwrap(client.GET('/groups.json'));
    passbolt.accessTokens.delete(handedOut[0] as string);

    await Promise.all(Array.from({ length: 10 }, () => unwrap(client.GET('/groups.json'))));

    expect(handedOut).toHaveLength(2);
    expect(passbolt.bearers().filter((bearer) => bearer === `Bearer ${handedOut[1]}`)).toHaveLength(10);
  });

  it('rejects the call with the provider\'s own error', async () => {
    const passbolt = await fakePassbolt();
    const client = createPassboltClient({ baseUrl: passbolt.origin, getAccessToken: () => Promise.reject(new Error('vault sealed')) });

    await expect(client.GET('/groups.json')).rejects.toThrow('vault sealed');
    expect(passbolt.requests).toHaveLength(0);
  });
});
