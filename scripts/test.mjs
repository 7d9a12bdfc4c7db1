#!/usr/bin/env node
// `npm test`: every test, in one command. Provisions what the real-VS-Code and Word render tests need (cached
// outside the repo) or fails loudly naming what is missing — it never skips a suite.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAll } from './build.mjs';
import { provision } from './provision.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const steps = [];

function step(name, fn) {
  const started = Date.now();
  console.log(`\n━━ ${name}`);
  let ok = false;
  try {
    ok = fn() !== false;
  } catch (error) {
    console.error(`✗ ${name}: ${error.message}`);
  }
  steps.push({ name, ok, seconds: (Date.now() - started) / 1000 });
  return ok;
}

const counts = { passed: 0, failed: 0, pending: 0 };

/** Runs a test command, echoing its output and adding up the counts it reports (mocha's or "N passed, N failed"). */
function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: ['inherit', 'pipe', 'inherit'], env: { ...process.env, ...env }, maxBuffer: 256 * 1024 * 1024 });
  if (r.error) throw r.error;
  const out = r.stdout.toString();
  process.stdout.write(out);
  const plain = stripAnsi(out);
  const grab = (re) => [...plain.matchAll(re)].reduce((n, m) => n + Number(m[1]), 0);
  const reported = grab(/^\s*(\d+) passing/gm) + grab(/^\s*(\d+) passed, \d+ failed/gm);
  counts.passed += reported;
  counts.failed += grab(/^\s*(\d+) failing/gm) + grab(/^\s*\d+ passed, (\d+) failed/gm);
  counts.pending += grab(/^\s*(\d+) pending/gm);
  // A command that failed without reporting a failing test (crash, compile error) still counts as one failure.
  if (r.status !== 0 && !/(\d+) failing|\d+ passed, [1-9]\d* failed/.test(plain)) counts.failed++;
  return r.status === 0;
}

function stripAnsi(text) {
  return text.replace(/\x1b\[[0-9;]*m/g, '');
}

const npx = (bin) => join(root, 'node_modules', '.bin', bin);

let env = {};
const provisioned = await provision().then((p) => {
  env = { FAZHI_CODE_SERVER: p.codeServerBin, FAZHI_CHROMIUM: p.chromiumPath, FONTCONFIG_FILE: p.fontconfigFile };
  return true;
}, (error) => {
  console.error(`✗ provisioning failed — the render and real-VS-Code tests cannot run:\n${error.message}`);
  counts.failed++;
  return false;
});
steps.push({ name: 'provision (code-server, chromium, LibreOffice, CJK fonts)', ok: provisioned, seconds: 0 });

step('typecheck (tsc --noEmit)', () => {
  const ok = spawnSync(npx('tsc'), ['-p', '.', '--noEmit'], { cwd: root, stdio: 'inherit' }).status === 0;
  if (!ok) counts.failed++;
  return ok;
});
let built = false;
try {
  await buildAll();
  built = true;
} catch (error) {
  console.error(`✗ build: ${error.message}`);
  counts.failed++;
}
steps.push({ name: 'build (esbuild bundles)', ok: built, seconds: 0 });
step('unit, corpus, CLI, LSP and render tests (mocha)', () => run(npx('mocha'), ['--forbid-only', '--forbid-pending', 'test/{unit,corpus,cli,lsp,render}/**/*.test.ts'], env));
if (built && provisioned) step('extension in a real VS Code (code-server) and browser UI test', () => run(process.execPath, ['test/e2e/run.mjs'], env));
else {
  steps.push({ name: 'extension in a real VS Code (code-server) and browser UI test — not run: build or provisioning failed', ok: false, seconds: 0 });
  counts.failed++;
}

console.log('\n━━ summary');
for (const s of steps) console.log(`${s.ok ? '✓' : '✗'} ${s.name}${s.seconds ? ` (${s.seconds.toFixed(1)} s)` : ''}`);
const failed = steps.filter((s) => !s.ok).length;
console.log(failed ? `${failed} of ${steps.length} steps FAILED` : `all ${steps.length} steps passed`);
if (failed && counts.failed === 0) counts.failed = failed;
if (counts.pending) console.log(`${counts.pending} pending tests count as failures: nothing may be skipped`);
console.log(`${counts.passed} passed, ${counts.failed + counts.pending} failed`);
process.exit(failed || counts.pending ? 1 : 0);
