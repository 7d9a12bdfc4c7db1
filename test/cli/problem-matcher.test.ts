// The $fazhi-report problem matcher (package.json) against real `fazhi-report check` text output: every finding line
// is matched with its file, 1-based line and column, severity and code, and nothing else is.
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpus, run, tempDir } from './helpers';

const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));
const [matcher] = manifest.contributes.problemMatchers;
const pattern = new RegExp(matcher.pattern.regexp);
const docxFixture = join(__dirname, '..', 'fixtures', 'docx', '000_f822e31e0fec2d8c.docx');

/** What VS Code makes of a matched severity (Severity.fromValue: error, warning, info; "hint" → info). */
function vscodeSeverity(value: string): string {
  return value === 'hint' ? 'info' : value;
}

interface JsonDiagnostic { code: string; severity: string; message: string; range: { start: { line: number; character: number } } }

describe('problem matcher $fazhi-report', () => {
  it('is contributed as "fazhi-report" with file, line, column, severity, code and message groups', () => {
    assert.equal(matcher.name, 'fazhi-report');
    assert.deepEqual(Object.keys(matcher.pattern).sort(), ['code', 'column', 'file', 'line', 'message', 'regexp', 'severity']);
  });

  it('matches every finding of real check output, and nothing else', async () => {
    const dir = tempDir();
    // Chinese names, a space and a colon-free path relative to the working directory, several files.
    copyFileSync(join(corpus, '000_f822e31e0fec2d8c.txt'), join(dir, '慈溪 报告.txt'));
    copyFileSync(join(corpus, '003_eab364f8fc6d6607.txt'), join(dir, '白城.md'));
    const text = await run(['check', '--no-color', dir]);
    const json = await run(['check', '--format', 'json', dir]);
    const expected = (JSON.parse(json.stdout).files as { path: string; diagnostics: JsonDiagnostic[] }[])
      .flatMap((file) => file.diagnostics.map((d) => ({
        file: file.path, line: d.range.start.line + 1, column: d.range.start.character + 1,
        severity: d.severity === 'information' ? 'info' : vscodeSeverity(d.severity), code: d.code, message: d.message,
      })));
    const lines = text.stdout.split('\n');
    const matched = lines.map((line) => pattern.exec(line)).filter((m) => m !== null).map((m) => ({
      file: m[matcher.pattern.file], line: Number(m[matcher.pattern.line]), column: Number(m[matcher.pattern.column]),
      severity: vscodeSeverity(m[matcher.pattern.severity]), code: m[matcher.pattern.code], message: m[matcher.pattern.message],
    }));
    assert.ok(expected.length > 20);
    assert.deepEqual(matched, expected);
    assert.ok(expected.some((e) => e.severity === 'info'), 'information findings come through as info, not as errors');
    // File headings, the blank lines and the summary line are not problems.
    assert.equal(lines.filter((l) => l && !pattern.test(l)).length, 3);
  });

  it('leaves Word positions (¶paragraph) alone: they are no line numbers of a text file', async () => {
    const r = await run(['check', '--no-color', docxFixture]);
    assert.match(r.stdout, /\.docx:¶\d+:\d+ error /);
    assert.equal(r.stdout.split('\n').filter((l) => pattern.test(l)).length, 0);
  });
});
