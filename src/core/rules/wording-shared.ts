// What the wording/* rules share: where they look (the prose, as number-scope defines it), the writer's `allow`
// list, the report year against a table entry's dates, 《》 titles, one-pass phrase lookup, and the finding shape
// (every finding names the correct form; the fix is certain only when exactly one form is right).
import { defineAnalysis } from '../analyses';
import { report, type RuleContext } from '../rule';
import type { Finding, Fix, ReportDocument, Span } from '../types';
import { isSkipped, proseBlocks } from './number-scope';

/** Each prose block's span, for rules that scan text: code, HTML, URLs are left out by `inProse`. */
export function proseSpans(doc: ReportDocument): Span[] {
  return proseBlocks(doc).map((b) => b.span);
}

/** Whether [start, end) is prose a wording rule may report on: not code/URL, not covered by the writer's allow list. */
export function inProse(doc: ReportDocument, ctx: RuleContext, start: number, end: number): boolean {
  return !isSkipped(ctx.skipped(), start, end) && !isAllowed(doc, ctx, start, end);
}

/** Occurrences of the `allow` words in the text, sorted; a finding inside one is dropped. */
const ALLOWED = defineAnalysis('wording:allowed', (doc, ctx): Span[] => {
  const out: Span[] = [];
  for (const word of ctx.options.allow ?? []) {
    if (!word) continue;
    for (let at = doc.text.indexOf(word); at >= 0; at = doc.text.indexOf(word, at + word.length)) out.push({ start: at, end: at + word.length });
  }
  out.sort((a, b) => a.start - b.start);
  return out;
});

function isAllowed(doc: ReportDocument, ctx: RuleContext, start: number, end: number): boolean {
  const spans = ctx.analysis(ALLOWED);
  // Spans may overlap (two allow words): a linear scan over the few that start before `start` is enough.
  for (const s of spans) {
    if (s.start > start) break;
    if (s.end >= end) return true;
  }
  return false;
}

/** The report year, when the document states one. */
export function reportYear(doc: ReportDocument): number | undefined {
  return doc.year?.value;
}

/**
 * Whether a form introduced on `from` (and replaced on `until`, if given) applies to the whole report year: the
 * year starts on or after `from` and before `until`. A report of the year of the change may speak of either.
 */
export function appliesToYear(year: number, from: string, until?: string): boolean {
  const start = `${year}-01-01`;
  return start >= from && (until === undefined || start < until);
}

/** Inner spans of the 《…》 titles in the prose (no nesting: 〈〉 inside is part of the title), once per run. */
export function titleSpans(ctx: RuleContext): Span[] {
  return ctx.analysis(TITLES);
}

const TITLES = defineAnalysis('wording:titles', (doc): Span[] => {
  const out: Span[] = [];
  for (const b of proseSpans(doc)) {
    // Search within the block only: indexOf over the rest of the text would make this quadratic in the blocks.
    const slice = doc.text.slice(b.start, b.end);
    for (let at = slice.indexOf('《'); at >= 0; at = slice.indexOf('《', at + 1)) {
      const open = b.start + at;
      // A title is short and on one line: give up on an unclosed 《 after 80 characters.
      const limit = Math.min(b.end, open + 81);
      let close = -1;
      for (let k = open + 1; k < limit; k++) {
        const c = doc.text[k];
        if (c === '》') { close = k; break; }
        if (c === '《' || c === '\n') break;
      }
      if (close > open + 1) out.push({ start: open + 1, end: close });
    }
  }
  return out;
});

/** Whether [start, end) lies inside a 《》 title (binary search over the sorted title spans). */
export function insideTitle(titles: Span[], start: number, end: number): boolean {
  let lo = 0;
  let hi = titles.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = titles[mid];
    if (t.end < end) lo = mid + 1;
    else if (t.start > start) hi = mid - 1;
    else return true;
  }
  return false;
}

const SENTENCE_END = /[。！？!?；;\n]/;

/** The sentence around [start, end): to the nearest sentence end either side, at most 200 characters each way. */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < 200 && !SENTENCE_END.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && to - end < 200 && !SENTENCE_END.test(text[to])) to++;
  return text.slice(from, to);
}

/** Whether the text at `start` (where `wrong` was found) is one of the `except` phrases that contain it. */
export function isException(text: string, start: number, wrong: string, except: readonly string[] | undefined): boolean {
  for (const e of except ?? []) {
    const k = e.indexOf(wrong);
    if (k >= 0 && start - k >= 0 && text.startsWith(e, start - k)) return true;
  }
  return false;
}

/** One match of a PhraseIndex: [start, end) holds `phrase`. */
export interface PhraseMatch<T> {
  start: number;
  end: number;
  phrase: string;
  value: T;
}

/**
 * Literal phrases found in one pass over a text: one regex of all the phrases, longest first, so that at each position
 * the longest phrase wins, run by the regex engine (a loop over every character in JavaScript cost a fresh process
 * about a millisecond per table on a 20k report).
 */
export class PhraseIndex<T> {
  /** The value of each phrase: the first entry of a phrase listed twice. */
  private readonly values = new Map<string, T>();
  private readonly pattern: RegExp | undefined;

  constructor(entries: Iterable<[string, T]>) {
    for (const [phrase, value] of entries) if (phrase && !this.values.has(phrase)) this.values.set(phrase, value);
    const phrases = [...this.values.keys()].sort((a, b) => b.length - a.length);
    this.pattern = phrases.length ? new RegExp(phrases.map((p) => p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'), 'g') : undefined;
  }

  /** Non-overlapping matches in text[from, to), leftmost-longest, appended to `out`. */
  scan(text: string, from: number, to: number, out: PhraseMatch<T>[]): void {
    if (!this.pattern || from >= to) return;
    // The slice: a phrase running past `to` must not hide a shorter one that ends inside it.
    const slice = from === 0 && to === text.length ? text : text.slice(from, to);
    this.pattern.lastIndex = 0;
    for (let m = this.pattern.exec(slice); m; m = this.pattern.exec(slice)) {
      out.push({ start: from + m.index, end: from + m.index + m[0].length, phrase: m[0], value: this.values.get(m[0]) as T });
    }
  }
}

/** Fixes replacing `span` with each right form: certain only when `certain` and there is exactly one. */
export function replacementFixes(span: Span, forms: readonly string[], certain: boolean): Fix[] {
  const kind = certain && forms.length === 1 ? 'certain' : 'choice';
  return forms.map((form, k) => ({ kind, title: `改为“${form}”`, edits: [{ span, newText: form }], preferred: k === 0 }));
}

export function wordingFinding(code: string, span: Span, message: string, fixes: Fix[]): Finding {
  return report(code, { span, message, fixes });
}

/** Every match of `index` in the prose (not in code or URLs, not allowed by the writer). */
export function prosePhrases<T>(doc: ReportDocument, ctx: RuleContext, index: PhraseIndex<T>): PhraseMatch<T>[] {
  const found: PhraseMatch<T>[] = [];
  for (const b of proseSpans(doc)) index.scan(doc.text, b.start, b.end, found);
  return found.filter((m) => inProse(doc, ctx, m.start, m.end));
}
