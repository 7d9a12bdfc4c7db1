import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintText } from '../../src/core/lint';
import { allRules } from '../../src/core/rules/index';
import { loadSegmenter } from '../../src/core/segmenter';

const root = join(__dirname, '..', '..');
export const docPath = (code: string) => join(root, 'docs', 'rules', `${code.replace(/\//g, '-')}.md`);

describe('rule registry', () => {
  it('has rules, with unique ids and codes', () => {
    assert.ok(allRules.length >= 10, `only ${allRules.length} rules registered`);
    const ids = allRules.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length, 'duplicate rule id');
    const codes = allRules.flatMap((r) => r.codes);
    assert.equal(new Set(codes).size, codes.length, 'a code is claimed by two rules');
  });

  for (const rule of allRules) {
    it(`${rule.id}: describes itself and documents every code`, () => {
      assert.match(rule.meta.description, /[\u4e00-\u9fff]/, 'zh-cn description');
      assert.match(rule.meta.descriptionEn, /[a-z]/i, 'en description');
      for (const code of rule.codes) {
        assert.match(code, /^(structure|meta|figure|number|punctuation|wording)\/[a-z0-9-]+$/, `code ${code}`);
        assert.ok(existsSync(docPath(code)), `missing doc page docs/rules/${code.replace(/\//g, '-')}.md`);
        assert.match(readFileSync(docPath(code), 'utf8'), new RegExp(code.replace(/[/-]/g, '\\$&')), `doc page names ${code}`);
      }
    });
  }

  it('every finding uses a declared code and points inside the text (corpus and example)', () => {
    const segmenter = loadSegmenter();
    const declared = new Set(allRules.flatMap((r) => r.codes));
    const dirs = [join(root, 'test', 'fixtures', 'corpus'), join(root, 'examples')];
    for (const dir of dirs) {
      for (const name of require('node:fs').readdirSync(dir) as string[]) {
        const text = readFileSync(join(dir, name), 'utf8');
        const run = lintText(text, { format: name.endsWith('.md') ? 'markdown' : 'plaintext' }, { segmenter });
        assert.deepEqual(run.failures, [], `${name}: a rule threw`);
        for (const f of run.findings) {
          assert.ok(declared.has(f.code), `${name}: undeclared code ${f.code}`);
          assert.ok(f.span.start >= 0 && f.span.end <= text.length && f.span.start <= f.span.end, `${name}: ${f.code} span`);
          assert.ok(f.message.length > 0);
          for (const fix of f.fixes) for (const e of fix.edits) assert.ok(e.span.end <= text.length);
        }
      }
    }
  });
});
