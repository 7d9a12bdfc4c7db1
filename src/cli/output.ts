// The two outputs of `check`: lines for people, and LSP-shaped JSON for machines.
import { positionAt } from '../core/text';
import { severityLabel, type Finding, type ReportDocument, type Severity, type Span } from '../core/types';
import type { DocxImport } from '../import/docx';
import { docxPosition, docxRange } from '../import/docx-position';

export interface JsonRange { start: { line: number; character: number }; end: { line: number; character: number } }

export function jsonRange(doc: ReportDocument, span: Span): JsonRange {
  return { start: positionAt(doc.lineStarts, span.start), end: positionAt(doc.lineStarts, span.end) };
}

/**
 * A finding for machines. For a Word file `range` is in the converted Markdown text and `docxRange` says where the
 * same text is in the document: Word paragraph (1-based, document order, table cells included) and character (0-based).
 */
export function jsonDiagnostic(doc: ReportDocument, f: Finding, docx?: DocxImport) {
  const where = (span: Span) => (docx ? { range: jsonRange(doc, span), docxRange: docxRange(docx, span) } : { range: jsonRange(doc, span) });
  return {
    code: f.code,
    severity: f.severity,
    message: f.message,
    ...where(f.span),
    fixes: f.fixes.map((fix) => ({ title: fix.title, edits: fix.edits.map((e) => ({ range: jsonRange(doc, e.span), newText: e.newText })) })),
    related: f.related.map((r) => ({ ...where(r.span), message: r.message })),
  };
}

/** "12:5" for text, "¶12:5" (Word paragraph and character, 1-based) for a Word file. */
export function positionLabel(doc: ReportDocument, offset: number, docx?: DocxImport): string {
  if (docx) {
    const at = docxPosition(docx, offset);
    return `¶${at.paragraph}:${at.character + 1}`;
  }
  const at = positionAt(doc.lineStarts, offset);
  return `${at.line + 1}:${at.character + 1}`;
}

/** "file:12:5" for text, "file.docx:¶12:5" for a Word file; the name as displayPath shows it. */
function location(path: string, doc: ReportDocument, offset: number, docx?: DocxImport): string {
  return `${displayPath(path)}:${positionLabel(doc, offset, docx)}`;
}

const severityColor: Record<Severity, string> = { error: '31', warning: '33', information: '36', hint: '90' };

// Control characters (a newline, an escape sequence, a bidi override) in a file name would forge or break lines.
const unsafeInName = /[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** A path as shown in text output: as is, or double-quoted with escapes when it holds control characters. */
export function displayPath(path: string): string {
  if (!unsafeInName.test(path)) return path;
  const escapes: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '"': '\\"', '\\': '\\\\' };
  const escaped = path.replace(new RegExp(`${unsafeInName.source}|["\\\\]`, 'g'), (c) => escapes[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `"${escaped}"`;
}

export function textLines(path: string, doc: ReportDocument, findings: Finding[], color: boolean, docx?: DocxImport): string[] {
  const paint = (code: string, s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  return findings.map((f) => {
    const where = location(path, doc, f.span.start, docx);
    return `${paint('2', where)} ${paint(severityColor[f.severity], `${f.severity}`)} ${paint('2', f.code)} ${f.message}`;
  });
}

/**
 * Colour for the text format when no --color/--no-color is given: FORCE_COLOR (any non-empty value but "0"/"false") forces it
 * on, NO_COLOR (any non-empty value) turns it off — FORCE_COLOR wins, as in Node — otherwise only on a terminal.
 */
export function colorWanted(env: NodeJS.ProcessEnv, isTty: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR) return false;
  return isTty;
}

/** `troubled`: files that could not be read or were not checked completely. */
export function summaryLine(counts: Record<Severity, number>, files: number, troubled: number): string {
  const total = counts.error + counts.warning + counts.information + counts.hint;
  const parts = (Object.keys(severityLabel) as Severity[]).filter((s) => counts[s]).map((s) => `${severityLabel[s]} ${counts[s]}`);
  const tail = troubled ? `，${troubled} 个文件无法检查或未检查完整` : '';
  return total ? `共 ${total} 个问题（${parts.join('，')}），检查了 ${files} 个文件${tail}` : `未发现问题，检查了 ${files} 个文件${tail}`;
}
