// Language-server timings, measured on the built dist/server.js over stdio as an editor runs it.
//   coldStartToFirstDiagnosticsMs: process spawn → initialize → didOpen (a corpus report) → first publishDiagnostics.
//   didChangeToDiagnosticsMs: median over edits of a 20,000-character report, didChange → publishDiagnostics of that
//   version, with the debounce set to 0 (so the figure is the work beyond the debounce).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node');

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const serverPath = join(root, 'dist', 'server.js');
const corpusDir = join(root, 'test', 'fixtures', 'corpus');

function corpusTexts() {
  return readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(corpusDir, f), 'utf8'));
}

/** About `size` characters of real report text: the first corpus report, then the others' bodies. */
function reportOfSize(texts, size) {
  const parts = [texts[0]];
  for (let k = 1; parts.join('\n').length < size; k++) parts.push(texts[k % texts.length]);
  return parts.join('\n').slice(0, size);
}

function startServer(settings) {
  const child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: 'pipe' });
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
  const stop = async () => {
    try {
      await Promise.race([connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 1000))]);
      await connection.sendNotification('exit');
    } catch { /* already gone */ }
    await Promise.race([new Promise((r) => child.once('exit', r)), new Promise((r) => setTimeout(r, 2000))]);
    if (child.exitCode === null) child.kill();
    connection.dispose();
  };
  return { connection, nextDiagnostics, initialize, stop };
}

const quiet = (ms) => new Promise((r) => setTimeout(r, ms));

export async function benchLsp() {
  if (!existsSync(serverPath)) throw new Error('dist/server.js missing: run node scripts/build.mjs first');
  const texts = corpusTexts();

  const coldStarts = [];
  for (let k = 0; k < 3; k++) {
    const started = performance.now();
    const server = startServer({});
    await server.initialize();
    const uri = 'file:///bench/cold.txt';
    const first = server.nextDiagnostics(uri);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: texts[0] } });
    await first;
    coldStarts.push(performance.now() - started);
    await server.stop();
  }

  const server = startServer({ debounceMs: 0 });
  await server.initialize();
  const uri = pathToFileURL(join(root, 'bench', 'big-report.txt')).href;
  let text = reportOfSize(texts, 20_000);
  const opened = server.nextDiagnostics(uri, 1);
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
  await opened;
  await quiet(1500); // let the segmenter load and its re-lint finish: measure the steady state
  const changes = [];
  for (let version = 2; version <= 12; version++) {
    // Alternate a figure so every version really differs.
    const at = text.indexOf('411');
    text = at >= 0 ? text.slice(0, at) + '410' + text.slice(at + 3) : text.replace('410', '411');
    const published = server.nextDiagnostics(uri, version);
    const started = performance.now();
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    await published;
    changes.push(performance.now() - started);
  }
  await server.stop();
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return {
    coldStartToFirstDiagnosticsMs: median(coldStarts),
    didChangeToDiagnosticsMs: median(changes),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  benchLsp().then((r) => console.log(JSON.stringify(r, null, 2)), (e) => { console.error(e); process.exitCode = 1; });
}
