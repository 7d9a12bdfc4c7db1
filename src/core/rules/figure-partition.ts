// figure/partition — totals whose parts are fixed by what the words mean, not by 其中/共/合计: 地区生产总值 is the sum of
// the three industries' value added, 常住人口 of 城镇 and 乡村人口, 全年粮食 of 夏粮 and 秋粮… (the lexicon is in
// ../partitions.ts). The parts may follow the total in its sentence or in the next sentences of its paragraph, each
// with its own growth clause. A complete set must add up to the total within the rounding of every figure; any set
// cannot add up to more. 城镇化率 is checked against 城镇人口 ÷ the population it is of.
import {
  figureIndex, figureLabel, figureText, isExactCount, judgeRounding, numeralFor, percentInterval, sameUnitKind, show,
  type Figure, type FigureIndex,
} from '../figures';
import { isChangeFigure, paragraphOf } from '../bases';
import { NAME_LEAD, NAME_TAIL, NAME_VERBS, PARTITIONS, URBANISATION, type Partition, type PartitionSlot } from '../partitions';
import type { Rule } from '../rule';
import type { Finding, Fix, ReportDocument } from '../types';

const CODE = 'figure/partition';

// The parts are sought in the total's sentence and the few after it in its paragraph, among this many figures: a
// breakdown is written right after its total, and every scan stays bounded.
const MAX_SENTENCES_AFTER = 3;
const MAX_WINDOW = 64;
// Population breakdowns looked at for one 城镇化率, the nearest first: a paragraph states 常住 and 户籍, seldom more.
const MAX_POPULATIONS = 4;

interface Role {
  partition: Partition;
  /** -1 for the total, else the index of the part in partition.parts; parts.length for the optional part. */
  slot: number;
}

const matchers = PARTITIONS.map((partition) => ({
  partition,
  total: whole(partition.total),
  slots: [...partition.parts, ...(partition.optional ? [partition.optional] : [])].map((s) => whole(s.names)),
  foreign: partition.foreign ? new RegExp(partition.foreign) : undefined,
  optional: partition.optional ? new RegExp(partition.optional.names) : undefined,
}));

function whole(names: string): RegExp {
  return new RegExp(`^(?:${NAME_LEAD})*(?:${names})$`);
}

const URBAN_RATE = new RegExp(`^(?:${NAME_LEAD})*${URBANISATION.rate}$`);

export const figurePartition: Rule = {
  id: CODE,
  codes: [CODE],
  meta: {
    severity: 'error',
    description: '按定义构成的总数：地区生产总值等于三次产业增加值之和，常住人口等于城镇与乡村人口之和，粮食产量等于各季之和……',
    descriptionEn: 'Totals made up by definition: GDP = the three industries, population = urban + rural, grain = the seasons…',
  },
  check(doc, ctx) {
    const index = figureIndex(doc, ctx);
    const roles = new Map<number, Role[]>();
    for (const f of index.figures) {
      if (f.percent || !f.unit) continue;
      const name = ownName(f);
      if (!name) continue;
      const found: Role[] = [];
      for (const m of matchers) {
        if (m.total.test(name)) found.push({ partition: m.partition, slot: -1 });
        m.slots.forEach((re, slot) => {
          if (re.test(name)) found.push({ partition: m.partition, slot });
        });
      }
      if (found.length) roles.set(f.id, found);
    }
    const out: Finding[] = [];
    const checked: Checked[] = [];
    for (const [id, list] of roles) {
      const total = index.figures[id];
      for (const role of list) {
        if (role.slot !== -1) continue;
        const parts = partsOf(doc, index, roles, total, role.partition);
        if (!parts) continue;
        checked.push({ partition: role.partition, total, parts });
        const finding = checkSum(doc, index, total, role.partition, parts);
        if (finding) out.push(finding);
      }
    }
    out.push(...checkUrbanisation(doc, index, checked, ctx.options.rounding));
    return out;
  },
};

interface Checked {
  partition: Partition;
  total: Figure;
  /** Part figures by slot (undefined where the slot is not stated). */
  parts: (Figure | undefined)[];
}

/**
 * The figure's own words, cleaned for matching a name: no spaces, no asides ("(GDP)"), no 实现/完成, no 达/为 before
 * the number. "国民经济全年实现地区生产总值(GDP)" → "国民经济全年地区生产总值".
 */
function ownName(f: Figure): string {
  return f.before
    .replace(/\s+/g, '')
    .replace(/[(（][^()（）]*[)）]/g, '')
    .replace(NAME_VERBS, '')
    .replace(NAME_TAIL, '')
    .replace(/^[其中]?[:：]/, '');
}

/**
 * The parts stated after a total, by slot: the first figure of each part's name in the window, until the total's name
 * or a part already found comes again (another breakdown). Undefined when a part is stated but cannot be summed
 * (approximate, another unit, another period).
 */
function partsOf(doc: ReportDocument, index: FigureIndex, roles: Map<number, Role[]>, total: Figure, partition: Partition): (Figure | undefined)[] | undefined {
  if (!isExactCount(total) || total.value <= 0 || isChangeFigure(doc, total)) return undefined;
  const paragraph = paragraphOf(doc, index, total);
  const found: (Figure | undefined)[] = [];
  const period = periodOf(doc, index, total);
  for (let id = total.id + 1; id < index.figures.length && id <= total.id + MAX_WINDOW; id++) {
    const f = index.figures[id];
    if (f.sentence > total.sentence + MAX_SENTENCES_AFTER || paragraphOf(doc, index, f) !== paragraph) break;
    if (f.percent || isChangeFigure(doc, f)) continue;
    const own = roles.get(id) ?? [];
    const role = own.find((r) => r.partition === partition);
    // Another total (of this set or of another, "户籍总人口" after "常住人口"), or a count of the same kind that is no
    // part ("全社会固定资产投资50亿元" before "其中第一产业…"): the breakdown has ended. A part's own breakdown
    // ("其中工业增加值…" after 第二产业) is passed over.
    if (!role && (own.some((r) => r.slot === -1) || (own.length === 0 && isExactCount(f) && sameUnitKind(total, f)))) break;
    if (!role) continue;
    if (role.slot === -1 || found[role.slot]) break;
    if (!isExactCount(f) || !sameUnitKind(total, f) || !samePeriod(period, periodOf(doc, index, f))) return undefined;
    found[role.slot] = f;
  }
  return found.filter(Boolean).length >= 2 ? found : undefined;
}

function checkSum(doc: ReportDocument, index: FigureIndex, total: Figure, partition: Partition, found: (Figure | undefined)[]): Finding | undefined {
  const parts = found.filter((f): f is Figure => !!f).sort((a, b) => a.id - b.id);
  const sum = parts.reduce((t, p) => t + p.value, 0);
  const slack = tolerance([total, ...parts]);
  if (isComplete(doc, index, total, partition, found)) {
    if (Math.abs(sum - total.value) <= slack) return undefined;
    return finding(doc, total, parts, `按定义，${sumLabel(partition, found)}`, false, partition, found);
  }
  if (sum <= total.value + slack) return undefined;
  const names = parts.map((p) => labelOf(partition, found, p));
  return finding(doc, total, parts, `按定义，${names.join('、')}都是${partition.whole}的一部分，其和不应超过${partition.whole}`, true, partition, found);
}

/** Every part of the set is stated (the optional one too where the paragraph names it), and no part outside it is named. */
function isComplete(doc: ReportDocument, index: FigureIndex, total: Figure, partition: Partition, found: (Figure | undefined)[]): boolean {
  if (!partition.complete || partition.parts.some((_, slot) => !found[slot])) return false;
  const m = matchers.find((x) => x.partition === partition);
  const paragraph = doc.blocks[paragraphOf(doc, index, total)]?.content ?? '';
  if (m?.foreign?.test(paragraph)) return false;
  return !m?.optional || !!found[partition.parts.length] || !m.optional.test(paragraph);
}

/** The set's sentence; where a part only some regions have is not stated, the parts stated and what is left out. */
function sumLabel(partition: Partition, found: (Figure | undefined)[]): string {
  if (partition.sumLabel) return partition.sumLabel;
  const stated = found.filter((f): f is Figure => !!f).sort((a, b) => a.id - b.id).map((p) => labelOf(partition, found, p));
  const left = partition.optional && !found[partition.parts.length] ? `（本段未列${partition.optional.label}，按无${partition.optional.label}计）` : '';
  return `${stated.join('、')}之和应等于${partition.whole}${left}`;
}

function labelOf(partition: Partition, found: (Figure | undefined)[], p: Figure): string {
  const slot = found.indexOf(p);
  const slots: PartitionSlot[] = [...partition.parts, ...(partition.optional ? [partition.optional] : [])];
  return slots[slot]?.label ?? '';
}

/**
 * The rounding every figure may carry: half a unit of its last digit, and half a unit for a whole number too — the
 * parts of a statistical total are rounded separately even when written without decimals.
 */
function tolerance(figures: Figure[]): number {
  return figures.reduce((t, f) => t + (f.halfUlp || 0.5), 0) + 1e-9 * Math.max(1, figures[0].value);
}

function finding(doc: ReportDocument, total: Figure, parts: Figure[], lead: string, exceeds: boolean, partition: Partition, found: (Figure | undefined)[]): Finding {
  const sum = parts.reduce((t, p) => t + p.value, 0);
  const scale = total.number.multiplier;
  const decimals = Math.max(total.decimals, ...parts.map((p) => Math.max(0, p.decimals + Math.round(Math.log10(total.number.multiplier / p.number.multiplier)))));
  const terms = parts.map((p) => show(p.value / scale, decimals)).join('+');
  const sumText = show(sum / scale, decimals);
  const diff = show(Math.abs(sum - total.value) / scale, decimals);
  const totalText = figureText(doc, total);
  const unitText = `${scale === 1e4 ? '万' : scale === 1e8 ? '亿' : ''}${total.unit}`;
  const message = exceeds
    ? `${lead}：${terms}=${sumText}，大于文中的${totalText}（多${diff}）`
    : `${lead}：${terms}=${sumText}，文中为${totalText}（相差${diff}）`;
  const fixes: Fix[] = [{
    kind: 'choice',
    title: exceeds ? `将${partition.whole}改为${sumText}${unitText}（所列部分之和，未列全时应更大）` : `将${partition.whole}改为${sumText}${unitText}（各部分之和）`,
    edits: [{ span: total.numeralSpan, newText: numeralFor(total, sum, decimals) }],
  }];
  if (!exceeds) {
    for (const p of parts) {
      const value = total.value - (sum - p.value);
      if (value <= 0) continue;
      const text = numeralFor(p, value, p.decimals);
      fixes.push({ kind: 'choice', title: `将${labelOf(partition, found, p)}改为${text}（${partition.whole}减其余部分）`, edits: [{ span: p.numeralSpan, newText: text }] });
    }
  }
  return {
    code: CODE,
    severity: 'error',
    message,
    span: total.span,
    fixes,
    related: parts.map((p) => ({ span: p.span, message: `部分：${figureLabel(doc, p)}` })),
  };
}

// The period a figure is of, read from the words before it in its sentence: a year, 上年/去年 (neither after 比/较/与/同:
// "比上年增长", "比2021年增长" compare), a quarter or months. 全年, 本年 and the like name no period of their own.
const PERIOD = /(?<![比较与同])((?:19|20)[0-9]{2})年(?!度?[0-9])|(?<![比较与同])(上年|去年|上一年)(?!同期)|([一二三四]季度|第[一二三四]季度|上半年|下半年|前三季度|1?[0-9][-—–~至]1?[0-9]月)/g;
const MAX_PERIOD_CONTEXT = 200;

function periodOf(doc: ReportDocument, index: FigureIndex, f: Figure): string | undefined {
  const start = Math.max(index.sentences[f.sentence].span.start, f.span.start - MAX_PERIOD_CONTEXT);
  let period: string | undefined;
  for (const m of doc.norm.slice(start, f.span.start).matchAll(PERIOD)) period = m[1] ?? (m[2] ? 'previous' : m[3]);
  return period;
}

function samePeriod(a: string | undefined, b: string | undefined): boolean {
  return a === undefined || b === undefined || a === b;
}

/**
 * "常住人口94.9万人，其中城镇人口41.4万人…。常住人口城镇化率43.6%": the rate after a population breakdown, in its
 * paragraph, against 城镇人口 ÷ the population it names (the nearest breakdown when it names none).
 */
function checkUrbanisation(doc: ReportDocument, index: FigureIndex, checked: Checked[], rounding: 'half-up' | 'lenient'): Finding[] {
  const out: Finding[] = [];
  const populations = checked
    .filter((c) => Object.values(URBANISATION.partitions).includes(c.partition.id) && c.parts[URBANISATION.urbanSlot])
    .sort((a, b) => a.total.id - b.total.id);
  let next = 0; // populations before the rate end here (rates come in document order)
  for (const rate of index.figures) {
    while (next < populations.length && populations[next].total.id < rate.id) next++;
    if (!rate.percent || rate.approx || rate.number.percentPoint) continue;
    const m = URBAN_RATE.exec(ownName(rate));
    if (!m) continue;
    const wanted = m[1] ? URBANISATION.partitions[m[1]] : undefined;
    const paragraph = paragraphOf(doc, index, rate);
    // The nearest breakdown before the rate, of the population it names: a few sentences back at most.
    const source = populations.slice(Math.max(0, next - MAX_POPULATIONS), next).reverse().find((c) =>
      rate.sentence - c.total.sentence <= MAX_SENTENCES_AFTER && paragraphOf(doc, index, c.total) === paragraph &&
      (!wanted || c.partition.id === wanted));
    if (!source) continue;
    const urban = source.parts[URBANISATION.urbanSlot] as Figure;
    // A rate after another breakdown of the same partition's parts is that one's.
    if (urban.id > rate.id || !samePeriod(periodOf(doc, index, source.total), periodOf(doc, index, rate))) continue;
    const interval = percentInterval(urban, source.total);
    if (!interval || judgeRounding(rate.value, rate.decimals, interval.low, interval.high, rounding) !== 'mismatch') continue;
    const expected = show(interval.exact, rate.decimals);
    out.push({
      code: CODE,
      severity: 'error',
      message: `按定义，城镇化率=城镇人口÷${source.partition.whole}：${figureText(doc, urban)}÷${figureText(doc, source.total)}=${show(interval.exact, 2)}%，应为${expected}%，文中为${figureText(doc, rate)}`,
      span: rate.span,
      fixes: [{ kind: 'choice', title: `将城镇化率改为${expected}%`, edits: [{ span: rate.numeralSpan, newText: numeralFor(rate, interval.exact, rate.decimals) }] }],
      related: [
        { span: urban.span, message: `城镇人口：${figureLabel(doc, urban)}` },
        { span: source.total.span, message: `${source.partition.whole}：${figureLabel(doc, source.total)}` },
      ],
    });
  }
  return out;
}
