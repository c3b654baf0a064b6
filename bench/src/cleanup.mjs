// What must not outlive the bench when it is stopped (Ctrl-C, a test's timeout): child processes and
// temporary copies. Normal exits clean up where the work is done; this covers SIGINT and SIGTERM.

/** @type {Record<'processes' | 'files', Set<() => void>>} */
const pending = { processes: new Set(), files: new Set() };
let installed = false;

function install() {
  installed = true;
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
    process.once(signal, () => {
      runAll(pending.processes);
      // Let the stopped children finish writing before their folders are removed.
      if (pending.files.size > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1_500);
      runAll(pending.files);
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }
}

/**
 * @param {Set<() => void>} cleanups
 */
function runAll(cleanups) {
  for (const cleanup of cleanups) {
    try {
      cleanup();
    } catch {
      // Best effort: the next cleanup still runs.
    }
  }
}

/**
 * Registers a synchronous cleanup for an interrupted run; call the returned function once the resource is
 * gone. Processes are stopped before files are removed.
 * @param {'processes' | 'files'} kind
 * @param {() => void} cleanup
 * @returns {() => void}
 */
export function onInterrupt(kind, cleanup) {
  if (!installed) install();
  pending[kind].add(cleanup);
  return () => pending[kind].delete(cleanup);
}
