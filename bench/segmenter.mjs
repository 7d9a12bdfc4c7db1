// The jieba port (src/core/jieba.ts) against jieba-wasm, the implementation it was ported from (a dev dependency):
// load and first cut in a fresh process (median of 5), and warm cuts of every paragraph of the corpus fixtures
// (median of 15, alternating). Imports the TypeScript sources: run under tsx, as bench/run.mjs is.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Jieba } from '../src/core/jieba.ts';
import { domainWords } from '../src/core/segmenter.ts';
import { corpus } from './reports.mjs';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function freshLoad(script) {
  return median(Array.from({ length: 5 }, () => Number(spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { cwd: root, encoding: 'utf8' }).stdout.trim())));
}

/** The segmenter's load and first cut in a fresh process, its modules already compiled (ms, median of 5). */
export function segmenterLoad() {
  return freshLoad("const s=require('./src/core/segmenter.ts');const t=performance.now();s.loadSegmenter().cut('法治政府建设');console.log(performance.now()-t)");
}

export async function benchSegmenter() {
  const port = segmenterLoad();
  const wasm = freshLoad("const {domainWords}=require('./src/core/segmenter.ts');const t=performance.now();const w=require('jieba-wasm');for(const x of domainWords)w.add_word(x,null,null);w.cut('法治政府建设',true);console.log(performance.now()-t)");
  const paragraphs = corpus.flatMap((c) => c.text.split('\n')).filter(Boolean);
  const characters = paragraphs.reduce((n, p) => n + p.length, 0);
  const ours = Jieba.load(join(root, 'dist', 'jieba.dict'));
  const theirs = require('jieba-wasm');
  for (const word of domainWords) { ours.addWord(word); theirs.add_word(word, null, null); }
  // Alternated, so that a busy machine slows both alike.
  const timesOurs = [];
  const timesTheirs = [];
  const time = (cut) => { const t = performance.now(); for (const p of paragraphs) cut(p); return performance.now() - t; };
  for (let k = 0; k < 15; k++) {
    timesOurs.push(time((p) => ours.cutEnds(p)));
    timesTheirs.push(time((p) => theirs.cut(p, true)));
  }
  const [cutOurs, cutTheirs] = [median(timesOurs), median(timesTheirs)];
  return {
    'jieba load and first cut, port / jieba-wasm (fresh process)': `${port.toFixed(1)} / ${wasm.toFixed(1)} ms`,
    [`jieba cut of the corpus fixtures (${characters} characters), port / jieba-wasm`]: `${cutOurs.toFixed(1)} / ${cutTheirs.toFixed(1)} ms`,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  benchSegmenter().then((r) => console.log(r));
}
