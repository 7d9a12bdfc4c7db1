// Small rules for the language-server tests: every server behaviour (fixes, related locations, segmenter pass,
// failures, a check that hangs) is exercised regardless of which real rules exist. The server loads them in its lint
// worker from the modules beside this one (ServerOptions.rulesModule).
import { defineCodes, type Rule } from '../../../src/core/rule';
import type { Finding } from '../../../src/core/types';

export const commaRule: Rule = {
  id: 'test/comma', codes: defineCodes({ 'test/comma': { severity: 'error', fixable: true, description: '测试：半角逗号', descriptionEn: 'test: ASCII comma' } }),
  meta: { description: '测试：半角逗号', descriptionEn: 'test: ASCII comma' },
  check(doc) {
    const out: Finding[] = [];
    for (let i = doc.text.indexOf(','); i >= 0; i = doc.text.indexOf(',', i + 1)) {
      out.push({
        code: 'test/comma', severity: 'error', message: '应为全角逗号“，”，实际为半角“,”', span: { start: i, end: i + 1 },
        fixes: [{ kind: 'certain', title: '改为“，”', edits: [{ span: { start: i, end: i + 1 }, newText: '，' }], preferred: true }], related: [],
      });
    }
    return out;
  },
};

/** "共N件，其中A件…B件": parts must add up to the total; related locations point at the parts. */
export const sumRule: Rule = {
  id: 'test/sum', codes: defineCodes({ 'test/sum': { severity: 'error', fixable: true, description: '测试：总分', descriptionEn: 'test: total and parts' } }),
  meta: { description: '测试：总分', descriptionEn: 'test: total and parts' },
  check(doc) {
    const out: Finding[] = [];
    const re = /共[^\d。]*(\d+)件，其中[^。\d]*(\d+)件[^。\d]*(\d+)件/dg;
    for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
      const [total, a, b] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (a + b === total) continue;
      const [t, pa, pb] = [1, 2, 3].map((k) => ({ start: m!.indices![k][0], end: m!.indices![k][1] }));
      out.push({
        code: 'test/sum', severity: 'error', message: `${a}+${b} = ${a + b}，与总数${total}不符`, span: t,
        fixes: [{ kind: 'choice', title: `将总数改为${a + b}`, edits: [{ span: t, newText: String(a + b) }] }],
        related: [{ span: pa, message: `分项${a}` }, { span: pb, message: `分项${b}` }],
      });
    }
    return out;
  },
};

export const segmentedRule: Rule = {
  id: 'test/segmented', codes: defineCodes({ 'test/segmented': { severity: 'hint', fixable: false, description: '测试：分词', descriptionEn: 'test: segmenter' } }),
  meta: { description: '测试：分词', descriptionEn: 'test: segmenter', needsSegmenter: true },
  check(doc, ctx) {
    const token = ctx.segmenter?.cut(doc.text).find((t) => t.word === '法治政府');
    return token ? [{ code: 'test/segmented', severity: 'hint', message: '分词结果包含“法治政府”', span: { start: token.start, end: token.end }, fixes: [], related: [] }] : [];
  },
};

export const brokenRule: Rule = {
  id: 'test/broken', codes: defineCodes({ 'test/broken': { severity: 'error', fixable: false, description: '测试：出错', descriptionEn: 'test: throws' } }),
  meta: { description: '测试：出错', descriptionEn: 'test: throws' },
  check() {
    throw new Error('boom');
  },
};

/** Busy for a while on a text containing “慢速检查”: a long check the tests edit or hover during. */
export const slowRule: Rule = {
  id: 'test/slow', codes: defineCodes({ 'test/slow': { severity: 'hint', fixable: false, description: '测试：慢', descriptionEn: 'test: slow' } }),
  meta: { description: '测试：慢', descriptionEn: 'test: slow' },
  check(doc) {
    if (!doc.text.includes('慢速检查')) return [];
    const until = Date.now() + 400;
    while (Date.now() < until) { /* busy, as a long check is */ }
    return [];
  },
};

/** Never returns on a text containing “死循环”: the pathological document the time box is for. */
export const hangRule: Rule = {
  id: 'test/hang', codes: defineCodes({ 'test/hang': { severity: 'hint', fixable: false, description: '测试：卡死', descriptionEn: 'test: hangs' } }),
  meta: { description: '测试：卡死', descriptionEn: 'test: hangs' },
  check(doc) {
    for (;;) if (!doc.text.includes('死循环')) return [];
  },
};

/** Reports each token “明湖市法治办”: present only where the writer's words keep it whole. */
export const wordRule: Rule = {
  id: 'test/word', codes: defineCodes({ 'test/word': { severity: 'hint', fixable: false, description: '测试：用户词', descriptionEn: 'test: user word' } }),
  meta: { description: '测试：用户词', descriptionEn: 'test: user word', needsSegmenter: true },
  check(doc, ctx) {
    return (ctx.segmenter?.cut(doc.text) ?? []).filter((t) => t.word === '明湖市法治办')
      .map((t) => ({ code: 'test/word', severity: 'hint' as const, message: '分词结果包含“明湖市法治办”', span: { start: t.start, end: t.end }, fixes: [], related: [] }));
  },
};

/** One finding for all half-width commas, with one fix that changes every one of them (as punctuation/half-width
 * offers for a text converted wholesale). */
export const allCommasRule: Rule = {
  id: 'test/all-commas', codes: defineCodes({ 'test/all-commas': { severity: 'warning', fixable: true, description: '测试：全部半角逗号', descriptionEn: 'test: all ASCII commas' } }),
  meta: { description: '测试：全部半角逗号', descriptionEn: 'test: all ASCII commas' },
  check(doc) {
    const at: number[] = [];
    for (let i = doc.text.indexOf(','); i >= 0; i = doc.text.indexOf(',', i + 1)) at.push(i);
    if (!at.length) return [];
    return [{
      code: 'test/all-commas', severity: 'warning', message: `半角逗号共${at.length}处`, span: { start: at[0], end: at[0] + 1 }, related: [],
      fixes: [{ kind: 'certain', title: `将全部${at.length}处半角逗号改为全角`, edits: at.map((i) => ({ span: { start: i, end: i + 1 }, newText: '，' })) }],
    }];
  },
};
