// Entry of dist/lint-worker.js: the language server's checks, in a worker thread so that no request ever waits for
// one. One job at a time; the server cancels a running check through shared memory when a newer version arrives
// (during the rules, or while the rest of the snapshot is built after the diagnostics went out).
// The worker keeps, per open document, the findings of the local rules per unit (core/unit-cache.ts): an edit
// re-checks the units it changed and the report-wide rules.
import { parentPort, workerData } from 'node:worker_threads';
import { LintCancelled } from '../core/lint';
import type { Rule } from '../core/rule';
import { allRules } from '../core/rules/index';
import { loadSegmenter, segmenterIfLoaded } from '../core/segmenter';
import { UnitCache } from '../core/unit-cache';
import { DiagnosticsSender, TextReceiver } from './lint-deltas';
import { deferredFixEdits, fixAllEdits, startCheck, type CheckContext, type LintJob, type StartedCheck } from './snapshot';
import type { WorkerData, WorkerReply, WorkerRequest } from './lint-protocol';
import { youngGenerationCollector } from './young-generation';

const data = workerData as WorkerData;
// Tests run the server with their own small rules, from a module that exports `rules`.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const rules: Rule[] = data.rulesModule ? (require(data.rulesModule) as { rules: Rule[] }).rules : allRules;
const cancelledJob = new Int32Array(data.cancel);

const port = parentPort!;
const reply = (message: WorkerReply) => port.postMessage(message);

/** jieba's dictionary as the launcher (lint-worker-launch.ts) reads it while the engine compiles. */
let dictionary: Promise<Uint8Array | undefined> | undefined;

/** Called by the launcher right after it has loaded this module, before the segmenter is loaded. */
export function useDictionary(read: Promise<Uint8Array | undefined>): void {
  dictionary = read;
}

/** Requests that arrived before the segmenter was loaded, in order; undefined once they are handled. */
let beforeStart: WorkerRequest[] | undefined = [];

// The segmenter loads before the first check, so the first diagnostics are complete: once this module and its
// launcher have run (the launcher has passed its read of the dictionary by then).
setImmediate(() => {
  if (data.loadSegmenter && dictionary) void dictionary.then(start, () => start(undefined));
  else start(undefined);
});

function start(bytes: Uint8Array | undefined): void {
  if (data.loadSegmenter) {
    try {
      loadSegmenter(bytes);
    } catch (error) {
      reply({ id: 0, kind: 'segmenterError', error: error instanceof Error ? error.message : String(error) });
    }
  }
  reply({ id: 0, kind: 'ready' });
  const requests = beforeStart ?? [];
  beforeStart = undefined;
  requests.forEach(handle);
}

// Documents kept, least recently checked first: a closed one is dropped at once, and beyond this many the oldest.
const unitCaches = new Map<string, UnitCache>();
const maxCachedDocuments = 16;

function unitCacheOf(uri: string): UnitCache {
  const cache = unitCaches.get(uri) ?? new UnitCache();
  unitCaches.delete(uri);
  unitCaches.set(uri, cache);
  if (unitCaches.size > maxCachedDocuments) unitCaches.delete(unitCaches.keys().next().value!);
  return cache;
}

// Once a job is done: the next check starts with an empty young generation. A job that has arrived meanwhile is taken
// first (messages waiting on the port are handled before an immediate).
const collectYoungGeneration = youngGenerationCollector();
let firstJobDone: (() => void) | undefined;
const afterJob = () => {
  setImmediate(collectYoungGeneration);
  // Once per build and machine (a cache that served the start is not stored again), right after the first report's
  // check, which compiled what the cache should hold.
  if (firstJobDone) setImmediate(firstJobDone);
  firstJobDone = undefined;
};

/** `done` runs once, after the first job (the launcher stores the code cache then). */
export function afterFirstJob(done: () => void): void {
  firstJobDone = done;
}

// Each open document's last text and last diagnostics sent, as the server keeps them too (lint-deltas.ts).
const texts = new TextReceiver();
const sentDiagnostics = new DiagnosticsSender();
/** A check whose diagnostics are out, waiting for the server to publish them before the rest of its snapshot is built. */
let waiting: { id: number; check: StartedCheck } | undefined;

/** Runs a job's part and replies; a cancelled or failed one replies so. */
function answer(id: number, part: () => WorkerReply): void {
  try {
    reply(part());
  } catch (error) {
    if (error instanceof LintCancelled) reply({ id, kind: 'cancelled' });
    else reply({ id, kind: 'failed', error: error instanceof Error ? error.stack ?? error.message : String(error) });
  }
}

port.on('message', (request: WorkerRequest) => {
  if (beforeStart) beforeStart.push(request);
  else handle(request);
});

function handle(request: WorkerRequest): void {
  if (request.kind === 'continue') {
    const check = waiting?.id === request.id ? waiting.check : undefined;
    waiting = undefined;
    if (check) answer(request.id, () => ({ id: request.id, kind: 'snapshot', snapshot: check.finish(true) }));
    afterJob();
    if (check) warmUpAfter(check);
    return;
  }
  const { uri } = request.kind === 'close' ? request : request.job;
  if (request.kind === 'close') {
    unitCaches.delete(uri);
    texts.forget(uri);
    sentDiagnostics.forget(uri);
    return;
  }
  const text = texts.text(uri, request.job.text);
  if (text === undefined) {
    reply({ id: request.id, kind: 'failed', error: `${uri}：文本增量与线程保存的版本不符` });
    return;
  }
  const job = { ...request.job, text };
  const context = {
    rules, segmenter: segmenterIfLoaded(), cancelled: () => Atomics.load(cancelledJob, 0) === request.id, unitCache: unitCacheOf(uri),
  };
  answer(request.id, () => {
    if (request.kind === 'fixAll') return { id: request.id, kind: 'fixAll', outcome: fixAllEdits(job, context, request.code) };
    if (request.kind === 'fix') return { id: request.id, kind: 'fix', edits: deferredFixEdits(job, context, request.target) };
    const check = startCheck(job, context);
    if (!check.early) return { id: request.id, kind: 'snapshot', snapshot: check.finish(false) };
    const { early } = check;
    waiting = { id: request.id, check };
    checked.set(check, { job, context });
    return { id: request.id, kind: 'diagnostics', uri, isReport: early.isReport, delta: sentDiagnostics.delta(uri, early.version, early.diagnostics) };
  });
  if (!waiting) afterJob();
}

// Warm-up. The first edits after a long report is opened ran 2–3 times slower than later ones: the code an edit runs
// (units reused, figures moved, kept readings checked) is compiled by V8 only once it has run a few times, on that text
// (a part of the report, or another text, compiles other paths: the first twelve edits of a 200k report took 66 ms at the
// median after passes on its opening 20k characters, 31 ms after passes on the report itself, 75 ms with none). So once a
// long report's check is done and nothing else is asked, the worker checks the report again with the document's cache, a
// character added to a line in the middle and taken away again — each pass an edit's work — and never a reply; the last
// pass is of the text as it is, so the cache is left as its check left it. Any message from the server (counted in the
// shared memory's second slot) stops it between two rules, for good: it is done once per worker, to WARM_PASSES passes
// at most. (Once the writer types, the edits compile the code themselves; passes resumed between edits only held up the
// next edit, which waited for a pass to give way: in three alternating runs the median of the first twelve 200k edits went
// 42 → 37 ms, the server's CPU per edit 63 → 52 ms.)
const checked = new WeakMap<StartedCheck, { job: LintJob; context: CheckContext }>();
const WARM_MIN_CHARS = 20_000;
const WARM_PASSES = 16;
let warmPassesLeft = WARM_PASSES;

function warmUpAfter(check: StartedCheck): void {
  const done = checked.get(check);
  if (!done || warmPassesLeft <= 0 || done.job.text.length < WARM_MIN_CHARS) return;
  const posted = Atomics.load(cancelledJob, 1);
  const { job, context } = done;
  const { text } = job;
  const line = text.indexOf('\n', text.length >> 1) + 1;
  const edited = `${text.slice(0, line)}一${text.slice(line)}`;
  const warm = { ...context, cancelled: () => Atomics.load(cancelledJob, 1) !== posted };
  // An even number of passes from here, the edited text first: the last is of the text as it is.
  let pass = warmPassesLeft % 2;
  const step = () => {
    // A message is waiting: the warm-up gives way, and is over.
    if (warm.cancelled()) warmPassesLeft = 0;
    if (warmPassesLeft <= 0) return;
    try {
      startCheck({ ...job, text: pass % 2 === 0 ? edited : text }, warm);
    } catch {
      warmPassesLeft = 0;
      return;
    }
    pass++;
    warmPassesLeft--;
    setImmediate(step);
  };
  setImmediate(step);
}
