// structure/numbering-* — 层次序数 (GB/T 9704-2012: 一、 （一） 1. （1）) of headings, and 一是/二是 enumerations.
// Heading markers only: brackets in body text are the punctuation rules' business.
import { groupBy } from '../collections';
import { scanEnumerationMarkers } from '../parse/outline';
import { defineCodes, report, type Rule, type RuleContext } from '../rule';
import { toChineseOrdinal } from '../text';
import { shiftSpan } from '../unit-cache';
import type { Block, EnumerationItem, Finding, HeadingLevel, HeadingMarker, NumberingStyle, ReportDocument, Section, Span, TextEdit } from '../types';
import { quote } from './structure-shared';

const canonicalStyles = new Set<NumberingStyle>(['cn-dun', 'cn-paren', 'ar-dot', 'ar-paren']);

const styleReason: Partial<Record<NumberingStyle, string>> = {
  'cn-dot': '第一层序数后用“、”，不用“.”',
  'cn-paren-half': '括号序数应使用全角括号“（）”',
  'cn-paren-dun': '括号序数后不再加“、”',
  'ar-dun': '第三层序数后用“.”，不用“、”',
  'ar-paren-half': '括号序数应使用全角括号“（）”',
  'ar-paren-dun': '括号序数后不再加“、”',
};

const levelExample: Record<HeadingLevel, string> = { 1: '一、', 2: '（一）', 3: '1.', 4: '（1）' };
const levelName: Record<HeadingLevel, string> = { 1: '第一层', 2: '第二层', 3: '第三层', 4: '第四层' };

const CODES = defineCodes({
  'structure/numbering-style': {
    severity: 'warning',
    fixable: true,
    description: '层次序数写法不符合 GB/T 9704（“一、”“（一）”“1.”“（1）”）',
    descriptionEn: 'A heading number not in the GB/T 9704 form (一、 （一） 1. （1）)',
  },
  'structure/numbering-sequence': {
    severity: 'warning',
    fixable: true,
    description: '层次序数跳号、重复或未重新编号',
    descriptionEn: 'Heading numbers skipped, repeated or not restarted',
  },
  'structure/numbering-level': {
    severity: 'warning',
    fixable: false,
    description: '层次序数跳级或层次颠倒',
    descriptionEn: 'A heading level skipped or levels inverted',
  },
  'structure/numbering-enumeration': {
    severity: 'warning',
    fixable: true,
    description: '“一是……二是……”列举序号不连续',
    descriptionEn: 'An 一是/二是 enumeration out of order',
  },
});

export const structureNumbering: Rule = {
  id: 'structure/numbering',
  codes: CODES,
  meta: {
    description: '层次序数应依次为“一、”“（一）”“1.”“（1）”，连续编号；“一是”“二是”应依次排列',
    descriptionEn: 'Heading numbers follow GB/T 9704 (一、 （一） 1. （1）) in sequence; 一是/二是 enumerations run in order',
  },
  check(doc, ctx) {
    const reversed = levelReversals(doc);
    return [
      ...styleFindings(doc),
      // After a reversal the tree is misread: sequence and skipped-level findings would only echo it.
      ...(reversed.length ? reversed : [...sequenceFindings(doc), ...skippedLevelFindings(doc)]),
      ...enumerationFindings(doc, ctx),
    ];
  },
};

/** One finding per non-standard marker style, at its first occurrence, fixing every occurrence. */
function styleFindings(doc: ReportDocument): Finding[] {
  // Grouped in one pass: a copy of the group per marker was quadratic in a report of hundreds of such headings.
  const byStyle = groupBy(doc.headings.map((h) => h.heading!).filter((m) => !canonicalStyles.has(m.style)), (m) => m.style);
  return [...byStyle.entries()].map(([style, markers]) => {
    const first = markers[0];
    return report('structure/numbering-style', {
      message: `层次序数${quote(first.markerText)}应写作${quote(first.canonicalText)}（共${markers.length}处）：${styleReason[style]}（GB/T 9704）`,
      span: first.markerSpan,
      fixes: [{
        kind: 'certain',
        title: markers.length > 1 ? `全部改为GB/T 9704写法（${markers.length}处）` : `改为${quote(first.canonicalText)}`,
        preferred: true,
        edits: markers.map((m) => ({ span: m.markerSpan, newText: m.canonicalText })),
      }],
      related: markers.slice(1, 20).map((m) => ({ span: m.markerSpan, message: `同类写法${quote(m.markerText)}` })),
    });
  });
}

/**
 * Siblings (same parent, same level) numbered 1, 2, 3…; every sub-level restarts under each new parent — except that
 * sub-levels may be numbered straight through the report ((一) 1. 2. (二) 3. 4.; 一、(一)(二) 二、(三), the way the
 * 法治政府建设实施纲要 numbers its （一）…), as long as no parent has restarted them.
 */
const LEVELS: readonly HeadingLevel[] = [1, 2, 3, 4];

function sequenceFindings(doc: ReportDocument): Finding[] {
  const out: Finding[] = [];
  const through = new Map<HeadingLevel, { last: number; restarted: boolean }>();
  const visit = (parent: Section | undefined, children: Section[]) => {
    // Most sections have no children: nothing to number (a report has hundreds of headings).
    if (!children.length) return;
    for (const level of LEVELS) {
      for (const run of runsOf(children.filter((c) => c.level === level), level)) {
        const first = run[0].heading.heading!.ordinal;
        const seen = through.get(level);
        const continues = level >= 2 && seen !== undefined && !seen.restarted && first > 1 && first === seen.last + 1;
        const finding = checkRun(doc, parent, run, continues ? seen.last : 0);
        if (finding) out.push(finding);
        through.set(level, { last: run[run.length - 1].heading.heading!.ordinal, restarted: (seen?.restarted ?? false) || (seen !== undefined && first === 1) });
      }
    }
    for (const c of children) visit(c, c.children);
  };
  visit(undefined, doc.sections);
  return out;
}

/** Levels 3 and 4 may hold several short lists under one parent: a new "1." starts a new list there. */
function runsOf(siblings: Section[], level: HeadingLevel): Section[][] {
  const runs: Section[][] = [];
  for (const s of siblings) {
    if (!runs.length || (level >= 3 && s.heading.heading!.ordinal === 1)) runs.push([]);
    runs[runs.length - 1].push(s);
  }
  return runs;
}

/** `base`: the number the run continues from (0 when it starts afresh at 1). */
function checkRun(doc: ReportDocument, parent: Section | undefined, run: Section[], base: number): Finding | undefined {
  const markers = run.map((s) => s.heading.heading!);
  const d = markers.findIndex((m, k) => m.ordinal !== base + k + 1);
  if (d < 0) return undefined;
  const m = markers[d];
  const want = base + d + 1;
  const expected = markerLike(m, want);
  // The expected marker typed where the parser did not see a heading (glued to the text before): stay silent.
  const from = d > 0 ? markers[d - 1].markerSpan.end : parent ? parent.heading.span.end : doc.bodySpan.start;
  if (markerPresent(doc, { start: from, end: m.markerSpan.start }, m, want)) return undefined;
  let what: string;
  if (d === 0) {
    what = parent
      ? `${quote(parent.heading.heading!.markerText)}下的第一个${levelName[m.level]}序数应为${quote(expected)}，实为${quote(m.markerText)}：下级序数在每个上级标题下重新编号`
      : `第一个${levelName[m.level]}序数应为${quote(expected)}，实为${quote(m.markerText)}`;
  } else {
    const prev = markers[d - 1];
    const kind = m.ordinal === prev.ordinal ? '重复' : m.ordinal === 1 ? '重新从头编号' : m.ordinal > want ? `跳过了${skipped(m, want)}` : '顺序错乱';
    what = `层次序数${kind}：${quote(prev.markerText)}之后应为${quote(expected)}，实为${quote(m.markerText)}`;
  }
  const edits = markers.flatMap((x, k) => (k >= d && x.ordinal !== base + k + 1 ? [numeralEdit(x.markerSpan, x.markerText, base + k + 1)] : []));
  return report('structure/numbering-sequence', {
    message: what,
    span: m.markerSpan,
    fixes: [{ kind: 'certain', title: edits.length > 1 ? `自${quote(m.markerText)}起依次重新编号（${edits.length}处）` : `改为${quote(expected)}`, edits }],
    related: d > 0 ? [{ span: markers[d - 1].markerSpan, message: '前一个同级序数' }] : [],
  });
}

function skipped(m: HeadingMarker, from: number): string {
  const names: string[] = [];
  for (let k = from; k < m.ordinal && names.length < 3; k++) names.push(quote(markerLike(m, k)));
  return names.join('') + (m.ordinal - from > 3 ? '等' : '');
}

/** The marker `m` would have with another ordinal, in the writer's own style. */
function markerLike(m: HeadingMarker, ordinal: number): string {
  return m.markerText.replace(/[一二三四五六七八九十]+|[0-9０-９]+/, m.level <= 2 ? toChineseOrdinal(ordinal) : String(ordinal));
}

function numeralEdit(span: Span, markerText: string, ordinal: number): TextEdit {
  const at = /[一二三四五六七八九十]+|[0-9０-９]+/.exec(markerText)!;
  const start = span.start + at.index;
  const cn = /[一二三四五六七八九十]/.test(at[0]);
  return { span: { start, end: start + at[0].length }, newText: cn ? toChineseOrdinal(ordinal) : String(ordinal) };
}

function markerPresent(doc: ReportDocument, span: Span, m: HeadingMarker, ordinal: number): boolean {
  const numeral = m.level <= 2 ? toChineseOrdinal(ordinal) : String(ordinal);
  const forms = m.level % 2 === 0 ? [`(${numeral})`] : [`${numeral}、`, `${numeral}.`];
  const slice = doc.norm.slice(span.start, span.end);
  return forms.some((f) => m.level >= 3 ? new RegExp(`(^|[^0-9.])${f.replace(/[.()]/g, '\\$&')}(?![0-9])`).test(slice) : slice.includes(f));
}

/** A level's first item right after the first item of a deeper level ("1." then "（一）"): the levels are swapped. */
function levelReversals(doc: ReportDocument): Finding[] {
  const pairs: { a: HeadingMarker; b: HeadingMarker }[] = [];
  for (let k = 1; k < doc.headings.length; k++) {
    const a = doc.headings[k - 1].heading!;
    const b = doc.headings[k].heading!;
    if (a.ordinal === 1 && b.ordinal === 1 && b.level < a.level) pairs.push({ a, b });
  }
  if (!pairs.length) return [];
  const { a, b } = pairs[0];
  return [report('structure/numbering-level', {
    message: `层次顺序颠倒：${quote(a.markerText)}（${levelName[a.level]}）之下使用了更高层次的${quote(b.markerText)}（${levelName[b.level]}）${pairs.length > 1 ? `（共${pairs.length}处）` : ''}：GB/T 9704 的顺序为“一、”“（一）”“1.”“（1）”`,
    span: b.markerSpan,
    related: pairs.slice(1, 20).map((p) => ({ span: p.b.markerSpan, message: '同类颠倒' })),
  })];
}

/** A heading whose children skip a level (一、 straight to 1.); one finding per kind of skip. */
function skippedLevelFindings(doc: ReportDocument): Finding[] {
  const groups = new Map<string, { parent?: HeadingMarker; child: HeadingMarker; count: number; spans: Span[] }>();
  const note = (parent: HeadingMarker | undefined, child: HeadingMarker) => {
    const parentLevel = parent?.level ?? 0;
    if (child.level <= parentLevel + 1) return;
    const key = `${parentLevel}>${child.level}`;
    const g = groups.get(key);
    if (g) { g.count++; g.spans.push(child.markerSpan); }
    else groups.set(key, { parent, child, count: 1, spans: [child.markerSpan] });
  };
  const visit = (parent: Section | undefined, children: Section[]) => {
    // The shallowest child decides: "1." lists after the "（一）"s of the same parent are not a skip.
    const shallowest = children.reduce<Section | undefined>((best, c) => (!best || c.level < best.level ? c : best), undefined);
    if (shallowest) note(parent?.heading.heading, shallowest.heading.heading!);
    for (const c of children) visit(c, c.children);
  };
  visit(undefined, doc.sections);
  return [...groups.values()].map(({ parent, child, count, spans }) => {
    const missingLevel = ((parent?.level ?? 0) + 1) as HeadingLevel;
    const where = parent ? `${quote(parent.markerText)}之下` : '标题之下';
    return report('structure/numbering-level', {
      message: `层次序数跳级：${where}直接使用${levelName[child.level]}${quote(child.markerText)}，缺少${levelName[missingLevel]}${quote(levelExample[missingLevel])}（共${count}处）`,
      span: child.markerSpan,
      related: spans.slice(1, 20).map((span) => ({ span, message: '同类跳级' })),
    });
  });
}

/** 一是、二是… in order within a section; a new "一是" starts a new run. */
function enumerationFindings(doc: ReportDocument, ctx: RuleContext): Finding[] {
  const runs: EnumerationItem[][] = [];
  let current: EnumerationItem[] | undefined;
  const add = (block: Block, items: readonly EnumerationItem[]) => {
    if (block.kind !== 'paragraph') current = undefined; // a heading opens a new section
    for (const item of items) {
      if (item.ordinal === 1) runs.push((current = []));
      // Items before any "一是" in the section have no known start.
      current?.push(item);
    }
  };
  const markersOf = (block: Block) => (isProse(block) ? scanEnumerationMarkers(doc.text, doc.norm, block.contentSpan) : []);
  // In the editor, each block unit's markers are read while it is unchanged; the runs are joined report-wide.
  const units = ctx.unitReadings(UNIT_MARKERS, (unit, base) => {
    const own: EnumerationItem[][] = [];
    for (let b = unit.first; b <= unit.last; b++) own.push(markersOf(doc.blocks[b]).map((item) => movedItem(item, -base)));
    return own;
  }, () => true);
  if (units) {
    for (const { unit, base, value } of units) {
      for (let b = unit.first; b <= unit.last; b++) add(doc.blocks[b], value[b - unit.first].map((item) => movedItem(item, base)));
    }
  } else for (const block of doc.blocks) add(block, markersOf(block));
  const out: Finding[] = [];
  for (const run of runs) {
    const d = run.findIndex((item, k) => item.ordinal !== k + 1);
    if (d < 0) continue;
    const item = run[d];
    const prev = run[d - 1];
    const expected = `${toChineseOrdinal(d + 1)}是`;
    const kind = item.ordinal === prev.ordinal ? '重复' : item.ordinal > d + 1 ? '跳号' : '顺序错乱';
    const edits = run.flatMap((x, k) => (k >= d && x.ordinal !== k + 1
      ? [{ span: { start: x.markerSpan.start, end: x.markerSpan.end - 1 }, newText: toChineseOrdinal(k + 1) }] : []));
    out.push(report('structure/numbering-enumeration', {
      message: `列举序号${kind}：${quote(prev.markerText)}之后应为${quote(expected)}，实为${quote(item.markerText)}`,
      span: item.markerSpan,
      fixes: [{ kind: 'certain', title: edits.length > 1 ? `自${quote(item.markerText)}起依次重新编号（${edits.length}处）` : `改为${quote(expected)}`, edits }],
      related: [{ span: prev.markerSpan, message: '前一项' }],
    }));
  }
  return out;
}

/** The key of the units' 一是/二是 markers (unitReadings). */
const UNIT_MARKERS = {};

function movedItem(item: EnumerationItem, by: number): EnumerationItem {
  return { ...item, markerSpan: shiftSpan(item.markerSpan, by) };
}

function isProse(block: Block): boolean {
  return block.kind === 'paragraph' || block.kind === 'heading';
}
