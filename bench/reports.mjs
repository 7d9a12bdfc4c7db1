// The bench's inputs: the corpus fixtures, and reports of a given size made of them (real structure and figures).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const corpusDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'corpus');

/** The corpus reports, by file name. */
export const corpus = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => ({ name: f.slice(0, 3), text: readFileSync(join(corpusDir, f), 'utf8') }));
export const corpusTexts = corpus.map((c) => c.text);

/** About `size` characters of real report text: the first corpus report, then the others' bodies. */
export function reportOfSize(size) {
  const parts = [corpusTexts[0]];
  for (let k = 1; parts.join('\n').length < size; k++) parts.push(corpusTexts[k % corpusTexts.length]);
  return parts.join('\n').slice(0, size);
}
