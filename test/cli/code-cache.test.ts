// The CLI's V8 code cache (src/cli/code-cache.ts): used when valid, and never a crash or a wrong result when it is
// missing, stale, damaged, from another V8, someone else's, or cannot be written.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { codeCacheDirectory } from '../../src/cli/code-cache';
import { tempDir } from './helpers';

interface Start { cache: 'used' | 'none' | 'rejected'; answer: number; dir: string; file: string; resolves: string }

/** Starts `file` through the cache in a new process (code-cache-start.ts), which then saves the cache. */
function start(file: string, cacheDir: string | undefined, use = ''): Start {
  const run = spawnSync(process.execPath, ['--require', 'tsx/cjs', join(__dirname, 'code-cache-start.ts'), file, cacheDir ?? '', use], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout) as Start;
}

/** A small CommonJS bundle: what it returns shows which text ran, and that it got the module's own variables. */
function writeBundle(dir: string, answer: number): string {
  const file = join(dir, 'probe.js');
  writeFileSync(file, `'use strict';\nconst path = require('node:path');\nmodule.exports = { answer: () => ${answer}, dir: __dirname, file: __filename, resolves: path.basename(require.resolve('./probe.js')) };\n`);
  return file;
}

const served = (s: Start) => [s.cache, s.answer];
const cacheFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.v8'));

/** A bundle started once, so its cache is written: the bundle, the cache directory and the cache file. */
function startedBundle(answer: number) {
  const dir = tempDir();
  const cacheDir = join(dir, 'cache');
  const file = writeBundle(dir, answer);
  start(file, cacheDir);
  return { file, cacheDir, cacheFile: join(cacheDir, cacheFiles(cacheDir)[0]) };
}

/** Rewrites the cache file with its V8 data changed by `change`, framed with a valid checksum. */
function rewriteData(file: string, change: (data: Buffer) => void): void {
  const bytes = readFileSync(file);
  const data = Buffer.from(bytes.subarray(8));
  change(data);
  const header = Buffer.from(bytes.subarray(0, 8));
  header.writeUInt32LE(crc32(data), 4);
  writeFileSync(file, Buffer.concat([header, data]));
}

describe('cli: V8 code cache', function () {
  this.timeout(60000);

  it('the first start compiles and stores the cache, the next one starts from it with the same module', () => {
    const dir = tempDir();
    const cacheDir = join(dir, 'cache');
    const file = writeBundle(dir, 42);
    const first = start(file, cacheDir);
    assert.deepEqual(first, { cache: 'none', answer: 42, dir, file, resolves: 'probe.js' });
    const [name] = cacheFiles(cacheDir);
    utimesSync(join(cacheDir, name), 1000, 1000);
    assert.deepEqual(start(file, cacheDir), { ...first, cache: 'used' });
    assert.deepEqual(cacheFiles(cacheDir), [name]);
    assert.equal(statSync(join(cacheDir, name)).mtimeMs, 1000 * 1000, 'a cache that served is not written again');
  });

  it('a changed bundle of the same length gets its own cache, never the old one', () => {
    const dir = tempDir();
    const cacheDir = join(dir, 'cache');
    start(writeBundle(dir, 1), cacheDir);
    assert.deepEqual(served(start(writeBundle(dir, 2), cacheDir)), ['none', 2]);
    assert.equal(cacheFiles(cacheDir).length, 2);
    assert.deepEqual(served(start(writeBundle(dir, 1), cacheDir)), ['used', 1]);
  });

  it('each use of a bundle (a command) has its own cache', () => {
    const dir = tempDir();
    const cacheDir = join(dir, 'cache');
    const file = writeBundle(dir, 8);
    assert.deepEqual([start(file, cacheDir, 'export'), start(file, cacheDir, 'check'), start(file, cacheDir, 'check')].map((s) => s.cache), ['none', 'none', 'used']);
    assert.deepEqual(cacheFiles(cacheDir).map((f) => f.replace(/-.*/, '')).sort(), ['probe.check', 'probe.export']);
  });

  it('only the newest caches of a bundle are kept, and no temporary file left by a killed writer', () => {
    const dir = tempDir();
    const cacheDir = join(dir, 'cache');
    for (let answer = 1; answer <= 6; answer++) {
      start(writeBundle(dir, answer), cacheDir);
      // Older builds' caches look older, whatever the clock's resolution.
      for (const f of cacheFiles(cacheDir)) utimesSync(join(cacheDir, f), 1000 + answer, 1000 + answer);
    }
    assert.equal(cacheFiles(cacheDir).length, 4);
    assert.equal(start(writeBundle(dir, 6), cacheDir).cache, 'used');
    // A temporary file of a writer killed before its rename goes once it is an hour old.
    const [cache] = cacheFiles(cacheDir);
    for (const [tmp, age] of [['1.tmp', 7200], ['2.tmp', 60]] as const) {
      writeFileSync(join(cacheDir, `${cache}.${tmp}`), '');
      utimesSync(join(cacheDir, `${cache}.${tmp}`), Date.now() / 1000 - age, Date.now() / 1000 - age);
    }
    start(writeBundle(dir, 7), cacheDir);
    assert.deepEqual(readdirSync(cacheDir).filter((f) => f.endsWith('.tmp')), [`${cache}.2.tmp`]);
  });

  it('a damaged cache is not handed to V8: the bundle is compiled and the cache written anew', () => {
    const { file, cacheDir, cacheFile } = startedBundle(7);
    const bytes = readFileSync(cacheFile);
    const flipped = Buffer.from(bytes);
    flipped[flipped.length - 10] ^= 0xff;
    for (const damaged of [flipped, bytes.subarray(0, 20), Buffer.alloc(0), Buffer.from('not a cache')]) {
      writeFileSync(cacheFile, damaged);
      assert.deepEqual(served(start(file, cacheDir)), ['none', 7]);
      assert.equal(start(file, cacheDir).cache, 'used', 'written anew');
    }
  });

  it('a cache from another V8 (its version field differs) is rejected by V8 and replaced', () => {
    const { file, cacheDir, cacheFile } = startedBundle(9);
    // V8's code cache header: magic number, then the hash of the V8 version that wrote it.
    rewriteData(cacheFile, (data) => { data[4] ^= 0xff; });
    assert.deepEqual(served(start(file, cacheDir)), ['rejected', 9]);
    assert.equal(start(file, cacheDir).cache, 'used', 'replaced');
  });

  it('a cache file that others may write is not used (it is code this process would run)', () => {
    const { file, cacheDir, cacheFile } = startedBundle(3);
    chmodSync(cacheFile, 0o666);
    assert.equal(start(file, cacheDir).cache, process.platform === 'win32' ? 'used' : 'none');
  });

  it('an unwritable cache directory, or none, only means no cache', () => {
    const dir = tempDir();
    const file = writeBundle(dir, 5);
    const blocker = join(dir, 'a-file');
    writeFileSync(blocker, '');
    for (const cacheDir of [join(blocker, 'cache'), undefined]) {
      assert.deepEqual([served(start(file, cacheDir)), served(start(file, cacheDir))], [['none', 5], ['none', 5]]);
    }
  });

  it('the cache directory: FAZHI_REPORT_CACHE_DIR (empty for none), else the platform\'s user cache directory', () => {
    assert.equal(codeCacheDirectory({ FAZHI_REPORT_CACHE_DIR: '/tmp/fz' }, 'linux'), '/tmp/fz');
    assert.equal(codeCacheDirectory({ FAZHI_REPORT_CACHE_DIR: '' }, 'linux'), undefined);
    assert.equal(codeCacheDirectory({ XDG_CACHE_HOME: '/xdg' }, 'linux'), join('/xdg', 'fazhi-report', 'code-cache'));
    assert.match(codeCacheDirectory({ XDG_CACHE_HOME: 'relative' }, 'linux')!, /[/\\]\.cache[/\\]fazhi-report[/\\]code-cache$/);
    assert.match(codeCacheDirectory({}, 'darwin')!, /Library[/\\]Caches[/\\]fazhi-report[/\\]code-cache$/);
    assert.equal(codeCacheDirectory({ LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' }, 'win32'), join('C:\\Users\\u\\AppData\\Local', 'fazhi-report', 'code-cache'));
  });
});
