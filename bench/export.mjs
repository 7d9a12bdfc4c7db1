// Export timings (render only, after parsing; no segmenter: export never loads one): the largest corpus report and a
// 200,000-character report, each to .docx (target ≤ 300 ms) and to HTML (target ≤ 50 ms). Median of 5 after a warm-up.
// Imports the TypeScript sources: run under tsx, as bench/run.mjs is.
import { fileURLToPath } from 'node:url';
import { parseReport } from '../src/core/document.ts';
import { renderDocx } from '../src/render/docx.ts';
import { renderHtml } from '../src/render/html.ts';
import { corpusTexts, reportOfSize } from './reports.mjs';


/** Median time of `runs` calls of `fn` after a warm-up one. */
export async function median(fn, runs = 5) {
  await fn();
  const times = [];
  for (let k = 0; k < runs; k++) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

export async function benchExport() {
  const largest = corpusTexts.reduce((a, b) => (b.length > a.length ? b : a));
  const big = reportOfSize(200_000);
  const largestDoc = parseReport(largest, { format: 'plaintext' });
  const bigDoc = parseReport(big, { format: 'plaintext' });
  return {
    largestCorpusDocxMs: await median(() => renderDocx(largestDoc)),
    largestCorpusHtmlMs: await median(() => renderHtml(largestDoc)),
    big200kDocxMs: await median(() => renderDocx(bigDoc)),
    big200kHtmlMs: await median(() => renderHtml(bigDoc)),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  benchExport().then((r) => console.log(r));
}
