// Entry of dist/lint-worker.js: starts the lint worker proper (dist/lint-worker-main.js, from lint-worker.ts) from V8's
// code cache, and stores the cache once the first job is done — the engine's functions that check ran are compiled by
// then. Compiling the 1.3 MB engine was the largest single cost between opening a report and its first diagnostics.
import { join } from 'node:path';
import { codeCacheDirectory, requireWithCodeCache } from '../cli/code-cache';
import { readDictionary } from '../core/jieba-data-file';
import { raiseOptimisationBudget } from '../core/optimisation-budget';
import { exposeCollector } from './young-generation';

// Before the engine is compiled: in the first edits after a report is opened, TurboFan's compiles of the engine took
// more CPU than the checks themselves (at 200k, about 140 ms a keystroke on V8's background threads, beside the
// worker's 75) and, on two cores, held up the checks they were compiled for. Set here, once the thread has started
// (the flag is process-wide; set earlier, the thread's own start lost Node's code cache).
raiseOptimisationBudget();
exposeCollector();
// Read on libuv's threads while the engine compiles (≈15 ms less before the first check).
const dictionary = readDictionary();
const worker = requireWithCodeCache<typeof import('./lint-worker')>(join(__dirname, 'lint-worker-main.js'), codeCacheDirectory(), 'lsp');
worker.exports.useDictionary(dictionary);
worker.exports.afterFirstJob(() => worker.save());
