// `check` over many files with worker threads (--jobs N, default one per core): files are handed out as workers
// free up, and the outcomes delivered in input order. Only a few outcomes wait for a slow file ahead of them: no file
// is handed out more than `window` places beyond the next one to deliver.
import { Worker } from 'node:worker_threads';
import { workerEntry } from '../core/worker-entry';
import { type CheckSettings, emptyCounts, type FileOutcome } from './check-file';

export async function checkInWorkers(
  paths: readonly string[], settings: CheckSettings, jobs: number, deliver: (outcome: FileOutcome, index: number) => void,
): Promise<void> {
  if (!paths.length) return;
  const entry = workerEntry(__dirname, 'check-worker');
  const window = jobs * 4;
  const done = new Map<number, FileOutcome>();
  const idle: Worker[] = [];
  const busy = new Map<Worker, number>();
  const workers = new Set<Worker>();
  let nextToSend = 0;
  let nextToDeliver = 0;
  await new Promise<void>((finish) => {
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
      while (idle.length && nextToSend < paths.length && nextToSend < nextToDeliver + window) {
        const worker = idle.pop()!;
        busy.set(worker, nextToSend);
        worker.postMessage({ index: nextToSend, path: paths[nextToSend++] });
      }
    };
    const failed = (index: number, reason: string) =>
      done.set(index, { messages: [], troubles: [`检查时出错，未完成：${reason}`], checked: false, counts: emptyCounts() });
    // A worker that dies takes only its current file with it; the others go on in a new one. Workers that cannot
    // even start leave the remaining files unchecked, each saying why.
    const lost = (worker: Worker, reason: string) => {
      if (!workers.delete(worker)) return;
      const index = busy.get(worker);
      busy.delete(worker);
      const at = idle.indexOf(worker);
      if (at >= 0) idle.splice(at, 1);
      if (index !== undefined) {
        failed(index, reason);
        spawn();
      } else if (!workers.size) {
        for (; nextToSend < paths.length; nextToSend++) failed(nextToSend, reason);
      }
      flush();
      dispatch();
    };
    const spawn = () => {
      const worker = new Worker(entry.file, { workerData: { settings }, execArgv: entry.execArgv });
      workers.add(worker);
      idle.push(worker);
      worker.on('message', ({ index, outcome }: { index: number; outcome: FileOutcome }) => {
        busy.delete(worker);
        idle.push(worker);
        done.set(index, outcome);
        flush();
        dispatch();
      });
      worker.on('error', (error) => lost(worker, error.message));
      worker.on('exit', () => lost(worker, '检查线程意外退出'));
    };
    for (let k = 0; k < Math.min(jobs, paths.length); k++) spawn();
    dispatch();
  });
}
