import { existsSync } from 'node:fs';
import { loadContract, type Contract } from '../../src/contract.js';
import { serverBasePath } from '../../src/path-matcher.js';
import { findRepoRoot, readApis, type ApiEntry, type Operation } from '@group-apis/spec';
import { startFakeUpstream, type FakeReply, type FakeUpstream } from './fake-upstream.js';

/** A way a fake upstream departs from the spec, for one operation. */
export interface Drift {
  operation: string;
  status?: number;
  contentType?: string;
  headers?: Record<string, string>;
  /** Changes the operation's example response body in place. */
  mutate?: (body: unknown) => void;
  /** Replaces the body by raw text. */
  raw?: string;
}

/** The APIs redocly.yaml lists whose spec exists (others are still being written). */
export function apisWithSpecs(): ApiEntry[] {
  return readApis(findRepoRoot()).filter((entry) => existsSync(entry.spec));
}

/** The operation's first 2xx response example, as the fake upstream's answer. */
export function successExample(operation: Operation): { status: number; body: unknown } {
  for (const [status, response] of Object.entries(operation.object.responses ?? {})) {
    if (!/^2\d\d$/.test(status)) continue;
    for (const media of Object.values(response.content ?? {})) {
      const example = Object.values(media.examples ?? {})[0]?.value ?? media.example;
      if (example !== undefined) return { status: Number(status), body: structuredClone(example) };
    }
    return { status: Number(status), body: undefined };
  }
  throw new Error(`${operation.id} has no 2xx response`);
}

export interface SpecUpstream extends FakeUpstream {
  contract: Contract;
  /** The URL to pass as --base-url: the fake's origin plus the spec's server base path. */
  baseUrl: string;
}

/** A fake upstream that answers every operation of the spec with its example, except where `drift` says. */
export async function startSpecUpstream(api: ApiEntry, drift?: Drift, loaded?: Contract): Promise<SpecUpstream> {
  const contract = loaded ?? (await loadContract(api.name, api.spec));
  const basePath = contract.doc.servers?.[0] ? serverBasePath(contract.doc.servers[0]) : '';
  const fake = await startFakeUpstream((request): FakeReply => {
    const found = contract.match(request.method, new URL(request.url, 'http://fake.invalid').pathname);
    if (found.kind !== 'matched') return { status: 404, body: { message: 'fake upstream: unknown path' } };
    const operation = found.match.operation;
    const example = successExample(operation);
    if (!drift || drift.operation !== operation.id) return { status: example.status, body: example.body };
    drift.mutate?.(example.body);
    return { status: drift.status ?? example.status, contentType: drift.contentType, headers: drift.headers, body: example.body, raw: drift.raw };
  });
  return { ...fake, contract, baseUrl: `${fake.url}${basePath}` };
}
