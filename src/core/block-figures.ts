// The report's figure index put together from its block units' figures (units.ts), each unit's read once and kept in
// the unit cache while its key is unchanged: after a one-character edit only the edited unit (and the neighbours
// whose margins hold the edit) is read again, not the whole report. A unit's figures depend on its sentences' text
// alone — extractFigures reads within a sentence, a few characters after a figure and the spaces before a number, all
// inside the unit's margin — so each is extracted from the unit's own document; what is report-wide (figure ids,
// sentence numbers, paragraph, section, offsets) is set as the pieces are joined. test/corpus/unit-cache.test.ts
// compares the index with the one extracted from the whole report.
import { extractFigures, sectionReader, type FigureIndex, type FigureSentence } from './figures';
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
    if (piece.figures.length) join(index, piece, base, unit.first, unit.sentenceFrom, sectionAt);
  });
  for (const f of index.figures) {
    if (f.parenOwner === undefined) continue;
    const list = index.asides.get(f.parenOwner);
    if (list) list.push(f.id);
    else index.asides.set(f.parenOwner, [f.id]);
  }
  return index;
}

/** Appends a unit's figures and sentences, moved `by` characters, with ids, sentence and block numbers the report's. */
function join(
  index: FigureIndex, piece: FigureIndex, by: number, firstBlock: number, firstSentence: number, sectionAt: (at: number) => number,
): void {
  const { figures, sentences } = index;
  const idBase = figures.length;
  const sentenceBase = sentences.length;
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
  for (const s of piece.sentences) {
    const span = shiftSpan(s.span, by);
    const sentence: FigureSentence = {
      span,
      docSentence: s.docSentence + firstSentence,
      paragraph: s.paragraph + firstBlock,
      section: sectionAt(span.start),
      figures: ids(s.figures),
      main: Object.freeze(s.main.map((f) => figures[f.id + idBase])),
      segments: s.segments.map((g) => ({ span: shiftSpan(g.span, by), clause: g.clause, figures: ids(g.figures) })),
      firstMatches: undefined,
    };
    sentences.push(sentence);
  }
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
