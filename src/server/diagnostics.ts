// Findings → LSP diagnostics. Each diagnostic carries its fixes (as LSP text edits) in `data`, so quick fixes need
// no server-side state — except a fix of many places (all 7,000 half-width commas of a report): its edits would make
// every publication hundreds of KB, so it is carried by title only and computed when it is chosen.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import { editCount } from '../core/fixes';
import { codeMeta } from '../core/rule';
import type { Finding, ReportDocument, Severity } from '../core/types';
import { toRange } from './ranges';

export const diagnosticSource = 'fazhi-report';

export interface DiagnosticFix {
  title: string;
  edits: TextEdit[];
  preferred?: boolean;
  /** The edits were left out (too many): the server computes them again from the text when the fix is chosen. */
  deferred?: true;
}

/** A fix with more edits than this is deferred. */
export const maxCarriedEdits = 50;

export interface DiagnosticData {
  /** Document version the ranges refer to. */
  version: number;
  fixes: DiagnosticFix[];
}

const severityMap: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(doc: ReportDocument, uri: string, version: number, finding: Finding): Diagnostic {
  const data: DiagnosticData = { version, fixes: finding.fixes.map((fix) => toDiagnosticFix(doc, fix)) };
  const diagnostic: Diagnostic = {
    range: toRange(doc, finding.span),
    severity: severityMap[finding.severity] ?? DiagnosticSeverity.Warning,
    code: finding.code,
    source: diagnosticSource,
    message: finding.message,
    data,
  };
  const href = ruleDocUri(finding.code);
  if (href) diagnostic.codeDescription = { href };
  if (finding.related.length) {
    diagnostic.relatedInformation = finding.related.map((r) => ({ location: { uri, range: toRange(doc, r.span) }, message: r.message }));
  }
  return diagnostic;
}

export function toDiagnosticFix(doc: ReportDocument, fix: Finding['fixes'][number]): DiagnosticFix {
  const deferred = editCount(fix) > maxCarriedEdits;
  return {
    title: fix.title,
    edits: deferred ? [] : fix.edits.map((e) => ({ range: toRange(doc, e.span), newText: e.newText })),
    ...(fix.preferred ? { preferred: true } : {}),
    ...(deferred ? { deferred: true } : {}),
  };
}

/** Reads back what toDiagnostic stored; anything malformed (the client echoes it untouched, but trust nothing) → undefined. */
export function diagnosticData(diagnostic: Diagnostic): DiagnosticData | undefined {
  const data = diagnostic.data as Partial<DiagnosticData> | undefined;
  if (!data || typeof data !== 'object' || !Array.isArray(data.fixes) || typeof data.version !== 'number') return undefined;
  const fixes = data.fixes.filter((f): f is DiagnosticFix =>
    !!f && typeof f.title === 'string' && Array.isArray(f.edits) && f.edits.every(isTextEdit) && (f.deferred === undefined || f.deferred === true));
  return { version: data.version, fixes };
}

function isTextEdit(e: unknown): e is TextEdit {
  const edit = e as TextEdit;
  return !!edit && typeof edit.newText === 'string' && isPosition(edit.range?.start) && isPosition(edit.range?.end);
}

function isPosition(p: unknown): boolean {
  const pos = p as { line?: unknown; character?: unknown } | undefined;
  return !!pos && Number.isInteger(pos.line) && Number.isInteger(pos.character);
}

const packageRoot = findPackageRoot();
const docUriCache = new Map<string, string | undefined>();

/** file: URI of the code's documentation page (`CodeMeta.doc`) when it ships with the server (repo checkout or .vsix). */
export function ruleDocUri(code: string): string | undefined {
  const doc = codeMeta(code)?.doc;
  if (!packageRoot || !doc) return undefined;
  if (!docUriCache.has(code)) {
    const page = join(packageRoot, doc);
    docUriCache.set(code, existsSync(page) ? pathToFileURL(page).href : undefined);
  }
  return docUriCache.get(code);
}

function findPackageRoot(): string | undefined {
  // dist/server.js → ..; src/server/diagnostics.ts → ../..
  for (let dir = __dirname, k = 0; k < 4; k++, dir = dirname(dir)) {
    if (existsSync(join(dir, 'docs', 'rules'))) return dir;
  }
  return undefined;
}
