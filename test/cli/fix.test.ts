import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpus, run, sampleReport, tempDir } from './helpers';

const example = join(__dirname, '..', '..', 'examples', 'sample-report.md');
const sample = readFileSync(sampleReport, 'utf8');

/** A folder holding the five corpus reports and the example report, to be fixed. */
function reportsToFix(): string {
  const dir = tempDir();
  for (const name of readdirSync(corpus)) copyFileSync(join(corpus, name), join(dir, name));
  copyFileSync(example, join(dir, 'sample-report.md'));
  return dir;
}

function snapshot(dir: string): Map<string, { bytes: Buffer; ino: number; mtimeMs: number }> {
  return new Map(readdirSync(dir).map((name) => {
    const stat = statSync(join(dir, name));
    return [name, { bytes: readFileSync(join(dir, name)), ino: stat.ino, mtimeMs: stat.mtimeMs }];
  }));
}

/** GB18030 bytes of a text of ASCII and common (GBK) characters — Node can decode GB18030 but not encode it. */
function gb18030(text: string): Buffer {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gb18030');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail !== 0x7f) table.set(decoder.decode(Uint8Array.of(lead, trail)), [lead, trail]);
    }
  }
  return Buffer.from([...text].flatMap((c) => (c.charCodeAt(0) < 0x80 ? [c.charCodeAt(0)] : table.get(c) ?? assert.fail(`no GBK code for ${c}`))));
}

describe('cli check --fix', () => {
  it('rewrites each fixed file, says what it fixed on stderr, and reports the findings of the fixed text', async () => {
    const dir = reportsToFix();
    const before = await run(['check', '--format', 'json', dir]);
    const r = await run(['check', '--fix', dir]);
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    const summaries = r.stderr.split('\n').filter(Boolean);
    assert.ok(summaries.length >= 5, r.stderr);
    for (const line of summaries) assert.match(line, /^fazhi-report：.*：已修复 \d+ 处：/);
    const after = await run(['check', '--format', 'json', dir]);
    assert.equal(r.stdout, (await run(['check', dir])).stdout, 'the findings printed are those of the fixed files');
    const count = (out: string, code: string) => JSON.parse(out).files.flatMap((f: { diagnostics: { code: string }[] }) => f.diagnostics).filter((d: { code: string }) => d.code === code).length;
    assert.ok(count(before.stdout, 'punctuation/half-width') > 0);
    assert.equal(count(after.stdout, 'punctuation/half-width'), 0);
    assert.equal(count(after.stdout, 'figure/sum'), count(before.stdout, 'figure/sum'), 'figures are never changed');
    assert.deepEqual(readdirSync(dir).filter((n) => n.endsWith('.tmp')), []);
  });

  it('a second --fix changes nothing and touches no file', async () => {
    const dir = reportsToFix();
    await run(['check', '--fix', dir]);
    const once = snapshot(dir);
    const again = await run(['check', '--fix', dir]);
    assert.equal(again.stderr, '', 'nothing left to fix');
    assert.deepEqual(snapshot(dir), once);
    assert.equal((await run(['check', '--fix-dry-run', dir])).stdout, '');
  });

  it('--fix-dry-run writes nothing and prints the unified diff that --fix applies', async () => {
    const dir = reportsToFix();
    const untouched = snapshot(dir);
    const dry = await run(['check', '--fix-dry-run', dir]);
    assert.deepEqual(snapshot(dir), untouched, 'nothing written');
    assert.match(dry.stdout, /^--- .*\n\+\+\+ .*\n@@ -\d+,\d+ \+\d+,\d+ @@\n/);
    assert.match(dry.stderr, /：可修复 \d+ 处：/);
    assert.doesNotMatch(dry.stdout, /共 \d+ 个问题/, 'stdout is the diff alone');
    const patched = spawnSync('patch', ['-p0', '--quiet', '--no-backup-if-mismatch'], { cwd: '/', input: dry.stdout });
    assert.equal(patched.status, 0, String(patched.stderr));
    const byPatch = snapshot(dir);
    const fixedDir = reportsToFix();
    await run(['check', '--fix', fixedDir]);
    for (const [name, { bytes }] of snapshot(fixedDir)) assert.ok(bytes.equals(byPatch.get(name)!.bytes), name);
  });

  it('keeps UTF-8 BOM, CRLF line ends and permission bits; leaves a file with nothing to fix untouched', async () => {
    const dir = tempDir();
    const file = join(dir, 'r.txt');
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sample.replace(/\n/g, '\r\n'))]));
    chmodSync(file, 0o600);
    await run(['check', '--fix', file]);
    const fixed = readFileSync(file);
    assert.deepEqual([...fixed.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const text = fixed.toString('utf8');
    assert.notEqual(text, '\ufeff' + sample.replace(/\n/g, '\r\n'), 'something was fixed');
    assert.equal(text.split('\r\n').length, sample.split('\n').length, 'every line still ends in CRLF');
    assert.doesNotMatch(text, /[^\r]\n/);
    assert.equal(statSync(file).mode & 0o777, 0o600);
    const plain = join(dir, 'plain.txt');
    copyFileSync(file, plain);
    const before = statSync(plain);
    await run(['check', '--fix', plain]);
    const after = statSync(plain);
    assert.equal(after.ino, before.ino);
    assert.equal(after.mtimeMs, before.mtimeMs);
  });

  it('writes UTF-16 files back in UTF-16 with their BOM, the same text as a UTF-8 copy gets', async () => {
    const dir = tempDir();
    const utf8 = join(dir, 'u8.txt');
    writeFileSync(utf8, sample);
    await run(['check', '--fix', utf8]);
    const expected = readFileSync(utf8, 'utf8');
    assert.notEqual(expected, sample);
    const le = join(dir, 'le.txt');
    const be = join(dir, 'be.txt');
    writeFileSync(le, Buffer.from('\ufeff' + sample, 'utf16le'));
    writeFileSync(be, Buffer.from('\ufeff' + sample, 'utf16le').swap16());
    const r = await run(['check', '--fix', le, be]);
    assert.match(r.stderr, /le\.txt：已修复/);
    assert.match(r.stderr, /be\.txt：已修复/);
    assert.ok(readFileSync(le).equals(Buffer.from('\ufeff' + expected, 'utf16le')));
    assert.ok(readFileSync(be).equals(Buffer.from('\ufeff' + expected, 'utf16le').swap16()));
  });

  it('refuses to rewrite a GB18030 file or a UTF-16 file that does not decode losslessly, and reports its findings', async () => {
    const dir = tempDir();
    const gb = join(dir, 'gb.txt');
    const gbBytes = gb18030(sample.replace(/[•\u00a0]/g, ''));
    writeFileSync(gb, gbBytes);
    const oddUtf16 = join(dir, 'odd.txt');
    const oddBytes = Buffer.concat([Buffer.from('\ufeff' + sample, 'utf16le'), Buffer.from([0x41])]);
    writeFileSync(oddUtf16, oddBytes);
    for (const [file, bytes, message] of [[gb, gbBytes, /gb\.txt：是 GB18030 编码，--fix 无法按原编码写回，未修复；请另存为 UTF-8 后再修复/], [oddUtf16, oddBytes, /odd\.txt：按原编码写回会改变其中无法解码的字节，未修复/]] as const) {
      const r = await run(['check', '--fix', file]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, message);
      assert.match(r.stdout, /error figure\/sum/, 'findings of the file as it is');
      assert.ok(readFileSync(file).equals(bytes), 'file unchanged');
      const dry = await run(['check', '--fix-dry-run', file]);
      assert.equal(dry.code, 2);
      assert.equal(dry.stdout, '');
    }
  });

  it('refuses to replace a symbolic link, leaving the link and its file as they were', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'real.txt'), sample);
    symlinkSync(join(dir, 'real.txt'), join(dir, 'link.txt'));
    const r = await run(['check', '--fix', join(dir, 'link.txt')]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /link\.txt：是符号链接，不会替换它；请直接指定它指向的文件，未修复/);
    assert.equal(readFileSync(join(dir, 'real.txt'), 'utf8'), sample);
  });

  it('standard input: the fixed text goes to stdout, in the encoding it came in, the findings to stderr', function () {
    this.timeout(90_000); // three real processes, each loading the engine
    const cli = (args: string[], input: Buffer) => spawnSync(process.execPath, ['--require', 'tsx/cjs', join(__dirname, '..', '..', 'src', 'cli', 'main.ts'), ...args], { input });
    const utf8 = cli(['check', '--fix', '-'], Buffer.from(sample));
    assert.equal(utf8.status, 1, String(utf8.stderr));
    const fixed = utf8.stdout.toString('utf8');
    assert.notEqual(fixed, sample);
    assert.doesNotMatch(fixed, /共 \d+ 个问题/);
    assert.match(String(utf8.stderr), /^fazhi-report：-：已修复 \d+ 处：/);
    assert.match(String(utf8.stderr), /-:\d+:\d+ error figure\/sum/);
    assert.match(String(utf8.stderr), /共 \d+ 个问题/);
    const utf16 = cli(['check', '--fix', '-'], Buffer.from('\ufeff' + sample, 'utf16le'));
    assert.ok(utf16.stdout.equals(Buffer.from('\ufeff' + fixed, 'utf16le')));
    const dry = cli(['check', '--fix-dry-run', '-'], Buffer.from(sample));
    assert.match(dry.stdout.toString('utf8'), /^--- -\n\+\+\+ -\n@@ /);
  });

  it('stays interruptible: Ctrl+C between files ends the run by SIGINT and leaves no temporary file', async function () {
    this.timeout(90_000);
    const dir = tempDir();
    for (let k = 0; k < 60; k++) copyFileSync(sampleReport, join(dir, `r${k}.txt`));
    const main = join(__dirname, '..', '..', 'src', 'cli', 'main.ts');
    const child = spawn(process.execPath, ['--require', 'tsx/cjs', main, 'check', '--fix', dir], { stdio: ['ignore', 'ignore', 'pipe'] });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, s) => resolve(s)));
    let stderr = '';
    await new Promise<void>((resolve) => child.stderr.on('data', (d) => {
      stderr += d;
      if (stderr.includes('已修复')) resolve(); // the first file is written: the cleanup handlers are in place
    }));
    child.kill('SIGINT');
    assert.equal(await exited, 'SIGINT');
    assert.ok((stderr.match(/已修复/g) ?? []).length < 60, 'stopped before the end');
    assert.deepEqual(readdirSync(dir).filter((n) => n.endsWith('.tmp')), []);
  });

  it('usage errors: --fix with --fix-dry-run, --fix-dry-run with --format json', async () => {
    for (const [args, message] of [[['--fix', '--fix-dry-run'], /只能选一个/], [['--fix-dry-run', '--format', 'json'], /不能与 --format json 同用/], [['--fix=yes'], /--fix 不带取值/]] as const) {
      const r = await run(['check', ...args, sampleReport]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, message);
    }
  });
});
