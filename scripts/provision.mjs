#!/usr/bin/env node
// Idempotent provisioning for the integration tests (real VS Code = code-server, headless chromium,
// LibreOffice render checks). Called by `npm test`; safe to run any number of times:
// a warm run only stats a few files and asks dpkg once.
//
//   import { provision } from './scripts/provision.mjs';
//   const { codeServerBin, chromiumPath, fontconfigFile, libreoffice, cacheDir } = await provision();
//
// Run directly (`node scripts/provision.mjs`) it prints what it did; exit code 1 with a message
// naming what is missing when something cannot be installed. Never skips silently.
//
// Environment:
//   XDG_CACHE_HOME           cache root (default ~/.cache); everything goes to $XDG_CACHE_HOME/fazhi-report
//   FAZHI_PROVISION_QUIET=1  no progress output when imported (errors still thrown)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
// @vscode/ripgrep as pinned by code-server 4.100.3 (its postinstall downloads rg from GitHub: we seed its cache).
const RIPGREP_PKG_VERSION = '1.15.11';
const RIPGREP_RELEASE = 'v13.0.0-10';

export const APT_PACKAGES = [
  'chromium', 'ripgrep', 'libkrb5-dev', 'pkg-config', 'fonts-noto-cjk',
  'libreoffice-writer-nogui', 'poppler-utils', 'fonts-wqy-zenhei', 'fonts-arphic-ukai',
  'fonts-arphic-uming', 'fonts-arphic-gkai00mp', 'fonts-arphic-gbsn00lp', 'pandoc',
];
// Binaries the tests call directly; checked after the apt step.
const REQUIRED_BINARIES = {
  chromium: 'chromium', rg: 'ripgrep', libreoffice: 'libreoffice-writer-nogui', pdfinfo: 'poppler-utils',
  pdftotext: 'poppler-utils', pdftoppm: 'poppler-utils', pdffonts: 'poppler-utils', pandoc: 'pandoc',
  'fc-match': 'fontconfig', 'pkg-config': 'pkg-config',
};

// Chinese official-document font names (as written by the .docx generator) → installed Debian fonts.
export const FONT_ALIASES = [
  { families: ['仿宋_GB2312', '仿宋', 'FangSong', 'FangSong_GB2312'], to: 'AR PL SungtiL GB' },
  { families: ['楷体_GB2312', '楷体', 'KaiTi', 'KaiTi_GB2312'], to: 'AR PL KaitiM GB' },
  { families: ['黑体', 'SimHei'], to: 'Noto Sans CJK SC' },
  { families: ['宋体', 'SimSun'], to: 'Noto Serif CJK SC' },
  { families: ['方正小标宋简体', '方正小标宋_GBK', 'FZXiaoBiaoSong-B05S'], to: 'Noto Serif CJK SC', bold: true },
];

export function cacheRoot() {
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'fazhi-report');
}

let log = (...a) => { if (process.env.FAZHI_PROVISION_QUIET !== '1') console.error('[provision]', ...a); };

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...opts });
  if (r.error) throw new Error(`${cmd} ${args.join(' ')}: ${r.error.message}`);
  return r;
}

function which(bin) {
  for (const dir of (process.env.PATH || '/usr/local/bin:/usr/bin:/bin').split(':')) {
    if (!dir) continue;
    const p = path.join(dir, bin);
    try { fs.accessSync(p, fs.constants.X_OK); if (fs.statSync(p).isFile()) return p; } catch { /* next */ }
  }
  return null;
}

/** Packages from `pkgs` that dpkg does not report as installed. One dpkg-query call. */
function missingAptPackages(pkgs) {
  const r = run('dpkg-query', ['-W', '-f=${Package} ${db:Status-Status}\n', ...pkgs]);
  const installed = new Set();
  for (const line of r.stdout.split('\n')) {
    const [name, status] = line.trim().split(/\s+/);
    if (name && status === 'installed') installed.add(name.replace(/:.*$/, ''));
  }
  return pkgs.filter((p) => !installed.has(p));
}

function aptStep(actions) {
  let missing = missingAptPackages(APT_PACKAGES);
  if (missing.length === 0) return;
  if (process.getuid && process.getuid() !== 0) {
    throw new Error(`provision: missing Debian packages ${missing.join(' ')} and not root: ` +
      `run \`sudo apt-get install -y --no-install-recommends ${missing.join(' ')}\``);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () => run('apt-get', ['install', '-y', '--no-install-recommends', ...missing],
    { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const t0 = Date.now();
  // Only refresh the lists when they are absent or the install cannot find/fetch something.
  const haveLists = fs.existsSync('/var/lib/apt/lists') &&
    fs.readdirSync('/var/lib/apt/lists').some((f) => f.includes('_Packages'));
  let r = haveLists ? install() : null;
  if (!r || r.status !== 0) {
    log('apt-get update');
    const u = run('apt-get', ['update'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    if (u.status !== 0) throw new Error(`provision: apt-get update failed:\n${u.stderr.slice(-2000)}`);
    r = install();
  }
  if (r.status !== 0) {
    throw new Error(`provision: apt-get install failed for ${missing.join(' ')}:\n${(r.stderr || r.stdout).slice(-3000)}`);
  }
  missing = missingAptPackages(APT_PACKAGES);
  if (missing.length) throw new Error(`provision: still not installed after apt-get: ${missing.join(' ')}`);
  actions.push(`apt-get installed ${APT_PACKAGES.length} packages in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

function checkBinaries() {
  const missing = Object.entries(REQUIRED_BINARIES).filter(([bin]) => !which(bin));
  if (missing.length) {
    throw new Error(`provision: binaries not found on PATH: ${missing.map(([b, p]) => `${b} (Debian package ${p})`).join(', ')}`);
  }
}

function ripgrepTarget() {
  switch (process.arch) {
    case 'x64': return 'x86_64-unknown-linux-musl';
    case 'arm64': return 'aarch64-unknown-linux-musl';
    default: throw new Error(`provision: no ripgrep target known for arch ${process.arch}`);
  }
}

/** Seed @vscode/ripgrep's download cache with Debian's rg so its postinstall never goes to GitHub. */
function seedRipgrepCache(tmpDir) {
  const rg = which('rg');
  if (!rg) throw new Error('provision: rg (Debian package ripgrep) is needed to seed the @vscode/ripgrep cache');
  const cacheDir = path.join(tmpDir, `vscode-ripgrep-cache-${RIPGREP_PKG_VERSION}`);
  const tarball = path.join(cacheDir, `ripgrep-${RIPGREP_RELEASE}-${ripgrepTarget()}.tar.gz`);
  if (fs.existsSync(tarball)) return tarball;
  fs.mkdirSync(cacheDir, { recursive: true });
  const stage = fs.mkdtempSync(path.join(tmpDir, 'rg-stage-'));
  fs.copyFileSync(rg, path.join(stage, 'rg'));
  fs.chmodSync(path.join(stage, 'rg'), 0o755);
  const r = run('tar', ['czf', tarball + '.part', '-C', stage, 'rg']);
  fs.rmSync(stage, { recursive: true, force: true });
  if (r.status !== 0) throw new Error(`provision: tar failed seeding ripgrep cache: ${r.stderr}`);
  fs.renameSync(tarball + '.part', tarball);
  return tarball;
}

function codeServerPaths(root) {
  const dir = path.join(root, `code-server-${CODE_SERVER_VERSION}`);
  return {
    dir,
    marker: path.join(dir, '.fazhi-provisioned.json'),
    bin: path.join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
  };
}

function sleepSync(ms) { Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms); }

/** Simple cross-process lock (mkdir is atomic); stale after 15 min. */
function withLock(lockDir, fn) {
  const deadline = Date.now() + 20 * 60 * 1000;
  for (;;) {
    try { fs.mkdirSync(lockDir); break; } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      try {
        if (Date.now() - fs.statSync(lockDir).mtimeMs > 15 * 60 * 1000) { fs.rmSync(lockDir, { recursive: true, force: true }); continue; }
      } catch { continue; }
      if (Date.now() > deadline) throw new Error(`provision: timed out waiting for lock ${lockDir}`);
      sleepSync(1000);
    }
  }
  try { return fn(); } finally { fs.rmSync(lockDir, { recursive: true, force: true }); }
}

function codeServerStep(root, actions) {
  const p = codeServerPaths(root);
  const ok = () => fs.existsSync(p.marker) && fs.existsSync(p.bin);
  if (ok()) return p.bin;
  return withLock(path.join(root, '.code-server.lock'), () => {
    if (ok()) return p.bin; // someone else finished it while we waited
    const t0 = Date.now();
    fs.rmSync(p.dir, { recursive: true, force: true });
    fs.mkdirSync(p.dir, { recursive: true });
    // A private TMPDIR makes the ripgrep cache location deterministic (@vscode/ripgrep uses os.tmpdir()).
    const tmp = path.join(root, 'tmp');
    fs.mkdirSync(tmp, { recursive: true });
    seedRipgrepCache(tmp);
    fs.writeFileSync(path.join(p.dir, 'package.json'), JSON.stringify({ name: 'fazhi-code-server-cache', private: true }, null, 2));
    log(`npm install code-server@${CODE_SERVER_VERSION} into ${p.dir} (first run: ~1 min)`);
    const r = run('npm', ['install', '--prefix', p.dir, `code-server@${CODE_SERVER_VERSION}`, '--unsafe-perm',
      '--no-audit', '--no-fund', '--no-save', '--loglevel=error'], {
      cwd: p.dir,
      env: { ...process.env, npm_config_yes: 'true', TMPDIR: tmp, TMP: tmp, TEMP: tmp },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (r.status !== 0 || !fs.existsSync(p.bin)) {
      throw new Error(`provision: npm install code-server@${CODE_SERVER_VERSION} failed (exit ${r.status}):\n` +
        `${(r.stderr || '').slice(-4000)}\n${(r.stdout || '').slice(-1000)}`);
    }
    // The bundled VS Code needs its rg: make sure the seeded binary landed.
    const rgs = run('find', [p.dir, '-path', '*@vscode/ripgrep/bin/rg']).stdout.trim().split('\n').filter(Boolean);
    if (rgs.length === 0) throw new Error('provision: code-server installed but @vscode/ripgrep/bin/rg is missing');
    const v = run(process.execPath, [p.bin, '--version']);
    if (v.status !== 0 || !v.stdout.includes(CODE_SERVER_VERSION)) {
      throw new Error(`provision: code-server --version did not report ${CODE_SERVER_VERSION}: ${v.stdout}${v.stderr}`);
    }
    fs.writeFileSync(p.marker, JSON.stringify({ version: CODE_SERVER_VERSION, installedAt: new Date().toISOString(),
      node: process.version, seconds: (Date.now() - t0) / 1000 }, null, 2));
    actions.push(`installed code-server ${CODE_SERVER_VERSION} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    return p.bin;
  });
}

function xmlEscape(s) { return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'); }

export function fontconfigXml() {
  const rules = [];
  for (const a of FONT_ALIASES) {
    for (const fam of a.families) {
      // Replace the requested family outright (strong binding beats the lang-based CJK fallback).
      rules.push(`  <match target="pattern">
    <test qual="any" name="family"><string>${xmlEscape(fam)}</string></test>
    <edit name="family" mode="assign" binding="strong"><string>${xmlEscape(a.to)}</string></edit>${a.bold ? `
    <edit name="weight" mode="assign" binding="strong"><const>bold</const></edit>` : ''}
  </match>`);
    }
  }
  return `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<!-- Generated by scripts/provision.mjs: Chinese official-document fonts → installed Debian fonts. -->
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
${rules.join('\n')}
</fontconfig>
`;
}

function fontconfigStep(root, actions) {
  const file = path.join(root, 'fonts.conf');
  const xml = fontconfigXml();
  let cur = null;
  try { cur = fs.readFileSync(file, 'utf8'); } catch { /* absent */ }
  if (cur !== xml) {
    fs.writeFileSync(file + '.part', xml);
    fs.renameSync(file + '.part', file);
    actions.push(`wrote ${file}`);
  }
  return file;
}

/** Check that each alias resolves to its target under our fontconfig file. */
export function checkFontAliases(fontconfigFile) {
  const bad = [];
  for (const a of FONT_ALIASES) {
    const fam = a.families[0];
    const r = run('fc-match', ['-f', '%{family}', fam], { env: { ...process.env, FONTCONFIG_FILE: fontconfigFile } });
    if (!r.stdout.split(',').includes(a.to)) bad.push(`${fam} → ${r.stdout} (want ${a.to})`);
  }
  if (bad.length) throw new Error(`provision: font aliases do not resolve: ${bad.join('; ')}`);
}

let memo = null;
/** Provision everything the integration tests need; memoized within a process. */
export async function provision() {
  if (memo) return memo;
  const t0 = Date.now();
  const actions = [];
  const root = cacheRoot();
  fs.mkdirSync(root, { recursive: true });
  aptStep(actions);
  checkBinaries();
  const codeServerBin = codeServerStep(root, actions);
  const fontconfigFile = fontconfigStep(root, actions);
  if (actions.length) checkFontAliases(fontconfigFile);
  memo = {
    cacheDir: root,
    codeServerBin,
    codeServerVersion: CODE_SERVER_VERSION,
    chromiumPath: which('chromium'),
    fontconfigFile,
    libreoffice: which('libreoffice'),
    actions,
    seconds: (Date.now() - t0) / 1000,
  };
  return memo;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  log = (...a) => console.error('[provision]', ...a);
  provision().then((r) => {
    for (const a of r.actions) console.log(`provision: ${a}`);
    if (!r.actions.length) console.log('provision: everything already present');
    console.log(JSON.stringify({ ...r, actions: undefined }, null, 2));
  }, (e) => {
    console.error(e && e.message ? e.message : e);
    process.exit(1);
  });
}
