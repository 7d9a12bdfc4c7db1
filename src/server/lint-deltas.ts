// What passes between the language server and its lint worker for an edit: the worker keeps each open document's last
// text and last diagnostics, and so does the server's side (lint-host.ts), in step; a job then carries only the edited
// stretch of the text, and a check's diagnostics only those that changed. At 200k characters the whole text and the
// whole list (300 diagnostics, 240 KB as JSON) cost each thread milliseconds per keystroke to write and to read.
// Both sides handle every message in the order it was posted, so each side's copy is the other's; a delta names the
// copy it applies to (a number), and one that finds another copy (a document closed while its check ran) is refused.
import type { Diagnostic, Range } from 'vscode-languageserver';
import { commonHead, commonTail } from '../core/text';
import type { DiagnosticData, DiagnosticFix } from './diagnostics';

/** The text is `base`'s with [start, end) replaced by `insert`; base 0: `insert` is the whole text. */
export interface TextDelta {
  base: number;
  /** This text's number, for the next delta. */
  seq: number;
  start: number;
  end: number;
  insert: string;
}

/**
 * The diagnostics are `base`'s first `head` and last `tail` (their data's version set to the new one) with `middle`
 * between them; base 0: `middle` is the whole list.
 */
export interface DiagnosticsDelta {
  base: number;
  seq: number;
  version: number;
  head: number;
  tail: number;
  middle: Diagnostic[];
}

/** One side's copy of the last value that passed, per document, with its number; forget(uri) on close, clear() for a new worker. */
class Copies<T> {
  private readonly byUri = new Map<string, { seq: number; value: T }>();
  private nextSeq = 1;

  get(uri: string): { seq: number; value: T } | undefined {
    return this.byUri.get(uri);
  }

  /** Keeps `value` as the document's copy under `seq`, or under a new number. */
  set(uri: string, value: T, seq = this.nextSeq++): number {
    this.byUri.set(uri, { seq, value });
    return seq;
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }

  clear(): void {
    this.byUri.clear();
  }
}

/** One edit of a text: [start, end) replaced by `insert`. */
export interface OneEdit {
  start: number;
  end: number;
  insert: string;
}

/**
 * The sending side of a document's texts: the delta from the copy the other side has. The editor's last change of a
 * document may be noted: when it is one edit turning the version last sent into the one being sent, it is the delta,
 * and the new text is not read at all — a text just edited is a string of pieces, which the first comparison or cut
 * of it copies whole (1.4 ms at 200k).
 */
export class TextSender extends Copies<string> {
  /** Per document, the version last sent. */
  private readonly versions = new Map<string, number>();
  /** Per document, the editor's last change: one edit from version `from` to version `to`, or null when not one known edit. */
  private readonly edits = new Map<string, { from: number; to: number; edit: OneEdit } | null>();

  noteEdit(uri: string, from: number, to: number, edit: OneEdit | undefined): void {
    this.edits.set(uri, edit ? { from, to, edit } : null);
  }

  delta(uri: string, text: string, version: number): TextDelta {
    const last = this.get(uri);
    const noted = this.edits.get(uri);
    const lastVersion = this.versions.get(uri);
    this.versions.set(uri, version);
    const seq = this.set(uri, text);
    if (!last) return { base: 0, seq, start: 0, end: 0, insert: text };
    const old = last.value;
    if (noted && noted.from === lastVersion && noted.to === version) return { base: last.seq, seq, ...noted.edit };
    const head = commonHead(old, text);
    const tail = commonTail(old, text, head);
    return { base: last.seq, seq, start: head, end: old.length - tail, insert: text.slice(head, text.length - tail) };
  }

  override forget(uri: string): void {
    super.forget(uri);
    this.versions.delete(uri);
    this.edits.delete(uri);
  }

  override clear(): void {
    super.clear();
    this.versions.clear();
    this.edits.clear();
  }
}

/** The receiving side of a document's texts; undefined for a delta of a copy it does not have. */
export class TextReceiver extends Copies<string> {
  text(uri: string, delta: TextDelta): string | undefined {
    const last = this.get(uri);
    if (delta.base !== 0 && last?.seq !== delta.base) return undefined;
    const text = delta.base === 0 ? delta.insert : last!.value.slice(0, delta.start) + delta.insert + last!.value.slice(delta.end);
    this.set(uri, text, delta.seq);
    return text;
  }
}

/** The sending side of a document's diagnostics (the worker). */
export class DiagnosticsSender extends Copies<Diagnostic[]> {
  delta(uri: string, version: number, diagnostics: Diagnostic[]): DiagnosticsDelta {
    const last = this.get(uri);
    const seq = this.set(uri, diagnostics);
    if (!last) return { base: 0, seq, version, head: 0, tail: 0, middle: diagnostics };
    const old = last.value;
    let head = 0;
    while (head < old.length && head < diagnostics.length && sameDiagnostic(old[head], diagnostics[head])) head++;
    let tail = 0;
    while (tail < old.length - head && tail < diagnostics.length - head &&
      sameDiagnostic(old[old.length - 1 - tail], diagnostics[diagnostics.length - 1 - tail])) tail++;
    return { base: last.seq, seq, version, head, tail, middle: diagnostics.slice(head, diagnostics.length - tail) };
  }
}

/** The receiving side of a document's diagnostics (the server); undefined for a delta of a copy it does not have. */
export class DiagnosticsReceiver extends Copies<Diagnostic[]> {
  diagnostics(uri: string, delta: DiagnosticsDelta): Diagnostic[] | undefined {
    const last = this.get(uri);
    if (delta.base !== 0 && last?.seq !== delta.base) {
      this.forget(uri);
      return undefined;
    }
    let list = delta.middle;
    if (delta.base !== 0) {
      const old = last!.value;
      const kept = (d: Diagnostic) => ({ ...d, data: { ...(d.data as DiagnosticData), version: delta.version } });
      list = [...old.slice(0, delta.head).map(kept), ...delta.middle, ...old.slice(old.length - delta.tail).map(kept)];
    }
    this.set(uri, list, delta.seq);
    return list;
  }
}

/**
 * Alike but for the version in their data (every diagnostic of a check carries the check's version). The fields
 * toDiagnostic writes are compared one by one (a generic deep comparison of every diagnostic took milliseconds a
 * check); a diagnostic with any other field is compared whole.
 */
export function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
  if (!sameRange(a.range, b.range) || a.message !== b.message || a.code !== b.code || a.severity !== b.severity || a.source !== b.source ||
    a.codeDescription?.href !== b.codeDescription?.href) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  if (!keys.every((key) => knownFields.has(key))) return sameJson({ ...a, data: (a.data as DiagnosticData | undefined)?.fixes }, { ...b, data: (b.data as DiagnosticData | undefined)?.fixes });
  return sameRelated(a.relatedInformation, b.relatedInformation) && sameFixes((a.data as DiagnosticData | undefined)?.fixes, (b.data as DiagnosticData | undefined)?.fixes);
}

const knownFields = new Set(['range', 'severity', 'code', 'source', 'message', 'codeDescription', 'relatedInformation', 'data']);

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

function sameRelated(a: Diagnostic['relatedInformation'], b: Diagnostic['relatedInformation']): boolean {
  if (!a || !b) return a === b;
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) {
    const x = a[k];
    const y = b[k];
    if (x.message !== y.message || x.location.uri !== y.location.uri || !sameRange(x.location.range, y.location.range)) return false;
  }
  return true;
}

function sameFixes(a: DiagnosticFix[] | undefined, b: DiagnosticFix[] | undefined): boolean {
  if (!a || !b) return a === b;
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) {
    const x = a[k];
    const y = b[k];
    if (x.title !== y.title || x.preferred !== y.preferred || x.deferred !== y.deferred || x.edits.length !== y.edits.length ||
      Object.keys(x).length !== Object.keys(y).length) return false;
    for (let e = 0; e < x.edits.length; e++) {
      const p = x.edits[e];
      const q = y.edits[e];
      if (p.length !== q.length || !p.every((v, k) => v === q[k])) return false;
    }
  }
  return true;
}

/** Deep equality of JSON values (what a diagnostic is made of). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    if (a.length !== other.length) return false;
    for (let k = 0; k < a.length; k++) if (!sameJson(a[k], other[k])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  for (const key of keys) if (!Object.hasOwn(y, key) || !sameJson(x[key], y[key])) return false;
  return true;
}
