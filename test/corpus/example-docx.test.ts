// The Word example (examples/sample-report.docx, written by scripts/sample-docx.ts): the same report as
// examples/sample-report.md as a writer's draft with automatic numbering — it must give the same findings, each
// located in the right Word paragraph.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintText } from '../../src/core/lint';
import { loadSegmenter } from '../../src/core/segmenter';
import { docxPosition, readDocx } from '../../src/import/docx';

const examples = join(__dirname, '..', '..', 'examples');

describe('examples: the Word draft', () => {
  const lint = (text: string) => lintText(text, { format: 'markdown' }, { segmenter: loadSegmenter(), options: { today: new Date('2025-02-20') } }).findings;
  const markdown = readFileSync(join(examples, 'sample-report.md'), 'utf8');
  const word = readDocx(readFileSync(join(examples, 'sample-report.docx')));

  it('has the headings of the Markdown example, numbered by Word', () => {
    for (const heading of ['一、党政主要负责人履行推进法治建设第一责任人职责情况', '（五）深入推进全民普法', '（七）加强行政权力制约和监督', '四、2026年工作安排']) {
      assert.ok(word.markdown.includes(`\n${heading}\n`), heading);
    }
  });

  it('gives the findings of the Markdown example', () => {
    const key = (text: string) => (f: { code: string; message: string; span: { start: number; end: number } }) => `${f.code}|${text.slice(f.span.start, f.span.end)}|${f.message}`;
    assert.deepEqual(lint(word.markdown).map(key(word.markdown)), lint(markdown).map(key(markdown)));
  });

  it('puts a finding inside an automatically numbered heading at its character in Word', () => {
    const planYear = lint(word.markdown).find((f) => f.code === 'meta/plan-year');
    assert.ok(planYear);
    // "四、" is Word's numbering, not text: "2026年工作安排" starts the paragraph.
    assert.equal(docxPosition(word, planYear.span.start).character, 0);
  });
});
