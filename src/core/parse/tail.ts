// Tail stage: what follows the body — page chrome and download links, the 版记, 附注, the attachments after the
// 成文日期, the 成文日期 and the 发文机关署名 (also when a 呈送函 before the report carries them), and the 附件说明.
import type { DateValue } from '../types';
import { trimSpan } from '../text';
import { isChromeLine, looksLikeTitleLine } from './head';
import type { Classified, ParseLines } from './segments';
import { lineText } from './segments';
import {
  appendixLabel, attachmentItem, attachmentLabel, downloadLabel, downloadLine, imprintLine, matchDate, noteLine, organSuffix,
} from './patterns';

export interface Tail {
  /** Index of the last item of the body. */
  bodyLast: number;
  date?: DateValue;
  dateItem?: Classified;
  signature?: Classified;
}

/** Reads the tail back from the last item down to `headEnd`: marks chrome, imprint, appendices, date, signature, 附件说明. */
export function readTail(p: ParseLines, headEnd: number): Tail {
  const { text, norm, items, missing } = p;
  const segText = (c: Classified) => lineText(p, c);
  const isChrome = (c: Classified) => isChromeLine(p, c);
  const looksLikeTitle = (c: Classified) => looksLikeTitleLine(p, c);
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
  return { bodyLast: j, date, dateItem, signature: signatureItem };
}


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
