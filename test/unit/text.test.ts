import assert from 'node:assert/strict';
import { computeLineStarts, foldWidth, forEachLineEnd, isLineEnd, lastMatch, trimSpan } from '../../src/core/text';

describe('text: lastMatch', () => {
  it('finds the last match of a global pattern, as matchAll would, and leaves lastIndex at 0', () => {
    const verb = /(受理|办结)/g;
    const text = '共受理申请120件，办结110件，受理率';
    const m = lastMatch(verb, text);
    assert.equal(m?.[1], '受理');
    assert.equal(m?.index, [...text.matchAll(verb)].pop()?.index);
    assert.equal(verb.lastIndex, 0);
    assert.equal(lastMatch(verb, '无'), undefined);
    assert.equal(verb.lastIndex, 0);
  });

  it('steps over empty matches and refuses a pattern without the g flag', () => {
    assert.equal(lastMatch(/x*/g, 'ab')?.index, 2);
    assert.throws(() => lastMatch(/x/, 'x'), TypeError);
  });
});

describe('text: foldWidth', () => {
  const words = '全区（含开发区）受理申请１２０件：办结１１０件！\u3000\ufeff～';
  const folded = '全区(含开发区)受理申请120件:办结110件!  ~';

  it('folds full-width ASCII to half-width and U+3000 and the BOM to a space, keeping the length', () => {
    assert.equal(foldWidth(words), folded);
    assert.equal(foldWidth('无可折叠'), '无可折叠');
  });

  it('folds a text as long as a report (read in one replace) as it folds its pieces', () => {
    const long = words.repeat(500);
    assert.ok(long.length > 10_000);
    assert.equal(foldWidth(long), folded.repeat(500));
  });
});

describe('text: line ends', () => {
  const texts = ['', 'a', '\n', '\r', '\r\n', 'a\r\nb\rc\nd', '\r\r\n\n\r', '第一行\r\n\r\n第三行\r', 'x\u2028y\u0085z\n'];
  const byCharacter = (text: string, from: number, to: number) => {
    const out: number[] = [];
    for (let i = from; i < to; i++) if (isLineEnd(text, i)) out.push(i);
    return out;
  };

  it('finds the places isLineEnd accepts: LF, and CR not before LF (CRLF ends at its LF), within [from, to)', () => {
    for (const text of texts) {
      for (let from = 0; from <= text.length; from++) {
        for (let to = from; to <= text.length; to++) {
          const found: number[] = [];
          forEachLineEnd(text, from, to, (i) => found.push(i));
          assert.deepEqual(found, byCharacter(text, from, to), JSON.stringify({ text, from, to }));
        }
      }
    }
  });

  it('starts a line after each line end', () => {
    assert.deepEqual(computeLineStarts('a\r\nb\rc\nd'), [0, 3, 5, 7]);
    assert.deepEqual(computeLineStarts('\r\n'), [0, 2]);
    assert.deepEqual(computeLineStarts(''), [0]);
  });
});

describe('text: trimSpan', () => {
  it('skips what /\\s/ matches at both ends (the byte-order mark and the ideographic space too), and nothing else', () => {
    const text = '\ufeff\u3000 一、依法\u00a0行政 \t\r\n';
    assert.deepEqual(trimSpan(text, 0, text.length), { start: 3, end: 10 });
    assert.deepEqual(trimSpan(text, 0, 3), { start: 3, end: 3 });
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      assert.equal(trimSpan(`a${ch}`, 1, 2).start, /\s/.test(ch) ? 2 : 1, `U+${c.toString(16)}`);
    }
  });
});
