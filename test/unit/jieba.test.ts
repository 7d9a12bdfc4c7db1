// The TypeScript port of jieba (src/core/jieba.ts) against jieba-wasm, the implementation it was ported from (a dev
// dependency): the same words on every paragraph of the fixtures and the rule tables, and on made-up edge cases.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Jieba } from '../../src/core/jieba';
import { domainWords } from '../../src/core/segmenter';

const root = join(__dirname, '..', '..');

interface JiebaWasm {
  cut(text: string, hmm: boolean): string[];
  add_word(word: string, freq: null, tag: null): number;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** jieba-wasm hands text to Rust as UTF-8: a lone surrogate becomes U+FFFD (one UTF-16 unit, like the surrogate). */
const wellFormed = (text: string) => text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');

/** A deterministic mix of report text, figures, full-width forms, whitespace, punctuation, emoji and rare han. */
function generatedCases(): string[] {
  const pool = [...'的一是在不了有和人这中大为上个国我以要年度同比增长下降万亿元件次人民政府法治行政复议诉讼调解执法规范性文件合法性审查公共法律服务' +
    '顾问援助普谁网通办最多跑一次放管服司所公证败诉纠错撤出庭胜成功结率明白鑫淼犇' +
    '%％．.·0123456789０１２３４５６７８９abcXYZＡＢ+#&_-，。、；：（）《》“”"\' \t\n\r\u3000\u00a0\u0085\ufeff—…😀👪𠀀𦡦㐀䶵鿕鿖鿿豈'];
  let seed = 20260101;
  const random = (n: number) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
  const cases = ['', 'a', '中', 'x中', 'a中b', '5年', '\ud800', '\udc00中', '中\ud83d', '孤\udc00立', '😀😀中国', '2023年12月31日', '１２．５％',
    '12.5%的', '3.5.6版', 'abc网球拍卖会def', '我们中出了一个叛徒👪', 'Ａ股市场', '同比增长3.5个百分点，达98.6％。', '\r\n\r\n  \n\r',
    '中'.repeat(5000), '的'.repeat(3000), 'a'.repeat(4000), '１'.repeat(100), '鑫'.repeat(1000) + '淼'.repeat(1000), '𠀀'.repeat(500)];
  for (let k = 0; k < 3000; k++) {
    let text = '';
    for (let n = random(k < 2950 ? 60 : 3000); n > 0; n--) text += pool[random(pool.length)];
    cases.push(text);
  }
  return cases;
}

describe('jieba port (src/core/jieba.ts) = jieba-wasm', function () {
  this.timeout(120000);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const wasm = require('jieba-wasm') as JiebaWasm;
  const port = Jieba.load(join(root, 'dist', 'jieba.dict'));
  let added: { ours: number[]; theirs: number[] };
  before(() => {
    added = { ours: domainWords.map((w) => port.addWord(w)), theirs: domainWords.map((w) => wasm.add_word(w, null, null)) };
  });

  it('adds the domain words with the frequencies jieba-rs suggests', () => {
    assert.deepEqual(added.ours, added.theirs);
  });

  const compare = (texts: string[]) => {
    let characters = 0;
    const differences: string[] = [];
    for (const text of texts) {
      characters += text.length;
      const ours = port.cut(text).map(wellFormed);
      const theirs = wasm.cut(text, true);
      if (ours.join('|') !== theirs.join('|')) differences.push(`${JSON.stringify(text.slice(0, 80))}: ${ours.join('/')} ≠ ${theirs.join('/')}`);
      assert.equal(port.cut(text).join(''), text, 'the words partition the text');
    }
    assert.deepEqual(differences.slice(0, 10), []);
    return characters;
  };

  it('cuts every paragraph of the fixtures and of the rule tables as jieba-wasm does', () => {
    const files = [...filesUnder(join(root, 'test', 'fixtures')), ...filesUnder(join(root, 'test', 'unit', 'rules')), join(root, 'examples', 'sample-report.md')]
      .filter((f) => /\.(md|txt|tsv|json|ts)$/.test(f));
    const paragraphs = files.flatMap((f) => readFileSync(f, 'utf8').split('\n'));
    const characters = compare(paragraphs);
    assert.ok(characters > 200000, `${characters} characters compared`);
    console.log(`      (${paragraphs.length} paragraphs, ${characters} characters compared)`);
  });

  it('cuts edge cases as jieba-wasm does: ASCII, digits, full-width forms, whitespace, surrogates, emoji, long runs, empty', () => {
    const cases = generatedCases();
    const characters = compare(cases);
    console.log(`      (${cases.length} texts, ${characters} characters compared)`);
  });

  it('refuses a damaged data file with a message, and reads one at any byte offset', () => {
    const bytes = readFileSync(join(root, 'dist', 'jieba.dict'));
    for (const damaged of [bytes.subarray(0, 1000), bytes.subarray(0, 3), Buffer.alloc(64)]) {
      assert.throws(() => new Jieba(damaged), /jieba\.dict is damaged/);
    }
    const shifted = Buffer.alloc(bytes.length + 3);
    bytes.copy(shifted, 3);
    const text = readFileSync(join(root, 'examples', 'sample-report.md'), 'utf8');
    assert.deepEqual(new Jieba(shifted.subarray(3)).cut(text), new Jieba(bytes).cut(text));
  });

  it('cuts a whole report, with and without the HMM, as jieba-wasm does', () => {
    const text = readFileSync(join(root, 'examples', 'sample-report.md'), 'utf8');
    assert.deepEqual(port.cut(text), wasm.cut(text, true));
    assert.deepEqual(port.cut(text, false), wasm.cut(text, false));
  });
});
