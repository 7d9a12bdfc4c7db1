// figure/partition — totals whose parts are fixed by what the words mean, not by 其中/共/合计: 地区生产总值 is the sum of
// the three industries' value added, 常住人口 of 城镇 and 乡村人口, 全年粮食 of 夏粮 and 秋粮… (the lexicon is in
// ../partitions.ts). The parts may follow the total in its sentence or in the next sentences of its paragraph, each
// with its own growth clause. A complete set must add up to the total within the rounding of every figure; any set
// cannot add up to more. 城镇化率 is checked against 城镇人口 ÷ the population it is of.
import {
  figureLabel, figureText, isExactCount, judgeRounding, mainFigures, numeralFor, percentInterval, sameUnitKind, show,
  type Figure, type FigureIndex, type FigureSentence,
} from '../figures';
import { isAboutFigureBefore, paragraphOf, verbOf } from '../bases';
import {
  CONDITION_NEGATION, LEVEL_SPLITS, NAME_LEAD, NAME_TAIL, NAME_VERBS, PARTITIONS, SECTOR_STRUCTURE, SECTOR_STRUCTURE_TERMS, URBANISATION, type Partition, type PartitionSlot,
} from '../partitions';
import { defineAnalysis } from '../analyses';
import { CHANGE_HEADER, TABLES, type Cell } from '../tables';
import { defineCodes, report, type Rule } from '../rule';
import { lastMatch } from '../text';
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

// Any name of the lexicon: one test, anchored at the start, rules out nearly every figure before the lexicon is walked.
const ANY_NAME = whole(PARTITIONS.flatMap((p) => [p.total, ...p.parts.map((s) => s.names), ...(p.optional ? [p.optional.names] : [])]).join('|'));

const URBAN_PARTITIONS = new Set(Object.values(URBANISATION.partitions));
const URBAN_RATE = new RegExp(`^(?:${NAME_LEAD})*${URBANISATION.rate}$`);

const DESCRIPTION = '按定义构成的总数：地区生产总值等于三次产业增加值之和，常住人口等于城镇与乡村人口之和，粮食产量等于各季之和……';
const DESCRIPTION_EN = 'Totals made up by definition: GDP = the three industries, population = urban + rural, grain = the seasons…';

const CODES = defineCodes({
  [CODE]: { severity: 'error', fixable: true, description: DESCRIPTION, descriptionEn: DESCRIPTION_EN },
});

export const figurePartition: Rule = {
  id: CODE,
  codes: CODES,
  meta: { description: DESCRIPTION, descriptionEn: DESCRIPTION_EN, locality: 'section' },
  check(doc, ctx) {
    const index = ctx.figures();
    const { names, breakdowns } = ctx.analysis(BREAKDOWNS);
    const out: Finding[] = [];
    const checked: Checked[] = [];
    for (const breakdown of breakdowns) {
      const finding = breakdown.urbanOnly ? undefined : checkSum(doc, index, breakdown.total, breakdown.partition, breakdown.parts);
      if (finding) out.push(finding);
      // A breakdown found wrong is no base for its 城镇化率: one slip, one finding.
      else checked.push(breakdown);
    }
    out.push(...checkUrbanisation(doc, index, names, checked, ctx.options.rounding));
    out.push(...checkStructure(doc, index, checked));
    out.push(...checkSplits(doc, index, names));
    out.push(...checkNaturalGrowth(doc));
    for (const table of ctx.analysis(TABLES)) if (!table.stacked) out.push(...checkTable(doc, table.rows));
    return out;
  },
};

// A table's row named by a slot: its names, 增加值 left out as a table of value added does ("工 业 | 亿元 | 19.5").
const tableNames = (names: string) => new RegExp(`^(?:${names.replace(/增加值/g, '(?:增加值)?')})$`);
const tableMatchers = PARTITIONS.map((partition) => ({ partition, total: tableNames(partition.total), slots: partition.parts.map((s) => tableNames(s.names)) }));
// Columns of changes or shares, not of the amounts themselves.
const NOT_AMOUNT_COLUMN = new RegExp(`${CHANGE_HEADER.source}|比重|占比|[%％]`);
const TABLE_AMOUNT = /^-?[0-9][0-9,]*(?:\.([0-9]+))?$/;

/**
 * "地区生产总值 | 亿元 | 91.3 ⏎ 第一产业 | 亿元 | 6.2 ⏎ 第二产业 | 亿元 | 22.7 ⏎ 工 业 | 亿元 | 19.5 ⏎ 建筑业 | 亿元 | 3.2 …": rows
 * of a table named by a partition's total and every one of its parts (each row once) hold, in every column of amounts, a
 * total that is the sum of the parts within their rounding — or, for a set that may be partial, no more than it.
 */
function checkTable(doc: ReportDocument, rows: Cell[][]): Finding[] {
  const label = (row: Cell[]) => doc.norm.slice(row[0].span.start, row[0].span.end).replace(/\s+/g, '');
  const labels = rows.map(label);
  const header = rows[0];
  const out: Finding[] = [];
  for (const { partition, total, slots } of tableMatchers) {
    const at = labels.findIndex((l) => total.test(l));
    if (at < 0) continue;
    const parts = slots.map((slot) => labels.findIndex((l, k) => k !== at && slot.test(l)));
    if (parts.some((k) => k < 0) || new Set(parts).size !== parts.length || parts.some((k) => labels.filter((l) => slots[parts.indexOf(k)].test(l)).length > 1)) continue;
    for (let c = 1; c < header.length; c++) {
      if (NOT_AMOUNT_COLUMN.test(doc.norm.slice(header[c]?.span.start ?? 0, header[c]?.span.end ?? 0))) continue;
      const cell = (k: number) => rows[k][c];
      const read = (k: number) => {
        const text = cell(k) ? doc.norm.slice(cell(k).span.start, cell(k).span.end).replace(/\s+/g, '') : '';
        const m = TABLE_AMOUNT.exec(text);
        return m ? { value: Number(text.replace(/,/g, '')), decimals: m[1]?.length ?? 0, text } : undefined;
      };
      const whole = read(at);
      const values = parts.map(read);
      if (!whole || values.some((v) => !v)) continue;
      const sum = values.reduce((t, v) => t + (v?.value ?? 0), 0);
      const slack = [whole, ...values].reduce((t, v) => t + 0.5 * 10 ** -(v?.decimals ?? 0), 0) + 1e-9;
      const off = partition.complete ? Math.abs(sum - whole.value) > slack : sum > whole.value + slack;
      if (!off) continue;
      const decimals = Math.max(whole.decimals, ...values.map((v) => v?.decimals ?? 0));
      const terms = values.map((v) => v?.text).join('+');
      out.push(report(CODE, {
        message: `按定义，表中${partition.sumLabel ?? `各部分之和应等于${partition.whole}`}：${terms}=${show(sum, decimals)}，表中“${labels[at]}”为${whole.text}（相差${show(Math.abs(sum - whole.value), decimals)}）`,
        span: cell(at).span,
        related: parts.map((k) => ({ span: cell(k).span, message: `部分：${labels[k]} ${doc.norm.slice(cell(k).span.start, cell(k).span.end).trim()}` })),
      }));
    }
  }
  return out;
}

/**
 * The totals of the lexicon with their parts found in the text (each checked by this rule: figure/sum leaves them to
 * it), in the text's order with the 常住/户籍 populations found with their urban part alone (base enough for a 城镇化率).
 */
const BREAKDOWNS = defineAnalysis('partition-breakdowns', (doc, ctx) => {
  const index = ctx.figures();
  const names: NameReader = { names: new Array(index.figures.length), roles: new Array(index.figures.length) };
  const roles = new Map<number, Role[]>();
  // The roles of each name, read once: a report states the same names again and again.
  const byName = new Map<string, Role[]>();
  for (const f of index.figures) {
    if (f.percent || !f.unit) continue;
    const name = nameOf(names, f);
    let found = byName.get(name);
    if (!found) byName.set(name, (found = rolesOf(name)));
    if (found.length) roles.set(f.id, found);
  }
  const breakdowns: (Checked & { urbanOnly: boolean })[] = [];
  for (const [id, list] of roles) {
    const total = index.figures[id];
    for (const role of list) {
      if (role.slot !== -1) continue;
      const parts = partsOf(doc, index, roles, total, role.partition);
      if (parts) {
        breakdowns.push({ partition: role.partition, total, parts, urbanOnly: false });
        continue;
      }
      // "常住人口259158人，其中城镇常住人口125223人，城镇化率…": the urban part alone is base enough for the rate.
      const urban = URBAN_PARTITIONS.has(role.partition.id) ? partsOf(doc, index, roles, total, role.partition, 1) : undefined;
      if (urban?.[URBANISATION.urbanSlot]) breakdowns.push({ partition: role.partition, total, parts: urban, urbanOnly: true });
    }
  }
  return { names, breakdowns };
});

/** The partitions a name is the total or a part of (none when it is no name of any). */
function rolesOf(name: string): Role[] {
  const found: Role[] = [];
  if (!ANY_NAME.test(name)) return found;
  for (const m of matchers) {
    if (m.total.test(name)) found.push({ partition: m.partition, slot: -1 });
    for (let slot = 0; slot < m.slots.length; slot++) if (m.slots[slot].test(name)) found.push({ partition: m.partition, slot });
  }
  return found;
}

/**
 * The ids of the totals this rule judges against their parts by definition — all its parts stated, or some of them
 * over it — which figure/sum leaves to it (one slip, one finding).
 */
export const PARTITIONED_TOTALS = defineAnalysis('partitioned-totals', (doc, ctx) => {
  const index = ctx.figures();
  const judged = ctx.analysis(BREAKDOWNS).breakdowns.filter((b) => {
    if (b.urbanOnly) return false;
    const parts = b.parts.filter((f): f is Figure => !!f);
    return isComplete(doc, index, b.total, b.partition, b.parts) || parts.reduce((t, p) => t + p.value, 0) > b.total.value + tolerance([b.total, ...parts]);
  });
  return new Set(judged.map((b) => b.total.id));
});

/** A breakdown that adds up (or is not known to be complete): the base a 城镇化率 may be checked against. */
interface Checked {
  partition: Partition;
  total: Figure;
  /** Part figures by slot (undefined where the slot is not stated). */
  parts: (Figure | undefined)[];
}

/** A figure's own words, cleaned for matching a name (see ownName), read once per figure of a lint run. */
// A plain object and functions, no class nor closures: what a check builds dies with it, shapes included, and the
// optimized code that read them would be thrown away with them.
interface NameReader {
  names: (string | undefined)[];
  /** Each figure's level role (levelRole), read once; null for none. */
  roles: (LevelRole | null | undefined)[];
}

function nameOf(names: NameReader, f: Figure): string {
  return (names.names[f.id] ??= ownName(f));
}

function roleOf(names: NameReader, f: Figure): LevelRole | undefined {
  let role = names.roles[f.id];
  if (role === undefined) role = names.roles[f.id] = levelRole(nameOf(names, f));
  return role ?? undefined;
}

/**
 * The figure's own words, cleaned for matching a name: no spaces, no asides ("(GDP)"), no 实现/完成, no 达/为 before
 * the number. "国民经济全年实现地区生产总值(GDP)" → "国民经济全年地区生产总值".
 */
function ownName(f: Figure): string {
  let name = f.before;
  // Words longer than any name with its leads are no name (and a run without punctuation costs nothing).
  if (!name || name.length > MAX_NAME_WORDS) return '';
  // Each rewrite only where it applies: this runs for every figure of the document.
  // A footnote mark ("生产总值[2]") goes with the asides.
  if (SPACE_OR_ASIDE.test(name)) name = name.replace(/\s+/g, '').replace(/[(（][^()（）]*[)）]|[[［][0-9]{1,2}[\]］]/g, '');
  // "地区生产总值增长12.6%达92.9亿元": the growth stated before the value is no part of the name.
  if (name.includes('%')) name = name.replace(GROWTH_BEFORE_VALUE, '');
  for (const verb of NAME_VERBS) if (name.includes(verb)) name = name.split(verb).join('');
  for (let cut = true; cut; ) {
    const tail = TAIL_ENDS.has(name.charCodeAt(name.length - 1)) ? NAME_TAIL.find((w) => name.endsWith(w) && name.length > w.length) : undefined;
    cut = tail !== undefined;
    if (tail) name = name.slice(0, -tail.length);
  }
  // "一、常住人口总量2023年年末全区常住人口": a run-in heading before the year, its noun named again after it, is no part of the name.
  const label = RUN_IN_LABEL.exec(name)?.[0];
  if (label && name.slice(label.length).includes(label.slice(0, 2))) name = name.slice(label.length);
  return name.replace(/^[其中]?[:：]/, '');
}

const RUN_IN_LABEL = /^[\u4e00-\u9fff]{2,12}(?=(?:19|20)[0-9]{2}年)/;

const SPACE_OR_ASIDE = /[\s(（[［]/;
const GROWTH_BEFORE_VALUE = /(?:比上年|同比)?(?:增长|下降|增加|减少)[0-9.]+%(?:达到?|为|至)?$/;
// The characters a name's tail ends in: a name ending otherwise has none to cut.
const TAIL_ENDS = new Set(NAME_TAIL.map((w) => w.charCodeAt(w.length - 1)));
const MAX_NAME_WORDS = 40;

/**
 * The parts stated after a total, by slot: the first figure of each part's name in the window, until the total's name
 * or a part already found comes again (another breakdown). Undefined when a part is stated but cannot be summed
 * (approximate, another unit, another period).
 */
function partsOf(doc: ReportDocument, index: FigureIndex, roles: Map<number, Role[]>, total: Figure, partition: Partition, minParts = 2): (Figure | undefined)[] | undefined {
  if (!isExactCount(total) || total.value <= 0 || total.change) return undefined;
  const paragraph = paragraphOf(index, total);
  const found: (Figure | undefined)[] = [];
  const period = periodOf(doc, index, total);
  const scope = SCOPE_LEAD.exec(ownName(total))?.[0];
  for (let id = total.id + 1; id < index.figures.length && id <= total.id + MAX_WINDOW; id++) {
    const f = index.figures[id];
    if (f.sentence > total.sentence + MAX_SENTENCES_AFTER || paragraphOf(index, f) !== paragraph) break;
    // "比上年增产0.71万吨" is a change too; "完成年初预算数60999万元的40.4%" the base of a share of the figure before.
    if (f.percent || isAboutFigureBefore(doc, index, f)) continue;
    const own = roles.get(id) ?? [];
    const role = own.find((r) => r.partition === partition);
    // Another total (of this set or of another, "户籍总人口" after "常住人口"), or a count of the same kind that is no
    // part ("全社会固定资产投资50亿元" before "其中第一产业…"): the breakdown has ended. A part's own breakdown
    // ("其中工业增加值…" after 第二产业) is passed over.
    // "全市一般公共预算收入416亿元…。其中，市级一般公共预算收入28.2亿元…。全市税收收入282.5亿元…": a figure of another level
    // than the total's is neither its part nor the end of its breakdown.
    if (own.length && scope && otherScope(scope, f)) continue;
    if (!role && (own.some((r) => r.slot === -1) || (own.length === 0 && isExactCount(f) && sameUnitKind(total, f)))) break;
    if (!role) continue;
    // "固定资产投资增长10%，其中第一产业5亿元": an industry named alone past the total's sentence is another measure's.
    if (role.slot >= 0 && f.sentence !== total.sentence && ownName(f).endsWith(partition.parts[role.slot]?.bare ?? '\u0000')) continue;
    if (role.slot === -1 || found[role.slot]) break;
    if (!isExactCount(f) || !sameUnitKind(total, f) || !samePeriod(period, periodOf(doc, index, f))) return undefined;
    found[role.slot] = f;
  }
  return found.filter(Boolean).length >= minParts ? found : undefined;
}

// The level a name opens with: the whole place (全市, 我县), its own budget (市本级, 市级) or its districts (区市, 各县).
const SCOPE_LEAD = /^(?:全|我|本)[省市县区州盟旗镇乡]|^[省市县区]?本级|^[省市县区乡镇]级|^(?:区市|县市区?|县区|市县)|^各[县区市]/;

/** The figure's name opens with a level other than `scope` (the total's). */
function otherScope(scope: string, f: Figure): boolean {
  const level = SCOPE_LEAD.exec(ownName(f))?.[0];
  return !!level && level !== scope;
}

function checkSum(doc: ReportDocument, index: FigureIndex, total: Figure, partition: Partition, found: (Figure | undefined)[]): Finding | undefined {
  const parts = found.filter((f): f is Figure => !!f).sort((a, b) => a.id - b.id);
  const sum = parts.reduce((t, p) => t + p.value, 0);
  const slack = tolerance([total, ...parts]);
  if (isComplete(doc, index, total, partition, found)) {
    if (Math.abs(sum - total.value) <= slack) return undefined;
    return finding(doc, total, labelled(partition, found, parts), `按定义，${sumLabel(partition, found)}`, false, partition.whole);
  }
  if (sum <= total.value + slack || partition.signed) return undefined;
  const named = labelled(partition, found, parts);
  return finding(doc, total, named, `按定义，${named.map((p) => p.label).join('、')}都是${partition.whole}的一部分，其和不应超过${partition.whole}`, true, partition.whole);
}

/** Every part of the set is stated (the optional one too where the paragraph names it), and no part outside it is named. */
function isComplete(doc: ReportDocument, index: FigureIndex, total: Figure, partition: Partition, found: (Figure | undefined)[]): boolean {
  if (!partition.complete || partition.parts.some((_, slot) => !found[slot])) return false;
  const m = matchers.find((x) => x.partition === partition);
  const paragraph = doc.blocks[paragraphOf(index, total)]?.content ?? '';
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
  const slots: PartitionSlot[] = [...partition.parts, ...(partition.optional ? [partition.optional] : [])];
  return slots[found.indexOf(p)]?.label ?? '';
}

interface LabelledPart {
  figure: Figure;
  /** How messages and fixes name it: "第二产业增加值", "市本级". */
  label: string;
}

function labelled(partition: Partition, found: (Figure | undefined)[], parts: Figure[]): LabelledPart[] {
  return parts.map((figure) => ({ figure, label: labelOf(partition, found, figure) }));
}

/**
 * The rounding every figure may carry: half a unit of its last digit, and half a unit for a whole number too — the
 * parts of a statistical total are rounded separately even when written without decimals.
 */
function tolerance(figures: Figure[]): number {
  return figures.reduce((t, f) => t + (f.halfUlp || 0.5), 0) + 1e-9 * Math.max(1, figures[0].value);
}

/** The finding on the total, the parts as related locations; a fix per number (the total, or one part). */
function finding(doc: ReportDocument, total: Figure, named: LabelledPart[], lead: string, exceeds: boolean, whole: string): Finding {
  const parts = named.map((p) => p.figure);
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
    title: exceeds ? `将${whole}改为${sumText}${unitText}（所列部分之和，未列全时应更大）` : `将${whole}改为${sumText}${unitText}（各部分之和）`,
    edits: [{ span: total.numeralSpan, newText: numeralFor(total, sum, decimals) }],
  }];
  if (!exceeds) {
    for (const { figure: p, label } of named) {
      const value = total.value - (sum - p.value);
      if (value <= 0) continue;
      const text = numeralFor(p, value, p.decimals);
      fixes.push({ kind: 'choice', title: `将${label}改为${text}（${whole}减其余部分）`, edits: [{ span: p.numeralSpan, newText: text }] });
    }
  }
  return report(CODE, {
    message,
    span: total.span,
    fixes,
    related: parts.map((p) => ({ span: p.span, message: `部分：${figureLabel(doc, p)}` })),
  });
}

// The period a figure is of, read from the words before it in its sentence: a year, 上年/去年 (neither after 比/较/与/同:
// "比上年增长", "比2021年增长" compare), a quarter or months. 全年, 本年 and the like name no period of their own.
const PERIOD = /(?<![比较与同])((?:19|20)[0-9]{2})年(?!度?[0-9])|(?<![比较与同])(上年|去年|上一年)(?!同期)|([一二三四]季度|第[一二三四]季度|上半年|下半年|前三季度|1?[0-9][-—–~至]1?[0-9]月)/g;
const MAX_PERIOD_CONTEXT = 200;

function periodOf(doc: ReportDocument, index: FigureIndex, f: Figure): string | undefined {
  return periodBefore(doc, index.sentences[f.sentence].span.start, f.span.start);
}

/** The period named last in the text from `from` (a sentence start) to `at`, at most MAX_PERIOD_CONTEXT back. */
function periodBefore(doc: ReportDocument, from: number, at: number): string | undefined {
  const m = lastMatch(PERIOD, doc.norm.slice(Math.max(from, at - MAX_PERIOD_CONTEXT), at));
  return m && (m[1] ?? (m[2] ? 'previous' : m[3]));
}

/**
 * Whether a part (or rate) is of its total's period: it names none (the total's context holds), or the same one. A part
 * that names a period its total does not ("全年地区生产总值…。四季度，第一产业…") is of another.
 */
function samePeriod(total: string | undefined, part: string | undefined): boolean {
  return part === undefined || part === total;
}

/**
 * "常住人口94.9万人，其中城镇人口41.4万人…。常住人口城镇化率43.6%": the rate after a population breakdown, in its
 * paragraph, against 城镇人口 ÷ the population it names (the nearest breakdown when it names none).
 */
function checkUrbanisation(doc: ReportDocument, index: FigureIndex, names: NameReader, checked: Checked[], rounding: 'half-up' | 'lenient'): Finding[] {
  const out: Finding[] = [];
  const populations = checked
    .filter((c) => Object.values(URBANISATION.partitions).includes(c.partition.id) && c.parts[URBANISATION.urbanSlot])
    .sort((a, b) => a.total.id - b.total.id);
  let next = 0; // populations before the rate end here (rates come in document order)
  for (const rate of index.figures) {
    while (next < populations.length && populations[next].total.id < rate.id) next++;
    if (!rate.percent || rate.approx || rate.number.percentPoint) continue;
    const m = URBAN_RATE.exec(nameOf(names, rate));
    if (!m) continue;
    const qualifier = m[1] ?? URBANISATION.bare;
    const wanted = URBANISATION.partitions[qualifier];
    const paragraph = paragraphOf(index, rate);
    // The nearest breakdown before the rate of the population it names (常住 when it names none), a few sentences back at most.
    const source = populations.slice(Math.max(0, next - MAX_POPULATIONS), next).reverse().find((c) =>
      rate.sentence - c.total.sentence <= MAX_SENTENCES_AFTER && paragraphOf(index, c.total) === paragraph &&
      c.partition.id === wanted && nameOf(names, c.total).includes(qualifier));
    if (!source) continue;
    const urban = source.parts[URBANISATION.urbanSlot] as Figure;
    // A rate after another breakdown of the same partition's parts is that one's.
    if (urban.id > rate.id || !samePeriod(periodOf(doc, index, source.total), periodOf(doc, index, rate))) continue;
    const interval = percentInterval(urban, source.total);
    if (!interval || judgeRounding(rate.value, rate.decimals, interval.low, interval.high, rounding) !== 'mismatch') continue;
    const expected = show(interval.exact, rate.decimals);
    out.push(report(CODE, {
      message: `按定义，城镇化率=城镇人口÷${source.partition.whole}：${figureText(doc, urban)}÷${figureText(doc, source.total)}=${show(interval.exact, rate.decimals + 2)}%，应为${expected}%，文中为${figureText(doc, rate)}`,
      span: rate.span,
      fixes: [{ kind: 'choice', title: `将城镇化率改为${expected}%`, edits: [{ span: rate.numeralSpan, newText: numeralFor(rate, interval.exact, rate.decimals) }] }],
      related: [
        { span: urban.span, message: `城镇人口：${figureLabel(doc, urban)}` },
        { span: source.total.span, message: `${source.partition.whole}：${figureLabel(doc, source.total)}` },
      ],
    }));
  }
  return out;
}

/**
 * The 三次产业结构 stated after a GDP breakdown that adds up, in its paragraph a few sentences on: each term must be its
 * industry's value added over GDP, within the rounding of every figure and one unit of the term's last digit.
 */
function checkStructure(doc: ReportDocument, index: FigureIndex, checked: Checked[]): Finding[] {
  const out: Finding[] = [];
  for (const c of checked) {
    if (c.partition.id !== 'gdp' || c.parts.slice(0, 3).some((p) => !p)) continue;
    const parts = c.parts.slice(0, 3) as Figure[];
    const last = parts.reduce((a, b) => (b.id > a.id ? b : a));
    const paragraph = paragraphOf(index, c.total);
    const period = periodOf(doc, index, c.total);
    // The sentences after the last part, as far as a breakdown's parts are sought.
    for (let k = last.sentence; k <= c.total.sentence + MAX_SENTENCES_AFTER && k < index.sentences.length; k++) {
      const sentence = index.sentences[k];
      if (sentence.paragraph !== paragraph) break;
      const from = k === last.sentence ? last.span.end : sentence.span.start;
      for (const m of doc.norm.slice(from, sentence.span.end).matchAll(SECTOR_STRUCTURE)) {
        if (!samePeriod(period, periodBefore(doc, sentence.span.start, from + m.index))) continue;
        parts.forEach((part, i) => {
          const group = SECTOR_STRUCTURE_TERMS[i];
          const [start, end] = m.indices![group].map((x) => x + from);
          const written = m[group];
          const decimals = written.includes('.') ? written.length - written.indexOf('.') - 1 : 0;
          const interval = percentInterval(part, c.total);
          // Bureaux force the terms to add up to 100 by moving one by a unit of its last digit (37.21:20.54:42.25 is
          // published as 37.2:20.5:42.3): only a term further off than that is wrong.
          const unit = 10 ** -decimals;
          const stated = Number(written);
          if (!interval || (stated + 1.5 * unit >= interval.low && stated - 1.5 * unit <= interval.high)) return;
          const expected = show(interval.exact, decimals);
          out.push(report(CODE, {
            message: `按定义，三次产业结构是各产业增加值占地区生产总值的比重：${figureLabel(doc, part)}÷${figureText(doc, c.total)}=${show(interval.exact, decimals + 2)}%，应为${expected}，文中为${written}`,
            span: { start, end },
            fixes: [{ kind: 'choice', title: `将${c.partition.parts[i].label}的比重改为${expected}`, edits: [{ span: { start, end }, newText: expected }] }],
            related: [
              { span: part.span, message: `部分：${figureLabel(doc, part)}` },
              { span: c.total.span, message: `地区生产总值：${figureLabel(doc, c.total)}` },
            ],
          }));
        });
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Two parts that split a whole by what they say, the whole found by its verb: a level and the units under it
// ("市本级平台受理213.14万件，各县区受理145.13万件"), a condition and its negation ("符合登记条件，依法予以登记的3.1万件；
// 不符合登记条件，依法告知申请人的0.5万件").

const LEVELS = LEVEL_SPLITS.map((l) => ({
  ...l,
  own: new RegExp(`^(?:${NAME_LEAD})*(?:${l.own})(.*)$`),
  units: new RegExp(`^(?:${NAME_LEAD})*(?:${l.units})(.*)$`),
}));
// "办结的申请中，…": the sentence names the whole it splits by its verb.
const AMONG_LEAD = /^\s*([^，,。；;0-9０-９]{1,12}?)的?中\s*[，,]/;
const MIN_CONDITION = 4;
const ONLY_LEAD = new RegExp(`^(?:${NAME_LEAD})*$`);
// The whole of a split is sought this many paragraphs back at most (a news item puts a subheading between them).
const MAX_PARAGRAPHS_BACK = 2;

interface Split {
  parts: [Figure, Figure];
  labels: [string, string];
  /** The verb both parts count with ("受理"), or the one the sentence's lead names; undefined when none. */
  verb?: string;
  /** The noun after the verb in the parts' words ("诉求"), '' when none. */
  noun: string;
  lead: string;
  /** How messages and fixes name the whole: "全市总数", "办结的案件总数". */
  whole: string;
}

function checkSplits(doc: ReportDocument, index: FigureIndex, names: NameReader): Finding[] {
  const out: Finding[] = [];
  for (const sentence of index.sentences) {
    const figures = mainFigures(sentence).filter((f) => !f.percent && !f.change);
    for (let i = 0; i + 1 < figures.length; i++) {
      const [a, b] = [figures[i], figures[i + 1]];
      if (!isExactCount(a) || !isExactCount(b) || !sameUnitKind(a, b)) continue;
      // A third count right after the pair continues the list ("…，开发区受理…"): the pair is not all there is.
      const third = figures[i + 2];
      if (third && third.segment === b.segment + 1 && sameUnitKind(b, third)) continue;
      const split = levelSplit(a, b, names) ?? conditionSplit(doc, sentence, a, b);
      if (!split) continue;
      const total = wholeOf(doc, index, names, figures.slice(0, i), split);
      if (!total || total.value < Math.max(a.value, b.value) - tolerance([a, b])) continue;
      const period = periodOf(doc, index, total);
      if (!samePeriod(period, periodOf(doc, index, a)) || !samePeriod(period, periodOf(doc, index, b))) continue;
      if (Math.abs(a.value + b.value - total.value) <= tolerance([total, a, b])) continue;
      out.push(finding(doc, total, [{ figure: a, label: split.labels[0] }, { figure: b, label: split.labels[1] }], split.lead, false, split.whole));
    }
  }
  return out;
}

/** "市本级平台受理…，各县区受理…" (either order): the level and its units, with the same verb and noun after them. */
function levelSplit(a: Figure, b: Figure, names: NameReader): Split | undefined {
  const ra = roleOf(names, a);
  const rb = roleOf(names, b);
  if (!ra || !rb || ra.level !== rb.level || ra.own === rb.own || ra.rest !== rb.rest) return undefined;
  const { level, rest } = ra;
  const verb = verbOf(rest);
  // Without a verb the words after the level are the noun ("市级一般公共预算支出…；区市一般公共预算支出…").
  const noun = verb ? rest.slice(rest.lastIndexOf(verb) + verb.length) : rest;
  const [ownLabel, unitsLabel] = level.labels;
  return {
    parts: [a, b],
    labels: ra.own ? [ownLabel, unitsLabel] : [unitsLabel, ownLabel],
    verb,
    noun,
    lead: `按定义，${ownLabel}与${unitsLabel}之和应等于${level.whole}`,
    whole: level.whole,
  };
}

interface LevelRole {
  level: (typeof LEVELS)[number];
  /** The level's own body (市本级), or the units under it (各县区). */
  own: boolean;
  /** The words after the level ("受理"). */
  rest: string;
}

/** Whether a figure's words count a level's own body or its units; null when neither. */
function levelRole(name: string): LevelRole | null {
  if (!name) return null;
  for (const level of LEVELS) {
    const own = level.own.exec(name);
    const m = own ?? level.units.exec(name);
    if (m) return { level, own: !!own, rest: m[1] };
  }
  return null;
}

/** "符合登记条件，依法予以登记的3.1万件；不符合登记条件，依法告知申请人的0.5万件": a condition, then its negation. */
function conditionSplit(doc: ReportDocument, sentence: FigureSentence, a: Figure, b: Figure): Split | undefined {
  if (a.segment < 1 || b.segment !== a.segment + 2) return undefined;
  const words = (k: number) => doc.norm.slice(sentence.segments[k].span.start, sentence.segments[k].span.end).trim();
  const [condition, negated] = [words(a.segment - 1), words(a.segment + 1)];
  const negation = CONDITION_NEGATION.exec(negated);
  if (!negation || negated.slice(negation[0].length) !== condition || condition.length < MIN_CONDITION || /[0-9０-９]/.test(condition)) return undefined;
  // Only a sentence that names the whole it splits: what is neither (申请 still being completed) may be left out elsewhere.
  const lead = AMONG_LEAD.exec(doc.norm.slice(sentence.span.start, sentence.span.end));
  const verb = lead ? verbOf(lead[1]) : undefined;
  if (!lead || !verb) return undefined;
  return {
    parts: [a, b],
    labels: [`“${condition}”的部分`, `“${negated}”的部分`],
    verb,
    noun: '',
    lead: `按定义，“${condition}”与“${negated}”两部分之和应等于${lead[1]}总数`,
    whole: `${lead[1]}总数`,
  };
}

/**
 * The whole a split divides: the count right before it in its sentence, or else the nearest count before it stated with
 * the parts' verb (this paragraph or up to MAX_PARAGRAPHS_BACK before), when that count is the whole of its verb —
 * nothing but period, place and cue words before the verb ("全年受理企业群众诉求358.27万件"), its noun ending in the parts'.
 */
function wholeOf(doc: ReportDocument, index: FigureIndex, names: NameReader, before: Figure[], split: Split): Figure | undefined {
  const [first] = split.parts;
  const near = before[before.length - 1];
  // Without a verb, only a count the parts follow at once, or as its 其中 ("全市受理诉求500件，其中市本级300件，…").
  const follows = near && (split.verb ? verbOf(near.before) === split.verb : first.subsetCue || first.segment === near.segment + 1);
  if (near && follows && isExactCount(near) && sameUnitKind(near, first) && near.final) return near;
  if (!split.verb) return near || !first.subsetCue || !split.noun ? undefined : wholeBefore(index, names, first, split.noun);
  const paragraph = paragraphOf(index, first);
  for (let id = first.id - 1; id >= 0 && id >= first.id - MAX_WINDOW; id--) {
    const f = index.figures[id];
    if (paragraph - paragraphOf(index, f) > MAX_PARAGRAPHS_BACK) break;
    if (f.inParens || f.percent || !isExactCount(f) || !sameUnitKind(f, first) || verbOf(f.before) !== split.verb) continue;
    const words = nameOf(names, f);
    const at = words.lastIndexOf(split.verb);
    const whole = at >= 0 && ONLY_LEAD.test(words.slice(0, at)) && words.slice(at + split.verb.length).endsWith(split.noun);
    return whole && f.final ? f : undefined;
  }
  return undefined;
}

/**
 * "全市一般公共预算支出503.4亿元，…。其中，市级…118.3亿元…；区市…385.1亿元…": a split opening its sentence with 其中, without a
 * verb, is of the count in the sentence before (its paragraph) named by the same noun after nothing but a place.
 */
function wholeBefore(index: FigureIndex, names: NameReader, first: Figure, noun: string): Figure | undefined {
  const previous = index.sentences[first.sentence - 1];
  if (!previous || previous.paragraph !== index.sentences[first.sentence].paragraph) return undefined;
  return mainFigures(previous).find((f) => {
    const words = nameOf(names, f);
    return !f.percent && !f.change && isExactCount(f) && sameUnitKind(f, first) && words.endsWith(noun) && ONLY_LEAD.test(words.slice(0, -noun.length));
  });
}

// "出生率为3.59‰，死亡率为8.70‰，人口自然增长率为-4.11‰": by definition the growth rate is births less deaths, per mille.
const VITAL_RATE = /(出生|死亡|自然增长)率(?:为|是|达)?\s*([-−－]?[0-9]+(?:\.[0-9]+)?)\s*‰/g;

/** The natural growth rate that is not the birth rate less the death rate (one of each in a sentence, within rounding). */
function checkNaturalGrowth(doc: ReportDocument): Finding[] {
  const out: Finding[] = [];
  // Every sentence: a rate per mille is no figure, so a sentence of three of them is not among the figure index's.
  for (const sentence of doc.sentences) {
    if (!sentence.text.includes('‰') || !sentence.text.includes('自然增长率')) continue;
    const text = doc.norm.slice(sentence.span.start, sentence.span.end);
    const found = new Map<string, { value: number; decimals: number; start: number; end: number; text: string }[]>();
    for (const m of text.matchAll(VITAL_RATE)) {
      const numeral = m[2].replace(/[−－]/, '-');
      const at = sentence.span.start + m.index! + m[0].lastIndexOf(m[2]);
      const list = found.get(m[1]) ?? [];
      list.push({ value: Number(numeral), decimals: numeral.split('.')[1]?.length ?? 0, start: at, end: at + m[2].length, text: m[2] });
      found.set(m[1], list);
    }
    const [births, deaths, growth] = ['出生', '死亡', '自然增长'].map((k) => found.get(k));
    if (births?.length !== 1 || deaths?.length !== 1 || growth?.length !== 1) continue;
    const [b, d, g] = [births[0], deaths[0], growth[0]];
    const half = (x: { decimals: number }) => 0.5 * 10 ** -x.decimals;
    const expected = b.value - d.value;
    if (Math.abs(expected - g.value) <= half(b) + half(d) + half(g) + 1e-9) continue;
    const decimals = Math.max(b.decimals, d.decimals, g.decimals);
    const want = show(expected, decimals);
    out.push(report(CODE, {
      message: `按定义，自然增长率=出生率−死亡率：${b.text}‰−${d.text}‰=${want}‰，文中为${g.text}‰`,
      span: { start: g.start, end: g.end },
      fixes: [{ kind: 'choice', title: `将自然增长率改为${want}‰（出生率−死亡率）`, edits: [{ span: { start: g.start, end: g.end }, newText: want }] }],
      related: [{ span: { start: b.start, end: b.end }, message: `出生率：${b.text}‰` }, { span: { start: d.start, end: d.end }, message: `死亡率：${d.text}‰` }],
    }));
  }
  return out;
}
