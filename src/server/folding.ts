// Folding: one range per section (from its heading line to its last non-blank line) and the front matter.
import type { FoldingRange } from 'vscode-languageserver';
import { positionAt } from '../core/text';
import type { ReportDocument, Section, Span } from '../core/types';

export function foldingRanges(doc: ReportDocument): FoldingRange[] {
  const out: FoldingRange[] = [];
  const add = (span: Span) => {
    const startLine = positionAt(doc.lineStarts, span.start).line;
    let end = span.end;
    while (end > span.start && /\s/.test(doc.text[end - 1])) end--;
    const endLine = positionAt(doc.lineStarts, end).line;
    if (endLine > startLine) out.push({ startLine, endLine });
  };
  if (doc.frontMatter) add(doc.frontMatter.span);
  const visit = (section: Section) => {
    add(section.span);
    section.children.forEach(visit);
  };
  doc.sections.forEach(visit);
  return out;
}
