// Shared vocabulary of the engine. Editor-agnostic: no vscode / LSP imports here or anywhere in src/core.

/** Half-open range of UTF-16 code unit offsets into `ReportDocument.text`. */
export interface Span {
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** How a severity is named to the user. */
export const severityLabel: Record<Severity, string> = { error: '错误', warning: '警告', information: '提示', hint: '建议' };

export interface TextEdit {
  span: Span;
  newText: string;
}

/**
 * - 'certain': the one correct text, changing no figure value (punctuation forms, numbering markers, number forms,
 *   relative years from the report year). Fix-all applies these.
 * - 'choice': a correction the writer must choose — any figure (sum, rate, share, change, conflict, target), a year,
 *   one of several readings. Offered one by one as a quick fix, never applied in bulk.
 */
export type FixKind = 'certain' | 'choice';

export interface Fix {
  /** Chinese, imperative: "将总数改为410". */
  title: string;
  edits: TextEdit[];
  /**
   * How many edits it makes, where its edits are built only when read (a fix of thousands of marks): what the editor's
   * diagnostics ask before they carry a fix's edits or leave them to be computed when it is chosen. Such a fix builds
   * its edits in text order, each after the last, so nothing needs to read them to know they do not collide.
   */
  editCount?: number;
  kind: FixKind;
  /** Shown as the preferred quick fix (Ctrl+. applies it first). */
  preferred?: boolean;
}

export interface RelatedLocation {
  span: Span;
  message: string;
}

export interface Finding {
  /** Stable rule code, e.g. "figure/sum", "structure/numbering-style". */
  code: string;
  severity: Severity;
  /** Chinese message that says what was expected and what was found (with the arithmetic for figures). */
  message: string;
  span: Span;
  fixes: Fix[];
  related: RelatedLocation[];
}

/** Where a checkable report element could not be found, and why. */
export interface MissingElement {
  element: 'title' | 'addressee' | 'lead' | 'signature' | 'date' | 'year';
  reason: string;
}

/**
 * Numbering styles of 层次序数. The four canonical ones are GB/T 9704: 一、 （一） 1. （1）.
 * The others are the variants writers really type; each belongs to the level of its family.
 */
export type NumberingStyle =
  | 'cn-dun' // 一、  (level 1, canonical)
  | 'cn-dot' // 一.  一．
  | 'cn-paren' // （一） (level 2, canonical)
  | 'cn-paren-half' // (一)
  | 'cn-paren-dun' // （一）、
  | 'ar-dot' // 1.  1． (level 3, canonical)
  | 'ar-dun' // 1、
  | 'ar-paren' // （1） (level 4, canonical)
  | 'ar-paren-half' // (1)
  | 'ar-paren-dun'; // （1）、

export type HeadingLevel = 1 | 2 | 3 | 4;

export interface HeadingMarker {
  level: HeadingLevel;
  /** 1-based ordinal: 三、 → 3. */
  ordinal: number;
  style: NumberingStyle;
  /** The marker as typed, e.g. "1、" or "(一)". */
  markerText: string;
  markerSpan: Span;
  /** The GB/T 9704 form of this marker, e.g. "1." for "1、". */
  canonicalText: string;
}

export type BlockKind =
  | 'title'
  | 'addressee'
  | 'subtitle' // a report delivered at a meeting: "——在……会议上" and the speaker's line, under the title
  | 'heading'
  | 'paragraph'
  | 'table'
  | 'attachment' // 附件说明: "附件：1.××" and the numbered lines under it, between the body and the 落款
  | 'signature'
  | 'date'
  | 'imprint' // 版记 at the end: "抄送：……" and "××办公室  2024年2月28日印发" (GB/T 9704 7.4)
  | 'appendix-label' // "附件" / "附件2" on its own line after the 成文日期: an attachment follows (GB/T 9704 8)
  | 'appendix-title' // the attachment's title, the line under its label
  | 'chrome' // web-page header/footer lines around a pasted report
  | 'code'
  | 'html'
  | 'frontmatter';

export interface TableCellModel {
  text: string;
  span: Span;
}

/** A logical paragraph. In one-line pasted text, one source line holds many blocks. */
export interface Block {
  kind: BlockKind;
  /** The whole block, including a Markdown "#" prefix and the heading marker. */
  span: Span;
  /** The text after Markdown markers and the heading marker (for a heading), trimmed. */
  contentSpan: Span;
  content: string;
  heading?: HeadingMarker;
  /** Markdown ATX/setext heading depth when the block was written as a Markdown heading. */
  markdownDepth?: number;
  /**
   * Written as an item of a Markdown ordered list ("1. 第一项", a space after the marker): a list item, shown as
   * body text even when its marker reads as a 层次序数 ("1.加强……" without the space is a Heading 3).
   */
  listItem?: boolean;
  /** For kind 'table': rows of cells (first row is the header). */
  rows?: TableCellModel[][];
  /** 一是…二是… enumerations inside this block. */
  enumerations: EnumerationItem[];
  /** Index in ReportDocument.blocks. */
  index: number;
}

export interface EnumerationItem {
  /** 1-based: 三是 → 3. */
  ordinal: number;
  markerText: string; // "三是"
  markerSpan: Span;
}

export interface Section {
  heading: Block;
  level: HeadingLevel;
  /** Heading text up to the first sentence end (the heading proper, without the run-in body text). */
  title: string;
  titleSpan: Span;
  /** From the heading's start to the start of the next heading of the same or a higher level (or the body end). */
  span: Span;
  children: Section[];
  /** Non-heading blocks directly under this heading (not in a child section). */
  blocks: Block[];
}

export interface Sentence {
  span: Span;
  text: string;
  blockIndex: number;
}

export interface DateValue {
  year: number;
  month: number;
  day: number;
  span: Span;
  text: string;
  /**
   * "2023年2月28日" → 'arabic'; "二〇二三年二月二十八日" → 'chinese'; "2023-02-28" → 'iso';
   * "2024年×月×日" (not filled in yet; unknown parts are 0) → 'placeholder'; "2025年2月" alone on its line (day 0)
   * → 'partial'.
   */
  form: 'arabic' | 'chinese' | 'iso' | 'placeholder' | 'partial';
}

/** A place that names the year the report is about. */
export interface YearVote {
  value: number;
  /** The year as written ("2024" of "2024年"; the whole 成文日期 for 'date'). */
  span: Span;
  /**
   * 'title': the title's year; 'lead': the lead's first year; 'date': the 成文日期's year, or the year before for a
   * date in the first half of a year; 'plan': the year of the next-year plan's heading, minus one; 'results': the year
   * of the one results heading that names one ("一、2024年推进法治政府建设的主要举措和成效").
   */
  source: 'title' | 'lead' | 'date' | 'plan' | 'results';
}

export interface YearInfo {
  value: number;
  span: Span;
  source: YearVote['source'] | 'frontmatter';
  /**
   * Every place that names the report year, whether or not it agrees. The title decides unless two others agree on
   * another year and nothing else backs the title's (a title left at last year's number in an updated report).
   */
  votes: YearVote[];
}

export interface DisableDirective {
  kind: 'next-line' | 'file';
  /** Empty means every code. */
  codes: string[];
  span: Span;
  /** For 'next-line': the 0-based line the directive applies to. */
  targetLine?: number;
}

export interface ReportDocument {
  /** The text exactly as given (BOM and CRLF kept): every Span indexes this. */
  text: string;
  /**
   * Same length as `text`, for matching only: full-width ASCII (０-９, Ａ-Ｚ, （）．％ …) folded to half-width,
   * U+3000 and BOM to a space, a traditional-script text converted to simplified (報告 → 报告). Offsets are identical
   * to `text`.
   */
  norm: string;
  /**
   * Same length as `text`, as written but in simplified script: `text` itself, unless the text is a traditional-script
   * copy (報告 → 报告, 條 → 条, 萬 → 万). Numbers and the figures' words are read from it, so that a copy from a
   * government site's 繁体 page is checked like the simplified page.
   */
  reading: string;
  format: 'markdown' | 'plaintext';
  /** Start offset of each line (after "\n", "\r\n" or a lone "\r", as LSP counts lines). */
  lineStarts: number[];
  blocks: Block[];
  /** Top-level sections (level 1, or the shallowest level present), each with its children. */
  sections: Section[];
  /** All heading blocks in order, whatever their level. */
  headings: Block[];
  sentences: Sentence[];
  title?: Block;
  addressee?: Block;
  lead?: Block;
  signature?: Block;
  date?: DateValue;
  year?: YearInfo;
  frontMatter?: { span: Span; data: Record<string, string> };
  directives: DisableDirective[];
  missing: MissingElement[];
  /**
   * How the text had to be read, for the user to know (one line each, Chinese): e.g. Markdown nested far too deep,
   * read line by line as plain text. The CLI prints them on stderr, the language server logs and shows them.
   */
  notices: string[];
  /** Span of the body: from the first block after title/addressee to the end of the last non-signature block. */
  bodySpan: Span;
}
