// Writing files the user owns without ever losing one. Only a regular file or a new path is written: a FIFO, a device
// (/dev/null, as root), a directory or a symbolic link at the target is refused, never replaced. The data goes to a
// temporary file `.NAME.PID.TIME.tmp` next to the target and is renamed over it, so a reader never sees half a file;
// temporary files are removed on SIGINT/SIGTERM/SIGHUP, and those left by a run killed outright (SIGKILL, power cut)
// are removed by the next write to the same target once their process is gone.
import { closeSync, fchmodSync, fsyncSync, linkSync, lstatSync, openSync, readdirSync, renameSync, rmSync, type Stats, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

type TargetState = { ok: true; existing?: Stats } | { ok: false; reason: string };

/** What stands at `path`: nothing or a regular file (writable), or the reason it must not be replaced. */
function inspectTarget(path: string): TargetState {
  let stat: Stats;
  try {
    stat = lstatSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? { ok: true } : { ok: false, reason: `无法访问（${code ?? String(error)}）` };
  }
  if (stat.isFile()) return { ok: true, existing: stat };
  return { ok: false, reason: notRegular(stat) };
}

function notRegular(stat: Stats): string {
  if (stat.isDirectory()) return '是目录，请给出文件名';
  if (stat.isSymbolicLink()) return '是符号链接，不会替换它；请直接指定它指向的文件';
  if (stat.isFIFO()) return '是命名管道（FIFO），不是普通文件，拒绝写入';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return '是设备文件，不是普通文件，拒绝写入';
  return '不是普通文件，拒绝写入';
}

export class TargetError extends Error {}

export const alreadyExistsReason = '已存在，未覆盖';

/** Why a write failed, in Chinese, to follow the path in a message. */
export function writeFailureReason(error: unknown): string {
  if (error instanceof TargetError) return error.message;
  const code = (error as NodeJS.ErrnoException).code;
  return `无法写入（${code === 'ENOENT' ? '目录不存在' : code === 'EACCES' || code === 'EPERM' ? '没有写权限' : code ?? String(error)}）`;
}

export interface WriteOptions {
  /** Replace an existing regular file; without it an existing target is an error, checked atomically at the end. */
  replace: boolean;
}

/**
 * Writes `data` to `path` through a temporary file. An existing regular file keeps its permission bits. Throws a
 * TargetError (message in Chinese) when the target is not a regular file or exists without `replace`.
 */
export function writeFileSafely(path: string, data: string | Uint8Array, options: WriteOptions): void {
  const pending = beginWrite(path, options);
  try {
    pending.write(data);
    pending.commit();
  } finally {
    pending.discard();
  }
}

export interface PendingWrite {
  readonly tempPath: string;
  write(data: string | Uint8Array): void;
  /** Moves the temporary file into place (after checking the target once more). */
  commit(): void;
  /** Removes the temporary file if it is still there; safe to call after commit. */
  discard(): void;
}

export function beginWrite(path: string, { replace }: WriteOptions): PendingWrite {
  const before = inspectTarget(path);
  if (!before.ok) throw new TargetError(before.reason);
  if (before.existing && !replace) throw new TargetError(alreadyExistsReason);
  removeStaleTemps(path);
  const tempPath = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  // The handlers are in place before the file exists: a signal right after it is created runs them (on the event loop,
  // so after the file is listed below) instead of ending the process by default and leaving the file behind.
  installSignalCleanup();
  // 'wx': never follow or reuse whatever might already sit at the temporary name.
  const fd = openSync(tempPath, 'wx', 0o666);
  inFlight.add(tempPath);
  let open = true;
  const close = () => {
    if (open) closeSync(fd);
    open = false;
  };
  return {
    tempPath,
    write(data) {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done, bytes.length - done);
    },
    commit() {
      if (before.existing) fchmodSync(fd, before.existing.mode & 0o7777);
      fsyncSync(fd);
      close();
      const now = inspectTarget(path);
      if (!now.ok) throw new TargetError(now.reason);
      if (now.existing && !replace) throw new TargetError(alreadyExistsReason);
      if (!replace) {
        // A hard link fails if the target appeared meanwhile, where a rename would silently replace it.
        try {
          linkSync(tempPath, path);
          rmSync(tempPath, { force: true });
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'EEXIST') throw new TargetError(alreadyExistsReason);
          if (!noHardLinks.has(code ?? '')) throw error;
          renameSync(tempPath, path); // a file system without hard links: the check just above has to do
        }
      } else {
        renameSync(tempPath, path);
      }
      inFlight.delete(tempPath);
    },
    discard() {
      close();
      if (inFlight.delete(tempPath)) rmSync(tempPath, { force: true });
    },
  };
}

const noHardLinks = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);

/** Temporary files of this process not yet moved into place. */
const inFlight = new Set<string>();
const cleanupSignals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
let signalCleanupInstalled = false;

// Installed once and kept: with a handler, a signal that arrives during synchronous work (rendering, checking) waits
// for the event loop, and must still end the process then — see deliverPendingSignals.
function installSignalCleanup(): void {
  if (signalCleanupInstalled) return;
  signalCleanupInstalled = true;
  const onSignal = (signal: NodeJS.Signals) => {
    for (const temp of inFlight) rmSync(temp, { force: true });
    inFlight.clear();
    for (const s of cleanupSignals) process.removeListener(s, onSignal);
    process.kill(process.pid, signal); // the default action now: the process ends by that signal, as it would have
  };
  for (const s of cleanupSignals) process.on(s, onSignal);
}

/**
 * Lets the event loop handle a signal that arrived during synchronous work: a long run of it (a document rendered,
 * a folder checked file after file) must stay interruptible once the cleanup handlers are installed.
 */
export function deliverPendingSignals(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Removes `.NAME.PID.TIME.tmp` files of this target whose process no longer runs. */
function removeStaleTemps(path: string): void {
  const prefix = `.${basename(path)}.`;
  let names: string[];
  try {
    names = readdirSync(dirname(path));
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const match = /^(\d+)\.\d+\.tmp$/.exec(name.slice(prefix.length));
    if (!match) continue;
    const temp = join(dirname(path), name);
    const pid = Number(match[1]);
    if (inFlight.has(temp) || (pid !== process.pid && isAlive(pid))) continue;
    try {
      if (lstatSync(temp).isFile()) rmSync(temp, { force: true });
    } catch { /* gone meanwhile */ }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, owned by someone else
  }
}
