// What the year-over-year rules (year-*) share: where a place in last year's report is (its line, for messages that
// cannot link into another file), and which part of a report is its plan for the next year.
import type { DocumentAnalyses } from '../analyses';
import type { PreviousReport } from '../previous';
import { positionAt } from '../text';
import type { ReportDocument, Span } from '../types';

/** "上年报告（某县2024年….md）第12行": where a span of last year's report is, for a message. */
export function previousPlace(previous: PreviousReport, span: Span): string {
  return `上年报告（${previous.name}）第${positionAt(previous.doc.lineStarts, span.start).line + 1}行`;
}

/** The plan for the next year: the scopes of the first-level headings (or sentences) the outline reads as item 4. */
export function planScopes(analyses: DocumentAnalyses): Span[] {
  const evidence = analyses.outline().evidence.filter((e) => e.item === 'plans');
  const headings = evidence.filter((e) => e.via === 'heading' && e.root);
  return (headings.length ? headings : evidence).map((e) => e.scope);
}

/** Whether an offset lies in one of the spans. */
export function within(spans: Span[], at: number): boolean {
  return spans.some((s) => s.start <= at && at < s.end);
}

/** Text of a span on one line, without spaces. */
export function compact(doc: ReportDocument, span: Span): string {
  return doc.norm.slice(span.start, span.end).replace(/\s+/g, '');
}
