// check --format sarif | github | checkstyle | junit, -o FILE, and FORCE_COLOR / NO_COLOR.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, symlinkSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import Ajv from 'ajv';
import { escapeGithubData, escapeGithubProperty, xmlAttribute } from '../../src/cli/formats';
import { colorWanted } from '../../src/cli/output';
import { ruleCatalog } from '../../src/core/rule-catalog';
import { corpus, run, sampleReport, tempDir } from './helpers';

const docxFixture = join(__dirname, '..', 'fixtures', 'docx', '000_f822e31e0fec2d8c.docx');

/** Errors of a SARIF log against the 2.1.0 schema, as text; undefined when it is valid. */
function sarifValidator(): (log: unknown) => string | undefined {
  const schema = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'sarif', 'sarif-2.1.0-rtm.5.json'), 'utf8'));
  // A draft-04 schema using nothing that changed in draft-07 (no boolean exclusiveMinimum/Maximum): its "id" is
  // draft-07's "$id", and ajv validates it as draft-07.
  assert.ok(!JSON.stringify(schema).includes('exclusiveM'));
  const { $schema: _draft, id, ...rest } = schema;
  // unicodeRegExp off: the schema's language pattern has a stray "]" that only a non-Unicode RegExp reads (as a literal).
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///base/'));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  const validate = ajv.compile({ $id: id, ...rest });
  return (log) => (validate(log) ? undefined : JSON.stringify(validate.errors?.slice(0, 5), null, 2));
}

/** Reads lines of a file as 1-based line/column (UTF-16) positions do. */
function textAt(file: string, region: { startLine: number; startColumn: number; endLine: number; endColumn: number }): string {
  const lines = readFileSync(file, 'utf8').split('\n');
  assert.equal(region.startLine, region.endLine, 'single-line regions in this test');
  return lines[region.startLine - 1].slice(region.startColumn - 1, region.endColumn - 1);
}

describe('cli check --format sarif', () => {
  it('is valid SARIF 2.1.0 with a rules array of every code, 1-based regions and fixes', async () => {
    const r = await run(['check', '--format', 'sarif', sampleReport, docxFixture]);
    assert.equal(r.code, 1, r.stderr);
    const log = JSON.parse(r.stdout);
    const validate = sarifValidator();
    assert.equal(validate(log), undefined);
    // The validator does reject what breaks the schema: a 0 line, a level SARIF does not have.
    const broken = structuredClone(log);
    broken.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    broken.runs[0].results[1].level = 'information';
    assert.match(validate(broken) ?? '', /minimum[\s\S]*enum|enum[\s\S]*minimum/);
    const [runLog] = log.runs;
    const rules = runLog.tool.driver.rules;
    assert.deepEqual(rules.map((x: { id: string }) => x.id), ruleCatalog().map((e) => e.code));
    const sum = rules.find((x: { id: string }) => x.id === 'figure/sum');
    assert.match(sum.shortDescription.text, /[\u4e00-\u9fff]/, 'zh-cn description');
    assert.match(sum.fullDescription.text, /^[A-Z][a-z]+ /, 'en description');
    assert.equal(sum.helpUri, 'https://example.invalid/fazhi-report/blob/main/docs/rules/figure-sum.md');
    assert.equal(sum.defaultConfiguration.level, 'error');
    // Every rule page named in helpUri exists in the repository.
    for (const rule of rules) assert.ok(readFileSync(join(__dirname, '..', '..', rule.helpUri.replace(/^.*\/blob\/main\//, '')), 'utf8').length);

    const results = runLog.results as any[];
    const c1 = results.find((x) => x.ruleId === 'figure/sum' && x.message.text.includes('410') && x.locations[0].physicalLocation.artifactLocation.uri.endsWith('.txt'));
    assert.ok(c1, 'the 慈溪 figure/sum error');
    assert.equal(c1.level, 'error');
    assert.equal(rules[c1.ruleIndex].id, 'figure/sum');
    assert.equal(c1.locations[0].physicalLocation.artifactLocation.uri, relative(process.cwd(), sampleReport));
    assert.equal(textAt(sampleReport, c1.locations[0].physicalLocation.region), '411家');
    assert.ok(c1.relatedLocations.length >= 5);
    const replacement = c1.fixes[0].artifactChanges[0].replacements[0];
    assert.equal(textAt(sampleReport, replacement.deletedRegion), '411');
    assert.equal(replacement.insertedContent.text, '410');
    assert.equal(c1.fixes[0].properties.kind, 'choice');

    // The Word file: positions are paragraph/character as in the text output, and no fixes (they edit converted text).
    const word = results.filter((x) => x.locations[0].physicalLocation.artifactLocation.uri.endsWith('.docx'));
    assert.ok(word.length > 0);
    assert.ok(word.every((x) => !x.fixes));
  });

  it('keeps a hostile file name and message text valid', async () => {
    const dir = tempDir();
    const file = join(dir, 'a b%,:.md');
    writeFileSync(file, readFileSync(sampleReport));
    const r = await run(['check', '--format', 'sarif', file]);
    const log = JSON.parse(r.stdout);
    assert.equal(sarifValidator()(log), undefined);
    assert.ok(log.runs[0].results.length > 0);
  });
});

describe('cli check --format github', () => {
  it('prints one workflow command per finding with file, line, col, endLine, endColumn and the code as title', async () => {
    const r = await run(['check', '--format', 'github', sampleReport]);
    assert.equal(r.code, 1);
    const lines = r.stdout.trimEnd().split('\n');
    assert.ok(lines.length > 5);
    const shape = /^::(error|warning|notice) file=([^,]+),line=(\d+),col=(\d+),endLine=(\d+),endColumn=(\d+),title=([^,:]+)::(.+)$/;
    for (const line of lines) assert.match(line, shape);
    const c1 = lines.find((l) => l.includes('title=figure/sum') && l.includes('410'))!;
    const [, level, file, line, col, endLine, endColumn] = shape.exec(c1)!;
    assert.equal(level, 'error');
    assert.equal(file, relative(process.cwd(), sampleReport));
    assert.equal(textAt(sampleReport, { startLine: +line, startColumn: +col, endLine: +endLine, endColumn: +endColumn }), '411家');
    assert.ok(lines.some((l) => l.startsWith('::notice ')), 'information findings are notices');
  });

  it('escapes as GitHub requires: % CR LF in the message, also : and , in properties', () => {
    assert.equal(escapeGithubData('50%\r\n下一行: a,b'), '50%25%0D%0A下一行: a,b');
    assert.equal(escapeGithubProperty('a:b,c%\n'), 'a%3Ab%2Cc%25%0A');
  });
});

describe('cli check --format checkstyle / junit', () => {
  it('checkstyle: one <file> per report, one <error> per finding with line, column, severity and source', async () => {
    const r = await run(['check', '--format', 'checkstyle', sampleReport, join(corpus, '001_cb69d81650a98de4.txt')]);
    assert.match(r.stdout, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<checkstyle version="4.3">\n/);
    assert.equal((r.stdout.match(/<file name=/g) ?? []).length, 2);
    assert.match(r.stdout, /<error line="\d+" column="\d+" severity="error" message="[^"]*410[^"]*" source="fazhi-report.figure\/sum"\/>/);
    assert.match(r.stdout, /severity="info"/);
    assert.doesNotMatch(r.stdout, /message="[^"]*[<>][^"]*"/);
  });

  it('junit: a suite per report, a failing case per finding, a passing case for a clean report', async () => {
    const dir = tempDir();
    const clean = join(dir, 'clean.md');
    writeFileSync(join(dir, '.fazhirc.json'), JSON.stringify({ rules: { structure: 'off', meta: 'off', figure: 'off', number: 'off', punctuation: 'off', wording: 'off' } }));
    writeFileSync(clean, readFileSync(sampleReport));
    const r = await run(['check', '--format', 'junit', sampleReport, clean]);
    const suites = [...r.stdout.matchAll(/<testsuite name="([^"]+)" tests="(\d+)" failures="(\d+)"/g)];
    assert.equal(suites.length, 2);
    assert.ok(+suites[0][3] > 0 && suites[0][2] === suites[0][3]);
    assert.deepEqual([suites[1][2], suites[1][3]], ['1', '0']);
    const [, tests, failures] = /<testsuites name="fazhi-report" tests="(\d+)" failures="(\d+)"/.exec(r.stdout)!;
    assert.equal(+tests, +suites[0][2] + 1);
    assert.equal(+failures, +suites[0][3]);
    assert.match(r.stdout, /<failure type="error" message="[^"]*410/);
  });

  it('XML text: markup escaped, characters XML cannot carry replaced', () => {
    assert.equal(xmlAttribute('<a href="x">&\n\x01\ud800'), '&lt;a href=&quot;x&quot;&gt;&amp;&#10;\ufffd\ufffd');
    assert.equal(xmlAttribute('𠀀'), '𠀀', 'a surrogate pair is kept');
  });
});

describe('cli check -o FILE', () => {
  it('writes any format to the file (replacing an old one) and says so on stderr', async () => {
    const dir = tempDir();
    const out = join(dir, 'results.sarif');
    writeFileSync(out, 'old');
    const r = await run(['check', '--format', 'sarif', '-o', out, sampleReport]);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /结果已写入 .*results\.sarif/);
    assert.equal(JSON.parse(readFileSync(out, 'utf8')).version, '2.1.0');
    const text = join(dir, 'out.txt');
    await run(['check', '--color', '-o', text, sampleReport]);
    assert.doesNotMatch(readFileSync(text, 'utf8'), /\x1b\[/, 'no colour in a file');
    assert.match(readFileSync(text, 'utf8'), /^共 \d+ 个问题/m);
  });

  it('refuses a symbolic link, a directory, or one of the reports being checked', async () => {
    const dir = tempDir();
    const report = join(dir, 'r.md');
    writeFileSync(report, readFileSync(sampleReport));
    symlinkSync(report, join(dir, 'link.json'));
    mkdirSync(join(dir, 'sub'));
    for (const target of [join(dir, 'link.json'), join(dir, 'sub'), report]) {
      const r = await run(['check', '--format', 'json', '-o', target, report]);
      assert.equal(r.code, 2, target);
      assert.match(r.stderr, /符号链接|目录|拒绝覆盖/);
    }
    assert.equal(readFileSync(report, 'utf8'), readFileSync(sampleReport, 'utf8'));
  });

  it('rejects an unknown format and -o with --fix-dry-run', async () => {
    assert.match((await run(['check', '--format', 'xml', sampleReport])).stderr, /--format 应为 text、json、sarif、github、checkstyle、junit 之一/);
    assert.equal((await run(['check', '--fix-dry-run', '-o', '/tmp/x', sampleReport])).code, 2);
    assert.equal((await run(['check', '--fix-dry-run', '--format', 'sarif', sampleReport])).code, 2);
  });
});

describe('text colour from the environment', () => {
  it('FORCE_COLOR forces colour, NO_COLOR turns it off, FORCE_COLOR wins; else only on a terminal', () => {
    assert.equal(colorWanted({}, true), true);
    assert.equal(colorWanted({}, false), false);
    assert.equal(colorWanted({ NO_COLOR: '1' }, true), false);
    assert.equal(colorWanted({ NO_COLOR: '' }, true), true, 'an empty NO_COLOR is not set');
    assert.equal(colorWanted({ FORCE_COLOR: '1' }, false), true);
    assert.equal(colorWanted({ FORCE_COLOR: '0' }, true), false);
    assert.equal(colorWanted({ FORCE_COLOR: '1', NO_COLOR: '1' }, false), true);
  });

  it('the CLI reads them: FORCE_COLOR colours a piped run, --no-color still wins', async () => {
    const saved = process.env.FORCE_COLOR;
    process.env.FORCE_COLOR = '1';
    try {
      assert.match((await run(['check', sampleReport])).stdout, /\x1b\[31merror/);
      assert.doesNotMatch((await run(['check', '--no-color', sampleReport])).stdout, /\x1b\[/);
      assert.doesNotMatch((await run(['check', '--format', 'github', sampleReport])).stdout, /\x1b\[/);
    } finally {
      if (saved === undefined) delete process.env.FORCE_COLOR;
      else process.env.FORCE_COLOR = saved;
    }
  });
});
