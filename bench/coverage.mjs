// Relation coverage (a dev tool, not a test): which sentences that state a relation between figures the figure rules
// did not even try. Runs the whole engine over every .txt/.md file under the directories given and lists, per text,
// the sentences with a relation cue whose figures take part in no held relation and no finding.
//   node --import tsx bench/coverage.mjs DIR... [--sample N] [--cue 其中]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport } from '../src/core/document.ts';
import { lintDocument } from '../src/core/lint.ts';
import { loadSegmenter } from '../src/core/segmenter.ts';

const CUES = ['其中', '共', '合计', '总计', '占', '率', '比例', '同比', '增长', '下降', '分别', '包括'];

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const [, value] = args.splice(at, 2);
  return value;
};
const sampleSize = Number(option('--sample', '30'));
const onlyCue = option('--cue', undefined);
if (!args.length) {
  console.error('usage: node --import tsx bench/coverage.mjs DIR... [--sample N] [--cue 其中]');
  process.exit(2);
}

function filesUnder(dir) {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return /\.(txt|md)$/.test(name) && !/^README/i.test(name) ? [path] : [];
  });
}

const overlaps = (a, spans) => spans.some((s) => s.start < a.end && a.start < s.end);

const segmenter = loadSegmenter();
const totals = { texts: 0, held: 0, findings: 0, cued: 0, unchecked: 0 };
const byCue = new Map(CUES.map((c) => [c, { cued: 0, unchecked: 0 }]));
const unchecked = [];
for (const file of args.flatMap(filesUnder)) {
  const text = readFileSync(file, 'utf8');
  const run = lintDocument(parseReport(text, { format: file.endsWith('.md') ? 'markdown' : 'plaintext' }), { segmenter });
  const held = run.analyses.held();
  const figureFindings = run.findings.filter((f) => f.code.startsWith('figure/'));
  const touched = [...held.flatMap((h) => h.spans), ...figureFindings.map((f) => f.span)];
  totals.texts++;
  totals.held += held.length;
  totals.findings += figureFindings.length;
  const { figures, sentences } = run.analyses.figures();
  for (const s of sentences) {
    // A relation needs two figures at least.
    if (s.figures.length < 2) continue;
    const sentence = text.slice(s.span.start, s.span.end);
    const cues = CUES.filter((c) => sentence.includes(c));
    if (!cues.length || (onlyCue && !cues.includes(onlyCue))) continue;
    const tried = s.figures.some((id) => overlaps(figures[id].span, touched));
    totals.cued++;
    if (!tried) totals.unchecked++;
    for (const c of cues) {
      byCue.get(c).cued++;
      if (!tried) byCue.get(c).unchecked++;
    }
    if (!tried) unchecked.push({ file, sentence: sentence.replace(/\s+/g, ' ') });
  }
}

console.log(`texts ${totals.texts}  held relations ${totals.held}  figure findings ${totals.findings}`);
console.log(`sentences with a cue and 2+ figures ${totals.cued}  unchecked ${totals.unchecked}`);
for (const [cue, n] of byCue) if (n.cued) console.log(`  ${cue.padEnd(4, '　')} ${String(n.unchecked).padStart(5)} / ${n.cued}`);
// An even sample over the texts, not the first text's sentences.
const step = Math.max(1, Math.floor(unchecked.length / sampleSize));
for (let k = 0; k < unchecked.length && k / step < sampleSize; k += step) {
  console.log(`\n${unchecked[k].file}\n  ${unchecked[k].sentence}`);
}
