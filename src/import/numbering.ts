// Word's automatic numbering (word/numbering.xml + w:numPr), resolved to the markers a reader sees: a writer who
// numbers headings with Word's list feature has "一、" on screen but not in the text, and the checker needs it back.
import { childElements, childValue, firstChild, type XmlElement } from './xml';

interface Level {
  start: number;
  format: string;
  text: string;
  /** 1-based level after which this one restarts; 0 = never restarts (w:lvlRestart). */
  restartAfter?: number;
  /** w:suff: what Word puts between the marker and the text. */
  suffix: 'tab' | 'space' | 'nothing';
  legal: boolean;
}

interface Instance {
  abstractId: string;
  startOverrides: Map<number, number>;
  levelOverrides: Map<number, Level>;
}

export interface NumberingReference {
  numId: string;
  level: number;
}

const digits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const tianGan = '甲乙丙丁戊己庚辛壬癸';
const enclosedCircles = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** 一 … 九十九, 一百 … (chineseCounting; 十一 not 一十一). */
export function chineseCounting(n: number): string {
  if (n <= 0) return '〇';
  if (n < 10) return digits[n];
  if (n < 100) return (n >= 20 ? digits[Math.floor(n / 10)] : '') + '十' + digits[n % 10];
  return String(n);
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [value, letters] of table) while (n >= value) { out += letters; n -= value; }
  return out;
}

function letters(n: number): string {
  if (n <= 0) return String(n);
  const letter = String.fromCharCode(0x41 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting': case 'chineseCountingThousand': case 'japaneseCounting': case 'ideographDigital':
    case 'chineseLegalSimplified': case 'taiwaneseCounting': case 'taiwaneseCountingThousand':
      return chineseCounting(n);
    case 'ideographTraditional': return n >= 1 && n <= 10 ? tianGan[n - 1] : String(n);
    case 'decimalEnclosedCircle': case 'decimalEnclosedCircleChinese': case 'ideographEnclosedCircle':
      return n >= 1 && n <= 20 ? enclosedCircles[n - 1] : String(n);
    case 'decimalFullWidth': case 'decimalFullWidth2':
      return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    case 'decimalZero': return n < 10 ? `0${n}` : String(n);
    case 'upperRoman': return roman(n);
    case 'lowerRoman': return roman(n).toLowerCase();
    case 'upperLetter': return letters(n);
    case 'lowerLetter': return letters(n).toLowerCase();
    case 'none': return '';
    default: return String(n); // decimal and formats a Chinese report does not use
  }
}

function readLevel(lvl: XmlElement): Level {
  const suffix = childValue(lvl, 'w:suff');
  const restart = childValue(lvl, 'w:lvlRestart');
  return {
    start: Number(childValue(lvl, 'w:start') ?? 1) || 0,
    format: childValue(lvl, 'w:numFmt') ?? 'decimal',
    text: childValue(lvl, 'w:lvlText') ?? '',
    restartAfter: restart === undefined ? undefined : Number(restart),
    suffix: suffix === 'space' || suffix === 'nothing' ? suffix : 'tab',
    legal: firstChild(lvl, 'w:isLgl') !== undefined && childValue(lvl, 'w:isLgl') !== '0',
  };
}

function readLevels(parent: XmlElement): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const lvl of childElements(parent, 'w:lvl')) levels.set(Number(lvl.attrs['w:ilvl'] ?? 0), readLevel(lvl));
  return levels;
}

/**
 * Counts list paragraphs in document order and renders each one's marker. Counters belong to the abstract list
 * (Word continues a list across w:num instances that share one), a w:startOverride restarts its level at the
 * instance's first paragraph, and using a level resets the deeper ones.
 */
export class NumberingResolver {
  private abstracts = new Map<string, Map<number, Level>>();
  private instances = new Map<string, Instance>();
  private counters = new Map<string, (number | undefined)[]>();
  private overridden = new Set<string>();

  constructor(numbering: XmlElement | undefined) {
    const root = numbering && firstChild(numbering, 'w:numbering');
    if (!root) return;
    for (const abstract of childElements(root, 'w:abstractNum')) this.abstracts.set(abstract.attrs['w:abstractNumId'], readLevels(abstract));
    for (const num of childElements(root, 'w:num')) {
      const instance: Instance = { abstractId: childValue(num, 'w:abstractNumId') ?? '', startOverrides: new Map(), levelOverrides: new Map() };
      for (const override of childElements(num, 'w:lvlOverride')) {
        const level = Number(override.attrs['w:ilvl'] ?? 0);
        const start = childValue(override, 'w:startOverride');
        if (start !== undefined) instance.startOverrides.set(level, Number(start) || 0);
        const lvl = firstChild(override, 'w:lvl');
        if (lvl) instance.levelOverrides.set(level, readLevel(lvl));
      }
      this.instances.set(num.attrs['w:numId'], instance);
    }
  }

  /** The marker for the next paragraph of this list, and what Word puts after it; undefined for no visible marker. */
  next(ref: NumberingReference): { marker: string; suffix: Level['suffix'] } | undefined {
    const instance = this.instances.get(ref.numId);
    if (!instance) return undefined; // numId 0 ("no numbering") and dangling references
    const level = this.level(instance, ref.level);
    if (!level) return undefined;
    const counters = this.counters.get(instance.abstractId) ?? [];
    this.counters.set(instance.abstractId, counters);
    if (!this.overridden.has(ref.numId)) {
      this.overridden.add(ref.numId);
      for (const [ilvl, start] of instance.startOverrides) counters[ilvl] = start - 1;
    }
    counters[ref.level] = (counters[ref.level] ?? this.startOf(instance, ref.level) - 1) + 1;
    for (let deeper = ref.level + 1; deeper < 9; deeper++) {
      const lower = this.level(instance, deeper);
      if (lower?.restartAfter === 0) continue;
      if (lower?.restartAfter !== undefined && lower.restartAfter < ref.level + 1) continue;
      counters[deeper] = undefined;
    }
    if (level.format === 'bullet') return level.text ? { marker: level.text, suffix: level.suffix } : undefined;
    const marker = level.text.replace(/%([1-9])/g, (_, digit: string) => {
      const k = Number(digit) - 1;
      const other = this.level(instance, k);
      const value = counters[k] ?? this.startOf(instance, k);
      return formatNumber(value, level.legal ? 'decimal' : other?.format ?? 'decimal');
    });
    return marker ? { marker, suffix: level.suffix } : undefined;
  }

  private level(instance: Instance, ilvl: number): Level | undefined {
    return instance.levelOverrides.get(ilvl) ?? this.abstracts.get(instance.abstractId)?.get(ilvl);
  }

  private startOf(instance: Instance, ilvl: number): number {
    return instance.startOverrides.get(ilvl) ?? this.level(instance, ilvl)?.start ?? 1;
  }
}

/** Paragraph styles' numbering (a heading style may carry the list), following w:basedOn. */
export function styleNumbering(styles: XmlElement | undefined): Map<string, NumberingReference> {
  const root = styles && firstChild(styles, 'w:styles');
  const direct = new Map<string, { numId?: string; level?: number; basedOn?: string }>();
  for (const style of root ? childElements(root, 'w:style') : []) {
    if (style.attrs['w:type'] !== 'paragraph') continue;
    const numPr = firstChild(firstChild(style, 'w:pPr'), 'w:numPr');
    const level = childValue(numPr, 'w:ilvl');
    direct.set(style.attrs['w:styleId'], { numId: childValue(numPr, 'w:numId'), level: level === undefined ? undefined : Number(level), basedOn: childValue(style, 'w:basedOn') });
  }
  const resolved = new Map<string, NumberingReference>();
  for (const id of direct.keys()) {
    let numId: string | undefined;
    let level: number | undefined;
    const seen = new Set<string>();
    for (let cursor: string | undefined = id; cursor && !seen.has(cursor); cursor = direct.get(cursor)?.basedOn) {
      seen.add(cursor);
      const entry = direct.get(cursor);
      numId ??= entry?.numId;
      level ??= entry?.level;
    }
    if (numId !== undefined) resolved.set(id, { numId, level: level ?? 0 });
  }
  return resolved;
}
