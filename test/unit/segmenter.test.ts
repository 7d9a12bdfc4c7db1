import assert from 'node:assert/strict';
import { loadSegmenter, segmenterWithWords } from '../../src/core/segmenter';

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

  it("keeps the writer's words whole in its own cuts only, splitting jieba's tokens at the word's edges", () => {
    const seg = loadSegmenter();
    const text = '明湖市法治办牵头，市法治办和明湖市法治办公室';
    const withWords = segmenterWithWords(seg, ['明湖市法治办', '法治办']);
    const tokens = withWords.cut(text);
    assert.equal(tokens.map((t) => t.word).join(''), text);
    tokens.forEach((t, k) => assert.equal(t.start, k ? tokens[k - 1].end : 0));
    assert.deepEqual(tokens.filter((t) => t.word === '明湖市法治办').map((t) => t.start), [0, 14], 'longest word first');
    assert.ok(tokens.some((t) => t.word === '法治办' && t.start === 10));
    assert.ok(!seg.cut(text).some((t) => t.word === '明湖市法治办'), 'the shared segmenter never learns the word');
    assert.equal(segmenterWithWords(seg, ['法治办', '明湖市法治办']), withWords, 'one view per word set');
    assert.equal(segmenterWithWords(seg, []), seg);
  });
});
