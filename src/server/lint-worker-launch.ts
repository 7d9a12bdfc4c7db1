// Entry of dist/lint-worker.js: starts the lint worker proper (dist/lint-worker-main.js, from lint-worker.ts) from V8's
// code cache, and stores the cache once the first job is done — the engine's functions that check ran are compiled by
// then. Compiling the 1.3 MB engine was the largest single cost between opening a report and its first diagnostics.
import { join } from 'node:path';
import { codeCacheDirectory, requireWithCodeCache } from '../cli/code-cache';
import { exposeCollector } from './young-generation';

exposeCollector();
const worker = requireWithCodeCache<typeof import('./lint-worker')>(join(__dirname, 'lint-worker-main.js'), codeCacheDirectory(), 'lsp');
worker.exports.afterFirstJob(() => worker.save());
