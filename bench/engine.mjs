// Engine timings of issue 12, each as "before → now" measured in the same run: what the engine used to do beside
// what it does now. Imports the TypeScript sources: run under tsx, as bench/run.mjs is.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseReport } from '../src/core/document.ts';
import { extractFigures } from '../src/core/figures.ts';
import { lintDocument } from '../src/core/lint.ts';
import { loadSegmenter } from '../src/core/segmenter.ts';
import { median } from './export.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = join(root, 'test', 'fixtures', 'corpus');

function builtReport(size) {
  const texts = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(corpusDir, f), 'utf8'));
  const parts = [texts[0]];
  for (let k = 1; parts.join('\n').length < size; k++) parts.push(texts[k % texts.length]);
  return parts.join('\n').slice(0, size);
}

export async function benchEngine() {
  const segmenter = loadSegmenter();
  const doc = parseReport(builtReport(200_000), { format: 'plaintext' });
  const run = lintDocument(doc, { segmenter });
  return {
    'hover figures at 200k, before: extracted again per document version': await median(() => extractFigures(doc, segmenter)),
    'hover figures at 200k, now: the lint run\'s analyses': await median(() => run.analyses.figures()),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  benchEngine().then((r) => console.log(r));
}
