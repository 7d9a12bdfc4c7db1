// Real-VS-Code test harness for this offline machine: code-server 4.100.3 (= VS Code 1.100.3) + headless
// Debian chromium through playwright-core. Provisioning (apt packages, code-server cache) is done by
// scripts/provision.mjs, called from here.
//
// Exports:
//   startCodeServer({ port?, workspace?, extensionsDir?, userDataDir?, env?, installExtensions? })
//       → { url, port, baseUrl, dirs, logFile, stop() }
//   runExtensionTests({ extensionDevelopmentPath, extensionTestsPath, workspace, resultFile?, timeoutMs?,
//                       extensionsDir?, env?, screenshot? })
//       → { passed, failed, pending, failures:[{title,error}], durationMs, tests, seconds }
//   openWorkbench({ workspace, extensionPath? | vsix?, extensionsDir?, viewport?, env? })
//       → { page, browser, context, server, url, stop() }
//   launchBrowser() → playwright Browser (headless /usr/bin/chromium, fresh profile)
//   workbenchUrl(server, { workspace, extensionDevelopmentPath?, extensionTestsPath? })
//
// Result-file convention: runExtensionTests starts code-server with env FAZHI_TEST_RESULT=<resultFile>; the
// remote extension host inherits it and test/harness/vscode-test-runner.ts writes its JSON there
// (fallback: <workspace>/.fazhi-test-result.json). The harness deletes a stale file before starting.
//
// Env: FAZHI_KEEP_TMP=1 keeps the temp dirs (logs) after stop(); FAZHI_HARNESS_DEBUG=1 echoes code-server
// and browser console output to stderr.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { provision } from '../../scripts/provision.mjs';

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];

const debug = process.env.FAZHI_HARNESS_DEBUG === '1';
const live = new Set(); // process groups to kill if the test process dies

function killGroup(pid, signal) {
  try { process.kill(-pid, signal); return true; } catch { return false; }
}
let cleanupInstalled = false;
function installCleanup() {
  // Installed lazily (first server started), so importing this module changes nothing.
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  process.on('exit', () => { for (const pid of live) killGroup(pid, 'SIGKILL'); });
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.once(sig, () => { for (const pid of live) killGroup(pid, 'SIGKILL'); process.exit(sig === 'SIGINT' ? 130 : 143); });
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function isolatedEnv(tmp, extra = {}) {
  const env = { ...process.env };
  // Do not leak an outer VS Code / Electron session into the server.
  for (const k of Object.keys(env)) if (k.startsWith('VSCODE_') || k === 'ELECTRON_RUN_AS_NODE') delete env[k];
  return {
    ...env,
    XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'),
    XDG_DATA_HOME: path.join(tmp, 'xdg-data'),
    XDG_CACHE_HOME: path.join(tmp, 'xdg-cache'),
    ...extra,
  };
}

/** Run the code-server CLI once (e.g. --install-extension) with the same isolation. */
function codeServerCli(bin, env, args) {
  const r = spawnSync(process.execPath, [bin, ...args], { env, encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`code-server ${args.join(' ')} failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

async function waitHealthy(baseUrl, child, logFile, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let lastErr = '';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`code-server exited early (${child.exitCode ?? child.signalCode}):\n${tail(logFile)}`);
    }
    try {
      const res = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
      lastErr = `HTTP ${res.status}`;
    } catch (e) { lastErr = e.message; }
    await sleep(150);
  }
  throw new Error(`code-server not healthy after ${timeoutMs} ms (${lastErr}):\n${tail(logFile)}`);
}

function tail(file, n = 4000) {
  try { const s = fs.readFileSync(file, 'utf8'); return s.slice(-n); } catch { return '(no log)'; }
}

/**
 * Start an isolated code-server. All state (XDG dirs, user data, extensions unless given, config, log)
 * lives in a fresh temp dir removed at stop() (unless FAZHI_KEEP_TMP=1).
 */
export async function startCodeServer(opts = {}) {
  const prov = await provision();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-cs-'));
  const port = opts.port ?? await freePort();
  const dirs = {
    tmp,
    userDataDir: opts.userDataDir ?? path.join(tmp, 'user-data'),
    extensionsDir: opts.extensionsDir ?? path.join(tmp, 'extensions'),
    config: path.join(tmp, 'config.yaml'),
  };
  for (const d of [dirs.userDataDir, dirs.extensionsDir]) fs.mkdirSync(d, { recursive: true });
  // Keep first-run UI noise away from tests.
  const settingsDir = path.join(dirs.userDataDir, 'User');
  fs.mkdirSync(settingsDir, { recursive: true });
  const settingsFile = path.join(settingsDir, 'settings.json');
  if (!fs.existsSync(settingsFile)) {
    fs.writeFileSync(settingsFile, JSON.stringify({
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
      'workbench.welcomePage.walkthroughs.openOnInstall': false,
      'security.workspace.trust.enabled': false,
      'telemetry.telemetryLevel': 'off',
      'update.mode': 'none',
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      'chat.commandCenter.enabled': false,
      ...opts.settings,
    }, null, 2));
  }
  fs.writeFileSync(dirs.config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const env = isolatedEnv(tmp, opts.env);
  const common = ['--config', dirs.config, '--user-data-dir', dirs.userDataDir, '--extensions-dir', dirs.extensionsDir];
  for (const vsix of opts.installExtensions ?? []) {
    codeServerCli(prov.codeServerBin, env, [...common, '--install-extension', path.resolve(vsix), '--force']);
  }
  const logFile = path.join(tmp, 'code-server.log');
  const out = fs.openSync(logFile, 'a');
  const args = [prov.codeServerBin, ...common, '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override', '--ignore-last-opened'];
  if (opts.workspace) args.push(path.resolve(opts.workspace));
  // detached: the child calls setsid(), so it leads its own process group and stop() kills the whole group
  // (the file-watcher / extension-host children otherwise survive).
  const child = spawn(process.execPath, args, { env, detached: true, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  installCleanup();
  live.add(child.pid);
  if (debug) console.error(`[harness] code-server pid ${child.pid} port ${port} log ${logFile}`);
  const baseUrl = `http://127.0.0.1:${port}`;
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    killGroup(child.pid, 'SIGTERM');
    const t = Date.now();
    while (Date.now() - t < 3000 && child.exitCode === null && child.signalCode === null) await sleep(50);
    killGroup(child.pid, 'SIGKILL'); // whatever is left in the group (watchers, extension host)
    live.delete(child.pid);
    if (debug) console.error(tail(logFile, 2000));
    if (process.env.FAZHI_KEEP_TMP !== '1') fs.rmSync(tmp, { recursive: true, force: true });
  };
  try {
    await waitHealthy(baseUrl, child, logFile, opts.startTimeoutMs ?? 60_000);
  } catch (e) {
    await stop();
    throw e;
  }
  const url = opts.workspace ? `${baseUrl}/?folder=${encodeURIComponent(path.resolve(opts.workspace))}` : `${baseUrl}/`;
  return { url, baseUrl, port, pid: child.pid, dirs, logFile, env, log: () => tail(logFile, 1e9), stop };
}

/** Workbench URL; dev/test paths become vscode-remote URIs on this server (toolchain.md). */
export function workbenchUrl(server, { workspace, extensionDevelopmentPath, extensionTestsPath } = {}) {
  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${path.resolve(p)}`;
  const q = [];
  if (workspace) q.push(`folder=${encodeURIComponent(path.resolve(workspace))}`);
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  if (payload.length) q.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
  return `${server.baseUrl}/${q.length ? `?${q.join('&')}` : ''}`;
}

async function loadPlaywright() {
  try {
    return await import('playwright-core');
  } catch (e) {
    throw new Error(`playwright-core is not installed (npm ci): ${e.message}`);
  }
}

/** Headless Debian chromium with a fresh profile dir; browser.close() also removes the profile. */
export async function launchBrowser({ viewport } = {}) {
  const prov = await provision();
  const { chromium } = await loadPlaywright();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: prov.chromiumPath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: viewport ?? { width: 1400, height: 900 },
  });
  const browser = {
    context,
    async close() {
      try { await context.close(); } catch { /* already gone */ }
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
  return browser;
}

function attachConsole(page, sink) {
  page.on('console', (m) => {
    const line = `[browser:${m.type()}] ${m.text()}`;
    sink.push(line);
    if (debug) console.error(line);
  });
  page.on('pageerror', (e) => { sink.push(`[browser:pageerror] ${e.message}`); if (debug) console.error(e); });
}

/**
 * Start code-server, load the workbench with the extension under development and the tests module
 * (vscode-test-runner's run()), wait for the result JSON, stop everything and return the result.
 */
export async function runExtensionTests(opts) {
  const t0 = Date.now();
  const { extensionDevelopmentPath, extensionTestsPath, workspace } = opts;
  for (const [k, v] of Object.entries({ extensionDevelopmentPath, extensionTestsPath, workspace })) {
    if (!v || !fs.existsSync(v)) throw new Error(`runExtensionTests: ${k} does not exist: ${v}`);
  }
  const timeoutMs = opts.timeoutMs ?? 120_000;
  const ownResultDir = opts.resultFile ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-result-'));
  const resultFile = path.resolve(opts.resultFile ?? path.join(ownResultDir, 'result.json'));
  fs.rmSync(resultFile, { force: true });
  const server = await startCodeServer({
    workspace, extensionsDir: opts.extensionsDir, settings: opts.settings,
    env: { ...opts.env, FAZHI_TEST_RESULT: resultFile },
  });
  let browser;
  const consoleLines = [];
  try {
    browser = await launchBrowser();
    const page = await browser.context.newPage();
    attachConsole(page, consoleLines);
    const url = workbenchUrl(server, { workspace, extensionDevelopmentPath, extensionTestsPath });
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const deadline = Date.now() + timeoutMs;
    let result = null;
    while (Date.now() < deadline) {
      if (fs.existsSync(resultFile)) {
        try { result = JSON.parse(fs.readFileSync(resultFile, 'utf8')); break; } catch { /* being written */ }
      }
      await sleep(200);
    }
    if (opts.screenshot) {
      fs.mkdirSync(path.dirname(opts.screenshot), { recursive: true });
      await page.screenshot({ path: opts.screenshot }).catch(() => {});
    }
    if (!result) {
      throw new Error(`runExtensionTests: no result file ${resultFile} after ${timeoutMs} ms.\n` +
        `--- browser console (last 40) ---\n${consoleLines.slice(-40).join('\n')}\n` +
        `--- code-server log ---\n${tail(server.logFile)}`);
    }
    return { ...result, seconds: (Date.now() - t0) / 1000, resultFile };
  } finally {
    if (browser) await browser.close();
    await server.stop();
    if (ownResultDir && !opts.keepResult) fs.rmSync(ownResultDir, { recursive: true, force: true });
  }
}

/**
 * For UI tests: a workbench page on an isolated code-server. `extensionPath` loads an unpacked extension as
 * extensionDevelopmentPath; `vsix` installs a package into the isolated extensions dir first.
 * Resolves once `.monaco-workbench` is visible (and the explorer shows the folder when one is given).
 */
export async function openWorkbench(opts = {}) {
  const { workspace, extensionPath, vsix } = opts;
  const server = await startCodeServer({
    workspace, extensionsDir: opts.extensionsDir, settings: opts.settings, env: opts.env,
    installExtensions: vsix ? [vsix] : [],
  });
  let browser;
  try {
    browser = await launchBrowser({ viewport: opts.viewport });
    const page = await browser.context.newPage();
    const consoleLines = [];
    attachConsole(page, consoleLines);
    const url = workbenchUrl(server, { workspace, extensionDevelopmentPath: extensionPath });
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: opts.timeoutMs ?? 60_000 });
    const stop = async () => {
      await browser.close();
      await server.stop();
    };
    return { page, browser, context: browser.context, server, url, consoleLines, stop };
  } catch (e) {
    if (browser) await browser.close();
    await server.stop();
    throw e;
  }
}
