// Entry of dist/server.js, the editor's language server: starts the lint worker before anything else, then loads the
// server (main.ts, required here so that the bundle evaluates it only now). The worker's thread start, its engine and
// its segmenter then overlap the server's own load and the editor's handshake instead of following them.
import { raiseOptimisationBudget } from '../core/optimisation-budget';
import { startLintWorker } from './lint-worker-start';

// Before the lint worker starts: in the first edits after a report is opened, TurboFan's compiles of the engine took
// more CPU than the checks themselves (at 200k, about 140 ms a keystroke on V8's background threads, beside the
// worker's 75) and, on two cores, held up the checks they were compiled for.
raiseOptimisationBudget();
const lintWorker = startLintWorker({ cancel: new SharedArrayBuffer(4), loadSegmenter: true });
// eslint-disable-next-line @typescript-eslint/no-require-imports
(require('./main') as typeof import('./main')).startLanguageServer(lintWorker);
