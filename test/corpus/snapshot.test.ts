// Every finding on every fixture report, compared with a committed snapshot: a refactoring of the engine must leave
// each code, range, message and fix edit as it was. A change that is meant to alter findings (a new figure pattern)
// rewrites the snapshot with `UPDATE_SNAPSHOTS=1 npx mocha test/corpus/snapshot.test.ts` and commits the diff.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintText } from '../../src/core/lint';
import { loadSegmenter } from '../../src/core/segmenter';
import { positionAt } from '../../src/core/text';
import type { Finding, Span } from '../../src/core/types';
import { readDocx } from '../../src/import/docx';

const root = join(__dirname, '..', '..');
const snapshots = join(__dirname, 'snapshots');
const update = process.env.UPDATE_SNAPSHOTS === '1';

interface Fixture { name: string; text: string; format: 'markdown' | 'plaintext' }

function fixtures(): Fixture[] {
  const corpus = join(root, 'test', 'fixtures', 'corpus');
  const docx = join(root, 'test', 'fixtures', 'docx');
  const examples = join(root, 'examples');
  const list: Fixture[] = [];
  const corpusTexts = readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ f, text: readFileSync(join(corpus, f), 'utf8') }));
  for (const { f, text } of corpusTexts) list.push({ name: `corpus-${f}`, text, format: 'plaintext' });
  // The reports one after the other: long-range passes (conflicts, consistent forms, numbering) meet more material.
  list.push({ name: 'corpus-concatenated', text: corpusTexts.map((c) => c.text).join('\n'), format: 'plaintext' });
  for (const f of readdirSync(examples).filter((f) => f.endsWith('.md')).sort()) {
    list.push({ name: `examples-${f}`, text: readFileSync(join(examples, f), 'utf8'), format: 'markdown' });
  }
  for (const [dir, prefix] of [[docx, 'docx'], [examples, 'examples']] as const) {
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.docx')).sort()) {
      list.push({ name: `${prefix}-${f}`, text: readDocx(readFileSync(join(dir, f))).markdown, format: 'markdown' });
    }
  }
  return list;
}

/** A finding as plain data, with line:column ranges and the quoted text so a snapshot diff reads on its own. */
function describe_(text: string, lineStarts: number[], findings: Finding[]): unknown[] {
  const range = (span: Span) => {
    const a = positionAt(lineStarts, span.start);
    const b = positionAt(lineStarts, span.end);
    return `${a.line + 1}:${a.character + 1}-${b.line + 1}:${b.character + 1}`;
  };
  return findings.map((f) => ({
    code: f.code,
    severity: f.severity,
    range: range(f.span),
    text: text.slice(f.span.start, f.span.end),
    message: f.message,
    fixes: f.fixes.map((fix) => ({
      title: fix.title,
      kind: fix.kind,
      ...(fix.preferred ? { preferred: true } : {}),
      edits: fix.edits.map((e) => ({ range: range(e.span), newText: e.newText })),
    })),
    related: f.related.map((r) => ({ range: range(r.span), message: r.message })),
  }));
}

describe('snapshot: every finding on every fixture report', () => {
  const segmenter = loadSegmenter();
  for (const fixture of fixtures()) {
    it(fixture.name, () => {
      const run = lintText(fixture.text, { format: fixture.format }, { segmenter, options: { today: new Date('2025-02-20') } });
      assert.deepEqual(run.failures, []);
      const actual = describe_(fixture.text, run.doc.lineStarts, run.findings);
      const file = join(snapshots, `${fixture.name}.json`);
      if (update || !existsSync(file)) {
        if (!update) assert.fail(`no snapshot ${file}: run UPDATE_SNAPSHOTS=1 npx mocha test/corpus/snapshot.test.ts`);
        writeFileSync(file, JSON.stringify(actual, null, 1) + '\n');
        return;
      }
      assert.deepEqual(actual, JSON.parse(readFileSync(file, 'utf8')),
        'findings differ from the snapshot; if the change is intended: UPDATE_SNAPSHOTS=1 npx mocha test/corpus/snapshot.test.ts');
    });
  }
});
