// check against last year's report: --previous FILE, `previous` in .fazhirc.json, and last year's report found in the
// same folder (same issuer, year before).
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, tempDir } from './helpers';

const fixtures = join(__dirname, '..', 'fixtures', 'yoy');
const lastYear = '青川县2024年法治政府建设情况的报告.md';
const thisYear = '青川县2025年法治政府建设情况的报告.md';

const yearLines = (stdout: string) => stdout.split('\n').filter((l) => / year\//.test(l)).map((l) => l.replace(/^.*?:(\d+:\d+) (\S+) (\S+) .*$/, '$1 $2 $3'));
const expected = ['7:6 information year/plan-forgotten', '13:37 warning year/change-mismatch', '15:4 information year/copied', '23:1 information year/copied'];

function folderWith(...names: string[]): string {
  const dir = tempDir();
  for (const name of names) copyFileSync(join(fixtures, name), join(dir, name));
  return dir;
}

describe('CLI: year over year', function () {
  this.timeout(60000);

  it('finds last year\'s report in the same folder: a wrong 较上年, a copied paragraph, a forgotten plan item', async () => {
    const r = await run(['check', '--jobs', '1', join(fixtures, thisYear)]);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(yearLines(r.stdout), expected);
    assert.match(r.stdout, /year\/change-mismatch 较上年的增减幅度与上年报告不符：上年报告（青川县2024年法治政府建设情况的报告\.md）第13行为120件，本年135件，\(135−120\)÷120=12\.50%，应为13%，文中为“12%”/);
    assert.match(r.stdout, /year\/copied 本段 2 句与上年报告/);
    assert.match(r.stdout, /工作安排“开展“法律明白人”培养工程”在本年报告中未见提及/);
  });

  it('checks last year\'s report in the folder without a report of the year before it', async () => {
    const r = await run(['check', '--jobs', '1', join(fixtures, lastYear)]);
    assert.deepEqual(yearLines(r.stdout), []);
  });

  it('--previous names last year\'s report kept elsewhere', async () => {
    const dir = folderWith(thisYear);
    const alone = await run(['check', join(dir, thisYear)]);
    assert.deepEqual(yearLines(alone.stdout), [], 'no previous report: no year findings');
    const r = await run(['check', '--previous', join(fixtures, lastYear), join(dir, thisYear)]);
    assert.deepEqual(yearLines(r.stdout), expected);
    const json = JSON.parse((await run(['check', '--format', 'json', `--previous=${join(fixtures, lastYear)}`, join(dir, thisYear)])).stdout);
    assert.deepEqual(json.files[0].diagnostics.filter((d: { code: string }) => d.code.startsWith('year/')).map((d: { code: string }) => d.code),
      ['year/plan-forgotten', 'year/change-mismatch', 'year/copied', 'year/copied']);
  });

  it('`previous` in .fazhirc.json, relative to its folder', async () => {
    const dir = folderWith(thisYear);
    writeFileSync(join(dir, '.fazhirc.json'), JSON.stringify({ previous: 'last.md' }));
    copyFileSync(join(fixtures, lastYear), join(dir, 'last.md'));
    const r = await run(['check', join(dir, thisYear)]);
    assert.deepEqual(yearLines(r.stdout), expected);
  });

  it('a report of another issuer or another year in the folder is not last year\'s', async () => {
    const dir = folderWith(thisYear);
    const other = (name: string, from: string, to: string) => writeFileSync(join(dir, name), readFixture(lastYear).split(from).join(to));
    other('平武.md', '青川县', '平武县');
    other('2023.md', '2024年', '2023年');
    const r = await run(['check', join(dir, thisYear)]);
    assert.deepEqual(yearLines(r.stdout), []);
  });

  it('other files of the folder that cannot be read are passed over without a word', async () => {
    const dir = folderWith(thisYear, lastYear);
    writeFileSync(join(dir, '损坏.docx'), 'not a zip');
    writeFileSync(join(dir, '二进制.txt'), Buffer.from([0, 1, 2, 3]));
    writeFileSync(join(dir, '空.md'), '');
    const r = await run(['check', join(dir, thisYear)]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    assert.deepEqual(yearLines(r.stdout), expected);
  });

  it('summary of the folder counts each report\'s year findings in its row', async () => {
    const out = join(tempDir(), 'summary.csv');
    const r = await run(['summary', '-o', out, fixtures]);
    assert.equal(r.code, 0, r.stderr);
    const rows = readFileSync(out, 'utf8').split('\r\n').filter(Boolean).map((line) => line.split(','));
    const total = (name: string) => rows.find((row) => row[0].endsWith(name))?.at(-1);
    assert.equal(rows[0].at(-1), '问题总数');
    assert.deepEqual([total(lastYear), total(thisYear)], ['1', '5'], 'structure/missing-section each, and the four year findings of 2025');
  });

  it('a --previous that cannot be read is named, and the report is still checked (exit 2)', async () => {
    const r = await run(['check', '--previous', join(tempDir(), 'missing.md'), join(fixtures, thisYear)]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /上年报告 .*missing\.md 无法读取：文件不存在/);
    assert.match(r.stdout, /structure\/missing-section/);
  });
});

function readFixture(name: string): string {
  return readFileSync(join(fixtures, name), 'utf8');
}
