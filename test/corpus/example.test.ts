// The bundled example carries deliberate mistakes (README "快速开始"); its corrected twin must come out clean.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits } from '../../src/core/fixes';
import { lintText } from '../../src/core/lint';
import { loadSegmenter } from '../../src/core/segmenter';
import type { Finding } from '../../src/core/types';

const examples = join(__dirname, '..', '..', 'examples');
const read = (name: string) => readFileSync(join(examples, name), 'utf8');
const lint = (text: string) => lintText(text, { format: 'markdown' }, { segmenter: loadSegmenter(), options: { today: new Date('2025-02-20') } });
const show = (text: string, f: Finding) => `${f.code} ${f.severity} “${text.slice(f.span.start, f.span.end)}” ${f.message}`;

describe('examples', () => {
  const text = read('sample-report.md');
  const found = lint(text).findings;

  const mistakes: { code: RegExp; at: string; fixedTo?: string }[] = [
    { code: /^figure\/sum$/, at: '126件', fixedTo: '125件' },
    { code: /^figure\/share$/, at: '5.3%' },
    { code: /^figure\/rate$/, at: '99.6%', fixedTo: '98.6%' },
    { code: /^structure\/numbering/, at: '（七）' },
    { code: /^meta\//, at: '2026年' },
    { code: /^meta\//, at: '明年' },
    { code: /^figure\/conflict$/, at: '13个' },
  ];
  for (const m of mistakes) {
    it(`finds the deliberate mistake at “${m.at}” (${m.code.source})`, () => {
      const hit = found.find((f) => m.code.test(f.code) && text.slice(f.span.start, f.span.end).includes(m.at));
      assert.ok(hit, `not found; findings:\n${found.map((f) => show(text, f)).join('\n')}`);
      if (m.fixedTo) {
        assert.ok(hit.fixes.length, 'has a fix');
        const fixed = applyEdits(text, hit.fixes[0].edits);
        assert.ok(fixed.slice(hit.span.start).startsWith(m.fixedTo), `fix writes ${m.fixedTo}`);
      }
    });
  }

  it('reports nothing else at error or warning level', () => {
    const unexpected = found.filter((f) => (f.severity === 'error' || f.severity === 'warning') &&
      !mistakes.some((m) => m.code.test(f.code) && text.slice(f.span.start, f.span.end).includes(m.at)));
    assert.deepEqual(unexpected.map((f) => show(text, f)), []);
  });

  it('the corrected twin has no findings at all', () => {
    const corrected = read('sample-report-corrected.md');
    assert.deepEqual(lint(corrected).findings.map((f) => show(corrected, f)), []);
  });
});
