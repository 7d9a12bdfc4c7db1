import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Jieba } from '../../src/core/jieba';
import { jiebaDataFile, readDictionary } from '../../src/core/jieba-data-file';
import { cutAround, loadSegmenter, segmenterWithWords } from '../../src/core/segmenter';

describe('segmenter (jieba)', () => {
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

  it('cuts a window around a boundary as the whole text is cut there (jieba cuts each run between punctuation alone)', () => {
    const seg = loadSegmenter();
    const text = '全年共办理行政复议案件75件，今年以来新收案件较去年同期增长12%，明年将继续推进法治政府建设。'.repeat(20);
    const key = (t: { start: number; end: number; word: string }) => `${t.start}-${t.end}-${t.word}`;
    const whole = new Set(seg.cut(text).map(key));
    for (let at = text.indexOf('去年'); at >= 0; at = text.indexOf('去年', at + 1)) {
      const window = cutAround(seg, text, at, at + 2);
      assert.ok(window.length > 0 && window.length < 20, `a window, not the paragraph (${window.length} tokens)`);
      for (const t of window) assert.ok(whole.has(key(t)), key(t));
    }
  });

  it('remembers cuts: the same text gives the same tokens without cutting again', () => {
    const seg = loadSegmenter();
    assert.equal(seg.cut('行政复议决定书送达'), seg.cut('行政复议决定书送达'));
  });
});

describe('jieba dictionary read ahead (src/core/jieba-data-file.ts)', () => {
  it('reads the whole dictionary file, the same bytes as a plain read', async () => {
    const bytes = await readDictionary();
    assert.ok(bytes, 'dist/jieba.dict should be readable (npm run build)');
    assert.ok(Buffer.from(bytes).equals(readFileSync(jiebaDataFile())));
    assert.deepEqual(new Jieba(bytes).cut('新收行政复议申请75件'), Jieba.load(jiebaDataFile()).cut('新收行政复议申请75件'));
  });
});
