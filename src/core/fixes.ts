// Fix-all: which fixes may be applied without asking, and applying them until the text is stable. Shared by the
// language server (修复全部, fix on save, "fix all of one code") and the CLI (check --fix), so they cannot disagree.
import type { Finding, Fix, Span, TextEdit } from './types';

export interface FixAllResult {
  /** The text with every certain fix applied, as often as needed for a second run to change nothing. */
  text: string;
  /** Edits in the offsets of the ORIGINAL text, sorted and disjoint: applying them gives `text`. */
  edits: TextEdit[];
  /** Places changed per finding code, in order of first appearance. */
  applied: { code: string; count: number }[];
  /** "已修复 N 处：标点 x，层次序数 y", or '' when nothing changed. */
  summary: string;
}

// One fix's edits can enable another (a heading marker fixed in style, then its sequence; a punctuation mark made
// full-width, then its neighbour): a few passes reach the fixed point; more would mean two rules fighting.
const MAX_PASSES = 5;

/** How many edits a fix makes, without building edits that are built when first read (Fix.editCount). */
export function editCount(fix: Fix): number {
  return fix.editCount ?? fix.edits.length;
}

/**
 * Each finding's certain fix (the preferred one if several), minus those that would collide with an earlier one:
 * a fix is applied entirely or not at all. Never a 'choice' fix — figures are the writer's to change.
 */
export function certainFixes(findings: readonly Finding[]): Fix[] {
  const candidates: Fix[] = [];
  for (const finding of findings) {
    const certain = finding.fixes.filter((f) => f.kind === 'certain' && editCount(f) > 0);
    const fix = certain.find((f) => f.preferred) ?? certain[0];
    if (fix) candidates.push(fix);
  }
  return chooseNonOverlapping(candidates);
}

/**
 * Earlier fixes win: a fix is kept unless one of its edits collides with an edit of a fix kept before it (or with
 * another of its own). One sweep over all edits by position finds the collisions, so a fix of thousands of marks
 * costs no more than thousands of fixes of one.
 */
function chooseNonOverlapping(fixes: Fix[]): Fix[] {
  // One fix whose edits come in text order, each after the last: nothing collides (a fix of thousands of marks, asked
  // per finding for the fix-all counts, is not sorted again, nor are its edits built when it builds them lazily).
  if (fixes.length === 1 && (fixes[0].editCount !== undefined || editsInOrderApart(fixes[0].edits))) return fixes;
  const firstStart = (f: Fix) => f.edits.reduce((m, e) => Math.min(m, e.span.start), Infinity);
  const ordered = [...fixes].sort((a, b) => firstStart(a) - firstStart(b));
  const edits = ordered.flatMap((fix, rank) => fix.edits.map((e) => ({ span: e.span, rank })))
    .sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const rivals = ordered.map(() => new Set<number>());
  const selfColliding = new Set<number>();
  let open: typeof edits = [];
  for (const e of edits) {
    open = open.filter((o) => editsConflict(o.span, e.span) || o.span.end > e.span.start);
    for (const o of open) {
      if (!editsConflict(o.span, e.span)) continue;
      if (o.rank === e.rank) selfColliding.add(e.rank);
      else { rivals[o.rank].add(e.rank); rivals[e.rank].add(o.rank); }
    }
    open.push(e);
  }
  const kept = new Set<number>();
  ordered.forEach((_, rank) => {
    if (!selfColliding.has(rank) && ![...rivals[rank]].some((r) => kept.has(r))) kept.add(rank);
  });
  return ordered.filter((_, rank) => kept.has(rank));
}

function editsInOrderApart(edits: readonly TextEdit[]): boolean {
  for (let k = 1; k < edits.length; k++) {
    const before = edits[k - 1].span;
    const span = edits[k].span;
    if (span.start <= before.start || span.start < before.end) return false;
  }
  return true;
}

function editsConflict(a: Span, b: Span): boolean {
  if (a.start === b.start) return true; // two inserts (or an insert and a replace) at one point: order would be ambiguous
  return a.start < b.end && b.start < a.end;
}

/** Applies disjoint edits (as chosen by `certainFixes`) to `text`. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = '';
  let at = 0;
  for (const e of [...edits].sort((a, b) => a.span.start - b.span.start)) {
    out += text.slice(at, e.span.start) + e.newText;
    at = e.span.end;
  }
  return out + text.slice(at);
}

/**
 * Applies certain fixes, re-checking after each pass, until none is left. `lint` checks a text; `only` narrows the
 * findings fixed (one code, for "fix all of this kind"). `firstFindings` spares the first check when the caller has it.
 */
export function fixAll(
  text: string,
  lint: (text: string) => readonly Finding[],
  only: (finding: Finding) => boolean = () => true,
  firstFindings?: readonly Finding[],
): FixAllResult {
  let current = text;
  let composed: TextEdit[] = [];
  const counts = new Map<string, number>();
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const findings = (pass === 0 && firstFindings ? firstFindings : lint(current)).filter(only);
    const fixes = certainFixes(findings);
    if (!fixes.length) break;
    for (const finding of findings) {
      const fix = fixes.find((f) => finding.fixes.includes(f));
      if (fix) counts.set(finding.code, (counts.get(finding.code) ?? 0) + fix.edits.length);
    }
    const edits = fixes.flatMap((f) => f.edits);
    composed = composeEdits(composed, current, edits);
    current = applyEdits(current, edits);
  }
  const applied = [...counts].map(([code, count]) => ({ code, count }));
  return { text: current, edits: composed, applied, summary: fixSummary(applied) };
}

/**
 * Folds `next` (edits of `current`, which is the original text with `previous` applied) into `previous`, so the
 * result maps the original text straight to the new one. One sweep in position order: edits of the two sets that
 * touch in `current` become one edit of the original text.
 */
export function composeEdits(previous: readonly TextEdit[], current: string, next: readonly TextEdit[]): TextEdit[] {
  // The earlier edits where their output stands in `current`; then both sets in the order of `current`.
  let shift = 0;
  const placed = [...previous].sort((a, b) => a.span.start - b.span.start).map((edit) => {
    const start = edit.span.start + shift;
    shift += edit.newText.length - (edit.span.end - edit.span.start);
    return { start, end: start + edit.newText.length, delta: edit.newText.length - (edit.span.end - edit.span.start), next: undefined as TextEdit | undefined };
  });
  const items = [...placed, ...next.map((edit) => ({ start: edit.span.start, end: edit.span.end, delta: 0, next: edit }))]
    .sort((a, b) => a.start - b.start || Number(!!a.next) - Number(!!b.next));
  const out: TextEdit[] = [];
  let shiftBefore = 0;
  for (let k = 0; k < items.length;) {
    // A group: items that overlap or touch, in `current`.
    const from = items[k].start;
    let to = items[k].end;
    let m = k + 1;
    while (m < items.length && items[m].start <= to) to = Math.max(to, items[m].end), m++;
    const group = items.slice(k, m);
    let newText = '';
    let at = from;
    for (const g of group) {
      if (!g.next) continue;
      newText += current.slice(at, g.next.span.start) + g.next.newText;
      at = g.next.span.end;
    }
    newText += current.slice(at, to);
    const groupDelta = group.reduce((n, g) => n + g.delta, 0);
    const edit = { span: { start: from - shiftBefore, end: to - shiftBefore - groupDelta }, newText };
    if (edit.span.start !== edit.span.end || edit.newText !== '') out.push(edit);
    shiftBefore += groupDelta;
    k = m;
  }
  return out;
}

/** What each family of fixes is called when fix-all reports what it changed. Longest prefix wins. */
const FAMILY_NAMES: [prefix: string, name: string][] = [
  ['punctuation/', '标点'],
  ['meta/addressee', '标点'],
  ['structure/numbering', '层次序数'],
  ['number/', '数字写法'],
  ['meta/relative-year', '相对年份'],
  ['meta/date', '成文日期写法'],
  ['meta/attachment', '附件说明'],
  ['meta/title', '标题文种'],
];

export function fixSummary(applied: readonly { code: string; count: number }[]): string {
  const families = new Map<string, number>();
  let total = 0;
  for (const { code, count } of applied) {
    const family = FAMILY_NAMES.filter(([prefix]) => code.startsWith(prefix)).sort((a, b) => b[0].length - a[0].length)[0]?.[1] ?? code;
    families.set(family, (families.get(family) ?? 0) + count);
    total += count;
  }
  if (!total) return '';
  return `已修复 ${total} 处：${[...families].map(([name, n]) => `${name} ${n}`).join('，')}`;
}
