// Completion at the start of a line: the next 层次序数 (after "（二）" offer "（三）", the first child "1.", and the
// next marker of each enclosing level); on an empty line, the skeleton of each required section the report lacks.
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Position } from 'vscode-languageserver';
import { canonicalMarker } from '../core/document';
import type { ReportProfile } from '../core/rule';
import { itemName, reportOutline, requiredItems, type ReportItem } from '../core/sections';
import type { Segmenter } from '../core/segmenter';
import { buildSnippets, otherSection, requiredSections, sectionSnippetName, type SectionTemplate } from '../core/skeleton';
import { toChineseOrdinal } from '../core/text';
import type { HeadingLevel, ReportDocument } from '../core/types';
import { toOffset, toRange } from './ranges';

const levelNames: Record<HeadingLevel, string> = { 1: '第一层', 2: '第二层', 3: '第三层', 4: '第四层' };
/** What may precede the cursor on the line: Markdown heading/quote marks, indentation, and a partly typed marker. */
const linePrefixRe = /^(?:#{1,6}[ \t]+|>[ \t]?)?[ \t]*/;
const partialMarkerRe = /^(?:\(?[一二三四五六七八九十]{0,3}|\(?[0-9]{0,2})$/;

export interface CompletionContext {
  segmenter?: Segmenter;
  profile: ReportProfile;
}

export function completionsAt(doc: ReportDocument, position: Position, context: CompletionContext): CompletionItem[] {
  if (position.line < 0 || position.line >= doc.lineStarts.length) return [];
  const lineStart = doc.lineStarts[position.line];
  const cursor = toOffset(doc, position);
  const before = doc.norm.slice(lineStart, cursor);
  const markerStart = lineStart + (linePrefixRe.exec(before)?.[0].length ?? 0);
  const typed = doc.norm.slice(markerStart, cursor);
  if (!partialMarkerRe.test(typed)) return [];
  const range = toRange(doc, { start: markerStart, end: cursor });
  const typedRaw = doc.text.slice(markerStart, cursor);
  const lineEnd = position.line + 1 < doc.lineStarts.length ? doc.lineStarts[position.line + 1] : doc.text.length;
  const blankLine = doc.text.slice(lineStart, lineEnd).trim() === '';
  const skeletons = blankLine ? missingSectionSkeletons(doc, lineStart, context) : [];
  return [...nextMarkers(doc, lineStart).map(({ level, ordinal }, i) => {
    const label = canonicalMarker(level, ordinal);
    return {
      label,
      kind: CompletionItemKind.EnumMember,
      detail: `${levelNames[level]}层次序数`,
      sortText: String(i).padStart(2, '0'),
      // The typed text is the prefix of what the editor filters on, so a half-width "(" still finds "（三）".
      filterText: typedRaw + label,
      textEdit: { range, newText: label },
    } satisfies CompletionItem;
  }), ...skeletons.map((item) => ({ ...item, textEdit: { range, newText: item.insertText ?? '' } }))];
}

const skeletonIds: Record<ReportItem, SectionTemplate['id']> = {
  measures: 'measures', shortcomings: 'shortcomings', leadership: 'leaders', plans: 'plans', other: 'other',
};

/** The sections the report lacks (the four required ones, then the optional item 5), as snippets from the shared
 * skeleton, numbered as the next 一、. */
function missingSectionSkeletons(doc: ReportDocument, before: number, context: CompletionContext): CompletionItem[] {
  const covered = new Set(reportOutline(doc, context.segmenter).evidence.map((e) => e.item));
  const missing = [...requiredItems, 'other' as const].filter((item) => !covered.has(item));
  if (!missing.length) return [];
  const snippets = buildSnippets(doc.format);
  const nextTop = (doc.headings.filter((h) => h.span.start < before && h.heading?.level === 1).pop()?.heading?.ordinal ?? 0) + 1;
  const items: CompletionItem[] = [];
  for (const item of missing) {
    const template = [...requiredSections, otherSection].find((s) => s.id === skeletonIds[item]);
    const snippet = template && snippets[sectionSnippetName(template)];
    if (!snippet) continue;
    let body = snippet.body.join('\n').replace(/\$\{\d+\|一,二,三,四,五,六,七,八,九,十\|\}/, toChineseOrdinal(nextTop));
    if (doc.year) body = body.replace('${2:××××}', `\${2:${doc.year.value}}`).replace('${3:××××}', `\${3:${doc.year.value + 1}}`);
    const name = itemName(item, context.profile);
    items.push({
      label: item === 'other' ? `补写可选内容：${name}` : `补写必备内容：${name}`,
      kind: CompletionItemKind.Snippet,
      detail: item === 'other' ? '可选：没有其他需要报告的情况可不写' : '报告缺少此项内容（《法治政府建设与责任落实督察工作规定》）',
      sortText: `9${items.length}`,
      filterText: name,
      insertTextFormat: InsertTextFormat.Snippet,
      insertText: body,
    });
  }
  return items;
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
