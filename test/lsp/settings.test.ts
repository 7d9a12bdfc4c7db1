// Report detection and settings resolution: which documents the server checks, with which options.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseReport } from '../../src/core/document';
import { looksLikeReport } from '../../src/core/report-detection';
import { otherPages } from '../unit/rules/structure-sample';
import { defaultDebounceMs, globMatcher, matchesInclude, resolveSettings } from '../../src/server/settings';

const corpusDir = join(__dirname, '..', 'fixtures', 'corpus');

describe('report detection', () => {
  for (const file of readdirSync(corpusDir).filter((f) => f.endsWith('.txt'))) {
    it(`recognises corpus report ${file}`, () => {
      assert.equal(looksLikeReport(parseReport(readFileSync(join(corpusDir, file), 'utf8'), { format: 'plaintext' })), true);
    });
  }
  const notReports: [string, string][] = [
    ['an English README', '# fazhi-report\n\nA linter for annual reports.\n\n## Install\n\nnpm i\n'],
    ['Chinese meeting notes', '# 周例会纪要\n\n一、上周工作\n\n完成了3项任务,其中2项已验收。\n'],
    ['a note that only mentions the topic later', '# 读书笔记\n\n今天读了一本书。\n\n' + '后来谈到法治政府建设。\n'.repeat(3)],
    ['empty text', ''],
  ];
  for (const [name, text] of notReports) {
    it(`leaves ${name} alone`, () => assert.equal(looksLikeReport(parseReport(text, { format: 'markdown' })), false));
  }
  for (const page of otherPages) {
    it(`leaves ${page.name} alone, as the frame rules do`, () => assert.equal(looksLikeReport(parseReport(page.text, { format: 'plaintext' })), false));
  }
  it('recognises a traditional-script copy', () => {
    const text = '明湖市人民政府關於2024年法治政府建設情況的報告\n市人民政府：\n2024年，明湖市深入推進法治政府建設。';
    assert.equal(looksLikeReport(parseReport(text, { format: 'plaintext' })), true);
  });
  it('obeys front matter both ways', () => {
    assert.equal(looksLikeReport(parseReport('---\ntype: 法治政府建设年度报告\n---\n# 草稿\n', { format: 'markdown' })), true);
    assert.equal(looksLikeReport(parseReport('---\nfazhi: false\n---\n# 某市2023年法治政府建设情况的报告\n', { format: 'markdown' })), false);
  });
});

describe('include globs', () => {
  it('matches globs with picomatch', () => {
    assert.ok(globMatcher('**/*.md')('a/b/c.md'));
    assert.ok(globMatcher('**/*.md')('c.md'));
    assert.ok(!globMatcher('*.md')('a/c.txt'));
    assert.ok(globMatcher('*.md')('a/c.md'), 'a name glob matches the file name in any folder');
    assert.ok(globMatcher('reports/{2023,2024}/*.txt')('reports/2024/x.txt'));
    assert.ok(globMatcher('reports/{2023,2024}/*.txt')('ws/reports/2024/x.txt'), 'a relative glob matches below any folder');
    assert.ok(!globMatcher('reports/{2023,2024}/*.txt')('reports/2022/x.txt'));
    assert.ok(globMatcher('reports/[0-9]*.txt')('reports/2024.txt'), 'character classes');
    assert.ok(globMatcher('**/.drafts/*.md')('a/.drafts/x.md'), 'dot folders');
    assert.ok(globMatcher('file?.md')('file1.md'));
    assert.doesNotThrow(() => globMatcher('a{b')('a{b'));
  });
  it('matches names anywhere, paths relative to a workspace folder', () => {
    assert.equal(matchesInclude(['*.report.md'], '/ws/x/y.report.md', []), true);
    assert.equal(matchesInclude(['drafts/**/*.md'], '/ws/drafts/2024/a.md', ['/ws']), true);
    assert.equal(matchesInclude(['drafts/**/*.md'], '/ws/other/a.md', ['/ws']), false);
    assert.equal(matchesInclude(['/abs/*.txt'], '/abs/r.txt', []), true);
    assert.equal(matchesInclude([], '/ws/a.md', ['/ws']), false);
    assert.equal(matchesInclude(['*.md'], undefined, []), false);
  });
});

describe('settings resolution', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'fazhi-settings-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('uses defaults for missing or malformed editor settings', () => {
    for (const raw of [undefined, null, 42, 'x', []]) {
      const s = resolveSettings(raw, undefined);
      assert.deepEqual([s.lint, s.include, s.debounceMs], [{}, [], defaultDebounceMs]);
    }
    const bad = resolveSettings({ rules: { 'figure/sum': 'loud' }, include: 'x', debounceMs: 'soon', rounding: 'lenient' }, undefined);
    assert.equal(bad.lint.rounding, 'lenient');
    assert.equal(bad.problems.length, 3);
  });

  it('lets the nearest .fazhirc.json override editor settings, rule by rule', () => {
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, '.fazhirc.json'), JSON.stringify({ rules: { 'figure/sum': 'off' }, profile: 'department' }));
    const s = resolveSettings({ rules: { 'figure/sum': 'error', 'number/space': 'hint' }, profile: 'government', debounceMs: 99999 }, join(dir, 'sub', 'r.md'));
    assert.deepEqual(s.lint.rules, { 'figure/sum': { enabled: false }, 'number/space': { enabled: true, severity: 'hint' } });
    assert.equal(s.lint.profile, 'department');
    assert.equal(s.debounceMs, 5000);
    assert.equal(s.configFile, join(dir, '.fazhirc.json'));
  });

  it('reads the allow list of the wording rules from the editor and from .fazhirc.json', () => {
    assert.deepEqual(resolveSettings({ allow: [' 张堃 ', ''] }, undefined).lint.allow, ['张堃']);
    writeFileSync(join(dir, '.fazhirc.json'), JSON.stringify({ allow: ['法制副校长'] }));
    assert.deepEqual(resolveSettings({ allow: ['张堃'] }, join(dir, 'r.md')).lint.allow, ['法制副校长']);
    writeFileSync(join(dir, '.fazhirc.json'), JSON.stringify({ allow: '法制副校长' }));
    assert.match(resolveSettings(undefined, join(dir, 'r.md')).problems.join('\n'), /“allow”应为字符串数组/);
  });

  it('reads last year\'s report from fazhiReport.previousReport and from .fazhirc.json (relative to that file)', () => {
    assert.equal(resolveSettings({ previousReport: '上年/2024.md' }, undefined).lint.previous, '上年/2024.md');
    assert.equal(resolveSettings({ previousReport: '' }, undefined).lint.previous, undefined);
    assert.match(resolveSettings({ previousReport: 7 }, undefined).problems.join('\n'), /“previous”应为上年报告的文件路径/);
    writeFileSync(join(dir, '.fazhirc.json'), JSON.stringify({ previous: '2024.md' }));
    assert.equal(resolveSettings({ previousReport: 'x.md' }, join(dir, 'r.md')).lint.previous, join(dir, '2024.md'));
  });

  it('reports a broken .fazhirc.json and keeps the editor settings', () => {
    writeFileSync(join(dir, '.fazhirc.json'), '{ not json');
    const s = resolveSettings({ rounding: 'lenient' }, join(dir, 'r.md'));
    assert.equal(s.lint.rounding, 'lenient');
    assert.match(s.problems.join('\n'), /不是有效的 JSON/);
  });
});
