// GB/T 9704-2012 layout numbers shared by the HTML and Word renderers: one place for the page geometry and the fonts.

/** Font roles of a 公文: each maps to one GB font with fallbacks for machines that lack it. */
export type FontRole = 'title' | 'heiti' | 'kaiti' | 'fangsong' | 'songti';

/** Preferred font names per role, first choice first (the first one is what Word gets; HTML gets the whole stack). */
export const fontStacks: Record<FontRole, string[]> = {
  title: ['方正小标宋简体', '方正小标宋_GBK', 'FZXiaoBiaoSong-B05S', '小标宋', '华文中宋', 'STZhongsong', '宋体', 'SimSun', 'Songti SC'],
  heiti: ['黑体', 'SimHei', 'STHeiti', 'Heiti SC', 'Noto Sans CJK SC', 'Source Han Sans SC'],
  kaiti: ['楷体_GB2312', '楷体', 'KaiTi', 'KaiTi_GB2312', 'STKaiti', 'Kaiti SC'],
  fangsong: ['仿宋_GB2312', '仿宋', 'FangSong', 'FangSong_GB2312', 'STFangsong'],
  songti: ['宋体', 'SimSun', 'STSong', 'Songti SC', 'Noto Serif CJK SC'],
};

/** Generic CSS family that ends each stack. */
export const genericFamily: Record<FontRole, 'serif' | 'sans-serif'> = {
  title: 'serif', heiti: 'sans-serif', kaiti: 'serif', fangsong: 'serif', songti: 'serif',
};

/** Latin letters and digits in body text: GB/T 9704 leaves them to the writer; Times New Roman is the usual choice. */
export const latinFont = 'Times New Roman';

/**
 * The face for digits and Latin letters in a run of this role: the title's 小标宋 and a 黑体 heading keep their own
 * face ("2024年" in Times New Roman beside 黑体 looks like a patch); body text (仿宋, 楷体) takes Times New Roman.
 */
export function latinFontFor(role: FontRole, overrides: FontOverrides = {}): string {
  return role === 'title' || role === 'heiti' ? fontStack(role, overrides)[0] : latinFont;
}

/**
 * How Word and WPS should substitute each font on a machine without it (the document's fontTable): the usual
 * alternate name, the PANOSE classification and the GB2312 character set (hex 86), so 仿宋_GB2312 falls back to 仿宋
 * and 方正小标宋简体 to 宋体 instead of whatever the application picks.
 */
export const fontDeclarations: Record<FontRole, { altName: string; panose: string; family: 'roman' | 'modern' | 'swiss' | 'script' | 'auto'; pitch: 'fixed' | 'variable' }> = {
  title: { altName: '宋体', panose: '02000000000000000000', family: 'auto', pitch: 'variable' },
  heiti: { altName: 'SimHei', panose: '02010609060101010101', family: 'modern', pitch: 'fixed' },
  kaiti: { altName: '楷体', panose: '02010609030101010101', family: 'modern', pitch: 'fixed' },
  fangsong: { altName: '仿宋', panose: '02010609030101010101', family: 'modern', pitch: 'fixed' },
  songti: { altName: 'SimSun', panose: '02010600030101010101', family: 'auto', pitch: 'variable' },
};

/** Alternative first-choice font names per role (e.g. { fangsong: '仿宋' } for machines without 仿宋_GB2312). */
export type FontOverrides = Partial<Record<FontRole, string>>;

export function fontStack(role: FontRole, overrides: FontOverrides = {}): string[] {
  const preferred = overrides[role];
  const stack = fontStacks[role];
  return preferred ? [preferred, ...stack.filter((f) => f !== preferred)] : stack;
}

/** Page geometry in millimetres. */
export const page = {
  widthMm: 210,
  heightMm: 297,
  marginTopMm: 37,
  marginBottomMm: 35,
  marginLeftMm: 28,
  marginRightMm: 26,
  linesPerPage: 22,
  charsPerLine: 28,
  /** The page number sits 7 mm below the 版心. */
  footerBelowTextMm: 7,
} as const;

export const textWidthMm = page.widthMm - page.marginLeftMm - page.marginRightMm; // 156
export const textHeightMm = page.heightMm - page.marginTopMm - page.marginBottomMm; // 225

/** Font sizes in points: 2号 22 pt, 3号 16 pt, 4号 14 pt; the 版头's mark 一号 26 pt (GB/T 9704 leaves it to the office). */
export const fontSizePt = { title: 22, body: 16, pageNumber: 14, table: 14, imprint: 14, letterhead: 26 } as const;

/** Millimetres to whole twips, truncated as Word writes them (37 mm → 2097). */
export function mmToTwips(mm: number): number {
  return Math.floor((mm / 25.4) * 1440 + 1e-9);
}

/** Width of text in 3号 character cells: CJK and full-width characters take one cell, ASCII half of one. */
export function cellWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += isHalfWidth(ch) ? 0.5 : 1;
  return width;
}

const isHalfWidth = (ch: string) => /[\u0000-\u00ff\u2000-\u206f]/.test(ch);

/**
 * Width as Word and LibreOffice set it: they add about a quarter of a character between Chinese and half-width
 * text ("2025年2月20日" has five such boundaries), which `cellWidth` leaves out.
 */
export function setWidth(text: string): number {
  const chars = [...text];
  const boundaries = chars.filter((ch, k) => k > 0 && isHalfWidth(ch) !== isHalfWidth(chars[k - 1]) && !/\s/.test(ch + chars[k - 1])).length;
  return cellWidth(text) + boundaries / 4;
}

/**
 * Where the 落款 goes when there is no seal (GB/T 9704 7.3.5.2): the body name 右空二字, the date on the next line
 * starting two characters further right; a date longer than that keeps 右空二字 and the name moves with it.
 * Returns the column (in character cells from the left edge of the 版心) where each line starts, and which line is
 * the one 右空二字 (`anchored`): renderers set that one flush right with a two-character right indent, because the
 * width of digits is only estimated here (Word adds space between Chinese and digits), while the other line's column
 * is exact whenever it follows from the all-Chinese name.
 */
export function signatureColumns(signatureWidth: number, dateWidth: number, sealed = false): { signature: number; date: number; anchored?: 'signature' | 'date' } {
  if (sealed) return sealedColumns(signatureWidth, dateWidth);
  const line = page.charsPerLine;
  const nameOnly = signatureWidth > 0 ? line - 2 - signatureWidth : 0;
  if (!dateWidth) return { signature: Math.max(0, nameOnly), date: 0, anchored: signatureWidth > 0 ? 'signature' : undefined };
  if (!signatureWidth) return { signature: 0, date: Math.max(0, line - 2 - dateWidth), anchored: 'date' };
  const dateLonger = nameOnly + 2 > line - 2 - dateWidth;
  const date = Math.min(nameOnly + 2, line - 2 - dateWidth);
  return { signature: Math.max(0, date - 2), date: Math.max(0, date), anchored: dateLonger ? 'date' : 'signature' };
}

/**
 * The 落款 of a sealed report (GB/T 9704 7.3.5.1, 加盖印章): the date 右空四字, the body name centred over it (over the
 * date's width, whichever is longer); the seal then presses on both. The date is the anchored line.
 */
function sealedColumns(signatureWidth: number, dateWidth: number): { signature: number; date: number; anchored: 'date' } {
  const date = Math.max(0, page.charsPerLine - 4 - dateWidth);
  return { signature: Math.max(0, date + (dateWidth - signatureWidth) / 2), date, anchored: 'date' };
}

/** 版头 (GB/T 9704 7.2): the issuing body's mark in red, the document number and, for a report sent up, the signer. */
export interface Letterhead {
  /** 发文机关标志, e.g. "明湖市司法局文件" or "明湖市司法局". */
  mark: string;
  /** 发文字号, e.g. "明司〔2025〕3号". */
  number?: string;
  /** 签发人 (上行文), e.g. "张三". */
  signer?: string;
}

/** 上行文: the mark's top edge 80 mm below the 版心's top edge (7.2.2); the red rule 4 mm under the number (7.2.5). */
export const letterheadMm = { markTop: 80, ruleBelowNumber: 4 } as const;
export const letterheadRed = 'C00000';
