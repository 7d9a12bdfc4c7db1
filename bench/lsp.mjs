// Language-server timings, measured on the built dist/server.js over stdio as an editor runs it.
//   cold start: process spawn → initialize → didOpen (a 20,000-character report) → the first publishDiagnostics (all
//   rules: the worker loads the segmenter before its first check), with the check thread's code cache from an earlier
//   session and without one.
//   one-character edit: median over edits (a character typed, then deleted) of didChange → publishDiagnostics of that
//   version, with the debounce set to 0 (so the figure is the work beyond the debounce), at 20k and 200k characters,
//   and at 200k as Markdown (a blank line between paragraphs); and the server process's CPU time over the same
//   stretch, all its threads (Linux: /proc/PID/task/*/schedstat), which the machine's other work does not lengthen as it does wall time.
//   hover while a check runs: an edit of the 200k report starts a check; a hover on a figure sent 20 ms later, round
//   trip (median and worst of the samples).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { reportOfSize } from './reports.mjs';

const require = createRequire(import.meta.url);
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node');

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const serverPath = join(root, 'dist', 'server.js');


function startServer(settings, env = process.env) {
  const child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: 'pipe', env });
  child.stderr.resume();
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const listeners = new Set();
  connection.onNotification('textDocument/publishDiagnostics', (p) => { for (const l of listeners) l(p); });
  connection.onRequest('workspace/configuration', (p) => p.items.map((i) => (i.section === 'fazhiReport' ? settings : null)));
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  const nextDiagnostics = (uri, version) => new Promise((resolve, reject) => {
    const timer = setTimeout(() => { listeners.delete(listener); reject(new Error(`no diagnostics for ${uri} v${version}`)); }, 20000);
    const listener = (p) => {
      if (p.uri !== uri || (version !== undefined && p.version !== version)) return;
      clearTimeout(timer);
      listeners.delete(listener);
      resolve(p);
    };
    listeners.add(listener);
  });
  const initialize = async () => {
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
    await connection.sendNotification('initialized', {});
  };
  /** Publications for `uri`, counted from now: resolves with the `count`-th. */
  const publications = (uri, count) => new Promise((resolve, reject) => {
    let seen = 0;
    const timer = setTimeout(() => { listeners.delete(listener); reject(new Error(`only ${seen} publications for ${uri}`)); }, 20000);
    const listener = (p) => {
      if (p.uri !== uri || ++seen < count) return;
      clearTimeout(timer);
      listeners.delete(listener);
      resolve(p);
    };
    listeners.add(listener);
  });
  const stop = async () => {
    try {
      await Promise.race([connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 1000))]);
      await connection.sendNotification('exit');
    } catch { /* already gone */ }
    await Promise.race([new Promise((r) => child.once('exit', r)), new Promise((r) => setTimeout(r, 2000))]);
    if (child.exitCode === null) child.kill();
    connection.dispose();
  };
  return { connection, nextDiagnostics, publications, initialize, stop, pid: child.pid };
}

/**
 * The CPU time a process's threads have used (ms, to the nanosecond: each thread's schedstat), or undefined where /proc
 * is not there to read. The server's threads (its own, the lint worker's, V8's and libuv's) live as long as it does.
 */
function processCpu(pid) {
  try {
    let ns = 0;
    for (const task of readdirSync(`/proc/${pid}/task`)) ns += Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]);
    return ns / 1e6;
  } catch {
    return undefined;
  }
}

const quiet = (ms) => new Promise((r) => setTimeout(r, ms));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Spawn → first full diagnostics, median of three starts. With the code cache an earlier session left (an unmeasured
 * start first, kept open until the check thread has stored it), or with none (FAZHI_REPORT_CACHE_DIR empty: the first
 * session after an install).
 */
async function coldStart(text, { cache }) {
  const env = cache ? process.env : { ...process.env, FAZHI_REPORT_CACHE_DIR: '' };
  const fulls = [];
  for (let k = cache ? -1 : 0; k < 3; k++) {
    const started = performance.now();
    const server = startServer({}, env);
    await server.initialize();
    const uri = 'file:///bench/cold.txt';
    const full = server.publications(uri, 1);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
    await full;
    if (k >= 0) fulls.push(performance.now() - started);
    else await quiet(1500);
    await server.stop();
  }
  return median(fulls);
}

/** An open report of `text`, checked. */
async function openedServer(text, languageId = 'plaintext') {
  const server = startServer({ debounceMs: 0 });
  await server.initialize();
  const uri = pathToFileURL(join(root, 'bench', languageId === 'markdown' ? 'big-report.md' : 'big-report.txt')).href;
  const full = server.publications(uri, 1);
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  await full;
  await quiet(500);
  return { server, uri };
}

/**
 * A character typed at the start of a line in the middle, then deleted: didChange → diagnostics of that version, over the
 * first `edits` edits after opening, and over as many more once the server's code is warm (a writer's steady state).
 */
async function oneCharacterEdits(text, edits = 12, languageId = 'plaintext') {
  const { server, uri } = await openedServer(text, languageId);
  const line = Math.floor(text.split('\n').length / 2);
  const at = { line, character: 0 };
  const times = [];
  const cpuTimes = [];
  for (let version = 2; version < 2 + 3 * edits; version++) {
    const change = version % 2 === 0 ? { range: { start: at, end: at }, text: '一' } : { range: { start: at, end: { line, character: 1 } }, text: '' };
    const published = server.nextDiagnostics(uri, version);
    const cpuBefore = processCpu(server.pid);
    const started = performance.now();
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    await published;
    times.push(performance.now() - started);
    const cpuAfter = processCpu(server.pid);
    if (cpuBefore !== undefined && cpuAfter !== undefined) cpuTimes.push(cpuAfter - cpuBefore);
    await quiet(50);
  }
  await server.stop();
  // The first `edits`, then (past as many more that warm the code) the last `edits`.
  const [first, warm] = [times.slice(0, edits), times.slice(2 * edits)];
  const [firstCpu, warmCpu] = [cpuTimes.slice(0, edits), cpuTimes.slice(2 * edits)];
  return { wall: median(first), cpu: firstCpu.length ? median(firstCpu) : undefined, warmWall: median(warm), warmCpu: warmCpu.length ? median(warmCpu) : undefined };
}

/** Hovers on a figure sent while the check of an edit runs. */
async function hoverDuringCheck(text, samples = 9) {
  const { server, uri } = await openedServer(text);
  const lines = text.split('\n');
  const line = lines.findIndex((l) => /\d+件/.test(l));
  const character = lines[line].search(/\d+件/);
  const last = lines.length - 1;
  const hover = () => server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } });
  // The same hover with no check running: what the round trip costs anyway on this machine.
  const idle = [];
  for (let k = 0; k < samples; k++) {
    const started = performance.now();
    await hover();
    idle.push(performance.now() - started);
  }
  const times = [];
  for (let version = 2; version < 2 + samples; version++) {
    // The edit is at the end: the hover position is unchanged, and a check of the whole report starts.
    const change = version % 2 === 0
      ? { range: { start: { line: last, character: 0 }, end: { line: last, character: 0 } }, text: '一' }
      : { range: { start: { line: last, character: 0 }, end: { line: last, character: 1 } }, text: '' };
    const published = server.nextDiagnostics(uri, version);
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    await quiet(20);
    const started = performance.now();
    const answer = await hover();
    times.push(performance.now() - started);
    if (!answer) throw new Error('no hover on the figure');
    await published;
  }
  await server.stop();
  return { median: median(times), worst: Math.max(...times), idle: median(idle) };
}

function editRows(size, { wall, cpu, warmWall, warmCpu }) {
  const bare = size.replace(/ \(.*/, '');
  return {
    [`one-character edit → diagnostics beyond the debounce, ${size}, first 12 edits after opening`]: wall,
    [`  the same, the server process's CPU time (all threads), ${bare}`]: cpu ?? 'no /proc',
    [`  the same, edits 25–36 (the server's code warm, as while a writer types), ${bare}`]: warmWall,
    [`  the same, their CPU time (all threads), ${bare}`]: warmCpu ?? 'no /proc',
  };
}

export async function benchLsp() {
  if (!existsSync(serverPath)) throw new Error('dist/server.js missing: run node scripts/build.mjs first');
  const report20k = reportOfSize(20_000);
  const report200k = reportOfSize(200_000);
  const cold = await coldStart(report20k, { cache: true });
  const coldUncached = await coldStart(report20k, { cache: false });
  const hover = await hoverDuringCheck(report200k);
  return {
    'cold: spawn → first full diagnostics, 20k report (target ≤ 400 ms)': cold,
    '  the same, the first session after an install (no code cache yet)': coldUncached,
    ...editRows('20k (target ≤ 15 ms)', await oneCharacterEdits(report20k)),
    ...editRows('200k (target ≤ 30 ms)', await oneCharacterEdits(report200k)),
    // The same report as Markdown is written: a blank line between paragraphs (remark reads it).
    ...editRows('200k Markdown', await oneCharacterEdits(report200k.replace(/\r?\n/g, '\n\n'), 12, 'markdown')),
    'hover while a check of the 200k report runs, median (target ≤ 10 ms)': hover.median,
    'hover while a check of the 200k report runs, worst': hover.worst,
    'hover on the 200k report, no check running, median': hover.idle,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  benchLsp().then((r) => console.log(JSON.stringify(r, null, 2)), (e) => { console.error(e); process.exitCode = 1; });
}
