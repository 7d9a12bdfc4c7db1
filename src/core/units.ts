// The pieces of a report a local rule is run on when the engine caches its findings (lint.ts): a unit is one or more
// whole lines of blocks that no sentence crosses ('block'), or a top-level section with its blocks ('section'). Each
// unit is turned into a document of its own — its blocks, sentences and (for a section) its section tree, and the
// text from UNIT_MARGIN characters before it to as many after it (a rule may look a little beyond its block), in
// offsets from there — and a key that holds everything such a document is made of, so a unit whose key is unchanged
// has the same findings.
import type { RuleLocality } from './rule';
import { computeLineStarts, foldWidth, positionAt } from './text';
import type { Block, ReportDocument, Section, Sentence, Span } from './types';

/** How far outside its unit's lines a local rule may read the text (RuleMeta.locality). */
export const UNIT_MARGIN = 256;

export interface DocumentUnit {
  /** Blocks first..last (indices in doc.blocks). */
  first: number;
  last: number;
  /** Its sentences: doc.sentences[sentenceFrom, sentenceTo) (a sentence belongs to the block it starts in). */
  sentenceFrom: number;
  sentenceTo: number;
  /** From the start of the first block's line to the end of the last block's line (the line break left out). */
  span: Span;
}

/** Whole lines of blocks, split wherever a line break lies between two blocks and no sentence runs over it. */
function blockUnits(doc: ReportDocument): DocumentUnit[] {
  const { text, lineStarts, sentences } = doc;
  const lineOf = (at: number) => positionAt(lineStarts, at).line;
  const lineEnd = (line: number) => {
    let end = lineStarts[line + 1] ?? text.length;
    while (end > lineStarts[line] && isBreak(text.charCodeAt(end - 1))) end--;
    return end;
  };
  const units: DocumentUnit[] = [];
  let s = 0;
  for (const b of doc.blocks) {
    // Sentences are in document order, each under the block it starts in.
    const sentenceFrom = s;
    let reach = b.span.end;
    for (; s < sentences.length && sentences[s].blockIndex <= b.index; s++) reach = Math.max(reach, sentences[s].span.end);
    const start = lineStarts[lineOf(b.span.start)];
    const end = lineEnd(lineOf(reach));
    const current = units[units.length - 1];
    if (current && start < current.span.end) {
      current.last = b.index;
      current.sentenceTo = s;
      current.span.end = Math.max(current.span.end, end);
    } else units.push({ first: b.index, last: b.index, sentenceFrom, sentenceTo: s, span: { start, end } });
  }
  return units;
}

const isBreak = (c: number) => c === 10 || c === 13;

/** Block units joined into the part before the first top-level section, each top-level section, and the tail. */
function sectionUnits(doc: ReportDocument, units: DocumentUnit[]): DocumentUnit[] {
  const starts = new Set(doc.sections.map((s) => s.heading.index));
  const tail = doc.blocks.find((b) => b.span.start >= doc.bodySpan.end && b.span.start > doc.bodySpan.start);
  if (tail) starts.add(tail.index);
  const out: DocumentUnit[] = [];
  for (const u of units) {
    const current = out[out.length - 1];
    if (current && !starts.has(u.first)) {
      current.last = u.last;
      current.sentenceTo = u.sentenceTo;
      current.span.end = u.span.end;
    } else out.push({ ...u, span: { ...u.span } });
  }
  return out;
}

/** Whether the report is read converted to simplified script (script.ts): then every line's norm is converted. */
export function readsAsTraditional(doc: ReportDocument): boolean {
  return doc.norm !== foldWidth(doc.text);
}

/** The units of each locality. */
export function documentUnits(doc: ReportDocument): Record<RuleLocality, DocumentUnit[]> {
  const block = blockUnits(doc);
  return { block, section: sectionUnits(doc, block) };
}

/**
 * One unit as a document of its own, with the key of everything it holds besides the report-wide context, and the
 * report offset its offset 0 stands for.
 */
export function unitDocument(doc: ReportDocument, unit: DocumentUnit, locality: RuleLocality): { doc: ReportDocument; key: string; offset: number } {
  const base = Math.max(0, unit.span.start - UNIT_MARGIN);
  const end = Math.min(doc.text.length, unit.span.end + UNIT_MARGIN);
  const length = unit.span.end - base;
  const shift = (s: Span): Span => ({ start: s.start - base, end: Math.min(s.end - base, length) });
  const blocks: Block[] = [];
  for (let k = unit.first; k <= unit.last; k++) {
    const b = doc.blocks[k];
    const block: Block = {
      ...b,
      span: shift(b.span),
      contentSpan: shift(b.contentSpan),
      enumerations: b.enumerations.map((e) => ({ ...e, markerSpan: shift(e.markerSpan) })),
      index: k - unit.first,
    };
    if (b.heading) block.heading = { ...b.heading, markerSpan: shift(b.heading.markerSpan) };
    if (b.rows) block.rows = b.rows.map((r) => r.map((cell) => ({ ...cell, span: shift(cell.span) })));
    blocks.push(block);
  }
  const own = (b: Block | undefined) => (b && b.index >= unit.first && b.index <= unit.last ? blocks[b.index - unit.first] : undefined);
  const sentences: Sentence[] = doc.sentences.slice(unit.sentenceFrom, unit.sentenceTo)
    .map((s) => ({ ...s, span: shift(s.span), blockIndex: s.blockIndex - unit.first }));
  const rebase = (s: Section): Section => ({
    ...s,
    heading: own(s.heading)!,
    titleSpan: shift(s.titleSpan),
    span: shift(s.span),
    children: s.children.map(rebase),
    blocks: s.blocks.map((b) => own(b)!),
  });
  // A section unit begins with its heading, unless a line it shares with the text before it joined the two.
  const sections = locality === 'section' ? doc.sections.filter((s) => own(s.heading)).map(rebase) : [];
  const text = doc.text.slice(base, end);
  const norm = doc.norm.slice(base, end);
  let lineStarts: number[] | undefined;
  const unitDoc: ReportDocument = {
    text,
    norm,
    format: doc.format,
    // Few rules need lines, and a unit found in the cache is never checked.
    get lineStarts() {
      return (lineStarts ??= computeLineStarts(text));
    },
    blocks,
    sections,
    headings: blocks.filter((b) => b.kind === 'heading'),
    sentences,
    title: own(doc.title),
    addressee: own(doc.addressee),
    lead: own(doc.lead),
    signature: own(doc.signature),
    // Local rules read the report year's value only; where it is written belongs to another unit.
    year: doc.year && { ...doc.year, span: { start: 0, end: 0 }, votes: [] },
    directives: [],
    missing: [],
    notices: [],
    bodySpan: { start: unit.span.start - base, end: length },
  };
  const shape = {
    blocks: blocks.map(({ content: _content, rows, ...b }) => ({ ...b, rows: rows?.map((r) => r.map((cell) => cell.span)) })),
    sentences: sentences.map((s) => [s.span.start, s.span.end, s.blockIndex]),
    sections: unitDoc.sections.map(sectionShape),
    roles: [unitDoc.title, unitDoc.addressee, unitDoc.lead, unitDoc.signature].map((b) => b?.index ?? -1),
  };
  // The reading view (norm) follows from the text line by line, once the report is known to be read as traditional
  // script or not: that is part of the report-wide context (readsAsTraditional).
  const key = `${locality}\u0001${JSON.stringify(shape)}\u0001${text}`;
  return { doc: unitDoc, key, offset: base };
}

function sectionShape(s: Section): unknown {
  return [s.heading.index, s.level, s.titleSpan, s.span, s.blocks.map((b) => b.index), s.children.map(sectionShape)];
}
