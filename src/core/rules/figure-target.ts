// figure/target — a next-year target in the plan section below what this year already achieved ("2024年…四星级以上
// 司法所达到60%" while 50+34 of 104 = 80.8% are four- or five-star now). meta/forecast — a forecast stated among the
// results ("“网办率”年底可达95%"): an annual report states what was achieved.
import { defineAnalysis } from '../analyses';
import { alternatives, DECREASE_WORDS, INCREASE_WORDS } from '../lexicon';
import { MAX_METRIC, figureText, mainFigures, show, type Figure, type FigureIndex } from '../figures';
import { defineCodes, report, type Rule } from '../rule';
import { foldWidth } from '../text';
import type { Finding, ReportDocument, Section, Span } from '../types';
import { q } from './number-scope';

const PLAN_TITLE = /(工作安排|工作计划|工作打算|下一步|打算|工作思路|工作重点|主要安排)/;
const TARGET_VERB = /(力争|确保|争取)?(达到|达|提高到|提升到|提高至|提升至|增加到|保持在|保持|稳定在|不低于|实现)$/;
const CURRENT_VERB = /(达到|达|为|提高到|提升到|提高至|提升至|保持在|保持|稳定在|实现)$/;
const FORECAST = new RegExp(`(年底|年末|年内|预计|有望)(可|将|能|预计)?(达到|达|实现|突破|超过|(?:${alternatives([...INCREASE_WORDS, ...DECREASE_WORDS])}|突破|降)(?:至|到))$`);
const GRADE = /^(?:共?(?:建设|建成|创建|有|现有))?([一二三四五1-5])星级?(以上)?(.{1,10})$/;
const GRADE_VALUE: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, '1': 1, '2': 2, '3': 3, '4': 4, '5': 5 };
const MIN_RATE_METRIC = 4;

const CODES = defineCodes({
  'figure/target': {
    severity: 'error',
    fixable: false,
    description: '下一年度目标低于本年已达到的水平',
    descriptionEn: 'Next year\'s target below the level this year reached',
  },
  'meta/forecast': {
    severity: 'warning',
    fixable: false,
    description: '成效部分把预测（“年底可达95%”）当作结果',
    descriptionEn: 'A forecast ("年底可达95%") stated among the year\'s results',
  },
});

export const figureTarget: Rule = {
  id: 'figure/target',
  codes: CODES,
  meta: {
    description: '下一年度目标低于本年已达到的水平；成效部分把预测（“年底可达95%”）当作结果',
    descriptionEn: "Next year's target below this year's level; a forecast stated among the year's results",
  },
  check(doc, ctx) {
    const index = ctx.figures();
    const planned = inPlans(index.figures, ctx.analysis(PLAN_SPANS));
    const out: Finding[] = [];
    const isCurrent = (f: Figure) => !planned[f.id] && !f.inParens;
    const grades = gradedCounts(index, isCurrent);
    const bestRate = bestRateIndex(index.figures.filter(isCurrent));
    for (const f of index.figures) {
      if (!f.percent || f.inParens) continue;
      if (planned[f.id]) {
        const finding = targetBelowCurrent(doc, f, bestRate, grades);
        if (finding) out.push(finding);
      } else {
        const m = FORECAST.exec(f.before);
        if (!m) continue;
        const span: Span = { start: f.span.start - (f.before.length - m.index), end: f.span.end };
        out.push(report('meta/forecast', {
          message: `${q(doc.text.slice(span.start, span.end))}是预测而非已取得的结果：年度报告的成效部分应写截至年底实际达到的数值`,
          span,
        }));
      }
    }
    return out;
  },
};

/** The plan sections' spans, read once per run: figure/target and figure/conflict both leave them to the plan. */
export const PLAN_SPANS = defineAnalysis('plan-spans', (doc) => planSpans(doc));

/** Sections whose title names the plan ("2024年工作安排", "下一步打算"), or the next year. */
function planSpans(doc: ReportDocument): Span[] {
  const next = doc.year ? `${doc.year.value + 1}年` : undefined;
  const out: Span[] = [];
  const walk = (sections: Section[]) => {
    for (const s of sections) {
      const title = foldWidth(s.title);
      if (PLAN_TITLE.test(title) || (next && title.startsWith(next))) out.push(s.span);
      else walk(s.children);
    }
  };
  walk(doc.sections);
  return out;
}

// A statement of targets in a paragraph ("促进就业计划目标为：……农村劳动力转移就业70万人，……。实际完成情况如下："), up to
// where the paragraph turns to what was done. Found from each 目标 of the text (indexOf), not by a pattern run over
// every paragraph of every check.
const TARGET_LEAD_AT = /目标(?:任务)?(?:为|是)/y;
const TARGET_LEAD_BEFORE = /(?:计划|预期|工作)$/;
const TURNS_TO_ACTUAL = /实际完成|完成情况(?:如下)?[:：]|实际[:：]/;

/** The targets paragraphs state, each from its lead to the paragraph's end or its turn to what was done (in order). */
export const TARGET_STATEMENTS = defineAnalysis('target-statements', (doc) => {
  const spans: Span[] = [];
  const { norm, blocks } = doc;
  let b = 0;
  for (let at = norm.indexOf('目标'); at >= 0; at = norm.indexOf('目标', at + 2)) {
    TARGET_LEAD_AT.lastIndex = at;
    if (!TARGET_LEAD_AT.test(norm)) continue;
    while (b < blocks.length && blocks[b].contentSpan.end <= at) b++;
    const block = blocks[b];
    if (!block || block.kind !== 'paragraph' || block.contentSpan.start > at || (spans.length && spans[spans.length - 1].end > at)) continue;
    const start = TARGET_LEAD_BEFORE.test(norm.slice(Math.max(block.contentSpan.start, at - 2), at)) ? at - 2 : at;
    const actual = TURNS_TO_ACTUAL.exec(norm.slice(start, block.contentSpan.end));
    spans.push({ start, end: actual ? start + actual.index : block.contentSpan.end });
  }
  return spans;
});

/** The figures inside the plan sections (spans in document order, figures too: one pass). */
/** By figure id, whether the figure stands in a plan section. */
function inPlans(figures: Figure[], plans: Span[]): boolean[] {
  const out: boolean[] = [];
  let k = 0;
  for (const f of figures) {
    while (k < plans.length && plans[k].end <= f.span.start) k++;
    out.push(k < plans.length && plans[k].start <= f.span.start);
  }
  return out;
}

/**
 * This year's highest rate whose metric and the target's end alike ("考试合格率" / "合格率": the shorter, of at least
 * MIN_RATE_METRIC characters, ends the longer), the first of equal ones. Indexed once by metric and by every suffix of
 * it, so that each target is looked up, not compared with every rate of the report.
 */
function bestRateIndex(current: Figure[]): (metric: string) => Figure | undefined {
  const byMetric = new Map<string, Figure>();
  const bySuffix = new Map<string, Figure>();
  const better = (a: Figure | undefined, b: Figure | undefined) => (!a || (b && (b.value > a.value || (b.value === a.value && b.id < a.id))) ? b : a);
  const keep = (map: Map<string, Figure>, key: string, f: Figure) => map.set(key, better(map.get(key), f) ?? f);
  for (const f of current) {
    if (!f.percent || f.approx) continue;
    const m = foldWidth(f.metric).replace(CURRENT_VERB, '');
    if (!m.endsWith('率')) continue;
    if (m.length >= MIN_RATE_METRIC) keep(byMetric, m, f);
    for (let n = MIN_RATE_METRIC; n < m.length; n++) keep(bySuffix, m.slice(-n), f);
  }
  return (metric) => {
    // A metric is at most MAX_METRIC long: longer suffixes of the target's name nothing.
    let best = metric.length >= MIN_RATE_METRIC ? bySuffix.get(metric) : undefined;
    for (let n = MIN_RATE_METRIC; n <= Math.min(metric.length, MAX_METRIC); n++) best = better(best, byMetric.get(metric.slice(-n)));
    return best;
  };
}

interface Graded {
  noun: string;
  byGrade: Map<number, Figure>;
  total: number;
}

/** "五星级司法所50个，四星级司法所34个，三星级司法所20个": counts per grade of one noun within a sentence. */
function gradedCounts(index: FigureIndex, isCurrent: (f: Figure) => boolean): Graded[] {
  const out: Graded[] = [];
  for (const sentence of index.sentences) {
    let byNoun: Map<string, Map<number, Figure>> | undefined;
    for (const f of mainFigures(sentence)) {
      // Every grade is a 星 ("五星级"): other metrics are not read.
      if (f.percent || f.approx || !f.metric.includes('星') || !isCurrent(f)) continue;
      const m = GRADE.exec(foldWidth(f.metric));
      if (!m || m[2]) continue;
      byNoun ??= new Map();
      const grades = byNoun.get(m[3]) ?? new Map<number, Figure>();
      if (grades.has(GRADE_VALUE[m[1]])) continue;
      grades.set(GRADE_VALUE[m[1]], f);
      byNoun.set(m[3], grades);
    }
    if (!byNoun) continue;
    for (const [noun, byGrade] of byNoun) {
      if (byGrade.size < 2) continue;
      out.push({ noun, byGrade, total: [...byGrade.values()].reduce((s, f) => s + f.value, 0) });
    }
  }
  return out;
}

function targetBelowCurrent(
  doc: ReportDocument, target: Figure, bestRate: (metric: string) => Figure | undefined, grades: Graded[],
): Finding | undefined {
  const verb = TARGET_VERB.exec(target.before);
  if (!verb) return undefined;
  const metric = foldWidth(target.before.slice(0, verb.index)).replace(/^.*[的，,:：]/, '').trim();
  const targetText = `${target.before.slice(0, verb.index).trim()}${verb[0]}${figureText(doc, target)}`;
  // Graded: "四星级以上司法所达到60%" against this year's counts per grade.
  const g = GRADE.exec(metric);
  if (g) {
    const level = GRADE_VALUE[g[1]];
    const atLeast = g[2] !== undefined;
    const set = grades.find((x) => x.noun === g[3]);
    if (!set || set.total <= 0) return undefined;
    const parts = [...set.byGrade.entries()].filter(([k]) => (atLeast ? k >= level : k === level)).sort((a, b) => b[0] - a[0]);
    if (parts.length === 0) return undefined;
    const sum = parts.reduce((s, [, f]) => s + f.value, 0);
    const now = (sum / set.total) * 100;
    if (target.value + target.halfUlp >= now) return undefined;
    const partsText = parts.length > 1 ? `(${parts.map(([, f]) => show(f.value, 0)).join('+')})` : show(sum, 0);
    return finding(target, targetText, `本年已达${partsText}÷${show(set.total, 0)}=${show(now, 1)}%`, parts.map(([, f]) => f), doc);
  }
  // A rate: "考试合格率保持在95%以上" against this year's "考试合格率97%".
  if (!metric.endsWith('率')) return undefined;
  const best = bestRate(metric);
  if (!best || target.value + target.halfUlp >= best.value - best.halfUlp) return undefined;
  return finding(target, targetText, `本年已达${q(`${best.metric}${figureText(doc, best)}`)}`, [best], doc);
}

function finding(target: Figure, targetText: string, now: string, evidence: Figure[], doc: ReportDocument): Finding {
  return report('figure/target', {
    message: `下一年度目标低于本年已达到的水平：目标${q(targetText)}，而${now}`,
    span: target.span,
    related: evidence.map((f) => ({ span: f.span, message: `本年：${f.metric}${figureText(doc, f)}` })),
  });
}
