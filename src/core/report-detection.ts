// Which open documents are reports: only those get diagnostics, so unrelated Markdown is never flooded.
import { otherPageKind } from './page-kind';
import type { ReportDocument } from './types';

const topicRe = /法治(?:政府)?建设|依法行政|依法治(?:市|县|区|省|国)/;
const reportTypeRe = /报告|情况|总结|汇报/;
/** A title-like phrase near the top, for pasted text whose title line was not recognised. */
const headPhraseRe = /法治(?:政府)?建设[^。\n]{0,30}(?:报告|情况|总结)/;

/** Front matter decides when it speaks (`fazhi: true|false`, `type: 法治政府建设年度报告`); otherwise the title or lead. */
export function looksLikeReport(doc: ReportDocument): boolean {
  const data = doc.frontMatter?.data ?? {};
  const flag = (data.fazhi ?? data['fazhi-report'] ?? '').toLowerCase();
  if (/^(true|yes|on|1)$/.test(flag)) return true;
  if (/^(false|no|off|0)$/.test(flag)) return false;
  const declaredType = data.type ?? data['类型'] ?? data['文种'];
  if (declaredType && topicRe.test(declaredType)) return true;
  // News, statistics and hotline pages on the topic: the same test that keeps the CLI's frame rules silent.
  if (otherPageKind(doc)) return false;
  // Matched in the engine's view of the text, so that a traditional-script copy is recognised too.
  const read = (b: ReportDocument['title']) => (b ? doc.norm.slice(b.contentSpan.start, b.contentSpan.end) : '');
  const title = read(doc.title);
  if (topicRe.test(title) && reportTypeRe.test(title)) return true;
  if (/法治(?:政府)?建设/.test(read(doc.lead))) return true;
  return headPhraseRe.test(doc.norm.slice(0, 400));
}
