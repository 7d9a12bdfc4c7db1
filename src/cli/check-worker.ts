// Entry of dist/check-worker.js: one of the batch workers of `check DIR`. Checks the files it is given, one at a time,
// exactly as the main thread would (checkFile), and sends back what to print.
import { parentPort, workerData } from 'node:worker_threads';
import { lazySegmenter } from '../core/segmenter';
import { checkFile, type CheckSettings } from './check-file';

const settings = (workerData as { settings: CheckSettings }).settings;
const segmenter = lazySegmenter();
const port = parentPort!;

port.on('message', ({ index, path }: { index: number; path: string }) => {
  port.postMessage({ index, outcome: checkFile(path, settings, segmenter) });
});
