// Messages between the language server and its lint worker.
import type { TextEdit } from 'vscode-languageserver';
import type { DiagnosticsDelta, TextDelta } from './lint-deltas';
import type { FixAllOutcome, FixTarget, LintJob, Snapshot } from './snapshot';

/** The bytes of WorkerData.cancel: two Int32 slots. */
export const WORKER_SIGNAL_BYTES = 8;

export interface WorkerData {
  /**
   * Int32Array over it: [0] is the id of the job to stop (polled between rules); [1] counts the messages the server has
   * posted (the worker's warm-up stops as soon as one is waiting).
   */
  cancel: SharedArrayBuffer;
  loadSegmenter: boolean;
  /** A module exporting `rules` to run instead of the registered rules (tests). */
  rulesModule?: string;
}

/** A job as posted: its text as the change from the text the worker was last given of the document (lint-deltas.ts). */
export type PostedJob = Omit<LintJob, 'text'> & { text: TextDelta };

export type WorkerRequest =
  | { id: number; kind: 'check'; job: PostedJob }
  | { id: number; kind: 'fixAll'; job: PostedJob; code?: string }
  | { id: number; kind: 'fix'; job: PostedJob; target: FixTarget }
  /** The document closed: the worker forgets what it kept of it (no reply). */
  | { id: number; kind: 'close'; uri: string }
  /** The check `id`'s diagnostics are published: the worker builds the rest of its snapshot. */
  | { id: number; kind: 'continue' };

export type WorkerReply =
  /**
   * A check's diagnostics as the change from the last sent of its document, ahead of its snapshot (same id), which
   * the worker builds once told to continue.
   */
  | { id: number; kind: 'diagnostics'; uri: string; isReport: boolean; delta: DiagnosticsDelta }
  /** The check's snapshot; its diagnostics are left out when they were sent ahead. */
  | { id: number; kind: 'snapshot'; snapshot: Snapshot }
  | { id: number; kind: 'fixAll'; outcome: FixAllOutcome }
  | { id: number; kind: 'fix'; edits: TextEdit[] }
  | { id: number; kind: 'cancelled' }
  | { id: number; kind: 'failed'; error: string }
  /** The worker has loaded the engine and takes jobs. */
  | { id: 0; kind: 'ready' }
  /** The segmenter failed to load: checks run without the rules that need it. */
  | { id: 0; kind: 'segmenterError'; error: string };
