// How the Word export fills its pages, estimated on the 22 × 28 grid: where the last page ends, so the 版记 can stand at
// the foot of the last page, an even one (GB/T 9704 7.4). Neither a frame anchored to the page bottom, nor a floating
// table, nor an even-page section break survives LibreOffice 7.4, so the export pads the last page with a spacer of
// the height this estimate leaves; the render check measures where the 版记 lands.
import { cellWidth, fontSizePt, page } from './gbt9704';
import { runsText, titleCellsPerLine, type RenderBlock } from './model';

/** A paragraph as the page sees it: its lines' heights in twips, kept with the next one, or opening a new page. */
export interface FlowItem {
  lines: number[];
  keepNext: boolean;
  pageBreakBefore?: boolean;
}

export interface Grid {
  /** The 版心's height and width in twips. */
  height: number;
  width: number;
  /** One grid line in twips. */
  line: number;
  /** What a 3号 character is condensed by, in twips (negative). */
  condensing: number;
}

/**
 * Pages used and twips used on the last one, laying out the items as Word and LibreOffice do on the grid: a page
 * breaks between two paragraphs unless the first is kept with the next, and inside a paragraph only where two lines
 * stay on either side (widow and orphan control, which the export states). When a line does not fit, the page breaks
 * at the last place it may; with none on the page (a block taller than a page) it breaks where it is.
 */
export function fillPages(items: FlowItem[], grid: Grid): { pages: number; used: number } {
  const lines = items.flatMap((item) => item.lines.map((height, n) => {
    const after = n + 1;
    const left = item.lines.length - after;
    return { height, pageBreakBefore: n === 0 && Boolean(item.pageBreakBefore), breakAfter: left === 0 ? !item.keepNext : after >= 2 && left >= 2 };
  }));
  let pages = 1;
  let start = 0;
  let used = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].pageBreakBefore && i > 0) { pages++; start = i; used = 0; }
    if (used + lines[i].height > grid.height && i > start) {
      let cut = i;
      for (let j = i - 1; j >= start; j--) if (lines[j].breakAfter) { cut = j + 1; break; }
      if (cut === start) cut = i; // a page's worth that may not part: it parts where the page ends
      pages++;
      start = cut;
      used = sum(lines.slice(cut, i).map((l) => l.height));
    }
    used += lines[i].height;
  }
  return { pages, used };
}

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

/**
 * A block's lines on the grid, or undefined when its height cannot be told (a table: its rows take the height of the
 * fonts on the machine). `keepNext` as the export sets it.
 */
export function blockFlow(b: RenderBlock, keepNext: boolean, grid: Grid): FlowItem | undefined {
  const cell = grid.width / page.charsPerLine;
  const lines = (count: number) => Array.from({ length: count }, () => grid.line);
  const text = (k = 0) => runsText(b.lines[k] ?? []);
  switch (b.kind) {
    case 'table':
    case 'imprint':
      return undefined;
    case 'title':
    case 'appendix-title':
      // A line of a title with no safe break (titleBreaks gave none) wraps where the 版心 ends.
      return { lines: lines(b.lines.reduce((n, _, k) => n + Math.max(1, Math.ceil(cellWidth(text(k)) / titleCellsPerLine)), 0)), keepNext: true };
    case 'subtitle':
      return { lines: lines(1), keepNext: true };
    case 'appendix-label':
      return { lines: lines(1), keepNext: true, pageBreakBefore: true };
    case 'signature':
    case 'date':
      return { lines: lines(b.lines.length), keepNext };
    case 'addressee':
      return { lines: lines(lineCount(text(), grid.width, grid.width, grid)), keepNext };
    case 'attachment': {
      const hang = b.hang ?? { left: 2, hanging: 0 };
      return { lines: lines(lineCount(text(), grid.width - (hang.left - hang.hanging) * cell, grid.width - hang.left * cell, grid)), keepNext };
    }
    case 'heading':
      return { lines: lines(lineCount(text(), grid.width - 2 * cell, grid.width, grid)), keepNext: keepNext || !b.runInAt };
    case 'paragraph':
      return { lines: lines(lineCount(text(), grid.width - 2 * cell, grid.width, grid)), keepNext };
  }
}

// Line breaking as Word and LibreOffice do it for Chinese: a Latin word or number never breaks, a closing mark never
// starts a line (it hangs past the end of the full line instead), an opening mark never ends one.
const closing = /^[，。、；：！？）》”’」』〉】,.;:!?)\]]$/;
const opening = /^[（《“‘「『〈【(\[]$/;
const halfWidth = /[\u0000-\u00ff\u2000-\u206f]/;
const alnum = /[A-Za-z0-9]/;

/** Lines a paragraph takes: `first` and `rest` are the widths (twips) its first and later lines have. */
export function lineCount(text: string, first: number, rest: number, grid: Grid): number {
  const em = fontSizePt.body * 20;
  // Half-width: digits and letters in Times New Roman, half an em; commas and stops among Chinese in the Chinese face,
  // half an em too; brackets and other signs about a third; a space a quarter.
  const widthOf = (ch: string) => (halfWidth.test(ch) ? (/\s/.test(ch) ? em / 4 : /[()[\]'"\-/|]/.test(ch) ? em / 3 : em / 2) : em) + grid.condensing;
  const tokens = text.match(/[A-Za-z0-9%.,\-+/]+|[\s\S]/gu) ?? [];
  let lines = 1;
  let room = first;
  let previous = '';
  for (const token of tokens) {
    // The quarter of a character Word and LibreOffice put between Chinese and Latin letters or digits (not punctuation).
    const [before, after] = [previous.slice(-1), token[0]];
    const gap = before && ((alnum.test(before) && !halfWidth.test(after)) || (alnum.test(after) && !halfWidth.test(before))) ? em / 4 : 0;
    const width = [...token].reduce((s, ch) => s + widthOf(ch), 0) + gap;
    if (width > room && !(closing.test(token) && room >= 0)) {
      lines++;
      room = rest - (width - gap);
      if (opening.test(previous)) room -= widthOf(previous); // the opening mark moved down with the word after it
    } else room -= width;
    previous = token;
  }
  return lines;
}
