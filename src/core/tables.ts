// Tables as rows of cells, however they were pasted: one row a line with its cells between "|" ("承办县区 | 总件数 | 处理中 |
// 已办结 | 办结率 |", a Markdown table, a Word table as the importer writes it), or one cell a line ("责任单位 |" "转派工单 |"
// "占比 |" "县区 |" "15390 |" "84.97% |" …), as web pages give them. One reader for every rule that checks tables.
import { defineAnalysis } from './analyses';
import { isSkipped, proseBlocks } from './rules/number-scope';
import type { ReportDocument, Span } from './types';

export interface Cell {
  text: string;
  span: Span;
}

export interface Table {
  /** The rows in order (the first is the header when the table has one). */
  rows: Cell[][];
  /**
   * Read from lines of one cell each, its rows put back together by the header's width: columns may be shifted — unless
   * a first column numbering the rows 1, 2, 3… proves where each row starts.
   */
  stacked: boolean;
  /** The lines of one cell each the table was read from, in order (a table read one row a line has none). */
  cells?: Cell[];
}

const MIN_CELLS = 3;
const SEPARATOR_ROW = /^\|?\s*:?-{3,}/;
// Lines of one cell a table is read from: a report's tables are a few hundred cells; a run of thousands stops there.
const MAX_STACKED = 2000;
// Only a line break, perhaps after spaces a pasted row ends with ("数量  | "), between two lines of one table.
const LINE_BREAK = /^[ \t\u3000]*\r?\n$/;

/** The tables of a document, read once for every rule that checks them (`ctx.analysis(TABLES)`). */
// A report without "|" has no table: the skipped spans (a scan of the whole text) are not read for it.
export const TABLES = defineAnalysis<Table[]>('tables', (doc, ctx) => [
  ...(doc.text.includes('|') ? tablesOf(doc, ctx.skipped()) : []),
  ...(SPACED_CELLS.test(doc.text) ? spacedTables(doc, ctx.skipped()) : []),
  ...bareTables(doc, ctx.skipped()),
]);

/**
 * The tables of the prose blocks: runs of consecutive lines of three or more cells between "|" (a Markdown separator row
 * goes on with its table), and runs of consecutive lines of one cell and a "|" after it, put back into rows. Cells that
 * touch skipped text (code, URLs) make no row.
 */
function tablesOf(doc: ReportDocument, skipped: Span[]): Table[] {
  const { text } = doc;
  const tables: Table[] = [];
  let rows: Cell[][] = [];
  let cells: Cell[] = [];
  /** Where the table's last line ended: a line continues it when only a line break lies between them. */
  let lastEnd = -1;
  const close = () => {
    if (rows.length >= 2) tables.push({ rows, stacked: false });
    const unstacked = cells.length > 0 ? unstack(doc, cells) : undefined;
    if (unstacked) tables.push(unstacked);
    rows = [];
    cells = [];
  };
  // The next "|" at or after the block's start, found once for all the blocks before it (a search per block would read the
  // rest of a report without tables again for every block).
  let bar = -1;
  for (const block of proseBlocks(doc)) {
    const { start, end } = block.span;
    if (bar < start) bar = text.indexOf('|', start);
    if (bar < 0) break;
    if (bar >= end) continue;
    for (let lineStart = start; lineStart < end;) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0 || lineEnd > end) lineEnd = end;
      const line = text.slice(lineStart, lineEnd);
      const separator = SEPARATOR_ROW.test(line.trim());
      const read = separator ? undefined : rowOf(line, lineStart, skipped);
      // "| 10月 |" among lines of one cell ("受理转办工单总数 |"): a row label of a stacked table, not a row of one cell — a
      // number so written is left unread (it would shift the header).
      const boxed = read?.length === 1 && rows.length === 0 ? read[0] : undefined;
      const row = boxed ? undefined : read;
      // "中院⏎|⏎41⏎|⏎…": a cell may have its "|" on a line of its own after it (the cell's line, a block without "|" of
      // its own, is read from here).
      const cellLine = row || separator || line.trim() !== '|' ? undefined : lineBefore(text, lineStart);
      const single = row || separator ? undefined : boxed ? (NUMBER_CELL.test(boxed.text) ? undefined : boxed) :
        cellLine ? singleCell(`${text.slice(cellLine, lineStart - 1)}|`, cellLine, skipped) : singleCell(line, lineStart, skipped);
      // A line of a lone "|" inside a table (an empty cell, a row's end on a line of its own) goes on with it.
      const lone = !row && !separator && !single && !cellLine && line.trim() === '|' && (rows.length > 0 || cells.length > 0) &&
        LINE_BREAK.test(text.slice(lastEnd, lineStart));
      if (lone) lastEnd = lineEnd;
      else if (row || separator || single) {
        const from = cellLine ?? lineStart;
        const goesOn = LINE_BREAK.test(text.slice(lastEnd, from)) && (single ? rows.length === 0 && cells.length < MAX_STACKED : cells.length === 0);
        if (!goesOn) close();
        if (row) rows.push(row);
        else if (single) cells.push(single);
        lastEnd = lineEnd;
      }
      lineStart = lineEnd + 1;
    }
  }
  close();
  return tables;
}

// Cells a row copied from a Word or Excel table keeps apart by a tab or by a run of spaces ("东街    120    118").
const SPACED_CELLS = /\S(?:\t|[ \u3000]{2,})\S/;
const CELL_GAP = /\t[ \t\u3000]*|[ \u3000]{2,}[ \t\u3000]*/g;
// A spaced row's cells are short words or numbers: a line of prose with a wide gap is no row.
const MAX_SPACED_CELL = 30;
// Rows of one width, one after another, that make a table of spaced cells; two of them with a number.
const MIN_SPACED_ROWS = 3;

/**
 * Tables whose rows keep their cells apart by tabs or runs of spaces, one row a line: runs of three or more consecutive
 * lines of the same count of three or more cells, two of them holding a number after the first cell. A row short of a
 * cell (a blank cell leaves no trace) is of another width and ends the table: columns are never guessed.
 */
function spacedTables(doc: ReportDocument, skipped: Span[]): Table[] {
  const { text } = doc;
  const tables: Table[] = [];
  let rows: Cell[][] = [];
  let lastEnd = -1;
  const close = () => {
    const numbered = rows.filter((r) => r.slice(1).some((c) => NUMBER_CELL.test(c.text))).length;
    if (rows.length >= MIN_SPACED_ROWS && numbered >= 2) tables.push({ rows, stacked: false });
    rows = [];
  };
  for (const block of proseBlocks(doc)) {
    const { start, end } = block.span;
    if (!SPACED_CELLS.test(text.slice(start, end))) continue;
    for (let lineStart = start; lineStart < end;) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0 || lineEnd > end) lineEnd = end;
      const row = spacedRow(text.slice(lineStart, lineEnd), lineStart, skipped);
      if (row) {
        const goesOn = LINE_BREAK.test(text.slice(lastEnd, lineStart)) && rows.length > 0 && rows[0].length === row.length;
        if (!goesOn) close();
        rows.push(row);
        lastEnd = lineEnd;
      }
      lineStart = lineEnd + 1;
    }
  }
  close();
  return tables;
}

// A cell a web page gives as a line of its own without "|" ("单位⏎⏎接收量⏎⏎榆次区局⏎⏎272⏎⏎…"): a short name or number, no
// sentence in it.
const MAX_BARE_CELL = 24;
const SENTENCE_MARK = /[，。；：！？、;:!?|]|,(?![0-9])/;
// …but a short header may join two names by 、 ("咨询、建议").
const JOINED_NAMES_CELL = /^[\u4e00-\u9fff]{1,6}(?:、[\u4e00-\u9fff]{1,6}){1,2}$/;
// …and a row label may open with 其中 and a colon ("其中:谷物").
const SUBSET_LABEL_CELL = /^其中[:：]\s*[\u4e00-\u9fff]{1,10}$/;
const BLANK = /^\s*$/;
// "案由⏎|⏎2021年上半年新收⏎|⏎…": a page may set each cell off by a line of a lone bar, which is no cell.
const LONE_BAR = /^\s*\|\s*$/;
const BETWEEN_CELLS = /^[\s|]*$/;
// Lines before a table's header that are no cell of it (a caption "投诉情况统计表"): tried away one by one.
const MAX_LEAD_CELLS = 2;

/**
 * Tables one cell a line without "|", the lines perhaps blank between: runs of short lines put back into rows only where
 * the rows are sure — a first column numbering them 1, 2, 3…, or every row a name and numbers (unstack). Prose in short
 * lines (a signature, a list of names) makes no such rows.
 */
function bareTables(doc: ReportDocument, skipped: Span[]): Table[] {
  const { text } = doc;
  const tables: Table[] = [];
  let cells: Cell[] = [];
  let lastEnd = -1;
  // The run's cells are set off by lines of a lone bar.
  let barred = false;
  const close = () => {
    for (let lead = 0; lead <= MAX_LEAD_CELLS && cells.length - lead >= MIN_BARE_RUN; lead++) {
      const table = unstack(doc, cells.slice(lead));
      if (table && !table.stacked && table.rows.length >= 3) {
        tables.push(table);
        break;
      }
    }
    cells = [];
    barred = false;
  };
  for (const block of proseBlocks(doc)) {
    // A title or a heading is no cell (the numbers of a table's rows are read as paragraphs).
    if (block.kind !== 'paragraph') {
      if (cells.length) close();
      continue;
    }
    const { start, end } = block.span;
    for (let lineStart = start; lineStart < end;) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0 || lineEnd > end) lineEnd = end;
      const cell = bareCell(text, lineStart, lineEnd, skipped);
      if (cell) {
        const gap = text.slice(lastEnd, lineStart);
        if (cells.length && (cells.length >= MAX_STACKED || !BETWEEN_CELLS.test(gap))) close();
        // Cells set off by bars: a line right after a cell, no bar between, goes on with it ("机动车交通事故⏎责任纠纷").
        const last = cells[cells.length - 1];
        if (barred && last && /^\r?\n$/.test(gap)) cells[cells.length - 1] = { text: `${last.text}${cell.text}`, span: { start: last.span.start, end: cell.span.end } };
        else cells.push(cell);
        lastEnd = lineEnd;
      } else if (cells.length && LONE_BAR.test(text.slice(lineStart, lineEnd))) barred = true;
      else if (cells.length) close();
      lineStart = lineEnd + 1;
    }
  }
  if (cells.length) close();
  return tables;
}

// A header of two cells and two rows of two: the fewest cells a table one cell a line is read from.
const MIN_BARE_RUN = 6;

/** A line that is one short cell without "|" and no sentence; undefined otherwise (a long line is rejected unread). */
function bareCell(text: string, lineStart: number, lineEnd: number, skipped: Span[]): Cell | undefined {
  let from = lineStart;
  let to = lineEnd;
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  if (from === to || to - from > MAX_BARE_CELL) return undefined;
  const cell = text.slice(from, to);
  return (SENTENCE_MARK.test(cell) && !JOINED_NAMES_CELL.test(cell) && !SUBSET_LABEL_CELL.test(cell)) || isSkipped(skipped, from) ? undefined : { text: cell, span: { start: from, end: to } };
}

const isSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0d || code === 0x3000 || code === 0xa0;

/** The cells of a line kept apart by tabs or runs of spaces: three or more, each short; undefined otherwise. */
function spacedRow(line: string, lineStart: number, skipped: Span[]): Cell[] | undefined {
  const lead = line.length - line.trimStart().length;
  const body = line.trim();
  if (body.includes('|')) return undefined;
  const cells: Cell[] = [];
  let from = 0;
  CELL_GAP.lastIndex = 0;
  for (let m = CELL_GAP.exec(body); ; m = CELL_GAP.exec(body)) {
    const to = m ? m.index : body.length;
    cells.push(cellAt(body, lineStart + lead, from, to));
    if (!m) break;
    from = m.index + m[0].length;
  }
  return cells.length < MIN_CELLS || cells.some((c) => !c.text || c.text.length > MAX_SPACED_CELL || isSkipped(skipped, c.span.start)) ? undefined : cells;
}

/** The cells of a line of three or more between "|"; the empty ones before a leading "|" and after a trailing one dropped. */
function rowOf(line: string, lineStart: number, skipped: Span[]): Cell[] | undefined {
  if ((line.match(/\|/g) ?? []).length < 2) return undefined;
  const cells: Cell[] = [];
  let from = 0;
  for (let bar = line.indexOf('|'); ; bar = line.indexOf('|', from)) {
    const to = bar < 0 ? line.length : bar;
    cells.push(cellAt(line, lineStart, from, to));
    if (bar < 0) break;
    from = bar + 1;
  }
  // A row of a wide table may leave its last cells empty ("总计 | 183489 | ||||||"): three cells or more as written.
  const written = cells.length;
  while (cells.length && !cells[cells.length - 1].text) cells.pop();
  if (cells.length && !cells[0].text && line.trimStart().startsWith('|')) cells.shift();
  return written < MIN_CELLS || cells.length === 0 || cells.some((c) => c.text && isSkipped(skipped, c.span.start)) ? undefined : cells;
}

/** Where the line before the one starting at `lineStart` starts, when there is one without "|"; else undefined. */
function lineBefore(text: string, lineStart: number): number | undefined {
  if (lineStart === 0 || text[lineStart - 1] !== '\n') return undefined;
  const start = text.lastIndexOf('\n', lineStart - 2) + 1;
  const line = text.slice(start, lineStart - 1);
  return line.trim() && !line.includes('|') ? start : undefined;
}

/** A line of one cell and a "|" after it ("15390 |"). */
function singleCell(line: string, lineStart: number, skipped: Span[]): Cell | undefined {
  const bar = line.indexOf('|');
  if (bar < 0 || line.indexOf('|', bar + 1) >= 0 || line.slice(bar + 1).trim() !== '') return undefined;
  const cell = cellAt(line, lineStart, 0, bar);
  return cell.text && !isSkipped(skipped, cell.span.start) ? cell : undefined;
}

function cellAt(line: string, lineStart: number, from: number, to: number): Cell {
  const raw = line.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  return { text, span: { start: lineStart + from + lead, end: lineStart + from + lead + text.length } };
}

// A number cell, a count perhaps with its measure word ("46件", "12人次"), a change perhaps with its arrow ("↓12.50"), an
// earlier count with the change against it ("48210(↑6.12%)", "48210（环比增长6.12%）").
const NUMBER_CELL = /^[-+↑↓]?[0-9][0-9,]*(?:\.[0-9]+)?\s*(?:%|件|宗|个|起|项|条|份|次|人次|人|家|户|批次|万元|元|吨|头|只|亩|公顷)?(?:\s*[(（](?:同比|环比)?(?:[-+↑↓]|增长|上升|下降|减少)\s*[0-9]+(?:\.[0-9]+)?%[)）])?$/;

/**
 * Cells one a line, back into rows: the header is the words before the first number but the last (the first row's
 * label); every row after it a label and as many cells, until a row does not start with a label. Undefined for fewer
 * than two columns or no whole row. The rows are sure (not `stacked`) when a numbering column starts each, or when two
 * rows or more are each a name and numbers only: a header one cell narrower or wider would put a number where a name
 * goes within the first two rows.
 */
function unstack(doc: ReportDocument, cells: Cell[]): Table | undefined {
  const textOf = (c: Cell) => doc.norm.slice(c.span.start, c.span.end);
  // A cell of a unit column ("亿元" beside each row's numbers) stands where a number does.
  const isNumber = (c: Cell) => NUMBER_CELL.test(textOf(c)) || UNIT_ONLY_CELL.test(textOf(c).replace(/\s+/g, ''));
  const first = cells.findIndex(isNumber);
  // "序号 | 法院 | 旧存 | … | 1 | 中院 | 41 | …": a first column that numbers the rows 1, 2, 3… starts each row.
  const numbered = first > 0 && ROW_NUMBER_HEADER.test(textOf(cells[0])) && textOf(cells[first]) === '1';
  const width = numbered ? first : first - 1;
  if (width < 2) return undefined;
  const startsRow = (at: number) => (numbered ? textOf(cells[at]) === String(at / width) : !isNumber(cells[at]));
  const grid: Cell[][] = [cells.slice(0, width)];
  // A header said again under another label ("畜牧业生产情况 | 2023年 | 较上年增长(%)") opens another table: the rows end there.
  const headerAgain = (at: number) => !numbered && cells.slice(at + 1, at + width).every((c, k) => textOf(c) === textOf(cells[k + 1]));
  let at = width;
  for (; at + width <= cells.length && startsRow(at) && !headerAgain(at); at += width) grid.push(cells.slice(at, at + width));
  // Under rows numbered 1, 2, 3…, a total row whose label spans the number's column too ("合计 | 28365 | …", one cell
  // narrower): an empty cell stands for its number.
  if (numbered && at + width - 1 <= cells.length && TOTAL_LABEL.test(textOf(cells[at]).replace(/\s+/g, '')) && cells.slice(at + 1, at + width - 1).every(isNumber)) {
    grid.push([{ text: '', span: { start: cells[at].span.start, end: cells[at].span.start } }, ...cells.slice(at, at + width - 1)]);
  }
  if (grid.length < 2) return undefined;
  const regular = grid.length >= 3 && grid.slice(1).every((row) => !isNumber(row[0]) && row.slice(1).every(isNumber));
  return { rows: grid, stacked: !numbered && !regular, cells };
}

const ROW_NUMBER_HEADER = /^(?:序号|编号|序列)$/;
const UNIT_ONLY_CELL = /^(?:亿元|万元|万美元|万人|万吨|万千瓦时|公顷|平方米|千米|公里)$/;
/** The label of a table's total row ("合计 | 28365 | …"). */
export const TOTAL_LABEL = /^(?:合计|总计)$/;
/** A column header of the rows' changes against a period before ("比上年增长(%)", "同比", "增幅"). */
export const CHANGE_HEADER = /增长|增减|增幅|同比|比上年|较上年/;

// A row named by its period ("10月", "2023年", "第三季度"): text anywhere in a report that names it speaks of that period.
export const PERIOD_NAME = /^(?=.*[0-9一二三四上下])(?:(?:19|20)[0-9]{2}年度?)?(?:[0-9]{1,2}月份?|第?[一二三四1-4]季度|[上下]半年)?$/;
// What a column's header adds to the name of what it counts or measures: "城市管理类工单数量", "城市管理类工单占比".
const HEADER_TAIL = /(?:工单|案件|事项|诉求)?(?:数量|件数|总数|总量|数|占比|比例|比重)$/;
const MIN_HEADER_KEY = 3;

/** What a column counts or measures: its header without 数量/占比 ("城市管理类"), or the whole header when that leaves too little. */
export function countedBy(header: string): string {
  const key = header.replace(HEADER_TAIL, '');
  return key.length >= MIN_HEADER_KEY ? key : header;
}

/** Where the last of the names ends in the words, and which (the longest of those ending there); undefined for none. */
export function lastNamed(words: string, names: string[]): { name: string; end: number } | undefined {
  let best: { name: string; end: number } | undefined;
  for (const name of names) {
    const at = words.lastIndexOf(name);
    if (at < 0) continue;
    const end = at + name.length;
    if (!best || end > best.end || (end === best.end && name.length > best.name.length)) best = { name, end };
  }
  return best;
}
