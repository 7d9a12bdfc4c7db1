// figure/share — "其中在线办证3404件，占同期办证总量的48%" against part ÷ total, and the shares of one total
// ("优秀卷25.6%，合格卷70.6%，不合格卷3.8%") adding up to 100% within rounding.
import {
  figureIndex, figureLabel, figureText, isExactCount, judgeRounding, numeralFor, percentInterval, sameUnitKind, show,
  type Figure, type FigureSentence,
} from '../figures';
import type { Rule } from '../rule';
import type { Finding, ReportDocument } from '../types';

const CODE = 'figure/share';

// "占同期办证总量的48%", "占比48%", "占全市的48%" — not 占地/占用/占有.
const SHARE_BEFORE = /占(?!地|用|有|据)([^占]*?)(?:的|比|比例)?\s*(?:达到|达|为|约为|约)?\s*$/;
const NAMED_TOTAL = /总|全部|所有/;
// A percent with nothing but a verb before it, continuing a 占 clause.
const BARE_VERB = /^\s*(达到|达|为|约为|约)\s*$/;
const AMONG = /^\s*中\s*$/;
const CHANGE = /较|比上年|比去年|同比|增|降|提高|提升|上升|减少/;
const PLACE_WORDS = /全市|全区|全县|全省|全国|同期|全年|当年|我市|我区|我县/g;
// A share in a list of categories is a short noun phrase and a percent: no rate, no change.
const NOT_A_CATEGORY = /率|增长|下降|上升|降低|提高|增加|减少|同比|环比|较|达到|达|超过|[0-9０-９]/;
const MAX_CATEGORY_WORDS = 10;
// Beyond this a list of percents is not meant as a partition (overlapping groups such as 党员/女性), and two
// percents may well be a subset; a slip in a partition of three or more categories is small.
const PARTITION_SLACK = 5;
const MIN_CATEGORIES = 3;

export const figureShare: Rule = {
  id: CODE,
  codes: [CODE],
  meta: {
    severity: 'error',
    description: '占比核算：“占……X%”应等于部分与总数之比；同一总数的各部分占比之和应为100%（允许舍入误差）',
    descriptionEn: 'Shares: "占…X%" must equal part ÷ total; the shares of one total must add up to 100% within rounding',
  },
  check(doc, ctx) {
    const index = figureIndex(doc, ctx);
    const out: Finding[] = [];
    for (const sentence of index.sentences) {
      const figures = sentence.figures.map((id) => index.figures[id]).filter((f) => !f.inParens);
      // Parts already given a share, with the population that share names as written ('' for a bare 占比).
      const shared = new Map<number, string>();
      figures.forEach((share, i) => {
        const finding = checkShare(doc, share, shareCue(doc, sentence, share), figures.slice(0, i), shared, ctx.options.rounding);
        if (finding) out.push(finding);
      });
      // One slip, one finding: a partition whose share was already found wrong against its part is not repeated.
      const flagged = new Set(out.map((f) => f.span.start));
      out.push(...checkPartitions(doc, figures).filter((f) => !f.related.some((r) => flagged.has(r.span.start)) && !flagged.has(f.span.start)));
    }
    return out;
  },
};

/**
 * The words that make a percent a share, and the segment they start in: its own ("占同期办证总量的48%"), or a segment
 * of their own right before it when the percent has only a verb ("占受理案件数比例最高，达92.71%").
 */
function shareCue(doc: ReportDocument, sentence: FigureSentence, share: Figure): { text: string; segment: number } {
  const own = { text: share.before, segment: share.segment };
  const previous = sentence.segments[share.segment - 1];
  if (!BARE_VERB.test(share.before) || !previous) return own;
  const words = doc.text.slice(previous.span.start, previous.span.end);
  // "占比较上年有所提高，达90%" speaks of a change, not of the share.
  return /^\s*占/.test(words) && !/[0-9０-９]/.test(words) && !CHANGE.test(words) ? { text: `${words.trim()}${share.before}`, segment: share.segment - 1 } : own;
}

function checkShare(
  doc: ReportDocument, share: Figure, cue: { text: string; segment: number }, prior: Figure[], shared: Map<number, string>,
  rounding: 'half-up' | 'lenient',
): Finding | undefined {
  if (!share.percent || share.approx || share.number.percentPoint) return undefined;
  const m = SHARE_BEFORE.exec(cue.text);
  if (!m) return undefined;
  const named = m[1].replace(PLACE_WORDS, '').trim();
  const stated = statedTotal(doc, share, cue, prior);
  const part = stated?.part ?? partOf(cue.segment, cue.text.slice(0, m.index).trim(), prior);
  if (!part || !isExactCount(part)) return undefined;
  const population = m[1].trim();
  shared.set(part.id, population);
  // A count with its own share of the same population is a sibling category, not the total: "行政处罚类数量最多，
  // 共349件，占比31%；其次为投诉举报类296件，占比27%" (349 is marked 共, yet both are shares of the year's cases).
  const totals = stated ? [stated.total] : prior.filter(
    (t) => t.id < part.id && isExactCount(t) && sameUnitKind(t, part) && t.value > part.value && namesTotal(named, t) && shared.get(t.id) !== population,
  );
  // A bare "占X%" right after "40宗，审结27宗" is of the one count just before its part, cue or not.
  const adjacentTotal = !named && totals.length === 1 && totals[0].final && totals[0].sentence === part.sentence && totals[0].segment === part.segment - 1;
  // "新受理的行政复议151件中，……140件": a count followed by 中 is the total its parts are taken from.
  const among = (t: Figure) => AMONG.test(t.after);
  if (!stated && (totals.length === 0 || !(part.subsetCue || totals.some((t) => t.totalCue || among(t)) || adjacentTotal))) return undefined;
  const verdicts = totals.map((total) => {
    const ratio = percentInterval(part, total);
    return { total, ratio, verdict: ratio ? judgeRounding(share.value, share.decimals, ratio.low, ratio.high, rounding) : 'match' };
  });
  if (verdicts.some((v) => v.verdict === 'match')) return undefined;
  const truncated = verdicts.find((v) => v.verdict === 'truncation');
  // The total the share names ("占受理案件总数" → 立案受理15件) before the one marked as a total (共收到申请16件).
  const echoing = verdicts.map((v) => ({ v, score: echoScore(named, v.total) })).sort((a, b) => b.score - a.score)[0];
  const chosen = truncated ?? (echoing?.score ? echoing.v : undefined) ?? verdicts.find((v) => v.total.totalCue) ?? verdicts[verdicts.length - 1];
  const exact = chosen.ratio?.exact ?? 0;
  const want = show(exact, share.decimals);
  const shareText = figureText(doc, share);
  const arithmetic = `${figureText(doc, part)}÷${figureText(doc, chosen.total)}=${show(exact, 2)}%`;
  // In the part's own precision: "2.2亿元" → 2.1亿元, not 2亿元.
  const needed = show((share.value / 100) * chosen.total.value / part.number.multiplier, part.decimals);
  const message = truncated
    ? `占比应四舍五入为${want}%：${arithmetic}，文中${shareText}是截尾而非四舍五入`
    : `占比与部分、总数不符：${arithmetic}，应为${want}%，文中为${shareText}（按${shareText}计，部分约应为${needed}${part.unit === '%' ? '' : scaleWord(part) + part.unit}）`;
  return {
    code: CODE,
    severity: truncated ? 'warning' : 'error',
    message,
    span: share.span,
    fixes: [{ kind: 'choice', title: `将占比改为${want}%（${figureText(doc, part)}÷${figureText(doc, chosen.total)}）`, edits: [{ span: share.numeralSpan, newText: numeralFor(share, exact) }] }],
    related: [
      { span: part.span, message: `部分：${figureLabel(doc, part)}` },
      { span: chosen.total.span, message: `总数：${figureLabel(doc, chosen.total)}` },
    ],
  };
}

// Nothing but 的 and a verb between a total written inside the 占 phrase and the share.
const AFTER_STATED_TOTAL = /^\s*的?\s*(?:达到|达|为|约为|约)?\s*$/;

/**
 * "已完成投资2.2亿元，占年计划2.5亿元的88%": the total written inside the share's own 占 phrase, its part the figure
 * right before 占 (in the same segment, or ending the one before).
 */
function statedTotal(doc: ReportDocument, share: Figure, cue: { segment: number }, prior: Figure[]): { part: Figure; total: Figure } | undefined {
  const total = prior[prior.length - 1];
  const part = prior[prior.length - 2];
  if (cue.segment !== share.segment || !total || !part || total.segment !== share.segment) return undefined;
  const zhan = doc.text.lastIndexOf('占', total.span.start);
  if (zhan < part.span.end || /[0-9０-９]/.test(doc.text.slice(zhan, total.span.start))) return undefined;
  if (!AFTER_STATED_TOTAL.test(doc.text.slice(total.span.end, share.span.start))) return undefined;
  if (!(part.segment === share.segment || (part.segment === share.segment - 1 && part.final))) return undefined;
  return isExactCount(total) && sameUnitKind(part, total) && total.value > 0 ? { part, total } : undefined;
}

/**
 * The part a share is of: "3404件，占…48%" — the figure just before 占 (same segment, or ending the segment before);
 * "优秀卷390卷，…，优秀卷占32.5%" — the earlier figure that counts what the share names before 占.
 */
function partOf(segment: number, subject: string, prior: Figure[]): Figure | undefined {
  const last = prior[prior.length - 1];
  if (!last) return undefined;
  if (last.segment === segment) return last;
  if (subject) {
    for (let k = prior.length - 1; k >= 0; k--) if (prior[k].metric === subject) return prior[k];
    return undefined;
  }
  return last.segment === segment - 1 && last.final ? last : undefined;
}

function scaleWord(f: Figure): string {
  const m = f.number.multiplier;
  return m === 1e4 ? '万' : m === 1e8 ? '亿' : '';
}

/** "占比" names nothing; "占同期办证总量" names a total; otherwise the named population must echo the total's words. */
function namesTotal(named: string, total: Figure): boolean {
  if (!named || NAMED_TOTAL.test(named)) return true;
  const words = total.before.replace(PLACE_WORDS, '');
  for (let k = 0; k + 2 <= named.length; k++) if (words.includes(named.slice(k, k + 2))) return true;
  return false;
}

// Characters of a named total that say nothing about which count it is.
const GENERIC_TOTAL_CHARS = /[总数量额的之全部所有件项个类]/g;

/** How many characters of the named population ("受理案件总数" → 受理案) the total's own words carry. */
function echoScore(named: string, total: Figure): number {
  const words = total.before.replace(PLACE_WORDS, '');
  return [...new Set(named.replace(GENERIC_TOTAL_CHARS, ''))].filter((c) => words.includes(c)).length;
}

/** A total followed by categories that are only percents: "案卷15630件，优秀卷25.6%，合格卷70.6%，不合格卷3.8%". */
function checkPartitions(doc: ReportDocument, figures: Figure[]): Finding[] {
  const out: Finding[] = [];
  for (let i = 0; i < figures.length; i++) {
    const total = figures[i];
    if (!isExactCount(total) || !total.lone || !total.final) continue;
    const shares: Figure[] = [];
    for (let j = i + 1; j < figures.length; j++) {
      const f = figures[j];
      const prev = j === i + 1 ? total : figures[j - 1];
      if (!f.percent || f.approx || f.number.percentPoint || !f.lone || !f.final) break;
      if (f.segment !== prev.segment + 1 || !isCategory(f.before)) break;
      shares.push(f);
    }
    if (shares.length < MIN_CATEGORIES) continue;
    const sum = shares.reduce((s, f) => s + f.value, 0);
    const tolerance = shares.reduce((t, f) => t + f.halfUlp, 0) + 1e-9;
    const off = Math.abs(sum - 100);
    if (off <= tolerance || off > PARTITION_SLACK) continue;
    const decimals = Math.max(...shares.map((f) => f.decimals));
    const last = shares[shares.length - 1];
    // After a list of counts ("其中优秀卷390卷…不合格卷76卷，优秀卷占32.5%…") the total is the one the list breaks down.
    const whole = figures.slice(0, i + 1).reverse().find((f) => f.totalCue && isExactCount(f)) ?? total;
    out.push({
      code: CODE,
      severity: 'error',
      message: `同一总数的各部分占比之和应为100%：${shares.map((f) => figureText(doc, f)).join('+')}=${show(sum, decimals)}%`,
      span: last.span,
      fixes: [],
      related: [
        { span: whole.span, message: `总数：${figureLabel(doc, whole)}` },
        ...shares.slice(0, -1).map((f) => ({ span: f.span, message: `部分：${figureLabel(doc, f)}` })),
      ],
    });
    i += shares.length;
  }
  return out;
}

function isCategory(before: string): boolean {
  const words = before.trim().replace(/占$/, '');
  return words.length > 0 && words.length <= MAX_CATEGORY_WORDS && !NOT_A_CATEGORY.test(words);
}
