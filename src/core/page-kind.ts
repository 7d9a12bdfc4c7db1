// Pages on the same topic that are not an annual report: a news item about a meeting, a statistics table, a hotline's
// monthly figures. Checked on their own, they would be told they lack a title, the required items and a 落款; the
// frame rules (structure/*, meta/*) and the editor's report detection stay silent on them instead.
import type { ReportDocument } from './types';

export type OtherPageKind = '新闻' | '统计数据' | '热线通报';

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

/** What kind of other page the text clearly is; undefined for a report, a draft or anything unclear. */
export function otherPageKind(doc: ReportDocument): OtherPageKind | undefined {
  const head = headline(doc);
  // A 主送机关 is a 公文's: no news, table or hotline page is addressed to an organ.
  if (head === undefined || doc.addressee || reportWords.test(head) || reportPhrase.test(doc.norm)) return undefined;
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
