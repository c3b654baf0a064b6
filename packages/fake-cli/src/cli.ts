#!/usr/bin/env node
import { runFakeCommand } from './command.js';

const started = await runFakeCommand(process.argv.slice(2), {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
});
if (typeof started === 'number') {
  process.exitCode = started;
} else {
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void started.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
