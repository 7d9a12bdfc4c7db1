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

/**
 * Each finding's certain fix (the preferred one if several), minus those that would collide with an earlier one:
 * a fix is applied entirely or not at all. Never a 'choice' fix — figures are the writer's to change.
 */
export function certainFixes(findings: readonly Finding[]): Fix[] {
  const candidates: Fix[] = [];
  for (const finding of findings) {
    const certain = finding.fixes.filter((f) => f.kind === 'certain' && f.edits.length > 0);
    const fix = certain.find((f) => f.preferred) ?? certain[0];
    if (fix) candidates.push(fix);
  }
  return chooseNonOverlapping(candidates);
}

function chooseNonOverlapping(fixes: Fix[]): Fix[] {
  const kept: Fix[] = [];
  const taken: Span[] = [];
  const firstStart = (f: Fix) => Math.min(...f.edits.map((e) => e.span.start));
  for (const fix of [...fixes].sort((a, b) => firstStart(a) - firstStart(b))) {
    if (!editsAreDisjoint(fix.edits) || fix.edits.some((e) => taken.some((t) => editsConflict(e.span, t)))) continue;
    kept.push(fix);
    taken.push(...fix.edits.map((e) => e.span));
  }
  return kept;
}

function editsAreDisjoint(edits: TextEdit[]): boolean {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start);
  return sorted.every((e, k) => k === 0 || !editsConflict(sorted[k - 1].span, e.span));
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
 * result maps the original text straight to the new one. Each new edit is expressed in original offsets; where it
 * touches an earlier edit's output the two merge into one.
 */
export function composeEdits(previous: readonly TextEdit[], current: string, next: readonly TextEdit[]): TextEdit[] {
  let composed = [...previous].sort((a, b) => a.span.start - b.span.start);
  let text = current;
  // From the end backwards: an edit never moves the text (or the earlier edits) before it.
  for (const edit of [...next].sort((a, b) => b.span.start - a.span.start)) {
    const placed = placeInText(composed);
    const touching = placed.filter((p) => p.end >= edit.span.start && p.start <= edit.span.end);
    const from = Math.min(edit.span.start, ...touching.map((p) => p.start));
    const to = Math.max(edit.span.end, ...touching.map((p) => p.end));
    const shiftBefore = placed.filter((p) => p.end < edit.span.start).reduce((n, p) => n + p.shift, 0);
    const first = touching[0];
    const last = touching[touching.length - 1];
    const start = first ? first.edit.span.start - (first.start - from) : from - shiftBefore;
    const end = last ? last.edit.span.end + (to - last.end) : to - shiftBefore;
    const newText = text.slice(from, edit.span.start) + edit.newText + text.slice(edit.span.end, to);
    composed = [
      ...composed.filter((e) => !touching.some((p) => p.edit === e)),
      { span: { start, end }, newText },
    ].sort((a, b) => a.span.start - b.span.start);
    text = text.slice(0, edit.span.start) + edit.newText + text.slice(edit.span.end);
  }
  return composed.filter((e) => e.span.start !== e.span.end || e.newText !== '');
}

/** Where each composed edit's output stands in the current text, and how much it moved what follows. */
function placeInText(composed: readonly TextEdit[]): { edit: TextEdit; start: number; end: number; shift: number }[] {
  let shift = 0;
  return composed.map((edit) => {
    const start = edit.span.start + shift;
    const delta = edit.newText.length - (edit.span.end - edit.span.start);
    shift += delta;
    return { edit, start, end: start + edit.newText.length, shift: delta };
  });
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
