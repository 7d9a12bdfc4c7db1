import assert from 'node:assert/strict';
import { loadSegmenter } from '../../src/core/segmenter';

describe('segmenter (jieba-wasm)', () => {
  it('cuts domain metrics whole and gives UTF-16 offsets', () => {
    const seg = loadSegmenter();
    const text = '𠀀新收行政复议申请75件';
    const tokens = seg.cut(text);
    const words = tokens.map((t) => t.word);
    assert.ok(words.includes('行政复议'), words.join('/'));
    for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.word);
  });

  it('partitions any text: tokens cover it end to end, offsets exact (astral, CRLF, BOM, controls)', () => {
    const seg = loadSegmenter();
    for (const text of ['😀法治𠮷政府 a\tb\r\n c', '\ufeff１２３件', ' \u3000 ', '\u0000\u0001x', '\ud800孤立代理项']) {
      const tokens = seg.cut(text);
      assert.equal(tokens.map((t) => t.word).join(''), text);
      tokens.forEach((t, k) => {
        assert.equal(text.slice(t.start, t.end), t.word);
        assert.equal(t.start, k ? tokens[k - 1].end : 0);
      });
    }
  });
});
