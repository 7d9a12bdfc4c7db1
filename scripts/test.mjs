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

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.error) throw r.error;
  return r.status === 0;
}

const npx = (bin) => join(root, 'node_modules', '.bin', bin);

let env = {};
const provisioned = await provision().then((p) => {
  env = { FAZHI_CODE_SERVER: p.codeServerBin, FAZHI_CHROMIUM: p.chromiumPath, FONTCONFIG_FILE: p.fontconfigFile };
  return true;
}, (error) => {
  console.error(`✗ provisioning failed — the render and real-VS-Code tests cannot run:\n${error.message}`);
  return false;
});
steps.push({ name: 'provision (code-server, chromium, LibreOffice, CJK fonts)', ok: provisioned, seconds: 0 });

step('typecheck (tsc --noEmit)', () => run(npx('tsc'), ['-p', '.', '--noEmit']));
let built = false;
try {
  await buildAll();
  built = true;
} catch (error) {
  console.error(`✗ build: ${error.message}`);
}
steps.push({ name: 'build (esbuild bundles)', ok: built, seconds: 0 });
step('unit, corpus, CLI, LSP and render tests (mocha)', () => run(npx('mocha'), ['test/{unit,corpus,cli,lsp,render}/**/*.test.ts'], env));
if (built && provisioned) step('extension in a real VS Code (code-server) and browser UI test', () => run(process.execPath, ['test/e2e/run.mjs'], env));
else steps.push({ name: 'extension in a real VS Code (code-server) and browser UI test — not run: build or provisioning failed', ok: false, seconds: 0 });

console.log('\n━━ summary');
for (const s of steps) console.log(`${s.ok ? '✓' : '✗'} ${s.name}${s.seconds ? ` (${s.seconds.toFixed(1)} s)` : ''}`);
const failed = steps.filter((s) => !s.ok).length;
console.log(failed ? `${failed} of ${steps.length} steps FAILED` : `all ${steps.length} steps passed`);
process.exit(failed ? 1 : 0);
