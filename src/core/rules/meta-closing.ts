// meta/signature-missing, meta/date-* — the 落款: issuing body, then the 成文日期 in Arabic numerals, after the
// report year has ended and within the reporting deadlines (3月1日 报送, 4月1日 公开).
import { defineCodes, report, type Rule } from '../rule';
import type { DateValue, Finding, ReportDocument, Severity, Span } from '../types';
import { deliveredAtMeeting, lastProseSpan, looksLikeReport, quote } from './structure-shared';

const CODES = defineCodes({
  'meta/signature-missing': {
    severity: 'warning',
    fixable: false,
    description: '缺少落款或发文机关署名',
    descriptionEn: 'The issuing body\'s signature is missing',
  },
  'meta/date-missing': {
    severity: 'warning',
    fixable: false,
    description: '缺少成文日期',
    descriptionEn: 'The date of the report is missing',
  },
  'meta/date-format': {
    severity: 'warning',
    fixable: true,
    description: '成文日期写法不规范（应用阿拉伯数字写全年月日）',
    descriptionEn: 'The date is not written in full in Arabic numerals',
  },
  'meta/date-before-year-end': {
    severity: 'warning',
    fixable: true,
    description: '成文日期早于报告年度结束',
    descriptionEn: 'The date falls before the end of the year reported on',
  },
  'meta/date-deadline': {
    severity: 'information',
    fixable: false,
    description: '成文日期晚于报送或公开时限',
    descriptionEn: 'The date is past the deadline for submitting or publishing the report',
  },
});

export const metaClosing: Rule = {
  id: 'meta/closing',
  codes: CODES,
  meta: {
    description: '文末应有落款（发文机关署名和成文日期），成文日期用阿拉伯数字，在报告年度结束后、报送时限内',
    descriptionEn: 'The report ends with the issuing body and a date in Arabic numerals, after the year ended and before the deadlines',
  },
  check(doc, ctx) {
    const out: Finding[] = [];
    const reason = (element: 'signature' | 'date') => doc.missing.find((m) => m.element === element)?.reason;
    if (!doc.signature && !doc.date) {
      // A report delivered at a meeting says where, when and by whom under its title instead.
      if (!looksLikeReport(doc) || deliveredAtMeeting(doc)) return [];
      out.push(finding('meta/signature-missing',
        `缺少落款：${reason('signature') ?? '文末未见发文机关署名'}，也未见成文日期。正文之后应署发文机关全称，下一行写成文日期（如“2023年2月28日”）`,
        lastProseSpan(doc)));
      return out;
    }
    if (!doc.signature && doc.date) {
      out.push(finding('meta/signature-missing', `缺少发文机关署名：${reason('signature') ?? '成文日期前未见署名'}，成文日期之上应署发文机关全称`, doc.date.span));
    }
    if (doc.signature && !doc.date) {
      out.push(finding('meta/date-missing', `缺少成文日期：${reason('date') ?? '署名后未见日期'}，署名下一行应写成文日期（如“2023年2月28日”）`, doc.signature.contentSpan));
    }
    const date = doc.date;
    if (!date) return out;
    if (date.form === 'placeholder') {
      // A draft's date is filled in last: remind, don't judge its timing.
      out.push(finding('meta/date-missing',
        `成文日期尚未填写：实为${quote(date.text)}，定稿时应填写实际成文日期（如“${date.year || (doc.year ? doc.year.value + 1 : 2023)}年2月28日”）`, date.span, 'information'));
      return out;
    }
    if (date.form === 'partial') {
      // The day is unknown: say so, and judge no timing on a guess.
      out.push(finding('meta/date-format',
        `成文日期应将年、月、日标全（GB/T 9704）：实为${quote(date.text)}，缺少日`, date.span));
      return out;
    }
    const format = formatFinding(date);
    if (format) out.push(format);
    if (doc.year) out.push(...timingFindings(doc, date, doc.year.value, ctx.options.profile === 'department'));
    return out;
  },
};

function formatFinding(date: DateValue): Finding | undefined {
  const right = `${date.year}年${date.month}月${date.day}日`;
  const leadingZero = date.form === 'arabic' && /(^|[^0-9０-９])[0０][0-9０-９]/.test(date.text.replace(/^[0-9０-９]{4}/, ''));
  if (date.form === 'arabic' && !leadingZero) return undefined;
  const what = date.form === 'chinese' ? '应使用阿拉伯数字' : date.form === 'iso' ? '应写作“×年×月×日”' : '月、日不编虚位（不加“0”）';
  return {
    ...finding('meta/date-format', `成文日期${what}：应为${quote(right)}，实为${quote(date.text)}（GB/T 9704）`, date.span),
    fixes: [{ kind: 'certain', title: `改为${quote(right)}`, preferred: true, edits: [{ span: date.span, newText: right }] }],
  };
}

/** When a 成文日期 falls against the report year: before it ended, by 3月1日 (报送), by 4月1日 (公开, 省级报送), or later. */
export type DateTiming = 'before-year-end' | 'by-march-1' | 'by-april-1' | 'after-april-1';

export function dateTiming(date: Pick<DateValue, 'year' | 'month' | 'day'>, year: number): DateTiming {
  const day = (y: number, m: number, d: number) => y * 10000 + m * 100 + d;
  const written = day(date.year, date.month, date.day);
  if (written <= day(year, 12, 31)) return 'before-year-end';
  if (written <= day(year + 1, 3, 1)) return 'by-march-1';
  return written <= day(year + 1, 4, 1) ? 'by-april-1' : 'after-april-1';
}

function timingFindings(doc: ReportDocument, date: DateValue, year: number, department: boolean): Finding[] {
  const timing = dateTiming(date, year);
  if (timing === 'before-year-end') {
    const early = finding('meta/date-before-year-end',
      `成文日期${quote(date.text)}早于报告年度结束（${year}年12月31日）：${year}年度报告应在年度结束后成文，否则全年情况和数据尚不完整`, date.span);
    // Early in the report year itself, where reports are dated early in the next: most likely last year's date kept.
    if (date.form !== 'arabic' || date.year !== year || date.month > 4) return [early];
    const yearSpan = { start: date.span.start, end: date.span.start + 4 };
    const next = `${year + 1}年${date.month}月${date.day}日`;
    return [{
      ...early,
      message: `${early.message}。若成文于次年，年份应为${quote(`${year + 1}年`)}`,
      fixes: [{ kind: 'choice', title: `改为${quote(next)}`, edits: [{ span: yearSpan, newText: String(year + 1) }] }],
      related: doc.year ? [{ span: doc.year.span, message: `报告年度${year}年` }] : [],
    }];
  }
  if (timing === 'after-april-1') {
    return [finding('meta/date-deadline',
      `成文日期${quote(date.text)}晚于${year + 1}年4月1日：${year}年度报告应于${year + 1}年4月1日前报送并向社会公开`, date.span, 'warning')];
  }
  if (timing === 'by-april-1') {
    return [finding('meta/date-deadline',
      department
        ? `成文日期${quote(date.text)}晚于${year + 1}年3月1日：部门年度报告应于每年3月1日前报送`
        : `成文日期${quote(date.text)}晚于${year + 1}年3月1日：市县政府和部门应于3月1日前报送（省级政府为4月1日前）`, date.span,
      department ? 'warning' : undefined)];
  }
  return [];
}

function finding(code: string, message: string, span: Span, severity?: Severity): Finding {
  return report(code, { message, span, severity });
}
