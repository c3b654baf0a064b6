// Starts fixture-server.mjs in a child process and hands back its origin and a stop function.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('./fixture-server.mjs', import.meta.url));

/**
 * @returns {Promise<{ origin: string, stop: () => Promise<void> }>}
 */
export function startFixtureServer() {
  const child = spawn(process.execPath, [script], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (/** @type {Buffer} */ chunk) => {
      output += chunk.toString('utf8');
      const match = /listening (\d+)/.exec(output);
      if (!match) return;
      child.stdout.off('data', onData);
      resolve({
        origin: `http://127.0.0.1:${match[1]}`,
        stop: async () => {
          child.kill('SIGTERM');
          await exited;
        },
      });
    };
    child.stdout.on('data', onData);
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`fixture server exited with ${code} before listening: ${output}`)));
  });
}
