import assert from 'node:assert/strict';
import { lastMatch } from '../../src/core/text';

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
