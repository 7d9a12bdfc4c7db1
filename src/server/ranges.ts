// Span (UTF-16 offsets into the report text) ↔ LSP Range (line / UTF-16 character): both count UTF-16 units,
// so the conversion is exact; only line starts are needed.
import type { Position, Range } from 'vscode-languageserver';
import { offsetAt, positionAt } from '../core/text';
import type { ReportDocument, Span } from '../core/types';

export function toRange(doc: Pick<ReportDocument, 'lineStarts'>, span: Span): Range {
  return { start: positionAt(doc.lineStarts, span.start), end: positionAt(doc.lineStarts, span.end) };
}

export function toOffset(doc: Pick<ReportDocument, 'lineStarts' | 'text'>, position: Position): number {
  return offsetAt(doc.lineStarts, doc.text.length, position);
}

export function toSpan(doc: Pick<ReportDocument, 'lineStarts' | 'text'>, range: Range): Span {
  return { start: toOffset(doc, range.start), end: toOffset(doc, range.end) };
}

/** Whether `offset` lies in the span; an empty span or the end boundary counts so a cursor right after a figure hits it. */
export function spanContains(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

export function spansOverlap(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
