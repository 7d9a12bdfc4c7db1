// Hover on a figure: how the number was read (value, unit, metric, approximation) and the findings elsewhere it takes
// part in (with their arithmetic). The finding at the cursor itself is not repeated: the editor shows its diagnostic.
// The lint worker records the figures (figures-model.ts) and the prose numbers the rules read, column by column; a
// hover looks them up and writes the one under the cursor, so it never waits for a check.
import type { LintRun } from '../core/lint';
import { severityLabel, type Span } from '../core/types';
import { figureApprox, figurePercent, figureSubset, figureTotal, type FigureTable } from './figures-model';
import { spanContains } from './ranges';

/** What a prose number is (bits of NumberTable.flags). */
const numberPercent = 1;
const numberDate = 2;
const numberChinese = 4;
const numberMixed = 8;

/** The numbers of the prose the number rules read, in text order. */
export interface NumberTable {
  /** Start and end (the unit's end when it has one) of each number, in pairs. */
  spans: Int32Array;
  values: Float64Array;
  decimals: Int32Array;
  /** numberPercent | numberDate | numberChinese | numberMixed. */
  flags: Uint8Array;
  /** Where each number's own text ends (without the unit): it starts at its span's start. */
  textEnds: Int32Array;
  units: string[];
  /** The approximation markers, joined by "、" ('' for none). */
  approx: string[];
}

export interface HoverModel {
  /** Each number of the prose the number rules read (a figure at the same place wins). */
  numbers: NumberTable;
  /** Each related location of a finding: shown when the cursor is there but not on the finding itself. */
  related: { span: Span; finding: Span; findingIndex: number; text: string }[];
}

function numberTable(count: number): NumberTable {
  return {
    spans: new Int32Array(2 * count), values: new Float64Array(count), decimals: new Int32Array(count), flags: new Uint8Array(count),
    textEnds: new Int32Array(count), units: new Array<string>(count), approx: new Array<string>(count),
  };
}

/** The model of a document that is no report. */
export function noHover(): HoverModel {
  return { numbers: numberTable(0), related: [] };
}

export function hoverModel(run: LintRun): HoverModel {
  const parsed = run.analyses.numbers();
  const count = parsed.length;
  const numbers = numberTable(count);
  for (let k = 0; k < count; k++) {
    const n = parsed[k];
    numbers.spans[2 * k] = n.start;
    numbers.spans[2 * k + 1] = n.unitEnd ?? n.end;
    numbers.values[k] = n.value;
    numbers.decimals[k] = n.decimals;
    numbers.flags[k] = (n.percent ? numberPercent : 0) | (n.isYear || n.dateRole ? numberDate : 0) |
      (n.form === 'chinese' ? numberChinese : n.form === 'mixed' ? numberMixed : 0);
    numbers.textEnds[k] = n.end;
    numbers.units[k] = n.unit ?? '';
    numbers.approx[k] = n.approx.join('、');
  }
  return {
    numbers,
    related: run.findings.flatMap((finding, findingIndex) => finding.related.map((r) => ({
      span: r.span,
      finding: finding.span,
      findingIndex,
      text: `**${severityLabel[finding.severity] ?? finding.severity}** \`${finding.code}\`：${escapeMarkdown(finding.message)}` +
        `（此处：${escapeMarkdown(r.message)}）`,
    }))),
  };
}

/** The first entry of a table's spans (start, end pairs) that holds `offset`, or -1. */
function entryAt(spans: Int32Array, offset: number): number {
  for (let k = 0; k < spans.length; k += 2) if (spans[k] <= offset && offset <= spans[k + 1]) return k >> 1;
  return -1;
}

/** The hover at `offset` of the checked text (`text`): Markdown and the span it covers. */
export function hoverAt(model: HoverModel, figures: FigureTable, text: string, offset: number): { markdown: string; span: Span } | null {
  const lines: string[] = [];
  let range: Span | undefined;
  const figure = entryAt(figures.spans, offset);
  const number = figure < 0 ? entryAt(model.numbers.spans, offset) : -1;
  if (figure >= 0) {
    range = { start: figures.spans[2 * figure], end: figures.spans[2 * figure + 1] };
    lines.push(describeFigure(figures, figure, text.slice(range.start, range.end)));
  } else if (number >= 0) {
    const { spans, textEnds } = model.numbers;
    range = { start: spans[2 * number], end: spans[2 * number + 1] };
    lines.push(describeNumber(model.numbers, number, text.slice(range.start, textEnds[number])));
  }
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

function describeFigure(table: FigureTable, k: number, written: string): string {
  const flags = table.flags[k];
  const percent = (flags & figurePercent) !== 0;
  const parts = [`**数字**“${escapeMarkdown(written)}”：数值 ${String(Number(table.values[k].toPrecision(12)))}${percent ? '%' : ''}`];
  if (!percent && table.units[k]) parts.push(`单位“${escapeMarkdown(table.units[k])}”`);
  if (table.metrics[k]) parts.push(`统计对象“${escapeMarkdown(table.metrics[k])}”`);
  if (flags & figureApprox) parts.push('约数，不参与精确核算');
  if (flags & figureSubset) parts.push('“其中”分项');
  if (flags & figureTotal) parts.push('总数');
  return parts.join('；');
}

function describeNumber(table: NumberTable, k: number, written: string): string {
  const flags = table.flags[k];
  if (flags & numberDate) return `**日期**：${escapeMarkdown(written)}`;
  const value = String(Number(table.values[k].toPrecision(12)));
  const parts = [`**数字**“${escapeMarkdown(written)}”：数值 ${value}${flags & numberPercent ? '%' : ''}`];
  if (table.units[k]) parts.push(`单位“${escapeMarkdown(table.units[k])}”`);
  if (table.approx[k]) parts.push(`约数（${table.approx[k]}），不参与精确核算`);
  if (table.decimals[k] > 0) parts.push(`${table.decimals[k]} 位小数`);
  if (flags & (numberChinese | numberMixed)) parts.push(flags & numberChinese ? '汉字数字' : '阿拉伯数字与汉字混写');
  return parts.join('；');
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);
}
