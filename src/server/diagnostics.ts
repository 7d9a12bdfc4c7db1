// Findings → LSP diagnostics. Each diagnostic carries its fixes in `data`, so quick fixes need no server-side state —
// except a fix of many places (all 7,000 half-width commas of a report): its edits would make every publication
// hundreds of KB, so it is carried by title only and computed when it is chosen. An edit is carried as five values,
// not as an LSP text edit: the publication of a 200k report is a fifth smaller (240 → 200 KB), which every edit's
// diagnostics pay for in writing, passing and reading.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, Range, TextEdit } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { editCount } from '../core/fixes';
import { codeMeta } from '../core/rule';
import type { Finding, ReportDocument, Severity } from '../core/types';
import { toRange } from './ranges';

export const diagnosticSource = 'fazhi-report';

/** An edit as a diagnostic carries it: start line, start character, end line, end character, new text. */
export type CarriedEdit = [number, number, number, number, string];

export interface DiagnosticFix<E = CarriedEdit> {
  title: string;
  edits: E[];
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
    edits: deferred ? [] : fix.edits.map((e) => carried(toRange(doc, e.span), e.newText)),
    ...(fix.preferred ? { preferred: true } : {}),
    ...(deferred ? { deferred: true } : {}),
  };
}

function carried(range: Range, newText: string): CarriedEdit {
  return [range.start.line, range.start.character, range.end.line, range.end.character, newText];
}

/**
 * Reads back what toDiagnostic stored, its edits as LSP text edits; anything malformed (the client echoes it untouched,
 * but trust nothing) → undefined.
 */
export function diagnosticData(diagnostic: Diagnostic): { version: number; fixes: DiagnosticFix<TextEdit>[] } | undefined {
  const data = diagnostic.data as Partial<DiagnosticData> | undefined;
  if (!data || typeof data !== 'object' || !Array.isArray(data.fixes) || typeof data.version !== 'number') return undefined;
  const fixes = data.fixes.filter((f): f is DiagnosticFix =>
    !!f && typeof f.title === 'string' && Array.isArray(f.edits) && f.edits.every(isCarriedEdit) && (f.deferred === undefined || f.deferred === true));
  return {
    version: data.version,
    fixes: fixes.map((f) => ({
      ...f,
      edits: f.edits.map(([startLine, startCharacter, endLine, endCharacter, newText]) => ({
        range: { start: { line: startLine, character: startCharacter }, end: { line: endLine, character: endCharacter } }, newText,
      })),
    })),
  };
}

function isCarriedEdit(e: unknown): e is CarriedEdit {
  return Array.isArray(e) && e.length === 5 && e.slice(0, 4).every((x) => Number.isInteger(x) && x >= 0) && typeof e[4] === 'string';
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
