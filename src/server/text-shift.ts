// Offsets of a checked text ↔ offsets of the text as it is now. Between two versions an edit changes one region; its
// common prefix and suffix are unchanged: outline, folding, hovers and completion read the last finished check
// through this map instead of waiting for the check of the current version.
import { commonHead, commonTail } from '../core/text';
import type { Span } from '../core/types';

export class TextShift {
  /** Length of the common prefix. */
  private readonly prefix: number;
  /** Where the common suffix starts in the checked text and in the current text. */
  private readonly oldTail: number;
  private readonly newTail: number;

  constructor(checked: string, current: string) {
    // Native comparisons of halves: a loop over each character cost the first request after an edit of a 200k report
    // half a millisecond.
    const p = commonHead(checked, current);
    const s = commonTail(checked, current, p);
    this.prefix = p;
    this.oldTail = checked.length - s;
    this.newTail = current.length - s;
  }

  /** A current offset in the checked text, or undefined inside the edited region. */
  toChecked(offset: number): number | undefined {
    if (offset <= this.prefix) return offset;
    if (offset >= this.newTail) return offset - this.newTail + this.oldTail;
    return undefined;
  }

  /** A checked offset in the current text, or undefined inside the edited region. */
  toCurrent(offset: number): number | undefined {
    if (offset <= this.prefix) return offset;
    if (offset >= this.oldTail) return offset - this.oldTail + this.newTail;
    return undefined;
  }

  /** A checked span in the current text when no edit since the check touched it, else undefined. */
  untouchedSpanToCurrent(span: Span): Span | undefined {
    if (span.end <= this.prefix) return span;
    if (span.start >= this.oldTail) return { start: span.start - this.oldTail + this.newTail, end: span.end - this.oldTail + this.newTail };
    return undefined;
  }

  /** A checked span in the current text; an end inside the edited region stretches over it (a section being typed in). */
  spanToCurrent(span: Span): Span {
    const start = this.toCurrent(span.start) ?? this.prefix;
    const end = this.toCurrent(span.end) ?? this.newTail;
    return { start, end: Math.max(start, end) };
  }
}
