// Bad input never throws or hangs in the structure/meta rules.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport } from '../../../src/core/document';
import { lintText } from '../../../src/core/lint';
import { allRules } from '../../../src/core/rules/index';

const rules = allRules.filter((r) => Object.keys(r.codes).some((c) => c.startsWith('structure/') || c.startsWith('meta/')));
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

describe('Markdown nested or marked far beyond any report', function () {
  this.timeout(60000);
  const report = '# 东湖县2023年法治政府建设情况报告\n\n县委：\n\n2023年，全县共受理行政复议申请120件，其中维持80件，撤销20件，其他10件。\n\n一、主要举措和成效\n\n正文。\n';
  const hostile: Record<string, string> = {
    '10,000 ">"': '>'.repeat(10000),
    '"> - " 2,500 deep': '> - '.repeat(2500),
    'ordered lists 3,000 deep': '1. '.repeat(3000),
    'a list nested by indentation': Array.from({ length: 200 }, (_, k) => `${' '.repeat(2 * k)}- 项`).join('\n'),
    'a run of unmatched emphasis': '*a'.repeat(25000),
    'strikethrough marks': '~a'.repeat(25000),
    'brackets': '[a]'.repeat(15000),
    '12,000 list items without a blank line': '- a\n'.repeat(12000),
  };
  for (const [name, bad] of Object.entries(hostile)) {
    it(`${name}: read as plain text with one notice, quickly, the rest still checked`, () => {
      const text = `${report}\n${bad}\n`;
      const started = performance.now();
      const run = lintText(text, { format: 'markdown' });
      assert.ok(performance.now() - started < 5000, `took ${(performance.now() - started).toFixed(0)} ms`);
      assert.deepEqual(run.failures, []);
      assert.equal(run.doc.notices.length, 1);
      assert.match(run.doc.notices[0], /已按纯文本逐行检查/);
      assert.equal(run.doc.title?.content, '东湖县2023年法治政府建设情况报告');
      assert.ok(run.findings.some((f) => f.code === 'figure/sum'), 'the figure slip above the bad part is still found');
    });
  }

  it('reports and ordinary Markdown get no notice', () => {
    const examples = join(__dirname, '..', '..', '..', 'examples');
    const normal = [report, '> 引用\n>> 再引用\n\n- 一\n  - 二\n    - 三\n\n**粗体**、*斜体*、`代码`、[链接](https://x.cn)\n',
      '|项目|数量|\n|-|-|\n' + '|复议|12件|\n'.repeat(500), ...readdirSync(examples).map((f) => readFileSync(join(examples, f), 'utf8'))];
    for (const text of normal) assert.deepEqual(parseReport(text, { format: 'markdown' }).notices, []);
  });
});
