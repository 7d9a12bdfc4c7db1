import assert from 'node:assert/strict';
import { TextShift } from '../../src/server/text-shift';

// The common prefix, then the common suffix of what is left: the first offset edited and the edited region's ends.
function naive(a: string, b: string): { prefix: number; oldTail: number; newTail: number } {
  let p = 0;
  while (p < Math.min(a.length, b.length) && a[p] === b[p]) p++;
  let s = 0;
  while (s < Math.min(a.length, b.length) - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  return { prefix: p, oldTail: a.length - s, newTail: b.length - s };
}

describe('text shift between a checked text and the text now', () => {
  it('maps offsets around the one region edited, as a character-by-character comparison would', () => {
    const base = '全年共办理示例案件120件，同比增长5%。\n二、示例工作\n办结示例事项88项。';
    const edits = [
      (t: string) => t, (t: string) => `一${t}`, (t: string) => `${t}。`, (t: string) => t.slice(0, 10) + t.slice(12),
      (t: string) => t.replace('120', '1200'), (t: string) => t.replace('件', '件件'), (t: string) => '', (t: string) => t + t,
    ];
    for (const edit of edits) {
      const now = edit(base);
      const shift = new TextShift(base, now);
      const { prefix, oldTail, newTail } = naive(base, now);
      for (let k = 0; k <= now.length; k++) {
        const expected = k <= prefix ? k : k >= newTail ? k - newTail + oldTail : undefined;
        assert.equal(shift.toChecked(k), expected, `${JSON.stringify(now)} at ${k}`);
      }
      for (let k = 0; k <= base.length; k++) {
        const expected = k <= prefix ? k : k >= oldTail ? k - oldTail + newTail : undefined;
        assert.equal(shift.toCurrent(k), expected, `${JSON.stringify(now)} from ${k}`);
      }
    }
  });
});
