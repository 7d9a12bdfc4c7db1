// Engine timings of issue 12 (best of 9). Where the old way can still be run, "before" and "now" are measured side
// by side in the same run. Imports the TypeScript sources: run under tsx, as bench/run.mjs is.
import { GCProfiler } from 'node:v8';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseReport } from '../src/core/document.ts';
import { extractFigures } from '../src/core/figures.ts';
import { lintDocument } from '../src/core/lint.ts';
import { allRules } from '../src/core/rules/index.ts';
import { loadSegmenter } from '../src/core/segmenter.ts';
import { UnitCache } from '../src/core/unit-cache.ts';
import { lintWorkerResourceLimits } from '../src/server/lint-worker-start.ts';
import { resolveSettings } from '../src/server/settings.ts';
import { checkDocument } from '../src/server/snapshot.ts';
import { youngGenerationCollector } from '../src/server/young-generation.ts';
import { reportOfSize } from './reports.mjs';



/** Best of `runs` calls after a warm-up one: on a machine shared with other work the fastest run is the engine's cost. */
async function best(fn, runs = 9) {
  await fn();
  let fastest = Infinity;
  for (let k = 0; k < runs; k++) {
    globalThis.gc?.();
    const started = performance.now();
    await fn();
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
}

/** Megabytes the garbage collector frees per call of `fn` (10 calls after two warm-ups): what a check allocates. */
function garbagePerCall(fn) {
  fn();
  fn();
  const profiler = new GCProfiler();
  profiler.start();
  for (let k = 0; k < 10; k++) fn();
  const freed = profiler.stop().statistics.reduce((sum, s) => sum + Math.max(0, s.beforeGC.heapStatistics.usedHeapSize - s.afterGC.heapStatistics.usedHeapSize), 0);
  return `${(freed / 10 / 1e6).toFixed(1)} MB`;
}

/**
 * A one-character edit in the middle of a report, checked again (parse + every rule): without the unit cache, and with
 * one kept between the versions as the language server's worker keeps it (local rules re-run on the changed units).
 * Median CPU time of the process over 25 checks each, the two ways interleaved: on a machine shared with other work,
 * wall time measures the other work as much as this.
 */
function editChecks(size, segmenter) {
  const text = reportOfSize(size);
  const at = text.indexOf('\n', text.length >> 1) + 1;
  const versions = [text, `${text.slice(0, at)}一${text.slice(at)}`];
  const cache = new UnitCache();
  const cpu = (unitCache, k) => {
    const started = process.cpuUsage();
    lintDocument(parseReport(versions[k % 2], { format: 'plaintext' }), { segmenter, unitCache });
    const used = process.cpuUsage(started);
    return (used.user + used.system) / 1000;
  };
  const uncached = [];
  const cached = [];
  for (let k = 0; k < 29; k++) {
    const [u, c] = [cpu(undefined, k), cpu(cache, k)];
    if (k >= 4) { uncached.push(u); cached.push(c); }
  }
  const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
  return { uncached: median(uncached), cached: median(cached) };
}

/**
 * Where a one-character edit's time goes in the language server's worker (checkDocument with a unit cache kept between
 * versions, as the worker runs it): the diagnostics (parse, rules, conversion, and passing them to the server), then
 * the rest of the snapshot (hover, figures-view, outline, token models) and passing that to the server (a structured
 * clone, as postMessage makes), then the scavenge the worker runs once the job is done (young-generation.ts).
 * Median CPU time over 20 edits after 4 warm-ups.
 */
function editPhases(size, segmenter) {
  const text = reportOfSize(size);
  const at = text.indexOf('\n', text.length >> 1) + 1;
  const versions = [text, `${text.slice(0, at)}一${text.slice(at)}`];
  const context = { rules: allRules, segmenter, unitCache: new UnitCache() };
  const settings = resolveSettings(undefined, undefined);
  const cpu = () => { const used = process.cpuUsage(); return (used.user + used.system) / 1000; };
  const collectYoungGeneration = youngGenerationCollector();
  const phases = { diagnostics: [], rest: [], passing: [], scavenge: [] };
  for (let k = 0; k < 24; k++) {
    const job = { uri: 'file:///bench/edit.txt', version: k + 1, text: versions[k % 2], languageId: 'plaintext', settings, workspaceFolders: [] };
    const started = cpu();
    let early = 0;
    const snapshot = checkDocument(job, context, (diagnostics) => { structuredClone(diagnostics); early = cpu(); });
    const built = cpu();
    structuredClone(snapshot);
    const passed = cpu();
    collectYoungGeneration();
    if (k < 4) continue;
    phases.diagnostics.push(early - started);
    phases.rest.push(built - early);
    phases.passing.push(passed - built);
    phases.scavenge.push(cpu() - passed);
  }
  const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
  return Object.fromEntries(Object.entries(phases).map(([k, xs]) => [k, median(xs)]));
}

/**
 * editPhases in a process of its own with the lint worker's young generation (V8 sizes it at three semi-spaces), as
 * the server's worker runs it.
 */
function editPhasesAsTheWorker(size) {
  const semiSpaceMb = lintWorkerResourceLimits.maxYoungGenerationSizeMb / 3;
  const run = spawnSync(process.execPath, [`--max-semi-space-size=${semiSpaceMb}`, '--import', 'tsx', fileURLToPath(import.meta.url), '--edit-phases', String(size)], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`edit phases at ${size}: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

export async function benchEngine() {
  const segmenter = loadSegmenter();
  const text = reportOfSize(200_000);
  const doc = parseReport(text, { format: 'plaintext' });
  const run = lintDocument(doc, { segmenter });
  const rules = (pick) => allRules.filter((r) => Object.keys(r.codes).some(pick));
  const edit20k = editChecks(20_000, segmenter);
  const edit200k = editChecks(200_000, segmenter);
  const phases20k = editPhasesAsTheWorker(20_000);
  const phases200k = editPhasesAsTheWorker(200_000);
  return {
    'one-character edit, check again 20k, CPU: without the unit cache': edit20k.uncached,
    'one-character edit, check again 20k, CPU: with the unit cache (the server\'s worker)': edit20k.cached,
    'one-character edit, check again 200k, CPU: without the unit cache': edit200k.uncached,
    'one-character edit, check again 200k, CPU: with the unit cache (the server\'s worker)': edit200k.cached,
    'one-character edit in the server\'s worker 20k, CPU: to the diagnostics (parse, rules, conversion, passed)': phases20k.diagnostics,
    'one-character edit in the server\'s worker 20k, CPU: the rest of the snapshot, built / passed to the server / the scavenge after the job': `${phases20k.rest.toFixed(1)} / ${phases20k.passing.toFixed(1)} / ${phases20k.scavenge.toFixed(1)} ms`,
    'one-character edit in the server\'s worker 200k, CPU: to the diagnostics (parse, rules, conversion, passed)': phases200k.diagnostics,
    'one-character edit in the server\'s worker 200k, CPU: the rest of the snapshot, built / passed to the server / the scavenge after the job': `${phases200k.rest.toFixed(1)} / ${phases200k.passing.toFixed(1)} / ${phases200k.scavenge.toFixed(1)} ms`,
    'parse 200k (segmentation, head, tail, outline, sentences)': await best(() => parseReport(text, { format: 'plaintext' })),
    'punctuation/half-width 200k': await best(() => lintDocument(doc, { rules: rules((c) => c === 'punctuation/half-width'), segmenter })),
    'number/* and figure/* rules 200k (numbers read once per check)': await best(() => lintDocument(doc, { rules: rules((c) => /^(number|figure)\//.test(c)), segmenter })),
    'parse 200k: garbage per parse': garbagePerCall(() => parseReport(text, { format: 'plaintext' })),
    'punctuation/half-width 200k: garbage per check': garbagePerCall(() => lintDocument(doc, { rules: rules((c) => c === 'punctuation/half-width'), segmenter })),
    'all rules 200k (parse included): garbage per check': garbagePerCall(() => lintDocument(parseReport(text, { format: 'plaintext' }), { segmenter })),
    'rules that cut words (meta/year, structure/sections, figure/conflict) 200k': await best(() => lintDocument(doc, { rules: allRules.filter((r) => ['meta/year', 'structure/sections', 'figure/conflict'].includes(r.id)), segmenter })),
    'all rules 200k (parse included)': await best(() => lintDocument(parseReport(text, { format: 'plaintext' }), { segmenter })),
    'hover figures at 200k, before: extracted again per document version': await best(() => extractFigures(doc, segmenter)),
    'hover figures at 200k, now: the lint run\'s analyses': await best(() => run.analyses.figures()),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] === '--edit-phases') {
  console.log(JSON.stringify(editPhases(Number(process.argv[3]), loadSegmenter())));
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  benchEngine().then((r) => console.log(r));
}
