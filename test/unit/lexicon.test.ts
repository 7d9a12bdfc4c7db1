import assert from 'node:assert/strict';
import { PART_OF_YEAR } from '../../src/core/lexicon';

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
});
