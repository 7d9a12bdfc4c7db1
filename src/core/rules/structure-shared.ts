// Small helpers shared by the structure/* and meta/* rules.
import { otherPageKind } from '../page-kind';
import type { ReportDocument, Span } from '../types';

export function quote(s: string): string {
  return `“${s}”`;
}

/**
 * Whether the text is a report draft at all (not a scratch note or a stray file): it has a title, numbered or
 * Markdown headings, a 主送机关 or a 成文日期, or a few hundred characters of prose — and is not clearly another kind
 * of page (news, statistics, a hotline's figures). Checks for missing parts run only on reports.
 */
export function looksLikeReport(doc: ReportDocument): boolean {
  if (otherPageKind(doc)) return false;
  if (doc.title || doc.headings.length || doc.addressee || doc.date) return true;
  if (doc.blocks.some((b) => b.kind === 'paragraph' && b.markdownDepth)) return true;
  let prose = 0;
  for (const b of doc.blocks) if (b.kind === 'paragraph') prose += b.contentSpan.end - b.contentSpan.start;
  return prose >= 500;
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

/** Whether the report was delivered at a meeting (a "——在……会议上" line under its title): it then has no 落款. */
export function deliveredAtMeeting(doc: ReportDocument): boolean {
  return doc.blocks.some((b) => b.kind === 'subtitle');
}
