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
    const takesPart = (span: Span) => spansOverlap(span, f.span);
    const relations: FigureRelation[] = [
      ...run.findings.filter((x) => takesPart(x.span) || x.related.some((r) => takesPart(r.span)))
        .map((x) => ({ code: x.code, holds: false, severity: x.severity, message: x.message })),
      ...held.filter((h) => h.spans.some(takesPart)).map((h) => ({ code: h.code, holds: true, message: h.message })),
    ].filter((r, k, all) => all.findIndex((o) => o.code === r.code && o.message === r.message) === k);
    group.figures.push({
      span: f.span, text: doc.text.slice(f.span.start, f.span.end), value: f.value, unit: f.unit, percent: f.percent,
      approx: f.approx, metric: f.metric, relations,
    });
  }
  return { sections };
}

/** The innermost section whose span holds `offset` (sections are in document order and do not overlap). */
function deepestSection(sections: readonly Section[], offset: number): Section | undefined {
  const section = sections.find((s) => s.span.start <= offset && offset < s.span.end);
  return section && (deepestSection(section.children, offset) ?? section);
}
