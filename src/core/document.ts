// The report model: from Markdown or pasted plain text to title, 主送机关, lead, sections, sentences, 落款 and 成文日期,
// with exact offsets into the original text and a reason for every element that is not found.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type {
  Block, BlockKind, DateValue, DisableDirective, EnumerationItem, HeadingLevel, HeadingMarker, MissingElement,
  NumberingStyle, ReportDocument, Section, Sentence, Span, TableCellModel, YearInfo, YearVote,
} from './types';
import { headingPatterns } from './sections';
import { simplifiedView } from './script';
import { chineseOrdinal, computeLineStarts, foldWidth, isLineEnd, positionAt, trimSpan } from './text';

export interface ParseOptions {
  format?: 'markdown' | 'plaintext';
}

/** A stretch of source that becomes one or more blocks. */
interface RawSegment {
  start: number;
  end: number;
  kind?: 'code' | 'html' | 'frontmatter' | 'table';
  markdownDepth?: number;
  rows?: TableCellModel[][];
  /** For a line of a Markdown paragraph: which paragraph (its lines are joined by soft breaks). */
  paragraph?: number;
  /** The line opens an item of a Markdown ordered list ("1. …", "2) …"). */
  listItem?: boolean;
}

interface MdNode {
  type: string;
  depth?: number;
  ordered?: boolean;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const styleLevel: Record<NumberingStyle, HeadingLevel> = {
  'cn-dun': 1, 'cn-dot': 1,
  'cn-paren': 2, 'cn-paren-half': 2, 'cn-paren-dun': 2,
  'ar-dot': 3, 'ar-dun': 3,
  'ar-paren': 4, 'ar-paren-half': 4, 'ar-paren-dun': 4,
};

const cnNumeral = '[一二三四五六七八九十]{1,3}';
// Matched against the width-folded text, so （ ） ． are already ( ) . here.
const markerPatterns: { re: RegExp; family: 'cn' | 'cn-paren' | 'ar' | 'ar-paren' }[] = [
  { re: new RegExp(`^\\((${cnNumeral})\\)(、)?`), family: 'cn-paren' },
  { re: new RegExp(`^(${cnNumeral})(、|\\.(?![0-9]))`), family: 'cn' },
  { re: /^\(([0-9]{1,2})\)(、)?/, family: 'ar-paren' },
  { re: /^([0-9]{1,2})(、|\.(?![0-9]))/, family: 'ar' },
];

export function canonicalMarker(level: HeadingLevel, ordinal: number): string {
  const cn = toCn(ordinal);
  switch (level) {
    case 1: return `${cn}、`;
    case 2: return `（${cn}）`;
    case 3: return `${ordinal}.`;
    case 4: return `（${ordinal}）`;
  }
}

function toCn(n: number): string {
  const d = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (n < 10) return d[n];
  return (n >= 20 ? d[Math.floor(n / 10)] : '') + '十' + d[n % 10];
}

/** Recognises a 层次序数 at `at` (an offset in the document). */
export function matchHeadingMarker(text: string, norm: string, at: number): HeadingMarker | undefined {
  const head = norm.slice(at, at + 8);
  for (const { re, family } of markerPatterns) {
    const m = re.exec(head);
    if (!m) continue;
    const ordinal = family.startsWith('cn') ? chineseOrdinal(m[1]) : Number(m[1]);
    if (!ordinal) return undefined;
    const raw = text.slice(at, at + m[0].length);
    let style: NumberingStyle;
    if (family === 'cn') style = m[2] === '、' ? 'cn-dun' : 'cn-dot';
    else if (family === 'ar') style = m[2] === '、' ? 'ar-dun' : 'ar-dot';
    else {
      const base = family === 'cn-paren' ? 'cn-paren' : 'ar-paren';
      if (m[2]) style = `${base}-dun` as NumberingStyle;
      else style = raw.startsWith('(') || raw.includes(')') ? (`${base}-half` as NumberingStyle) : base;
    }
    // "1." followed by a measure word or 年/月 is a number in prose, not a heading.
    const after = norm.charAt(at + m[0].length);
    if (family === 'ar' && /[年月日%万亿个件项人名次]/.test(after)) return undefined;
    const level = styleLevel[style];
    return {
      level, ordinal, style, markerText: raw,
      markerSpan: { start: at, end: at + m[0].length },
      canonicalText: canonicalMarker(level, ordinal),
    };
  }
  return undefined;
}

const chromePattern =
  /^(当前位置|您的位置|您现在的位置|\[?(?:网站)?首\s*页\]?(?:\([^)]*\))?\s*[>›»]|(?:网站)?首\s*页(?:\s+[^\s。,;:、]{1,12}){2,}\s*$|(?:日\s*期|时\s*间)[:：]\s*(?:19|20)[0-9]{2}[-/.][0-9]|发布日期|发布时间|信息来源|来源[:：]|索\s*引\s*号|发布机构|发文机关[:：]|发文日期|发文字号|分\s*类[:：]|有\s*效\s*性[:：]|公开目录|名\s*称|文\s*号|主题分类|生成日期|成文日期[:：]|字号|【|打印|关闭|扫描打开|扫一扫|分享到|浏览次数|访问量|阅读次数|责任编辑|相关链接|上一篇|下一篇|主\s*办[:：]|承\s*办[:：]|版权所有|联系我们|网站地图|技术支持[:：]|网站标识码|[^。]{0,40}?(?:ICP备|公网安备)|[^。<>›»]{1,30}(?:[>›»]+[^。<>›»]{1,40})+$|[|｜>›»\-—_=*·•\s]*$)/;
// A 信息公开 page's metadata table ("索 引 号：…  发文机关：…  名  称：…  文  号：…", or cells parted by "|" or tabs)
// copied flat: one line may hold several fields, or a value before the next label ("中共××局党组2024年度……报告 - 文号：").
// Head only. A label may stand in brackets ("[ 索引号 ] 11330000/…"), or alone on its line above its value.
const metaLabelNames = '索\\s*引\\s*号|发文机关|发布机构|发文日期|发文字号|文\\s*号|名\\s*称|标\\s*题|主题分类|分\\s*类|成文日期|生成日期|发布日期|有\\s*效\\s*性|制发机构';
const metaLabel = new RegExp(`(?:[\\[【]\\s*)?(?:${metaLabelNames})(?:\\s*[:|\\]】]|\\t)`, 'g');
const bareMetaLabel = new RegExp(`^[\\[【]?\\s*(?:${metaLabelNames})\\s*[\\]】]?\\s*:?$`);
// A page headline above the document: its 发文字号 and 《title》, repeating the title line below it.
const headlinePattern = /^(?:\S{0,12}[〔\[](?:19|20)[0-9]{2}[〕\]][0-9]{1,4}号)?\s*《(.+)》$/;
// A title with its year run into the lead after it, which opens with a year or 根据/按照.
const gluedTitle = /^([^。,;:!?、“”]{0,30}?(?:19|20)[0-9]{2}\s*年度?[^。,;:!?、“”]{2,40}?报告)(?=\s*(?:(?:19|20)[0-9]{2}\s*年|根据|按照))/;
const imprintLine = /^(?:抄\s*送|抄\s*报|主\s*送)\s*:|\S\s*(?:19|20)[0-9]{2}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日\s*印\s*发$/;
// A 附注 below the 成文日期 (GB/T 9704 7.3.6) is one line in brackets: "（此件公开发布）", "（联系人：××）", "（数据截至……）".
const noteLine = /^\([^()]{2,100}\)$/;
// A downloadable file (maybe as a Markdown link), and the label over a list of them.
const downloadLine = /\.(?:pdf|docx?|xlsx?|wps|et|ofd|zip|rar|7z|jpe?g|png)(?:\]\([^)]*\))?$/i;
const downloadLabel = /^(?:附\s*件(?:下载|列表)?|相关附件|相关下载)\s*:?$/;
// A 发文字号 on its own line ("浙卫〔2024〕3号"): part of the 版头, neither title nor addressee.
const docNumberLine = /^\S{1,12}[〔\[](?:19|20)[0-9]{2}[〕\]][0-9]{1,4}号$/;

const fullDateRe = /((?:19|20)[0-9]{2})\s*年\s*([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*日$/;
const chineseDateRe = /([〇零○一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日$/;
const isoDateRe = /((?:19|20)[0-9]{2})-([0-9]{1,2})-([0-9]{1,2})$/;
// A draft's unfilled date: "2025年×月×日", "××××年×月×日", "2025年  月  日" (the skeleton writes the first).
// "2025年2月" alone on its line: a 成文日期 without its day (anchored: a sentence may well end in a month).
const partialDateRe = /^((?:19|20)[0-9]{2})\s*年\s*([0-9]{1,2})\s*月$/;
const placeholderDateRe = /((?:19|20)[0-9]{2}|[×XxＸ]{2,4})\s*年\s*([0-9]{1,2}|[×XxＸ]{1,2}|)\s*月\s*([0-9]{1,2}|[×XxＸ]{1,2}|)\s*日$/;
// A title line of its own: issuing body, then the year ("海宁市2022年度……报告") — what precedes it is not its first half.
const wholeTitle = /^[^关\s]{0,20}[省市县区州旗镇乡局委厅办处](?:19|20)[0-9]{2}年/;
const organSuffix = /(政府|人民政府|市委|县委|区委|党委|党组|局|委员会|委|办公室|办|厅|院|部|中心|署|所|站|会|办事处|街道)$/;

function matchDate(body: string): { match: RegExpExecArray; form: DateValue['form']; value: { year: number; month: number; day: number } } | undefined {
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
const deliveryLine = /^(?:[—–-]{1,2}\s*|[(]\s*)?[^。;]{0,30}在[^。;]{2,60}(?:会议|常委会|大会)上(?:的(?:报告|讲话))?\s*[)]?$/;
const speakerLine = /^[^。,;:、]{2,40}\s+[\u4e00-\u9fff·]{2,6}$/;
const bracketedDateLine = /^[(]\s*(?:19|20)[0-9]{2}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日\s*[)]$/;

// A site watermark glued before the title ("某某网—资源每日更新www.x.com某省人民政府关于……的报告"): a web address ends it.
const siteAddress = /(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|net|org)(?![a-z0-9.])(?:\/[\x21-\x7e]*)?/gi;
// A title at the start of a line that goes on: the shortest run up to the document type.
const runOnTitle = /^[^。,;:!?、“”《》]{4,60}?(?:报告|总结|汇报)(?:\([^()]{1,12}\))?/;
const runOnAddressee = /^[^。;:!?“”《》]{2,60}?:/;

/**
 * Splits the line items[k] when a title shares it with what a web page glued to it: a site watermark before it, or —
 * a page that lost its line breaks — the 主送机关 and the lead after it ("……的报告 市人民政府： 2024年，……", or the
 * 主送机关 right after the title), also after a breadcrumb whose last crumb is the title. The parts are classified as
 * usual afterwards. A title run straight into its lead, with no space ("……报告2024年，……"), is left alone: that is how it
 * was written. Returns whether a chrome part now stands at items[k].
 */
function splitGluedTitle(items: Classified[], k: number, text: string, norm: string, isAddressee: (c: Classified) => boolean): boolean {
  const c = items[k];
  if (c?.kind !== 'paragraph') return false;
  const base = c.contentStart;
  const line = norm.slice(base, c.seg.end);
  const head = line.slice(0, 100);
  let start = 0;
  for (const m of head.matchAll(siteAddress)) start = m.index + m[0].length;
  // A breadcrumb ends in the title's name: only what follows the title (主送机关, lead) says the title is there too.
  const watermark = start > 0;
  if (!watermark && /^(?:当前位置|您的位置|您现在的位置|首\s*页)?[^。]*[>›»]/.test(head)) start = Math.max(head.lastIndexOf('>'), head.lastIndexOf('›'), head.lastIndexOf('»')) + 1;
  while (start > 0 && /\s/.test(line[start] ?? '')) start++;
  const title = runOnTitle.exec(line.slice(start));
  if (!title || !/法治|依法行政/.test(title[0]) || /^(?:根据|按照|现将|为)/.test(title[0])) return false;
  const part = (from: number, to: number): Classified => {
    const span = trimSpan(text, base + from, base + to);
    return { seg: { start: span.start, end: span.end }, kind: 'paragraph', contentStart: span.start };
  };
  const titleEnd = start + title[0].length;
  const rest = line.slice(titleEnd);
  const addressee = runOnAddressee.exec(rest.trimStart());
  const addresseeAt = titleEnd + rest.length - rest.trimStart().length;
  const withAddressee = !!addressee && isAddressee(part(addresseeAt, addresseeAt + addressee[0].length));
  const lostBreak = /^\s/.test(rest) && rest.trim().length >= 20;
  if (!withAddressee && !lostBreak && !(watermark && !rest.trim())) return false;
  const parts: Classified[] = [];
  if (start > 0) parts.push({ ...part(0, start), kind: 'chrome', seg: { start: c.seg.start, end: part(0, start).seg.end } });
  parts.push(part(start, titleEnd));
  let after = titleEnd;
  if (withAddressee) {
    after = addresseeAt + addressee[0].length;
    parts.push(part(addresseeAt, after));
  }
  if (line.slice(after).trim()) {
    const lead = part(after, line.length);
    const heading = matchHeadingMarker(text, norm, lead.seg.start);
    parts.push(heading ? { ...lead, kind: 'heading', heading, contentStart: heading.markerSpan.end } : lead);
  }
  items.splice(k, 1, ...parts);
  return start > 0;
}

/**
 * Marks items[k] as chrome when it is the value under a metadata label on its own line ("索引号" / "11330000/…");
 * a value that is the report's title ("……法治政府建设……报告", or one with a year) stays for the title.
 */
function takeMetaValue(items: Classified[], k: number, lineText: (c: Classified) => string): boolean {
  const c = items[k];
  if (c?.kind !== 'paragraph') return false;
  const t = lineText(c);
  const titleLike = /(报告|总结|汇报)([(][^()]*[)])?$/.test(t) || (/法治|依法行政/.test(t) && /(?:19|20)[0-9]{2}/.test(t));
  if (t.length > 60 || t.includes('。') || bareMetaLabel.test(t) || titleLike) return false;
  c.kind = 'chrome';
  return true;
}

/** Marks the lines under the title that say where, when and by whom the report was delivered (one must say where). */
function markDeliveryLines(items: Classified[], at: number, lineText: (c: Classified) => string): number {
  const lines: Classified[] = [];
  for (const c of items.slice(at, at + 4)) {
    const t = lineText(c);
    if (c.kind !== 'paragraph' || !(deliveryLine.test(t) || speakerLine.test(t) || bracketedDateLine.test(t))) break;
    lines.push(c);
  }
  if (!lines.some((c) => deliveryLine.test(lineText(c)))) return at;
  for (const c of lines) c.kind = 'subtitle';
  return at + lines.length;
}

// The attachments themselves, after the 成文日期 (GB/T 9704 8): each on a new page under a label "附件" or "附件2" on
// its own line, then the attachment's title and its content.
const appendixLabel = /^附\s*件\s*[0-9]{0,2}$/;

/**
 * When a line that ends with the 成文日期 is followed by an attachment label, marks the labels and the titles under
 * them (the content keeps its kinds) and returns the index of the line before the first label; otherwise `last`.
 */
function markAppendices(items: Classified[], from: number, last: number, lineText: (c: Classified) => string): number {
  // Right after the 成文日期, or after a 附注 under it ("（此件公开发布）").
  const afterDate = (k: number) => {
    let p = k - 1;
    while (p > from && items[p].kind === 'paragraph' && noteLine.test(lineText(items[p]))) p--;
    return items[p].kind === 'paragraph' && !!matchDate(lineText(items[p]));
  };
  const first = items.findIndex((c, k) => k > from && k <= last && c.kind === 'paragraph' && appendixLabel.test(lineText(c)) && afterDate(k));
  if (first < 0) return last;
  for (let k = first; k <= last; k++) {
    const c = items[k];
    if (c.kind !== 'paragraph' || !appendixLabel.test(lineText(c))) continue;
    c.kind = 'appendix-label';
    const title = items[k + 1];
    if (title?.kind === 'paragraph' && lineText(title).length <= 60 && !/[。;]/.test(lineText(title))) title.kind = 'appendix-title';
  }
  return first - 1;
}

// 附件说明 (GB/T 9704 7.3.3): "附件：1.××" (or the wrong "附件1：××"), then one line per further attachment.
const attachmentLabel = /^附\s*件\s*(?::|[0-9]{1,2}(?![0-9]))/;
const attachmentItem = /^(?:[0-9]{1,2}\s*[.、]|[(][0-9]{1,2}[)])\s*\S/;

/** Index of the "附件：" line when the blocks from..to end with a 附件说明; undefined otherwise. */
function findAttachmentNote(items: Classified[], from: number, to: number, lineText: (c: Classified) => string): number | undefined {
  for (let k = to; k >= from && to - k < 30; k--) {
    const c = items[k];
    if (c.kind !== 'paragraph' && c.kind !== 'heading') return undefined;
    const t = lineText(c);
    if (attachmentLabel.test(t)) return t.length <= 200 && !/[。].+/.test(t) ? k : undefined;
    if (!attachmentItem.test(t) || t.length > 120) return undefined;
  }
  return undefined;
}

function chineseYear(s: string): number {
  const d: Record<string, number> = { 〇: 0, 零: 0, '○': 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  return [...s].reduce((v, ch) => v * 10 + (d[ch] ?? 0), 0);
}

// remark recurses once per nested container, resolves emphasis, links and code spans in time that grows with the
// square of their marks in one paragraph, and slows down more than linearly on thousands of lines without a blank
// line: Markdown nested or marked far beyond any report ("> > > …" ten thousand deep, a run of unmatched "*", ten
// thousand list items in a row) would overflow the stack or take seconds to minutes. Such a file is read line by line,
// as plain text is.
const MAX_MARKDOWN_NESTING = 16;
const MAX_MARKS_IN_PARAGRAPH = 2000;
const MAX_LINES_WITHOUT_BLANK = 4000;
const INLINE_MARKS = new Set(['*', '_', '~', '`', '[', ']']);
const LIST_MARKER = /^(?:[-+*]|[0-9]{1,9}[.)])(?=[ \t]|$)/;

/** Why this Markdown is not given to remark (a notice for the user), or undefined when it is safe to parse. */
function markdownHazard(text: string): string | undefined {
  // Σ over paragraphs of marks², so that many paragraphs cannot add up to what one huge one would cost.
  let load = 0;
  let marks = 0;
  let run = 0;
  let lineNumber = 0;
  for (let start = 0; start <= text.length; lineNumber++) {
    let end = start;
    while (end < text.length && !isLineEnd(text, end)) end++;
    const line = text.slice(start, end);
    start = end + 1;
    if (!line.trim()) {
      load += marks * marks;
      marks = 0;
      run = 0;
      continue;
    }
    if (++run > MAX_LINES_WITHOUT_BLANK) return `Markdown 第 ${lineNumber + 1} 行之前有 ${MAX_LINES_WITHOUT_BLANK} 多行未以空行分隔，远超报告所需，已按纯文本逐行检查`;
    for (const c of line) if (INLINE_MARKS.has(c)) marks++;
    const depth = containerDepth(line);
    if (depth > MAX_MARKDOWN_NESTING) return `Markdown 第 ${lineNumber + 1} 行嵌套 ${depth} 层（引用、列表），远超报告所需，已按纯文本逐行检查`;
  }
  load += marks * marks;
  if (load > MAX_MARKS_IN_PARAGRAPH ** 2) return 'Markdown 中强调、链接、代码等标记符号（* _ ~ ` [ ]）过多，远超报告所需，已按纯文本逐行检查';
  return undefined;
}

/** Block quotes and list items a line opens: "> - > 1. …"; a list item indented by 2n columns is nested n deeper. */
function containerDepth(line: string): number {
  let p = 0;
  let indent = 0;
  for (; p < line.length && (line[p] === ' ' || line[p] === '\t'); p++) indent += line[p] === '\t' ? 4 : 1;
  let depth = 0;
  for (;;) {
    while (p < line.length && (line[p] === ' ' || line[p] === '\t')) p++;
    if (line[p] === '>') {
      depth++;
      p++;
      continue;
    }
    const marker = LIST_MARKER.exec(line.slice(p, p + 11));
    if (!marker) break;
    depth++;
    p += marker[0].length;
  }
  return depth ? depth + Math.floor(indent / 2) : 0;
}

/** The text line by line, a disable comment on its own line (written by the editor's "ignore" action) set apart. */
function lineSegments(text: string): RawSegment[] {
  const raw: RawSegment[] = [];
  pushLines(text, 0, text.length, raw);
  for (const seg of raw) if (/^<!--\s*fazhi-disable[^\n]*-->$/.test(text.slice(seg.start, seg.end))) seg.kind = 'html';
  return raw;
}

/** Markdown through remark, or line by line with a notice when remark cannot be trusted with it. */
function readMarkdown(text: string, notices: string[]): RawSegment[] {
  const hazard = markdownHazard(text);
  if (!hazard) {
    try {
      return markdownSegments(text);
    } catch (error) {
      notices.push(`Markdown 解析失败（${error instanceof Error ? error.message : String(error)}），已按纯文本逐行检查`);
    }
  } else notices.push(hazard);
  return lineSegments(text);
}

function markdownSegments(text: string): RawSegment[] {
  const tree = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).parse(text) as MdNode;
  const segments: RawSegment[] = [];
  for (const node of tree.children ?? []) {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    switch (node.type) {
      case 'yaml': segments.push({ start, end, kind: 'frontmatter' }); break;
      case 'code': segments.push({ start, end, kind: 'code' }); break;
      case 'html': segments.push({ start, end, kind: 'html' }); break;
      case 'thematicBreak': case 'definition': break;
      case 'table': segments.push({ start, end, kind: 'table', rows: tableRows(node) }); break;
      case 'heading': segments.push({ start, end, markdownDepth: node.depth }); break;
      default: pushLines(text, start, end, segments); // paragraphs, lists, quotes: line by line, markers kept
    }
  }
  tagParagraphLines(segments, paragraphSpans(tree));
  const items = orderedListItemStarts(tree);
  for (const seg of segments) {
    let at = seg.start; // past the quote marks a list inside a block quote stands behind
    while (at < seg.end && /[> \t]/.test(text[at])) at++;
    if (items.has(at)) seg.listItem = true;
  }
  return segments;
}

/** Where each item of an ordered list starts (its marker), nested lists and block quotes included. */
function orderedListItemStarts(node: MdNode, out = new Set<number>()): Set<number> {
  for (const child of node.children ?? []) {
    if (child.type === 'listItem' && node.type === 'list' && node.ordered && child.position?.start.offset !== undefined) out.add(child.position.start.offset);
    orderedListItemStarts(child, out);
  }
  return out;
}

/** The spans of the Markdown paragraphs, in document order, inside lists and block quotes too. */
function paragraphSpans(node: MdNode, out: Span[] = []): Span[] {
  for (const child of node.children ?? []) {
    if (child.type === 'paragraph') {
      out.push({ start: child.position?.start.offset ?? 0, end: child.position?.end.offset ?? 0 });
    } else if (child.type === 'list' || child.type === 'listItem' || child.type === 'blockquote') paragraphSpans(child, out);
  }
  return out;
}

/** Marks each line of a paragraph with the paragraph's number (both lists are in document order). */
function tagParagraphLines(segments: RawSegment[], paragraphs: Span[]): void {
  let k = 0;
  for (const seg of segments) {
    if (seg.kind || seg.markdownDepth) continue;
    while (k < paragraphs.length && paragraphs[k].end <= seg.start) k++;
    if (k < paragraphs.length && paragraphs[k].start <= seg.start && seg.end <= paragraphs[k].end) seg.paragraph = k;
  }
}

function tableRows(table: MdNode): TableCellModel[][] {
  return (table.children ?? []).map((row) =>
    (row.children ?? []).map((cell) => {
      const inner = cell.children ?? [];
      const start = inner[0]?.position?.start.offset ?? cell.position?.start.offset ?? 0;
      const end = inner[inner.length - 1]?.position?.end.offset ?? start;
      return { span: { start, end }, text: '' };
    }),
  );
}

function pushLines(text: string, start: number, end: number, out: RawSegment[]): void {
  let lineStart = start;
  for (let i = start; i <= end; i++) {
    if (i === end || isLineEnd(text, i)) {
      const s = trimSpan(text, lineStart, i);
      if (s.end > s.start) out.push({ start: s.start, end: s.end });
      lineStart = i + 1;
    }
  }
}

/** Long pasted lines (a whole report on one line) are split at "terminator + space" and before spaced markers. */
function splitRunOn(text: string, norm: string, seg: RawSegment): RawSegment[] {
  if (seg.kind || seg.end - seg.start < 600) return [seg];
  const cuts: number[] = [];
  for (let i = seg.start + 1; i < seg.end; i++) {
    if (norm[i] !== ' ') continue;
    let j = i;
    while (j < seg.end && norm[j] === ' ') j++;
    const before = norm[i - 1];
    if (/[。!?:;]/.test(before) || (j < seg.end && matchHeadingMarker(text, norm, j))) cuts.push(j);
    i = j - 1;
  }
  if (cuts.length < 3) return [seg];
  const out: RawSegment[] = [];
  let s = seg.start;
  for (const c of [...cuts, seg.end]) {
    const span = trimSpan(text, s, c);
    if (span.end > span.start) out.push({ start: span.start, end: span.end });
    s = c;
  }
  return out;
}

function markdownPrefixLength(norm: string, start: number, end: number): { length: number; depth?: number } {
  const m = /^(#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+)/.exec(norm.slice(start, Math.min(end, start + 8)));
  if (!m) return { length: 0 };
  return { length: m[0].length, depth: m[0].startsWith('#') ? m[0].trim().length : undefined };
}

interface Classified {
  seg: RawSegment;
  kind: BlockKind;
  heading?: HeadingMarker;
  contentStart: number;
}

export function parseReport(input: string, options: ParseOptions = {}): ReportDocument {
  const text = input;
  const norm = simplifiedView(foldWidth(text));
  const format = options.format ?? 'plaintext';
  const lineStarts = computeLineStarts(text);
  const missing: MissingElement[] = [];
  const notices: string[] = [];

  let raw = format === 'markdown' ? readMarkdown(text.replace(/^\ufeff/, ' '), notices) : lineSegments(text);
  raw = raw.flatMap((seg) => splitRunOn(text, norm, seg));

  // Heading recognition and markdown prefixes.
  const items: Classified[] = raw.map((seg) => {
    if (seg.kind) return { seg, kind: seg.kind, contentStart: seg.start };
    const prefix = markdownPrefixLength(norm, seg.start, seg.end);
    let at = seg.start + prefix.length;
    while (at < seg.end && norm[at] === ' ') at++;
    // A heading set in bold ("**一、……**", "**（一）……。**正文…"), as web pages copied to Markdown write it.
    const bold = format === 'markdown' && /^(\*\*|__)/.test(norm.slice(at, at + 2));
    const heading = matchHeadingMarker(text, norm, at) ?? (bold ? matchHeadingMarker(text, norm, at + 2) : undefined);
    const markdownDepth = seg.markdownDepth ?? prefix.depth;
    if (markdownDepth) seg.markdownDepth = markdownDepth;
    if (heading) return { seg, kind: 'heading', heading, contentStart: heading.markerSpan.end };
    return { seg, kind: 'paragraph', contentStart: at };
  });

  const prose = (c: Classified) => c.kind === 'paragraph' || c.kind === 'heading';
  const segText = (c: Classified) => norm.slice(c.contentStart, c.seg.end).trim();

  // Head: chrome, title, addressee, lead.
  const isChrome = (c: Classified) => c.kind === 'paragraph' && segText(c).length < 120 && chromePattern.test(segText(c));
  const metaLabels = (c: Classified) => {
    const t = segText(c);
    return c.kind === 'paragraph' && t.length < 160 && !t.includes('。') ? [...t.matchAll(metaLabel)] : [];
  };
  const isHeadChrome = (c: Classified, next: Classified | undefined) => {
    if (isChrome(c) || metaLabels(c).length || (c.kind === 'paragraph' && bareMetaLabel.test(segText(c)))) return true;
    if (c.kind !== 'paragraph') return false;
    const t = segText(c);
    const headline = headlinePattern.exec(t);
    return docNumberLine.test(t) || (!!headline && !!next && headline[1] === segText(next));
  };
  let titleItem: Classified | undefined;
  let addresseeItem: Classified | undefined;
  /** Marks items[k] as chrome; a metadata line's title-like value ("名称：××局2024年度……报告") becomes the title. */
  const takeChrome = (k: number, mayHoldTitle = false): number => {
    const c = items[k];
    const labels = metaLabels(c);
    c.kind = 'chrome';
    if (bareMetaLabel.test(segText(c))) return takeMetaValue(items, k + 1, segText) ? k + 2 : k + 1;
    if (!mayHoldTitle || titleItem || !labels.length) return k + 1;
    const base = c.contentStart + (norm.slice(c.contentStart, c.seg.end).length - norm.slice(c.contentStart, c.seg.end).trimStart().length);
    const cuts = [base, ...labels.flatMap((m) => [base + m.index!, base + m.index! + m[0].length]), c.seg.end];
    for (let p = 0; p < cuts.length; p += 2) {
      const span = trimSpan(text, cuts[p], cuts[p + 1]);
      while (span.end > span.start && /[\s\-|｜]/.test(norm[span.end - 1])) span.end--;
      const v = norm.slice(span.start, span.end);
      if (v.length > 80 || !/(报告|总结|汇报)$/.test(v) || !/(19|20)[0-9]{2}|[〇零○一二三四五六七八九]{4}年/.test(v)) continue;
      // The page shows the title again under its metadata: that line is the title.
      if (items.slice(k + 1, k + 12).some((n) => n.kind === 'paragraph' && segText(n) === v)) return k + 1;
      titleItem = { seg: { start: span.start, end: span.end }, kind: 'title', contentStart: span.start };
      const parts: Classified[] = [];
      if (span.start > c.seg.start) parts.push({ seg: { start: c.seg.start, end: span.start }, kind: 'chrome', contentStart: c.contentStart });
      parts.push(titleItem);
      if (span.end < c.seg.end) parts.push({ seg: { start: span.end, end: c.seg.end }, kind: 'chrome', contentStart: span.end });
      items.splice(k, 1, ...parts);
      return k + parts.length;
    }
    return k + 1;
  };
  const looksLikeAddressee = (c: Classified) => {
    const t = segText(c);
    const names = t.slice(0, -1);
    // Organs of different kinds are parted by a comma ("中共将乐县委员会，将乐县人民政府："); a comma between other
    // words is prose.
    return c.kind === 'paragraph' && t.length <= 60 && /[:]$/.test(t) && !/[。;]/.test(names) &&
      names.split(',').every((n, k, all) => all.length === 1 || organSuffix.test(n.trim()) || /(单位|部门|机关)$/.test(n.trim())) &&
      !/(如下|报告|汇报)[:]$/.test(t);
  };
  let i = 0;
  while (i < items.length && (items[i].kind === 'frontmatter' || items[i].kind === 'html' ||
    (!titleItem && splitGluedTitle(items, i, text, norm, looksLikeAddressee)) || isHeadChrome(items[i], items[i + 1]))) {
    i = items[i].kind === 'paragraph' ? takeChrome(i, true) : i + 1;
  }
  const looksLikeTitle = (c: Classified) => {
    const t = segText(c);
    return c.kind === 'paragraph' && t.length <= 80 && !/[。:;,]$/.test(t) && !/[。]/.test(t) &&
      (/(报告|总结|情况|汇报|工作|法治)/.test(t) || c.seg.markdownDepth === 1);
  };
  const titleMissingReason = (c: Classified | undefined) => {
    if (!c) return '文档为空';
    if (looksLikeAddressee(c)) return '文档以主送机关开头，其前未见标题行';
    const t = segText(c);
    // A report pasted as one line: the title runs straight into the lead ("某县2025年度……情况报告2025年，全县……").
    const glued = gluedTitle.exec(t);
    if (glued) return `首段开头的“${glued[1]}”像标题，但与正文连在一起（标题应单独成行）`;
    return `首段“${t.slice(0, 20)}…”不像标题（标题应为一行，写明发文机关、年度和“报告”）`;
  };
  const bareLine = (c: Classified | undefined) =>
    !!c && c.kind === 'paragraph' && !c.seg.markdownDepth && segText(c).length <= 40 && !/[。:;,!?、]/.test(segText(c));
  // Page furniture no pattern knows ("天津市静海区人民政府 2019年12月3日星期二", "无障碍 | 长者模式", "返回顶部"):
  // short lines without a sentence, when a full title ("……法治政府建设……报告") follows within a few lines. The first
  // half of a title broken over two lines (right above a second half that opens with 关于 or the year) is not furniture.
  const fullTitle = (c: Classified | undefined) => !!c && c.kind === 'paragraph' && segText(c).length <= 80 &&
    !/[。:;]/.test(segText(c)) && /法治|依法行政/.test(segText(c)) && /(报告|总结|汇报)([(][^()]*[)])?$/.test(segText(c));
  const furniture = (c: Classified) => c.kind === 'paragraph' && segText(c).length <= 60 && !/[。]/.test(segText(c)) && !looksLikeAddressee(c);
  if (!titleItem && !fullTitle(items[i])) {
    let t = i;
    while (t < items.length && t < i + 6 && furniture(items[t]) && !fullTitle(items[t])) t++;
    if (t > i && fullTitle(items[t])) {
      if (bareLine(items[t - 1]) && /^(?:关于|(?:19|20)[0-9]{2}|[〇零○一二三四五六七八九]{4}年|法治)/.test(segText(items[t]))) t--;
      while (i < t) items[i++].kind = 'chrome';
    }
  }
  // A long title broken over two lines (GB/T 9704 centres it in several): "××区人民政府" / "关于2024年……报告".
  // (The second line ends in the document type, right or wrong, so that meta/title-type sees the whole title; under
  // an issuing body's name, a second line that names the year and the topic is the title even without its type:
  // "××镇人民政府" / "2025年法治政府建设情况".)
  const secondHalf = (first: string, second: string) => /(报告|总结|汇报)([(][^()]*[)])?$/.test(second) ||
    ((organSuffix.test(first) || /[省市县区州旗镇乡]$/.test(first)) && first.length <= 20 &&
      /^(?:关于)?(?:19|20)[0-9]{2}年/.test(second) && /法治|依法行政/.test(second) && /(情况|工作)$/.test(second));
  if (!titleItem && i + 1 < items.length && bareLine(items[i]) && bareLine(items[i + 1]) && !/报告|总结|汇报/.test(segText(items[i])) &&
      secondHalf(segText(items[i]), segText(items[i + 1])) && !wholeTitle.test(segText(items[i + 1])) &&
      segText(items[i]).length + segText(items[i + 1]).length <= 80) {
    items[i].seg = { start: items[i].seg.start, end: items[i + 1].seg.end };
    items.splice(i + 1, 1);
  }
  if (!titleItem && i < items.length && looksLikeTitle(items[i]) && !looksLikeAddressee(items[i])) {
    titleItem = items[i];
    titleItem.kind = 'title';
    i++;
  } else if (!titleItem) {
    missing.push({ element: 'title', reason: titleMissingReason(i < items.length ? items[i] : undefined) });
  }
  while (i < items.length && isHeadChrome(items[i], items[i + 1])) i = takeChrome(i);
  if (titleItem) i = markDeliveryLines(items, i, segText);
  if (i < items.length && looksLikeAddressee(items[i])) {
    addresseeItem = items[i];
    addresseeItem.kind = 'addressee';
    i++;
  } else {
    missing.push({ element: 'addressee', reason: '标题后未见以冒号结尾的主送机关行' });
  }
  while (i < items.length && isHeadChrome(items[i], items[i + 1])) i = takeChrome(i);
  const headEnd = i;

  // Tail: chrome, date, signature.
  let j = items.length - 1;
  // A page's download links after the text ("附件：××报告.pdf", "附件下载：" over "1.××.docx") are chrome, not a 附件说明.
  const isDownload = (k: number) => {
    const c = items[k];
    const line = norm.slice(c.seg.start, c.seg.end).trim();
    return (c.kind === 'paragraph' || c.kind === 'heading') && line.length < 200 &&
      (downloadLine.test(line) || (downloadLabel.test(line) && items[k + 1]?.kind === 'chrome'));
  };
  // The 附注 below the 成文日期 (GB/T 9704 7.3.6: "（此件公开发布）", "（联系人：××，电话：××）") stays a paragraph of
  // the 公文 but is not the end of the body.
  const isNote = (c: Classified) => c.kind === 'paragraph' && noteLine.test(segText(c));
  // The 版记 at the very end (GB/T 9704 7.4): "抄送：……。" and "××办公室  2024年2月28日印发".
  const isImprint = (c: Classified) => c.kind === 'paragraph' && segText(c).length <= 200 && imprintLine.test(segText(c));
  const skipTrailing = (from: number) => {
    let k = from;
    while (k >= headEnd && (isChrome(items[k]) || isDownload(k) || isNote(items[k]) || isImprint(items[k]) || items[k].kind === 'html' || items[k].kind === 'code')) {
      if (isImprint(items[k])) items[k].kind = 'imprint';
      else if (items[k].kind !== 'html' && items[k].kind !== 'code' && !isNote(items[k])) items[k].kind = 'chrome';
      k--;
    }
    return k;
  };
  // A 附注 may stand between the 成文日期 and the attachments after it ("（此件公开发布）", then "附件1").
  j = skipTrailing(markAppendices(items, headEnd, skipTrailing(j), segText));
  let date: DateValue | undefined;
  let dateItem: Classified | undefined;
  let signatureItem: Classified | undefined;
  if (j >= headEnd && items[j].kind === 'paragraph') {
    const c = items[j];
    // The date may share its line with the signature and trailing chrome ("中共海宁市委 海宁市人民政府 2023年2月28日 |").
    let end = c.seg.end;
    while (end > c.contentStart && /[\s|｜]/.test(norm[end - 1])) end--;
    const body = norm.slice(c.contentStart, end);
    const found = matchDate(body);
    const m = found?.match;
    const before = m ? body.slice(0, m.index).trim() : '';
    if (found && m && before.length <= 60 && !/[。;,]/.test(before)) {
      const dStart = c.contentStart + m.index;
      const dEnd = dStart + m[0].length;
      date = { ...found.value, form: found.form, span: { start: dStart, end: dEnd }, text: text.slice(dStart, dEnd) };
      if (before) {
        // Split the line: signature part, then the date part.
        const sigSpan = trimSpan(text, c.contentStart, dStart);
        const sig: Classified = { seg: { start: sigSpan.start, end: sigSpan.end }, kind: 'signature', contentStart: sigSpan.start };
        c.seg = { start: dStart, end: c.seg.end };
        c.contentStart = dStart;
        items.splice(j, 0, sig);
        signatureItem = sig;
        j++;
      }
      c.kind = 'date';
      dateItem = c;
      j--;
    }
  }
  const signatureLike = (c: Classified) => {
    const t = segText(c);
    // The organ word needs a name before it: a lone "街道" or "局" is a cut-off line, not a signature.
    const organ = organSuffix.exec(t.split(/\s+/).pop() ?? '');
    return c.kind === 'paragraph' && t.length <= 60 && !/[。;,:]/.test(t) && !!organ && organ.input.length - organ[0].length >= 2;
  };
  if (!signatureItem && j >= headEnd && signatureLike(items[j])) {
    items[j].kind = 'signature';
    signatureItem = items[j];
    j--;
  }
  // A 呈送函 before the report ("现呈送我委2023年度……报告，请审阅。") is signed and dated above the report's own title;
  // when the report's end has neither, that 落款 is the document's.
  for (let k = headEnd; !dateItem && !signatureItem && k + 2 <= j && items[k].kind !== 'heading'; k++) {
    const d = items[k + 1];
    if (!signatureLike(items[k]) || d.kind !== 'paragraph' || !looksLikeTitle(items[k + 2])) continue;
    const span = trimSpan(text, d.contentStart, d.seg.end);
    const found = matchDate(norm.slice(span.start, span.end));
    if (!found || found.match.index !== 0) continue;
    date = { ...found.value, form: found.form, span, text: text.slice(span.start, span.end) };
    items[k].kind = 'signature';
    signatureItem = items[k];
    d.kind = 'date';
    dateItem = d;
  }
  if (!dateItem) missing.push({ element: 'date', reason: '文末未见成文日期（如“2023年2月28日”）' });
  if (!signatureItem) missing.push({ element: 'signature', reason: dateItem ? '成文日期前未见发文机关署名' : '文末未见发文机关署名（落款）' });
  const attachmentStart = findAttachmentNote(items, headEnd, j, (c) => norm.slice(c.seg.start, c.seg.end).trim());
  if (attachmentStart !== undefined) {
    // The whole line is the attachment's, "2、" included: it is not a 层次序数.
    for (let k = attachmentStart; k <= j; k++) items[k] = { seg: items[k].seg, kind: 'attachment', contentStart: items[k].seg.start };
    j = attachmentStart - 1;
  }
  const bodyLast = j;

  // Build blocks.
  const blocks: Block[] = items.map((c, index) => {
    const content = trimSpan(text, c.contentStart, c.seg.end);
    const block: Block = {
      kind: c.kind,
      span: { start: c.seg.start, end: c.seg.end },
      contentSpan: content,
      content: text.slice(content.start, content.end),
      enumerations: [],
      index,
    };
    if (c.heading) block.heading = c.heading;
    if (c.seg.markdownDepth) block.markdownDepth = c.seg.markdownDepth;
    if (c.seg.listItem) block.listItem = true;
    if (c.seg.rows) block.rows = c.seg.rows.map((r) => r.map((cell) => ({ span: cell.span, text: text.slice(cell.span.start, cell.span.end) })));
    if (prose(c)) block.enumerations = findEnumerations(text, norm, content);
    return block;
  });

  const bodyBlocks = blocks.slice(headEnd, bodyLast + 1);
  const lead = bodyBlocks.find((b) => b.kind === 'paragraph' && b.content.length > 0);
  if (!lead || (bodyBlocks[0] !== lead && bodyBlocks.indexOf(lead) > bodyBlocks.findIndex((b) => b.kind === 'heading') && bodyBlocks.some((b) => b.kind === 'heading'))) {
    missing.push({ element: 'lead', reason: '第一个层次序数标题之前未见导语段' });
  }
  const leadBlock = lead && !missing.some((m) => m.element === 'lead') ? lead : undefined;

  const bodyStart = bodyBlocks[0]?.span.start ?? text.length;
  const bodyEnd = bodyBlocks.length ? bodyBlocks[bodyBlocks.length - 1].span.end : bodyStart;
  const headings = bodyBlocks.filter((b) => b.kind === 'heading');
  const sections = buildSections(text, norm, headings, bodyBlocks, bodyEnd);
  const continued = runOnLines(text, norm, items, format);
  const sentences = splitSentences(text, norm, blocks.filter((b) => b.kind === 'heading' || b.kind === 'paragraph' || b.kind === 'title'), continued);

  const titleBlock = titleItem ? blocks[items.indexOf(titleItem)] : undefined;
  const frontMatter = parseFrontMatter(text, blocks.find((b) => b.kind === 'frontmatter'));
  const year = findYear(norm, titleBlock, leadBlock, frontMatter, yearVotes(norm, titleBlock, leadBlock, date, sections));
  if (!year) missing.push({ element: 'year', reason: '标题、导语和前置元数据中均未见报告年度（如“2023年”）' });

  return {
    text, norm, format, lineStarts, blocks, sections, headings, sentences,
    title: titleBlock,
    addressee: addresseeItem ? blocks[items.indexOf(addresseeItem)] : undefined,
    lead: leadBlock,
    signature: signatureItem ? blocks[items.indexOf(signatureItem)] : undefined,
    date,
    year,
    frontMatter,
    directives: findDirectives(text, lineStarts),
    missing,
    notices,
    bodySpan: { start: bodyStart, end: bodyEnd },
  };
}

function findEnumerations(text: string, norm: string, span: Span): EnumerationItem[] {
  const out = scanEnumerationMarkers(text, norm, span);
  // "一是…" must open the run: a lone "二是" after "一是" elsewhere is still part of the run, a stray "是" is not.
  return out[0]?.ordinal === 1 || out.length > 1 ? out : [];
}

/** Every "一是/二是…" marker in `span`, unfiltered (a run may continue across paragraphs). */
export function scanEnumerationMarkers(text: string, norm: string, span: Span): EnumerationItem[] {
  const out: EnumerationItem[] = [];
  const re = /(^|[。;:,!?\s])([一二三四五六七八九十]{1,3})是/g;
  const slice = norm.slice(span.start, span.end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const ordinal = chineseOrdinal(m[2]);
    if (!ordinal) continue;
    const start = span.start + m.index + m[1].length;
    const end = start + m[2].length + 1;
    out.push({ ordinal, markerText: text.slice(start, end), markerSpan: { start, end } });
  }
  return out;
}

function buildSections(text: string, norm: string, headings: Block[], body: Block[], bodyEnd: number): Section[] {
  const roots: Section[] = [];
  const stack: Section[] = [];
  let blockCursor = 0;
  const close = (until: number) => {
    const s = stack.pop()!;
    s.span.end = until;
  };
  for (const h of headings) {
    const level = h.heading!.level;
    while (stack.length && stack[stack.length - 1].level >= level) close(h.span.start);
    const marker = h.heading!.markerSpan.start;
    const titleEnd = headingTitleEnd(norm, h.contentSpan, norm.slice(marker - 2, marker) === '**');
    const titleSpan = trimSpan(text, h.contentSpan.start, titleEnd);
    const section: Section = {
      heading: h, level, title: text.slice(titleSpan.start, titleSpan.end), titleSpan,
      span: { start: h.span.start, end: bodyEnd }, children: [], blocks: [],
    };
    (stack.length ? stack[stack.length - 1].children : roots).push(section);
    stack.push(section);
    // Attach the non-heading blocks that follow this heading.
    blockCursor = h.index - body[0].index + 1; // body is a run of consecutive blocks
    while (blockCursor < body.length && body[blockCursor].kind !== 'heading') {
      if (body[blockCursor].kind === 'paragraph' || body[blockCursor].kind === 'table') section.blocks.push(body[blockCursor]);
      blockCursor++;
    }
  }
  while (stack.length) close(bodyEnd);
  return roots;
}

/** A heading's title runs to its first sentence end (or the end of its bold); the rest of the line is run-in body text. */
function headingTitleEnd(norm: string, span: Span, bold: boolean): number {
  for (let k = span.start; k < span.end; k++) {
    if (/[。!?]/.test(norm[k]) || (bold && norm.startsWith('**', k))) return k;
    // In one-line pasted text a space separates the heading from the run-in body that follows it.
    if (norm[k] === ' ' && k > span.start && span.end - k > 20 && norm[k - 1] !== ' ') return k;
  }
  return span.end;
}

// A line that ends a sentence, or a clause a paragraph may end with.
const LINE_CLOSED = /[。!?;:…”’"')）」』》】]$/;
// Hard-wrapped lines are about equally wide: within this many columns (a Han character is two) of the median.
const WRAP_WIDTH_SLACK = 3;
const MIN_WRAPPED_LINES = 3;

/**
 * A plain-text file hard-wrapped at a fixed width (copied from a PDF or an e-mail): most long lines end inside a
 * sentence, and those lines are about equally wide. A file pasted from Word has one paragraph per line instead, each
 * ending its last sentence.
 */
function isHardWrapped(lines: string[]): boolean {
  const long = lines.filter((t) => t.length >= 20);
  const open = long.filter((t) => !LINE_CLOSED.test(t));
  if (open.length < MIN_WRAPPED_LINES || open.length * 2 < long.length) return false;
  const widths = open.map(displayWidth).sort((a, b) => a - b);
  const median = widths[widths.length >> 1];
  return widths.filter((w) => Math.abs(w - median) <= WRAP_WIDTH_SLACK).length * 3 >= widths.length * 2;
}

function displayWidth(line: string): number {
  let width = 0;
  for (const c of line) width += c.charCodeAt(0) < 0x1100 ? 1 : 2;
  return width;
}

// No paragraph ends with a comma: a plain-text line that does was broken inside its sentence.
const LINE_INSIDE_CLAUSE = /[,、]$/;

/**
 * The items whose last sentence runs on into the next line: a soft line break inside a Markdown paragraph (CommonMark:
 * not a break at all); in plain text, where a line is a paragraph (as pasted from Word), a line break with no indent
 * after it in a hard-wrapped file or after a line ending in ，、. Only between two lines of body text, the second
 * without a Markdown prefix; a sentence still ends at 。！？.
 */
function runOnLines(text: string, norm: string, items: Classified[], format: 'markdown' | 'plaintext'): Set<number> {
  const out = new Set<number>();
  const hardWrapped = format === 'plaintext' && isHardWrapped(items.filter((c) => c.kind === 'paragraph').map((c) => norm.slice(c.contentStart, c.seg.end).trim()));
  for (let k = 0; k + 1 < items.length; k++) {
    const [a, b] = [items[k], items[k + 1]];
    if (a.kind !== 'paragraph' || b.kind !== 'paragraph' || b.contentStart !== b.seg.start) continue;
    const gap = text.slice(a.seg.end, b.seg.start);
    const softBreak = a.seg.paragraph !== undefined && a.seg.paragraph === b.seg.paragraph && /^[ \t]*(?:\r\n|\r|\n)[ \t]*$/.test(gap);
    const wrapped = format === 'plaintext' && (hardWrapped || LINE_INSIDE_CLAUSE.test(norm.slice(a.seg.start, a.seg.end))) &&
      /^[ \t]*(?:\r\n|\r|\n)$/.test(gap);
    if (softBreak || wrapped) out.add(k);
  }
  return out;
}

/** Sentences end at 。！？ and at the end of a block, unless the block's last sentence runs on into the next one. */
function splitSentences(text: string, norm: string, blocks: Block[], continued: Set<number>): Sentence[] {
  const out: Sentence[] = [];
  let runOn: { start: number; blockIndex: number } | undefined;
  for (const b of blocks) {
    let s = runOn?.start ?? b.contentSpan.start;
    const blockIndex = runOn?.blockIndex ?? b.index;
    runOn = undefined;
    for (let k = b.contentSpan.start; k <= b.contentSpan.end; k++) {
      const atEnd = k === b.contentSpan.end;
      if (atEnd || /[。!?]/.test(norm[k])) {
        // Keep closing quotes/brackets with the sentence they close.
        let e = atEnd ? k : k + 1;
        while (!atEnd && e < b.contentSpan.end && /[”’"')）」』]/.test(text[e])) e++;
        const span = trimSpan(text, s, e);
        if (atEnd && continued.has(b.index) && span.end > span.start) {
          runOn = { start: span.start, blockIndex: s < b.contentSpan.start ? blockIndex : b.index };
          break;
        }
        if (span.end > span.start) out.push({ span, text: text.slice(span.start, span.end), blockIndex: s < b.contentSpan.start ? blockIndex : b.index });
        if (atEnd) break;
        s = e;
        k = e - 1;
      }
    }
  }
  return out;
}

function parseFrontMatter(text: string, block: Block | undefined): ReportDocument['frontMatter'] {
  if (!block) return undefined;
  const data: Record<string, string> = {};
  for (const line of text.slice(block.span.start, block.span.end).split(/\r?\n/)) {
    const m = /^([A-Za-z_][\w-]*|[\u4e00-\u9fff]+)\s*:\s*(.*)$/.exec(line.trim());
    if (m) data[m[1]] = m[2].replace(/^["']|["']$/g, '').trim();
  }
  return { span: block.span, data };
}

function findYear(norm: string, title: Block | undefined, lead: Block | undefined, fm: ReportDocument['frontMatter'], votes: YearVote[]): YearInfo | undefined {
  const byTitle = votes.find((v) => v.source === 'title');
  if (byTitle) {
    // Two other places agreeing on another year, and none on the title's, outvote the title.
    const others = votes.filter((v) => v.source !== 'title');
    if (!others.some((v) => v.value === byTitle.value)) {
      const counts = new Map<number, YearVote[]>();
      for (const v of others) counts.set(v.value, [...(counts.get(v.value) ?? []), v]);
      const agreeing = [...counts.values()].filter((vs) => vs.length >= 2);
      if (agreeing.length === 1) {
        const shown = agreeing[0].find((v) => v.source === 'lead') ?? agreeing[0].find((v) => v.source === 'date') ?? agreeing[0][0];
        return { value: shown.value, span: shown.span, source: shown.source, votes };
      }
    }
  }
  const yearRe = /((?:19|20)[0-9]{2})\s*年/;
  const titleYear = title && yearRe.exec(norm.slice(title.contentSpan.start, title.contentSpan.end));
  if (title && titleYear) {
    const at = title.contentSpan.start + titleYear.index;
    return { value: Number(titleYear[1]), span: { start: at, end: at + 4 }, source: 'title', votes };
  }
  // Without one in the title, the lead's year ("2023年，……", not the end of "《……纲要（2023—2027年）》").
  const byLead = lead && leadYear(norm, lead.contentSpan);
  if (byLead) return { ...byLead, source: 'lead', votes };
  const fy = fm?.data.year ?? fm?.data['年度'];
  if (fy && /^(19|20)[0-9]{2}$/.test(fy)) return { value: Number(fy), span: fm!.span, source: 'frontmatter', votes };
  return undefined;
}

// A year that stands for one year: not an end of a span ("2021—2025年", "2023至2025年"), not "2021年以来", not the
// base of a comparison ("与2023年相比", "较2023年").
const singleYear = /(?<![0-9—–~至与较比同-])((?:19|20)[0-9]{2})\s*年(?!\s*(?:以来|以前|之前|相比|同期|[—–~至-]|[0-9]))/g;

/** The single years in norm[span], in order, outside 《》 and quotation marks (the name of another document). */
export function singleYears(norm: string, span: Span): { value: number; span: Span }[] {
  const slice = norm.slice(span.start, span.end);
  const out: { value: number; span: Span }[] = [];
  for (const m of slice.matchAll(singleYear)) {
    const before = slice.slice(0, m.index);
    if (before.lastIndexOf('《') > before.lastIndexOf('》') || before.lastIndexOf('“') > before.lastIndexOf('”')) continue;
    const start = span.start + m.index!;
    out.push({ value: Number(m[1]), span: { start, end: start + 4 } });
  }
  return out;
}

/** The year a lead opens on ("2024年以来，……" is the report's year so far), else its first single year. */
function leadYear(norm: string, span: Span): { value: number; span: Span } | undefined {
  const since = /^((?:19|20)[0-9]{2})\s*年度?以来/.exec(norm.slice(span.start, span.end));
  if (since) return { value: Number(since[1]), span: { start: span.start, end: span.start + 4 } };
  return singleYears(norm, span)[0];
}

/** Where the report names its year: title, the lead's first sentence, the 成文日期, the next-year plan's heading. */
function yearVotes(norm: string, title: Block | undefined, lead: Block | undefined, date: DateValue | undefined, sections: Section[]): YearVote[] {
  const votes: YearVote[] = [];
  const first = title && singleYears(norm, title.contentSpan)[0];
  if (first) votes.push({ ...first, source: 'title' });
  if (lead) {
    const end = norm.indexOf('。', lead.contentSpan.start);
    // "2023年以来" may span more than the year: it names the report year when nothing else does, but casts no vote.
    const opening = singleYears(norm, { start: lead.contentSpan.start, end: end < 0 || end > lead.contentSpan.end ? lead.contentSpan.end : end })[0];
    if (opening) votes.push({ ...opening, source: 'lead' });
  }
  // Reports are dated early in the next year (or, too early, late in their own).
  if (date && date.form !== 'placeholder' && date.form !== 'partial') {
    const value = date.month >= 1 && date.month <= 6 ? date.year - 1 : date.month >= 11 ? date.year : undefined;
    if (value) votes.push({ value, span: date.span, source: 'date' });
  }
  const plan = sections.find((s) => headingPatterns.plans.test(norm.slice(s.titleSpan.start, s.titleSpan.end)));
  const planYears = plan ? singleYears(norm, plan.titleSpan) : [];
  if (planYears.length === 1) votes.push({ value: planYears[0].value - 1, span: planYears[0].span, source: 'plan' });
  return votes;
}

function findDirectives(text: string, lineStarts: number[]): DisableDirective[] {
  const out: DisableDirective[] = [];
  const re = /<!--\s*fazhi-disable(-next-line)?((?:\s+[\w/-]+)*)\s*-->/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const span = { start: m.index, end: m.index + m[0].length };
    const codes = m[2].trim() ? m[2].trim().split(/\s+/) : [];
    if (m[1]) out.push({ kind: 'next-line', codes, span, targetLine: positionAt(lineStarts, span.end).line + 1 });
    else out.push({ kind: 'file', codes, span });
  }
  return out;
}
