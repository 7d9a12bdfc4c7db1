#!/usr/bin/env node
// The real-VS-Code tests, called by scripts/test.mjs after the build (dist/ must exist):
//   1. extension-host mocha suite (test/e2e/suite/*.test.ts, bundled here) in code-server 4.100.3 — or, with
//      FAZHI_VSCODE=electron and @vscode/test-electron installed (a normal developer machine), in a downloaded VS Code;
//   2. the injection grammar, tokenised by VS Code's TextMate engine;
//   3. a browser UI test of the workbench (squiggle, Problems, Ctrl+. quick fix; screenshots in test-output/e2e/).
// Usage: node test/e2e/run.mjs [--vsix fazhi-report.vsix] [--only host,grammar,ui]
//   --vsix: the UI test installs this package instead of loading the repository as the extension under development.
// Prints one line per test and a final "N passed, N failed"; exits 1 on any failure.
import { build } from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { provision } from '../../scripts/provision.mjs';
import { runExtensionTests } from '../harness/code-server.mjs';
import { runGrammarTests } from './grammar.mjs';
import { runUiTests } from './ui.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');
const outDir = path.join(repo, 'test-output', 'e2e');
// Inside the extension folder on purpose: test code then gets the same `vscode` API object as the extension,
// so a test can stub vscode.window.showInputBox for the extension's command.
const buildDir = path.join(outDir, 'build');

function parseArgs(argv) {
  const args = { vsix: undefined, only: ['host', 'grammar', 'ui'] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--vsix') args.vsix = path.resolve(argv[++i] ?? '');
    else if (argv[i] === '--only') args.only = (argv[++i] ?? '').split(',');
    else throw new Error(`unknown argument ${argv[i]} (usage: node test/e2e/run.mjs [--vsix FILE] [--only host,grammar,ui])`);
  }
  if (args.vsix && !fs.existsSync(args.vsix)) throw new Error(`--vsix: no such file ${args.vsix}`);
  return args;
}

async function buildSuite() {
  fs.rmSync(buildDir, { recursive: true, force: true });
  const suites = fs.readdirSync(path.join(here, 'suite')).filter((f) => f.endsWith('.test.ts')).map((f) => path.join(here, 'suite', f));
  await build({
    entryPoints: [path.join(here, 'index.ts'), ...suites],
    outbase: here,
    outdir: buildDir,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    sourcemap: 'inline',
    logLevel: 'error', // mocha's optional parallel-mode require.resolve calls warn harmlessly
  });
  return path.join(buildDir, 'index.js');
}

/** A fresh workspace with the reports the tests open (copies: tests edit them). */
function makeWorkspace() {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-e2e-ws-'));
  const copy = (from, to) => fs.copyFileSync(path.join(repo, from), path.join(ws, to));
  copy('examples/sample-report.md', 'sample-report.md');
  copy('examples/sample-report-corrected.md', 'sample-report-corrected.md');
  copy('examples/sample-report.md', 'sample-fixall.md');
  copy('examples/sample-report.md', 'sample-fixonsave.md');
  const corpus = path.join('test', 'fixtures', 'corpus');
  const cixi = fs.readdirSync(path.join(repo, corpus)).find((f) => f.startsWith('000_'));
  copy(path.join(corpus, cixi), 'cixi.txt');
  copy(path.join('test', 'fixtures', 'docx', cixi.replace(/\.txt$/, '.docx')), 'cixi.docx');
  fs.writeFileSync(path.join(ws, 'notes.md'), '# Meeting notes\n\n1、 buy milk\n\n(一) 2024-2025 约1000余人\n');
  return ws;
}

/** Extension-host tests under @vscode/test-electron when FAZHI_VSCODE=electron asks for them; undefined otherwise. */
async function runWithTestElectron(options) {
  if (process.env.FAZHI_VSCODE !== 'electron') return undefined;
  let testElectron;
  try {
    testElectron = await import('@vscode/test-electron');
  } catch {
    throw new Error('FAZHI_VSCODE=electron, but @vscode/test-electron is not installed: run npm ci');
  }
  const resultFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-result-')), 'result.json');
  const started = Date.now();
  try {
    await testElectron.runTests({
      extensionDevelopmentPath: options.extensionDevelopmentPath,
      extensionTestsPath: options.extensionTestsPath,
      launchArgs: [options.workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome'],
      extensionTestsEnv: { FAZHI_TEST_RESULT: resultFile },
    });
  } catch (error) {
    // runTests rejects when a test failed; the result file says which.
    if (!fs.existsSync(resultFile)) throw error;
  }
  return { ...JSON.parse(fs.readFileSync(resultFile, 'utf8')), seconds: (Date.now() - started) / 1000, runner: 'VS Code (test-electron)' };
}

async function runHostTests(extensionTestsPath) {
  const workspace = makeWorkspace();
  try {
    const options = { extensionDevelopmentPath: repo, extensionTestsPath, workspace };
    const result = await runWithTestElectron(options) ??
      { ...await runExtensionTests({ ...options, timeoutMs: 180_000, screenshot: path.join(outDir, 'extension-host.png') }), runner: 'code-server 4.100.3' };
    console.log(`extension host (${result.runner}, ${result.seconds.toFixed(1)} s)`);
    const failures = new Map(result.failures.map((f) => [f.title, f.error]));
    return result.tests.map((t) => ({
      title: `host ${t.title}`,
      ok: t.state === 'passed',
      error: t.state === 'pending' ? 'pending tests are not allowed' : failures.get(t.title),
    })).concat(result.failures.filter((f) => !result.tests.some((t) => t.title === f.title))
      .map((f) => ({ title: `host ${f.title}`, ok: false, error: f.error })));
  } finally {
    if (process.env.FAZHI_KEEP_TMP !== '1') fs.rmSync(workspace, { recursive: true, force: true });
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const missing = ['dist/extension.js', 'dist/server.js'].filter((f) => !fs.existsSync(path.join(repo, f)));
  if (missing.length) throw new Error(`${missing.join(', ')} missing: run node scripts/build.mjs first`);
  const prov = await provision();
  fs.mkdirSync(outDir, { recursive: true });
  const results = [];
  const section = async (name, fn) => {
    if (!args.only.includes(name)) return;
    try {
      results.push(...await fn());
    } catch (error) {
      results.push({ title: `${name}: could not run`, ok: false, error: error?.stack ?? String(error) });
    }
  };
  await section('host', async () => runHostTests(await buildSuite()));
  await section('grammar', () => runGrammarTests({ repo, codeServerBin: prov.codeServerBin }));
  await section('ui', async () => {
    const workspace = makeWorkspace();
    try {
      return await runUiTests({ repo, workspace, vsix: args.vsix, outDir });
    } finally {
      if (process.env.FAZHI_KEEP_TMP !== '1') fs.rmSync(workspace, { recursive: true, force: true });
    }
  });
  for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.title}${r.ok || !r.error ? '' : `\n     ${r.error.split('\n').join('\n     ')}`}`);
  const failed = results.filter((r) => !r.ok).length;
  console.log(`e2e finished in ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots in ${path.relative(repo, outDir)}/`);
  console.log(`${results.length - failed} passed, ${failed} failed`);
  process.exit(failed || results.length === 0 ? 1 : 0);
}

main().catch((error) => {
  console.error(error?.stack ?? error);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
