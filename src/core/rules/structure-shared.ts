// Small helpers shared by the structure/* and meta/* rules.
import type { Fix, ReportDocument, Span, TextEdit } from '../types';

export function quote(s: string): string {
  return `“${s}”`;
}

export function replaceFix(title: string, edits: TextEdit[], preferred = true): Fix {
  return { title, edits, preferred };
}

/** Offsets of the report-year digits ("2019") counted from the report's start: report year + offset. */
export function yearLabel(doc: ReportDocument, offset = 0): string | undefined {
  return doc.year ? `${doc.year.value + offset}年` : undefined;
}

/** The span of the document's last sentence of prose, for findings about something missing at the end. */
export function lastProseSpan(doc: ReportDocument): Span {
  for (let k = doc.sentences.length - 1; k >= 0; k--) {
    const s = doc.sentences[k];
    const kind = doc.blocks[s.blockIndex].kind;
    if (kind === 'paragraph' || kind === 'heading') return s.span;
  }
  return { start: doc.text.length, end: doc.text.length };
}
