// Seeded, time-bounded fuzzing of lint and fix-all over mutated corpus texts and synthetic figure runs.
// Reproduce a failure with FAZHI_FUZZ_SEED=<seed printed in the assertion> npx mocha test/unit/fuzz.test.ts; run more
// inputs with FAZHI_FUZZ_INPUTS. A fixed number of inputs (not a time budget) keeps CI's run the same on any machine.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, fixAll } from '../../src/core/fixes';
import { lintText } from '../../src/core/lint';
import { loadSegmenter } from '../../src/core/segmenter';
import type { Finding } from '../../src/core/types';
import { figureValues } from './rule-table';

const root = join(__dirname, '..', '..');
const segmenter = loadSegmenter();
const seed = Number(process.env.FAZHI_FUZZ_SEED ?? 20261204);
const inputCount = Number(process.env.FAZHI_FUZZ_INPUTS ?? 60);
const maxLintMs = 1000;

function rng(start: number): (n: number) => number {
  let state = start >>> 0 || 1;
  return (n) => {
    // xorshift32: small, fast, and the same sequence on every machine.
    state ^= state << 13; state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5; state >>>= 0;
    return state % n;
  };
}

const corpus = [
  ...readdirSync(join(root, 'test', 'fixtures', 'corpus')).map((n) => readFileSync(join(root, 'test', 'fixtures', 'corpus', n), 'utf8')),
  readFileSync(join(root, 'examples', 'sample-report.md'), 'utf8'),
];
// Pieces that exercise the figure, number, punctuation and structure rules and the Markdown reader.
const pieces = [
  '共', '其中', '、', '，', '。', '；', '：', '件', '个', '人次', '%', '占', '占比', '同比增长', '下降', '个百分点', '率为',
  '12', '1.2万', '3', '98.6', '（', '）', '(', ')', ',', '.', '\n', '\n\n', '\r', '\r\n', '# ', '## ', '> ', '- ', '**',
  '一、', '（二）', '3.', '（4）', '2023年', '今年', '分别为', '其他', '受理', '审结', '纠错', '约', '余', '多', '—', '~',
  '《', '》', '“', '”', '<!-- ', ' -->', '`', '\u3000', ' ',
];

function mutate(text: string, random: (n: number) => number): string {
  let out = text;
  for (let k = 1 + random(12); k > 0; k--) {
    const at = random(out.length + 1);
    switch (random(5)) {
      case 0: out = out.slice(0, at) + out.slice(at + random(40)); break; // delete a run
      case 1: { const len = random(200); out = out.slice(0, at) + out.slice(at, at + len).repeat(1 + random(3)) + out.slice(at); break; } // repeat a run
      case 2: out = out.slice(0, at) + pieces[random(pieces.length)] + out.slice(at); break; // insert a piece
      case 3: out = out.slice(0, at) + out.slice(at).replace(/[0-9]+/, String(random(2000))); break; // change a number
      default: out = out.slice(0, Math.max(at, 1)); // truncate
    }
  }
  return out;
}

// Runs that made checks super-linear before they were bounded: repeated without a sentence end, or nested.
const runUnits = ['全年共12件，', '12件，', '件1.2万', '其中A类3件、', '占比50%，', '同比增长9%，', '共受理20件。', '（一）', '> - ', '**',
  '12件', '12件、', '“12件', '百余场，', '较上年12件增长12%，', '>', '*a', '一、\n'];

function syntheticRun(random: (n: number) => number): string {
  const size = 2000 + random(48000);
  const unit = runUnits[random(runUnits.length)];
  // Half of them pure (the worst case for a scan), half sprinkled with other pieces.
  const pure = random(2) === 0;
  const mixed = Array.from({ length: Math.ceil(size / unit.length) + 1 }, () => (!pure && random(4) === 0 ? pieces[random(pieces.length)] : unit)).join('');
  return mixed.slice(0, size);
}

/** Lints, retrying a slow run (the machine may be busy): the best of three must be under the bound. */
function timedLint(text: string, format: 'markdown' | 'plaintext'): { findings: Finding[]; ms: number; failures: unknown[] } {
  let best = Infinity;
  let run = lintText(text, { format }, { segmenter });
  for (let attempt = 0; attempt < 3; attempt++) {
    const started = performance.now();
    run = lintText(text, { format }, { segmenter });
    best = Math.min(best, performance.now() - started);
    if (best < maxLintMs || text.length > 50000) break;
  }
  return { findings: run.findings, ms: best, failures: run.failures };
}

function checkInput(text: string, format: 'markdown' | 'plaintext', label: string): void {
  const lint = (t: string) => lintText(t, { format }, { segmenter }).findings;
  const run = timedLint(text, format);
  assert.deepEqual(run.failures, [], `${label}: a rule threw`);
  if (text.length <= 50000) assert.ok(run.ms < maxLintMs, `${label}: ${text.length} characters took ${run.ms.toFixed(0)} ms`);
  const inside = (s: { start: number; end: number }) => s.start >= 0 && s.start <= s.end && s.end <= text.length;
  for (const f of run.findings) {
    assert.ok(inside(f.span), `${label}: ${f.code} span outside the text`);
    f.related.forEach((r) => assert.ok(inside(r.span), `${label}: ${f.code} related span`));
    f.fixes.forEach((fix) => fix.edits.forEach((e) => assert.ok(inside(e.span), `${label}: ${f.code} fix edit`)));
  }
  // Every certain fix, applied alone, removes its finding (a few per input, to stay within the budget).
  const certain = run.findings.filter((f) => f.fixes.some((x) => x.kind === 'certain'));
  for (const f of certain.slice(0, 3)) {
    const fix = f.fixes.find((x) => x.kind === 'certain')!;
    const after = lint(applyEdits(text, fix.edits));
    const same = (g: Finding) => g.code === f.code && g.message === f.message;
    assert.ok(after.filter(same).length < run.findings.filter(same).length, `${label}: "${fix.title}" left its finding ${f.code}: ${f.message}`);
  }
  const once = fixAll(text, lint, undefined, run.findings);
  assert.equal(applyEdits(text, once.edits), once.text, `${label}: fix-all edits do not give its text`);
  assert.equal(fixAll(once.text, lint).text, once.text, `${label}: fix-all twice differs from once`);
  assert.deepEqual(figureValues(once.text, format, segmenter), figureValues(text, format, segmenter), `${label}: fix-all changed a figure`);
}

describe(`fuzz: lint and fix-all on mutated reports and figure runs (seed ${seed})`, function () {
  this.timeout(120_000 + inputCount * 2000);

  it('no exception, ranges inside the text, certain fixes remove their finding, fix-all stable and figure-preserving, < 1 s per input ≤ 50k', () => {
    const random = rng(seed);
    let inputs = 0;
    while (inputs < inputCount) {
      const format = random(2) === 0 ? 'markdown' : 'plaintext';
      const kind = random(3);
      const text = kind === 2 ? syntheticRun(random) : mutate(corpus[random(corpus.length)], random);
      checkInput(text, format, `seed ${seed}, input ${inputs} (${kind === 2 ? 'synthetic' : 'mutated'}, ${format}, ${text.length} chars)`);
      inputs++;
    }
  });
});
