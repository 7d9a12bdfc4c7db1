// Fix-all (src/core/fixes.ts): only certain fixes, never a figure; stable after one run; edits in original offsets.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, certainFixes, composeEdits, fixAll, fixSummary } from '../../src/core/fixes';
import { lintText } from '../../src/core/lint';
import { loadSegmenter } from '../../src/core/segmenter';
import type { Finding, Fix, TextEdit } from '../../src/core/types';
import { figureValues } from './rule-table';

const root = join(__dirname, '..', '..');
const segmenter = loadSegmenter();
const lintAs = (format: 'markdown' | 'plaintext') => (text: string) => lintText(text, { format }, { segmenter }).findings;
const report = (body: string) => `# 某县2023年法治政府建设情况的报告\n\n县人民政府：\n\n2023年，我县推进法治政府建设。\n\n${body}\n\n某县司法局\n\n2024年2月20日\n`;

function finding(code: string, fixes: Fix[]): Finding {
  return { code, severity: 'warning', message: '', span: { start: 0, end: 1 }, fixes, related: [] };
}
const edit = (start: number, end: number, newText: string): TextEdit => ({ span: { start, end }, newText });

describe('certainFixes', () => {
  it('takes only certain fixes, the preferred one first, and drops those that collide', () => {
    const choice: Fix = { kind: 'choice', title: '将总数改为10', edits: [edit(0, 2, '10')] };
    const plain: Fix = { kind: 'certain', title: 'a', edits: [edit(5, 6, '，')] };
    const preferred: Fix = { kind: 'certain', title: 'b', preferred: true, edits: [edit(8, 9, '：')] };
    const colliding: Fix = { kind: 'certain', title: 'c', edits: [edit(5, 7, '')] };
    const chosen = certainFixes([
      finding('figure/sum', [choice]),
      finding('punctuation/half-width', [plain]),
      finding('meta/addressee-colon', [{ ...plain, title: 'other', edits: [edit(20, 21, 'x')] }, preferred]),
      finding('number/space', [colliding]),
    ]);
    assert.deepEqual(chosen.map((f) => f.title), ['a', 'b']);
  });

  it('refuses a fix whose own edits overlap', () => {
    assert.deepEqual(certainFixes([finding('x', [{ kind: 'certain', title: 'bad', edits: [edit(0, 3, 'a'), edit(2, 4, 'b')] }])]), []);
  });

  it('counts a lone fix that builds its edits lazily without building them', () => {
    const lazy: Fix = { kind: 'certain', title: 'lazy', editCount: 3000, get edits(): TextEdit[] { throw new Error('edits built'); } };
    assert.deepEqual(certainFixes([finding('punctuation/half-width', [lazy])]).map((f) => f.title), ['lazy']);
  });
});

describe('composeEdits', () => {
  it('maps the edits of several passes back onto the original text', () => {
    // Seeded random passes of disjoint edits over a short text: the composition must give the same result.
    let seed = 7;
    const random = (n: number) => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed % n; };
    for (let round = 0; round < 300; round++) {
      const original = 'abcdefghijklmnopqrstuvwxyz'.slice(0, 5 + random(20));
      let current = original;
      let composed: TextEdit[] = [];
      for (let pass = 0; pass < 1 + random(4); pass++) {
        const edits: TextEdit[] = [];
        let at = 0;
        while (at <= current.length) {
          const start = at + random(4);
          if (start > current.length) break;
          const end = Math.min(current.length, start + random(3));
          edits.push(edit(start, end, 'XYZ'.slice(0, random(4))));
          at = end + 1 + random(3);
        }
        composed = composeEdits(composed, current, edits);
        current = applyEdits(current, edits);
      }
      assert.equal(applyEdits(original, composed), current, `round ${round}`);
      composed.forEach((e, k) => k === 0 || assert.ok(composed[k - 1].span.end <= e.span.start, 'sorted and disjoint'));
    }
  });
});

describe('fixAll', () => {
  it('leaves the conflicting figures of the sample report alone (it used to swap 13 and 14 on every run)', () => {
    const text = readFileSync(join(root, 'examples', 'sample-report.md'), 'utf8');
    const lint = lintAs('markdown');
    const once = fixAll(text, lint);
    assert.deepEqual(figureValues(once.text, 'markdown', segmenter), figureValues(text, 'markdown', segmenter));
    assert.equal(once.text.match(/全市13个乡镇（街道）/g)?.length, text.match(/全市13个乡镇（街道）/g)?.length);
    assert.equal(once.text.match(/14个乡镇（街道）/g)?.length, text.match(/14个乡镇（街道）/g)?.length);
    assert.ok(lint(once.text).some((f) => f.code === 'figure/conflict'), 'the conflict is still reported, for the writer to choose');
    assert.equal(fixAll(once.text, lint).text, once.text, 'a second run changes nothing');
    assert.equal(applyEdits(text, once.edits), once.text);
  });

  it('finishes cascading fixes in one run: a marker fixed in style and in sequence, brackets then commas', () => {
    const lint = lintAs('markdown');
    const numbered = report('## 一、主要举措和成效\n\n### （一）、行政复议\n\n复议工作。\n\n### （二）、行政执法\n\n执法工作。\n\n### （四）、普法\n\n普法工作。');
    const fixed = fixAll(numbered, lint);
    assert.ok(fixed.text.includes('### （一）行政复议') && fixed.text.includes('### （三）普法'), fixed.text);
    assert.equal(fixed.summary, '已修复 4 处：层次序数 4');
    assert.equal(fixAll(fixed.text, lint).edits.length, 0);

    const brackets = report('## 一、主要举措和成效\n\n全县(含开发区),共有12个乡镇(街道),完成培训。');
    const once = fixAll(brackets, lint);
    assert.ok(once.text.includes('全县（含开发区），共有12个乡镇（街道），完成培训。'), once.text);
    assert.equal(fixAll(once.text, lint).edits.length, 0);
  });

  it('never applies a figure fix: sum, rate and share findings stay for the writer', () => {
    const lint = lintAs('markdown');
    const text = report('## 一、主要举措和成效\n\n全年共收到行政复议申请411件，其中受理360件、不予受理52件。办结率为95%（办结300件，受理360件）,调解成功率98.6%。');
    const result = fixAll(text, lint);
    assert.deepEqual(figureValues(result.text, 'markdown', segmenter), figureValues(text, 'markdown', segmenter));
    assert.ok(result.text.includes('411件'));
    assert.ok(lint(result.text).some((f) => f.code === 'figure/sum'));
  });

  it('narrows to one code, and counts what it changed', () => {
    const lint = lintAs('markdown');
    const text = report('## 一、主要举措和成效\n\n全县(含开发区),共有12个乡镇。\n\n### （一）、行政复议');
    const onlyPunctuation = fixAll(text, lint, (f) => f.code === 'punctuation/half-width');
    assert.ok(onlyPunctuation.text.includes('（一）、'));
    assert.match(onlyPunctuation.summary, /^已修复 \d+ 处：标点 \d+$/);
  });

  it('is stable on the corpus and keeps every figure', function () {
    this.timeout(60000);
    const dir = join(root, 'test', 'fixtures', 'corpus');
    for (const name of readdirSync(dir)) {
      const text = readFileSync(join(dir, name), 'utf8');
      const lint = lintAs('plaintext');
      const once = fixAll(text, lint);
      assert.ok(once.edits.length > 0, name);
      assert.equal(applyEdits(text, once.edits), once.text, name);
      assert.equal(fixAll(once.text, lint).edits.length, 0, `${name}: a second run changes nothing`);
      assert.deepEqual(figureValues(once.text, 'plaintext', segmenter), figureValues(text, 'plaintext', segmenter), name);
    }
  });
});

describe('fixSummary', () => {
  it('names the families of what changed', () => {
    assert.equal(fixSummary([]), '');
    assert.equal(fixSummary([
      { code: 'punctuation/half-width', count: 5 }, { code: 'structure/numbering-style', count: 2 },
      { code: 'meta/addressee-colon', count: 1 }, { code: 'number/range-dash', count: 1 },
    ]), '已修复 9 处：标点 6，层次序数 2，数字写法 1');
  });
});
