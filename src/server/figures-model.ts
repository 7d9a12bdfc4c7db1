// The figures view's model, built in the lint worker from the figures the rules read (the same extraction the hover
// describes), the findings they take part in and the relations that held; offsets into the checked text.
import type { LintRun } from '../core/lint';
import type { Section, Span } from '../core/types';
import type { FigureRelation, ReportFigure } from './figures-protocol';
import { spansOverlap } from './ranges';

export interface FiguresModel {
  sections: { title: string; heading?: Span; figures: (Omit<ReportFigure, 'range'> & { span: Span })[] }[];
}

export function figuresModel(run: LintRun): FiguresModel {
  const { doc } = run;
  const sections: FiguresModel['sections'] = [];
  const bySection = new Map<Section | undefined, FiguresModel['sections'][number]>();
  const held = run.analyses.held();
  // Looked up per figure, not scanned: a long report has thousands of figures and hundreds of findings.
  const findingsAt = overlapIndex(run.findings.map((x) => [x.span, ...x.related.map((r) => r.span)]));
  const heldAt = overlapIndex(held.map((h) => h.spans));
  for (const f of run.analyses.figures().figures) {
    const section = deepestSection(doc.sections, f.span.start);
    let group = bySection.get(section);
    if (!group) {
      group = section
        ? { title: `${section.heading.heading?.markerText ?? ''}${section.title}`.replace(/\s+/g, ' ').trim(), heading: section.titleSpan, figures: [] }
        : { title: '', figures: [] };
      bySection.set(section, group);
      sections.push(group);
    }
    const relations: FigureRelation[] = [
      ...findingsAt(f.span).map((k) => run.findings[k]).map((x) => ({ code: x.code, holds: false, severity: x.severity, message: x.message })),
      ...heldAt(f.span).map((k) => held[k]).map((h) => ({ code: h.code, holds: true, message: h.message })),
    ].filter((r, k, all) => all.findIndex((o) => o.code === r.code && o.message === r.message) === k);
    group.figures.push({
      span: f.span, text: doc.text.slice(f.span.start, f.span.end), value: f.value, unit: f.unit, percent: f.percent,
      approx: f.approx, metric: f.metric, relations,
    });
  }
  return { sections };
}

// Spans longer than this (a finding over a whole paragraph) are few: they are tried against every figure.
const LONG_SPAN = 512;

/** For items with spans, the indices (ascending) of the items one of whose spans overlaps a given span. */
function overlapIndex(items: Span[][]): (span: Span) => number[] {
  const short: { span: Span; item: number }[] = [];
  const long: { span: Span; item: number }[] = [];
  items.forEach((spans, item) => {
    for (const span of spans) (span.end - span.start > LONG_SPAN ? long : short).push({ span, item });
  });
  short.sort((a, b) => a.span.start - b.span.start);
  return (span) => {
    const found = new Set<number>();
    // The first short span that may reach `span`: it starts at most LONG_SPAN before it.
    let lo = 0;
    for (let hi = short.length; lo < hi;) {
      const mid = (lo + hi) >> 1;
      if (short[mid].span.start < span.start - LONG_SPAN) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < short.length && short[k].span.start < span.end; k++) if (spansOverlap(short[k].span, span)) found.add(short[k].item);
    for (const entry of long) if (spansOverlap(entry.span, span)) found.add(entry.item);
    return [...found].sort((a, b) => a - b);
  };
}

/** The innermost section whose span holds `offset` (sections are in document order and do not overlap). */
function deepestSection(sections: readonly Section[], offset: number): Section | undefined {
  const section = sections.find((s) => s.span.start <= offset && offset < s.span.end);
  return section && (deepestSection(section.children, offset) ?? section);
}
