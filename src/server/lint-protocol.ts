// Messages between the language server and its lint worker.
import type { TextEdit } from 'vscode-languageserver';
import type { EarlyDiagnostics, FixAllOutcome, FixTarget, LintJob, Snapshot } from './snapshot';

export interface WorkerData {
  /** Int32Array over it: [0] is the id of the job to stop (polled between rules). */
  cancel: SharedArrayBuffer;
  loadSegmenter: boolean;
  /** A module exporting `rules` to run instead of the registered rules (tests). */
  rulesModule?: string;
}

export type WorkerRequest =
  | { id: number; kind: 'check'; job: LintJob }
  | { id: number; kind: 'fixAll'; job: LintJob; code?: string }
  | { id: number; kind: 'fix'; job: LintJob; target: FixTarget }
  /** The document closed: the worker forgets what it kept of it (no reply). */
  | { id: number; kind: 'close'; uri: string };

export type WorkerReply =
  /** A check's diagnostics, ahead of its snapshot (which follows with the same id). */
  | { id: number; kind: 'diagnostics'; early: EarlyDiagnostics }
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
