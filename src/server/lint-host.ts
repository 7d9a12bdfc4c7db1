// The server's side of the lint worker: a queue with one check per document (a newer version replaces a queued one
// and stops a running one), fix-all computations ahead of checks, a time box per job, and a new worker after a hang
// or a crash — the server itself never stops.
import type { Worker } from 'node:worker_threads';
import { DiagnosticsReceiver, TextSender, type OneEdit } from './lint-deltas';
import { startLintWorker, type StartedLintWorker } from './lint-worker-start';
import { WORKER_SIGNAL_BYTES, type WorkerData, type WorkerReply, type WorkerRequest } from './lint-protocol';
import type { TextEdit } from 'vscode-languageserver';
import type { EarlyDiagnostics, FixAllOutcome, FixTarget, LintJob, Snapshot } from './snapshot';

/** How long the worker waits for the diagnostics to be written before it builds the rest of the snapshot anyway. */
const maxPublishWaitMs = 250;

export type CheckOutcome =
  | { kind: 'snapshot'; snapshot: Snapshot }
  /** A newer check of the same document replaced or stopped this one. */
  | { kind: 'superseded' }
  /** The job ran past the time box or the worker died: the worker was replaced. */
  | { kind: 'aborted'; reason: 'timeout' | 'crash' }
  | { kind: 'failed'; error: string };

type NoResult = Exclude<CheckOutcome, { kind: 'snapshot' }>;
export type FixAllReply = { kind: 'fixAll'; outcome: FixAllOutcome } | NoResult;
export type FixReply = { kind: 'fix'; edits: TextEdit[] } | NoResult;

export interface LintHostOptions {
  loadSegmenter: boolean;
  rulesModule?: string;
  /** A job running longer than this is stopped (the worker is replaced). */
  timeoutMs: number;
  /** The worker could not load the segmenter: its checks run without the rules that need it. */
  onSegmenterError(error: string): void;
  /** A worker already started (by the server's launcher), with its own `loadSegmenter` and `rulesModule`. */
  started?: StartedLintWorker;
}

/** A request as queued: its job with the whole text (the text is turned into a delta when it is posted). */
type QueuedRequest =
  | { id: number; kind: 'check'; job: LintJob }
  | { id: number; kind: 'fixAll'; job: LintJob; code?: string }
  | { id: number; kind: 'fix'; job: LintJob; target: FixTarget };

interface Task {
  request: QueuedRequest;
  settle(reply: CheckOutcome | FixAllReply | FixReply): void;
  /** A document's first check: its writer is waiting for diagnostics and an outline. */
  first?: boolean;
  /**
   * A check's diagnostics, as soon as the worker has them (before the snapshot settles the task); the worker builds the
   * rest of the snapshot once what this returns has settled (the diagnostics are published).
   */
  onDiagnostics?(early: EarlyDiagnostics): void | Promise<unknown>;
  /** Its diagnostics, once they have arrived: the worker is building the rest of the snapshot (which leaves them out). */
  diagnosed?: EarlyDiagnostics;
  /** Its diagnostics came as a delta of a list not kept here: its snapshot is dropped. */
  lost?: boolean;
}

export class LintHost {
  private worker?: Worker;
  private readonly queue: Task[] = [];
  private running?: { task: Task; timer?: ReturnType<typeof setTimeout> };
  /** Whether the worker has loaded the engine: a job's time box starts then, not while a new worker starts up. */
  private ready = false;
  /** What each worker of this host starts with (a replacement too): among it, the memory that stops a running check. */
  private readonly workerData: WorkerData;
  private readonly cancelled: Int32Array;
  private nextId = 1;
  private disposed = false;
  /** What the worker was last given of each document and last sent of its diagnostics (lint-deltas.ts). */
  private readonly texts = new TextSender();
  private readonly diagnostics = new DiagnosticsReceiver();

  constructor(private readonly options: LintHostOptions) {
    this.workerData = options.started?.data ?? { cancel: new SharedArrayBuffer(WORKER_SIGNAL_BYTES), loadSegmenter: options.loadSegmenter, rulesModule: options.rulesModule };
    this.cancelled = new Int32Array(this.workerData.cancel);
    // Its messages are listened to from now on: none is handled before this turn of the event loop ends.
    if (options.started) this.adopt(options.started.worker);
  }

  /**
   * Checks one version of a document; a later check of the same document supersedes it. A document's `first` check
   * goes before the re-checks of others queued by a settings change (a newly opened report is not kept waiting).
   * `onDiagnostics` gets the check's diagnostics ahead of the snapshot.
   */
  check(job: LintJob, first = false, onDiagnostics?: Task['onDiagnostics']): Promise<CheckOutcome> {
    this.supersede(job.uri);
    return new Promise((settle) => {
      const task: Task = { request: { id: this.nextId++, kind: 'check', job }, settle: settle as Task['settle'], first, onDiagnostics };
      const at = first ? this.queue.findIndex((t) => t.request.kind === 'check' && !t.first) : -1;
      this.queue.splice(at < 0 ? this.queue.length : at, 0, task);
      this.pump();
    });
  }

  /** Fix-all for a text. */
  fixAll(job: LintJob, code?: string): Promise<FixAllReply> {
    return this.urgent({ id: this.nextId++, kind: 'fixAll', job, code });
  }

  /** The edits of a deferred fix, in the text as it is now. */
  fix(job: LintJob, target: FixTarget): Promise<FixReply> {
    return this.urgent({ id: this.nextId++, kind: 'fix', job, target });
  }

  /** Someone is waiting for it: it goes before the queued checks. */
  private urgent<R>(request: QueuedRequest): Promise<R> {
    return new Promise((settle) => {
      const at = this.queue.findIndex((t) => t.request.kind === 'check');
      this.queue.splice(at < 0 ? this.queue.length : at, 0, { request, settle: settle as Task['settle'] });
      this.pump();
    });
  }

  /**
   * The document changed or closed: its queued check is dropped, its running one stopped at the next rule — or, once
   * its diagnostics are out, before the next part of its snapshot (checkDocument), unless it is the document's first
   * check: requests need one finished check to read.
   */
  supersede(uri: string): void {
    for (let k = this.queue.length - 1; k >= 0; k--) {
      const queued = this.queue[k];
      if (queued.request.kind === 'check' && queued.request.job.uri === uri) {
        this.queue.splice(k, 1);
        queued.settle({ kind: 'superseded' });
      }
    }
    const running = this.running?.task;
    if (running?.request.kind === 'check' && running.request.job.uri === uri && !(running.first && running.diagnosed)) {
      Atomics.store(this.cancelled, 0, running.request.id);
    }
  }

  /** The editor changed a document from version `from` to `to`: `edit` when it is one edit of its text (lint-deltas.ts). */
  noteEdit(uri: string, from: number, to: number, edit: OneEdit | undefined): void {
    this.texts.noteEdit(uri, from, to, edit);
  }

  /** The document closed: its check is dropped and the worker forgets the findings it kept of it. */
  close(uri: string): void {
    this.supersede(uri);
    this.forget(uri);
  }

  /** Both sides drop what they kept of the document: its next job passes the whole text, its next check every diagnostic. */
  private forget(uri: string): void {
    this.texts.forget(uri);
    this.diagnostics.forget(uri);
    if (this.worker) this.post(this.worker, { id: this.nextId++, kind: 'close', uri });
  }

  dispose(): void {
    this.disposed = true;
    for (const task of this.queue.splice(0)) task.settle({ kind: 'superseded' });
    this.finishRunning({ kind: 'superseded' });
    void this.worker?.terminate();
    this.worker = undefined;
  }

  /**
   * Starts the worker ahead of the first check: its start (compiling the engine, loading the segmenter) then overlaps
   * the editor's handshake and the first document's settings instead of following them.
   */
  prestart(): void {
    if (!this.worker && !this.disposed) this.startWorker();
  }

  /** Every message to the worker is counted first: a warm-up running there stops at once (lint-worker.ts). */
  private post(worker: Worker, message: WorkerRequest): void {
    Atomics.add(this.cancelled, 1, 1);
    worker.postMessage(message);
  }

  private pump(): void {
    if (this.running || this.disposed) return;
    const task = this.queue.shift();
    if (!task) return;
    const worker = this.worker ?? this.startWorker();
    this.running = { task };
    if (this.ready) this.startTimeBox();
    const { request } = task;
    const { job } = request;
    this.post(worker, { ...request, job: { ...job, text: this.texts.delta(job.uri, job.text, job.version) } });
    // A text passed by its edit alone is still in pieces: it is copied into one now, while the worker checks, rather
    // than by the next edit or request that reads it.
    setImmediate(flatten, job.text);
  }

  private startTimeBox(): void {
    if (this.running && !this.running.timer) this.running.timer = setTimeout(() => this.replaceWorker('timeout'), this.options.timeoutMs);
  }

  private startWorker(): Worker {
    return this.adopt(startLintWorker(this.workerData).worker);
  }

  private adopt(worker: Worker): Worker {
    worker.on('message', (reply: WorkerReply) => {
      if (worker !== this.worker) return;
      if (reply.kind === 'ready') { this.ready = true; this.startTimeBox(); return; }
      if (reply.kind === 'segmenterError') { this.options.onSegmenterError(reply.error); return; }
      if (reply.kind === 'diagnostics') {
        this.diagnosed(worker, reply);
        return;
      }
      if (this.running?.task.request.id !== reply.id) return;
      if (reply.kind === 'snapshot') {
        const { diagnosed: early, lost } = this.running.task;
        if (lost) this.finishRunning({ kind: 'superseded' });
        else this.finishRunning({ kind: 'snapshot', snapshot: early ? { ...reply.snapshot, diagnostics: early.diagnostics } : reply.snapshot });
      }
      else if (reply.kind === 'fixAll') this.finishRunning({ kind: 'fixAll', outcome: reply.outcome });
      else if (reply.kind === 'fix') this.finishRunning({ kind: 'fix', edits: reply.edits });
      else if (reply.kind === 'cancelled') this.finishRunning({ kind: 'superseded' });
      else {
        // Whatever failed, the next job passes the whole text.
        this.texts.forget(this.running.task.request.job.uri);
        this.finishRunning({ kind: 'failed', error: reply.error });
      }
      this.pump();
    });
    worker.on('error', () => { if (worker === this.worker) this.replaceWorker('crash'); });
    worker.on('exit', () => { if (worker === this.worker) this.replaceWorker('crash'); });
    this.worker = worker;
    this.ready = false;
    // A new worker has no copies of texts or diagnostics.
    this.texts.clear();
    this.diagnostics.clear();
    return worker;
  }

  /** A check's diagnostics: passed on, and once published the worker is told to build the rest of the snapshot. */
  private diagnosed(worker: Worker, reply: Extract<WorkerReply, { kind: 'diagnostics' }>): void {
    // Read whatever becomes of the task: the next delta is of this list.
    const diagnostics = this.diagnostics.diagnostics(reply.uri, reply.delta);
    const task = this.running?.task.request.id === reply.id ? this.running.task : undefined;
    let told = false;
    const go = () => {
      if (told) return;
      told = true;
      if (this.worker === worker) this.post(worker, { id: reply.id, kind: 'continue' });
    };
    if (task && !diagnostics) {
      // Not of the list kept here (the document was closed while it was checked): nothing is published, and both
      // sides start the document afresh.
      task.lost = true;
      this.forget(reply.uri);
    }
    if (!task || !diagnostics) return go();
    task.diagnosed = { version: reply.delta.version, isReport: reply.isReport, diagnostics };
    let published: void | Promise<unknown> = undefined;
    try {
      published = task.onDiagnostics?.(task.diagnosed);
    } finally {
      // A client that does not read what is written must not hold the snapshot back for long (nor the job past its time box).
      setTimeout(go, maxPublishWaitMs).unref();
      void Promise.resolve(published).then(go, go);
    }
  }

  /** Stops the worker (a hang or a crash), fails the job it was running, and goes on with a fresh worker. */
  private replaceWorker(reason: 'timeout' | 'crash'): void {
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
    this.finishRunning({ kind: 'aborted', reason });
    this.pump();
  }

  private finishRunning(reply: CheckOutcome | FixAllReply | FixReply): void {
    const running = this.running;
    if (!running) return;
    this.running = undefined;
    clearTimeout(running.timer);
    running.task.settle(reply);
  }
}

/** Makes V8 copy a string of pieces into one: a cut of it does. */
function flatten(text: string): void {
  text.slice(0, 1);
}
