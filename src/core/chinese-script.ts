// Which characters are standard in a simplified-Chinese report: the 8,105 characters of 《通用规范汉字表》, and for
// the others (traditional characters, Japanese and Taiwan/Hong Kong variants, CJK compatibility ideographs, Kangxi
// radicals) the standard character(s) they stand for. The only module that reads the character tables, so rules
// and other features (e.g. recognising a traditional-script title) can share it.
//
// A compact table derived from OpenCC's dictionaries (scripts/wording-data.mjs), not opencc-js's converter (script.ts
// reads traditional-script copies with it): the converter keeps one form per character, while a fix here is certain
// only when a traditional character has one standard form (鍾 → 钟 or 锺 is a choice); a table lookup per character
// is also far cheaper than converting text.
import standardData from './data/standard-chars.json';
import variantData from './data/variant-chars.json';

let standard: Uint8Array | undefined;
let standardAstral: Set<string> | undefined;
const variantTable = variantData.map as Record<string, string>;

/** One byte per BMP code point (a typed-array read is the cheapest per-character test); the few beyond it in a Set. */
function standardTable(): Uint8Array {
  if (!standard) {
    standard = new Uint8Array(0x10000);
    standardAstral = new Set();
    for (const ch of standardData.chars) {
      if (ch.length === 1) standard[ch.charCodeAt(0)] = 1;
      else standardAstral.add(ch);
    }
  }
  return standard;
}

/**
 * The standard forms of a variant, read from the table for the character asked about: a Map of all 3,154 entries
 * cost a first check several milliseconds to build, far more than its few lookups.
 */
function variantForms(ch: string): string[] | undefined {
  return Object.hasOwn(variantTable, ch) ? [...variantTable[ch]] : undefined;
}

/** The Han characters of some prose: how many, and where those outside the standard table stand. */
export interface HanReading {
  han: number;
  /** Offsets of the Han-like characters not in 《通用规范汉字表》, in order. */
  odd: number[];
}

/**
 * Adds the Han characters of text[from, to) to `into`, the odd ones at their offset less `base`: read per block unit
 * and kept while the unit is unchanged (block-readings.ts), or over the whole report.
 */
export function readHan(text: string, from: number, to: number, base: number, into: HanReading): void {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    // Fast paths: everything below the CJK radicals, and standard characters.
    if (c < 0x2e80) continue;
    if (isStandardCode(c)) {
      into.han++;
      continue;
    }
    const wide = c >= 0xd800 && c <= 0xdbff;
    if (isHanLike(wide ? text.slice(k, k + 2) : text[k])) {
      into.han++;
      into.odd.push(k - base);
    }
    if (wide) k++;
  }
}

/** A Han character, or a code point that displays as one (compatibility ideographs, Kangxi and supplementary radicals). */
export function isHanLike(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0x2e80 && c <= 0x2fdf) || (c >= 0x20000 && c <= 0x3134f);
}

/** Whether `ch` is one of the 8,105 characters of 《通用规范汉字表》. */
export function isStandardChar(ch: string): boolean {
  const table = standardTable();
  return ch.length === 1 ? table[ch.charCodeAt(0)] === 1 : standardAstral!.has(ch);
}

/** The same test for a BMP code unit (a surrogate half is never standard: test the pair with isStandardChar). */
export function isStandardCode(code: number): boolean {
  return standardTable()[code] === 1;
}

export type NonStandardKind = 'compatibility' | 'variant' | 'unknown';

export interface NonStandardChar {
  kind: NonStandardKind;
  /** Standard characters it stands for: one means the correction is certain; none means no known standard form. */
  forms: string[];
}

/**
 * What a Han-like character outside the table is: a look-alike code point of a standard character
 * ('compatibility': ⼈ U+2F08 for 人), a traditional or variant form ('variant': 縣 → 县), or neither ('unknown').
 * Undefined for a standard character or a non-Han one.
 */
export function classifyChar(ch: string): NonStandardChar | undefined {
  if (!isHanLike(ch) || isStandardChar(ch)) return undefined;
  const unified = ch.normalize('NFKC');
  if (unified !== ch && [...unified].length === 1) {
    if (isStandardChar(unified)) return { kind: 'compatibility', forms: [unified] };
    const forms = variantForms(unified);
    if (forms) return { kind: 'compatibility', forms };
  }
  const forms = variantForms(ch);
  return forms ? { kind: 'variant', forms } : { kind: 'unknown', forms: [] };
}
