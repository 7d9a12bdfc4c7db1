// `npm run bench`: a benchmark, not a timed test. Prints the figures the issues set targets for.
// Run through tsx so the engine is measured from source exactly as the bundles contain it.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintDocument } from '../src/core/lint.ts';
import { parseReport } from '../src/core/document.ts';
import { allRules } from '../src/core/rules/index.ts';
import { loadSegmenter } from '../src/core/segmenter.ts';
import { corpus, reportOfSize } from './reports.mjs';
import { segmenterLoad } from './segmenter.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const rows = [];
const print = (label, value) => { rows.push([label, value]); console.log(`${label.padEnd(58)} ${value}`); };


function medianOf(fn, runs = 15) {
  const times = [];
  for (let k = 0; k < runs; k++) {
    globalThis.gc?.();
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

const families = {
  structure: (r) => Object.keys(r.codes).every((c) => c.startsWith('structure/') || c.startsWith('meta/')),
  figures: (r) => Object.keys(r.codes).some((c) => c.startsWith('figure/')),
  'number+punctuation': (r) => Object.keys(r.codes).every((c) => c.startsWith('number/') || c.startsWith('punctuation/')),
  wording: (r) => Object.keys(r.codes).every((c) => c.startsWith('wording/')),
};

console.log('fazhi-report benchmark —', new Date().toISOString(), `node ${process.version}`);
console.log('\n## cold start');
print('segmenter load (jieba, first cut; median of 5)', `${segmenterLoad().toFixed(0)} ms`);
const example = join(root, 'examples', 'sample-report.md');
if (existsSync(join(root, 'dist', 'cli.js')) && existsSync(example)) {
  const times = [];
  for (let k = 0; k < 5; k++) {
    const t = performance.now();
    spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'check', example], { encoding: 'utf8' });
    times.push(performance.now() - t);
  }
  print('CLI cold start: `fazhi-report check` on the example (whole process)', `${times.sort((a, b) => a - b)[2].toFixed(0)} ms`);
}
if (existsSync(join(root, 'dist', 'extension.js'))) {
  const loads = Array.from({ length: 5 }, () =>
    Number(spawnSync(process.execPath, [join(root, 'bench', 'extension-load.cjs')], { encoding: 'utf8' }).stdout.trim()));
  print('extension activation: load dist/extension.js (median of 5, target < 200 ms)', `${loads.sort((a, b) => a - b)[2].toFixed(0)} ms`);
}

const segmenter = loadSegmenter();
console.log('\n## warm check (median of 61 runs under 20,000 characters, of 15 above), ms and ms per 10,000 characters');
const inputs = [...corpus.map((c) => ({ name: `corpus ${c.name}`, text: c.text })),
  ...[20_000, 50_000, 100_000, 200_000].map((n) => ({ name: `built ${n / 1000}k`, text: reportOfSize(n) }))];
for (const { name, text } of inputs) {
  // A short report takes a few ms: on a shared 2-core machine it needs more runs for a stable median.
  const runs = text.length < 20_000 ? 61 : 15;
  const median = (fn) => medianOf(fn, runs);
  const parse = median(() => parseReport(text, { format: 'plaintext' }));
  const doc = parseReport(text, { format: 'plaintext' });
  const per10k = (ms) => `${ms.toFixed(2)} ms (${(ms * 10_000 / text.length).toFixed(2)}/10k)`;
  const cells = [`parse ${per10k(parse)}`];
  for (const [family, pick] of Object.entries(families)) {
    const rules = allRules.filter(pick);
    if (!rules.length) continue;
    cells.push(`${family} ${per10k(median(() => lintDocument(doc, { rules, segmenter })))}`);
  }
  cells.push(`all ${per10k(median(() => lintDocument(parseReport(text, { format: 'plaintext' }), { segmenter })))}`);
  print(`${name} (${text.length} chars)`, cells.join(' | '));
}

for (const [module, fn] of [['./lsp.mjs', 'benchLsp'], ['./export.mjs', 'benchExport'], ['./docx.mjs', 'benchDocx'], ['./engine.mjs', 'benchEngine'], ['./segmenter.mjs', 'benchSegmenter'], ['./segmenter-lexicon.mjs', 'benchSegmenterLexicon'], ['./cli.mjs', 'benchCli']]) {
  if (!existsSync(join(root, 'bench', module))) { print(`${module}`, 'missing'); continue; }
  console.log(`\n## ${fn}`);
  const results = await (await import(module))[fn]();
  for (const [k, v] of Object.entries(results)) print(k, typeof v === 'number' ? `${v.toFixed(1)} ms` : String(v));
}

console.log('\n## package');
const vsix = readdirSync(root).find((f) => f.endsWith('.vsix'));
if (vsix) print(`.vsix size (${vsix})`, `${(statSync(join(root, vsix)).size / 1024 / 1024).toFixed(2)} MB`);
else print('.vsix size', 'not packaged yet: run `npm run package`');
