// Starts the lint worker thread (dist/lint-worker.js). A module of its own: the server's launcher (launch.ts) starts
// the worker before it loads the server, so that the thread's start and the engine's load overlap the server's own.
import { Worker } from 'node:worker_threads';
import { workerEntry } from '../core/worker-entry';
import type { WorkerData } from './lint-protocol';

/**
 * The worker's young generation (V8's default is 48 MB: two 16 MB semi-spaces and as much for large objects). An edit's
 * check of a 200k report allocates about 50 MB of short-lived objects — the parse, the figures, the findings — while
 * the report's model stays alive throughout: with the default every check ran three scavenges, each copying that model
 * again. Twice as large: half the scavenges and about half the collector's time per edit (17 → 9–12 ms at 200k), for
 * about 30 MB more peak resident memory (two 32 MB semi-spaces instead of two 16 MB ones; 192 MB cut the collector's
 * time to a third but cost 100 MB).
 */
export const lintWorkerResourceLimits = { maxYoungGenerationSizeMb: 96 };

/** A lint worker and what it was started with (a replacement is started the same way). */
export interface StartedLintWorker {
  worker: Worker;
  data: WorkerData;
}

export function startLintWorker(data: WorkerData): StartedLintWorker {
  const entry = workerEntry(__dirname, 'lint-worker');
  // Over stdio the server's stdout is the protocol: whatever a worker prints there is dropped.
  const worker = new Worker(entry.file, {
    workerData: data, execArgv: entry.execArgv, stdout: true, resourceLimits: lintWorkerResourceLimits,
  });
  worker.stdout.resume();
  worker.unref();
  return { worker, data };
}
