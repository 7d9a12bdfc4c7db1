// The report as a Word document laid out per GB/T 9704: A4, margins 37/35/28/26 mm, 22 × 28 document grid, GB fonts
// named for East-Asian text on every run, headings in Word's own Heading 1–4 styles, "— n —" page numbers.
import {
  AlignmentType, BorderStyle, Document, DocumentGridType, DropCapType, Footer, FrameAnchorType, FrameWrap, LineRuleType,
  Packer, PageNumber, Paragraph, SectionType, Tab, Table, TableCell, TableRow, TabStopType, TextRun, WidthType,
  type ICharacterStyleOptions, type IParagraphStyleOptions, type IRunOptions,
} from 'docx';
import type { ReportDocument } from '../core/types';
import { finishDocxPackage } from './docx-package';
import {
  fontDeclarations, type FontOverrides, type FontRole, fontSizePt, fontStack, latinFontFor, mmToTwips, page, setWidth,
  signatureColumns, type Letterhead, letterheadMm, letterheadRed,
} from './gbt9704';
import { buildRenderModel, runsText, type InlineRun, type RenderBlock } from './model';
import { blockFlow, fillPages, type FlowItem, type Grid } from './page-fill';

export interface DocxRenderOptions {
  /** Bold 1. headings (local practice, not GB/T 9704). */
  boldLevel3?: boolean;
  /** Font names per role for machines without the GB fonts, e.g. { fangsong: '仿宋' }. */
  fonts?: FontOverrides;
  /** The 落款 for a seal (GB/T 9704 7.3.5.1): the date 右空四字, the name centred over it, room for the seal above. */
  sealed?: boolean;
  /** A 版头 above the title, unless the report's front matter names one (发文机关标志, 发文字号, 签发人). */
  letterhead?: Letterhead;
}

/** Twips of the page and its 版心, exactly as Word stores them. */
export const docxGeometry = {
  pageWidth: 11906,
  pageHeight: 16838,
  marginTop: mmToTwips(page.marginTopMm), // 2097
  marginBottom: mmToTwips(page.marginBottomMm), // 1984
  marginLeft: mmToTwips(page.marginLeftMm), // 1587
  marginRight: mmToTwips(page.marginRightMm), // 1474
  get textWidth() { return this.pageWidth - this.marginLeft - this.marginRight; },
  get textHeight() { return this.pageHeight - this.marginTop - this.marginBottom; },
};

/** Exact line pitch: 22 lines fill the 版心 (579 twips = 28.95 pt). */
export const linePitch = Math.floor(docxGeometry.textHeight / page.linesPerPage);
/** One character cell of the 28-character line, in twips. */
const cellTwips = docxGeometry.textWidth / page.charsPerLine;
/**
 * 28 characters of 3号 (16 pt) are 448 pt, the 版心 is 442 pt wide: each 3号 character is condensed by this many
 * twips (−0.3 pt: 28 × 15.7 = 439.6 pt) so exactly 28 fit. A character grid (docGrid linesAndChars with a negative
 * charSpace) does the same in Word, but LibreOffice then gives every character two grid cells, halving the line; a line
 * grid plus condensed runs lays out 22 × 28 in Word, WPS and LibreOffice alike. The extra twip of slack matters:
 * LibreOffice drops a line-end punctuation mark from a justified line filled to within about one point.
 */
export const bodyCharacterSpacing = Math.floor((cellTwips / 20 - fontSizePt.body) * 20) - 1;

/**
 * Justified (两端对齐), as 公文 are set: lines with half-width digits stay flush right too. The twip of slack above
 * keeps LibreOffice from dropping a punctuation mark at the end of a justified line (the render test checks the text).
 */
const bodyAlignment = AlignmentType.JUSTIFIED;
const halfPoints = (pt: number) => pt * 2;
const exactLine = { line: linePitch, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
const bodyIndent = { firstLine: Math.round(2 * cellTwips), firstLineChars: 200 };
const noIndent = { firstLine: 0, firstLineChars: 0 };

const headingFont: Record<1 | 2 | 3 | 4, FontRole> = { 1: 'heiti', 2: 'kaiti', 3: 'fangsong', 4: 'fangsong' };

export async function renderDocx(doc: ReportDocument, options: DocxRenderOptions = {}): Promise<Uint8Array> {
  const model = buildRenderModel(doc, { boldLevel3: options.boldLevel3, sealed: options.sealed, letterhead: options.letterhead });
  const font = (role: FontRole) => {
    const name = fontStack(role, options.fonts)[0];
    const latin = latinFontFor(role, options.fonts);
    return { ascii: latin, hAnsi: latin, cs: latin, eastAsia: name, hint: 'eastAsia' };
  };
  // Runs carry only what differs from their paragraph's style (a 仿宋 run in a 黑体 heading, bold, italic): fonts,
  // sizes and the condensing live in the styles, so restyling in Word (正文, 标题, 一级…四级标题) reaches every run.
  const run = (r: InlineRun, styleRole: FontRole, characterStyle?: string): TextRun => new TextRun({
    text: r.text, style: characterStyle, font: r.font === styleRole ? undefined : font(r.font), bold: r.bold || undefined, italics: r.italic || undefined,
  });
  const lineRuns: LineRuns = (line, styleRole = 'fangsong', characterStyle) => line.map((r) => run(r, styleRole, characterStyle));
  const blank = (keepNext: boolean) => new Paragraph({ spacing: exactLine, indent: noIndent, keepNext: keepNext || undefined, children: [] });

  const children: (Paragraph | Table)[] = model.letterhead ? letterheadParagraphs(model.letterhead, font) : [];
  // The pages as the grid fills them, to set the 版记 at the foot of the last even page; undefined once a table
  // (whose rows take the height of the fonts at hand) makes the estimate unsure.
  let flow: FlowItem[] | undefined = model.letterhead ? letterheadFlow() : [];
  const line = (keepNext: boolean): FlowItem => ({ lines: [linePitch], keepNext });
  const closing = closingRange(model.blocks);
  const placeClosing = closingPlacement(model.blocks, model.sealed);
  const imprint = model.blocks.filter((b) => b.kind === 'imprint');
  model.blocks.forEach((b, i) => {
    if (b.kind === 'imprint') return;
    const keepBlank = i > closing.start && i <= closing.end;
    if (b.blankBefore) { children.push(blank(keepBlank)); flow?.push(line(keepBlank)); }
    if (b.sealRoom) { children.push(blank(true)); flow?.push(line(true)); }
    children.push(...renderBlock(b, lineRuns, i >= closing.start && i < closing.end, placeClosing));
    const item = flow && blockFlow(b, i >= closing.start && i < closing.end, grid);
    flow = item && flow ? [...flow, item] : undefined;
  });

  const headingRun = (level: 1 | 2 | 3 | 4) => ({ font: font(headingFont[level]), bold: level === 3 && Boolean(options.boldLevel3), italics: false });
  const headingStyle = (level: 1 | 2 | 3 | 4): IParagraphStyleOptions => ({
    id: `Heading${level}`, name: `Heading ${level}`, basedOn: 'Normal', next: 'Normal', link: headingCharacterStyle(level), quickFormat: true,
    run: { ...headingRun(level), size: halfPoints(fontSizePt.body), characterSpacing: bodyCharacterSpacing, color: '000000' },
    paragraph: { outlineLevel: level - 1, spacing: exactLine, indent: bodyIndent, alignment: bodyAlignment },
  });
  // The heading's face for its text wherever the paragraph is not a heading: LibreOffice sets a run-in heading (see
  // runInHeading) inside the body's Normal paragraph. Linked to the paragraph style, so Word restyles both together.
  const headingCharacter = (level: 1 | 2 | 3 | 4): ICharacterStyleOptions => ({
    id: headingCharacterStyle(level), name: `Heading ${level} Char`, link: `Heading${level}`, run: headingRun(level),
  });

  const songti = fontStack('songti', options.fonts)[0];
  // One 4号 line: a footer no taller than the page number's, whether or not it holds one (a taller one, as an empty
  // paragraph at the body's line height would be, takes room from the 版心 in LibreOffice).
  const footerSpacing = { before: 0, after: 0, line: fontSizePt.pageNumber * 20, lineRule: LineRuleType.EXACT };
  const pageNumber = (alignment: 'right' | 'left') => new Footer({
    children: [new Paragraph({
      alignment: alignment === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
      // 右空一字 on odd pages, 左空一字 on even pages: one 4号 character.
      indent: alignment === 'right' ? { right: halfPoints(fontSizePt.pageNumber) * 10, ...noIndent } : { left: halfPoints(fontSizePt.pageNumber) * 10, ...noIndent },
      spacing: footerSpacing,
      children: [new TextRun({
        children: ['\u2014 ', PageNumber.CURRENT, ' \u2014'],
        font: { ascii: songti, hAnsi: songti, eastAsia: songti, cs: songti },
        size: halfPoints(fontSizePt.pageNumber),
      } satisfies IRunOptions)],
    })],
  });

  const pageProperties = {
    page: {
      size: { width: docxGeometry.pageWidth, height: docxGeometry.pageHeight },
      margin: {
        top: docxGeometry.marginTop, bottom: docxGeometry.marginBottom, left: docxGeometry.marginLeft, right: docxGeometry.marginRight,
        // The dash (mid-height of its exact 4号 line) sits 7 mm below the 版心 (GB/T 9704 7.5): the footer's bottom is
        // 7 mm plus half a line below it.
        footer: mmToTwips(page.marginBottomMm - page.footerBelowTextMm) - (fontSizePt.pageNumber * 20) / 2,
        header: mmToTwips(15),
      },
    },
    grid: { type: DocumentGridType.LINES, linePitch },
  };

  // The text, then the 版记; a blank page before the 版记's page and that page in a section without page numbers
  // (GB/T 9704 7.5: 版记页前有空白页的，空白页和版记页均不编排页码).
  const sections = (body: (Paragraph | Table)[], tail?: ImprintPlacement & { table: Table }) => {
    const numbered = { properties: pageProperties, footers: { default: pageNumber('right'), even: pageNumber('left') } };
    if (!tail) return [{ ...numbered, children: body }];
    if (!tail.blankPage) return [{ ...numbered, children: [...body, ...tail.room, tail.table] }];
    const none = new Footer({ children: [new Paragraph({ spacing: footerSpacing, children: [] })] });
    return [
      { ...numbered, children: body },
      { properties: { ...pageProperties, type: SectionType.NEXT_PAGE }, footers: { default: none, even: none }, children: [...tail.room, tail.table] },
    ];
  };

  const document = new Document({
    title: model.titleText || undefined,
    creator: 'fazhi-report',
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: font('fangsong'), size: halfPoints(fontSizePt.body), color: '000000', language: { value: 'en-US', eastAsia: 'zh-CN' } },
          paragraph: { spacing: exactLine }, // and widow control, see finishDocxPackage
        },
      },
      paragraphStyles: [
        {
          id: 'Normal', name: 'Normal', quickFormat: true,
          run: { font: font('fangsong'), size: halfPoints(fontSizePt.body), characterSpacing: bodyCharacterSpacing, color: '000000' },
          paragraph: { spacing: exactLine, indent: bodyIndent, alignment: bodyAlignment },
        },
        {
          id: 'Title', name: 'Title', next: 'Normal', quickFormat: true,
          run: { font: font('title'), size: halfPoints(fontSizePt.title), bold: false, color: '000000' },
          paragraph: { spacing: exactLine, indent: noIndent, alignment: AlignmentType.CENTER, keepNext: true },
        },
        headingStyle(1), headingStyle(2), headingStyle(3), headingStyle(4),
        {
          id: letterheadStyle, name: '版头',
          run: { font: font('fangsong'), size: halfPoints(fontSizePt.body), color: '000000' },
          paragraph: { indent: noIndent, alignment: AlignmentType.LEFT },
        },
        {
          id: imprintStyle, name: '版记', quickFormat: true,
          run: { font: font('fangsong'), size: halfPoints(fontSizePt.imprint), color: '000000' },
          paragraph: { spacing: { line: fontSizePt.imprint * 20 * 1.5, lineRule: LineRuleType.EXACT, before: 0, after: 0 }, indent: noIndent, alignment: AlignmentType.LEFT },
        },
        {
          id: tableTextStyle, name: '表格文字', quickFormat: true,
          run: { font: font('fangsong'), size: halfPoints(fontSizePt.table), color: '000000' },
          paragraph: { spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 }, indent: noIndent, alignment: AlignmentType.CENTER },
        },
      ],
      characterStyles: [headingCharacter(1), headingCharacter(2), headingCharacter(3), headingCharacter(4)],
    },
    sections: sections(children, imprint.length ? { ...imprintRoom(flow && fillPages(flow, grid), imprint), table: imprintTable(imprint, lineRuns) } : undefined),
  });
  const roles: FontRole[] = ['title', 'heiti', 'kaiti', 'fangsong', 'songti'];
  return finishDocxPackage(new Uint8Array(await Packer.toBuffer(document)), {
    offGridStyles: ['Title', tableTextStyle, imprintStyle, letterheadStyle],
    fonts: roles.map((role) => ({ name: fontStack(role, options.fonts)[0], ...fontDeclarations[role] })),
  });
}

/** The grid the body is laid out on, for the page-fill estimate. */
const grid: Grid = { height: docxGeometry.textHeight, width: docxGeometry.textWidth, line: linePitch, condensing: bodyCharacterSpacing };

/** The 版头's two paragraphs as the page sees them (see letterheadParagraphs): off the grid, heights in twips. */
function letterheadFlow(): FlowItem[] {
  const ruleSpace = Math.round((letterheadMm.ruleBelowNumber / 25.4) * 72) * 20 + 20;
  return [
    { lines: [mmToTwips(letterheadMm.markTop) + fontSizePt.letterhead * 20 * 1.2], keepNext: true },
    { lines: [5 * linePitch + ruleSpace], keepNext: true },
  ];
}

/** A 版记 line: 4号 at 1.5 lines, exact. */
const imprintLine = fontSizePt.imprint * 20 * 1.5;
/** The 版记's height: its lines plus its rules (1 pt thick, 0.75 pt thin). */
const imprintHeight = (rows: number) => rows * imprintLine + 2 * 20 + (rows - 1) * 15;
/** Room kept under the 版记 so that rounding in Word or LibreOffice never pushes it over the page. */
const imprintSlack = 40;

/** What goes before the 版记, and whether it starts with a blank page (which then opens a section of its own). */
interface ImprintPlacement {
  room: Paragraph[];
  blankPage: boolean;
}

/**
 * What goes between the 落款 (or the last attachment) and the 版记 so that the 版记's last rule meets the foot of the
 * 版心 on an even page (GB/T 9704 7.4): a spacer as tall as the room left, after a page break when the text ends on
 * an odd page (the 版记 page), or after a blank page when it ends on an even page too full for the 版记. When the
 * pages cannot be estimated (a table), one blank line, the 版记 following the text.
 */
function imprintRoom(fill: { pages: number; used: number } | undefined, imprint: RenderBlock[]): ImprintPlacement {
  if (!fill) return { room: [new Paragraph({ spacing: exactLine, indent: noIndent, children: [] })], blankPage: false };
  const height = imprintHeight(imprint.length) + imprintSlack;
  const fits = fill.used + height <= docxGeometry.textHeight;
  const onThisPage = fits && fill.pages % 2 === 0;
  const blankPage = !onThisPage && fill.pages % 2 === 0;
  const spacer = (pageBreakBefore: boolean, twips: number) => new Paragraph({
    style: imprintStyle, pageBreakBefore: pageBreakBefore || undefined,
    spacing: { line: Math.max(1, Math.floor(twips)), lineRule: LineRuleType.EXACT, before: 0, after: 0 }, children: [],
  });
  const room = docxGeometry.textHeight - (onThisPage ? fill.used : 0) - height;
  // The blank page: the section break starts it, its one empty line holds it; the 版记's page follows.
  return { room: [...(blankPage ? [spacer(false, linePitch)] : []), spacer(!onThisPage, room)], blankPage };
}

/** Table cells: 4号 lines of their own height, off the body's line grid (on it every row would take two lines). */
const tableTextStyle = 'TableText';
/** 版头 lines: 3号 仿宋 (the mark's runs set their own face and size), off the grid. */
const letterheadStyle = 'Letterhead';
/** 版记 lines: 4号 at an exact line height (1.5 lines), off the grid. */
const imprintStyle = 'Imprint';


/**
 * The blocks that must stay on one page with the 落款: from the body's last paragraph through the 附件说明 and the
 * 落款 to the 成文日期 (`end`), each kept with the next, so the 落款 never stands alone at the top of a page.
 * An empty range when there is no 落款.
 */
function closingRange(blocks: RenderBlock[]): { start: number; end: number } {
  let end = blocks.length - 1;
  while (end >= 0 && blocks[end].kind !== 'date' && blocks[end].kind !== 'signature') end--;
  if (end < 0) return { start: Infinity, end: -1 };
  let k = end;
  while (k >= 0 && (blocks[k].kind === 'date' || blocks[k].kind === 'signature' || blocks[k].kind === 'attachment')) k--;
  return { start: k >= 0 && (blocks[k].kind === 'paragraph' || blocks[k].kind === 'heading') ? k : k + 1, end };
}

/**
 * The 版头 of a report sent up (GB/T 9704 7.2, 上行文): the issuing body's mark centred in red 小标宋, its top 80 mm
 * below the 版心's top; two lines down the 发文字号 (左空一字) and the 签发人 (右空一字, the name in 楷体) on one line;
 * a red rule as wide as the 版心 4 mm under them; the title two lines below the rule.
 */
function letterheadParagraphs(head: Letterhead, font: (role: FontRole) => IRunOptions['font']): Paragraph[] {
  const inset = Math.round(cellTwips);
  const red = { style: BorderStyle.SINGLE, size: 8, color: letterheadRed, space: Math.round((letterheadMm.ruleBelowNumber / 25.4) * 72) };
  const numberRuns = [
    ...(head.number ? [new TextRun({ children: [new Tab()] }), new TextRun({ text: head.number })] : []),
    ...(head.signer ? [new TextRun({ children: [new Tab()] }), new TextRun({ text: '签发人：' }), new TextRun({ text: head.signer, font: font('kaiti') })] : []),
  ];
  return [
    new Paragraph({
      style: letterheadStyle, alignment: AlignmentType.CENTER, keepNext: true,
      spacing: { before: mmToTwips(letterheadMm.markTop), after: 0, line: fontSizePt.letterhead * 20 * 1.2, lineRule: LineRuleType.EXACT },
      children: [new TextRun({ text: head.mark, color: letterheadRed, font: font('title'), size: fontSizePt.letterhead * 2 })],
    }),
    new Paragraph({
      style: letterheadStyle, keepNext: true, border: { bottom: red },
      spacing: { before: 2 * linePitch, after: 2 * linePitch, line: linePitch, lineRule: LineRuleType.EXACT },
      tabStops: [{ type: TabStopType.LEFT, position: inset }, { type: TabStopType.RIGHT, position: docxGeometry.textWidth - inset }],
      children: numberRuns,
    }),
  ];
}

/** A line's runs in a paragraph whose style sets `styleRole`'s font (仿宋 unless said), in a character style if given. */
type LineRuns = (line: InlineRun[], styleRole?: FontRole, characterStyle?: string) => TextRun[];

const headingCharacterStyle = (level: 1 | 2 | 3 | 4) => `Heading${level}Char`;

/** A title's lines in one paragraph, parted by line breaks (the report's and an attachment's alike). */
function titleLines(lines: InlineRun[][], lineRuns: LineRuns): TextRun[] {
  return lines.flatMap((line, i) => (i ? [new TextRun({ break: 1 }), ...lineRuns(line, 'title')] : lineRuns(line, 'title')));
}

/** Where a 落款 or 成文日期 line goes: flush right `right` cells in, or at a column. */
type ClosingPlacement = (b: RenderBlock) => { right: number } | { column: number };

/**
 * The 落款 and 成文日期 as Word and LibreOffice set them (GB/T 9704 7.3.5). They add space between Chinese and digits,
 * so widths are `setWidth`, not the cell count the HTML uses, and the line that stands 右空二字 (右空四字 under a seal)
 * is set flush right with that right indent: its gap is then exact whatever the digits measure. Under a seal the name
 * is centred over the date, also set flush right. A joint 落款 (one organ per line) keeps its columns.
 */
function closingPlacement(blocks: RenderBlock[], sealed: boolean): ClosingPlacement {
  const signature = blocks.find((b) => b.kind === 'signature');
  const date = blocks.find((b) => b.kind === 'date');
  const width = (b: RenderBlock | undefined) => Math.max(0, ...(b?.lines ?? []).map((l) => setWidth(runsText(l))));
  const columns = signatureColumns(width(signature), width(date), sealed);
  const rightGap = (b: RenderBlock, column: number) => page.charsPerLine - column - width(b);
  return (b) => {
    if (b === date && columns.anchored === 'date') return { right: rightGap(b, columns.date) };
    if (b === signature && b.lines.length === 1 && (sealed || columns.anchored === 'signature')) return { right: rightGap(b, columns.signature) };
    return { column: b === signature ? columns.signature : b === date ? columns.date : b.column ?? 0 };
  };
}

function renderBlock(b: RenderBlock, lineRuns: LineRuns, keepNext: boolean, placeClosing: ClosingPlacement): (Paragraph | Table)[] {
  const first = b.lines[0] ?? [];
  const keep = keepNext || undefined;
  switch (b.kind) {
    case 'title':
      return [new Paragraph({ style: 'Title', children: titleLines(b.lines, lineRuns) })];
    case 'addressee':
      return [new Paragraph({ indent: noIndent, alignment: AlignmentType.LEFT, children: lineRuns(first) })];
    case 'appendix-label':
      return [new Paragraph({ pageBreakBefore: true, indent: noIndent, alignment: AlignmentType.LEFT, keepNext: true, children: lineRuns(first) })];
    case 'appendix-title':
      return [new Paragraph({ style: 'Title', children: titleLines(b.lines, lineRuns) })];
    case 'subtitle':
      return [new Paragraph({ indent: noIndent, alignment: AlignmentType.CENTER, keepNext: true, children: lineRuns(first) })];
    case 'heading':
      if (b.runInAt && fitsRunIn(first.slice(0, b.runInAt))) return runInHeading(b.level ?? 1, first, b.runInAt, lineRuns, keep);
      // A heading alone on its line stays with what follows; one with run-in body text is a paragraph in its own right
      // (chaining those would push whole sections to the next page).
      return [new Paragraph({ style: `Heading${b.level ?? 1}`, keepNext: !b.runInAt || keep, children: lineRuns(first, headingFont[b.level ?? 1]) })];
    case 'paragraph':
      return [new Paragraph({ keepNext: keep, children: lineRuns(first) })];
    case 'signature':
    case 'date':
      // A joint 落款's bodies never part; its last line keeps with the date.
    {
      const place = placeClosing(b);
      return b.lines.map((line, i) => new Paragraph({
        keepNext: i < b.lines.length - 1 || keep,
        alignment: 'right' in place ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: 'right' in place ? { left: 0, right: Math.round(place.right * cellTwips), ...noIndent } : { left: Math.round(place.column * cellTwips), ...noIndent },
        children: lineRuns(line),
      }));
    }
    case 'attachment': {
      const hang = b.hang ?? { left: 2, hanging: 0 };
      return [new Paragraph({
        keepNext: keep,
        alignment: AlignmentType.LEFT,
        indent: { left: Math.round(hang.left * cellTwips), hanging: Math.round(hang.hanging * cellTwips), firstLineChars: 0 },
        children: lineRuns(first),
      })];
    }
    case 'table':
      return [renderTable(b, lineRuns)];
    case 'imprint': // set apart at the end, see imprintTable
      return [];
  }
}

/**
 * A heading with body text run in after it ("（一）夯实基础。高规格完成…"), so that only the heading proper is an
 * outline entry: it is a Heading paragraph of its own, framed as a one-line drop cap (w:framePr w:dropCap="drop"
 * w:lines="1"), and the body text a Normal paragraph after it. Word sets the frame at the start of the body's first line
 * and runs the body on beside it; the framed paragraph keeps its outline level, so the navigation pane and a TOC list
 * the heading alone. LibreOffice takes a drop cap into the paragraph after it and, under two lines, sets it as plain
 * text there: one paragraph, the heading's face kept by its linked character style. (Word's own run-in heading, the
 * style separator — a hidden paragraph mark, w:specVanish — LibreOffice 7.4 sets as two paragraphs.)
 */
function runInHeading(level: 1 | 2 | 3 | 4, runs: InlineRun[], at: number, lineRuns: LineRuns, keepNext: true | undefined): Paragraph[] {
  return [
    new Paragraph({
      style: `Heading${level}`,
      frame: {
        type: 'absolute', position: { x: 0, y: 0 }, anchor: { horizontal: FrameAnchorType.TEXT, vertical: FrameAnchorType.TEXT },
        dropCap: DropCapType.DROP, lines: 1, wrap: FrameWrap.AROUND,
      },
      children: lineRuns(runs.slice(0, at), headingFont[level], headingCharacterStyle(level)),
    }),
    new Paragraph({ keepNext, children: lineRuns(runs.slice(at)) }),
  ];
}

/**
 * Whether a heading proper leaves room on its first line for the run-in text beside its frame: with the indent and two
 * cells to spare. A longer one stays a whole Heading paragraph (a frame a line wide would push the body below it).
 */
function fitsRunIn(title: InlineRun[]): boolean {
  return 2 + setWidth(runsText(title)) <= page.charsPerLine - 2;
}

/**
 * The 版记 (GB/T 9704 7.4) after the 落款 as a one-column table as wide as the 版心: a thick rule (0.35 mm) above its
 * first line and below its last, a thin one (0.25 mm) between its lines; 4号, 左右各空一字 (the cell margins); the
 * 印发 date at a right tab. A table, because a paragraph's border only spans its indents and the text is indented.
 */
function imprintTable(blocks: RenderBlock[], lineRuns: LineRuns): Table {
  const thick = { style: BorderStyle.SINGLE, size: 8, color: '000000' };
  const thin = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
  const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };
  const inset = Math.round(cellTwips);
  return new Table({
    width: { size: docxGeometry.textWidth, type: WidthType.DXA },
    columnWidths: [docxGeometry.textWidth],
    borders: { top: thick, bottom: thick, left: none, right: none, insideHorizontal: thin, insideVertical: none },
    rows: blocks.map((b) => {
      const [left, right] = b.lines;
      return new TableRow({
        cantSplit: true,
        children: [new TableCell({
          width: { size: docxGeometry.textWidth, type: WidthType.DXA },
          margins: { left: inset, right: inset, top: 0, bottom: 0 },
          children: [new Paragraph({
            style: imprintStyle,
            keepNext: true,
            tabStops: right ? [{ type: TabStopType.RIGHT, position: docxGeometry.textWidth - 2 * inset }] : undefined,
            children: [...lineRuns(left ?? []), ...(right ? [new TextRun({ children: [new Tab()] }), ...lineRuns(right)] : [])],
          })],
        })],
      });
    }),
  });
}

function renderTable(b: RenderBlock, lineRuns: LineRuns): Table {
  const rows = b.rows ?? [];
  const columns = Math.max(1, ...rows.map((r) => r.length));
  const columnWidth = Math.floor(docxGeometry.textWidth / columns);
  return new Table({
    width: { size: columnWidth * columns, type: WidthType.DXA },
    columnWidths: Array.from({ length: columns }, () => columnWidth),
    alignment: AlignmentType.CENTER,
    rows: rows.map((row, r) => new TableRow({
      tableHeader: r === 0,
      children: Array.from({ length: columns }, (_, c) => new TableCell({
        width: { size: columnWidth, type: WidthType.DXA },
        children: [new Paragraph({ style: tableTextStyle, children: lineRuns(row[c] ?? []) })],
      })),
    })),
  });
}
