// Pages on the same topic that are not an annual report on building the rule of law: a news item about a meeting, a
// statistics table, a hotline's monthly figures, a report on another subject (政府信息公开, 提案办理, a year's work).
// Checked on their own, they would be told they lack a title, the required items and a 落款; the frame rules
// (structure/*, meta/*) and the editor's report detection stay silent on them instead.
import type { ReportDocument } from './types';

export type OtherPageKind = '新闻' | '统计数据' | '热线通报' | '其他报告';

/** A page that calls itself a report, or says so in its text, is a report whatever else it looks like. */
const reportWords = /报告|总结|汇报/;
const reportPhrase = /现(?:将|就)[^。]{0,30}报告如下|特此报告/;
const hotline = /热线|12345/;
const statistics = /统计|数据/;
/** A news headline says what happened: "我市召开2025年法治政府建设推进会". */
const eventHeadline = /召开|举行|举办|开展|印发|出台|获评|荣获|入选|部署|启动|推进会|座谈会|培训班|调研|督导|签约|揭牌|亮相/;
/** A byline or news-agency dateline: "本报讯", "（记者 张三）", a line "通讯员：李四". */
const byline = /(?:本报|本网|本台|新华社|人民网|央视网|中新网|日报)讯|\(\s*(?:本报|本网)?(?:记者|通讯员)|(?:^|\n)\s*(?:记者|通讯员)\s*:?\s*[\u4e00-\u9fff·]{2,4}\s*(?:\n|$)/;
/** A news lead opens with the day: "3月5日，我市召开……". */
const datelineLead = /^(?:(?:19|20)[0-9]{2}年)?[0-9]{1,2}月[0-9]{1,2}日(?:上午|下午|晚)?[,，]/;

/**
 * What opens a news page whatever its headline: an agency's or paper's dateline ("新华社北京4月1日电", "中国经济网北京8月21日讯",
 * "羊城晚报讯"; a traditional-script copy too) or a picture credit ("（相关资料图）", "（资料图片仅供参考）").
 */
const newsOpening = /^[^\n。]{0,24}?(?:社|网|網|报|報|台|客户端|客戶端)(?:[\u4e00-\u9fff]{0,6}[0-9]{1,2}月[0-9]{1,2}日)?(?:电|電|讯|訊)|^[(（]\s*(?:相关|相關)?资料图|^[(（]\s*(?:相关|相關)?資料圖/;
/** The subject of an annual report on building the rule of law ("法治政府建设", "依法行政", "法治税务建设", "依法治市"). */
const ruleOfLaw = /法治|依法行政|依法治/;
const ruleOfLawReport = /(?:法治(?:政府)?建设|依法行政)[^。\n]{0,30}(?:报告|情况|总结)/;

/** What kind of other page the text clearly is; undefined for a report, a draft or anything unclear. */
export function otherPageKind(doc: ReportDocument): OtherPageKind | undefined {
  // A 主送机关 is a 公文's: no news, table or hotline page is addressed to an organ.
  if (doc.addressee) return undefined;
  const head = headline(doc);
  // "…政府信息公开工作年度报告", "…提案工作情况报告", "…工作总结": a report on another subject, with a frame of its own.
  // Not when the opening names the rule-of-law report (a page line or a breadcrumb taken for the headline).
  if (head !== undefined && reportWords.test(head)) return ruleOfLaw.test(head) || ruleOfLawReport.test(doc.norm.slice(0, 400)) ? undefined : '其他报告';
  if (reportPhrase.test(doc.norm)) return undefined;
  if (newsOpening.test(doc.norm.trimStart().slice(0, 60))) return '新闻';
  if (head === undefined) return undefined;
  if (hotline.test(head)) return '热线通报';
  if (statistics.test(head)) return '统计数据';
  const firstProse = doc.blocks.find((b) => b.kind === 'paragraph' && b !== doc.title);
  const opening = firstProse ? doc.norm.slice(firstProse.contentSpan.start, firstProse.contentSpan.end) : '';
  if (byline.test(doc.norm.slice(0, 1000)) || (eventHeadline.test(head) && datelineLead.test(opening))) return '新闻';
  return undefined;
}

/** The page's headline: its title, or a first short line without a sentence end. */
function headline(doc: ReportDocument): string | undefined {
  const block = doc.title ?? doc.blocks.find((b) => b.kind === 'paragraph' || b.kind === 'heading' || b.kind === 'addressee');
  if (!block || block.kind === 'addressee' || block.kind === 'heading') return undefined;
  const t = doc.norm.slice(block.contentSpan.start, block.contentSpan.end);
  return t.length <= 80 && !t.includes('。') ? t : undefined;
}
