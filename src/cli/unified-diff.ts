// A unified diff (as `diff -u` prints it, `patch -p1` applies it) between a text and the same text with edits applied —
// what `check --fix-dry-run` shows. The edits say which lines change, so no line matching is needed and the cost is
// linear: each run of edited lines is a change, shown with three lines of context; changes that close merge into one hunk.
import { applyEdits } from '../core/fixes';
import { computeLineStarts, positionAt } from '../core/text';
import type { TextEdit } from '../core/types';

const contextLines = 3;
const noNewline = '\\ No newline at end of file';

interface Change {
  /** 0-based first old line and the number of old lines replaced. */
  oldStart: number;
  oldCount: number;
  removed: string[];
  added: string[];
  /** The old or new text ends inside this change without a final newline. */
  oldEndsBare: boolean;
  newEndsBare: boolean;
}

/** '' when the edits change nothing. `oldName`/`newName` go on the ---/+++ lines as given. */
export function unifiedDiff(oldName: string, newName: string, text: string, edits: TextEdit[]): string {
  const changes = changesOf(text, edits);
  if (!changes.length) return '';
  const old = splitLines(text);
  const out = [`--- ${oldName}`, `+++ ${newName}`];
  let delta = 0; // new line number minus old line number before the current change
  for (let k = 0; k < changes.length;) {
    // A hunk takes every following change whose context touches the previous one's.
    let last = k;
    while (last + 1 < changes.length && changes[last + 1].oldStart - (changes[last].oldStart + changes[last].oldCount) <= 2 * contextLines) last++;
    const first = changes[k];
    const from = Math.max(0, first.oldStart - contextLines);
    const end = changes[last].oldStart + changes[last].oldCount;
    const to = Math.min(old.lines.length, end + contextLines);
    const body: string[] = [];
    const context = (a: number, b: number) => {
      for (let n = a; n < b; n++) {
        body.push(` ${old.lines[n]}`);
        if (n === old.lines.length - 1 && old.endsBare) body.push(noNewline);
      }
    };
    let oldCount = 0;
    let newCount = 0;
    let at = from;
    const newFrom = from + delta;
    for (let j = k; j <= last; j++) {
      const c = changes[j];
      context(at, c.oldStart);
      body.push(...c.removed.map((l) => `-${l}`));
      if (c.oldEndsBare) body.push(noNewline);
      body.push(...c.added.map((l) => `+${l}`));
      if (c.newEndsBare) body.push(noNewline);
      oldCount += c.oldStart - at + c.oldCount;
      newCount += c.oldStart - at + c.added.length;
      delta += c.added.length - c.oldCount;
      at = c.oldStart + c.oldCount;
    }
    context(at, to);
    oldCount += to - at;
    newCount += to - at;
    out.push(`@@ -${range(from, oldCount)} +${range(newFrom, newCount)} @@`, ...body);
    k = last + 1;
  }
  return out.join('\n') + '\n';
}

/** `diff -u` numbering: 1-based start and a count; an empty range names the line before it. */
function range(start: number, count: number): string {
  return `${count === 0 ? start : start + 1},${count}`;
}

function changesOf(text: string, edits: TextEdit[]): Change[] {
  const lineStarts = computeLineStarts(text);
  const sorted = edits.filter((e) => text.slice(e.span.start, e.span.end) !== e.newText).sort((a, b) => a.span.start - b.span.start);
  // Edits on the same or overlapping lines form one change.
  const groups: { startLine: number; endLine: number; edits: TextEdit[] }[] = [];
  for (const edit of sorted) {
    const startLine = positionAt(lineStarts, edit.span.start).line;
    const endLine = positionAt(lineStarts, edit.span.end).line;
    const previous = groups[groups.length - 1];
    if (previous && startLine <= previous.endLine) {
      previous.endLine = Math.max(previous.endLine, endLine);
      previous.edits.push(edit);
    } else {
      groups.push({ startLine, endLine, edits: [edit] });
    }
  }
  return groups.flatMap((g) => {
    const from = lineStarts[g.startLine];
    const to = g.endLine + 1 < lineStarts.length ? lineStarts[g.endLine + 1] : text.length;
    const before = text.slice(from, to);
    const after = applyEdits(before, g.edits.map((e) => ({ span: { start: e.span.start - from, end: e.span.end - from }, newText: e.newText })));
    if (before === after) return [];
    const removed = splitLines(before);
    const added = splitLines(after);
    const atEnd = to === text.length;
    return [{
      oldStart: g.startLine, oldCount: removed.lines.length, removed: removed.lines, added: added.lines,
      oldEndsBare: atEnd && removed.endsBare, newEndsBare: atEnd && added.endsBare,
    }];
  });
}

function splitLines(text: string): { lines: string[]; endsBare: boolean } {
  if (text === '') return { lines: [], endsBare: false };
  const endsBare = !text.endsWith('\n');
  return { lines: (endsBare ? text : text.slice(0, -1)).split('\n'), endsBare };
}
