// The report's figure index put together from its block units' figures (units.ts), each unit's read once and kept in
// the unit cache while its key is unchanged: after a one-character edit only the edited unit (and the neighbours
// whose margins hold the edit) is read again, not the whole report. A unit's figures depend on its sentences' text
// alone — extractFigures reads within a sentence, a few characters after a figure and the spaces before a number, all
// inside the unit's margin — so each is extracted from the unit's own document; what is report-wide (figure ids,
// sentence numbers, paragraph, section, offsets) is set as the pieces are joined. test/corpus/unit-cache.test.ts
// compares the index with the one extracted from the whole report.
import { extractFigures, sectionReader, type Figure, type FigureIndex, type FigureSentence } from './figures';
import type { ParsedNumber } from './numbers';
import type { Segmenter } from './segmenter';
import type { ReportDocument, Span } from './types';
import type { UnitCache } from './unit-cache';
import { type CheckUnits, unitDocument, unitOffset } from './units';

/**
 * The figure index of `doc` from its numbers (`findNumbers(doc.text)`), each block unit's figures taken from the cache
 * under `context` (the segmenter and how the text is read) or extracted and kept.
 */
export function blockFigures(
  doc: ReportDocument, units: CheckUnits, cache: UnitCache, context: number, segmenter: Segmenter | undefined, numbers: readonly ParsedNumber[],
): FigureIndex {
  const keys = units.keysOf('block');
  const index: FigureIndex = { figures: [], sentences: [], asides: new Map() };
  const sectionAt = sectionReader(doc);
  let n = 0; // cursor into numbers
  units.units.block.forEach((unit, k) => {
    const base = unitOffset(unit);
    let piece = cache.figures.get(context, keys[k]);
    if (!piece) {
      while (n < numbers.length && numbers[n].start < unit.span.start) n++;
      const own: ParsedNumber[] = [];
      for (let m = n; m < numbers.length && numbers[m].start < unit.span.end; m++) own.push(shiftNumber(numbers[m], -base));
      piece = extractFigures(unitDocument(doc, unit), segmenter, own);
      cache.figures.set(context, keys[k], piece);
    }
    if (!piece.figures.length) return;
    const sections = piece.sentences.map((x) => sectionAt(x.span.start + base));
    const place: Place = { by: base, idBase: index.figures.length, sentenceBase: index.sentences.length, firstBlock: unit.first, firstSentence: unit.sentenceFrom, sections };
    const last = placed.get(piece);
    if (last && samePlace(last.place, place)) {
      // Where the unit stood in the last check: its figures and sentences as they were joined then.
      for (const f of last.figures) index.figures.push(f);
      for (const x of last.sentences) index.sentences.push(x);
    } else placed.set(piece, join(index, piece, place));
  });
  for (const f of index.figures) {
    if (f.parenOwner === undefined) continue;
    const list = index.asides.get(f.parenOwner);
    if (list) list.push(f.id);
    else index.asides.set(f.parenOwner, [f.id]);
  }
  return index;
}

/** Where a unit's figures stand in the report: their offset, the numbers before them, their sentences' sections. */
interface Place {
  by: number;
  idBase: number;
  sentenceBase: number;
  firstBlock: number;
  firstSentence: number;
  sections: number[];
}

/**
 * Each unit's figures as last joined, with where they stood: a unit that stands where it stood (before the edit, or
 * anywhere when the edit kept the length) gives the same objects again instead of copies. The figures and sentences
 * of an index are never changed once built (the rules copy what they change), so sharing them is safe.
 */
const placed = new WeakMap<FigureIndex, { place: Place; figures: Figure[]; sentences: FigureSentence[] }>();

function samePlace(a: Place, b: Place): boolean {
  return a.by === b.by && a.idBase === b.idBase && a.sentenceBase === b.sentenceBase && a.firstBlock === b.firstBlock &&
    a.firstSentence === b.firstSentence && a.sections.every((x, k) => x === b.sections[k]);
}

/** Appends a unit's figures and sentences, moved `by` characters, with ids, sentence and block numbers the report's. */
function join(index: FigureIndex, piece: FigureIndex, place: Place): { place: Place; figures: Figure[]; sentences: FigureSentence[] } {
  const { figures, sentences } = index;
  const { by, idBase, sentenceBase, firstBlock, firstSentence } = place;
  for (const f of piece.figures) {
    figures.push({
      ...f,
      id: f.id + idBase,
      number: shiftNumber(f.number, by),
      span: shiftSpan(f.span, by),
      numeralSpan: shiftSpan(f.numeralSpan, by),
      sentence: f.sentence + sentenceBase,
      parenOwner: f.parenOwner === undefined ? undefined : f.parenOwner + idBase,
      metricSpan: shiftSpan(f.metricSpan, by),
    });
  }
  const ids = (list: number[]) => (list.length ? list.map((id) => id + idBase) : list);
  piece.sentences.forEach((s, k) => {
    sentences.push({
      span: shiftSpan(s.span, by),
      docSentence: s.docSentence + firstSentence,
      paragraph: s.paragraph + firstBlock,
      section: place.sections[k],
      figures: ids(s.figures),
      main: Object.freeze(s.main.map((f) => figures[f.id + idBase])),
      segments: s.segments.map((g) => ({ span: shiftSpan(g.span, by), clause: g.clause, figures: ids(g.figures) })),
      // The first matches of patterns in the sentence's text, relative to its start: the same wherever it stands.
      firstMatches: (s.firstMatches ??= new Map()),
      readings: (s.readings ??= new Map()),
    });
  });
  return { place, figures: figures.slice(idBase), sentences: sentences.slice(sentenceBase) };
}

function shiftNumber(n: ParsedNumber, by: number): ParsedNumber {
  return {
    ...n,
    start: n.start + by,
    end: n.end + by,
    numeralStart: n.numeralStart + by,
    numeralEnd: n.numeralEnd + by,
    unitStart: n.unitStart === undefined ? undefined : n.unitStart + by,
    unitEnd: n.unitEnd === undefined ? undefined : n.unitEnd + by,
  };
}

function shiftSpan(s: Span, by: number): Span {
  return { start: s.start + by, end: s.end + by };
}
