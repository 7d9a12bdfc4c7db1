// Word draft timings: a 20,000-character report as a .docx — headings numbered by Word's automatic Chinese list,
// built from the corpus texts — read into report text (unzip, XML, numbering, source map), checked, and annotated
// with every finding as a Word comment. Median of 7 after a warm-up. Run under tsx, as bench/run.mjs is.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintText } from '../src/core/lint.ts';
import { loadSegmenter } from '../src/core/segmenter.ts';
import { annotateDocx } from '../src/import/annotate.ts';
import { readDocx } from '../src/import/docx.ts';
import { reportDocx } from '../test/unit/docx-fixture.ts';
import { median } from './export.mjs';

const corpusDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'corpus');

/** Corpus lines as document items: typed 一、/（一）/1. markers become Word automatic numbering. */
function items(size) {
  const texts = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(corpusDir, f), 'utf8'));
  const out = [];
  let length = 0;
  for (let k = 0; length < size; k++) {
    for (const line of texts[k % texts.length].split('\n').map((l) => l.trim()).filter(Boolean)) {
      if (length >= size) break;
      length += line.length;
      const marker = /^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|[0-9]+\.)/.exec(line);
      if (!marker) out.push({ text: line });
      else out.push({ heading: marker[0].endsWith('、') ? 1 : /^[(（]/.test(marker[0]) ? 2 : 3, text: line.slice(marker[0].length) });
    }
  }
  return out;
}

export async function benchDocx() {
  const bytes = await reportDocx(items(20_000));
  const source = readDocx(bytes);
  const segmenter = loadSegmenter();
  const findings = lintText(source.markdown, { format: 'markdown' }, { segmenter }).findings;
  const annotations = findings.map((f) => ({ start: f.span.start, end: f.span.end, paragraphs: [f.message] }));
  return {
    [`20k report as .docx (${(bytes.length / 1024).toFixed(0)} KB, ${source.markdown.length} chars): read`]: await median(() => readDocx(bytes), 7),
    'read + check (all rules)': await median(() => lintText(readDocx(bytes).markdown, { format: 'markdown' }, { segmenter }), 7),
    [`--annotate: ${findings.length} comments written into a copy`]: await median(() => annotateDocx(bytes, source, annotations), 7),
  };
}
