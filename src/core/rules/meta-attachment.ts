// meta/attachment-format — the 附件说明 between the body and the 落款 (GB/T 9704 7.3.3): "附件：1.××", one line per
// attachment numbered 1. 2. 3. when there are several, and no punctuation after an attachment's name.
import { defineCodes, report, type Rule } from '../rule';
import type { Block, Finding, ReportDocument, Span, TextEdit } from '../types';
import { quote } from './structure-shared';

const CODE = 'meta/attachment-format';
// "附件1：××" / "附件1.××": the number of the attachment itself (its own page's label), in the 附件说明 line.
const numberedLabel = /^附\s*件\s*([0-9]{1,2})(?![0-9])\s*[.、:]?\s*/;
// 1. / 1、 / (1) — the number must be marked, or "附件：2024年度……" would read as attachment 20.
const ordinal = /^(?:([0-9]{1,2})\s*([.、])|[(]([0-9]{1,2})[)])\s*/;
const trailingPunctuation = /[。;,、.:]+$/;

const CODES = defineCodes({
  'meta/attachment-format': {
    severity: 'warning',
    fixable: true,
    description: '附件说明应写作“附件：1.××”，多个附件依次编号，附件名称后不加标点符号',
    descriptionEn: 'The attachment note reads "附件：1.××", several attachments are numbered, no punctuation after a name',
  },
});

export const metaAttachment: Rule = {
  id: 'meta/attachment',
  codes: CODES,
  meta: {
    description: '附件说明应写作“附件：1.××”，多个附件依次编号，附件名称后不加标点符号',
    descriptionEn: 'The attachment note reads "附件：1.××", several attachments are numbered, no punctuation after a name',
  },
  check(doc) {
    const lines = doc.blocks.filter((b) => b.kind === 'attachment');
    if (!lines.length) return [];
    const out: Finding[] = [];
    // "附件：" may stand alone with the numbered names on the lines below it.
    const bareLabel = /^附\s*件\s*:?\s*$/.test(doc.norm.slice(lines[0].contentSpan.start, lines[0].contentSpan.end));
    const names = bareLabel ? lines.slice(1) : lines;
    const several = names.length > 1;
    names.forEach((line, index) => {
      const norm = doc.norm.slice(line.contentSpan.start, line.contentSpan.end);
      let at = 0; // offset in the line where the number (or the name) starts
      if (line === lines[0]) {
        const misplaced = numberedLabel.exec(norm);
        if (misplaced && !/附\s*件\s*[0-9]/.test(norm.slice(misplaced[0].length))) {
          out.push(labelFinding(doc, line, misplaced[0].length, several ? `${misplaced[1]}.` : ''));
          at = misplaced[0].length;
        } else {
          at = /^附\s*件\s*:?\s*/.exec(norm)?.[0].length ?? 0;
          const number = ordinal.exec(norm.slice(at));
          if (several && !number) out.push(unnumberedFinding(doc, line, at));
          if (number) out.push(...ordinalFindings(doc, line, at, number, index + 1));
          if (number) at += number[0].length;
        }
      } else {
        const number = ordinal.exec(norm);
        if (number) out.push(...ordinalFindings(doc, line, 0, number, index + 1));
        at = number?.[0].length ?? 0;
      }
      const trailing = trailingPunctuation.exec(norm.slice(at));
      if (trailing) out.push(trailingFinding(doc, line, trailing[0].length));
    });
    return out;
  },
};

function finding(span: Span, message: string, fixTitle?: string, edits?: TextEdit[]): Finding {
  return report(CODE, {
    message,
    span,
    fixes: fixTitle && edits ? [{ kind: 'certain', title: fixTitle, preferred: true, edits }] : [],
  });
}

/** "附件1：××" → "附件：1.××" (several attachments) or "附件：××" (one: GB/T 9704 numbers only several). */
function labelFinding(doc: ReportDocument, line: Block, length: number, number: string): Finding {
  const span = { start: line.contentSpan.start, end: line.contentSpan.start + length };
  const found = doc.text.slice(span.start, span.end).trim();
  const right = `附件：${number}`;
  return finding(span, `附件说明应写作“${right}××”：实为${quote(found)}（GB/T 9704）`, `改为${quote(right)}`,
    [{ span, newText: right }]);
}

function unnumberedFinding(doc: ReportDocument, line: Block, at: number): Finding {
  const start = line.contentSpan.start + at;
  return finding({ start: line.contentSpan.start, end: start },
    '有多个附件时应使用阿拉伯数字标注附件顺序号：应写作“附件：1.××”，下一行“2.××”（GB/T 9704）',
    '加上顺序号“1.”', [{ span: { start, end: start }, newText: '1.' }]);
}

function ordinalFindings(doc: ReportDocument, line: Block, at: number, number: RegExpExecArray, expected: number): Finding[] {
  const start = line.contentSpan.start + at;
  const span = { start, end: start + number[0].trimEnd().length };
  const found = doc.text.slice(span.start, span.end);
  if (Number(number[1] ?? number[3]) !== expected) return [finding(span, `附件顺序号不连续：此处应为“${expected}.”，实为${quote(found)}`)];
  if (number[2] === '.') return [];
  const right = `${expected}.`;
  return [finding(span, `附件顺序号应写作${quote(right)}，实为${quote(found)}：序号后用“.”（GB/T 9704）`, `改为${quote(right)}`,
    [{ span, newText: right }])];
}

function trailingFinding(doc: ReportDocument, line: Block, length: number): Finding {
  const span = { start: line.contentSpan.end - length, end: line.contentSpan.end };
  const marks = doc.text.slice(span.start, span.end);
  return finding(span, `附件名称后不加标点符号（GB/T 9704）：末尾的${quote(marks)}应删除`, `删除${quote(marks)}`,
    [{ span, newText: '' }]);
}
