// check DIR with batch workers (--jobs) and JSON written as the files are checked.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { corpus, run, tempDir } from './helpers';

const root = resolve(__dirname, '../..');

describe('cli check: --jobs and streamed JSON', function () {
  this.timeout(120000);

  it('--jobs 2 gives the same findings as --jobs 1, in input order, as one compact JSON document', async () => {
    const dir = tempDir();
    // Twelve files, small and large mixed, so the workers finish out of order.
    const reports = readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort();
    for (let k = 0; k < 12; k++) copyFileSync(join(corpus, reports[k % reports.length]), join(dir, `${String(k).padStart(2, '0')}.txt`));
    writeFileSync(join(dir, '05.txt'), '不是报告。\n');
    const one = await run(['check', '--format', 'json', '--jobs', '1', dir]);
    const two = await run(['check', '--format', 'json', '--jobs', '2', dir]);
    assert.equal(two.code, one.code);
    assert.equal(two.stdout, one.stdout, 'byte for byte the same output');
    assert.equal(two.stdout.split('\n').length, 2, 'compact: one line and the final newline');
    const parsed = JSON.parse(two.stdout) as { files: { path: string; diagnostics: unknown[] }[] };
    assert.deepEqual(parsed.files.map((f) => f.path), Array.from({ length: 12 }, (_, k) => join(dir, `${String(k).padStart(2, '0')}.txt`)));
    assert.ok(parsed.files.some((f) => f.diagnostics.length > 0));
  });

  it('text output is the same with workers, and unreadable files are reported as before', async () => {
    const dir = tempDir();
    for (const name of readdirSync(corpus).filter((f) => f.endsWith('.txt'))) copyFileSync(join(corpus, name), join(dir, name));
    writeFileSync(join(dir, 'empty.txt'), '');
    const one = await run(['check', '--jobs', '1', dir]);
    const two = await run(['check', '-j', '2', dir]);
    assert.equal(two.stdout, one.stdout);
    assert.equal(two.stderr, one.stderr);
    assert.equal(two.code, 2);
    assert.match(two.stderr, /empty\.txt：是空文件/);
  });

  it('the built CLI hands files to its worker threads (dist/check-worker.js) with the same output', async () => {
    const build = (await import(pathToFileURL(join(root, 'scripts', 'build.mjs')).href)) as { buildAll(names: string[], o: { quiet: boolean }): Promise<void> };
    await build.buildAll(['cli', 'check-worker'], { quiet: true });
    const dir = tempDir();
    const reports = readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort();
    for (let k = 0; k < 30; k++) copyFileSync(join(corpus, reports[k % reports.length]), join(dir, `${String(k).padStart(2, '0')}.txt`));
    const check = (jobs: string) => spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'check', '--no-config', '--format', 'json', '--jobs', jobs, dir], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const one = check('1');
    const three = check('3');
    assert.equal(three.status, one.status, three.stderr);
    assert.equal(three.stdout, one.stdout);
    assert.equal(JSON.parse(three.stdout).files.length, 30);
  });

  it('an empty run is still one valid document; a bad --jobs is a usage error', async () => {
    const r = await run(['check', '--format', 'json', join(tempDir(), 'missing.txt')]);
    assert.deepEqual(JSON.parse(r.stdout), { files: [] });
    for (const bad of ['0', 'two', '-1', '1.5']) {
      const u = await run(['check', `--jobs=${bad}`, corpus]);
      assert.equal(u.code, 2);
      assert.match(u.stderr, /--jobs 应为 1 到 999 的整数/);
    }
  });
});
