// Bad input never throws or hangs in the structure/meta rules.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintText } from '../../../src/core/lint';
import { allRules } from '../../../src/core/rules/index';

const rules = allRules.filter((r) => r.codes.some((c) => c.startsWith('structure/') || c.startsWith('meta/')));
const corpus = join(__dirname, '..', '..', 'fixtures', 'corpus');

function run(text: string, format: 'markdown' | 'plaintext' = 'plaintext') {
  const result = lintText(text, { format }, { rules });
  assert.deepEqual(result.failures, []);
  for (const f of result.findings) assert.ok(f.span.start >= 0 && f.span.end <= text.length && f.span.start <= f.span.end);
  return result;
}

describe('structure/meta rules on bad input', () => {
  it('empty, white space, binary-ish, markers only', () => {
    for (const text of ['', ' ', '\n\n\n', '\ufeff', '\u0000\u0001\u0002', '一、', '（一）', '1.', '一是二是三是', '：', '2019年12月5日', '今年'.repeat(1000), '一、\n'.repeat(500)]) {
      run(text);
      run(text, 'markdown');
    }
  });

  it('random text from the report alphabet', () => {
    const alphabet = '一二三四五是、（）().1234567890年月日今明去报告总结问题不足原因第一责任人工作安排下一步：:。\n ';
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < 200; k++) {
      let text = '';
      const n = Math.floor(next() * 400);
      for (let i = 0; i < n; i++) text += alphabet[Math.floor(next() * alphabet.length)];
      run(text);
    }
  });

  it('a huge report (the corpus ×20) in well under a few seconds', () => {
    const all = readdirSync(corpus).map((f) => readFileSync(join(corpus, f), 'utf8')).join('\n');
    const text = Array(20).fill(all).join('\n');
    const t0 = Date.now();
    run(text);
    assert.ok(Date.now() - t0 < 5000, `took ${Date.now() - t0} ms`);
  });
});
