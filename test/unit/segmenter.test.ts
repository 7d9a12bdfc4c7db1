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
});
