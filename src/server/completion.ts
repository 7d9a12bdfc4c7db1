// Completion at the start of a line: the next 层次序数 (after "（二）" offer "（三）", the first child "1.", and the
// next marker of each enclosing level); on an empty line, the skeleton of each required section the report lacks.
// The lint worker records the headings and the missing sections (CompletionModel); completion reads the line being
// typed from the text as it is now, so it never waits for a check.
import type { CompletionItem, Position } from 'vscode-languageserver';
import { CompletionItemKind, InsertTextFormat } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { canonicalMarker } from '../core/parse/outline';
import type { ReportProfile } from '../core/rule';
import { itemName, requiredItems, type ReportItem, type ReportOutline } from '../core/sections';
import { buildSnippets, otherSection, requiredSections, sectionSnippetName, type SectionTemplate } from '../core/skeleton';
import { foldWidth, toChineseOrdinal } from '../core/text';
import type { HeadingLevel, ReportDocument } from '../core/types';

const levelNames: Record<HeadingLevel, string> = { 1: '第一层', 2: '第二层', 3: '第三层', 4: '第四层' };
/** What may precede the cursor on the line: Markdown heading/quote marks, indentation, and a partly typed marker. */
const linePrefixRe = /^(?:#{1,6}[ \t]+|>[ \t]?)?[ \t]*/;
const partialMarkerRe = /^(?:\(?[一二三四五六七八九十]{0,3}|\(?[0-9]{0,2})$/;
/** A snippet prefix being typed at the start of a line: "fz-", "fz-rep". */
const snippetPrefixRe = /^fz-[a-z0-9]*$/i;

export interface CompletionModel {
  format: ReportDocument['format'];
  year?: number;
  /** The numbered headings in text order: where each starts, its level and ordinal. */
  headings: { start: number; level: HeadingLevel; ordinal: number }[];
  /** The four required sections the report lacks, then the optional item 5 when absent. */
  missing: ReportItem[];
}

/** `outline`: the lint run's (the rules that check the required sections read the same one). */
export function completionModel(doc: ReportDocument, outline: ReportOutline): CompletionModel {
  const covered = new Set(outline.evidence.map((e) => e.item));
  return {
    format: doc.format,
    year: doc.year?.value,
    headings: doc.headings.flatMap((h) => (h.heading ? [{ start: h.span.start, level: h.heading.level, ordinal: h.heading.ordinal }] : [])),
    missing: [...requiredItems, 'other' as const].filter((item) => !covered.has(item)),
  };
}

/** Completions at `position` of `document`; the model's heading offsets are already offsets of this text. */
export function completionsAt(model: CompletionModel, document: TextDocument, position: Position, profile: ReportProfile): CompletionItem[] {
  if (position.line < 0 || position.line >= document.lineCount || position.character < 0) return [];
  const lineStart = document.offsetAt({ line: position.line, character: 0 });
  const cursor = document.offsetAt(position);
  const text = document.getText();
  const before = foldWidth(text.slice(lineStart, cursor));
  const markerStart = lineStart + (linePrefixRe.exec(before)?.[0].length ?? 0);
  const typedRaw = text.slice(markerStart, cursor);
  if (!partialMarkerRe.test(foldWidth(typedRaw))) return [];
  const range = { start: document.positionAt(markerStart), end: position };
  const lineEnd = position.line + 1 < document.lineCount ? document.offsetAt({ line: position.line + 1, character: 0 }) : text.length;
  const blankLine = text.slice(lineStart, lineEnd).trim() === '';
  const skeletons = blankLine ? missingSectionSkeletons(model, lineStart, profile) : [];
  return [...nextMarkers(model, lineStart).map(({ level, ordinal }, i) => {
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

/**
 * The fz-… snippets (the same ones snippets/ contributes) while a prefix is typed at the start of a line: VS Code
 * turns quick suggestions off in Markdown and plain text, so contributed snippets would only show on Ctrl+Space.
 * Offered for any Markdown or plain-text document — a new, empty file is no report yet.
 */
export function snippetCompletionsAt(document: TextDocument, position: Position): CompletionItem[] {
  if (position.line < 0 || position.line >= document.lineCount || position.character < 0) return [];
  const lineStart = document.offsetAt({ line: position.line, character: 0 });
  const cursor = document.offsetAt(position);
  const before = document.getText().slice(lineStart, cursor);
  const typed = before.slice(linePrefixRe.exec(before)?.[0].length ?? 0);
  if (!snippetPrefixRe.test(typed)) return [];
  const range = { start: document.positionAt(cursor - typed.length), end: position };
  const format = document.languageId === 'markdown' ? 'markdown' : 'plaintext';
  return Object.entries(buildSnippets(format)).flatMap(([name, snippet], i) => snippet.prefix.map((prefix) => ({
    label: prefix,
    kind: CompletionItemKind.Snippet,
    detail: name,
    documentation: snippet.description,
    sortText: `fz${String(i).padStart(2, '0')}`,
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: { range, newText: snippet.body.join('\n') },
  } satisfies CompletionItem)));
}

const skeletonIds: Record<ReportItem, SectionTemplate['id']> = {
  measures: 'measures', shortcomings: 'shortcomings', leadership: 'leaders', plans: 'plans', other: 'other',
};

/** The sections the report lacks (the four required ones, then the optional item 5), as snippets from the shared
 * skeleton, numbered as the next 一、. */
function missingSectionSkeletons(model: CompletionModel, before: number, profile: ReportProfile): CompletionItem[] {
  if (!model.missing.length) return [];
  const snippets = buildSnippets(model.format);
  const nextTop = (model.headings.filter((h) => h.start < before && h.level === 1).pop()?.ordinal ?? 0) + 1;
  const items: CompletionItem[] = [];
  for (const item of model.missing) {
    const template = [...requiredSections, otherSection].find((s) => s.id === skeletonIds[item]);
    const snippet = template && snippets[sectionSnippetName(template)];
    if (!snippet) continue;
    let body = snippet.body.join('\n').replace(/\$\{\d+\|一,二,三,四,五,六,七,八,九,十\|\}/, toChineseOrdinal(nextTop));
    if (model.year) body = body.replace('${2:××××}', `\${2:${model.year}}`).replace('${3:××××}', `\${3:${model.year + 1}}`);
    const name = itemName(item, profile);
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
function nextMarkers(model: CompletionModel, before: number): { level: HeadingLevel; ordinal: number }[] {
  const last: Partial<Record<HeadingLevel, number>> = {};
  let lastLevel: HeadingLevel | undefined;
  for (const marker of model.headings) {
    if (marker.start >= before) break;
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
