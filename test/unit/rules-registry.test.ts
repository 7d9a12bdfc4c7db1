import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintText } from '../../src/core/lint';
import { codeMeta, report, ruleCodes } from '../../src/core/rule';
import { allRules } from '../../src/core/rules/index';
import { loadSegmenter } from '../../src/core/segmenter';

const root = join(__dirname, '..', '..');
export const docPath = (code: string) => join(root, 'docs', 'rules', `${code.replace(/\//g, '-')}.md`);

describe('rule registry', () => {
  it('has rules, with unique ids and codes', () => {
    assert.ok(allRules.length >= 10, `only ${allRules.length} rules registered`);
    const ids = allRules.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length, 'duplicate rule id');
    const codes = allRules.flatMap(ruleCodes);
    assert.equal(new Set(codes).size, codes.length, 'a code is claimed by two rules');
  });

  for (const rule of allRules) {
    it(`${rule.id}: describes itself and documents every code`, () => {
      assert.match(rule.meta.description, /[\u4e00-\u9fff]/, 'zh-cn description');
      assert.match(rule.meta.descriptionEn, /[a-z]/i, 'en description');
      for (const [code, meta] of Object.entries(rule.codes)) {
        assert.match(code, /^(structure|meta|figure|number|punctuation|wording|year)\/[a-z0-9-]+$/, `code ${code}`);
        assert.match(meta.description, /[\u4e00-\u9fff]/, `${code}: zh-cn description`);
        assert.match(meta.descriptionEn, /[a-z]/i, `${code}: en description`);
        assert.equal(codeMeta(code), meta, `${code}: registered for report()`);
        assert.equal(join(root, meta.doc), docPath(code));
        assert.ok(existsSync(docPath(code)), `missing doc page ${meta.doc}`);
        const page = readFileSync(docPath(code), 'utf8');
        assert.match(page, new RegExp(code.replace(/[/-]/g, '\\$&')), `doc page names ${code}`);
        assert.match(page.match(/默认级别.*/)?.[0] ?? '', new RegExp(meta.severity), `${meta.doc} states the default severity ${meta.severity}`);
      }
    });
  }

  it('report() fills the code\'s default severity unless the rule states one; the user\'s setting overrides both', () => {
    const span = { start: 0, end: 1 };
    assert.equal(report('figure/sum', { message: 'x', span }).severity, 'error');
    assert.equal(report('figure/sum', { message: 'x', span, severity: 'warning' }).severity, 'warning');
    assert.throws(() => report('figure/undeclared', { message: 'x', span }), /not declared/);
    const text = '共清理325件，保留204件，修改52件，废止60件。';
    const run = (options = {}) => lintText(text, { format: 'plaintext' }, { rules: allRules.filter((r) => r.id === 'figure/sum'), options }).findings;
    assert.deepEqual(run().map((f) => f.severity), ['error']);
    assert.deepEqual(run({ rules: { 'figure/sum': { severity: 'hint' } } }).map((f) => f.severity), ['hint']);
  });

  it('every finding uses a declared code and points inside the text (corpus and example)', () => {
    const segmenter = loadSegmenter();
    const declared = new Set(allRules.flatMap(ruleCodes));
    const dirs = [join(root, 'test', 'fixtures', 'corpus'), join(root, 'examples')];
    for (const dir of dirs) {
      for (const name of require('node:fs').readdirSync(dir) as string[]) {
        const text = readFileSync(join(dir, name), 'utf8');
        const run = lintText(text, { format: name.endsWith('.md') ? 'markdown' : 'plaintext' }, { segmenter });
        assert.deepEqual(run.failures, [], `${name}: a rule threw`);
        for (const f of run.findings) {
          assert.ok(declared.has(f.code), `${name}: undeclared code ${f.code}`);
          assert.ok(f.fixes.length === 0 || codeMeta(f.code)?.fixable, `${name}: ${f.code} has fixes but is declared not fixable`);
          assert.ok(f.span.start >= 0 && f.span.end <= text.length && f.span.start <= f.span.end, `${name}: ${f.code} span`);
          assert.ok(f.message.length > 0);
          for (const fix of f.fixes) for (const e of fix.edits) assert.ok(e.span.end <= text.length);
        }
      }
    }
  });
});
