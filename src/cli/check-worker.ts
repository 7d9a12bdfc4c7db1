// Entry of dist/check-worker.js: one of the batch workers of `check DIR`. Checks the files it is given, one at a time,
// exactly as the main thread would (checkFile), and sends back what to print.
import { parentPort, workerData } from 'node:worker_threads';
import { lazySegmenter } from '../core/segmenter';
import { checkFile, type CheckSettings } from './check-file';

const settings = (workerData as { settings: CheckSettings }).settings;
const segmenter = lazySegmenter();
const port = parentPort!;
// Files are handed out once the engine and the segmenter are loaded: until then this thread's files go elsewhere.
port.postMessage('ready');

port.on('message', ({ index, path }: { index: number; path: string }) => {
  port.postMessage({ index, outcome: checkFile(path, settings, segmenter) });
});
