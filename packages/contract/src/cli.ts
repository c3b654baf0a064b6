#!/usr/bin/env node
import { runCli } from './run-cli.js';

const status = await runCli(process.argv.slice(2));
process.exitCode = status;
// Let stdout drain, but do not wait on idle keep-alive sockets to the upstream.
setTimeout(() => process.exit(status), 1_000).unref();
