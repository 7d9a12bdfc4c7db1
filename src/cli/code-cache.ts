// Starts a bundle from V8's code cache (as v8-compile-cache does; Node 20 has no module.enableCompileCache): the
// first run compiles the bundle and, once its work is done, stores the bytecode of everything it ran; later runs
// skip parsing and compiling. The cache is keyed by the bundle's text and the Node version, checked against its own
// checksum before V8 sees it (V8 checks only versions, flags and lengths), and written atomically; a cache that is
// missing, stale, damaged, foreign or unwritable only costs the compile it would have saved.
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { Script } from 'node:vm';
import { crc32 } from 'node:zlib';

/** "FZC1", then the CRC-32 of the V8 data (4 bytes, little-endian), then the data. */
const MAGIC = Buffer.from('FZC1');
const HEADER_BYTES = MAGIC.length + 4;
/** Caches kept per bundle (the newest): two installed versions used in turn do not evict each other. */
const KEPT_PER_BUNDLE = 4;

/**
 * Where the cache lives: FAZHI_REPORT_CACHE_DIR (empty: no cache), else the user's cache directory —
 * %LOCALAPPDATA% on Windows, ~/Library/Caches on macOS, $XDG_CACHE_HOME or ~/.cache elsewhere.
 */
export function codeCacheDirectory(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string | undefined {
  if (env.FAZHI_REPORT_CACHE_DIR !== undefined) return env.FAZHI_REPORT_CACHE_DIR || undefined;
  let home: string;
  try {
    home = homedir();
  } catch {
    return undefined;
  }
  const base = platform === 'win32' ? env.LOCALAPPDATA || (home && join(home, 'AppData', 'Local'))
    : platform === 'darwin' ? home && join(home, 'Library', 'Caches')
      : env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : home && join(home, '.cache');
  return base ? join(base, 'fazhi-report', 'code-cache') : undefined;
}

export interface CachedModule<T> {
  exports: T;
  /** How the cache served this start: 'used', 'none' (first run, or no cache directory) or 'rejected' (V8 refused it). */
  cache: 'used' | 'none' | 'rejected';
  /**
   * Stores the cache when it did not serve this start. Call it once the work is done: the functions that ran are
   * compiled by then and go into the cache too. Never throws.
   */
  save(): void;
}

/**
 * `require(file)` of a CommonJS bundle, compiled from the code cache in `cacheDir` when it holds a valid one. The cache
 * holds what one run compiled, so each `use` (the CLI's command: `check`, `export` …) has its own: a first `export`
 * would otherwise leave a cache without the rules for every later `check`.
 */
export function requireWithCodeCache<T>(file: string, cacheDir: string | undefined, use = ''): CachedModule<T> {
  const { bytes, wrapped } = readWrapped(file);
  // The bundle's text and the engine it was compiled by: a rebuilt bundle or another Node is another file.
  const key = `${bytes.length.toString(36)}-${crc32(bytes, crc32(`${process.version}\0${process.arch}\0${process.versions.v8}`)).toString(36)}`;
  const name = `${basename(file, '.js')}${use && `.${use}`}`;
  const cacheFile = cacheDir === undefined ? undefined : join(cacheDir, `${name}-${key}.v8`);
  const cachedData = cacheFile === undefined ? undefined : readCacheFile(cacheFile);
  const script = new Script(wrapped, { filename: file, cachedData });
  const cache = cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'used';
  const module = new Module(file);
  module.filename = file;
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  module.loaded = true;
  return {
    exports: module.exports as T,
    cache,
    save() {
      if (cacheDir === undefined || cacheFile === undefined || cache === 'used') return;
      try {
        writeCacheFile(cacheDir, cacheFile, () => {
          const data = script.createCachedData();
          const checksum = Buffer.alloc(4);
          checksum.writeUInt32LE(crc32(data));
          return Buffer.concat([MAGIC, checksum, data]);
        });
        removeOldCaches(cacheDir, name);
      } catch {
        // No cache this time (unwritable, full disk, …): the next start compiles again.
      }
    },
  };
}

/** Node's CommonJS wrapper (Module.wrap), split around the module's text. */
const [WRAP_HEAD, WRAP_TAIL] = Module.wrap('\0').split('\0').map((part) => Buffer.from(part));

/**
 * The bundle's bytes, and its text in Node's CommonJS wrapper as one flat string: read between the wrapper's two
 * parts in one buffer and decoded once. Module.wrap(text) joins three strings, which V8 then copies into one to
 * compile: another 1 MB of fresh memory at every start of the CLI (≈340 page faults, 6 ms).
 */
function readWrapped(file: string): { bytes: Buffer; wrapped: string } {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const buffer = Buffer.allocUnsafe(WRAP_HEAD.length + size + WRAP_TAIL.length);
    WRAP_HEAD.copy(buffer);
    let read = 0;
    for (let n = 1; read < size && n > 0; read += n) n = readSync(fd, buffer, WRAP_HEAD.length + read, size - read, read);
    const end = WRAP_HEAD.length + read;
    WRAP_TAIL.copy(buffer, end);
    return { bytes: buffer.subarray(WRAP_HEAD.length, end), wrapped: buffer.toString('utf8', 0, end + WRAP_TAIL.length) };
  } finally {
    closeSync(fd);
  }
}

/**
 * The V8 data of a cache file, or undefined when it is absent, not this user's own (or writable by others: it is code
 * this process would run), or damaged — V8 would not notice a damaged body before running it.
 */
function readCacheFile(cacheFile: string): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(cacheFile, 'r');
    const stat = fstatSync(fd);
    if (!stat.isFile() || (process.getuid && stat.uid !== process.getuid()) || (process.platform !== 'win32' && stat.mode & 0o022)) return undefined;
    const bytes = readFileSync(fd);
    if (bytes.length <= HEADER_BYTES || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
    const data = bytes.subarray(HEADER_BYTES);
    return crc32(data) === bytes.readUInt32LE(MAGIC.length) ? data : undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Written beside its place and renamed into it: a concurrent start reads the old file or the new one, never half. The
 * bytes are made once the temporary file is open: a directory that cannot be written costs no serialisation.
 */
function writeCacheFile(cacheDir: string, cacheFile: string, bytes: () => Buffer): void {
  mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  let fd: number | undefined;
  try {
    fd = openSync(temporary, 'wx', 0o600);
    writeFileSync(fd, bytes());
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, cacheFile);
  } finally {
    if (fd !== undefined) closeSync(fd);
    rmSync(temporary, { force: true });
  }
}

/**
 * Caches of earlier builds (or another Node) of the bundle, beyond the newest few, are of no more use; nor is a
 * temporary file an hour old (its writer was killed before renaming it).
 */
function removeOldCaches(cacheDir: string, name: string): void {
  const files = readdirSync(cacheDir).filter((f) => f.startsWith(`${name}-`))
    .map((f) => ({ f, file: join(cacheDir, f), time: statSync(join(cacheDir, f)).mtimeMs }));
  const caches = files.filter(({ f }) => f.endsWith('.v8')).sort((a, b) => b.time - a.time);
  const abandoned = files.filter(({ f, time }) => f.endsWith('.tmp') && Date.now() - time > 3_600_000);
  for (const { file } of [...caches.slice(KEPT_PER_BUNDLE), ...abandoned]) rmSync(file, { force: true });
}
