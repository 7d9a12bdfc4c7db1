// Entry of dist/server.js, the editor's language server: starts the lint worker before anything else, then loads the
// server (main.ts, required here so that the bundle evaluates it only now). The worker's thread start, its engine and
// its segmenter then overlap the server's own load and the editor's handshake instead of following them.
import { WORKER_SIGNAL_BYTES } from './lint-protocol';
import { startLintWorker } from './lint-worker-start';

// V8's optimisation budget is raised by the worker itself (lint-worker-launch.ts), not here: a V8 flag changed before
// the thread starts makes Node compile every internal module of the thread's start from source (its code cache no
// longer matches the flags), 30–35 ms more before the first check.
const lintWorker = startLintWorker({ cancel: new SharedArrayBuffer(WORKER_SIGNAL_BYTES), loadSegmenter: true });
// eslint-disable-next-line @typescript-eslint/no-require-imports
(require('./main') as typeof import('./main')).startLanguageServer(lintWorker);
