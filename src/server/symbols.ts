// Outline and breadcrumbs: the title, the 一、/（一）/1./（1） section tree, the 附件说明, the 落款 and the attachments.
// Built in the lint worker with offsets (SpanSymbol); the server turns them into ranges of the text as it is now.
import type { DocumentSymbol, Range } from 'vscode-languageserver';
import { SymbolKind } from 'vscode-languageserver-types';
import type { ReportDocument, Section, Span } from '../core/types';

const maxNameLength = 60;

/** A DocumentSymbol with offsets into the linted text instead of ranges. */
export interface SpanSymbol {
  name: string;
  kind: SymbolKind;
  span: Span;
  selection: Span;
  children?: SpanSymbol[];
}

export function documentSymbols(doc: ReportDocument): SpanSymbol[] {
  const symbols: SpanSymbol[] = [];
  if (doc.title) symbols.push(symbol(doc, doc.title.content, SymbolKind.File, doc.title.span, doc.title.contentSpan));
  symbols.push(...doc.sections.map((s) => sectionSymbol(doc, s)));
  const attachments = doc.blocks.filter((b) => b.kind === 'attachment');
  if (attachments.length) {
    const span = { start: attachments[0].span.start, end: attachments[attachments.length - 1].span.end };
    symbols.push(symbol(doc, attachments.map((b) => b.content).join(' '), SymbolKind.Array, span, attachments[0].contentSpan));
  }
  const closing = [doc.signature?.span, doc.date?.span].filter((s): s is Span => !!s);
  if (closing.length) {
    const span = { start: Math.min(...closing.map((s) => s.start)), end: Math.max(...closing.map((s) => s.end)) };
    const name = [doc.signature?.content, doc.date?.text].filter(Boolean).join(' ');
    symbols.push(symbol(doc, `落款：${name}`, SymbolKind.Event, span, span));
  }
  // Each attachment after the 成文日期, from its label to the next label (or the end).
  const labels = doc.blocks.filter((b) => b.kind === 'appendix-label');
  labels.forEach((label, k) => {
    const title = doc.blocks[label.index + 1]?.kind === 'appendix-title' ? doc.blocks[label.index + 1].content : '';
    const end = k + 1 < labels.length ? labels[k + 1].span.start : doc.text.length;
    symbols.push(symbol(doc, `${label.content}${title ? ' ' + title : ''}`, SymbolKind.Module, { start: label.span.start, end }, label.contentSpan));
  });
  return symbols;
}

function sectionSymbol(doc: ReportDocument, section: Section): SpanSymbol {
  const marker = section.heading.heading;
  const selection = {
    start: marker?.markerSpan.start ?? section.titleSpan.start,
    end: Math.max(section.titleSpan.end, marker?.markerSpan.end ?? 0),
  };
  const s = symbol(doc, `${marker?.markerText ?? ''}${section.title}`, SymbolKind.String, section.span, selection);
  s.children = section.children.map((c) => sectionSymbol(doc, c));
  return s;
}

function symbol(doc: ReportDocument, rawName: string, kind: SymbolKind, span: Span, selection: Span): SpanSymbol {
  const oneLine = rawName.replace(/\s+/g, ' ').trim();
  const name = oneLine.length > maxNameLength ? oneLine.slice(0, maxNameLength) + '…' : oneLine;
  // The selection must lie inside the range, or the editor rejects the whole outline.
  const start = Math.max(span.start, Math.min(selection.start, span.end));
  const end = Math.max(start, Math.min(selection.end, span.end));
  return { name: name || '（无标题）', kind, span, selection: { start, end } };
}

/** The outline in ranges of the current text; `toRange` maps the linted offsets (the selection stays inside). */
export function toDocumentSymbols(symbols: readonly SpanSymbol[], toRange: (span: Span) => Range): DocumentSymbol[] {
  return symbols.map((s) => {
    const range = toRange(s.span);
    const selection = toRange(s.selection);
    const inside = comparePositions(selection.start, range.start) >= 0 && comparePositions(selection.end, range.end) <= 0;
    return {
      name: s.name, kind: s.kind, range, selectionRange: inside ? selection : { start: range.start, end: range.start },
      ...(s.children ? { children: toDocumentSymbols(s.children, toRange) } : {}),
    };
  });
}

function comparePositions(a: Range['start'], b: Range['start']): number {
  return a.line - b.line || a.character - b.character;
}
