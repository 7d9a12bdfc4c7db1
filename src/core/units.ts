// The pieces of a report a local rule is run on when the engine caches its findings (local-rules.ts): a unit is one
// or more whole lines of blocks that no sentence crosses ('block'), or a top-level section with its blocks
// ('section'). Each unit is turned into a document of its own — its blocks, sentences and (for a section) its section
// tree, and the text from UNIT_MARGIN characters before it to as many after it (a rule may look a little beyond its
// block), in offsets from there — and a key that holds everything such a document is made of, so a unit whose key is
// unchanged has the same findings.
import type { RuleLocality } from './rule';
import { headInTraditional } from './script';
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
  /**
   * For a section unit: the top-level sections whose heading is in it (one, unless a line its heading shares with the
   * text before it joined two). None for a block unit.
   */
  sections: Section[];
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
    } else units.push({ first: b.index, last: b.index, sentenceFrom, sentenceTo: s, span: { start, end }, sections: [] });
  }
  return units;
}

const isBreak = (c: number) => c === 10 || c === 13;

/**
 * "第三季度，区长信箱共收到群众来信500件，……。⏎一、总体情况⏎按诉求类型分，……": the lead states the whole the first section
 * breaks down — when that section is the first of its numbering (一、, 1.) or unnumbered; before a section 二 the lead is
 * the body of an unheaded first section, another section.
 */
export function leadsIntoFirstSection(doc: ReportDocument): boolean {
  return (doc.sections[0]?.heading.heading?.ordinal ?? 1) === 1;
}

/**
 * Block units joined into each top-level section and the tail; the part before the first section goes with the first
 * when that is numbered 一 (the lead's totals are the first section's: section rules read them there).
 */
function sectionUnits(doc: ReportDocument, units: DocumentUnit[]): DocumentUnit[] {
  const sectionAt = new Map(doc.sections.map((s) => [s.heading.index, s]));
  const opensUnit = (index: number) => sectionAt.has(index) && !(index === doc.sections[0]?.heading.index && leadsIntoFirstSection(doc));
  const tail = doc.blocks.find((b) => b.span.start >= doc.bodySpan.end && b.span.start > doc.bodySpan.start);
  const out: DocumentUnit[] = [];
  for (const u of units) {
    const current = out[out.length - 1];
    if (current && !opensUnit(u.first) && u.first !== tail?.index) {
      current.last = u.last;
      current.sentenceTo = u.sentenceTo;
      current.span.end = u.span.end;
    } else out.push({ ...u, span: { ...u.span }, sections: [] });
    const unit = out[out.length - 1];
    for (let k = u.first; k <= u.last; k++) {
      const section = sectionAt.get(k);
      if (section) unit.sections.push(section);
    }
  }
  return out;
}

/**
 * Whether the report is read converted to simplified script (script.ts): then every line's norm is converted. Asked of
 * the head alone, as the parser asked it: folding the whole report again cost every check a copy of its text.
 */
export function readsAsTraditional(doc: ReportDocument): boolean {
  return headInTraditional(foldWidth(doc.text.slice(0, 2000)));
}

/** The units of each locality. */
export function documentUnits(doc: ReportDocument): Record<RuleLocality, DocumentUnit[]> {
  const block = blockUnits(doc);
  return { block, section: sectionUnits(doc, block) };
}

/** The report offset a unit document's offset 0 stands for. */
export function unitOffset(unit: DocumentUnit): number {
  return Math.max(0, unit.span.start - UNIT_MARGIN);
}

/** What of the report a unit's document holds: the text from `base` to `end`, its own lines ending at `length`. */
function unitWindow(doc: ReportDocument, unit: DocumentUnit): { base: number; end: number; length: number } {
  const base = unitOffset(unit);
  return { base, end: Math.min(doc.text.length, unit.span.end + UNIT_MARGIN), length: unit.span.end - base };
}

/** Everything a unit's document is made of besides the report-wide context: its shape and its text. */
export interface UnitKey {
  /**
   * A 64-bit fingerprint of its blocks, sentences and sections in its own offsets (what the parser made of the lines
   * from their context).
   */
  shape: string;
  /** The report's text from UNIT_MARGIN characters before the unit to as many after it. */
  text: string;
  /** A hash of the text, computed once: every cache a unit is looked up in keys by it. */
  hash: number;
}

/** The units of one check with their keys, each built once however many caches (local rules, figures) read them. */
export class CheckUnits {
  readonly units: Record<RuleLocality, DocumentUnit[]>;
  private readonly keys: Partial<Record<RuleLocality, UnitKey[]>> = {};

  /** `previous`: the keys of the last check of the same document, whose texts' hashes are taken where a text is equal. */
  constructor(private readonly doc: ReportDocument, private readonly previous: Partial<Record<RuleLocality, UnitKey[]>> = {}) {
    this.units = documentUnits(doc);
  }

  keysOf(locality: RuleLocality): UnitKey[] {
    let keys = this.keys[locality];
    if (!keys) {
      // An edit leaves the units before it in place and those after it at the same place from the end: each is
      // compared with the unit of the last check there (a native comparison) before its text is hashed again.
      const list = this.units[locality];
      const last = this.previous[locality] ?? [];
      const shift = last.length - list.length;
      keys = this.keys[locality] = list.map((unit, k) => unitKey(this.doc, unit, locality, last[k], last[k + shift]));
    }
    return keys;
  }

  /** The keys built so far, for the next check's CheckUnits. */
  get built(): Partial<Record<RuleLocality, UnitKey[]>> {
    return this.keys;
  }
}

/**
 * A unit's key, built from the report's objects without making the unit's document, which only a unit missing from
 * the cache needs.
 */
function unitKey(doc: ReportDocument, unit: DocumentUnit, locality: RuleLocality, atStart?: UnitKey, atEnd?: UnitKey): UnitKey {
  const { base, end, length } = unitWindow(doc, unit);
  // The shape is fingerprinted, not written out: the keys of every unit are built again on every check, and the
  // strings they were (4 MB a check of a 200,000-character report) were most of their cost.
  const shape = shapeWriter.start(base, length, unit);
  shape.text(locality).text(doc.format);
  for (let k = unit.first; k <= unit.last; k++) {
    const b = doc.blocks[k];
    const h = b.heading;
    shape.text(b.kind).span(b.span).span(b.contentSpan);
    if (h) shape.number(1).number(h.level).number(h.ordinal).text(h.style).text(h.markerText).text(h.canonicalText).span(h.markerSpan);
    else shape.number(-1);
    shape.number(b.markdownDepth ?? -1).number(b.listItem ? 1 : 0).number(b.enumerations.length);
    for (const e of b.enumerations) shape.number(e.ordinal).text(e.markerText).span(e.markerSpan);
    shape.number(b.rows ? b.rows.length : -1);
    for (const r of b.rows ?? []) {
      shape.number(r.length);
      for (const cell of r) shape.span(cell.span);
    }
  }
  for (let k = unit.sentenceFrom; k < unit.sentenceTo; k++) shape.span(doc.sentences[k].span).number(doc.sentences[k].blockIndex - unit.first);
  shape.number(unit.sections.length);
  for (const s of unit.sections) shape.section(s);
  shape.block(doc.title).block(doc.addressee).block(doc.lead).block(doc.signature);
  const text = doc.text.slice(base, end);
  const same = atStart?.text === text ? atStart : atEnd?.text === text ? atEnd : undefined;
  return { shape: shape.value(), text, hash: same ? same.hash : textHash(text) };
}

/**
 * Two 32-bit multiplicative hash lanes (64 bits) over a sequence of numbers and strings, each string preceded by its
 * length so no two sequences read alike: the shape of a unit, compared by this value alone. Spans and blocks are
 * written in the unit's own offsets and indices. One writer, started again for each unit: no object per unit.
 */
class ShapeWriter {
  private a = 0;
  private b = 0;
  private base = 0;
  private length = 0;
  private first = 0;
  private last = 0;

  start(base: number, length: number, unit: DocumentUnit): this {
    this.a = 0x811c9dc5;
    this.b = 0x9e3779b9;
    this.base = base;
    this.length = length;
    this.first = unit.first;
    this.last = unit.last;
    return this;
  }

  number(x: number): this {
    this.a = Math.imul(this.a ^ x, 0x01000193);
    this.b = Math.imul(this.b ^ x, 0x5bd1e995) ^ (this.b >>> 13);
    return this;
  }

  text(s: string): this {
    this.number(s.length);
    for (let k = 0; k < s.length; k++) this.number(s.charCodeAt(k));
    return this;
  }

  /** A span in the unit's offsets, cut at the end of its own lines. */
  span(s: Span): this {
    return this.number(Math.min(s.start - this.base, this.length)).number(Math.min(s.end - this.base, this.length));
  }

  /** A block's index in the unit, or -1 for none or one outside it. */
  block(b: Block | undefined): this {
    return this.number(b && b.index >= this.first && b.index <= this.last ? b.index - this.first : -1);
  }

  section(s: Section): this {
    this.block(s.heading).number(s.level).span(s.titleSpan).span(s.span).number(s.blocks.length);
    for (const b of s.blocks) this.block(b);
    this.number(s.children.length);
    for (const child of s.children) this.section(child);
    return this;
  }

  value(): string {
    return `${this.a >>> 0}.${this.b >>> 0}`;
  }
}

const shapeWriter = new ShapeWriter();

/** FNV-1a over the text's UTF-16 code units. */
function textHash(text: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < text.length; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h >>> 0;
}

/** One unit as a document of its own, in offsets from unitOffset(unit). */
export function unitDocument(doc: ReportDocument, unit: DocumentUnit): ReportDocument {
  const { base, end, length } = unitWindow(doc, unit);
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
  const text = doc.text.slice(base, end);
  const unitDoc: ReportDocument = {
    text,
    norm: doc.norm.slice(base, end),
    reading: doc.reading === doc.text ? text : doc.reading.slice(base, end),
    format: doc.format,
    lineStarts: computeLineStarts(text),
    blocks,
    sections: unit.sections.map(rebase),
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
  return unitDoc;
}
