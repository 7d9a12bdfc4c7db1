// Shared by the CLI tests: run `main` in-process with captured output, and temporary folders removed afterwards.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';

export const corpus = join(__dirname, '..', 'fixtures', 'corpus');
export const sampleReport = join(corpus, '000_f822e31e0fec2d8c.txt');

export async function run(args: string[]) {
  const out: Buffer[] = [];
  let stderr = '';
  const code = await main(args, { stdout: (t) => { out.push(Buffer.from(t)); }, stderr: (t) => { stderr += t; }, isTty: false });
  const stdoutBytes = Buffer.concat(out);
  return { code, stdout: stdoutBytes.toString('utf8'), stdoutBytes, stderr };
}

const tempDirs: string[] = [];

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fazhi-cli-'));
  tempDirs.push(dir);
  return dir;
}

after(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function mkfifo(path: string): void {
  const made = spawnSync('mkfifo', [path]);
  if (made.status !== 0) throw new Error(`mkfifo ${path}: ${made.stderr}`);
}

/** Runs `body` with `dir` as the working directory (for file names given relative, such as "-x.md"). */
export async function inDirectory(dir: string, body: () => Promise<void>): Promise<void> {
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    await body();
  } finally {
    process.chdir(cwd);
  }
}
