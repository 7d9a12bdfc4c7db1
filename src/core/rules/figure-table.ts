// figure/table-sum — a row of a table whose parts do not add up to its total, where every other row of the same shape
// does ("一、本年新收政府信息公开申请数量 | 58 | 7 | 0 | 0 | 1 | 0 | 66"). Tables reach the text as Markdown tables (a
// Word draft's tables, GFM) or as lines of cells joined by "|" (a web page's table copied). Which column is the total
// is named by a header cell (总计, 合计（宗）, 总件数 …: any column, its parts the columns before it), or learned from the
// table itself: the last (or the first) number of each row equals the sum of the others in two other rows. One row
// against a table that holds everywhere else is a slip; a table where the relation holds nowhere else says nothing.
import { formatFixed, groupThousands } from '../numbers';
import { defineCodes, report, type Rule } from '../rule';
import type { Finding, ReportDocument, Span } from '../types';
import { q } from './number-scope';
import { TABLES, type Cell } from '../tables';

const CODE = 'figure/table-sum';

const CODES = defineCodes({
  [CODE]: {
    severity: 'error',
    fixable: true,
    description: '表格某行各分项之和与该行合计不符（同表其他各行均相符）',
    descriptionEn: "A table row whose parts do not add up to the row's total (every other row of the table does)",
  },
});

/** A number cell: "58", "12,077", "3.5". */
interface NumberCell extends Cell {
  value: number;
  decimals: number;
  /** Its index among the row's cells. */
  column: number;
}

interface Row {
  cells: Cell[];
  /** The run of number cells that ends the row (percent cells end it too but are left out), in order. */
  numbers: NumberCell[];
}

const NUMBER_CELL = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;
const PERCENT_CELL = /^\d+(?:\.\d+)?\s*[%％]$/;
/** A header cell that names the total of its row ("总计", "合计", "总件数", "受理总数"). */
const TOTAL_HEADER = /^(总计|合计|共计|总数|总量|总件数|总次数|小计|.{0,8}总(数|量|件数|次数|计))\s*([（(][^（）()]{1,8}[）)])?$/;
const MIN_COLUMNS = 3;
/** Rows of the same shape that must hold before one that does not is reported (one when a header names the total). */
const MIN_HOLDING_ROWS = 2;

export const figureTable: Rule = {
  id: 'figure/table',
  codes: CODES,
  meta: {
    description: '表格某行各分项之和与该行合计不符（同表其他各行均相符）',
    descriptionEn: "A table row whose parts do not add up to the row's total (every other row of the table does)",
  },
  check(doc, ctx) {
    const out: Finding[] = [];
    // A table put back together from one cell a line may have its columns shifted, unless its rows prove them.
    for (const table of ctx.analysis(TABLES)) {
      if (table.stacked) continue;
      // Rows put back from lines of one cell (their header fixing them) need one row that holds, whatever the header says.
      out.push(...checkTable(doc, table.rows.map(rowOf), table.cells ? 1 : 0));
      const listed = checkPairList(doc, table.rows);
      if (listed) out.push(listed);
    }
    return out;
  },
};

/** A row of cells with the run of number cells that ends it (percent cells end it too but are left out). */
function rowOf(cells: Cell[]): Row {
  let tailStart = cells.length;
  while (tailStart > 0 && (NUMBER_CELL.test(cells[tailStart - 1].text) || PERCENT_CELL.test(cells[tailStart - 1].text))) tailStart--;
  const numbers: NumberCell[] = [];
  for (let column = tailStart; column < cells.length; column++) {
    const cell = cells[column];
    const m = NUMBER_CELL.exec(cell.text);
    if (m) numbers.push({ ...cell, value: Number(`${m[1].replace(/,/g, '')}${m[2] ? `.${m[2]}` : ''}`), decimals: m[2]?.length ?? 0, column });
  }
  return { cells, numbers };
}

function checkTable(doc: ReportDocument, rows: Row[], minNamedProof: number): Finding[] {
  const out: Finding[] = [];
  // Rows of one shape: the same count of numbers at their end and where the header's cells put them.
  const shapes = new Map<number, Row[]>();
  for (const row of rows) {
    if (row.numbers.length < MIN_COLUMNS || row.numbers.every((n) => isYear(n))) continue;
    const list = shapes.get(row.numbers.length) ?? [];
    list.push(row);
    shapes.set(row.numbers.length, list);
  }
  for (const shaped of shapes.values()) {
    const named = headerTotal(rows, shaped);
    const width = shaped[0].numbers.length;
    const candidates: TotalColumn[] = named ? [named] : [{ index: width - 1, header: '末列' }, { index: 0, header: '首列' }];
    // A header as wide as the rows that names the total is proof enough; a merged header needs a row that holds,
    // and with no header two rows with two parts each must.
    const proof = named ? (named.sameWidth ? minNamedProof : 1) : MIN_HOLDING_ROWS;
    const accepted = candidates
      .map((column) => ({ column, ...judge(shaped, column.index, !!named) }))
      .filter((v) => v.failing.length === 1 && v.holding >= proof);
    // Both the first and the last number fit as the total of the other rows: which one is wrong is not known.
    if (accepted.length !== 1) continue;
    const { column, failing, holding } = accepted[0];
    out.push(rowFinding(doc, failing[0], column, holding, !!named));
  }
  return out;
}

/** Which of a shape's numbers is the total: its index among the row's numbers, and how the message names it. */
interface TotalColumn {
  index: number;
  header: string;
  /** Named by a header cell right above it (a header as wide as the rows). */
  sameWidth?: boolean;
}

/**
 * The rows where the total equals the sum of its parts, and those where it does not. Without a header naming the
 * total, a row proves the relation only when two of its parts are not zero (with one part, the first and the last
 * number are equal and either could be the total).
 */
function judge(rows: Row[], index: number, named: boolean): { holding: number; failing: Row[] } {
  let holding = 0;
  const failing: Row[] = [];
  for (const row of rows) {
    const { total, parts } = split(row, index);
    if (addsUp(total, parts)) {
      if (named || parts.filter((p) => p.value !== 0).length >= 2) holding++;
    } else failing.push(row);
  }
  return { holding, failing };
}

/** The total and its parts: the numbers before it, or after it when it comes first (columns after a total are other measures). */
function split(row: Row, index: number): { total: NumberCell; parts: NumberCell[] } {
  const n = row.numbers;
  return { total: n[index], parts: index === 0 ? n.slice(1) : n.slice(0, index) };
}

function addsUp(total: NumberCell, parts: NumberCell[]): boolean {
  const decimals = Math.max(total.decimals, ...parts.map((p) => p.decimals));
  // Each rounded cell may be off by half its last digit.
  const tolerance = decimals ? (parts.length + 1) * 0.5 * 10 ** -decimals : 0;
  return Math.abs(sumOf(parts) - total.value) <= tolerance + 1e-9;
}

const sumOf = (cells: NumberCell[]) => cells.reduce((s, c) => s + c.value, 0);
const isYear = (n: NumberCell) => n.decimals === 0 && n.value >= 1949 && n.value <= 2100 && !n.text.includes(',');

/**
 * The total a header row (a row with no numbers) names for `shaped`'s rows: the one number under its only total cell
 * when it is as wide as the rows; the last number when it is a narrower header of merged cells whose last cell is a
 * total ("自然人 | 法人或其他组织 | 总计" over seven numbers).
 */
function headerTotal(rows: Row[], shaped: Row[]): TotalColumn | undefined {
  const model = shaped[0];
  const last = model.numbers.length - 1;
  // A header after rows of numbers goes on a table the page wrapped ("单位 | 警告 | …⏎竹山县… | 8 | …⏎限制… | 合计 (宗) | …⏎
  // 0 | 1 | … | 9 |": the 9 is of both lines): it names no total of the row under it.
  let numbered = false;
  for (const row of rows) {
    if (row.numbers.length) {
      numbered = true;
      continue;
    }
    if (numbered) break;
    if (row.cells.length === model.cells.length) {
      const totals = model.numbers.map((n, index) => ({ index, header: row.cells[n.column].text })).filter((c) => TOTAL_HEADER.test(c.header));
      // Two totals (小计 and 合计): which parts go with which is not known.
      if (totals.length === 1 && (totals[0].index === 0 || totals[0].index >= 2)) return { ...totals[0], header: `“${totals[0].header}”列`, sameWidth: true };
      if (totals.length) return undefined;
    }
    const named = row.cells.filter((c) => c.text);
    if (model.numbers[last].column === model.cells.length - 1 && row.cells.length < model.cells.length && named.length &&
      TOTAL_HEADER.test(named[named.length - 1].text)) return { index: last, header: `末列（表头“${named[named.length - 1].text}”）` };
  }
  return undefined;
}

function rowFinding(doc: ReportDocument, row: Row, column: TotalColumn, holding: number, named: boolean): Finding {
  const { total, parts } = split(row, column.index);
  const decimals = Math.max(total.decimals, ...parts.map((p) => p.decimals));
  const sum = sumOf(parts);
  const terms = parts.map((p) => formatFixed(p.value, p.decimals)).join('+');
  const sumText = formatFixed(sum, decimals);
  // Named by its header, a total is checked on its own; proven by the other rows, the message says by how many.
  const basis = named ? (holding ? `；同表其他${holding}行均相符` : '') : `；同表其他${holding}行均为“${column.header}=其余各列之和”`;
  return report(CODE, {
    message: `表格此行各分项之和与合计不符：${terms}=${sumText}，与${column.header}的合计${q(total.text)}不符（相差${formatFixed(Math.abs(sum - total.value), decimals)}）${basis}`,
    span: total.span,
    fixes: [{
      kind: 'choice',
      title: `将合计改为${sumText}（本行分项之和）`,
      edits: [{ span: total.span, newText: total.text.includes(',') ? groupThousands(sumText) : sumText }],
    }],
    related: parts.map((p) => ({ span: p.span, message: `分项：${q(doc.text.slice(p.span.start, p.span.end))}` })),
  });
}

// "省份 | 数量 | 省份 | 数量 | …": a list of names and counts laid out in pairs of columns, a 总计 row under it.
const LIST_TOTAL = /^(?:总计|合计|共计|总数)$/;
const MIN_PAIRS = 2;

/**
 * "省份 | 数量 | 省份 | 数量 | …" / "广东 | 31392 | 河北 | 7040 | …" / … / "总计 | 183489": a table whose header repeats one
 * (name, count) pair of columns two times or more is one list of names and their counts; a row that opens with 总计 (or
 * 合计) and holds one number, right under the list, is the sum of every count of it. The header may be repeated within.
 */
function checkPairList(doc: ReportDocument, rows: Cell[][]): Finding | undefined {
  const header = rows[0];
  const pairs = header.length / 2;
  if (!Number.isInteger(pairs) || pairs < MIN_PAIRS || header.some((c) => NUMBER_CELL.test(c.text))) return undefined;
  if (header.some((c, k) => c.text !== header[k % 2].text) || header[0].text === header[1].text) return undefined;
  const counts: NumberCell[] = [];
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r];
    if (row.length === header.length && row.every((c, k) => c.text === header[k].text)) continue;
    if (LIST_TOTAL.test(row[0].text)) {
      const total = row.length === 2 ? numberCell(row[1], 1) : undefined;
      // The total closes the table: a row after it is no part of this list.
      if (!total || r !== rows.length - 1 || counts.length < MIN_PAIRS) return undefined;
      return sumOf(counts) === total.value ? undefined : listFinding(doc, total, counts);
    }
    if (row.length !== header.length) return undefined;
    for (let k = 0; k < row.length; k += 2) {
      const count = numberCell(row[k + 1], k + 1);
      if (!row[k].text || NUMBER_CELL.test(row[k].text) || !count || count.decimals) return undefined;
      counts.push(count);
    }
  }
  return undefined;
}

function numberCell(cell: Cell, column: number): NumberCell | undefined {
  const m = NUMBER_CELL.exec(cell.text);
  return m ? { ...cell, value: Number(m[1].replace(/,/g, '')), decimals: m[2]?.length ?? 0, column } : undefined;
}

function listFinding(doc: ReportDocument, total: NumberCell, counts: NumberCell[]): Finding {
  const sum = sumOf(counts);
  return report(CODE, {
    message: `表格各项之和与总计不符：${counts.map((c) => formatFixed(c.value, 0)).join('+')}=${formatFixed(sum, 0)}，与总计${q(total.text)}不符（相差${formatFixed(Math.abs(sum - total.value), 0)}）`,
    span: total.span,
    fixes: [{
      kind: 'choice',
      title: `将总计改为${formatFixed(sum, 0)}（表中各项之和）`,
      edits: [{ span: total.span, newText: total.text.includes(',') ? groupThousands(formatFixed(sum, 0)) : formatFixed(sum, 0) }],
    }],
    related: counts.map((c) => ({ span: c.span, message: `分项：${q(doc.text.slice(c.span.start, c.span.end))}` })),
  });
}
