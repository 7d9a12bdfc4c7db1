import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { corpus, run, tempDir } from './helpers';

describe('cli check', () => {
  it('prints file:line:col severity code message and a summary, exit 1 on errors', async () => {
    const r = await run(['check', join(corpus, '000_f822e31e0fec2d8c.txt')]);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /000_f822e31e0fec2d8c\.txt:\d+:\d+ error structure\/missing-section /);
    assert.match(r.stdout, /^共 \d+ 个问题（错误 \d+/m);
    assert.doesNotMatch(r.stdout, /\x1b\[/, 'no colour when not a TTY');
  });

  it('json output has exactly the LSP-shaped structure with 0-based UTF-16 positions', async () => {
    const file = join(corpus, '000_f822e31e0fec2d8c.txt');
    const r = await run(['check', '--format', 'json', file]);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(Object.keys(out), ['files']);
    assert.equal(out.files[0].path, file);
    const text = readFileSync(file, 'utf8');
    const lines = text.split('\n');
    assert.ok(out.files[0].diagnostics.length > 0);
    for (const d of out.files[0].diagnostics) {
      assert.deepEqual(Object.keys(d), ['code', 'severity', 'message', 'range', 'fixes', 'related']);
      assert.ok(['error', 'warning', 'information', 'hint'].includes(d.severity));
      const { start, end } = d.range;
      assert.ok(start.line < lines.length && start.character <= lines[start.line].length);
      assert.ok(end.line > start.line || end.character >= start.character);
      for (const fix of d.fixes) for (const e of fix.edits) assert.equal(typeof e.newText, 'string');
    }
  });

  it('finds the figure error of 慈溪 (C1) with its arithmetic, fix and related figures in json', async () => {
    const r = await run(['check', '--format', 'json', join(corpus, '000_f822e31e0fec2d8c.txt')]);
    const d = JSON.parse(r.stdout).files[0].diagnostics.find((x: { code: string; message: string }) => x.code === 'figure/sum' && x.message.includes('410'));
    assert.ok(d, 'figure/sum finding for 411 vs 410');
    assert.match(d.message, /19\+360\+19\+11\+1=410/);
    assert.ok(d.fixes.some((f: { edits: { newText: string }[] }) => f.edits.some((e) => e.newText.includes('410'))));
    assert.ok(d.related.length >= 5);
  });

  it('exit 0 when no error-severity finding; config turns rules off', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '.fazhirc.json'), JSON.stringify({ rules: { structure: 'off', meta: 'off', figure: 'off', number: 'off', punctuation: 'off' } }));
    writeFileSync(join(dir, 'r.md'), readFileSync(join(corpus, '000_f822e31e0fec2d8c.txt')));
    const r = await run(['check', join(dir, 'r.md')]);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /未发现问题/);
    const ignored = await run(['check', '--no-config', join(dir, 'r.md')]);
    assert.equal(ignored.code, 1);
  });

  it('honours the ignore entries of .fazhirc.json (what 在此处忽略 writes for a .txt report); a bad entry is reported', async () => {
    const dir = tempDir();
    const text = readFileSync(join(corpus, '000_f822e31e0fec2d8c.txt'), 'utf8');
    writeFileSync(join(dir, 'r.txt'), text);
    const before = JSON.parse((await run(['check', '--format', 'json', join(dir, 'r.txt')])).stdout).files[0].diagnostics as { code: string; message: string; range: { start: { line: number } } }[];
    const sum = before.find((d) => d.code === 'figure/sum' && d.message.includes('410'))!;
    const line = text.split(/\r\n|\n/)[sum.range.start.line];
    const quoted = line.slice(Math.max(0, line.indexOf('411') - 10), line.indexOf('411') + 8);
    writeFileSync(join(dir, '.fazhirc.json'), JSON.stringify({ ignore: [{ code: 'figure/sum', text: quoted }, { code: 'figure/sum' }] }));
    const r = await run(['check', '--format', 'json', join(dir, 'r.txt')]);
    const after = JSON.parse(r.stdout).files[0].diagnostics as { code: string; message: string }[];
    assert.ok(!after.some((d) => d.code === 'figure/sum' && d.message.includes('410')), 'the ignored finding is gone');
    assert.equal(after.length, before.length - 1);
    assert.match(r.stderr, /“ignore”应为数组/);
  });

  it('--config with a broken file is a usage error', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.json'), '{ rules: ');
    const r = await run(['check', '--config', join(dir, 'bad.json'), join(corpus, '000_f822e31e0fec2d8c.txt')]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /不是有效的 JSON/);
  });

  const badInputs: [string, (dir: string) => string, RegExp][] = [
    ['missing file', (dir) => join(dir, 'nope.md'), /不存在/],
    ['empty file', (dir) => { writeFileSync(join(dir, 'e.md'), ''); return join(dir, 'e.md'); }, /空文件/],
    ['binary file', (dir) => { writeFileSync(join(dir, 'b.txt'), Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 1, 2])); return join(dir, 'b.txt'); }, /二进制/],
    ['invalid text', (dir) => { writeFileSync(join(dir, 'i.txt'), Buffer.from([0x41, 0xff, 0x41, 0xff, 0x20])); return join(dir, 'i.txt'); }, /UTF-8/],
    ['10 MB file', (dir) => { writeFileSync(join(dir, 'big.md'), Buffer.alloc(10 * 1024 * 1024, 0x41)); return join(dir, 'big.md'); }, /过大/],
    ['empty directory', (dir) => { mkdirSync(join(dir, 'sub')); return join(dir, 'sub'); }, /目录/],
  ];
  for (const [name, make, message] of badInputs) {
    it(`${name}: one clear line, exit 2, no stack trace`, async () => {
      const r = await run(['check', make(tempDir())]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, message);
      assert.doesNotMatch(r.stderr, /\n\s+at /);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    });
  }

  it('GB18030 text is read, with a note', async () => {
    const dir = tempDir();
    const gbk = Buffer.from([0xb7, 0xa8, 0xd6, 0xce, 0xd5, 0xfe, 0xb8, 0xae]); // 法治政府
    writeFileSync(join(dir, 'g.txt'), gbk);
    const r = await run(['check', join(dir, 'g.txt')]);
    assert.notEqual(r.code, 2);
    assert.match(r.stderr, /GB18030/);
  });

  it('UTF-16 text with a BOM is read', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'u.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('法治政府建设\n', 'utf16le')]));
    const r = await run(['check', join(dir, 'u.txt')]);
    assert.notEqual(r.code, 2, r.stderr);
    assert.match(r.stderr, /UTF-16/);
  });

  it('a directory stands for the reports inside it', async () => {
    const r = await run(['check', '--format', 'json', corpus]);
    assert.equal(JSON.parse(r.stdout).files.length, 5);
  });

  it('usage errors exit 2', async () => {
    assert.equal((await run(['check'])).code, 2);
    assert.equal((await run(['check', '--format', 'xml', 'a.md'])).code, 2);
    assert.equal((await run(['frobnicate'])).code, 2);
    assert.equal((await run(['check', '--bogus', 'a.md'])).code, 2);
    assert.equal((await run(['--help'])).code, 0);
  });

  it('--help after a command prints the usage and exits 0 instead of calling it an unknown option', async () => {
    for (const args of [['check', '--help'], ['export', '-h'], ['check', 'a.md', '--help']]) {
      const r = await run(args);
      assert.equal(r.code, 0, args.join(' '));
      assert.match(r.stdout, /^用法 \/ Usage:/);
      assert.equal(r.stderr, '');
    }
  });

  it('disable comments are honoured', async () => {
    const dir = tempDir();
    const text = readFileSync(join(corpus, '000_f822e31e0fec2d8c.txt'), 'utf8');
    writeFileSync(join(dir, 'r.txt'), `<!-- fazhi-disable structure/missing-section -->\n${text}`);
    const r = await run(['check', '--format', 'json', join(dir, 'r.txt')]);
    const codes = JSON.parse(r.stdout).files[0].diagnostics.map((d: { code: string }) => d.code);
    assert.ok(!codes.includes('structure/missing-section'));
  });

  it('Markdown nested far too deep is read as plain text with a one-line notice on stderr; findings still come', async () => {
    const dir = tempDir();
    const report = '# 东湖县2023年法治政府建设情况报告\n\n县委：\n\n2023年，全县共受理行政复议申请120件，其中维持80件，撤销20件，其他10件。\n';
    writeFileSync(join(dir, 'deep.md'), `${report}\n${'>'.repeat(10000)}\n`);
    const r = await run(['check', '--format', 'json', join(dir, 'deep.md')]);
    assert.match(r.stderr, /deep\.md：Markdown 第 \d+ 行嵌套 10000 层.*已按纯文本逐行检查\n$/);
    assert.equal(r.stderr.trim().split('\n').length, 1);
    assert.ok(JSON.parse(r.stdout).files[0].diagnostics.some((d: { code: string }) => d.code === 'figure/sum'));
  });

  it('lone CR line ends: positions count them as line ends', async () => {
    const dir = tempDir();
    const text = readFileSync(join(corpus, '000_f822e31e0fec2d8c.txt'), 'utf8');
    writeFileSync(join(dir, 'cr.txt'), text.replace(/\r?\n/g, '\r'));
    writeFileSync(join(dir, 'lf.txt'), text.replace(/\r?\n/g, '\n'));
    const ranges = async (file: string) => JSON.parse((await run(['check', '--format', 'json', join(dir, file)])).stdout).files[0].diagnostics
      .map((d: { code: string; range: unknown }) => [d.code, d.range]);
    const cr = await ranges('cr.txt');
    assert.deepEqual(cr, await ranges('lf.txt'));
    assert.ok(cr.some(([, range]: [string, { start: { line: number } }]) => range.start.line > 0));
  });
});
