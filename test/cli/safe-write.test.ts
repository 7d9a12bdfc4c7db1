import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { alreadyExistsReason, beginWrite, TargetError } from '../../src/cli/safe-write';
import { mkfifo, run, sampleReport, tempDir } from './helpers';

/** A character device in the folder (a copy of /dev/null's numbers) where the system allows it; else /dev/null. */
function deviceNode(dir: string): string {
  const path = join(dir, 'null-device.html');
  return spawnSync('mknod', [path, 'c', '1', '3']).status === 0 ? path : '/dev/null';
}

/** The PID of a process that has exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid!;
}

describe('export writes only a regular file or a new path', () => {
  it('refuses a FIFO, a device node, a symbolic link and a directory even with --force, and leaves them as they were', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'draft.html'), 'my own file');
    symlinkSync(join(dir, 'draft.html'), join(dir, 'link.html'));
    mkfifo(join(dir, 'fifo.html'));
    mkdirSync(join(dir, 'folder.html'));
    const device = deviceNode(dir);
    const cases: [string, RegExp][] = [
      [join(dir, 'fifo.html'), /是命名管道（FIFO），不是普通文件，拒绝写入/],
      [device, /是设备文件，不是普通文件，拒绝写入/],
      [join(dir, 'link.html'), /是符号链接，不会替换它；请直接指定它指向的文件/],
      [join(dir, 'folder.html'), /是目录，请给出文件名/],
    ];
    for (const [target, message] of cases) {
      const before = lstatSync(target);
      for (const force of [[], ['--force']]) {
        const r = await run(['export', sampleReport, '--to', 'html', '-o', target, ...force]);
        assert.equal(r.code, 2, `${target} ${force}`);
        assert.match(r.stderr, new RegExp(`^fazhi-report export：输出路径“.*”${message.source}\\n$`));
        assert.equal(r.stdout, '');
      }
      const after = lstatSync(target);
      assert.equal(after.ino, before.ino, `${target} was replaced`);
      assert.equal(after.mode, before.mode);
    }
    assert.equal(readFileSync(join(dir, 'draft.html'), 'utf8'), 'my own file');
    assert.deepEqual(readdirSync(dir).filter((n) => n.endsWith('.tmp')), []);
  });

  it('--force replaces a regular file and keeps its permission bits', async () => {
    const dir = tempDir();
    const target = join(dir, 'out.html');
    writeFileSync(target, 'old', { mode: 0o640 });
    const r = await run(['export', sampleReport, '--to', 'html', '-o', target, '--force']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(readFileSync(target, 'utf8'), /^<!DOCTYPE html>/);
    assert.equal(statSync(target).mode & 0o777, 0o640);
  });

  it('removes stale temporary files of the target left by a killed run, and only those', async () => {
    const dir = tempDir();
    const dead = deadPid();
    const sleeper = spawn('sleep', ['30']);
    try {
      const stale = [`.out.html.${dead}.1700000000000.tmp`, `.out.html.${process.pid}.1700000000000.tmp`];
      const kept = [`.out.html.${sleeper.pid}.1700000000000.tmp`, `.other.html.${dead}.1700000000000.tmp`, '.out.html.notes', 'out.html.1.2.tmp'];
      for (const name of [...stale, ...kept]) writeFileSync(join(dir, name), 'partial');
      mkdirSync(join(dir, `.out.html.${dead}.1.tmp`)); // not a file: not ours to remove
      const r = await run(['export', sampleReport, '--to', 'html', '-o', join(dir, 'out.html')]);
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(readdirSync(dir).sort(), [...kept, `.out.html.${dead}.1.tmp`, 'out.html'].sort());
    } finally {
      sleeper.kill();
    }
  });

  it('without --force, a file that appears while the export runs is not replaced', () => {
    const dir = tempDir();
    const target = join(dir, 'out.html');
    const pending = beginWrite(target, { replace: false });
    pending.write('exported');
    writeFileSync(target, 'written meanwhile by the user');
    assert.throws(() => pending.commit(), (error: Error) => error instanceof TargetError && error.message === alreadyExistsReason);
    pending.discard();
    assert.equal(readFileSync(target, 'utf8'), 'written meanwhile by the user');
    assert.deepEqual(readdirSync(dir), ['out.html']);
  });

  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
    it(`${signal} while a write is in progress removes the temporary file and ends the process by that signal`, async () => {
      const dir = tempDir();
      const target = join(dir, 'out.html');
      writeFileSync(target, 'the old file');
      const child = spawn(process.execPath, ['--require', 'tsx/cjs', join(__dirname, 'hold-pending-write.ts'), target], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d) => { stderr += d; });
      const tempPath = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (d) => {
          out += d;
          if (out.endsWith('\n')) resolve(out.trim());
        });
        child.on('exit', () => reject(new Error(`child exited early: ${stderr}`)));
      });
      assert.ok(existsSync(tempPath), 'the temporary file exists while the write is pending');
      const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, s) => resolve(s)));
      child.kill(signal);
      assert.equal(await exited, signal);
      assert.ok(!existsSync(tempPath), 'temporary file removed');
      assert.equal(readFileSync(target, 'utf8'), 'the old file');
      assert.deepEqual(readdirSync(dir), ['out.html']);
    });
  }

  it('SIGTERM to a real export while it renders: no temporary file, no output, ended by the signal', async function () {
    this.timeout(90_000);
    const dir = tempDir();
    const input = join(dir, 'big.txt');
    const report = readFileSync(sampleReport, 'utf8');
    writeFileSync(input, report.repeat(Math.floor(3.5e6 / Buffer.byteLength(report)))); // seconds of rendering
    const main = join(__dirname, '..', '..', 'src', 'cli', 'main.ts');
    const child = spawn(process.execPath, ['--require', 'tsx/cjs', main, 'export', input, '--to', 'docx'], { stdio: 'ignore' });
    let running = true;
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, s) => { running = false; resolve(s); }));
    // The temporary file is opened before rendering starts; signal as soon as it is there.
    while (running && !readdirSync(dir).some((n) => n.endsWith('.tmp'))) await new Promise((resolve) => setTimeout(resolve, 5));
    assert.ok(running, 'the export ended before its temporary file was seen');
    child.kill('SIGTERM');
    assert.equal(await exited, 'SIGTERM');
    // No temporary file is ever left. On a very busy machine this poll can see the temporary file late, when the
    // export is already renaming it into place: then the signal comes after a complete write, which stands.
    const left = readdirSync(dir);
    assert.ok(!left.some((n) => n.endsWith('.tmp')), `left behind: ${left.join(', ')}`);
    if (left.includes('big.docx')) assert.equal(readFileSync(join(dir, 'big.docx')).subarray(0, 2).toString('latin1'), 'PK', 'a complete .docx');
    else assert.deepEqual(left, ['big.txt']);
  });
});
