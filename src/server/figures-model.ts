// The figures of a check, built in the lint worker and passed to the server column by column: each figure as numbers
// in typed arrays and a few strings, not an object with its hover text (at 200k: 2,500 figures, 20× cheaper to pass
// between threads, built without an object per figure). The hover (hover.ts) and the figures view read the same
// table; their text is written when one is asked for. Offsets into the checked text.
import type { LintRun } from '../core/lint';
import type { Section, Span } from '../core/types';
import type { FigureRelation, ReportFigure } from './figures-protocol';
import { spansOverlap } from './ranges';

/** What a figure is marked as (bits of FigureTable.flags). */
export const figurePercent = 1;
export const figureApprox = 2;
export const figureSubset = 4;
export const figureTotal = 8;

/** The figures the rules read, in text order. */
export interface FigureTable {
  /** Start and end of each figure, in pairs. */
  spans: Int32Array;
  values: Float64Array;
  /** figurePercent | figureApprox | figureSubset | figureTotal. */
  flags: Uint8Array;
  units: string[];
  /** The noun phrase each counts; may be ''. */
  metrics: string[];
}

/** The figures view: the table, the section each figure is under, and the relations each takes part in. */
export interface FiguresModel {
  table: FigureTable;
  /** The sections figures are under, in the order of their first figure ('' for the figures outside any section). */
  sections: { title: string; heading?: Span }[];
  /** Per figure, its index in `sections`. */
  sectionOf: Int32Array;
  /** Figure k's relations are relations[relationIds[relationStarts[k] … relationStarts[k + 1]]]. */
  relationStarts: Int32Array;
  relationIds: Int32Array;
  /** One per finding and per relation that held that any figure takes part in. */
  relations: FigureRelation[];
}

export function figuresModel(run: LintRun): FiguresModel {
  const { doc } = run;
  const figures = run.analyses.figures().figures;
  const count = figures.length;
  const table = figureTable(count);
  const sections: FiguresModel['sections'] = [];
  const sectionIndex = new Map<Section | undefined, number>();
  const sectionOf = new Int32Array(count);
  const held = run.analyses.held();
  const findingCount = run.findings.length;
  // Relation r < findingCount is finding r; beyond, held[r - findingCount]. Looked up per figure, not scanned: a long
  // report has thousands of figures and hundreds of findings.
  const spansOf: Span[][] = [];
  for (const finding of run.findings) {
    const spans = [finding.span];
    for (const related of finding.related) spans.push(related.span);
    spansOf.push(spans);
  }
  for (const relation of held) spansOf.push(relation.spans);
  const relationsAt = overlapIndex(spansOf);
  const relationStarts = new Int32Array(count + 1);
  const relationIds: number[] = [];
  const relationSlot = new Map<number, number>();
  const relations: FigureRelation[] = [];
  for (let k = 0; k < count; k++) {
    const f = figures[k];
    table.spans[2 * k] = f.span.start;
    table.spans[2 * k + 1] = f.span.end;
    table.values[k] = f.value;
    table.flags[k] = (f.percent ? figurePercent : 0) | (f.approx ? figureApprox : 0) | (f.subsetCue ? figureSubset : 0) | (f.totalCue ? figureTotal : 0);
    table.units[k] = f.unit;
    table.metrics[k] = f.metric;
    const section = deepestSection(doc.sections, f.span.start);
    let group = sectionIndex.get(section);
    if (group === undefined) {
      group = sections.length;
      sectionIndex.set(section, group);
      sections.push(section
        ? { title: `${section.heading.heading?.markerText ?? ''}${section.title}`.replace(/\s+/g, ' ').trim(), heading: section.titleSpan }
        : { title: '' });
    }
    sectionOf[k] = group;
    const first = relationIds.length;
    for (const r of relationsAt(f.span)) {
      let slot = relationSlot.get(r);
      if (slot === undefined) {
        slot = relations.length;
        relationSlot.set(r, slot);
        const finding = r < findingCount ? run.findings[r] : undefined;
        relations.push(finding
          ? { code: finding.code, holds: false, severity: finding.severity, message: finding.message }
          : { code: held[r - findingCount].code, holds: true, message: held[r - findingCount].message });
      }
      // The same code and message twice (two findings alike) is listed once.
      const relation = relations[slot];
      let repeated = false;
      for (let j = first; j < relationIds.length && !repeated; j++) {
        const other = relations[relationIds[j]];
        repeated = other.code === relation.code && other.message === relation.message;
      }
      if (!repeated) relationIds.push(slot);
    }
    relationStarts[k + 1] = relationIds.length;
  }
  return { table, sections, sectionOf, relationStarts, relationIds: Int32Array.from(relationIds), relations };
}

function figureTable(count: number): FigureTable {
  return { spans: new Int32Array(2 * count), values: new Float64Array(count), flags: new Uint8Array(count), units: new Array<string>(count), metrics: new Array<string>(count) };
}

/** The model of a document that is no report. */
export function noFigures(): FiguresModel {
  return { table: figureTable(0), sections: [], sectionOf: new Int32Array(0), relationStarts: new Int32Array(1), relationIds: new Int32Array(0), relations: [] };
}

/** The figures view's figures by section, each as `place` puts it in the text as it is now (undefined: left out). */
export function figureSections(model: FiguresModel, checkedText: string, place: (span: Span) => ReportFigure['range'] | undefined) {
  const { table } = model;
  const figures: ReportFigure[][] = model.sections.map(() => []);
  for (let k = 0; k < model.sectionOf.length; k++) {
    const span = { start: table.spans[2 * k], end: table.spans[2 * k + 1] };
    const range = place(span);
    if (!range) continue;
    const relations: FigureRelation[] = [];
    for (let j = model.relationStarts[k]; j < model.relationStarts[k + 1]; j++) relations.push(model.relations[model.relationIds[j]]);
    figures[model.sectionOf[k]].push({
      range, text: checkedText.slice(span.start, span.end), value: table.values[k], unit: table.units[k],
      percent: (table.flags[k] & figurePercent) !== 0, approx: (table.flags[k] & figureApprox) !== 0, metric: table.metrics[k], relations,
    });
  }
  return model.sections.map((section, k) => ({ ...section, figures: figures[k] })).filter((s) => s.figures.length);
}

// Spans longer than this (a finding over a whole paragraph) are few: they are tried against every figure.
const LONG_SPAN = 512;

/**
 * For items with spans, the indices (ascending) of the items one of whose spans overlaps a given span. Most figures
 * overlap none: they get one shared empty list, not a set and a list each.
 */
function overlapIndex(items: Span[][]): (span: Span) => readonly number[] {
  const short: { span: Span; item: number }[] = [];
  const long: { span: Span; item: number }[] = [];
  items.forEach((spans, item) => {
    for (const span of spans) (span.end - span.start > LONG_SPAN ? long : short).push({ span, item });
  });
  short.sort((a, b) => a.span.start - b.span.start);
  return (span) => {
    let found: number[] | undefined;
    // The first short span that may reach `span`: it starts at most LONG_SPAN before it.
    let lo = 0;
    for (let hi = short.length; lo < hi;) {
      const mid = (lo + hi) >> 1;
      if (short[mid].span.start < span.start - LONG_SPAN) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < short.length && short[k].span.start < span.end; k++) if (spansOverlap(short[k].span, span)) (found ??= []).push(short[k].item);
    for (const entry of long) if (spansOverlap(entry.span, span)) (found ??= []).push(entry.item);
    if (!found) return noItems;
    found.sort((a, b) => a - b);
    // An item with several spans over the figure is listed once.
    return found.filter((item, k) => k === 0 || item !== found[k - 1]);
  };
}

const noItems: readonly number[] = [];

/** The innermost section whose span holds `offset` (sections are in document order and do not overlap). */
function deepestSection(sections: readonly Section[], offset: number): Section | undefined {
  const section = sections.find((s) => s.span.start <= offset && offset < s.span.end);
  return section && (deepestSection(section.children, offset) ?? section);
}
