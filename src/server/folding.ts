// Folding: one range per section (from its heading line to its last non-blank line) and the front matter. The spans
// come from the lint worker; the server turns them into lines of the text as it is now.
import type { FoldingRange, Range } from 'vscode-languageserver';
import type { ReportDocument, Section, Span } from '../core/types';

export function foldingSpans(doc: ReportDocument): Span[] {
  const out: Span[] = [];
  const add = (span: Span) => {
    let end = span.end;
    while (end > span.start && /\s/.test(doc.text[end - 1])) end--;
    out.push({ start: span.start, end });
  };
  if (doc.frontMatter) add(doc.frontMatter.span);
  const visit = (section: Section) => {
    add(section.span);
    section.children.forEach(visit);
  };
  doc.sections.forEach(visit);
  return out;
}

export function foldingRanges(spans: readonly Span[], toRange: (span: Span) => Range): FoldingRange[] {
  return spans.map(toRange).filter((r) => r.end.line > r.start.line).map((r) => ({ startLine: r.start.line, endLine: r.end.line }));
}
