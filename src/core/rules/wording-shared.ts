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
 * Literal phrases found in one pass over a text: indexed by first character code, longest phrase first, so the
 * lookup costs one table read per character (and a Map probe where a phrase may start) whatever the size of the table.
 */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<number, { phrase: string; value: T }[]>();
  /** Whether a phrase starts with the UTF-16 unit: most characters of a report start none, and this says so at once. */
  private readonly starts = new Uint8Array(0x10000);

  constructor(entries: Iterable<[string, T]>) {
    for (const [phrase, value] of entries) {
      const key = phrase.charCodeAt(0);
      this.starts[key] = 1;
      const list = this.byFirst.get(key) ?? [];
      list.push({ phrase, value });
      this.byFirst.set(key, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.phrase.length - a.phrase.length);
  }

  /** Non-overlapping matches in text[from, to), leftmost-longest, appended to `out`. */
  scan(text: string, from: number, to: number, out: PhraseMatch<T>[]): void {
    for (let k = from; k < to; k++) {
      const c = text.charCodeAt(k);
      if (this.starts[c] === 0) continue;
      const list = this.byFirst.get(c);
      if (list === undefined) continue;
      for (const { phrase, value } of list) {
        if (k + phrase.length <= to && text.startsWith(phrase, k)) {
          out.push({ start: k, end: k + phrase.length, phrase, value });
          k += phrase.length - 1;
          break;
        }
      }
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
