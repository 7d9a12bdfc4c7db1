// The analyses on the rule context: computed on first use, once per lint run, and kept on the lint result.
import assert from 'node:assert/strict';
import { defineAnalysis } from '../../src/core/analyses';
import type { FigureIndex } from '../../src/core/figures';
import { lintText } from '../../src/core/lint';
import { defineCodes, type Rule } from '../../src/core/rule';

const testCode = { severity: 'hint', fixable: false, description: '测试', descriptionEn: 'test' } as const;
const text = '全市共受理行政复议申请75件，其中维持50件，撤销25件。\n';

describe('rule context analyses', () => {
  it('computes a shared analysis once for every rule that asks, and only when asked', () => {
    let computed = 0;
    const counted = defineAnalysis('test:counted', (doc) => { computed++; return doc.text.length; });
    const asking = (id: string): Rule => ({
      id, codes: defineCodes({ [id]: testCode }), meta: { description: '测试', descriptionEn: 'test' },
      check(_doc, ctx) { ctx.analysis(counted); return []; },
    });
    lintText(text, { format: 'plaintext' }, { rules: [asking('test/a'), asking('test/b')] });
    assert.equal(computed, 1);
    const run = lintText(text, { format: 'plaintext' }, { rules: [] });
    assert.equal(computed, 1, 'no rule asked');
    run.analyses.analysis(counted);
    assert.equal(computed, 2);
  });

  it('keeps the figures the rules read on the lint result (hover reads them, extracts nothing again)', () => {
    let seen: FigureIndex | undefined;
    const rule: Rule = {
      id: 'test/figures', codes: defineCodes({ 'test/figures': testCode }), meta: { description: '测试', descriptionEn: 'test' },
      check(_doc, ctx) { seen = ctx.figures(); return []; },
    };
    const run = lintText(text, { format: 'plaintext' }, { rules: [rule] });
    assert.ok(seen);
    assert.equal(run.analyses.figures(), seen);
    assert.deepEqual(seen.figures.map((f) => f.value), [75, 50, 25]);
    assert.deepEqual(run.analyses.numbers().map((n) => n.value), [75, 50, 25]);
  });
});
