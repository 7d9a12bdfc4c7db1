// Metamorphic check of the figure rules (a dev tool; bench/metamorphic.mjs runs it): take texts on which a figure rule
// already finds an error, rewrite them the way another county would write the same facts (one rewrite at a time), and
// see whether the finding survives with the same arithmetic — and whether the corrected text (the finding's first fix
// applied) stays silent under the same rewrite. A finding that appears on a corrected text is a false finding.
import { readFileSync } from 'node:fs';
import { applyEdits } from '../src/core/fixes';
import { lintText } from '../src/core/lint';
import { allRules } from '../src/core/rules/index';
import type { Segmenter } from '../src/core/segmenter';
import type { Finding } from '../src/core/types';

const figureRules = allRules.filter((r) => r.id.startsWith('figure/'));

/** A report of 2023 around a body: title, addressee, one section, and a plan section after it. */
export const reportAround = (body: string): string =>
  `# 某县人民政府关于2023年法治政府建设情况的报告\n\n县人民政府：\n\n2023年，我县推进法治政府建设。\n\n## 一、主要举措和成效\n\n${body}\n\n## 二、2024年工作安排\n\n继续推进各项工作。\n`;

/** The string literals of a rule table's `invalid:` rows that hold two figures at least: bodies of rows. */
export function seedsFromTable(source: string): string[] {
  const at = source.indexOf('invalid: [');
  if (at < 0) return [];
  const bodies: string[] = [];
  for (const m of source.slice(at).matchAll(/'((?:[^'\\\n]|\\.)*)'/g)) {
    const body = m[1].replace(/\\n/g, '\n').replace(/\\(.)/g, '$1');
    if (/[\u4e00-\u9fff]/.test(body) && (body.match(/\d+/g) ?? []).length >= 2 && !body.startsWith('#')) bodies.push(body);
  }
  return bodies;
}

export const seedsFromFile = (path: string) => seedsFromTable(readFileSync(path, 'utf8'));

export interface Rewrite {
  name: string;
  /** The rewritten body, or undefined when the rewrite does not apply to it. */
  apply(body: string): string | undefined;
}

/** A rewrite by one replacement; it applies when the text changes. */
const replacing = (name: string, pattern: RegExp, by: string | ((...m: string[]) => string)): Rewrite => ({
  name,
  apply(body) {
    const out = body.replace(pattern, by as string);
    return out === body ? undefined : out;
  },
});

const DIGIT = /[0-9]/g;
const UNIT = '(?:件|人次|个|条|起|项|份|宗|人|家|次|场|批)';
const withCommas = (n: string) => n.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const inWan = (n: string) => `${String(Number(n) / 10000)}万`;

/** Meaning-preserving rewrites, each one change of wording. */
export const rewrites: Rewrite[] = [
  replacing('measure 件→宗', /(\d\s*)件/g, '$1宗'),
  replacing('measure 件→起', /(\d\s*)件/g, '$1起'),
  replacing('measure 件→个', /(\d\s*)件/g, '$1个'),
  replacing('measure 人次→人', /(\d)人次/g, '$1人'),
  replacing('measure 人→人次', /(\d)人(?!次)/g, '$1人次'),
  replacing('punct ，→； after a figure', new RegExp(`(\\d${UNIT})，`, 'g'), '$1；'),
  // Only after a figure: 、 between names ("行政处罚、行政强制案件") has no comma form.
  replacing('punct 、→， after a figure', new RegExp(`(\\d${UNIT})、`, 'g'), '$1，'),
  replacing('punct ，→、 after a figure', new RegExp(`(\\d${UNIT})，(?!其中)`, 'g'), '$1、'),
  replacing('brackets full→half', /（([^（）]*)）/g, '($1)'),
  replacing('line break between sentences', /。(?=[^\n])/g, '。\n'),
  replacing('paragraph break between sentences', /。(?=[^\n])/g, '。\n\n'),
  replacing('number thousands comma', new RegExp(`(?<![\\d.,])\\d{4,}(?=\\s*${UNIT})`, 'g'), (n) => withCommas(n)),
  replacing('number 万 with decimals', /(?<![\d.,])\d{5,}(?![\d.%])(?=件|人次|个|条|项|份|人)/g, (n) => (Number(n) % 10 === 0 ? inWan(n) : n)),
  replacing('number full-width digits', DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)),
  replacing('total 共→合计', /(?<![合总公])共计?(?=[\u4e00-\u9fff\d])/, '合计'),
  replacing('total 共→总计', /(?<![合总公])共计?(?=[\u4e00-\u9fff\d])/, '总计'),
  replacing('total 共 removed', /(?<=[年月度内])共(?=[\u4e00-\u9fff])/, ''),
  replacing('total 共 added', new RegExp(`^((?:全年|全县|全市|今年|[0-9]{4}年)[，,]?)(?!共)([\\u4e00-\\u9fff]{0,8}?)(受理|收到|办理|接听|调处|审结|登记|办结|新收|公开|培训|开展)`), '$1$2共$3'),
  { name: '同比 clause after the total', apply: (body) => (/同比|上年|去年|增长|下降|增加|减少/.test(body) ? undefined : replacing('', new RegExp(`(\\d${UNIT})(，其中|（其中|。其中)`), '$1，同比增长12.5%$2').apply(body)) },
  replacing('total in its own sentence (。其中)', /[，；]其中[，：]?/, '。其中，'),
  replacing('list in brackets after the total', /(?<![%％])，(其中[^。（）\n]*)。/, '（$1）。'),
  // 共 moves with its verb ("共受理信访事项…" → "信访事项共受理…"); a rate ("办结率为99%") or a series ("分别为登记…") is no count.
  replacing('noun before the verb (案件受理N件)', /(?<!分别为)(共)?(受理|收到|办理|接听|调处|审结|登记|办结|新收)((?:(?!率|为)[\u4e00-\u9fff]){2,6}?)(?=\d)/, '$3$1$2'),
  replacing('subject 行政复议→信访', /行政复议(申请|案件)/g, '信访$1'),
  replacing('subject 群众诉求→12345热线工单', /(群众|市民)?诉求/g, '12345热线工单'),
  replacing('subject 矛盾纠纷→法律援助案件', /矛盾纠纷/g, '法律援助案件'),
  replacing('subject 信访事项→调解案件', /信访事项/g, '调解案件'),
  replacing('period 全年→2023年', /全年/, '2023年'),
  replacing('period 全年→今年以来', /全年/g, '今年以来'),
  replacing('period prefix 2023年，', /^(?![0-9]{4}年|全年)/, '2023年，'),
  { name: 'leading heading （一）', apply: (body) => `（一）强化工作落实。${body}` },
  replacing('prose sentence between', /。(?=[^\n])/, '。各部门高度重视，认真组织落实。'),
];

export interface Caught {
  code: string;
  /** The numbers in the message, in order: the arithmetic. */
  arithmetic: string;
  message: string;
}

const FULL_DIGIT = /[０-９]/g;
const arithmeticOf = (message: string) =>
  (message.replace(FULL_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/(\d),(?=\d{3})/g, '$1').match(/\d+(?:\.\d+)?/g) ?? []).join(' ');

export function figureFindings(text: string, segmenter?: Segmenter): Finding[] {
  return lintText(text, { format: 'markdown' }, { rules: figureRules, segmenter }).findings;
}

const caughtOf = (findings: Finding[]): Caught[] => findings.map((f) => ({ code: f.code, arithmetic: arithmeticOf(f.message), message: f.message }));

export interface Seed {
  body: string;
  caught: Caught[];
  /** The body with the first finding's first fix applied: the relation made true again (when it is silent). */
  corrected?: string;
}

/** The bodies on which a figure rule finds something, with their corrected versions. */
export function caughtSeeds(bodies: string[], segmenter?: Segmenter): Seed[] {
  const seeds: Seed[] = [];
  for (const body of new Set(bodies)) {
    const text = reportAround(body);
    const findings = figureFindings(text, segmenter);
    if (!findings.length) continue;
    const bodyStart = text.indexOf(body);
    const fix = findings[0].fixes[0];
    let corrected: string | undefined;
    if (fix && fix.edits.every((e) => e.span.start >= bodyStart && e.span.end <= bodyStart + body.length)) {
      const fixedText = applyEdits(text, fix.edits);
      const candidate = fixedText.slice(bodyStart, bodyStart + body.length + fixedText.length - text.length);
      if (!figureFindings(reportAround(candidate), segmenter).length) corrected = candidate;
    }
    seeds.push({ body, caught: caughtOf(findings), corrected });
  }
  return seeds;
}

export interface Outcome {
  rewrite: string;
  body: string;
  rewritten: string;
  /** Findings of the seed still produced: 'same' arithmetic, 'changed' arithmetic, or 'lost'. */
  kept: ('same' | 'changed' | 'lost')[];
  /** Findings on the rewritten corrected text (a false finding each). */
  falseFindings: string[];
}

export function runRewrite(seed: Seed, rewrite: Rewrite, segmenter?: Segmenter): Outcome | undefined {
  const rewritten = rewrite.apply(seed.body);
  if (rewritten === undefined) return undefined;
  const found = caughtOf(figureFindings(reportAround(rewritten), segmenter));
  const kept = seed.caught.map((c) => {
    const same = found.filter((f) => f.code === c.code);
    if (!same.length) return 'lost' as const;
    return same.some((f) => f.arithmetic === c.arithmetic) ? ('same' as const) : ('changed' as const);
  });
  const correctedRewritten = seed.corrected === undefined ? undefined : rewrite.apply(seed.corrected);
  const falseFindings = correctedRewritten === undefined ? [] : figureFindings(reportAround(correctedRewritten), segmenter).map((f) => `${f.code}: ${f.message}`);
  return { rewrite: rewrite.name, body: seed.body, rewritten, kept, falseFindings };
}

export interface RewriteTally {
  rewrite: string;
  applied: number;
  lost: number;
  changed: number;
  falseFindings: number;
}

export function tally(outcomes: Outcome[]): RewriteTally[] {
  const byName = new Map<string, RewriteTally>();
  for (const o of outcomes) {
    const t = byName.get(o.rewrite) ?? { rewrite: o.rewrite, applied: 0, lost: 0, changed: 0, falseFindings: 0 };
    t.applied++;
    if (o.kept.includes('lost')) t.lost++;
    else if (o.kept.includes('changed')) t.changed++;
    if (o.falseFindings.length) t.falseFindings++;
    byName.set(o.rewrite, t);
  }
  return [...byName.values()].sort((a, b) => b.falseFindings - a.falseFindings || b.lost - a.lost || b.changed - a.changed);
}
