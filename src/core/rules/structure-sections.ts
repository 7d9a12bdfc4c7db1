// structure/missing-section, structure/missing-causes — the four required items of the annual report
// (《法治政府建设与责任落实督察工作规定》), matched by meaning in any order; item 2 must also give causes.
import { defineCodes, report, type Rule } from '../rule';
import { hasCauses, itemName, requiredItems, type ItemEvidence, type ReportItem } from '../sections';
import type { Finding, ReportDocument, Span } from '../types';
import { looksLikeReport, quote } from './structure-shared';

const lookedFor: Record<Exclude<ReportItem, 'other'>, (doc: ReportDocument) => string> = {
  measures: () => '标题中未见“主要举措”“成效”“工作开展情况”等表述，也没有其他专述工作情况的一级标题',
  shortcomings: () => '标题和段首均未见“存在的问题”“不足”“差距”“短板”等表述',
  leadership: () => '全文未见“第一责任人职责”“党政主要负责人履行……职责”等表述（不足、打算部分中的提及不计）',
  plans: (doc) => `标题和段首均未见“工作安排”“工作计划”“下一步”${doc.year ? `“${doc.year.value + 1}年”` : ''}等表述`,
};

const CODES = defineCodes({
  'structure/missing-section': {
    severity: 'error',
    fixable: false,
    description: '年度报告缺少必备内容（主要举措和成效、不足和原因、第一责任人履职情况、下一年度安排）',
    descriptionEn: 'A required item is missing (measures and results, shortcomings and causes, leaders’ duty, next year’s plans)',
  },
  'structure/missing-causes': {
    severity: 'warning',
    fixable: false,
    description: '“存在的不足”只列问题，未说明原因',
    descriptionEn: 'The shortcomings section lists problems without their causes',
  },
});

export const structureSections: Rule = {
  id: 'structure/sections',
  codes: CODES,
  meta: {
    description: '年度报告应包括主要举措和成效、不足和原因、第一责任人履职情况、下一年度安排四项内容',
    descriptionEn: 'The report covers the four required items: measures and results, shortcomings and causes, leaders’ duty, next year’s plans',
  },
  check(doc, ctx) {
    if (!looksLikeReport(doc)) return [];
    const outline = ctx.outline();
    const anchor = anchorSpan(doc);
    const out: Finding[] = [];
    for (const item of requiredItems) {
      if (outline.evidence.some((e) => e.item === item)) continue;
      out.push(report('structure/missing-section', {
        message: `缺少“${itemName(item, ctx.options.profile)}”部分：${lookedFor[item](doc)}`,
        span: anchor,
      }));
    }
    // Item 5 is optional in practice: a reminder, never a warning.
    if (!outline.evidence.some((e) => e.item === 'other')) {
      out.push(report('structure/missing-section', {
        severity: 'information',
        message: `未见“${itemName('other', ctx.options.profile)}”部分（第5项，可选）：如有需要报告的其他事项，可列为最后一部分；没有可不写`,
        span: anchor,
      }));
    }
    // A first-level "存在的问题" part speaks for the report; subsection mentions only when there is none.
    const all = outline.evidence.filter((e) => e.item === 'shortcomings');
    const parts = all.filter((e) => e.root);
    const shortcomings = parts.length ? parts : all;
    if (shortcomings.length && !all.some((e) => hasCauses(doc, e.scope))) {
      const shown = shortcomings.find((e) => e.via === 'heading') ?? shortcomings[0];
      out.push(report('structure/missing-causes', {
        message: `${describe(doc, shown)}只列举了不足，未说明原因：应写明“存在的不足和原因”，该部分未见“原因”“由于”等表述`,
        span: shown.span,
      }));
    }
    return out;
  },
};

function describe(doc: ReportDocument, e: ItemEvidence): string {
  return e.via === 'heading' ? `${quote(doc.text.slice(e.span.start, e.span.end))}部分` : '关于不足的段落';
}

/** Where a missing item is reported: the title, else the first heading, else the first text. */
function anchorSpan(doc: ReportDocument): Span {
  if (doc.title) return doc.title.contentSpan;
  const first = doc.sections[0]?.titleSpan ?? doc.blocks.find((b) => b.kind === 'paragraph' || b.kind === 'heading')?.contentSpan;
  return first ?? { start: 0, end: 0 };
}
