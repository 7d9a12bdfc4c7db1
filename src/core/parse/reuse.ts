// The last parse of a document being edited, kept between parses (the language server's worker keeps one per document,
// in its unit cache): the classified lines of plain text, and the blocks and sentences, of the text an edit left alone
// are the last parse's, moved to where they stand now, instead of being read and built again. A line is taken when it
// lies wholly before the edit (a few characters more: a heading marker is read past a short line's end) or after it; a
// block when the segment it is built from reads the same (kind, spans, heading marker, Markdown marks) and lies wholly
// before or after the edit, where the text is the same; its sentences only when they are its own (no sentence runs
// into or out of it) in both parses. Each depends on the text of its own line or segment alone, so what is taken is
// what a parse of the whole text would build (test/unit/document.test.ts and test/corpus/unit-cache.test.ts compare
// them, edit after edit).
// The objects are moved in place: a parse with a memory moves the blocks and sentences of the document the memory's
// last parse gave — read a document before the next parse with the same memory (its spans are never changed, only
// replaced). Every string is cut again from the new text: a block kept for many edits must not keep an old version
// of the report alive.
import { commonHead, commonTail, isLineEnd } from '../text';
import type { Block, HeadingMarker, Sentence, Span } from '../types';
import type { Classified } from './segments';

// How far past a line's start its reading looks (matchHeadingMarker: a marker and the character after it): a line
// starting this far before an edit or farther is read as it was.
const LINE_LOOKAHEAD = 16;

interface LastParse {
  text: string;
  format: 'markdown' | 'plaintext';
  traditional: boolean;
  /** Plain text: the segments as classifySegments gave them (before the head and tail stages rename some). */
  items?: Classified[];
  blocks: Block[];
  sentences: Sentence[];
  /** Per block index: the [from, to) of its own sentences in `sentences`, or undefined when a sentence crosses its edge. */
  ownSentences: ([number, number] | undefined)[];
}

export class ParseMemory {
  last?: LastParse;
}

/** How a text differs from the memory's last one: one stretch replaced; what lies before and after it is the same. */
export class ParseReuse {
  /** The text before `head` is the last text's; so is the text from `tailStart` on, moved by `delta`. */
  private readonly head: number;
  private readonly tailStart: number;
  private readonly delta: number;
  /** For each block of this parse taken from the last one: that block's index there, and how far it moved. */
  private readonly taken = new Map<number, { at: number; by: number }>();

  constructor(private readonly last: LastParse, private readonly text: string) {
    this.head = commonHead(last.text, text);
    const tail = commonTail(last.text, text, this.head);
    this.tailStart = text.length - tail;
    this.delta = text.length - last.text.length;
  }

  /**
   * The memory's reuse for `text`, or undefined when there is none: no last parse, another format, or a traditional
   * text (its conversion reads whole phrases, which an edit may change beside it).
   */
  static of(memory: ParseMemory | undefined, text: string, format: 'markdown' | 'plaintext', traditional: boolean): ParseReuse | undefined {
    const last = memory?.last;
    if (!last || traditional || last.traditional || last.format !== format) return undefined;
    return new ParseReuse(last, text);
  }

  /**
   * Plain text's classified segments: the last parse's for the lines before and after the edit (moved), `read` for
   * the lines between (text[from, to), whole lines). Undefined when the last parse kept none.
   */
  classified(read: (from: number, to: number) => Classified[]): Classified[] | undefined {
    const items = this.last.items;
    if (!items) return undefined;
    const from = lineStart(this.text, Math.max(0, this.head - LINE_LOOKAHEAD));
    const to = nextLineStart(this.text, this.tailStart);
    const out: Classified[] = [];
    let k = 0;
    for (; k < items.length && items[k].seg.start < from; k++) out.push(movedItem(items[k], 0));
    for (const c of read(from, to)) out.push(c);
    while (k < items.length && items[k].seg.start < to - this.delta) k++;
    for (; k < items.length; k++) out.push(movedItem(items[k], this.delta));
    return out;
  }

  /**
   * The last parse's block for the segment `c` at `index`, moved there, when `c` reads as it did and lies where the
   * text is unchanged; `contentSpan` is what the new block's would be.
   */
  block(c: Classified, index: number, blockCount: number, contentSpan: Span): Block | undefined {
    const { seg } = c;
    let by: number;
    let at: number;
    if (seg.end <= this.head) {
      by = 0;
      at = index;
    } else if (seg.start >= this.tailStart) {
      // The blocks an edit adds or removes are all before this one.
      by = this.delta;
      at = index - (blockCount - this.last.blocks.length);
    } else return undefined;
    const old = this.last.blocks[at];
    if (!old || seg.rows || old.rows || old.kind !== c.kind || !sameSpan(old.span, seg, by) || !sameSpan(old.contentSpan, contentSpan, by) ||
      !sameHeading(old.heading, c.heading, by) || old.markdownDepth !== (seg.markdownDepth || undefined) || old.listItem !== (seg.listItem || undefined)) {
      return undefined;
    }
    if (by !== 0) {
      old.span = { start: seg.start, end: seg.end };
      old.contentSpan = contentSpan;
      // Their markers are a few characters, copies rather than cuts of the text.
      for (const e of old.enumerations) e.markerSpan = { start: e.markerSpan.start + by, end: e.markerSpan.end + by };
    }
    old.content = this.text.slice(contentSpan.start, contentSpan.end);
    if (c.heading) old.heading = c.heading;
    old.index = index;
    this.taken.set(index, { at, by });
    return old;
  }

  /**
   * The last parse's sentences of block `b` (taken by block()), moved, when they were its own; the caller has made
   * sure they are again (no sentence runs into the block or out of it). Undefined otherwise.
   */
  sentences(b: Block): Sentence[] | undefined {
    const taken = this.taken.get(b.index);
    const own = taken && this.last.ownSentences[taken.at];
    if (!own) return undefined;
    const { by } = taken;
    const out = this.last.sentences.slice(own[0], own[1]);
    for (const s of out) {
      if (by !== 0) s.span = { start: s.span.start + by, end: s.span.end + by };
      s.text = this.text.slice(s.span.start, s.span.end);
      s.blockIndex = b.index;
    }
    return out;
  }
}

/**
 * A copy of a classified segment, moved `by` characters: the stages after classifying rename theirs and replace their
 * segments (never change one).
 */
function movedItem(c: Classified, by: number): Classified {
  if (by === 0) return { ...c };
  const moved: Classified = { ...c, seg: { ...c.seg, start: c.seg.start + by, end: c.seg.end + by }, contentStart: c.contentStart + by };
  if (c.heading) moved.heading = { ...c.heading, markerSpan: { start: c.heading.markerSpan.start + by, end: c.heading.markerSpan.end + by } };
  return moved;
}

/** Where the line holding `at` starts. */
function lineStart(text: string, at: number): number {
  for (let k = at - 1; k >= 0; k--) if (isLineEnd(text, k)) return k + 1;
  return 0;
}

/** Where the line after the one holding `at` starts (the text's end after its last line). */
function nextLineStart(text: string, at: number): number {
  for (let k = at; k < text.length; k++) if (isLineEnd(text, k)) return k + 1;
  return text.length;
}

function sameSpan(old: Span, now: Span, by: number): boolean {
  return old.start + by === now.start && old.end + by === now.end;
}

function sameHeading(old: HeadingMarker | undefined, now: HeadingMarker | undefined, by: number): boolean {
  if (!old || !now) return old === now;
  return old.level === now.level && old.ordinal === now.ordinal && old.style === now.style && old.markerText === now.markerText &&
    old.canonicalText === now.canonicalText && sameSpan(old.markerSpan, now.markerSpan, by);
}
