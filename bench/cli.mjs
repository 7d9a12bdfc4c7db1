// Command-line and batch timings, on the built dist/cli.js, and the engine against AutoCorrect in the same run:
//   `check` of one 20,000-character report against a bare `node -e 0` (process start → exit, median of 5, taken in
//   turns so both see the same machine load): with the V8 code cache the first run leaves (in a directory of the
//   bench's own), without any cache, and the first run itself (which compiles and writes the cache);
//   `export` of the same report to HTML and to Word;
//   warm check of a 200,000-character report (parse + every rule, in this process) against AutoCorrect's lintFor on
//   the same text (autocorrect-node, a dev dependency used only here);
//   `check --format json DIR` of a batch of reports (FAZHI_BENCH_BATCH, default 500): reports per second with 1 and
//   2 workers.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintText } from '../src/core/lint.ts';
import { loadSegmenter } from '../src/core/segmenter.ts';
import { corpusTexts, reportOfSize } from './reports.mjs';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];


function spawnTime(args, env = {}) {
  const started = performance.now();
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, ...env } });
  if (run.status !== 0 && run.status !== 1) throw new Error(`${args.join(' ')} exited ${run.status}: ${run.stderr.slice(0, 500)}`);
  return performance.now() - started;
}

/** Median wall time of each command, run in turns `runs` times. */
function wallTimes(commands, runs = 5) {
  const times = commands.map(() => []);
  for (let k = 0; k < runs; k++) commands.forEach(({ args, env }, i) => times[i].push(spawnTime(args, env)));
  return times.map(median);
}

function againstAutoCorrect(text) {
  let autocorrect;
  try {
    autocorrect = require('autocorrect-node');
  } catch (error) {
    return { note: `autocorrect-node not installed (${error.code ?? error.message}): run npm install; its prebuilt binary comes from the npm registry as autocorrect-node-<platform>` };
  }
  const segmenter = loadSegmenter();
  const runs = 9;
  const time = (fn) => median(Array.from({ length: runs }, () => { globalThis.gc?.(); const t = performance.now(); fn(); return performance.now() - t; }));
  lintText(text, { format: 'plaintext' }, { segmenter });
  autocorrect.lintFor(text, 'report.txt');
  const ours = time(() => lintText(text, { format: 'plaintext' }, { segmenter }));
  const theirs = time(() => autocorrect.lintFor(text, 'report.txt'));
  return { ours, theirs };
}

export async function benchCli() {
  const dir = mkdtempSync(join(tmpdir(), 'fazhi-bench-'));
  try {
    const out = {};
    const one = join(dir, 'report-20k.txt');
    writeFileSync(one, reportOfSize(20_000));
    const cached = { FAZHI_REPORT_CACHE_DIR: join(dir, 'code-cache') };
    // Exports go elsewhere: a report beside the checked one would be read as a candidate for last year's report.
    const exported = join(dir, 'exported');
    mkdirSync(exported);
    const checkOne = [cli, 'check', '--no-config', one];
    const firstRun = spawnTime(checkOne, cached);
    const [bare, check, uncached, html, docx] = wallTimes([
      { args: ['-e', '0'] }, { args: checkOne, env: cached }, { args: checkOne, env: { FAZHI_REPORT_CACHE_DIR: '' } },
      { args: [cli, 'export', one, '--to', 'html', '-o', join(exported, 'out.html'), '--force'], env: cached },
      { args: [cli, 'export', one, '--to', 'docx', '-o', join(exported, 'out.docx'), '--force'], env: cached },
    ]);
    out['bare `node -e 0`'] = bare;
    out['`check` of one 20k report, whole process'] = check;
    out['`check` of one 20k report ÷ `node -e 0` (target ≤ 2.5×)'] = `${(check / bare).toFixed(2)}×`;
    out['the same without the code cache'] = `${uncached.toFixed(1)} ms, ${(uncached / bare).toFixed(2)}×`;
    out['the first run (compiles, writes the code cache)'] = `${firstRun.toFixed(1)} ms, ${(firstRun / bare).toFixed(2)}×`;
    out['`export` of the 20k report to HTML / to Word'] = `${html.toFixed(1)} / ${docx.toFixed(1)} ms`;

    const compared = againstAutoCorrect(reportOfSize(200_000));
    if (compared.note) out['AutoCorrect lintFor, 200k'] = compared.note;
    else {
      out['warm check, 200k report (parse + all rules)'] = compared.ours;
      out['AutoCorrect lintFor, same 200k text'] = compared.theirs;
      out['warm check ÷ AutoCorrect lintFor (target ≤ 3×)'] = `${(compared.ours / compared.theirs).toFixed(2)}×`;
    }

    const count = Number(process.env.FAZHI_BENCH_BATCH ?? 500);
    const batch = join(dir, 'batch');
    mkdirSync(batch);
    // Each report once per corpus text, with its own first line so no two files are the same text.
    for (let k = 0; k < count; k++) writeFileSync(join(batch, `${String(k).padStart(4, '0')}.txt`), `${corpusTexts[k % corpusTexts.length]}\n（第${k + 1}份）\n`);
    for (const jobs of [1, 2]) {
      const ms = spawnTime([cli, 'check', '--no-config', '--format', 'json', '--jobs', String(jobs), batch]);
      out[`batch of ${count} reports, --jobs ${jobs}`] = `${(count / (ms / 1000)).toFixed(1)} reports/s (${(ms / 1000).toFixed(1)} s)`;
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
