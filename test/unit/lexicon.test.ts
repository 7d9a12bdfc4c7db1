import assert from 'node:assert/strict';
import { PART_OF_YEAR, monthsOfPart } from '../../src/core/lexicon';

describe('lexicon: parts of the year', () => {
  const parts = (text: string) => [...text.matchAll(PART_OF_YEAR)].map((m) => m[0]);

  it('reads halves, quarters, months and month ranges, in figures or in words', () => {
    assert.deepEqual(parts('上半年受理…，第三季度办结…'), ['上半年', '第三季度']);
    assert.deepEqual(parts('1-6月共受理…，10月份办结…'), ['1-6月', '10月份']);
    assert.deepEqual(parts('十二月受理…，一至三月办结…'), ['十二月', '一至三月']);
  });

  it('takes no day for a part of the year', () => {
    assert.deepEqual(parts('5月10日受理…，12月31日前办结'), []);
  });

  it('writes the months a part of the year spans one way', () => {
    const same: [string, string][] = [['上半年', '1-6月'], ['1-6月份', '1-6月'], ['1至6月', '1-6月'], ['第三季度', '7-9月'], ['3季度', '7-9月'],
      ['前三季度', '1-9月'], ['3月份', '3月'], ['十月份', '10月'], ['十二月', '12月'], ['1—12月', '1-12月']];
    for (const [text, months] of same) assert.equal(monthsOfPart(text), months, text);
    for (const text of ['7-3月', '二十月', '13月', '本月']) assert.equal(monthsOfPart(text), undefined, text);
  });
});
