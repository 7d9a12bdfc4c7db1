// Extension-host side of the integration tests: the module that VS Code loads as `extensionTestsPath`
// (code-server here, @vscode/test-electron on a normal developer machine). It runs mocha (BDD) over a list
// of compiled test files inside the extension host and writes a JSON result file that the harness
// (test/harness/code-server.mjs → runExtensionTests) polls for.
//
// Bundle-friendly: imports only `mocha`, `fs` and `path`, plus a guarded lazy `require('vscode')`
// for the fallback result path (esbuild: --platform=node --format=cjs --external:vscode; mocha may be
// bundled or kept external).
//
// Typical extensionTestsPath module (CommonJS, e.g. dist/test/index.js):
//   const path = require('path');
//   const { run: runTests, findTestFiles } = require('./vscode-test-runner');
//   exports.run = () => runTests({ files: findTestFiles(path.join(__dirname, 'suite')) });
//
// RESULT FILE — where it is written (first that applies):
//   1. options.resultFile
//   2. env FAZHI_TEST_RESULT (runExtensionTests starts code-server with it set; the remote extension
//      host inherits code-server's environment)
//   3. <first workspace folder>/.fazhi-test-result.json
//   4. <cwd>/.fazhi-test-result.json
// Content: { passed, failed, pending, failures: [{ title, error }], durationMs, tests: [{ title, state }] },
// written atomically (tmp file + rename) so a poller never reads half a file.
// Other env: FAZHI_TEST_GREP (mocha grep), FAZHI_TEST_TIMEOUT (ms per test, default 20000).
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export const RESULT_ENV = 'FAZHI_TEST_RESULT';
export const RESULT_FILE_NAME = '.fazhi-test-result.json';

export interface TestFailure {
  title: string;
  error: string;
}

export interface TestResult {
  passed: number;
  failed: number;
  pending: number;
  failures: TestFailure[];
  durationMs: number;
  tests: { title: string; state: 'passed' | 'failed' | 'pending' }[];
}

export interface RunOptions {
  /** Absolute paths of compiled CommonJS test files (they may `require('vscode')`). */
  files: string[];
  /** Overrides env FAZHI_TEST_RESULT / the workspace convention. */
  resultFile?: string;
  /** Per-test timeout in ms (default env FAZHI_TEST_TIMEOUT or 20000). */
  timeout?: number;
  grep?: string;
  /** Reject the returned promise when a test failed (default true: test-electron treats a rejection as failure). */
  rejectOnFailure?: boolean;
}

function firstWorkspaceFolder(): string | undefined {
  try {
    // Lazy and guarded: only available inside the extension host; external in any bundle.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const vscode = require('vscode') as typeof import('vscode');
    const f = vscode.workspace.workspaceFolders?.[0];
    return f && f.uri.scheme === 'file' ? f.uri.fsPath : f?.uri.path;
  } catch {
    return undefined;
  }
}

/** Resolve the result path by the documented convention. */
export function resolveResultFile(explicit?: string): string {
  if (explicit) return explicit;
  const fromEnv = process.env[RESULT_ENV];
  if (fromEnv) return fromEnv;
  const ws = firstWorkspaceFolder();
  return path.join(ws ?? process.cwd(), RESULT_FILE_NAME);
}

/** Recursively list files under `dir` whose names end with one of `suffixes` (sorted). */
export function findTestFiles(dir: string, suffixes: string[] = ['.test.js', '.test.cjs']): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'node_modules') walk(p);
      } else if (suffixes.some((s) => e.name.endsWith(s))) {
        out.push(p);
      }
    }
  };
  walk(dir);
  return out.sort();
}

function errorText(err: unknown): string {
  if (err instanceof Error) return err.stack || `${err.name}: ${err.message}`;
  try {
    return typeof err === 'string' ? err : JSON.stringify(err);
  } catch {
    return String(err);
  }
}

export function writeResult(file: string, result: TestResult): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(result, null, 2));
  fs.renameSync(tmp, file);
}

/** Run mocha over `files` in this process and write the result file. */
export async function run(options: RunOptions): Promise<TestResult> {
  const resultFile = resolveResultFile(options.resultFile);
  const started = Date.now();
  const result: TestResult = { passed: 0, failed: 0, pending: 0, failures: [], durationMs: 0, tests: [] };
  const finish = (): TestResult => {
    result.durationMs = Date.now() - started;
    writeResult(resultFile, result);
    return result;
  };
  try {
    const timeout = options.timeout ?? (Number(process.env.FAZHI_TEST_TIMEOUT) || 20000);
    const mocha = new Mocha({ ui: 'bdd', color: false, timeout, reporter: 'spec' });
    const grep = options.grep ?? process.env.FAZHI_TEST_GREP;
    if (grep) mocha.grep(grep);
    if (!options.files || options.files.length === 0) throw new Error('vscode-test-runner: no test files given');
    for (const f of options.files) mocha.addFile(f);
    await new Promise<void>((resolve) => {
      // run() loads the files synchronously with require(), so they can require('vscode').
      const runner = mocha.run(() => resolve());
      runner.on('pass', (t: Mocha.Test) => {
        result.passed++;
        result.tests.push({ title: t.fullTitle(), state: 'passed' });
      });
      runner.on('fail', (t: Mocha.Runnable, err: unknown) => {
        result.failed++;
        result.failures.push({ title: t.fullTitle(), error: errorText(err) });
        result.tests.push({ title: t.fullTitle(), state: 'failed' });
      });
      runner.on('pending', (t: Mocha.Test) => {
        result.pending++;
        result.tests.push({ title: t.fullTitle(), state: 'pending' });
      });
    });
  } catch (err) {
    // Load errors (syntax error, missing module) must still produce a result file.
    result.failed++;
    result.failures.push({ title: 'vscode-test-runner: loading/running tests', error: errorText(err) });
  }
  finish();
  if (result.failed > 0 && options.rejectOnFailure !== false) {
    throw new Error(`${result.failed} test(s) failed: ${result.failures.map((f) => f.title).join('; ')}`);
  }
  return result;
}
