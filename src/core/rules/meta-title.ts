// meta/title-* — the title names the issuing body, the report year and the document type 报告.
import { defineCodes, report, type Rule } from '../rule';
import type { Finding, ReportDocument, Span } from '../types';
import { deliveredAtMeeting, looksLikeReport, quote } from './structure-shared';

const organ = /[省市县区州盟旗镇乡局委厅办院部署处所站]|政府|街道|中心|公司|集团|大学|学校/;
const wrongType = /(总结|汇报)/g;
const leadingYear = /^\s*(?:(?:19|20)[0-9]{2}|[〇零○一二三四五六七八九]{4})\s*年度?/;
// A report on several years names its span instead of one year ("近年来", "近五年", "本届政府以来", "“十三五”时期").
const multiYear = /近年来|近[一二三四五两几0-9]+年|[三四五两几0-9]+年来|本届|“?十[一二三四五六]五”?(?:期间|时期|以来)/;
const subjectStart = /关于|(19|20)[0-9]{2}|[〇零○一二三四五六七八九]{4}年|法治|依法行政|年度/;

const CODES = defineCodes({
  'meta/title-missing': {
    severity: 'warning',
    fixable: false,
    description: '缺少标题',
    descriptionEn: 'The title is missing',
  },
  'meta/title-type': {
    severity: 'warning',
    fixable: true,
    description: '标题文种不是“报告”',
    descriptionEn: 'The title does not end with the document type 报告',
  },
  'meta/title-issuer': {
    severity: 'warning',
    fixable: false,
    description: '标题未写明发文机关',
    descriptionEn: 'The title does not name the issuing body',
  },
  'meta/title-year': {
    severity: 'warning',
    fixable: false,
    description: '标题未写明报告年度',
    descriptionEn: 'The title does not name the report year',
  },
});

export const metaTitle: Rule = {
  id: 'meta/title',
  codes: CODES,
  meta: {
    description: '标题应写明发文机关、报告年度和文种“报告”',
    descriptionEn: 'The title names the issuing body, the report year and the document type 报告',
  },
  check(doc) {
    const title = doc.title;
    if (!title) return titleMissing(doc);
    if (!looksLikeReport(doc)) return []; // a news headline is not a report title
    const span = title.contentSpan;
    const t = doc.norm.slice(span.start, span.end);
    const out: Finding[] = [];
    const type = typeFinding(doc, span, t);
    if (type) out.push(type);
    // A report delivered at a meeting names its body in the speaker's line under the title.
    if (!titleIssuer(doc) && !deliveredAtMeeting(doc)) {
      out.push(finding('meta/title-issuer', `标题应写明发文机关（如“××市人民政府”“××市司法局”），标题${quote(doc.text.slice(span.start, span.end))}的开头未见机关名称`, span));
    }
    if (!/(19|20)[0-9]{2}|[〇零○一二三四五六七八九]{4}年/.test(t) && !multiYear.test(t)) {
      const hint = doc.year ? `（正文所述为${doc.year.value}年）` : '';
      out.push(finding('meta/title-year', `标题应写明报告年度（如“${doc.year?.value ?? 2023}年度”），标题中未见年份${hint}`, span));
    }
    return out;
  },
};

/**
 * The issuing body the title names, as written: the part before "关于", the year or the subject — or right after a
 * leading year ("2020年清溪区法治政府建设情况报告") — when it names a body ("全市" does not).
 */
export function titleIssuer(doc: ReportDocument): string | undefined {
  if (!doc.title) return undefined;
  const span = doc.title.contentSpan;
  const t = doc.norm.slice(span.start, span.end);
  const skipped = t.length - t.replace(leadingYear, '').length;
  const body = t.slice(skipped);
  const cut = body.search(subjectStart);
  const prefix = cut < 0 ? body : body.slice(0, cut);
  if (!organ.test(prefix) || /^[全我本各][省市县区州镇乡]$/.test(prefix)) return undefined;
  return doc.text.slice(span.start + skipped, span.start + skipped + prefix.length).trim() || undefined;
}

/** The document type the title ends on: 报告, or the wrong 总结/汇报; undefined when it names none of them. */
export function titleDocType(doc: ReportDocument): string | undefined {
  if (!doc.title) return undefined;
  const t = doc.norm.slice(doc.title.contentSpan.start, doc.title.contentSpan.end);
  if (t.includes('报告')) return '报告';
  return [...t.matchAll(wrongType)].pop()?.[0];
}

function titleMissing(doc: ReportDocument): Finding[] {
  const first = doc.blocks.find((b) => b.kind === 'addressee' || b.kind === 'paragraph' || b.kind === 'heading');
  if (!first || !looksLikeReport(doc)) return [];
  const opening = doc.sentences.find((s) => s.blockIndex === first.index)?.span ?? first.contentSpan;
  // Its first line only: a sentence wrapped over several lines would be one long squiggle.
  const lineEnd = doc.text.slice(opening.start, opening.end).search(/\r?\n|\r/);
  const sentence = lineEnd > 0 ? { start: opening.start, end: opening.start + lineEnd } : opening;
  const reason = doc.missing.find((m) => m.element === 'title')?.reason ?? '未见标题';
  return [finding('meta/title-missing', `缺少标题：${reason}。标题应写明发文机关、年度和文种，如“××市人民政府关于2023年度法治政府建设情况的报告”`, sentence)];
}

function typeFinding(doc: ReportDocument, span: Span, t: string): Finding | undefined {
  if (t.includes('报告')) return undefined;
  // A title broken over lines is quoted as one line.
  const shown = doc.text.slice(span.start, span.end).replace(/\s*\n\s*/g, '');
  const hits = [...t.matchAll(wrongType)];
  if (hits.length) {
    const hit = hits[hits.length - 1];
    const at = span.start + hit.index!;
    const word = { start: at, end: at + hit[0].length };
    const typed = doc.text.slice(word.start, word.end);
    // A traditional-script title ("……總結") gets the type in its own script.
    const right = typed === hit[0] ? '报告' : '報告';
    // Certain only when the wrong word ends the title (an optional "（2024年度）" may follow).
    const certain = /^\s*([(（][^()（）]*[)）])?\s*$/.test(t.slice(hit.index! + hit[0].length));
    return {
      ...finding('meta/title-type', `标题文种应为“报告”，实为${quote(typed)}：${quote(typed)}不是法定公文文种（《党政机关公文处理工作条例》）`, word),
      fixes: certain ? [{ kind: 'certain', title: `将${quote(typed)}改为${quote(right)}`, preferred: true, edits: [{ span: word, newText: right }] }] : [],
    };
  }
  const endsWithSituation = /情况$/.test(t);
  return {
    ...finding('meta/title-type', `标题应以文种“报告”结尾，标题${quote(shown)}未写明文种`, span),
    fixes: endsWithSituation ? [{ kind: 'choice', title: '在标题末尾加“报告”', edits: [{ span: { start: span.end, end: span.end }, newText: '报告' }] }] : [],
  };
}

function finding(code: string, message: string, span: Span): Finding {
  return report(code, { message, span });
}
