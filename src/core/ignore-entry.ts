// The ignore entry a plain-text report keeps in .fazhirc.json (lint.ts drops the findings such entries cover). Apart
// from lint.ts: the language server writes entries without loading the rules.
import type { IgnoreEntry } from './rule';
import { positionAt } from './text';
import type { Finding, ReportDocument } from './types';

/** Where one line's worth of text around a finding identifies it: the ignore entry a .txt report keeps in .fazhirc.json. */
export function ignoreEntryFor(doc: Pick<ReportDocument, 'text' | 'lineStarts'>, finding: Pick<Finding, 'code' | 'span'>, margin = 12): IgnoreEntry {
  const { line } = positionAt(doc.lineStarts, finding.span.start);
  const lineStart = doc.lineStarts[line];
  let lineEnd = doc.lineStarts[line + 1] ?? doc.text.length;
  while (lineEnd > lineStart && (doc.text[lineEnd - 1] === '\n' || doc.text[lineEnd - 1] === '\r')) lineEnd--;
  const start = Math.max(lineStart, finding.span.start - margin);
  const end = Math.min(Math.max(lineEnd, finding.span.end), finding.span.end + margin);
  return { code: finding.code, text: doc.text.slice(start, end) };
}
