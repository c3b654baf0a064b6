import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';

export interface PrismMock {
  /** http://127.0.0.1:<port>, the spec's paths directly under it (Prism drops the servers' base path). */
  baseUrl: string;
  stop(): Promise<void>;
}

const require = createRequire(import.meta.url);
const prismBin = join(dirname(require.resolve('@stoplight/prism-cli/package.json')), 'dist', 'index.js');
const LISTENING = /Prism is listening on (http:\/\/127\.0\.0\.1:\d+)/;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

function launch(specPath: string, port: number, timeoutMs: number): Promise<PrismMock> {
  const child = spawn(process.execPath, [prismBin, 'mock', specPath, '--host', '127.0.0.1', '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const fail = (reason: string) => {
      clearTimeout(timer);
      void stopProcess(child).then(() => reject(new Error(`Prism did not start for ${specPath}: ${reason}\n${output.slice(-2000)}`)));
    };
    const timer = setTimeout(() => fail(`not listening after ${timeoutMs} ms`), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = LISTENING.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stderr?.off('data', onData);
      // Keep draining so a chatty Prism never blocks on a full pipe.
      child.stdout?.resume();
      child.stderr?.resume();
      child.off('exit', onExit);
      resolve({ baseUrl: match[1]!, stop: () => stopProcess(child) });
    };
    const onExit = (code: number | null) => fail(`exited with code ${code}`);
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', onExit);
  });
}

/** Starts `prism mock` for a spec on 127.0.0.1 on a free port and resolves once it listens. */
export async function startPrism(specPath: string, { timeoutMs = 45_000, attempts = 3 } = {}): Promise<PrismMock> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await launch(specPath, await freePort(), timeoutMs);
    } catch (error) {
      // Another process can take the port between freePort() and Prism's bind; try a new one.
      lastError = error;
    }
  }
  throw lastError;
}
