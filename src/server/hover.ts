// Hover on a figure: how the number was read (value, unit, metric, approximation) and the findings elsewhere it takes
// part in (with their arithmetic). The finding at the cursor itself is not repeated: the editor shows its diagnostic.
// The lint worker writes what each figure, number and related location says (HoverModel) from the analyses the rules
// already made; a hover only looks it up, so it never waits for a check.
import type { Figure } from '../core/figures';
import type { LintRun } from '../core/lint';
import type { ParsedNumber } from '../core/numbers';
import { severityLabel, type Span } from '../core/types';
import { spanContains } from './ranges';

export interface HoverModel {
  /** Each figure the figure rules read, and what it says. */
  figures: { span: Span; text: string }[];
  /** Each number of the prose the number rules read (a figure at the same place wins). */
  numbers: { span: Span; text: string }[];
  /** Each related location of a finding: shown when the cursor is there but not on the finding itself. */
  related: { span: Span; finding: Span; findingIndex: number; text: string }[];
}

export function hoverModel(run: LintRun): HoverModel {
  const { doc } = run;
  return {
    figures: run.analyses.figures().figures.map((f) => ({ span: f.span, text: describeFigure(f, doc.text.slice(f.span.start, f.span.end)) })),
    numbers: run.analyses.numbers().map((n) => ({ span: { start: n.start, end: n.unitEnd ?? n.end }, text: describeNumber(n) })),
    related: run.findings.flatMap((finding, findingIndex) => finding.related.map((r) => ({
      span: r.span,
      finding: finding.span,
      findingIndex,
      text: `**${severityLabel[finding.severity] ?? finding.severity}** \`${finding.code}\`：${escapeMarkdown(finding.message)}` +
        `（此处：${escapeMarkdown(r.message)}）`,
    }))),
  };
}

/** The hover at `offset` of the checked text: Markdown and the span it covers. */
export function hoverAt(model: HoverModel, offset: number): { markdown: string; span: Span } | null {
  const lines: string[] = [];
  const read = model.figures.find((f) => spanContains(f.span, offset)) ?? model.numbers.find((n) => spanContains(n.span, offset));
  let range = read?.span;
  if (read) lines.push(read.text);
  const seen = new Set<number>();
  for (const related of model.related) {
    // A finding at the cursor is in the same popup already (the editor shows its diagnostic): only the findings this
    // figure takes part in from elsewhere are news here.
    if (spanContains(related.finding, offset) || !spanContains(related.span, offset) || seen.has(related.findingIndex)) continue;
    seen.add(related.findingIndex);
    lines.push(related.text);
    range ??= related.span;
  }
  if (!lines.length || !range) return null;
  return { markdown: lines.join('\n\n'), span: range };
}

function describeFigure(f: Figure, written: string): string {
  const parts = [`**数字**“${escapeMarkdown(written)}”：数值 ${String(Number(f.value.toPrecision(12)))}${f.percent ? '%' : ''}`];
  if (!f.percent && f.unit) parts.push(`单位“${escapeMarkdown(f.unit)}”`);
  if (f.metric) parts.push(`统计对象“${escapeMarkdown(f.metric)}”`);
  if (f.approx) parts.push('约数，不参与精确核算');
  if (f.subsetCue) parts.push('“其中”分项');
  if (f.totalCue) parts.push('总数');
  return parts.join('；');
}

function describeNumber(n: ParsedNumber): string {
  if (n.isYear || n.dateRole) return `**日期**：${escapeMarkdown(n.text)}`;
  const value = String(Number(n.value.toPrecision(12)));
  const parts = [`**数字**“${escapeMarkdown(n.text)}”：数值 ${value}${n.percent ? '%' : ''}`];
  if (n.unit) parts.push(`单位“${escapeMarkdown(n.unit)}”`);
  if (n.approx.length) parts.push(`约数（${n.approx.join('、')}），不参与精确核算`);
  if (n.decimals > 0) parts.push(`${n.decimals} 位小数`);
  if (n.form !== 'arabic') parts.push(n.form === 'chinese' ? '汉字数字' : '阿拉伯数字与汉字混写');
  return parts.join('；');
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);
}
