// Hover on a figure: how the number was read (value, unit, metric, approximation) and the findings elsewhere it takes
// part in (with their arithmetic). The finding at the cursor itself is not repeated: the editor shows its diagnostic.
import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { Figure } from '../core/figures';
import type { LintRun } from '../core/lint';
import type { ParsedNumber } from '../core/numbers';
import type { Finding, Span } from '../core/types';
import { spanContains, toRange } from './ranges';

const severityLabel: Record<Finding['severity'], string> = { error: '错误', warning: '警告', information: '提示', hint: '建议' };

/** The figures are those the figure rules read (the lint run's analyses): hover extracts nothing again. */
export function hoverAt(run: LintRun, offset: number): Hover | null {
  const { doc } = run;
  const lines: string[] = [];
  let range: Span | undefined;
  const figure = run.analyses.figures().figures.find((f) => spanContains(f.span, offset));
  const number = figure ? undefined : numberAt(run, offset);
  if (figure) {
    lines.push(describeFigure(figure, doc.text.slice(figure.span.start, figure.span.end)));
    range = figure.span;
  } else if (number) {
    lines.push(describeNumber(number));
    range = { start: number.start, end: number.unitEnd ?? number.end };
  }
  for (const finding of run.findings) {
    // A finding at the cursor is in the same popup already (the editor shows its diagnostic): only the findings this
    // figure takes part in from elsewhere are news here.
    if (spanContains(finding.span, offset)) continue;
    const related = finding.related.find((r) => spanContains(r.span, offset));
    if (related) {
      lines.push(`**${severityLabel[finding.severity] ?? finding.severity}** \`${finding.code}\`：${escapeMarkdown(finding.message)}` +
        `（此处：${escapeMarkdown(related.message)}）`);
      range ??= related.span;
    }
  }
  if (!lines.length || !range) return null;
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n\n') }, range: toRange(doc, range) };
}

/** The number under the cursor, among the prose numbers the number rules read (the lint run's analyses). */
function numberAt(run: LintRun, offset: number): ParsedNumber | undefined {
  return run.analyses.numbers().find((n) => n.start <= offset && offset <= (n.unitEnd ?? n.end));
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
