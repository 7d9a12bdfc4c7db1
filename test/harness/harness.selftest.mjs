#!/usr/bin/env node
// End-to-end self-test of the real-VS-Code harness, independent of the project's own extension:
//   node test/harness/harness.selftest.mjs
// 1. provision (apt packages, cached code-server) — timed
// 2. builds a throwaway extension in a temp dir (command + extension.js + mocha suites + the bundled
//    test/harness/vscode-test-runner.ts) and runs its tests in code-server's extension host via
//    runExtensionTests: expects the passing tests to pass AND the deliberately failing one to be reported
// 3. openWorkbench with the unpacked extension: workbench loads, screenshot test-output/harness-workbench.png
// 4. packages the extension with vsce, openWorkbench({ vsix }): runs its command from the command palette,
//    sees its Chinese notification, screenshot test-output/harness-vsix-command.png
// Prints timings and a closing line "harness selftest: N passed, N failed"; exit 1 on any failure.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { provision } from '../../scripts/provision.mjs';
import { openWorkbench, runExtensionTests } from './code-server.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = path.join(repo, 'test-output');
const timings = {};
let passed = 0;
let failed = 0;

async function step(name, fn) {
  const t0 = Date.now();
  try {
    const r = await fn();
    timings[name] = (Date.now() - t0) / 1000;
    passed++;
    console.log(`ok   ${name} (${timings[name].toFixed(1)} s)`);
    return r;
  } catch (e) {
    timings[name] = (Date.now() - t0) / 1000;
    failed++;
    console.log(`FAIL ${name} (${timings[name].toFixed(1)} s)\n${e && e.stack ? e.stack : e}`);
    return undefined;
  }
}

function assert(cond, msg) { if (!cond) throw new Error(msg); }

function write(file, text) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

/** A tiny extension with one command, its mocha suites and the bundled harness runner. */
function makeTinyExtension(root) {
  const ext = path.join(root, 'tiny-ext');
  write(path.join(ext, 'package.json'), JSON.stringify({
    name: 'tiny-selftest',
    displayName: 'Tiny Selftest',
    publisher: 'fazhi-selftest',
    version: '0.0.1',
    license: 'MIT',
    repository: { type: 'git', url: 'https://example.invalid/tiny.git' },
    engines: { vscode: '^1.100.0' },
    main: './extension.js',
    activationEvents: ['onStartupFinished'],
    contributes: { commands: [{ command: 'fazhiSelftest.hello', title: 'Fazhi Selftest: Hello' }] },
  }, null, 2));
  write(path.join(ext, 'LICENSE'), 'MIT\n');
  write(path.join(ext, 'README.md'), '# tiny selftest extension\n');
  write(path.join(ext, '.vscodeignore'), 'test/**\n');
  write(path.join(ext, 'extension.js'), `const vscode = require('vscode');
exports.activate = (context) => {
  context.subscriptions.push(vscode.commands.registerCommand('fazhiSelftest.hello', () => {
    vscode.window.showInformationMessage('你好，法治政府建设年度报告');
    return 'hello 法治';
  }));
};
exports.deactivate = () => {};
`);
  write(path.join(ext, 'test', 'suite', 'commands.test.js'), `const assert = require('assert');
const path = require('path');
const vscode = require('vscode');
describe('tiny extension in a real VS Code', () => {
  before(async () => {
    const me = vscode.extensions.getExtension('fazhi-selftest.tiny-selftest');
    assert.ok(me, 'extension under development is loaded');
    await me.activate();
  });
  it('registers its command', async () => {
    const all = await vscode.commands.getCommands(true);
    assert.ok(all.includes('fazhiSelftest.hello'), 'fazhiSelftest.hello missing from getCommands()');
  });
  it('executes its command', async () => {
    assert.strictEqual(await vscode.commands.executeCommand('fazhiSelftest.hello'), 'hello 法治');
  });
  it('opens the workspace folder and a Chinese document', async () => {
    const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
    assert.ok(folder, 'no workspace folder');
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'report.md'));
    assert.match(doc.getText(), /法治政府建设/);
    assert.strictEqual(vscode.version.split('.').slice(0, 2).join('.'), '1.100');
  });
});
`);
  write(path.join(ext, 'test', 'suite', 'deliberate-failure.test.js'), `const assert = require('assert');
describe('harness failure reporting', () => {
  it('reports this deliberate failure', () => { assert.strictEqual(1 + 1, 3, 'deliberate'); });
  // No callback: mocha reports the test as pending, which the runner must count.
  it('counts a pending test');
});
`);
  write(path.join(ext, 'test', 'index.js'), `const path = require('path');
const { run, findTestFiles } = require('./runner.js');
exports.run = () => run({ files: findTestFiles(path.join(__dirname, 'suite')), rejectOnFailure: false });
`);
  // Bundle the runner as the project's build would (mocha bundled in, vscode external).
  const esbuild = path.join(repo, 'node_modules', '.bin', 'esbuild');
  const r = spawnSync(esbuild, [path.join(repo, 'test/harness/vscode-test-runner.ts'), '--bundle', '--platform=node',
    '--format=cjs', '--external:vscode', '--log-level=error', `--outfile=${path.join(ext, 'test', 'runner.js')}`],
  { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`esbuild failed: ${r.stderr}`);
  return ext;
}

function makeWorkspace(root) {
  const ws = path.join(root, 'workspace');
  write(path.join(ws, 'report.md'), '# 某市2024年法治政府建设年度报告\n\n一、主要举措和成效\n\n坚持依法行政。\n');
  return ws;
}

async function main() {
  const tStart = Date.now();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-selftest-'));
  fs.mkdirSync(outDir, { recursive: true });
  let ext; let ws;
  try {
    const prov = await step('provision', async () => provision());
    if (!prov) throw new Error('provisioning failed; nothing else can run');
    if (prov.actions.length) console.log(`     provision did: ${prov.actions.join('; ')}`);

    await step('build tiny extension + bundle runner', async () => {
      ext = makeTinyExtension(tmp);
      ws = makeWorkspace(tmp);
    });

    await step('runExtensionTests (extension host, mocha)', async () => {
      const resultFile = path.join(tmp, 'results', 'result.json');
      const r = await runExtensionTests({
        extensionDevelopmentPath: ext,
        extensionTestsPath: path.join(ext, 'test', 'index.js'),
        workspace: ws,
        resultFile,
        timeoutMs: 90_000,
      });
      console.log(`     result: ${r.passed} passed, ${r.failed} failed, ${r.pending} pending in ${r.seconds.toFixed(1)} s`);
      const titles = r.failures.map((f) => f.title);
      assert(r.passed === 3, `expected 3 passing tests, got ${r.passed}: ${JSON.stringify(r.failures, null, 1)}`);
      assert(r.failed === 1 && titles[0] === 'harness failure reporting reports this deliberate failure',
        `expected exactly the deliberate failure, got ${JSON.stringify(titles)}`);
      assert(/deliberate/.test(r.failures[0].error), 'failure message not carried over');
      assert(r.pending === 1, `expected 1 pending, got ${r.pending}`);
      // Written at the FAZHI_TEST_RESULT path (env reached the extension host), not in the workspace.
      assert(!fs.existsSync(path.join(ws, '.fazhi-test-result.json')), 'result landed in the workspace, env not inherited');
    });

    await step('openWorkbench (unpacked extension) + screenshot', async () => {
      const wb = await openWorkbench({ workspace: ws, extensionPath: ext });
      try {
        const { page } = wb;
        await page.locator('.explorer-folders-view').getByText('report.md').waitFor({ timeout: 30_000 });
        await page.locator('.explorer-folders-view').getByText('report.md').click();
        await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: 30_000 });
        await page.waitForTimeout(500);
        const shot = path.join(outDir, 'harness-workbench.png');
        await page.screenshot({ path: shot });
        assert(fs.statSync(shot).size > 10_000, 'screenshot too small');
        console.log(`     screenshot ${path.relative(repo, shot)}`);
      } finally { await wb.stop(); }
    });

    await step('openWorkbench (vsix) + command palette', async () => {
      const vsce = path.join(repo, 'node_modules', '.bin', 'vsce');
      const vsix = path.join(tmp, 'tiny-selftest.vsix');
      const p = spawnSync(vsce, ['package', '--no-dependencies', '--allow-missing-repository', '-o', vsix],
        { cwd: ext, encoding: 'utf8', env: { ...process.env, npm_config_yes: 'true' } });
      assert(p.status === 0 && fs.existsSync(vsix), `vsce package failed: ${p.stdout}\n${p.stderr}`);
      const wb = await openWorkbench({ workspace: ws, vsix });
      try {
        const installed = fs.readdirSync(wb.server.dirs.extensionsDir);
        assert(installed.some((d) => d.startsWith('fazhi-selftest.tiny-selftest')), `vsix not installed: ${installed}`);
        const { page } = wb;
        await page.locator('.explorer-folders-view').getByText('report.md').waitFor({ timeout: 30_000 });
        await page.keyboard.press('F1');
        const input = page.locator('.quick-input-widget input');
        await input.waitFor({ timeout: 15_000 });
        await input.fill('>Fazhi Selftest: Hello');
        await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Fazhi Selftest: Hello' }).first()
          .waitFor({ timeout: 15_000 });
        await page.keyboard.press('Enter');
        await page.locator('.notifications-toasts', { hasText: '你好，法治政府建设年度报告' })
          .waitFor({ timeout: 15_000 });
        const shot = path.join(outDir, 'harness-vsix-command.png');
        await page.screenshot({ path: shot });
        console.log(`     screenshot ${path.relative(repo, shot)}`);
      } finally { await wb.stop(); }
    });

    await step('no code-server left running', async () => {
      const ps = spawnSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' }).stdout;
      const left = ps.split('\n').filter((l) => l.includes(tmp) || /fazhi-cs-/.test(l));
      assert(left.length === 0, `processes survived stop():\n${left.join('\n')}`);
    });
  } finally {
    if (process.env.FAZHI_KEEP_TMP !== '1') fs.rmSync(tmp, { recursive: true, force: true });
  }
  const total = (Date.now() - tStart) / 1000;
  console.log(`timings (s): ${Object.entries(timings).map(([k, v]) => `${k}=${v.toFixed(1)}`).join(', ')}, total=${total.toFixed(1)}`);
  console.log(`harness selftest: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((e) => { console.error(e); process.exit(1); });
