// Head stage: the page chrome and metadata a web page puts above a report, the title (also broken over two lines or
// glued to what follows it), the lines of a report delivered at a meeting, and the 主送机关.
import type { Classified, ParseLines } from './segments';
import { lineText } from './segments';
import { matchHeadingMarker } from './outline';
import {
  bareMetaLabel, bracketedDateLine, chromePattern, deliveryLine, docNumberLine, gluedTitle, headlinePattern,
  matchDate, metaLabel, organSuffix, runOnAddressee, runOnTitle, siteAddress, speakerLine, wholeTitle,
} from './patterns';
import { trimSpan } from '../text';

export interface Head {
  /** Index of the first item after the head. */
  end: number;
  title?: Classified;
  addressee?: Classified;
}

/** A short line of web-page furniture (breadcrumb, date and source, buttons, footer). */
export function isChromeLine(p: ParseLines, c: Classified): boolean {
  return c.kind === 'paragraph' && lineText(p, c).length < 120 && chromePattern.test(lineText(p, c));
}

/** One line that may be a title: short, no sentence, about a report (or a level-1 Markdown heading). */
export function looksLikeTitleLine(p: ParseLines, c: Classified): boolean {
  const t = lineText(p, c);
  return c.kind === 'paragraph' && t.length <= 80 && !/[。:;,]$/.test(t) && !/[。]/.test(t) &&
    (/(报告|总结|情况|汇报|工作|法治)/.test(t) || c.seg.markdownDepth === 1);
}

/** Lines a cover note before the report may take, its 主送机关 to its date. */
const MAX_COVER_LINES = 8;

/** Reads the head from the first item on: marks chrome, title, subtitle and addressee; records what is missing. */
export function readHead(p: ParseLines): Head {
  const { text, norm, items, missing } = p;
  const segText = (c: Classified) => lineText(p, c);
  const isChrome = (c: Classified) => isChromeLine(p, c);
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
  const looksLikeTitle = (c: Classified) => looksLikeTitleLine(p, c);
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
  // Page furniture no pattern knows ("明湖市清溪区人民政府 2023年5月9日星期二", "无障碍 | 长者模式", "返回顶部"):
  // short lines without a sentence, when a full title ("……法治政府建设……报告") follows within a few lines. The first
  // half of a title broken over two lines (right above a second half that opens with 关于 or the year) is not furniture.
  const fullTitle = (c: Classified | undefined) => !!c && c.kind === 'paragraph' && segText(c).length <= 80 &&
    !/[。:;]/.test(segText(c)) && /法治|依法行政/.test(segText(c)) && /(报告|总结|汇报)([(][^()]*[)])?$/.test(segText(c));
  const furniture = (c: Classified) => c.kind === 'paragraph' && segText(c).length <= 60 && !/[。]/.test(segText(c)) && !looksLikeAddressee(c);
  // A cover note sent with the report — its 主送机关, a sentence or two, the sender, the date — and then the report's own
  // full title: the note is no part of the report (and its 主送机关 answers for the report's).
  let underCover = false;
  if (!titleItem && i < items.length && looksLikeAddressee(items[i])) {
    let t = i + 1;
    while (t < items.length && t <= i + MAX_COVER_LINES && !fullTitle(items[t])) t++;
    if (t > i + 2 && t < items.length && fullTitle(items[t]) && matchDate(segText(items[t - 1]).trim())?.match.index === 0) {
      while (i < t) items[i++].kind = 'chrome';
      underCover = true;
    }
  }
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
  // Or over three: "××县司法局" / "关于2024年度依法治县暨法治政府" / "建设工作情况的报告" — the middle line ends in no
  // document type, the last does, and the two name the topic together.
  const lines = titleLineCount(items, i, segText, bareLine, secondHalf);
  if (!titleItem && lines > 1) {
    items[i].seg = { start: items[i].seg.start, end: items[i + lines - 1].seg.end };
    items.splice(i + 1, lines - 1);
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
  } else if (!underCover) {
    missing.push({ element: 'addressee', reason: '标题后未见以冒号结尾的主送机关行' });
  }
  while (i < items.length && isHeadChrome(items[i], items[i + 1])) i = takeChrome(i);
  return { end: i, title: titleItem, addressee: addresseeItem };
}

const DOCUMENT_TYPE_END = /(报告|总结|汇报)([(][^()]*[)])?$/;
const MAX_TITLE_LENGTH = 80;

/** How many lines from items[i] make one title broken over two or three lines (1: none). */
function titleLineCount(
  items: Classified[], i: number, segText: (c: Classified) => string, bareLine: (c: Classified | undefined) => boolean,
  secondHalf: (first: string, second: string) => boolean,
): number {
  const [first, second, third] = [items[i], items[i + 1], items[i + 2]];
  if (!bareLine(first) || !bareLine(second) || /报告|总结|汇报/.test(segText(first))) return 1;
  const [a, b] = [segText(first), segText(second)];
  if (secondHalf(a, b) && !wholeTitle.test(b) && a.length + b.length <= MAX_TITLE_LENGTH) return 2;
  if (!bareLine(third) || DOCUMENT_TYPE_END.test(b)) return 1;
  const rest = b + segText(third);
  return DOCUMENT_TYPE_END.test(rest) && /法治|依法行政/.test(rest) && /^(?:关于)?(?:19|20)[0-9]{2}年/.test(b) &&
    !wholeTitle.test(rest) && a.length + rest.length <= MAX_TITLE_LENGTH ? 3 : 1;
}

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
