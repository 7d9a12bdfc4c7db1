// The report's numbers, figure index and Han characters put together from its block units' (units.ts), each unit's
// read once and kept in the unit cache while its key is unchanged: after a one-character edit only the edited unit (and
// the neighbours whose margins hold the edit) is read again, not the whole report. A unit's numbers and figures depend
// on its text alone — the number reader looks a few characters around a number, extractFigures within a sentence, a
// few characters after a figure and the spaces before a number, all inside the unit's margin — so each is read from
// the unit's own window of text and document; its Han characters and its sentences' marks for the outline, from its
// blocks' and sentences' text; what is report-wide (figure ids, sentence numbers, paragraph, section, offsets) is set
// as the pieces are joined.
// test/corpus/unit-cache.test.ts compares each with those read whole.
import { readHan, type HanReading } from './chinese-script';
import { copyOf, extractFigures, paragraphsOf, sectionReader, type Figure, type FigureIndex, type FigureSentence } from './figures';
import { findNumbers, type ParsedNumber } from './numbers';
import { isProseBlock } from './rules/number-scope';
import { sentenceMarks, titleMatches } from './sections';
import type { Segmenter } from './segmenter';
import { toSimplified } from './script';
import { detached, WHITE_SPACE } from './text';
import type { ReportDocument, Span } from './types';
import type { UnitCache } from './unit-cache';
import { CheckUnits, UNIT_MARGIN, unitDocument, unitOffset, type DocumentUnit } from './units';

/**
 * What a block unit's text gives, in offsets from its window's start (unitOffset): its numbers, then its figures, the
 * Han characters of its prose blocks and its sentences' outline marks, each when first asked.
 */
export interface BlockPiece {
  numbers: ParsedNumber[];
  figures?: FigureIndex;
  han?: HanReading;
  /** The sentenceMarks of its sentences, in order. */
  sentenceMarks?: number[];
  /** Report-wide rules' readings of the unit (unitReadings), by the key each rule reads under. */
  readings?: Map<object, unknown>;
}

/** A block unit's reading by a report-wide rule, with the unit and the report offset its window starts at. */
export interface UnitValue<T> {
  unit: DocumentUnit;
  base: number;
  value: T;
}

/** The numbers, figures, Han characters and outline marks of one check, from the block units' pieces, each read when first asked. */
export class BlockReadings {
  private pieces?: BlockPiece[];

  /**
   * `context`: the segmenter and how the text is read (UnitCache.contextId), the prefix of the pieces' keys. `placed`:
   * the numbers and figures are the same objects from check to check, moved (moveTo) — the report's, whose run is read
   * before the next; a unit's document (local-rules.ts), whose findings the cache keeps, takes copies instead.
   */
  constructor(
    private readonly doc: ReportDocument, private readonly units: CheckUnits, private readonly cache: UnitCache,
    private readonly context: number, private readonly segmenter: Segmenter | undefined, private readonly placed = true,
  ) {}

  /**
   * The readings of one unit's document (units.ts) from the same pieces: its block units are the report's block units
   * inside it, their windows the same text, so their pieces are found in the cache.
   */
  ofUnit(unitDoc: ReportDocument): BlockReadings {
    return new BlockReadings(unitDoc, new CheckUnits(unitDoc), this.cache, this.context, this.segmenter, false);
  }

  private blockPieces(): BlockPiece[] {
    if (this.pieces) return this.pieces;
    const keys = this.units.keysOf('block');
    const text = this.doc.reading;
    // A unit's window of a traditional-script copy is converted as the whole text was (its own head may hold no hint).
    const traditional = text !== this.doc.text;
    return (this.pieces = this.units.units.block.map((unit, k) => {
      let piece = this.cache.blocks.get(this.context, keys[k]);
      if (!piece) {
        const base = unitOffset(unit);
        // Read from a copy of the window: what the cache keeps must not keep this version of the report (text.ts).
        const window = detached(keys[k].text);
        piece = { numbers: numbersIn(text, unit.span.start, unit.span.end, base, traditional ? toSimplified(window) : window) };
        this.cache.blocks.set(this.context, keys[k], piece);
      }
      return piece;
    }));
  }

  /** The numbers of the report's text (findNumbers(doc.reading)). */
  numbers(): ParsedNumber[] {
    const pieces = this.blockPieces();
    const text = this.doc.reading;
    const out: ParsedNumber[] = [];
    const occurrence = occurrences();
    let covered = 0;
    this.units.units.block.forEach((unit, k) => {
      gapNumbers(text, covered, unit.span.start, out);
      covered = unit.span.end;
      const base = unitOffset(unit);
      const own = pieces[k].numbers;
      if (!this.placed) {
        for (const x of own) out.push(shiftNumber(x, base));
        return;
      }
      const places = placedOf(placedNumbers, own);
      const n = occurrence(own);
      const last = places[n];
      if (!last) places[n] = { by: base, numbers: own.map((x) => shiftNumber(x, base)) };
      else if (last.by !== base) {
        // Moved by an edit before it, in place (as figures are: see moveTo).
        for (const x of last.numbers) moveNumber(x, base - last.by);
        last.by = base;
      }
      for (const x of places[n].numbers) out.push(x);
    });
    gapNumbers(text, covered, text.length, out);
    return out;
  }

  /** The Han characters of the report's prose blocks (readHan over each). */
  han(): HanReading {
    const pieces = this.blockPieces();
    const keys = this.units.keysOf('block');
    const blocks = this.doc.blocks;
    const out: HanReading = { han: 0, odd: [] };
    this.units.units.block.forEach((unit, k) => {
      const base = unitOffset(unit);
      let own = pieces[k].han;
      if (!own) {
        // Read from the unit's window (keys[k].text starts at `base`): the reading holds numbers only.
        own = pieces[k].han = { han: 0, odd: [] };
        for (let b = unit.first; b <= unit.last; b++) {
          if (isProseBlock(blocks[b])) readHan(keys[k].text, blocks[b].span.start - base, blocks[b].span.end - base, 0, own);
        }
      }
      out.han += own.han;
      for (const x of own.odd) out.odd.push(x + base);
    });
    return out;
  }

  /** The outline's marks of the report's sentences (sentenceMarks), by sentence. */
  sentenceMarks(): (number | undefined)[] {
    const pieces = this.blockPieces();
    const { norm, sentences } = this.doc;
    const out = new Array<number | undefined>(sentences.length);
    this.units.units.block.forEach((unit, k) => {
      let own = pieces[k].sentenceMarks;
      if (!own) {
        own = pieces[k].sentenceMarks = [];
        for (let s = unit.sentenceFrom; s < unit.sentenceTo; s++) own.push(sentenceMarks(norm, sentences[s].span));
      }
      for (let s = 0; s < own.length; s++) out[unit.sentenceFrom + s] = own[s];
    });
    return out;
  }

  /** The items a heading's title names (sections.ts titleMatches), kept by title while the document is edited. */
  titleMatches(title: string): number {
    const key = `${this.context}\u0000${title}`;
    let matched = this.cache.titles.get(key);
    if (matched === undefined) this.cache.titles.set(key, (matched = titleMatches(title, this.segmenter)));
    return matched;
  }

  /**
   * A report-wide rule's reading of each block unit, in offsets from the unit's window start (unitOffset): kept in the
   * unit's piece under `key` while the unit's key is unchanged and `fresh` holds for what was kept (what else the reading
   * depends on, the same), else read again with `read` from the unit's window of the report's text (`window`, starting
   * at `base`). An edit then reads the units it touched; the rule pairs what the units give, report-wide.
   */
  unitReadings<T>(key: object, read: (unit: DocumentUnit, base: number, window: string) => T, fresh: (kept: T, unit: DocumentUnit, base: number) => boolean): UnitValue<T>[] {
    const pieces = this.blockPieces();
    const keys = this.units.keysOf('block');
    return this.units.units.block.map((unit, k) => {
      const readings = (pieces[k].readings ??= new Map());
      const base = unitOffset(unit);
      let value = readings.get(key) as T | undefined;
      if (value === undefined || !fresh(value, unit, base)) readings.set(key, (value = read(unit, base, keys[k].text)));
      return { unit, base, value };
    });
  }

  /** What a report-wide rule keeps between checks of the document (DocumentAnalyses.kept), in the unit cache. */
  kept<T>(key: object, make: () => T): T {
    let value = this.cache.rules.get(key) as T | undefined;
    if (value === undefined) this.cache.rules.set(key, (value = make()));
    return value;
  }

  /** The figure index of the report (extractFigures). */
  figures(): FigureIndex {
    const pieces = this.blockPieces();
    const index: FigureIndex = { figures: [], sentences: [], asides: new Map() };
    const sectionAt = sectionReader(this.doc);
    // A paragraph may go on from the unit before ("其中，…" opening the next paragraph): read over the whole report.
    const paragraphs = paragraphsOf(this.doc);
    const occurrence = occurrences();
    this.units.units.block.forEach((unit, k) => {
      const base = unitOffset(unit);
      const piece = (pieces[k].figures ??= extractFigures(detachedDocument(unitDocument(this.doc, unit)), this.segmenter, pieces[k].numbers));
      if (!piece.figures.length) return;
      // Each sentence's section, read once and in order (sectionAt's cursor only moves forward).
      sectionsNow.length = 0;
      for (const x of piece.sentences) sectionsNow.push(sectionAt(x.span.start + base));
      const place: Place = { by: base, idBase: index.figures.length, sentenceBase: index.sentences.length, firstSentence: unit.sentenceFrom };
      if (!this.placed) {
        join(index, piece, place, paragraphs);
        return;
      }
      const places = placedOf(placedFigures, piece);
      const n = occurrence(piece);
      const last = places[n];
      if (last) {
        // Its figures and sentences as an earlier check joined them, moved to where the unit stands now.
        moveTo(last, place, paragraphs);
        for (const f of last.figures) index.figures.push(f);
        for (const x of last.sentences) index.sentences.push(x);
        return;
      }
      places[n] = join(index, piece, place, paragraphs);
    });
    for (const f of index.figures) {
      if (f.parenOwner === undefined) continue;
      const list = index.asides.get(f.parenOwner);
      if (list) list.push(f.id);
      else index.asides.set(f.parenOwner, [f.id]);
    }
    return index;
  }
}

/** A unit's document on copies of its text: the figures' words cut from it must not keep the report (text.ts). */
function detachedDocument(unitDoc: ReportDocument): ReportDocument {
  const text = detached(unitDoc.text);
  return { ...unitDoc, text, norm: detached(unitDoc.norm), reading: unitDoc.reading === unitDoc.text ? text : detached(unitDoc.reading) };
}

/** The numbers that start in text[from, to), read in `window` (the text from `base`), in offsets from `base`. */
function numbersIn(text: string, from: number, to: number, base: number, window = text.slice(base, Math.min(text.length, to + UNIT_MARGIN))): ParsedNumber[] {
  return findNumbers(window).filter((n) => n.start >= from - base && n.start < to - base);
}

/**
 * The numbers between units, read with a margin as a unit's are: the parser puts every line with text in a block, so
 * the gaps are blank lines — read all the same should a line ever stand outside every block.
 */
function gapNumbers(text: string, from: number, to: number, out: ParsedNumber[]): void {
  let blank = true;
  for (let k = from; k < to && blank; k++) blank = WHITE_SPACE.has(text.charCodeAt(k));
  if (blank) return;
  const base = Math.max(0, from - UNIT_MARGIN);
  for (const n of numbersIn(text, from, to, base)) out.push(shiftNumber(n, base));
}

// Each unit's numbers as last placed in the report: the same objects again, moved to where the unit stands now.
const placedNumbers = new WeakMap<ParsedNumber[], { by: number; numbers: ParsedNumber[] }[]>();

/**
 * A piece's placements, one per time it occurs in a check: units of the same text and shape share their piece (a
 * report that repeats a paragraph), and each occurrence keeps its own — as many as the report has, no more.
 */
function placedOf<K extends object, V>(placed: WeakMap<K, V[]>, piece: K): V[] {
  let places = placed.get(piece);
  if (!places) placed.set(piece, (places = []));
  return places;
}

/** Counts the occurrences of each piece in one check: 0 for its first. */
function occurrences(): (piece: object) => number {
  const seen = new Map<object, number>();
  return (piece) => {
    const n = seen.get(piece) ?? 0;
    seen.set(piece, n + 1);
    return n;
  };
}

/** Where a unit's figures stand in the report: their offset, the figures and sentences before them, its first sentence. */
interface Place {
  by: number;
  idBase: number;
  sentenceBase: number;
  firstSentence: number;
}

/**
 * Each unit's figures as last joined, with where they stood: a unit whose piece is unchanged gives the same objects
 * again instead of copies, moved to where it stands now (moveTo). A check's rules never change the figures and
 * sentences of its index (they copy what they change), so sharing them between checks is safe; they are moved only
 * between checks.
 */
const placedFigures = new WeakMap<FigureIndex, Joined[]>();

interface Joined {
  place: Place;
  figures: Figure[];
  sentences: FigureSentence[];
}

/** The sections of the sentences of the unit being joined or moved (figures()), in a list kept for every unit. */
const sectionsNow: number[] = [];

/**
 * Appends a unit's figures and sentences, moved `by` characters, with ids, sentence and block numbers the report's, its
 * sentences in the sections of sectionsNow and their paragraphs (`paragraphs`, by the report's sentence).
 */
function join(index: FigureIndex, piece: FigureIndex, place: Place, paragraphs: readonly number[]): Joined {
  const { figures, sentences } = index;
  const { by, idBase, sentenceBase, firstSentence } = place;
  for (const f of piece.figures) {
    // copyOf, not a spread: one shape for every figure, so the rules' compiled code survives a collection.
    figures.push(copyOf(f, {
      id: f.id + idBase,
      number: shiftNumber(f.number, by),
      span: shiftSpan(f.span, by),
      numeralSpan: shiftSpan(f.numeralSpan, by),
      sentence: f.sentence + sentenceBase,
      parenOwner: f.parenOwner === undefined ? undefined : f.parenOwner + idBase,
      metricSpan: shiftSpan(f.metricSpan, by),
    }));
  }
  const ids = (list: number[]) => (list.length ? list.map((id) => id + idBase) : list);
  piece.sentences.forEach((s, k) => {
    sentences.push({
      span: shiftSpan(s.span, by),
      docSentence: s.docSentence + firstSentence,
      paragraph: paragraphs[s.docSentence + firstSentence],
      section: sectionsNow[k],
      figures: ids(s.figures),
      main: Object.freeze(s.main.map((f) => figures[f.id + idBase])),
      segments: s.segments.map((g) => ({ span: shiftSpan(g.span, by), clause: g.clause, figures: ids(g.figures) })),
      // Not kept across checks: a match holds the text it was found in, this version of the report.
      firstMatches: undefined,
      readings: (s.readings ??= new Map()),
    });
  });
  return { place, figures: figures.slice(idBase), sentences: sentences.slice(sentenceBase) };
}

/**
 * A unit's joined figures and sentences moved, in place, to `place` — as join would give them there: their offsets,
 * ids, sentence numbers, sections (sectionsNow) and paragraphs — without the copies join makes (new figures, numbers,
 * sentences, segments and spans for every unit after an edit, 5 ms of a one-character edit of a 200k report). Every
 * object changed belongs to this placement alone (join made each: the lists of ids too, but for empty ones), and what
 * a check built of them (findings, held relations, snapshot) is read before the next check of the document starts
 * (LintRequest.unitCache); the unit cache and a fix-all keep copies.
 */
function moveTo(joined: Joined, place: Place, paragraphs: readonly number[]): void {
  const last = joined.place;
  const by = place.by - last.by;
  const ids = place.idBase - last.idBase;
  const sentenceNumbers = place.sentenceBase - last.sentenceBase;
  const firstSentence = place.firstSentence - last.firstSentence;
  if (by || ids || sentenceNumbers) {
    for (const f of joined.figures) {
      if (by) {
        moveNumber(f.number, by);
        moveSpan(f.span, by);
        moveSpan(f.numeralSpan, by);
        moveSpan(f.metricSpan, by);
      }
      f.id += ids;
      if (f.parenOwner !== undefined) f.parenOwner += ids;
      f.sentence += sentenceNumbers;
    }
  }
  const sentences = joined.sentences;
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k];
    if (by) {
      moveSpan(s.span, by);
      for (const g of s.segments) moveSpan(g.span, by);
      // Found in the last check's text (see join).
      s.firstMatches = undefined;
    }
    if (ids) {
      addTo(s.figures, ids);
      for (const g of s.segments) addTo(g.figures, ids);
    }
    s.docSentence += firstSentence;
    s.paragraph = paragraphs[s.docSentence];
    s.section = sectionsNow[k];
  }
  joined.place = place;
}

function addTo(list: number[], d: number): void {
  for (let k = 0; k < list.length; k++) list[k] += d;
}

/** A number moved `d` characters, in place (see moveTo). */
function moveNumber(n: ParsedNumber, d: number): void {
  n.start += d;
  n.end += d;
  n.numeralStart += d;
  n.numeralEnd += d;
  if (n.unitStart !== undefined) n.unitStart += d;
  if (n.unitEnd !== undefined) n.unitEnd += d;
}

function moveSpan(s: Span, d: number): void {
  s.start += d;
  s.end += d;
}

/** Every field of T written out, optional ones too: a copy that names them all cannot miss one added later. */
type EveryField<T> = { [K in keyof Required<T>]: T[K] };

/** A number moved `by`: written field by field in the reader's order, not spread, so every copy has the reader's shape. */
function shiftNumber(n: ParsedNumber, by: number): ParsedNumber {
  const moved: EveryField<ParsedNumber> = {
    value: n.value,
    decimals: n.decimals,
    text: n.text,
    start: n.start + by,
    end: n.end + by,
    numeralStart: n.numeralStart + by,
    numeralEnd: n.numeralEnd + by,
    form: n.form,
    multiplier: n.multiplier,
    percent: n.percent,
    percentPoint: n.percentPoint,
    approx: n.approx,
    hasInnerSpace: n.hasInnerSpace,
    thousandsSeparator: n.thousandsSeparator,
    isYear: n.isYear,
    ordinal: n.ordinal,
    spaceBeforeUnit: n.spaceBeforeUnit,
    dateRole: n.dateRole,
    unit: n.unit,
    unitStart: n.unitStart === undefined ? undefined : n.unitStart + by,
    unitEnd: n.unitEnd === undefined ? undefined : n.unitEnd + by,
  };
  return moved;
}

function shiftSpan(s: Span, by: number): Span {
  return { start: s.start + by, end: s.end + by };
}
