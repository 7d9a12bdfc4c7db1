// One row per report for the reviewer's table (fazhi-report summary, 检查文件夹中的全部报告): who reports on which
// year, which of the five items it covers and under which headings, the 成文日期 against the deadlines, and how many
// figure errors, wording findings and placeholders it has. Built from the same outline and findings as the checks.
import type { LintRun } from './lint';
import { dateTiming, type DateTiming } from './rules/meta-closing';
import { titleDocType, titleIssuer } from './rules/meta-title';
import { reportOutline, type ReportItem } from './sections';
import type { Segmenter } from './segmenter';
import type { Finding, ReportDocument, Severity, Span } from './types';

export const summaryItems: readonly ReportItem[] = ['measures', 'shortcomings', 'leadership', 'plans', 'other'];

export interface ItemCoverage {
  item: ReportItem;
  present: boolean;
  /** The headings that cover it, or the opening of the sentence that does ("段落：……") when no heading does. */
  where: string[];
}

export type DateStatus = DateTiming | 'placeholder' | 'partial' | 'missing' | 'no-year';

export interface SummaryFinding {
  /** "12:5", or "¶12:5" in a Word file. */
  where: string;
  severity: Severity;
  code: string;
  message: string;
}

export interface ReportSummary {
  path: string;
  /** The title as written, on one line. */
  title?: string;
  issuer?: string;
  year?: number;
  docType?: string;
  items: ItemCoverage[];
  date?: string;
  dateStatus: DateStatus;
  /** figure/* findings of error severity. */
  figureErrors: number;
  /** wording/* findings other than placeholders. */
  wordingFindings: number;
  /** wording/placeholder findings: ××, xx, （年）, 【请填写…】 left in the text. */
  placeholders: number;
  counts: Record<Severity, number>;
  findings: SummaryFinding[];
}

/** A short label for a sentence that covers an item without a heading. */
const sentenceLabelLength = 24;

export function summarizeReport(
  path: string, run: LintRun, context: { segmenter?: Segmenter; where: (span: Span) => string },
): ReportSummary {
  const { doc, findings } = run;
  const outline = reportOutline(doc, context.segmenter);
  const items = summaryItems.map((item): ItemCoverage => {
    const evidence = outline.evidence.filter((e) => e.item === item);
    const headings = evidence.filter((e) => e.via === 'heading').map((e) => oneLine(doc.text.slice(e.span.start, e.span.end)));
    const sentences = evidence.filter((e) => e.via === 'sentence').map((e) => `段落：${clip(oneLine(doc.text.slice(e.span.start, e.span.end)))}`);
    return { item, present: evidence.length > 0, where: unique(headings.length ? headings : sentences.slice(0, 1)) };
  });
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  findings.forEach((f) => counts[f.severity]++);
  const family = (f: Finding) => f.code.slice(0, f.code.indexOf('/'));
  return {
    path,
    title: doc.title ? oneLine(doc.title.content) : undefined,
    issuer: titleIssuer(doc) ?? (doc.signature ? oneLine(doc.signature.content) : undefined),
    year: doc.year?.value,
    docType: titleDocType(doc),
    items,
    date: doc.date ? oneLine(doc.date.text) : undefined,
    dateStatus: dateStatus(doc),
    figureErrors: findings.filter((f) => family(f) === 'figure' && f.severity === 'error').length,
    wordingFindings: findings.filter((f) => family(f) === 'wording' && f.code !== 'wording/placeholder').length,
    placeholders: findings.filter((f) => f.code === 'wording/placeholder').length,
    counts,
    findings: findings.map((f) => ({ where: context.where(f.span), severity: f.severity, code: f.code, message: f.message })),
  };
}

function dateStatus(doc: ReportDocument): DateStatus {
  const date = doc.date;
  if (!date) return 'missing';
  if (date.form === 'placeholder') return 'placeholder';
  if (date.form === 'partial') return 'partial';
  return doc.year ? dateTiming(date, doc.year.value) : 'no-year';
}

/** The 成文日期 column in words: the date, and how it stands against 3月1日 (报送) and 4月1日 (公开). */
export function describeDate(summary: Pick<ReportSummary, 'date' | 'dateStatus' | 'year'>): string {
  const next = summary.year === undefined ? '' : `${summary.year + 1}年`;
  const status: Record<DateStatus, string> = {
    'before-year-end': `早于报告年度结束`,
    'by-march-1': `${next}3月1日前，按时`,
    'by-april-1': `晚于${next}3月1日，早于4月1日`,
    'after-april-1': `晚于${next}4月1日`,
    placeholder: '尚未填写',
    partial: '缺少日',
    missing: '缺少成文日期',
    'no-year': '报告年度不明',
  };
  return summary.date ? `${summary.date}（${status[summary.dateStatus]}）` : status[summary.dateStatus];
}

/** Short column headings for the five items. */
export const itemShortNames: Record<ReportItem, string> = {
  measures: '举措和成效', shortcomings: '不足和原因', leadership: '第一责任人职责', plans: '下一年度安排', other: '其他情况',
};

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function clip(text: string): string {
  return text.length > sentenceLabelLength ? `${text.slice(0, sentenceLabelLength)}…` : text;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
