// A Word draft (.docx) as report text: the accepted text of word/document.xml written as Markdown — automatic
// numbering rendered back to the markers the writer sees, <w:br/> as a line break, tables as tables — with a source
// map from every offset of that text back to the Word paragraph and character (and the XML run, for annotation).
import { unzipSync } from 'fflate';
import { NumberingResolver, styleNumbering, type NumberingReference } from './numbering';
import { childElements, childValue, decodeWithOffsets, firstChild, parseXml, XmlError, type XmlElement, type XmlText } from './xml';

export { docxPosition, type DocxPosition, docxRange } from './docx-position';

/** A run the text came from, to split it when a comment must start or end inside it. */
export interface RunSource {
  /** The run's start tag as written ("<w:r w:rsidR=…>"), reopened after a split. */
  openTag: string;
  /** Its w:rPr, copied to the second half of a split so the formatting is unchanged. */
  properties: string;
}

export interface ParagraphSource {
  /** Offset in document.xml after the w:pPr, where a mark at the paragraph's start goes. */
  contentStart: number;
  /** Offset of "</w:p>". */
  contentEnd: number;
}

export interface DocxImport {
  /** The report as Markdown: what `check` lints and what "从 Word 导入" writes. */
  markdown: string;
  documentXml: string;
  paragraphs: ParagraphSource[];
  runs: RunSource[];
  /** Per offset of `markdown`: Word paragraph number (0 = text the importer added between paragraphs). */
  paragraphAt: Int32Array;
  /** Per offset: character in the paragraph, or -1 for text the importer added (numbering markers, separators). */
  characterAt: Int32Array;
  /** Per offset: where the character is in document.xml (-1 if added), its end, its run, and whether inside a w:t. */
  xmlStart: Int32Array;
  xmlEnd: Int32Array;
  runAt: Int32Array;
  inText: Uint8Array;
}

export class DocxError extends Error {}

/** Parts bigger than this are not decompressed (a zip bomb costs nothing; real report XML is a few MB at most). */
const maxPartBytes = 64 * 1024 * 1024;
const partsWanted = new Set(['word/document.xml', 'word/numbering.xml', 'word/styles.xml']);

export function unzipParts(bytes: Uint8Array, wanted: (name: string) => boolean): Record<string, Uint8Array> {
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new DocxError('是旧版 Word（.doc）或加密的文档，请在 Word 中另存为 .docx（不加密码）');
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new DocxError('不是有效的 .docx 文件（不是 ZIP 格式）');
  try {
    return unzipSync(bytes, { filter: (file) => wanted(file.name) && file.originalSize <= maxPartBytes });
  } catch (error) {
    throw new DocxError(`不是有效的 .docx 文件（无法解压：${error instanceof Error ? error.message : String(error)}）`);
  }
}

function parsePart(parts: Record<string, Uint8Array>, name: string): XmlElement | undefined {
  const data = parts[name];
  if (!data) return undefined;
  try {
    return parseXml(new TextDecoder('utf-8').decode(data));
  } catch (error) {
    if (error instanceof XmlError) throw new DocxError(`${name} 格式错误（${error.message}）`);
    throw error;
  }
}

export function readDocx(bytes: Uint8Array): DocxImport {
  const parts = unzipParts(bytes, (name) => partsWanted.has(name));
  const data = parts['word/document.xml'];
  if (!data) throw new DocxError('不是 Word 文档（缺少 word/document.xml；可能是其他 Office 文件）');
  const documentXml = new TextDecoder('utf-8').decode(data);
  let tree: XmlElement;
  try {
    tree = parseXml(documentXml);
  } catch (error) {
    if (error instanceof XmlError) throw new DocxError(`word/document.xml 格式错误（${error.message}）`);
    throw error;
  }
  const body = firstChild(firstChild(tree, 'w:document'), 'w:body');
  if (!body) throw new DocxError('word/document.xml 中没有正文（w:body）');
  const reader = new Reader(documentXml, new NumberingResolver(parsePart(parts, 'word/numbering.xml')), styleNumbering(parsePart(parts, 'word/styles.xml')));
  reader.blocks(body);
  return reader.finish();
}

interface CharSource {
  paragraph: number;
  character: number;
  xmlStart: number;
  xmlEnd: number;
  run: number;
  inText: boolean;
}

// Run-level elements whose content is part of the text (tracked insertions, links, fields, content controls…).
const transparentInline = new Set(['w:ins', 'w:moveTo', 'w:hyperlink', 'w:smartTag', 'w:customXml', 'w:fldSimple', 'w:dir', 'w:bdo', 'w:sdtContent']);
// Line starts Markdown would read as syntax: ATX heading, quote, HTML, list bullets, setext underline, code fence.
const markdownLineSyntax = /^(?:#{1,6}(?:\s|$)|>|<[A-Za-z!/?]|[-+*](?:\s|$)|=+\s*$|-+\s*$|`{3}|~{3})/;

/**
 * Whether a paragraph runs on into the next in the text: its mark deleted (a tracked deletion, rejected in the
 * accepted text), hidden as a style separator (w:specVanish: Word's run-in heading, "（一）标题。" then the body on the
 * same line), or the paragraph a drop cap set at the start of the next (this project's Word export frames a run-in
 * heading so).
 */
function joinsNext(properties: XmlElement | undefined): boolean {
  const mark = firstChild(properties, 'w:rPr');
  const on = (element: XmlElement | undefined) => element !== undefined && !/^(0|false|off)$/.test(element.attrs['w:val'] ?? '');
  const dropCap = firstChild(properties, 'w:framePr')?.attrs['w:dropCap'];
  return firstChild(mark, 'w:del') !== undefined || on(firstChild(mark, 'w:specVanish')) || dropCap === 'drop' || dropCap === 'margin';
}

class Reader {
  private out: string[] = [];
  private sources: (CharSource | undefined)[] = [];
  private line: { text: string; source?: CharSource }[] = [];
  readonly paragraphs: ParagraphSource[] = [];
  readonly runs: RunSource[] = [];
  private paragraphCount = 0;
  private characterCount = 0;
  /** Inside a table cell: line breaks and paragraph ends become spaces, "|" is escaped. */
  private cellDepth = 0;
  private separatorPending = false;
  private mergeNext = false;
  private textBoxes: XmlElement[] = [];

  constructor(private xml: string, private numbering: NumberingResolver, private styles: Map<string, NumberingReference>) {}

  blocks(container: XmlElement): void {
    for (const child of childElements(container)) {
      switch (child.name) {
        case 'w:p': this.paragraph(child); break;
        case 'w:tbl': this.table(child); break;
        case 'w:sdt': this.blocks(firstChild(child, 'w:sdtContent') ?? child); break;
        case 'w:customXml': case 'w:ins': case 'w:moveTo': this.blocks(child); break;
        default: break; // w:sectPr, bookmarks, w:del / w:moveFrom (rejected in the accepted text)
      }
    }
  }

  finish(): DocxImport {
    this.flushLine(true);
    const markdown = this.out.join('') + '\n';
    this.sources.push(undefined);
    const n = markdown.length;
    const result: DocxImport = {
      markdown, documentXml: this.xml, paragraphs: this.paragraphs, runs: this.runs,
      paragraphAt: new Int32Array(n), characterAt: new Int32Array(n), xmlStart: new Int32Array(n), xmlEnd: new Int32Array(n),
      runAt: new Int32Array(n), inText: new Uint8Array(n),
    };
    let paragraph = 0;
    for (let k = 0; k < n; k++) {
      const s = this.sources[k];
      paragraph = s?.paragraph ?? (markdown[k] === '\n' ? 0 : paragraph);
      result.paragraphAt[k] = paragraph;
      result.characterAt[k] = s && s.character >= 0 ? s.character : -1;
      result.xmlStart[k] = s ? s.xmlStart : -1;
      result.xmlEnd[k] = s ? s.xmlEnd : -1;
      result.runAt[k] = s ? s.run : -1;
      result.inText[k] = s?.inText ? 1 : 0;
    }
    return result;
  }

  private push(text: string, source?: CharSource): void {
    for (const ch of text) {
      if (ch === '\n' && !this.cellDepth) {
        this.flushLine(true);
        this.out.push('\n');
        this.sources.push(source);
        continue;
      }
      if (this.cellDepth && (ch === '\n' || ch === '|')) {
        this.line.push(ch === '|' ? { text: '\\' } : { text: ' ', source });
        if (ch === '\n') continue;
      }
      this.line.push({ text: ch, source });
    }
  }

  private generated(text: string, paragraph = 0): void {
    this.push(text, paragraph ? { paragraph, character: -1, xmlStart: -1, xmlEnd: -1, run: -1, inText: false } : undefined);
  }

  /** Ends a line: drops the indentation Word writers type (Markdown would read it as code) and escapes syntax. */
  private flushLine(escape: boolean): void {
    let from = 0;
    if (escape) {
      while (from < this.line.length && (this.line[from].text === ' ' || this.line[from].text === '\t')) from++;
      const text = this.line.slice(from).map((c) => c.text).join('');
      if (markdownLineSyntax.test(text)) {
        this.out.push('\\');
        this.sources.push(this.line[from].source && { ...this.line[from].source!, character: -1, xmlStart: -1, xmlEnd: -1, run: -1 });
      }
    }
    for (let k = from; k < this.line.length; k++) {
      this.out.push(this.line[k].text);
      this.sources.push(this.line[k].source);
    }
    this.line = [];
  }

  private startParagraph(): void {
    if (this.cellDepth) {
      if (this.line.length && this.line[this.line.length - 1].text !== ' ') this.generated(' ');
      return;
    }
    if (this.separatorPending && !this.mergeNext) {
      this.generated('\n\n');
      this.separatorPending = false;
    }
  }

  private paragraph(p: XmlElement): void {
    const properties = firstChild(p, 'w:pPr');
    const number = ++this.paragraphCount;
    this.paragraphs[number - 1] = { contentStart: properties?.end ?? p.openEnd, contentEnd: p.closeStart };
    const merging = this.mergeNext;
    this.characterCount = 0;
    this.startParagraph();
    const startOfText = this.out.length + this.line.length;
    const reference = merging ? undefined : this.numberingOf(properties);
    const marker = reference && this.numbering.next(reference);
    if (marker) {
      this.generated(marker.marker, number);
      if (marker.suffix !== 'nothing' && !/[\p{P}\s]$/u.test(marker.marker)) this.generated(' ', number);
    }
    this.inline(p, number);
    const hasText = this.out.length + this.line.length > startOfText;
    if (hasText || merging) this.separatorPending = true;
    this.mergeNext = joinsNext(properties);
    const boxes = this.textBoxes;
    this.textBoxes = [];
    for (const box of boxes) this.blocks(box);
  }

  private numberingOf(properties: XmlElement | undefined): NumberingReference | undefined {
    const numPr = firstChild(properties, 'w:numPr');
    const style = this.styles.get(childValue(properties, 'w:pStyle') ?? '');
    const numId = childValue(numPr, 'w:numId') ?? style?.numId;
    if (numId === undefined || numId === '0') return undefined;
    const level = childValue(numPr, 'w:ilvl');
    return { numId, level: level !== undefined ? Number(level) || 0 : style?.numId === numId ? style.level : 0 };
  }

  private inline(container: XmlElement, paragraph: number): void {
    for (const child of childElements(container)) {
      if (child.name === 'w:r') this.run(child, paragraph);
      else if (transparentInline.has(child.name)) this.inline(child, paragraph);
      else if (child.name === 'w:sdt') this.inline(firstChild(child, 'w:sdtContent') ?? child, paragraph);
      else if (child.name === 'mc:AlternateContent') this.inline(firstChild(child, 'mc:Choice') ?? child, paragraph);
      // w:del, w:moveFrom: rejected text; w:pPr, bookmarks, comment ranges, math: not report text
    }
  }

  private run(r: XmlElement, paragraph: number): void {
    const properties = firstChild(r, 'w:rPr');
    const run = this.runs.push({ openTag: this.xml.slice(r.start, r.openEnd).replace(/\/>$/, '>'), properties: properties ? this.xml.slice(properties.start, properties.end) : '' }) - 1;
    const at = (element: XmlElement, inText = false) => ({ paragraph, character: this.characterCount++, xmlStart: element.start, xmlEnd: element.end, run, inText });
    for (const child of childElements(r)) {
      switch (child.name) {
        case 't':
        case 'w:t':
          for (const node of child.children) {
            if (node.name !== '#text') continue;
            const { text, starts, ends } = decodeWithOffsets(this.xml, node as XmlText);
            for (let k = 0; k < text.length; k++) {
              this.push(text[k], { paragraph, character: this.characterCount++, xmlStart: starts[k], xmlEnd: ends[k], run, inText: true });
            }
          }
          break;
        case 'w:tab': case 'w:ptab': this.push('\t', at(child)); break;
        case 'w:br': case 'w:cr': this.push('\n', at(child)); break;
        case 'w:noBreakHyphen': this.push('-', at(child)); break;
        case 'w:drawing': case 'w:pict': case 'mc:AlternateContent': this.collectTextBoxes(child); break;
        default: break; // w:rPr, w:delText, w:instrText (field code), w:fldChar, note and comment references
      }
    }
  }

  /** Text boxes' paragraphs follow the paragraph that anchors them (one copy: mc:Fallback repeats mc:Choice). */
  private collectTextBoxes(element: XmlElement): void {
    for (const child of childElements(element)) {
      if (child.name === 'mc:Fallback') continue;
      if (child.name === 'w:txbxContent') this.textBoxes.push(child);
      else this.collectTextBoxes(child);
    }
  }

  private table(tbl: XmlElement): void {
    if (this.cellDepth) {
      for (const row of childElements(tbl, 'w:tr')) for (const cell of childElements(row, 'w:tc')) this.cell(cell);
      return;
    }
    const rows = childElements(tbl, 'w:tr');
    if (!rows.length) return;
    const width = rows.reduce((widest, row) => Math.max(widest, childElements(row, 'w:tc').reduce((sum, cell) => sum + span(cell), 0)), 0);
    if (this.separatorPending) this.generated('\n\n');
    rows.forEach((row, index) => {
      let columns = 0;
      this.generated('|');
      for (const cell of childElements(row, 'w:tc')) {
        this.generated(' ');
        const continued = childValue(firstChild(cell, 'w:tcPr'), 'w:vMerge') === undefined && firstChild(firstChild(cell, 'w:tcPr'), 'w:vMerge') !== undefined;
        if (!continued) this.cell(cell);
        else this.paragraphCount += countParagraphs(cell);
        this.generated(' |' + '  |'.repeat(span(cell) - 1));
        columns += span(cell);
      }
      for (; columns < width; columns++) this.generated('  |');
      this.flushLine(false);
      this.generated('\n');
      if (index === 0) {
        this.generated('|' + ' --- |'.repeat(width));
        this.flushLine(false);
        this.generated('\n');
      }
    });
    this.separatorPending = true;
    this.mergeNext = false;
  }

  private cell(cell: XmlElement): void {
    this.cellDepth++;
    this.blocks(cell);
    this.cellDepth--;
  }
}

function span(cell: XmlElement): number {
  return Math.max(1, Math.min(64, Number(childValue(firstChild(cell, 'w:tcPr'), 'w:gridSpan') ?? 1) || 1));
}

function countParagraphs(element: XmlElement): number {
  let count = 0;
  for (const child of childElements(element)) count += child.name === 'w:p' ? 1 : countParagraphs(child);
  return count;
}
