// Tables as rows of cells, whatever form they came in: a Markdown table, or a table pasted flat with one row a line and
// its cells parted by "|" ("承办县区 | 总件数 | 处理中 | 已办结 | 办结率 |"), or with one cell a line ("责任单位 |" "转派工单 |"
// "占比 |" "县区 |" "15390 |" "84.97% |" …), as pages and Word copies give them.
import type { ReportDocument, Span } from './types';

export interface Cell {
  text: string;
  span: Span;
}

/** A table: its rows in order, the first its header. */
export type Grid = Cell[][];

// A flat row has at least this many cells (a "|" or two in a sentence make no table).
const MIN_CELLS = 3;
// Rows a table is read to: a report's tables are a few dozen rows; a run of thousands is read no further.
const MAX_ROWS = 500;

/**
 * The tables of a document: each Markdown table, each run of consecutive lines of at least MIN_CELLS "|"-parted cells in
 * other blocks (a line of another number of cells starts a new table), and each run of lines of one cell each.
 */
export function tablesOf(doc: ReportDocument): Grid[] {
  const grids: Grid[] = [];
  let current: Grid | undefined;
  let column: Cell[] = [];
  const end = () => {
    if (current && current.length >= 2) grids.push(current);
    current = undefined;
    const unstacked = column.length > 0 ? unstack(doc, column) : undefined;
    if (unstacked) grids.push(unstacked);
    column = [];
  };
  for (const block of doc.blocks) {
    if (block.kind === 'table' && block.rows) {
      end();
      grids.push(block.rows.slice(0, MAX_ROWS).map((row) => row.map((c) => ({ text: c.text.trim(), span: c.span }))));
      continue;
    }
    if (block.kind !== 'paragraph' || !doc.text.slice(block.span.start, block.span.end).includes('|')) {
      end();
      continue;
    }
    let start = block.span.start;
    while (start < block.span.end) {
      const newline = doc.text.indexOf('\n', start);
      const lineEnd = newline < 0 || newline > block.span.end ? block.span.end : newline;
      const row = cellsOf(doc.text, start, lineEnd);
      const single = row ? undefined : singleCell(doc.text, start, lineEnd);
      if (single && !current && column.length < MAX_ROWS * MIN_CELLS) column.push(single);
      else if (!row) end();
      else if (current && current.length < MAX_ROWS && current[0].length === row.length) current.push(row);
      else {
        end();
        current = [row];
      }
      start = lineEnd + 1;
    }
  }
  end();
  return grids;
}

/** A line of one cell and a "|" after it ("15390 |"). */
function singleCell(text: string, start: number, end: number): Cell | undefined {
  const line = text.slice(start, end);
  const bar = line.indexOf('|');
  if (bar < 0 || line.indexOf('|', bar + 1) >= 0 || line.slice(bar + 1).trim() !== '') return undefined;
  const raw = line.slice(0, bar);
  const lead = raw.length - raw.trimStart().length;
  const cell = raw.trim();
  return cell ? { text: cell, span: { start: start + lead, end: start + lead + cell.length } } : undefined;
}

const NUMBER_CELL = /^[-+]?[0-9][0-9,]*(?:\.[0-9]+)?\s*%?$/;

/**
 * Cells one a line, back into rows: the header is the words before the first number but the last (the first row's
 * label); every row after it a label and as many cells, until a row does not start with a label. Undefined for fewer
 * than two columns or no whole row.
 */
function unstack(doc: ReportDocument, cells: Cell[]): Grid | undefined {
  const isNumber = (c: Cell) => NUMBER_CELL.test(doc.norm.slice(c.span.start, c.span.end));
  const firstNumber = cells.findIndex(isNumber);
  const width = firstNumber - 1;
  if (width < 2) return undefined;
  const grid: Grid = [cells.slice(0, width)];
  for (let at = width; at + width <= cells.length && !isNumber(cells[at]); at += width) grid.push(cells.slice(at, at + width));
  return grid.length >= 2 ? grid : undefined;
}

/** The "|"-parted cells of a line, the empty ones before the first and after the last "|" dropped; undefined for too few. */
function cellsOf(text: string, start: number, end: number): Cell[] | undefined {
  const cells: Cell[] = [];
  let from = start;
  for (let p = start; p <= end; p++) {
    if (p < end && text.charCodeAt(p) !== 0x7c) continue; // |
    const raw = text.slice(from, p);
    const lead = raw.length - raw.trimStart().length;
    const cell = raw.trim();
    cells.push({ text: cell, span: { start: from + lead, end: from + lead + cell.length } });
    from = p + 1;
  }
  if (cells.length > 0 && cells[0].text === '') cells.shift();
  if (cells.length > 0 && cells[cells.length - 1].text === '') cells.pop();
  return cells.length >= MIN_CELLS ? cells : undefined;
}
