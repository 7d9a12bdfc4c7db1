// `check` over many files in N threads (--jobs N, default one per core): this thread and N−1 worker threads take the
// files as they free up, and the outcomes are delivered in input order. This thread starts at once, while the workers
// load the engine. Only a few outcomes wait for a slow file ahead of them: no file is taken more than `window` places
// beyond the next one to deliver.
import type { Worker } from 'node:worker_threads';
import { workerEntry } from '../core/worker-entry';
import { type CheckSettings, emptyCounts, type FileOutcome } from './check-file';

/** Whether this process started check workers: its own code then ran only part of a batch (see cli/launch.ts). */
export const pool = { started: false };

export async function checkInThreads(
  paths: readonly string[], settings: CheckSettings, jobs: number,
  checkHere: (path: string) => FileOutcome, deliver: (outcome: FileOutcome, index: number) => void,
): Promise<void> {
  if (!paths.length) return;
  // Loaded here: `check` of one file never starts a worker, and its start-up is measured against a bare `node -e 0`.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Worker } = require('node:worker_threads') as typeof import('node:worker_threads');
  const entry = workerEntry(__dirname, 'check-worker');
  const window = jobs * 4;
  const done = new Map<number, FileOutcome>();
  const idle: Worker[] = [];
  const busy = new Map<Worker, number>();
  const workers = new Set<Worker>();
  let nextToSend = 0;
  let nextToDeliver = 0;
  let hereIdle = true;
  await new Promise<void>((finish) => {
    const mayTake = () => nextToSend < paths.length && nextToSend < nextToDeliver + window;
    const flush = () => {
      for (let outcome = done.get(nextToDeliver); outcome; outcome = done.get(nextToDeliver)) {
        done.delete(nextToDeliver);
        deliver(outcome, nextToDeliver++);
      }
      if (nextToDeliver < paths.length) return;
      for (const worker of workers) void worker.terminate();
      workers.clear();
      finish();
    };
    const dispatch = () => {
      while (idle.length && mayTake()) {
        const worker = idle.pop()!;
        busy.set(worker, nextToSend);
        worker.postMessage({ index: nextToSend, path: paths[nextToSend++] });
      }
      if (hereIdle && mayTake()) {
        hereIdle = false;
        setImmediate(checkNextHere);
      }
    };
    // One file at a time, then back to the event loop so the workers' outcomes are taken in between.
    const checkNextHere = () => {
      if (!mayTake()) { hereIdle = true; return; }
      const index = nextToSend++;
      done.set(index, checkHere(paths[index]));
      flush();
      dispatch();
      setImmediate(checkNextHere);
    };
    const failed = (index: number, reason: string) =>
      done.set(index, { messages: [], troubles: [`检查时出错，未完成：${reason}`], checked: false, counts: emptyCounts() });
    // A worker that dies takes only its current file with it; the others go on in a new one (or in this thread).
    const lost = (worker: Worker, reason: string) => {
      if (!workers.delete(worker)) return;
      const index = busy.get(worker);
      busy.delete(worker);
      const at = idle.indexOf(worker);
      if (at >= 0) idle.splice(at, 1);
      if (index !== undefined) {
        failed(index, reason);
        spawn();
      }
      flush();
      dispatch();
    };
    const spawn = () => {
      const worker = new Worker(entry.file, { workerData: { settings }, execArgv: entry.execArgv });
      pool.started = true;
      workers.add(worker);
      worker.on('message', (message: 'ready' | { index: number; outcome: FileOutcome }) => {
        if (message !== 'ready') {
          busy.delete(worker);
          done.set(message.index, message.outcome);
        }
        idle.push(worker);
        flush();
        dispatch();
      });
      worker.on('error', (error) => lost(worker, error.message));
      worker.on('exit', () => lost(worker, '检查线程意外退出'));
    };
    for (let k = 1; k < Math.min(jobs, paths.length); k++) spawn();
    dispatch();
  });
}
