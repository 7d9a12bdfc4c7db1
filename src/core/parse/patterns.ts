// The line patterns the parse stages read a report's head and tail by (chrome, metadata, title, 主送机关, 落款, 成文日期,
// 版记, 附注, downloads, attachments). One catalogue, each pattern with its table test (test/unit/parse-patterns.test.ts).
// Matched against the width-folded text: （）：， are already ():, here.
import type { DateValue } from '../types';
import { chineseOrdinal } from '../text';

// Web-page furniture: breadcrumbs, dates and sources, share/print buttons, footer lines.
export const chromePattern =
  /^(当前位置|您的位置|您现在的位置|\[?(?:网站)?首\s*页\]?(?:\([^)]*\))?\s*[>›»]|(?:网站)?首\s*页(?:\s+[^\s。,;:、]{1,12}){2,}\s*$|(?:日\s*期|时\s*间)[:：]\s*(?:19|20)[0-9]{2}[-/.][0-9]|发布日期|发布时间|信息来源|来源[:：]|索\s*引\s*号|发布机构|发文机关[:：]|发文日期|发文字号|分\s*类[:：]|有\s*效\s*性[:：]|公开目录|名\s*称|文\s*号|主题分类|生成日期|成文日期[:：]|字号|【|打印|关闭|扫描打开|扫一扫|分享到|浏览次数|访问量|阅读次数|责任编辑|相关链接|上一篇|下一篇|主\s*办[:：]|承\s*办[:：]|版权所有|联系我们|网站地图|技术支持[:：]|网站标识码|[^。]{0,40}?(?:ICP备|公网安备)|[^。<>›»]{1,30}(?:[>›»]+[^。<>›»]{1,40})+$|[|｜>›»\-—_=*·•\s]*$)/;
// A 信息公开 page's metadata table ("索 引 号：…  发文机关：…  名  称：…  文  号：…", or cells parted by "|" or tabs)
// copied flat: one line may hold several fields, or a value before the next label ("中共××局党组2024年度……报告 - 文号：").
// Head only. A label may stand in brackets ("[ 索引号 ] 11330000/…"), or alone on its line above its value.
const metaLabelNames = '索\\s*引\\s*号|发文机关|发布机构|发文日期|发文字号|文\\s*号|名\\s*称|标\\s*题|主题分类|分\\s*类|成文日期|生成日期|发布日期|有\\s*效\\s*性|制发机构';
export const metaLabel = new RegExp(`(?:[\\[【]\\s*)?(?:${metaLabelNames})(?:\\s*[:|\\]】]|\\t)`, 'g');
export const bareMetaLabel = new RegExp(`^[\\[【]?\\s*(?:${metaLabelNames})\\s*[\\]】]?\\s*:?$`);
// A page headline above the document: its 发文字号 and 《title》, repeating the title line below it.
export const headlinePattern = /^(?:\S{0,12}[〔\[](?:19|20)[0-9]{2}[〕\]][0-9]{1,4}号)?\s*《(.+)》$/;
// A title with its year run into the lead after it, which opens with a year or 根据/按照.
export const gluedTitle = /^([^。,;:!?、“”]{0,30}?(?:19|20)[0-9]{2}\s*年度?[^。,;:!?、“”]{2,40}?报告)(?=\s*(?:(?:19|20)[0-9]{2}\s*年|根据|按照))/;
export const imprintLine = /^(?:抄\s*送|抄\s*报|主\s*送)\s*:|\S\s*(?:19|20)[0-9]{2}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日\s*印\s*发$/;
// A 附注 below the 成文日期 (GB/T 9704 7.3.6) is one line in brackets: "（此件公开发布）", "（联系人：××）", "（数据截至……）".
export const noteLine = /^\([^()]{2,100}\)$/;
// A downloadable file (maybe as a Markdown link), and the label over a list of them.
export const downloadLine = /\.(?:pdf|docx?|xlsx?|wps|et|ofd|zip|rar|7z|jpe?g|png)(?:\]\([^)]*\))?$/i;
export const downloadLabel = /^(?:附\s*件(?:下载|列表)?|相关附件|相关下载)\s*:?$/;
// A 发文字号 on its own line ("浙卫〔2024〕3号"): part of the 版头, neither title nor addressee.
export const docNumberLine = /^\S{1,12}[〔\[](?:19|20)[0-9]{2}[〕\]][0-9]{1,4}号$/;

export const fullDateRe = /((?:19|20)[0-9]{2})\s*年\s*([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*日$/;
export const chineseDateRe = /([〇零○一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日$/;
export const isoDateRe = /((?:19|20)[0-9]{2})-([0-9]{1,2})-([0-9]{1,2})$/;
// A draft's unfilled date: "2025年×月×日", "××××年×月×日", "2025年  月  日" (the skeleton writes the first).
// "2025年2月" alone on its line: a 成文日期 without its day (anchored: a sentence may well end in a month).
export const partialDateRe = /^((?:19|20)[0-9]{2})\s*年\s*([0-9]{1,2})\s*月$/;
export const placeholderDateRe = /((?:19|20)[0-9]{2}|[×XxＸ]{2,4})\s*年\s*([0-9]{1,2}|[×XxＸ]{1,2}|)\s*月\s*([0-9]{1,2}|[×XxＸ]{1,2}|)\s*日$/;
// A title line of its own: issuing body, then the year ("海宁市2022年度……报告") — what precedes it is not its first half.
export const wholeTitle = /^[^关\s]{0,20}[省市县区州旗镇乡局委厅办处](?:19|20)[0-9]{2}年/;
export const organSuffix = /(政府|人民政府|市委|县委|区委|党委|党组|局|委员会|委|办公室|办|厅|院|部|中心|署|所|站|会|办事处|街道)$/;

export function matchDate(body: string): { match: RegExpExecArray; form: DateValue['form']; value: { year: number; month: number; day: number } } | undefined {
  let m = fullDateRe.exec(body);
  if (m) return { match: m, form: 'arabic', value: { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } };
  m = chineseDateRe.exec(body);
  if (m) return { match: m, form: 'chinese', value: { year: chineseYear(m[1]), month: chineseOrdinal(m[2]) ?? 0, day: chineseOrdinal(m[3]) ?? 0 } };
  m = isoDateRe.exec(body);
  if (m) return { match: m, form: 'iso', value: { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } };
  m = placeholderDateRe.exec(body);
  if (m) return { match: m, form: 'placeholder', value: { year: Number(m[1]) || 0, month: Number(m[2]) || 0, day: Number(m[3]) || 0 } };
  m = partialDateRe.exec(body);
  if (m) return { match: m, form: 'partial', value: { year: Number(m[1]), month: Number(m[2]), day: 0 } };
  return undefined;
}

// A report delivered at a meeting (to the 人大常委会) carries, under its title, where and when it was delivered
// ("——2024年4月25日在市第十七届人大常委会第十八次会议上") and who delivered it ("市人民政府副市长  张三"), instead of a 落款.
export const deliveryLine = /^(?:[—–-]{1,2}\s*|[(]\s*)?[^。;]{0,30}在[^。;]{2,60}(?:会议|常委会|大会)上(?:的(?:报告|讲话))?\s*[)]?$/;
export const speakerLine = /^[^。,;:、]{2,40}\s+[\u4e00-\u9fff·]{2,6}$/;
export const bracketedDateLine = /^[(]\s*(?:19|20)[0-9]{2}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日\s*[)]$/;

// A site watermark glued before the title ("某某网—资源每日更新www.x.com某省人民政府关于……的报告"): a web address ends it.
export const siteAddress = /(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|net|org)(?![a-z0-9.])(?:\/[\x21-\x7e]*)?/gi;
// A title at the start of a line that goes on: the shortest run up to the document type.
export const runOnTitle = /^[^。,;:!?、“”《》]{4,60}?(?:报告|总结|汇报)(?:\([^()]{1,12}\))?/;
export const runOnAddressee = /^[^。;:!?“”《》]{2,60}?:/;

// The attachments themselves, after the 成文日期 (GB/T 9704 8): each on a new page under a label "附件" or "附件2" on
// its own line, then the attachment's title and its content.
export const appendixLabel = /^附\s*件\s*[0-9]{0,2}$/;

// 附件说明 (GB/T 9704 7.3.3): "附件：1.××" (or the wrong "附件1：××"), then one line per further attachment.
export const attachmentLabel = /^附\s*件\s*(?::|[0-9]{1,2}(?![0-9]))/;
export const attachmentItem = /^(?:[0-9]{1,2}\s*[.、]|[(][0-9]{1,2}[)])\s*\S/;

export function chineseYear(s: string): number {
  const d: Record<string, number> = { 〇: 0, 零: 0, '○': 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  return [...s].reduce((v, ch) => v * 10 + (d[ch] ?? 0), 0);
}
