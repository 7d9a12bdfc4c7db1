// wording/char — characters outside 《通用规范汉字表》 in a simplified-Chinese report: traditional characters left by
// OCR or a pasted source (縣, 簡), Japanese and other variant forms (痩 for 瘦), look-alike code points from PDFs
// (Kangxi radical ⼈ for 人), and rare characters with no standard form. One finding per character with all its
// occurrences; a document written in traditional script gets one finding for the whole text instead of hundreds.
// Characters in the table stay silent even when they are also traditional forms (於 as a surname, 乾, 暨).
import { classifyChar, type NonStandardChar } from '../chinese-script';
import { defineCodes, report, type Rule } from '../rule';
import type { Finding, Fix, Span } from '../types';
import { inProse } from './wording-shared';

/** A text is in traditional script when this many variant characters make up this share of its Han characters. */
const SCRIPT_MIN_COUNT = 20;
const SCRIPT_MIN_SHARE = 0.05;

interface CharUse {
  ch: string;
  info: NonStandardChar;
  spans: Span[];
}

const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase()}`;
const orForms = (forms: string[]) => forms.map((f) => `“${f}”`).join('或');

const CODES = defineCodes({
  'wording/char': {
    severity: 'warning',
    fixable: true,
    description: '不规范汉字：繁体字、异体字、兼容区或部首区的同形字，以及《通用规范汉字表》以外的字',
    descriptionEn: 'Non-standard characters: traditional and variant forms, look-alike code points, characters outside the standard table',
  },
});

export const wordingChar: Rule = {
  id: 'wording/char',
  codes: CODES,
  meta: {
    description: '不规范汉字：繁体字、异体字、兼容区或部首区的同形字，以及《通用规范汉字表》以外的字',
    descriptionEn: 'Non-standard characters: traditional and variant forms, look-alike code points, characters outside the standard table',
  },
  check(doc, ctx) {
    const uses = new Map<string, CharUse>();
    // Read per block unit and kept while the unit is unchanged (ctx.han()): an edit reads the text it changed.
    const { han, odd } = ctx.han();
    for (const k of odd) {
      const c = doc.text.charCodeAt(k);
      const ch = c >= 0xd800 && c <= 0xdbff ? doc.text.slice(k, k + 2) : doc.text[k];
      const info = classifyChar(ch);
      if (info && inProse(doc, ctx, k, k + ch.length)) {
        const use = uses.get(ch) ?? { ch, info, spans: [] };
        use.spans.push({ start: k, end: k + ch.length });
        uses.set(ch, use);
      }
    }
    if (uses.size === 0) return [];
    const list = [...uses.values()].sort((a, b) => a.spans[0].start - b.spans[0].start);
    const variantCount = list.filter((u) => u.info.kind !== 'unknown').reduce((n, u) => n + u.spans.length, 0);
    if (variantCount >= SCRIPT_MIN_COUNT && variantCount >= han * SCRIPT_MIN_SHARE) return [wholeText(list, variantCount)];
    return list.map(perChar);
  },
};

function perChar(u: CharUse): Finding {
  const { ch, info, spans } = u;
  const times = spans.length > 1 ? `（全文${spans.length}处）` : '';
  let message: string;
  if (info.kind === 'compatibility') {
    message = `“${ch}”（${codePoint(ch)}）是兼容区或部首区的字符，与规范字${orForms(info.forms)}（${codePoint(info.forms[0])}）外形相同而编码不同，检索、排版和转换会出错${times}`;
  } else if (info.kind === 'variant') {
    message = `“${ch}”是繁体字或异体字，规范字为${orForms(info.forms)}${info.forms.length > 1 ? '（按词义选用）' : ''}${times}`;
  } else {
    message = `“${ch}”（${codePoint(ch)}）不在《通用规范汉字表》中${times}；如是人名、地名用字，可加入配置 allow 列表`;
  }
  const kind = info.forms.length === 1 ? 'certain' : 'choice';
  const fixes: Fix[] = info.forms.map((form, k) => ({
    kind, preferred: k === 0,
    title: spans.length > 1 ? `将全文${spans.length}处“${ch}”改为“${form}”` : `改为“${form}”`,
    edits: spans.map((span) => ({ span, newText: form })),
  }));
  return report('wording/char', {
    severity: info.kind === 'unknown' ? 'information' : 'warning',
    message,
    span: spans[0],
    fixes,
    related: spans.slice(1, 50).map((span) => ({ span, message: `又一处“${ch}”` })),
  });
}

/** The whole text is in traditional script: one finding, and one fix converting every character with one standard form. */
function wholeText(list: CharUse[], count: number): Finding {
  const variants = list.filter((u) => u.info.kind !== 'unknown');
  const single = variants.filter((u) => u.info.forms.length === 1);
  const sample = variants.slice(0, 8).map((u) => `${u.ch}→${u.info.forms.join('/')}`).join('，');
  const ambiguous = variants.length - single.length;
  return report('wording/char', {
    span: variants[0].spans[0],
    message: `全文使用繁体字（${variants.length}种共${count}处，如${sample}），应使用规范简化字` +
      (ambiguous ? `；其中${ambiguous}种有不止一个规范字，需按词义逐个改` : ''),
    // A conversion of the whole text is for the writer to approve, not for fix-all to apply in passing.
    fixes: single.length ? [{
      kind: 'choice', preferred: true, title: `全文转换为简化字（${single.reduce((n, u) => n + u.spans.length, 0)}处）`,
      edits: single.flatMap((u) => u.spans.map((span) => ({ span, newText: u.info.forms[0] }))).sort((a, b) => a.span.start - b.span.start),
    }] : [],
    related: variants.slice(1, 50).map((u) => ({ span: u.spans[0], message: `“${u.ch}”→${orForms(u.info.forms)}` })),
  });
}
