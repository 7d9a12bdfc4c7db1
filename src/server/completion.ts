// Completion at the start of a line: the next 层次序数 (after "（二）" offer "（三）", the first child "1.", and the
// next marker of each enclosing level).
import { CompletionItemKind, type CompletionItem, type Position } from 'vscode-languageserver';
import { canonicalMarker } from '../core/document';
import type { HeadingLevel, ReportDocument } from '../core/types';
import { toOffset, toRange } from './ranges';

const levelNames: Record<HeadingLevel, string> = { 1: '第一层', 2: '第二层', 3: '第三层', 4: '第四层' };
/** What may precede the cursor on the line: Markdown heading/quote marks, indentation, and a partly typed marker. */
const linePrefixRe = /^(?:#{1,6}[ \t]+|>[ \t]?)?[ \t]*/;
const partialMarkerRe = /^(?:\(?[一二三四五六七八九十]{0,3}|\(?[0-9]{0,2})$/;

export function completionsAt(doc: ReportDocument, position: Position): CompletionItem[] {
  if (position.line < 0 || position.line >= doc.lineStarts.length) return [];
  const lineStart = doc.lineStarts[position.line];
  const cursor = toOffset(doc, position);
  const before = doc.norm.slice(lineStart, cursor);
  const markerStart = lineStart + (linePrefixRe.exec(before)?.[0].length ?? 0);
  const typed = doc.norm.slice(markerStart, cursor);
  if (!partialMarkerRe.test(typed)) return [];
  const range = toRange(doc, { start: markerStart, end: cursor });
  const typedRaw = doc.text.slice(markerStart, cursor);
  return nextMarkers(doc, lineStart).map(({ level, ordinal }, i) => {
    const label = canonicalMarker(level, ordinal);
    return {
      label,
      kind: CompletionItemKind.EnumMember,
      detail: `${levelNames[level]}层次序数`,
      sortText: String(i).padStart(2, '0'),
      // The typed text is the prefix of what the editor filters on, so a half-width "(" still finds "（三）".
      filterText: typedRaw + label,
      textEdit: { range, newText: label },
    };
  });
}

/** Candidates in order: next sibling of the last heading, its first child, then the next marker of each ancestor. */
function nextMarkers(doc: ReportDocument, before: number): { level: HeadingLevel; ordinal: number }[] {
  const last: Partial<Record<HeadingLevel, number>> = {};
  let lastLevel: HeadingLevel | undefined;
  for (const block of doc.headings) {
    if (block.span.start >= before) break;
    const marker = block.heading;
    if (!marker) continue;
    last[marker.level] = marker.ordinal;
    for (let deeper = marker.level + 1; deeper <= 4; deeper++) delete last[deeper as HeadingLevel];
    lastLevel = marker.level;
  }
  if (!lastLevel) return [{ level: 1, ordinal: 1 }];
  const out: { level: HeadingLevel; ordinal: number }[] = [{ level: lastLevel, ordinal: (last[lastLevel] ?? 0) + 1 }];
  if (lastLevel < 4) out.push({ level: (lastLevel + 1) as HeadingLevel, ordinal: 1 });
  for (let level = lastLevel - 1; level >= 1; level--) {
    const ordinal = last[level as HeadingLevel];
    if (ordinal) out.push({ level: level as HeadingLevel, ordinal: ordinal + 1 });
  }
  return out;
}
