// figure/table-total, figure/table-derived, figure/table-share — a table's columns: a 合计/总计/小计 row against the sum of
// the rows it closes, in every number column; a column computed from two others in every row (增减 = 本期 − 上期, 增幅 =
// 增减 ÷ 上期, 完成率 = 完成 ÷ 计划); a share column whose rows all imply one total. The relation is proven by the table
// itself — the other columns, the other rows — so one cell against a table that holds everywhere else is a slip, and a
// table that holds nowhere (a misread, columns shifted, another definition) says nothing.
import { judgeRounding, show } from '../figures';
import { formatFixed, groupThousands } from '../numbers';
import { defineCodes, report, type Rule, type RuleContext } from '../rule';
import type { Finding, Fix, ReportDocument, Span, TextEdit } from '../types';
import { q } from './number-scope';
import { TABLES, type Cell, type Table } from '../tables';

const TOTAL = 'figure/table-total';
const DERIVED = 'figure/table-derived';
const SHARE = 'figure/table-share';

const CODES = defineCodes({
  [TOTAL]: {
    severity: 'error',
    fixable: true,
    description: '表格合计（总计、小计）行与其上各行之和不符（同表其他各列均相符）',
    descriptionEn: 'A table total (合计, 总计, 小计) row that is not the sum of the rows it closes (every other column is)',
  },
  [DERIVED]: {
    severity: 'error',
    fixable: true,
    description: '表格中由两列算出的一列（增减、增幅、完成率）在某行与算式不符（同列其他各行均相符）',
    descriptionEn: 'A table column computed from two others (difference, growth, completion rate) that does not fit in one row',
  },
  [SHARE]: {
    severity: 'error',
    fixable: true,
    description: '表格占比列某行与同组其他各行推算的总数不符',
    descriptionEn: 'A share in a table that does not fit the total the neighbouring rows of its column imply',
  },
});

/** A cell read as a number: "1,468", "-235", "104.86%"; blank cells ("", "—") are zero in a sum. */
interface Value {
  value: number;
  decimals: number;
  percent: boolean;
  cell: Cell;
}

// A change may carry its direction in words or arrows: "下降3.10%", "↑5.2%".
// A count may carry its measure word ("75件", "12人次").
const VALUE = /^([-−－+]|增长|上升|增加|下降|减少|↑|↓)?([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.([0-9]+))?\s*(?:([%％])|件|宗|个|起|项|条|份|次|人次|人|家|户|批次|万元|元)?$/;
const NEGATIVE_SIGN = /^(?:[-−－]|下降|减少|↓)$/;
const BLANK = /^(?:|[-—－/／])$/;
// A row closing the rows above it: "合计", "合 计", "全市合计", "总计", "小计".
const TOTAL_LABEL = /^(?:[\u4e00-\u9fff]{0,4}?(?:合计|总计)|共计|总数|小计)$/;
const SUBTOTAL_LABEL = /小计$/;
// A row that is part of the row above it ("其中：投诉"): it would be counted twice.
const PART_OF_ABOVE = /^(?:其中|含|包括|内含)/;
// A column whose cells are not counts, whatever they look like: rates, averages, shares without "%".
const NOT_A_SUM_HEADER = /率|比|%|％|均|幅/;
// Header words that name a column computed from two others.
const GROWTH_WORDS = /增长率|增幅|增减幅|增\/减幅|幅度|同比|环比|增长|下降|变化率|增减率/;
const DIFFERENCE_WORDS = /增减|增\/减|增加|减少|差额|差值|变化/;
// Any rate a column may be of two others (完成率, 办结率, 不合格率, 整改销号率 …): the rows prove which two, or none.
const RATIO_WORDS = /[\u4e00-\u9fff]率/;
const SHARE_WORDS = /占比|比例|比重|占/;
const SHARE_HEADER = /百分比|占比|比例|比重/;

export const figureTableColumn: Rule = {
  id: 'figure/table-column',
  codes: CODES,
  meta: {
    description: '表格各列：合计行与各行之和、由两列算出的列（增减、增幅、完成率）、占比列',
    descriptionEn: "A table's columns: total rows against the rows above, columns computed from two others, share columns",
  },
  check(doc, ctx) {
    const out: Finding[] = [];
    for (const table of ctx.analysis(TABLES)) {
      if (!table.stacked) {
        const grid = readGrid(doc, table);
        for (const rows of grid.groups) {
          const computed = computedColumns(ctx, rows, grid);
          const totals = columnTotals(doc, rows, grid.header, computed);
          out.push(...totals.findings, ...subsetGroupTotals(doc, rows, grid.header));
          const balance = disclosureBalance(doc, rows, totals.flagged);
          if (balance) out.push(balance);
          out.push(...derivedFindings(doc, rows, grid, computed, totals.flagged));
          for (const row of rows) out.push(...bracketedChanges(doc, ctx, row));
          if (!rows.some(isTotal)) out.push(...tableShares(doc, ctx, shareRowsOf(rows, grid.headerText, columnNames(rows, grid.header)), table));
        }
      } else if (table.cells) out.push(...tableShares(doc, ctx, stackedShareRows(doc, table.cells), table));
      const sideways = turnedChangeTable(doc, table);
      if (sideways) {
        const grid = readGrid(doc, sideways);
        for (const rows of grid.groups) out.push(...derivedFindings(doc, rows, grid, computedColumns(ctx, rows, grid), new Set(), true));
      }
      const turned = turnedShareTable(doc, table);
      if (turned) {
        const grid = readGrid(doc, turned);
        for (const rows of grid.groups) out.push(...tableShares(doc, ctx, shareRowsOf(rows, grid.headerText, columnNames(rows, grid.header)), turned, '列'));
      }
    }
    return out;
  },
};

// A row of counts and a row of shares of one table whose columns are the categories ("申请事项 | 行政处罚 | … ⏎ 数量 |
// 54件 | … ⏎ 占新受理数比例 | 45% | …").
const COUNT_ROW_LABEL = /^(?:数量|件数|数|个数|次数|人数|案件数|合计数)$|(?:数量|件数)(?:[（(][^（）()]{1,4}[）)])?$/;
const SHARE_ROW_LABEL = /占比|比例|比重|^占/;

/**
 * A table written on its side — its first column names a count row and a share row — turned so that each category is a
 * row, as the share check reads tables. Undefined for any other table.
 */
function turnedShareTable(doc: ReportDocument, table: Table): Table | undefined {
  const { rows } = table;
  if (table.stacked || rows.length < 3 || rows.some((r) => r.length !== rows[0].length) || rows[0].length < MIN_TURNED_WIDTH) return undefined;
  const labels = rows.slice(1).map((r) => wordsOf(doc, r[0]));
  if (!labels.some((l) => COUNT_ROW_LABEL.test(l)) || !labels.some((l) => SHARE_ROW_LABEL.test(l))) return undefined;
  return { rows: rows[0].map((_, c) => rows.map((r) => r[c])), stacked: false };
}
// The label column and three categories at least.
const MIN_TURNED_WIDTH = 4;

// A table of periods by row ("统计时段 | PM2.5 | PM10 ⏎ 2019年 | 47 | 92 ⏎ 2018年 | 42 | 64 ⏎ 变化(%) | 11.9 | 43.8"): two rows
// or more named by a period, and one row of the change.
const PERIOD_ROW_LABEL = /^(?:(?:19|20)[0-9]{2}年?度?(?:[0-9]{1,2}(?:-[0-9]{1,2})?月)?|上年同期|去年同期|上年|去年|本年|今年|本期|上期|同期)$/;
const CHANGE_ROW_LABEL = /^(?:变化|同比|增减|增幅|增长|变化率|增减率|增长率|变幅)(?:[（(](?:%|％)[)）])?$/;

/**
 * A table whose rows are periods and one row their change (PERIOD_ROW_LABEL, CHANGE_ROW_LABEL), turned so that each column
 * is a row — the change then a column named by its header, as the derived check reads tables. Undefined for any other.
 */
function turnedChangeTable(doc: ReportDocument, table: Table): Table | undefined {
  const { rows } = table;
  if (table.stacked || rows.length < 4 || rows.some((r) => r.length !== rows[0].length) || rows[0].length < 3) return undefined;
  const labels = rows.slice(1).map((r) => wordsOf(doc, r[0]));
  if (labels.filter((l) => PERIOD_ROW_LABEL.test(l)).length < 2 || labels.filter((l) => CHANGE_ROW_LABEL.test(l)).length !== 1) return undefined;
  return { rows: rows[0].map((_, c) => rows.map((r) => r[c])), stacked: false };
}

interface Row {
  /** The name of the row: its last words before its numbers ("（二）部分公开", "1.属于国家秘密", "城区"). */
  label: string;
  /** All its words before its numbers ("三、本年度办理结果（一）予以公开"): where it stands in a numbered outline. */
  outline: string;
  /** The label's cell, then the cells from the first number (or blank) after the label on. */
  cells: Cell[];
  /** Per cell: its number, null for a blank cell, undefined for words (the label's is undefined). */
  values: (Value | null | undefined)[];
  /** How many cells the row has as written. */
  width: number;
}

interface Grid {
  /** Rows with a number, by width (a row of another width is another part of the table, or a header). */
  groups: Row[][];
  /** Header rows (no number) by width, their cells' words. */
  header: Map<number, string[]>;
  /** Every header word of the table, run together: what its columns are named. */
  headerText: string;
}

// A unit column's cell: "件", "万元", "%", "（人次）".
const UNIT_CELL = /^[（(]?(?:件|宗|个|起|项|条|份|次|人次|人|万人|家|户|批次|元|万元|亿元|%|％|‰|平方米|公里|千米)[)）]?$/;
// Bold or italic marks of a Markdown cell ("**合计**").
const EMPHASIS = /\*\*|__|(?<![0-9])[*_](?![0-9])/g;
/** A cell's span without the bold marks around it ("**262**" → "262"). */
function unmarked(c: Cell): Span {
  const lead = /^(?:\*\*|__)/.exec(c.text)?.[0].length ?? 0;
  const tail = /(?:\*\*|__)$/.exec(c.text.slice(lead))?.[0].length ?? 0;
  return { start: c.span.start + lead, end: c.span.end - tail };
}
const wordsOf = (doc: ReportDocument, c: Cell) => doc.norm.slice(c.span.start, c.span.end).replace(/\s+/g, '').replace(EMPHASIS, '');
/** A cell's words as written, for messages ("合 计" → "合计", "**合计**" → "合计"). */
const shown = (c: Cell) => c.text.replace(/\s+/g, '').replace(EMPHASIS, '');

function valueOf(doc: ReportDocument, cell: Cell): Value | null | undefined {
  const text = wordsOf(doc, cell);
  if (BLANK.test(text)) return null;
  const m = VALUE.exec(text);
  if (!m) return undefined;
  const magnitude = Number(`${m[2].replace(/,/g, '')}${m[3] ? `.${m[3]}` : ''}`);
  return { value: m[1] && NEGATIVE_SIGN.test(m[1]) ? -magnitude : magnitude, decimals: m[3]?.length ?? 0, percent: !!m[4], cell };
}

/**
 * The rows of a table by how many cells follow their label: a label may take one cell or two ("三、本年度办理结果 | （一）予以
 * 公开 | 2 | 1 | …" above "（二）部分公开 | 16 | 1 | …"), the cells after it line up from the label on.
 */
function readGrid(doc: ReportDocument, table: Table): Grid {
  const header = new Map<number, string[]>();
  const headerWords: string[] = [];
  const reads: ReadRow[] = [];
  for (const cells of table.rows) {
    const values = cells.map((c) => valueOf(doc, c));
    const first = values.findIndex((v, k) => k > 0 && v);
    if (first < 0) {
      const words = cells.map(shown);
      if (!header.has(cells.length)) header.set(cells.length, words);
      headerWords.push(...words);
      continue;
    }
    // The label ends at the last cell of words before the first number: blank cells after it are the row's ("城区 | | 5"),
    // or the label's when the row is one cell wider than the others ("合计 | | 560" under "1 | 城区 | 120").
    let labelEnd = first - 1;
    while (labelEnd > 0 && values[labelEnd] !== undefined) labelEnd--;
    reads.push({ cells, values, ends: labelEnd === first - 1 ? [labelEnd] : [labelEnd, first - 1] });
  }
  const shapes = new Map<number, number>();
  for (const r of reads) shapes.set(r.cells.length - r.ends[0], (shapes.get(r.cells.length - r.ends[0]) ?? 0) + 1);
  const common = [...shapes.entries()].reduce((a, b) => (b[1] > a[1] ? b : a), [0, 0])[0];
  const byShape = new Map<number, Row[]>();
  for (const read of reads) {
    const { cells, values, ends } = padded(doc, read, common);
    const labelEnd = ends.find((end) => cells.length - end === common) ?? ends[0];
    // The row's name: its last cell of words but a unit column's ("行政复议收案 | 件 | 312").
    const named = ends[0] > 0 && UNIT_CELL.test(shown(cells[ends[0]])) ? ends[0] - 1 : ends[0];
    const row: Row = {
      label: shown(cells[named]),
      outline: cells.slice(0, ends[0] + 1).map(shown).join(''),
      cells: cells.slice(labelEnd),
      values: [undefined, ...values.slice(labelEnd + 1)],
      width: cells.length,
    };
    const list = byShape.get(row.cells.length) ?? [];
    list.push(row);
    byShape.set(row.cells.length, list);
  }
  return { groups: [...byShape.values()], header, headerText: headerWords.join('|') };
}

interface ReadRow {
  cells: Cell[];
  values: (Value | null | undefined)[];
  /** Where its label may end: after its last cell of words, or also after the blank cells that follow. */
  ends: number[];
}

/**
 * A row short of the common shape whose line goes on with empty cells ("| 3.行政许可 | 80 | |": the reader drops them),
 * given its blank cells back.
 */
function padded(doc: ReportDocument, row: ReadRow, common: number): ReadRow {
  const missing = common - (row.cells.length - row.ends[0]);
  if (missing <= 0) return row;
  const end = row.cells[row.cells.length - 1].span.end;
  const lineEnd = doc.text.indexOf('\n', end);
  const rest = doc.text.slice(end, lineEnd < 0 ? doc.text.length : lineEnd);
  // The bar closing the last cell, then one more per empty cell, only spaces between.
  if (!/^[ \t|]*$/.test(rest) || (rest.match(/\|/g)?.length ?? 0) < missing + 1) return row;
  const blank: Cell = { text: '', span: { start: end, end } };
  return { cells: [...row.cells, ...Array<Cell>(missing).fill(blank)], values: [...row.values, ...Array<null>(missing).fill(null)], ends: row.ends };
}

/**
 * The names of a group's columns: a header row as wide as most rows of the group, its cells over theirs from the right
 * (the label's cells first); none when no header is so wide (a header of merged cells may name other columns).
 */
function columnNames(rows: Row[], header: Map<number, string[]>): string[] | undefined {
  const widths = new Map<number, number>();
  for (const r of rows) widths.set(r.width, (widths.get(r.width) ?? 0) + 1);
  const [width, count] = [...widths.entries()].reduce((a, b) => (b[1] > a[1] ? b : a));
  // A header without a cell over the rows' labels ("本周数据 | 上周数据 | 环比增长" over "住房 | 399 | 348 | 14.66%").
  const narrower = header.get(width - 1);
  const names = header.get(width) ?? (narrower && ['', ...narrower]);
  return names && count * 2 > rows.length ? names.slice(width - rows[0].cells.length) : undefined;
}

const WORD_SIGN = /^(?:增长|上升|增加|下降|减少|↑|↓)$/;
const SIGN_PREFIX = /^(?:增长|上升|增加|下降|减少|↑|↓)/;
const OPPOSITE_SIGN: Record<string, string> = { 增长: '下降', 上升: '下降', 增加: '减少', 下降: '增长', 减少: '增加', '↑': '↓', '↓': '↑' };
/** The sign word or arrow for a change's direction, in the writer's words. */
const signWord = (written: string, fall: boolean) => (NEGATIVE_SIGN.test(written) === fall ? written : OPPOSITE_SIGN[written]);
const CELL_NUMBER = /^([^0-9]*)([0-9][0-9,]*(?:\.[0-9]+)?)/;

/**
 * The edit that writes `value` (at `decimals`) into a number cell, in the cell's form: its digits only, thousands commas
 * kept; a sign in words ("下降3.1%") kept when the value goes the same way, else no edit.
 */
function numberEdit(doc: ReportDocument, cell: Cell, value: number, decimals: number): TextEdit | undefined {
  const m = CELL_NUMBER.exec(doc.text.slice(cell.span.start, cell.span.end));
  if (!m) return undefined;
  const sign = m[1].replace(EMPHASIS, '').trim();
  const words = WORD_SIGN.test(sign);
  if (words && value !== 0 && NEGATIVE_SIGN.test(sign) !== value < 0) return undefined;
  const digits = formatFixed(words ? Math.abs(value) : value, decimals);
  const newText = m[2].includes(',') ? groupThousands(digits) : digits;
  // Written over from the sign symbol ("-", "−") or the digits: words before them and bold marks stay.
  const symbol = !words && /[-−－+]$/.test(m[1]) ? 1 : 0;
  const start = cell.span.start + m[1].length - symbol;
  return { span: { start, end: cell.span.start + m[0].length }, newText };
}

const fixOf = (title: string, edits: (TextEdit | undefined)[]): Fix[] =>
  edits.every((e): e is TextEdit => !!e) && edits.length ? [{ kind: 'choice', title, edits }] : [];

const isYear = (v: Value) => !v.percent && v.decimals === 0 && v.value >= 1949 && v.value <= 2100 && !v.cell.text.includes(',');
const tolerance = (decimals: number, cells: number) => (decimals ? cells * 0.5 * 10 ** -decimals : 0) + 1e-9;

// ---------------------------------------------------------------------------------------------------------------
// Column totals

interface Segment {
  total: Row;
  parts: Row[];
}

/**
 * The rows each total row closes: the rows since the last total — or, under a 合计 that follows 小计 rows, the 小计 rows
 * (and any rows after the last of them); a 合计 heading the table closes every row below it.
 */
function segmentsOf(rows: Row[]): Segment[] {
  const out: Segment[] = [];
  let leaves: Row[] = [];
  let subtotals: Row[] = [];
  for (const row of rows) {
    if (!isTotal(row)) {
      leaves.push(row);
      continue;
    }
    if (SUBTOTAL_LABEL.test(row.label)) {
      out.push({ total: row, parts: leaves });
      subtotals.push(row);
    } else out.push({ total: row, parts: [...subtotals, ...outlined(leaves, row)] });
    if (!SUBTOTAL_LABEL.test(row.label)) subtotals = [];
    leaves = [];
  }
  // "合计" as the first row, every row below it its parts.
  if (out.length === 1 && out[0].parts.length === 0 && rows[0] === out[0].total && !SUBTOTAL_LABEL.test(rows[0].label)) {
    return [{ total: rows[0], parts: rows.slice(1) }];
  }
  return out.map((s) => ({ ...s, parts: withoutChildren(s.parts) }))
    .filter((s) => s.parts.length >= 2 && !s.parts.some((p) => PART_OF_ABOVE.test(p.label)));
}

// The marks of a numbered outline, from the highest level down: "三、", "（二）", "1.", "（1）".
const OUTLINE_LEVELS = [/^[一二三四五六七八九十]+[、.．]/, /^[（(][一二三四五六七八九十]+[）)]/, /^[0-9]+[.、．]/, /^[（(][0-9]+[）)]/];
// The first item of each level: where a level's list opens ("三、本年度办理结果 | （一）予以公开").
const OUTLINE_FIRST = [/一[、.．]/, /[（(]一[）)]/, /(?:^|[^0-9])1[.、．]/, /[（(]1[）)]/];
const levelOf = (words: string) => OUTLINE_LEVELS.findIndex((mark) => mark.test(words));
const isTotal = (row: Row) => TOTAL_LABEL.test(row.label.replace(OUTLINE_LEVELS[levelOf(row.label)] ?? /^$/, ''));

/**
 * The rows a numbered total closes ("（七）总计"): the items of its level and below, back to the one that opens the level
 * ("三、本年度办理结果（一）予以公开"); the rows of a higher level before it ("一、本年新收…") are not its. A total without a mark
 * closes every row given.
 */
function outlined(leaves: Row[], total: Row): Row[] {
  const level = levelOf(total.label);
  if (level < 0) return leaves;
  for (let k = leaves.length - 1; k >= 0; k--) {
    const at = levelOf(leaves[k].outline);
    if (at >= 0 && at < level) return leaves.slice(OUTLINE_FIRST[level].test(leaves[k].outline) ? k : k + 1);
  }
  return leaves;
}

/**
 * The rows without the items of a row of their own above them ("1.行政处罚 | 50" over "（1）警告 | 30", "（2）罚款 | 20"): a
 * row whose label is numbered at one level, followed by rows numbered at a deeper one, holds them — counting them too would
 * count them twice.
 */
function withoutChildren(parts: Row[]): Row[] {
  const out: Row[] = [];
  for (let k = 0; k < parts.length; k++) {
    out.push(parts[k]);
    const level = levelOf(parts[k].label);
    if (level < 0) continue;
    while (k + 1 < parts.length && levelOf(parts[k + 1].outline) > level) k++;
  }
  return out;
}

interface ColumnVerdict {
  column: number;
  holds: boolean;
  sum: number;
  decimals: number;
  total: Value;
  parts: Value[];
}

/** A column of a segment: its total against the sum of its parts; undefined when the column is no column of counts. */
function judgeColumn(segment: Segment, column: number, header: string | undefined, computed: boolean): ColumnVerdict | undefined {
  const total = segment.total.values[column];
  if (!total) return undefined;
  const cells = segment.parts.map((p) => p.values[column]);
  if (cells.some((c) => c === undefined || (c && c.percent !== total.percent))) return undefined;
  const parts = cells.filter((c): c is Value => !!c);
  const decimals = Math.max(total.decimals, ...parts.map((p) => p.decimals));
  const sum = parts.reduce((s, p) => s + p.value, 0);
  const holds = Math.abs(sum - total.value) <= tolerance(decimals, parts.length + 1);
  if (total.percent) {
    // Shares of the column's total: 100% under a sum of the rows' shares proves the rows are read right.
    return holds && Math.abs(total.value - 100) < 1e-9 ? { column, holds, sum, decimals, total, parts } : undefined;
  }
  // Shares written without "%" under a header naming them ("百分比(%)", "占比"): 100 under rows adding up to it proves the
  // rows are read right, as a column of percents does.
  if (header && SHARE_HEADER.test(header) && Math.abs(total.value - 100) < 1e-9) return holds ? { column, holds, sum, decimals, total, parts } : undefined;
  // Rates, growths and averages written without "%": named so, computed from other columns, or a "total" below a row.
  if (computed || (header && NOT_A_SUM_HEADER.test(header))) return undefined;
  const signed = parts.some((p) => p.value < 0) || total.value < 0;
  if (!signed && parts.some((p) => p.value > total.value)) return undefined;
  // Changes add up only as differences: a column of signed decimals must be named one.
  if (signed && decimals > 0 && !(header && DIFFERENCE_WORDS.test(header))) return undefined;
  return { column, holds, sum, decimals, total, parts };
}

/** The total rows that do not add up in one column while every other column of theirs does. */
function columnTotals(doc: ReportDocument, rows: Row[], header: Map<number, string[]>, computed: ComputedColumn[]): { findings: Finding[]; flagged: Set<Cell> } {
  const findings: Finding[] = [];
  const flagged = new Set<Cell>();
  const width = rows[0].cells.length;
  const names = columnNames(rows, header);
  for (const segment of segmentsOf(rows)) {
    const verdicts: ColumnVerdict[] = [];
    for (let column = 1; column < width; column++) {
      const rate = computed.some((c) => c.target === column && c.fitting.some((h) => h.relation !== 'difference'));
      const verdict = judgeColumn(segment, column, names?.[column], rate);
      if (verdict) verdicts.push(verdict);
    }
    // A column whose 小计 was found off says nothing of the 合计 above those 小计s.
    const judged = verdicts.filter((v) => !v.parts.some((p) => flagged.has(p.cell)));
    const failing = judged.filter((v) => !v.holds);
    const holding = judged.filter((v) => v.holds && v.total.value !== 0);
    if (failing.length !== 1 || holding.length === 0) continue;
    const wrong = failing[0];
    flagged.add(wrong.total.cell);
    findings.push(totalFinding(doc, segment.total, wrong, names?.[wrong.column], holding.length, segment.total === rows[0] ? '下' : '上'));
  }
  return { findings, flagged };
}

// The rows of the 政府信息公开 intake table the template ties together: 新收 + 上年结转 = 办理结果总计 + 结转下年.
const RECEIVED_ROW = /^一、本年新收/;
const CARRIED_IN_ROW = /^二、上年结转/;
const CARRIED_OUT_ROW = /^四、结转下年/;

/**
 * The 政府信息公开 intake table (the template's "第一项加第二项之和，等于第三项加第四项之和"): in every column the year's new
 * applications and those carried in equal the results' 总计 and those carried out. Reported when one column breaks it
 * while another (not all zero) holds, and the column's 总计 is not already reported against its rows.
 */
function disclosureBalance(doc: ReportDocument, rows: Row[], flagged: Set<Cell>): Finding | undefined {
  const find = (test: (r: Row) => boolean) => { const found = rows.filter(test); return found.length === 1 ? found[0] : undefined; };
  const [received, carriedIn, total, carriedOut] = [
    find((r) => RECEIVED_ROW.test(r.outline)), find((r) => CARRIED_IN_ROW.test(r.outline)),
    find((r) => isTotal(r) && levelOf(r.label) === 1), find((r) => CARRIED_OUT_ROW.test(r.outline)),
  ];
  if (!received || !carriedIn || !total || !carriedOut) return undefined;
  const four = [received, carriedIn, total, carriedOut];
  const failing: number[] = [];
  let holding = 0;
  for (let k = 1; k < rows[0].cells.length; k++) {
    const v = four.map((r) => r.values[k]);
    if (v.some((x) => x === undefined || x?.percent || x?.decimals) || flagged.has(total.cells[k])) continue;
    const [a, b, t, c] = v.map((x) => x?.value ?? 0);
    if (a + b === t + c) holding += a + b > 0 ? 1 : 0;
    else failing.push(k);
  }
  if (failing.length !== 1 || holding === 0) return undefined;
  const k = failing[0];
  const [a, b, t, c] = four.map((r) => r.values[k]?.value ?? 0);
  const cell = (r: Row) => r.cells[k];
  return report(TOTAL, {
    message: `表格本年新收、上年结转与办理结果、结转下年不平衡：此列${a}+${b}=${a + b}（新收+上年结转），${t}+${c}=${t + c}（“${total.label}”+结转下年），相差${Math.abs(a + b - t - c)}；同表其他${holding}列均平衡`,
    span: unmarked(cell(carriedOut)),
    related: [received, carriedIn, total].map((r) => ({ span: cell(r).span, message: `${r.label}：${q(cell(r).text)}` })),
  });
}

function totalFinding(doc: ReportDocument, total: Row, verdict: ColumnVerdict, columnName: string | undefined, holding: number, side: '上' | '下'): Finding {
  const { parts, sum, decimals } = verdict;
  const cell = verdict.total.cell;
  const sumText = formatFixed(sum, decimals);
  const terms = parts.map((p) => formatFixed(p.value, p.decimals)).join('+').replace(/\+-/g, '-');
  const column = columnName ? `“${columnName}”列` : '此列';
  return report(TOTAL, {
    message: `表格“${total.label}”行与其${side}各行之和不符：${column}${terms}=${sumText}，“${total.label}”行为${q(cell.text)}（相差${formatFixed(Math.abs(sum - verdict.total.value), decimals)}）；同一行其他${holding}列均与各行之和相符`,
    span: unmarked(cell),
    fixes: fixOf(`将${total.label}改为${sumText}（各行之和）`, [numberEdit(doc, cell, sum, decimals)]),
    related: parts.map((p) => ({ span: p.cell.span, message: `分项：${q(doc.text.slice(p.cell.span.start, p.cell.span.end))}` })),
  });
}

// A first row that is the whole of the rows under it ("总户籍人口", "合计", "全市"); a row opening a group of its parts.
const WHOLE_FIRST = /^(?:总|合计|总计|全部|全[市区县省])/;
const GROUP_OPENING = /^其中[:：]?/;
const MIN_GROUP = 2;

/**
 * "总户籍人口 | 88.3 | 100 ⏎ 其中:城镇 | 22.14 | 25 ⏎ 乡村 | 66.16 | 75 ⏎ 其中:男性 | 49.31 | 56 ⏎ 女性 | 38.99 | 44": a whole on
 * the first row and groups of its parts each opened by 其中, each group a split of the whole. A column where one group does
 * not add up to the whole is reported when another group or another column of that group adds up (the rows are read
 * right); two groups off in one column, or nothing that holds, leave it alone.
 */
function subsetGroupTotals(doc: ReportDocument, rows: Row[], header: Map<number, string[]>): Finding[] {
  const [whole, ...rest] = rows;
  if (!whole || !WHOLE_FIRST.test(whole.label) || !rest[0] || !GROUP_OPENING.test(rest[0].label)) return [];
  const groups: Row[][] = [];
  for (const row of rest) {
    if (GROUP_OPENING.test(row.label) || groups.length === 0) groups.push([row]);
    else groups[groups.length - 1].push(row);
  }
  if (groups.some((g) => g.length < MIN_GROUP)) return [];
  const names = columnNames(rows, header);
  const verdicts = groups.map((parts) => {
    const segment = { total: whole, parts };
    const out: ColumnVerdict[] = [];
    for (let column = 1; column < whole.cells.length; column++) {
      const verdict = judgeColumn(segment, column, names?.[column], false);
      if (verdict) out.push(verdict);
    }
    return out;
  });
  const findings: Finding[] = [];
  for (let g = 0; g < groups.length; g++) {
    const failing = verdicts[g].filter((v) => !v.holds);
    if (failing.length !== 1) continue;
    const wrong = failing[0];
    // Proof the rows are read right: the group's other columns, or the other groups in this column.
    const holdingHere = verdicts[g].filter((v) => v.holds && v.total.value !== 0).length;
    const othersFailing = verdicts.some((vs, h) => h !== g && vs.some((v) => v.column === wrong.column && !v.holds));
    const othersHolding = verdicts.filter((vs, h) => h !== g && vs.some((v) => v.column === wrong.column && v.holds)).length;
    if (othersFailing || holdingHere + othersHolding === 0) continue;
    findings.push(groupFinding(doc, whole, wrong, names?.[wrong.column], groups[g][0].label));
  }
  return findings;
}

function groupFinding(doc: ReportDocument, whole: Row, verdict: ColumnVerdict, columnName: string | undefined, opening: string): Finding {
  const { parts, sum, decimals } = verdict;
  const sumText = formatFixed(sum, decimals);
  const terms = parts.map((p) => formatFixed(p.value, p.decimals)).join('+');
  const column = columnName ? `“${columnName}”列` : '此列';
  return report(TOTAL, {
    message: `表格“${opening}”一组各行之和与“${whole.label}”行不符：${column}${terms}=${sumText}，“${whole.label}”行为${q(verdict.total.cell.text)}（相差${formatFixed(Math.abs(sum - verdict.total.value), decimals)}）`,
    span: unmarked(parts[0].cell),
    related: [{ span: verdict.total.cell.span, message: `总数：${q(verdict.total.cell.text)}` }, ...parts.map((p) => ({ span: p.cell.span, message: `分项：${q(p.cell.text)}` }))],
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Columns computed from two others

type Relation = 'growth' | 'difference' | 'ratio';

interface Hypothesis {
  relation: Relation;
  /** The earlier (or planned, or whole) column and the later (or done) one. */
  from: number;
  to: number;
  holding: number;
  failing: { row: Row; expected: number }[];
  /** The headers of `from` and `to` name two periods in order ("2023年 | 2024年 | 增长率"): the rows need no proof. */
  periods?: [string, string];
}

/** What the column `target` would hold in a row under a relation, undefined when it says nothing there (a zero base). */
function expectedOf(relation: Relation, from: number, to: number): number | undefined {
  if (relation === 'difference') return to - from;
  if (from === 0) return undefined;
  return relation === 'growth' ? ((to - from) / from) * 100 : (to / from) * 100;
}

function fits(relation: Relation, stated: Value, expected: number, ctx: RuleContext): boolean {
  if (relation === 'difference') return Math.abs(stated.value - expected) <= tolerance(stated.decimals, 3);
  return judgeRounding(stated.value, stated.decimals, expected, expected, ctx.options.rounding) !== 'mismatch';
}

const RATE_NAME = /[\u4e00-\u9fff]+率/;
const RELATION_WORDS: Record<Relation, RegExp> = { growth: GROWTH_WORDS, difference: DIFFERENCE_WORDS, ratio: new RegExp(`${RATE_NAME.source}|${SHARE_WORDS.source}`) };

/** A column computed from two others: the relations that fit all its rows but one, or the growth on the wrong base. */
interface ComputedColumn {
  target: number;
  fitting: Hypothesis[];
  wrongBase?: Hypothesis;
}

/**
 * The columns each row of which is computed from two other columns of its row — 增减 = 本期 − 上期, 增幅 = (本期 − 上期) ÷
 * 上期, 完成率 = 完成 ÷ 计划 — named by the header's words, the two columns learned from the rows: every row but one must
 * hold (three rows or more that say something). A column of percents may be written without "%" when a header says so.
 */
function computedColumns(ctx: RuleContext, rows: Row[], grid: Grid): ComputedColumn[] {
  const { headerText } = grid;
  const width = rows[0].cells.length;
  const relations: Relation[] = [];
  if (GROWTH_WORDS.test(headerText)) relations.push('growth');
  if (DIFFERENCE_WORDS.test(headerText)) relations.push('difference');
  // A rate (or a share of the row's own whole: "投诉占比") under a header as wide as the rows, beside a column of the whole
  // (总件数), is figure/rate's.
  if ((RATIO_WORDS.test(headerText) || SHARE_WORDS.test(headerText)) && !columnNames(rows, grid.header)?.some((h) => /总|合计/.test(h))) relations.push('ratio');
  if (relations.length === 0 || rows.length < 2) return [];
  const percentHeader = /[%％]/.test(headerText);
  // A column of years ("2023 | 2024") is no count.
  const counts = (k: number) => rows.every((r) => r.values[k] && !r.values[k]?.percent) && !rows.every((r) => isYear(r.values[k] as Value));
  const sources: number[] = [];
  for (let k = 1; k < width; k++) if (counts(k)) sources.push(k);
  const names = columnNames(rows, grid.header);
  const out: ComputedColumn[] = [];
  for (let target = 2; target < width; target++) {
    if (!rows.every((r) => r.values[target])) {
      // Under named periods a blank change ("—" over a base of 0) leaves its row out, not the column.
      const stated = rows.filter((r) => r.values[target]);
      const named = names && stated.length >= 2 && periodChange(ctx, stated, names, sources, target, stated.every((r) => r.values[target]?.percent));
      if (named) out.push({ target, fitting: [named] });
      continue;
    }
    const percent = rows.every((r) => r.values[target]?.percent);
    const fitting: Hypothesis[] = [];
    for (const relation of relations) {
      if (relation === 'difference' ? percent : !percent && !percentHeader) continue;
      for (const from of sources) for (const to of sources) {
        if (from === to || from >= target || to >= target) continue;
        const h = judgeRelation(ctx, rows, relation, from, to, target);
        const proof = relation === 'ratio' && names && rateNamesColumn(names[target], names[to], names[from]) ? MIN_NAMED_HOLDING_ROWS : MIN_HOLDING_ROWS;
        if (h.failing.length <= 1 && h.holding >= proof) fitting.push(h);
      }
    }
    const named = names && periodChange(ctx, rows, names, sources, target, percent);
    if (named) fitting.push(named);
    const wrong = fitting.length === 0 && (percent || percentHeader) && relations.includes('growth') ? wrongBase(ctx, rows, sources, target) : undefined;
    if (fitting.length || wrong) out.push({ target, fitting, wrongBase: wrong });
  }
  return out;
}

/**
 * "类别 | 2023年（件） | 2024年（件） | 增长率(%)", "| 上年数量 | 本年数量 | 同比 |": a change column whose header names it,
 * beside the only two count columns whose headers name two periods in order — the headers state the relation, so each
 * row is checked on its own (one holding row and one failing at most, as a sentence would be). A change written without
 * a sign for a fall of the same size is left alone.
 */
function periodChange(ctx: RuleContext, rows: Row[], names: string[], sources: number[], target: number, percent: boolean): Hypothesis | undefined {
  const title = names[target] ?? '';
  // "增减" over percents ("↑20%") is a growth; over counts, a difference.
  const inPercent = percent || /[%％]/.test(title);
  const relation: Relation | undefined = !GROWTH_WORDS.test(title) && !DIFFERENCE_WORDS.test(title) ? undefined
    : inPercent ? 'growth' : DIFFERENCE_WORDS.test(title) ? 'difference' : undefined;
  if (!relation) return undefined;
  const dated = sources.filter((k) => k < target && periodOf(names[k] ?? ''));
  if (dated.length !== 2) return undefined;
  const order = periodOrder(periodOf(names[dated[0]]) as Period, periodOf(names[dated[1]]) as Period);
  if (!order) return undefined;
  const [from, to] = order < 0 ? dated : [dated[1], dated[0]];
  const h = judgeRelation(ctx, rows, relation, from, to, target);
  const failing = h.failing.filter(({ row, expected }) => !unsignedFall(row.values[target] as Value, expected, relation, ctx));
  h.holding += h.failing.length - failing.length;
  h.failing = failing;
  // More rows than one may be off when as many hold (two at least): the headers, not the rows, state the relation.
  if (h.holding < 1 || (h.failing.length > 1 && (h.holding < 2 || h.failing.length > h.holding))) return undefined;
  h.periods = [names[from], names[to]];
  return h;
}

// "48210(↑6.12%)", "982.50（-2.3%）", "6120（环比增长11.27%）": an earlier period's count with the row's change against it
// in brackets, signed.
const BRACKETED_CHANGE = /^([0-9][0-9,]*(?:\.([0-9]+))?)\s*[(（]\s*(?:同比|环比)?(↑|↓|[+＋]|[-−－]|增长|上升|下降|减少)\s*([0-9]+(?:\.([0-9]+))?)\s*[%％]\s*[)）]$/;

/**
 * "投诉 | 9640 | 8120(↑18.72%)": a cell holding an earlier count and, in brackets, the change of the row's count
 * against it — checked when the row has exactly one other count (the current value) and the change is signed (a bare
 * "(26.5%)" may be a share).
 */
function bracketedChanges(doc: ReportDocument, ctx: RuleContext, row: Row): Finding[] {
  const counts = row.values.filter((v): v is Value => !!v && !v.percent);
  if (counts.length !== 1) return [];
  const current = counts[0];
  const out: Finding[] = [];
  for (let k = 1; k < row.cells.length; k++) {
    if (row.values[k] !== undefined) continue;
    const cell = row.cells[k];
    const m = BRACKETED_CHANGE.exec(wordsOf(doc, cell));
    if (!m) continue;
    const base = Number(m[1].replace(/,/g, ''));
    if (base === 0) continue;
    const fall = NEGATIVE_SIGN.test(m[3]);
    const decimals = m[5]?.length ?? 0;
    const expected = ((current.value - base) / base) * 100;
    const stated = fall ? -Number(m[4]) : Number(m[4]);
    if (judgeRounding(stated, decimals, expected, expected, ctx.options.rounding) !== 'mismatch') continue;
    const percentAt = cell.span.start + doc.norm.slice(cell.span.start, cell.span.end).lastIndexOf(m[4]);
    const sign = /^[+＋\-−－]$/.test(m[3]) ? (expected < 0 ? '-' : '+') : signWord(m[3], expected < 0);
    const right = formatFixed(Math.abs(expected), decimals);
    const [aText, bText] = [m[1].replace(/,/g, ''), formatFixed(current.value, current.decimals)];
    out.push(report(DERIVED, {
      message: `表格“${row.label}”行括号中的增减幅度与本行数值不符：(${bText}−${aText})÷${aText}=${show(expected, 2)}%，应为${sign}${right}%，表中为${q(shown(cell))}`,
      span: { start: percentAt, end: percentAt + m[4].length + 1 },
      fixes: Math.sign(stated) === Math.sign(expected) ? fixOf(`改为${sign}${right}%`, [{ span: { start: percentAt, end: percentAt + m[4].length }, newText: right }]) : [],
      related: [{ span: current.cell.span, message: `本行：${q(current.cell.text)}` }],
    }));
  }
  return out;
}

/** "650 | 585 | 10.00": a fall written without its sign, of the right size. */
function unsignedFall(stated: Value, expected: number, relation: Relation, ctx: RuleContext): boolean {
  return expected < 0 && stated.value > 0 && !/^\+/.test(stated.cell.text) && !SIGN_PREFIX.test(stated.cell.text) && fits(relation, stated, -expected, ctx);
}

/** The period a column's header names: a year and a part of it (month, quarter, half), or last/this period in words. */
interface Period {
  year?: number;
  /** The last month the part covers: 6 for 上半年, 9 for 第三季度 or 1-9月. */
  part?: number;
  /** 0 for 上年/去年/上期/同期…, 1 for 本年/今年/本期…. */
  relative?: 0 | 1;
  /** Named as the year before (上年, 去年, 同期): the same part of the year one year back. */
  yearBefore?: boolean;
}

// A year in a header, with 年 or right before the words of what it counts ("2022办结量").
const HEADER_YEAR = /(?<![0-9])((?:19|20)[0-9]{2})(?:年|(?=[\u4e00-\u9fff]))/;
const HEADER_MONTH = /([0-9]{1,2})月/g;
const HEADER_QUARTER = /第?([一二三四1-4])季度/;
const HEADER_HALF = /([上下])半年/;
const QUARTERS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 1: 1, 2: 2, 3: 3, 4: 4 };
const EARLIER_WORDS = /上年|去年|上一年|上期|上月|上季度|上周|同期/;
const LATER_WORDS = /本年|今年|当年|本期|当期|本月|本季度|本周/;
const YEAR_BEFORE_WORDS = /上年|去年|上一年|同期|同时期/;

function periodOf(header: string): Period | undefined {
  const year = HEADER_YEAR.exec(header);
  const months = [...header.matchAll(HEADER_MONTH)];
  const quarter = HEADER_QUARTER.exec(header);
  const half = HEADER_HALF.exec(header);
  const part = months.length ? Number(months[months.length - 1][1]) : quarter ? QUARTERS[quarter[1]] * 3 : half ? (half[1] === '上' ? 6 : 12) : undefined;
  if (year) return { year: Number(year[1]), part };
  // A relative word alone names a period: "上年同期" and "本期", not "上年同期 | 2024年".
  const earlier = EARLIER_WORDS.test(header);
  const later = LATER_WORDS.test(header);
  if (earlier !== later) return { part, relative: earlier ? 0 : 1, yearBefore: earlier && YEAR_BEFORE_WORDS.test(header) };
  return undefined;
}

/** −1 when a is the earlier period, 1 when b is, 0 when the two are not told apart. */
function periodOrder(a: Period, b: Period): number {
  // "2025年上半年 | 去年同时期": the year before, beside a stated year, is the earlier.
  const earlierBeside = (x: Period, y: Period) => !!x.yearBefore && y.year !== undefined && (x.part === undefined || x.part === y.part);
  if (earlierBeside(a, b)) return -1;
  if (earlierBeside(b, a)) return 1;
  if (a.relative !== undefined || b.relative !== undefined) {
    return a.relative !== undefined && b.relative !== undefined && a.relative !== b.relative && a.part === b.part ? a.relative - b.relative : 0;
  }
  if (a.part !== b.part && (a.part === undefined || b.part === undefined)) return 0;
  const key = (p: Period) => (p.year as number) * 100 + (p.part ?? 0);
  return Math.sign(key(a) - key(b));
}

/**
 * The one row of a computed column that does not fit — when no pair of columns fits every row, and every pair that fits
 * all rows but one blames the same row; a whole growth column on the wrong base, once.
 */
function derivedFindings(doc: ReportDocument, rows: Row[], grid: Grid, computed: ComputedColumn[], flagged: Set<Cell>, turned = false): Finding[] {
  const { headerText } = grid;
  const out: Finding[] = [];
  for (const { target, fitting, wrongBase: wrong } of computed) {
    if (wrong) {
      out.push(wrongBaseFinding(doc, wrong, target, GROWTH_WORDS.exec(headerText)?.[0] ?? ''));
      continue;
    }
    if (fitting.some((h) => h.failing.length === 0)) continue;
    const [h] = fitting;
    if (fitting.some((o) => o.failing[0].row !== h.failing[0].row)) continue;
    // The column's own name for a rate ("整改销号率"); "增减" names a growth over percents as well.
    const rate = h.relation === 'ratio' ? RATE_NAME.exec(columnNames(rows, grid.header)?.[target] ?? '')?.[0] : undefined;
    const named = rate ?? (RELATION_WORDS[h.relation].exec(headerText) ?? DIFFERENCE_WORDS.exec(headerText))?.[0] ?? '';
    // Under periods the headers name, every row off is reported; else the one row.
    for (const { row, expected } of fitting.length === 1 && h.periods ? h.failing : h.failing.slice(0, 1)) {
      // A total row whose count is itself off (figure/table-total) explains the rest of its row.
      if (flagged.has(row.cells[h.from]) || flagged.has(row.cells[h.to])) continue;
      out.push(derivedFinding(doc, h, target, row, expected, named, turned));
    }
  }
  return out;
}

// Rows that must fit a computed column before the one that does not is reported: fewer when the headers name the rate
// and its numerator ("不合格样品数量" under "样品不合格率").
const MIN_HOLDING_ROWS = 3;
const MIN_NAMED_HOLDING_ROWS = 2;

/**
 * The rate column's name ends in what the numerator column names — its last two characters before 率, negated alike
 * ("不合格率" of "不合格样品数量", not of "合格样品数量") — and the denominator column's does not.
 */
function rateNamesColumn(rate: string | undefined, numerator: string | undefined, denominator: string | undefined): boolean {
  const name = RATE_NAME.exec((rate ?? '').replace(/\s/g, ''))?.[0];
  if (!name || !numerator || !denominator) return false;
  const stem = name.slice(-3, -1);
  const negated = (words: string) => words.includes(`不${stem}`);
  const [top, bottom] = [numerator.replace(/\s/g, ''), denominator.replace(/\s/g, '')];
  return stem.length === 2 && top.includes(stem) && negated(top) === negated(name) && !bottom.includes(stem);
}

/**
 * The rows of a table where `target` = relation(from, to) holds, and those where it does not (rows of zeros say nothing);
 * the rows are left unread once more than `maxFailing` fail (most pairs of columns fit no row).
 */
function judgeRelation(ctx: RuleContext, rows: Row[], relation: Relation | 'laterBase', from: number, to: number, target: number, maxFailing = 1): Hypothesis {
  const h: Hypothesis = { relation: relation === 'laterBase' ? 'growth' : relation, from, to, holding: 0, failing: [] };
  for (const row of rows) {
    if (h.failing.length > maxFailing) break;
    const [a, b, stated] = [row.values[from] as Value, row.values[to] as Value, row.values[target] as Value];
    // On the later base: (to − from) ÷ to, what a column of growth must not be.
    const expected = relation === 'laterBase' ? (b.value === 0 ? undefined : ((b.value - a.value) / b.value) * 100) : expectedOf(relation, a.value, b.value);
    if (expected === undefined || (a.value === 0 && b.value === 0)) continue;
    if (fits(h.relation, stated, expected, ctx)) h.holding++;
    else h.failing.push({ row, expected });
  }
  return h;
}

/**
 * A growth column every row of which divides the change by the later value instead of the earlier one ((本期 − 上期) ÷
 * 本期): no orientation of the two columns makes that a growth, so the whole column is off — when it fits every row (three
 * or more) and the growth on the earlier value fails in two rows or more.
 */
function wrongBase(ctx: RuleContext, rows: Row[], sources: number[], target: number): Hypothesis | undefined {
  for (const from of sources) for (const to of sources) {
    if (from === to || from >= target || to >= target) continue;
    const later = judgeRelation(ctx, rows, 'laterBase', from, to, target);
    if (later.failing.length || later.holding < MIN_HOLDING_ROWS) continue;
    const right = judgeRelation(ctx, rows, 'growth', from, to, target, Infinity);
    if (right.failing.length >= 2) return right;
  }
  return undefined;
}

function wrongBaseFinding(doc: ReportDocument, h: Hypothesis, target: number, named: string): Finding {
  const [first] = h.failing;
  const cellOf = (row: Row) => row.values[target] as Value;
  const [a, b] = [first.row.values[h.from] as Value, first.row.values[h.to] as Value];
  const change = formatFixed(b.value - a.value, Math.max(a.decimals, b.decimals));
  const stated = cellOf(first.row);
  return report(DERIVED, {
    message: `表格“${named}”列各行都以本期数为基数：如“${first.row.label}”行(${b.value}−${a.value})÷${b.value}=${cellOf(first.row).cell.text}；增减幅应以上期数为基数，${change}÷${a.value}=${show(first.expected, 2)}%，应为${formatFixed(first.expected, stated.decimals)}%（本列${h.failing.length}行不符）`,
    span: unmarked(stated.cell),
    fixes: fixOf(`本列各行改为以上期数为基数（如${formatFixed(first.expected, stated.decimals)}%）`,
      h.failing.map(({ row, expected }) => numberEdit(doc, cellOf(row).cell, expected, cellOf(row).decimals))),
    related: h.failing.slice(1).map(({ row }) => ({ span: cellOf(row).cell.span, message: `同列：“${row.label}”行${q(cellOf(row).cell.text)}` })),
  });
}

function derivedFinding(doc: ReportDocument, h: Hypothesis, target: number, row: Row, expected: number, named: string, turned = false): Finding {
  // A table read on its side: its rows are the columns as written.
  const [line, across] = turned ? ['列', '行'] : ['行', '列'];
  const stated = row.values[target] as Value;
  const [a, b] = [row.values[h.from] as Value, row.values[h.to] as Value];
  const decimals = stated.decimals;
  const want = formatFixed(expected, decimals);
  const [aText, bText] = [formatFixed(a.value, a.decimals), formatFixed(b.value, b.decimals)];
  const arithmetic = h.relation === 'difference' ? `${bText}−${aText}=${formatFixed(expected, decimals)}`
    : h.relation === 'growth' ? `(${bText}−${aText})÷${aText}=${show(expected, 2)}%` : `${bText}÷${aText}=${show(expected, 2)}%`;
  // In the cell's own form: "↓25.00", "下降10.0%", "-2.81%".
  const sign = SIGN_PREFIX.exec(stated.cell.text.replace(EMPHASIS, '').trim())?.[0];
  const signed = sign && expected !== 0 ? `${signWord(sign, expected < 0)}${formatFixed(Math.abs(expected), decimals)}` : want;
  const shown = `${signed}${stated.percent ? '%' : ''}`;
  const proof = h.periods ? `（“${h.periods[1]}”比“${h.periods[0]}”）` : `；同${across}其他${h.holding}${line}均为此算式`;
  return report(DERIVED, {
    message: `表格“${row.label}”${line}${named}与本${line}两${across}不符：${arithmetic}，应为${shown}，表中为${q(stated.cell.text)}${proof}`,
    span: unmarked(stated.cell),
    fixes: fixOf(`改为${shown}（${arithmetic}）`, [numberEdit(doc, stated.cell, expected, decimals)]),
    related: [a, b].map((v) => ({ span: v.cell.span, message: `本${line}：${q(v.cell.text)}` })),
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Share columns

interface ShareRow {
  label: string;
  count: Value;
  share: Value;
}

/**
 * "类别 | 件数 | 占比": a count and the share right after it in each row, the header naming a share. Not a column of
 * changes ("本期 | 上期 | 同比 | 占比": the 同比 column, named so or holding a negative percent, is no share of 上期).
 */
function shareRowsOf(rows: Row[], headerText: string, names: string[] | undefined): ShareRow[] {
  if (!SHARE_WORDS.test(headerText)) return [];
  const width = rows[0].cells.length;
  for (let k = 2; k < width; k++) {
    if (names && GROWTH_WORDS.test(names[k] ?? '')) continue;
    // "比例(%)": the column's header says its numbers are percents.
    const inPercent = /[%％]/.test(names?.[k] ?? '');
    const pairs = rows.map((r) => {
      const share = r.values[k];
      // A category with none has a bare "0" share among the percents ("0件 | 0").
      const none = share && share.value === 0 && r.values[k - 1]?.value === 0;
      return { label: r.label, count: r.values[k - 1], share: share && (inPercent || none) && !share.percent ? { ...share, percent: true } : share };
    });
    // The categories with none say nothing of the total.
    if (pairs.every((p) => p.count && !p.count.percent && p.count.decimals === 0 && p.share?.percent && p.share.value >= 0)) return (pairs as ShareRow[]).filter((p) => p.count.value > 0);
  }
  return [];
}

/**
 * A table one cell a line whose rows cannot be put back by its header (group labels, blank cells): the runs of a name,
 * a count and a percent right after one another are its rows of shares — only when the header before them names a share.
 */
function stackedShareRows(doc: ReportDocument, cells: Cell[]): ShareRow[] {
  const values = cells.map((c) => valueOf(doc, c));
  const first = values.findIndex((v) => v);
  if (first < 0 || !SHARE_WORDS.test(cells.slice(0, first).map((c) => wordsOf(doc, c)).join('|'))) return [];
  const out: ShareRow[] = [];
  for (let k = first; k + 1 < cells.length; k++) {
    const [count, share] = [values[k], values[k + 1]];
    if (values[k - 1] === undefined && count && !count.percent && count.decimals === 0 && share?.percent) {
      out.push({ label: shown(cells[k - 1]), count, share });
    }
  }
  return out;
}

/**
 * The totals a row's count and share allow: the share rounded to its decimals, or (cut) rounded or cut off there
 * (75÷151=49.668% written 49.66%; the rounding check reports a cut-off share on its own).
 */
function impliedTotal(r: ShareRow, cut = false): [number, number] {
  const half = 0.5 * 10 ** -r.share.decimals;
  const high = r.share.value - half > 0 ? r.count.value / ((r.share.value - half) / 100) : Infinity;
  return [r.count.value / ((r.share.value + (cut ? 2 * half : half)) / 100), high];
}

const intersect = (a: [number, number], b: [number, number]): [number, number] => [Math.max(a[0], b[0]), Math.min(a[1], b[1])];
const empty = (a: [number, number]) => a[0] > a[1];

/** The rows next to `at` on one side that agree on one total, and that total's range. */
function agreeing(rows: ShareRow[], at: number, step: 1 | -1, cut: boolean): { count: number; range: [number, number] } {
  let range: [number, number] = [0, Infinity];
  let count = 0;
  for (let k = at + step; k >= 0 && k < rows.length && count < MAX_AGREEING; k += step) {
    const next = intersect(range, impliedTotal(rows[k], cut));
    if (empty(next)) break;
    range = next;
    count++;
  }
  return { count, range };
}

// Rows around a share that must agree on its total before it is judged against it; more than enough rows on one side.
const MIN_AGREEING = 3;
// For the first or the last row, whose total the text before the table states: rows on its one side that agree on it.
const MIN_AGREEING_STATED = 2;
const MAX_AGREEING = 8;
// How far before a table its text may state the total its shares are of ("其中商品类1367件" above the table).
const MAX_STATED_BEFORE = 600;

/**
 * A share whose row implies another total than the rows around it agree on (565 of 1367 is 41.33%, 203 of 1367 is
 * 14.85%…): the rows on both sides agreeing on one total, or — for the first or the last row of a group — the rows on its
 * one side agreeing on a total the text right before the table states.
 */
function tableShares(doc: ReportDocument, ctx: RuleContext, rows: ShareRow[], table: Table, along: Along = '行'): Finding[] {
  if (rows.length < MIN_AGREEING_STATED + 1) return [];
  const start = (table.cells?.[0] ?? table.rows[0][0]).span.start;
  const before = doc.norm.slice(Math.max(0, start - MAX_STATED_BEFORE), start);
  const stated = [...before.matchAll(/[0-9][0-9,]*(?:\.[0-9]+)?/g)].map((m) => Number(m[0].replace(/,/g, '')));
  const out: Finding[] = [];
  rows.forEach((row, r) => {
    // Shares rounded first; cut off when the rows agree on no total so (a table may truncate all its shares).
    const found = totalOfRow(rows, r, stated, false) ?? totalOfRow(rows, r, stated, true);
    if (!found) return;
    const { range, total } = found;
    const whole = total ?? onlyInteger(range);
    const low = (row.count.value / range[1]) * 100;
    const high = (row.count.value / range[0]) * 100;
    if (judgeRounding(row.share.value, row.share.decimals, low, high, ctx.options.rounding) !== 'mismatch') return;
    out.push(shareFinding(doc, row, rows, r, range, whole, total !== undefined, along));
  });
  return out;
}

/**
 * The total the rows around row r agree on — the rows on both sides, or for the first or the last row the rows on its one
 * side agreeing on a total the text before the table states (`total`) — their shares rounded, or cut off. Undefined when
 * they agree on none, or the row's own share gives a total the text states (it may be of another group).
 */
function totalOfRow(rows: ShareRow[], r: number, stated: number[], cut: boolean): { range: [number, number]; total?: number } | undefined {
  const back = agreeing(rows, r, -1, cut);
  const ahead = agreeing(rows, r, 1, cut);
  const both = intersect(back.range, ahead.range);
  const statedIn = (range: [number, number]) => stated.filter((n) => Number.isInteger(n) && n >= range[0] && n <= range[1]);
  let found: { range: [number, number]; total?: number } | undefined;
  if (back.count && ahead.count && back.count + ahead.count >= MIN_AGREEING && !empty(both)) found = { range: both };
  else {
    // The first or the last row of the table only: inside it, a row that does not fit the rows before may open a group.
    const side = r === 0 ? ahead : r === rows.length - 1 ? back : undefined;
    const named = side && side.count >= MIN_AGREEING_STATED ? statedIn(side.range) : [];
    if (side && named.length && named.every((n) => n === named[0])) found = { range: side.range, total: named[0] };
  }
  return found && !statedIn(impliedTotal(rows[r], cut)).length ? found : undefined;
}

/** The one whole number in a range of totals; undefined when there are none or several. */
function onlyInteger(range: [number, number]): number | undefined {
  const low = Math.ceil(range[0] - 1e-9);
  return low <= range[1] + 1e-9 && low + 1 > range[1] + 1e-9 ? low : undefined;
}

/** What a category of a table is: a row, or a column of a table written on its side. */
type Along = '行' | '列';

function shareFinding(doc: ReportDocument, row: ShareRow, rows: ShareRow[], r: number, range: [number, number], whole: number | undefined, stated: boolean, along: Along): Finding {
  const others = rows.filter((o, k) => k !== r && Math.abs(k - r) <= MIN_AGREEING && !empty(intersect(impliedTotal(o, true), range))).slice(0, 4);
  const shown = whole ?? Math.round((range[0] + range[1]) / 2);
  const implied = others.map((o) => `${o.count.value}÷${o.share.cell.text}≈${Math.round(o.count.value / (o.share.value / 100))}`).join('，');
  const own = `${row.count.value}÷${row.share.cell.text}≈${Math.round(row.count.value / (row.share.value / 100))}`;
  const decimals = row.share.decimals;
  const want = show((row.count.value / shown) * 100, decimals);
  const basis = stated ? `文中表前所列总数${shown}` : `同组其他各${along}推算的总数约为${shown}`;
  return report(SHARE, {
    message: `表格“${row.label}”${along}占比与同组其他各${along}不符：${basis}（${implied}），本${along}${own}；按总数${shown}计，${row.count.value}÷${shown}=${show((row.count.value / shown) * 100, 2)}%，应为${want}%，表中为${row.share.cell.text}`,
    span: unmarked(row.share.cell),
    fixes: whole === undefined ? [] : fixOf(`将占比改为${want}%（${row.count.value}÷${whole}）`, [numberEdit(doc, row.share.cell, (row.count.value / whole) * 100, decimals)]),
    related: [{ span: row.count.cell.span, message: `本${along}：${q(row.count.cell.text)}` }],
  });
}
