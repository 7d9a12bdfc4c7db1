// scripts/ascii-bundle.mjs: a bundle's regular expression literals escaped to ASCII match exactly what they matched
// before, and its source map still points each generated column at the same token.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runInNewContext } from 'node:vm';

interface AsciiBundle {
  escapeNonAscii(code: string): { code: string; edits: { column: number; delta: number }[][] };
  shiftMappings(mappings: string, edits: { column: number; delta: number }[][]): string;
}

const load = async () => (await import(pathToFileURL(join(__dirname, '..', '..', 'scripts', 'ascii-bundle.mjs')).href)) as AsciiBundle;

// Made-up patterns of the kinds the rules use: CJK alternations and classes, full-width ranges, an identity escape of
// a CJK mark (valid without the u flag only), astral characters with and without u, and an escaped backslash before
// a CJK character (the backslash stays).
const patterns = [
  '/(?:同比|环比)(增长|下降)[0-9.]+[%％]/g',
  '/[０-９]+[个件项]/',
  '/^[（(]\\s*其中/',
  '/第[一二三四五六七八九十]{1,3}[章节条]/',
  '/甲\\，乙/',
  '/\\\\市/',
  '/[𠀀-𪛟]+/u',
  '/𠀀+/',
  '/[\\u{20000}-\\u{2A6DF}鿕]/u',
];
const samples = ['同比增长12.5%，环比下降３％', '共１２个，合计３件', '（其中，市级）', '第十二章 第三节', '甲，乙', '\\市', '𠀀𠀁𪛟x', '𠀀\udc00\udc00', '鿕𠀀'];

describe('ascii-bundle: regular expression literals escaped to ASCII', () => {
  it('every pattern matches as before, and the text is ASCII', async () => {
    const { escapeNonAscii } = await load();
    const source = `[${patterns.join(',\n')}]`;
    const escaped = escapeNonAscii(source).code;
    assert.doesNotMatch(escaped, /[^\x00-\x7f]/);
    const before = runInNewContext(source) as RegExp[];
    const after = runInNewContext(escaped) as RegExp[];
    before.forEach((re, k) => {
      assert.equal(after[k].flags, re.flags);
      const all = (r: RegExp, sample: string) => [...sample.matchAll(new RegExp(r.source, `${r.flags.replace('g', '')}g`))].map((m) => [m.index, ...m]);
      for (const sample of samples) assert.deepEqual(all(after[k], sample), all(re, sample), `${patterns[k]} on ${sample}`);
    });
  });

  it('moves the generated columns after each escape, on its line only', async () => {
    const { escapeNonAscii, shiftMappings } = await load();
    // Line 0: `var a=/中/;var b=1;` with segments at columns 0 and 10; line 1 unchanged; line 2: an identity escape.
    const { code, edits } = escapeNonAscii('var a=/中/;var b=1;\nvar c=2;\nvar d=/\\，/;e()');
    assert.equal(code, 'var a=/\\u4E2D/;var b=1;\nvar c=2;\nvar d=/\\uFF0C/;e()');
    // Column 10 → 15 (VLQ 10 = U, 15 = e); line 2: `e()` from column 11 to 15 (W → e: a backslash fewer).
    assert.equal(shiftMappings('AAAA,UAAU;AACA;AACA,WAAW', edits), 'AAAA,eAAU;AACA;AACA,eAAW');
  });
});
