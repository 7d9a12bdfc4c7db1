// Every row of test/fixtures/seed-figures.tsv, asserted against allRules with the segmenter loaded:
// ERROR rows are found with the expected code at the expected figure, WARN rows as warning or information,
// OK / UNVERIFIABLE rows stay silent (no error or warning touching the quote), INFO rows raise no error.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { lintText } from '../../src/core/lint';
import { loadSegmenter } from '../../src/core/segmenter';
import type { Finding, Span } from '../../src/core/types';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const TODAY = new Date('2024-06-01T00:00:00Z');

type Expect =
  /** Must be reported with this code (a prefix ending in "/" accepts any code of the family) on `at`. */
  | { kind: 'error' | 'warn'; code: string; at: string[] }
  /** No error or warning on the quote, except the listed codes (formatting issues the verdict mentions). */
  | { kind: 'silent'; tolerate?: string[] }
  /** No error on the quote. */
  | { kind: 'no-error' }
  /** The quote is not in the fixture text (page chrome the source site dropped): nothing to assert but that. */
  | { kind: 'absent' };

// Row id → expectation. Codes of other helpers' rules: figure/change|conflict|target, number/*, meta/*.
const EXPECT: Record<string, Expect> = {
  C1: { kind: 'error', code: 'figure/sum', at: ['411家'] },
  C2: { kind: 'error', code: 'figure/share', at: ['48%'] },
  C3: { kind: 'silent' },
  C4: { kind: 'silent' },
  C5: { kind: 'silent' },
  C6: { kind: 'silent', tolerate: ['number/space'] },
  C7: { kind: 'silent' },
  C8: { kind: 'silent' },
  C9: { kind: 'silent' },
  C10: { kind: 'silent' },
  C11: { kind: 'silent' },
  C12: { kind: 'warn', code: 'figure/conflict', at: ['23个', '19件'] },
  C13: { kind: 'warn', code: 'figure/conflict', at: ['19个', '18个'] },
  C14: { kind: 'no-error' },
  C15: { kind: 'silent' },
  C16: { kind: 'silent' },
  C17: { kind: 'silent' },
  S1: { kind: 'silent' },
  S2: { kind: 'silent' },
  S3: { kind: 'silent' },
  S4: { kind: 'error', code: 'figure/sum', at: ['13件'] },
  S5: { kind: 'warn', code: 'figure/rate', at: ['99.51%'] },
  S6: { kind: 'silent' },
  S7: { kind: 'silent' },
  S8: { kind: 'silent' },
  S9: { kind: 'silent' },
  S10: { kind: 'warn', code: 'meta/', at: ['年底可达95%'] },
  S11: { kind: 'warn', code: 'number/approx-non-round', at: ['47余件', '1190余件', '6.9万多件', '3.5万余份'] },
  S12: { kind: 'warn', code: 'number/consistent-form', at: ['三万余册'] },
  S13: { kind: 'silent', tolerate: ['number/range-dash'] },
  S14: { kind: 'warn', code: 'meta/relative-year', at: ['今年是', '今年共调处', '明年全面完成'] },
  S15: { kind: 'absent' },
  H1: { kind: 'silent' },
  H2: { kind: 'silent' },
  H3: { kind: 'silent' },
  H4: { kind: 'warn', code: 'figure/rate', at: ['99.9%'] },
  H5: { kind: 'silent' },
  H6: { kind: 'silent' },
  H7: { kind: 'silent' },
  H8: { kind: 'silent' },
  H9: { kind: 'absent' },
  H10: { kind: 'warn', code: 'meta/date-before-year-end', at: ['2019年12月5日'] },
  H11: { kind: 'error', code: 'number/month-day', at: ['4.8', '5.10', '12.4'] },
  H12: { kind: 'silent', tolerate: ['number/range-dash'] },
  B1: { kind: 'silent' },
  B2: { kind: 'error', code: 'figure/rate', at: ['95%'] },
  B3: { kind: 'silent' },
  B4: { kind: 'silent', tolerate: ['figure/target'] },
  B5: { kind: 'error', code: 'figure/target', at: ['60%', '40%'] },
  B6: { kind: 'silent' },
  B7: { kind: 'no-error' },
  B8: { kind: 'warn', code: 'figure/change', at: ['552.61%'] },
  B9: { kind: 'silent' },
  B10: { kind: 'silent' },
  N1: { kind: 'silent', tolerate: ['number/'] },
  N2: { kind: 'silent' },
  N3: { kind: 'silent' },
  N4: { kind: 'silent' },
  N5: { kind: 'silent' },
  N6: { kind: 'silent' },
  N7: { kind: 'silent' },
  N8: { kind: 'silent' },
};

// Quote pieces that the tsv abbreviates: where the text really says it.
const PIECES: Record<string, string[]> = {
  C14: ['需要证明办事事项250余项', '拟保留110项,取消项目40余项,实行告知承诺制46项'],
  C16: ['庆祝新中国成立70周年'],
  C17: ['慈溪市司法局关于2019年法治政府建设情况的报告', '2020年,市司法局将继续', '2020年1月21日'],
  S12: ['发放宣传资料3.5万余份', '手册》三万余册'],
  S13: ['“八五”普法', '“七五”普法先进', '纲要(2021-2025年)'],
  H1: ['收到行政复议申请73件,受理53件,结案50件', '维持决定26件,驳回复议申请4件,撤销10件,确认违法4件,经协调后终止复议程序6件'],
  H4: ['调处矛盾纠纷4708起,成功化解矛盾纠纷4706起,调处成功率99.9%'],
  H10: ['2019年12月5日', '截至11月底', '前三季度', '计划在12月上旬'],
  B4: ['五星级司法所50个,四星级司法所34个,三星级司法所20个,实现“星”级司法所全覆盖'],
  B5: ['四星级以上司法所达到60%,五星级司法所达到40%'],
  B9: ['全市73个乡镇', '覆盖105个乡镇(街道)'],
  B10: ['2023年度', '“八五”普法决议中期', '新修订的《行政复议法》', '2024年工作安排'],
  N6: ['145个行政村2709个村民小组', '2912名法律明白人', '村民小组“法律明白人”全覆盖'],
  N8: ['2022年,海宁市', '党的二十大', '2023年度工作计划', '2023年2月28日'],
};

interface Row {
  id: string;
  file: string;
  quote: string;
  verdict: string;
}

function readRows(): Row[] {
  const lines = fs.readFileSync(path.join(FIXTURES, 'seed-figures.tsv'), 'utf8').trim().split('\n').slice(1);
  return lines.map((line) => {
    const [id, file, quote, , verdict] = line.split('\t');
    return { id, file, quote, verdict };
  });
}

function quotePieces(row: Row): string[] {
  return PIECES[row.id] ?? row.quote.split(/…|\s\/\s/).map((p) => p.replace(/\s*\(report year[^)]*\)$/, '').trim()).filter(Boolean);
}

// The families the verdicts speak about. Document-level findings (missing title or section) span whole paragraphs
// and say nothing about a row's figures.
const JUDGED = ['figure/', 'number/', 'punctuation/', 'meta/date', 'meta/plan-year', 'meta/relative-year', 'meta/forecast'];

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

const corpus = new Map<string, { text: string; findings: Finding[] }>();

function lintCorpusFile(prefix: string): { text: string; findings: Finding[] } {
  const cached = corpus.get(prefix);
  if (cached) return cached;
  const name = fs.readdirSync(path.join(FIXTURES, 'corpus')).find((f) => f.startsWith(prefix));
  assert.ok(name, `no corpus file ${prefix}`);
  const text = fs.readFileSync(path.join(FIXTURES, 'corpus', name), 'utf8');
  const run = lintText(text, { format: 'plaintext' }, { segmenter: loadSegmenter(), options: { today: TODAY } });
  assert.deepEqual(run.failures, [], 'a rule threw');
  const entry = { text, findings: run.findings };
  corpus.set(prefix, entry);
  return entry;
}

const codeMatches = (want: string, code: string) => (want.endsWith('/') ? code.startsWith(want) : code === want);
const show = (text: string, f: Finding) => `${f.code} ${f.severity} "${text.slice(f.span.start, f.span.end)}": ${f.message}`;

describe('seed figures (test/fixtures/seed-figures.tsv) against allRules', function () {
  this.timeout(60000);
  const rows = readRows();

  it('has an expectation for every row', () => {
    assert.deepEqual(rows.map((r) => r.id).filter((id) => !EXPECT[id]), []);
  });

  for (const row of rows) {
    const expect = EXPECT[row.id];
    if (!expect) continue;
    it(`${row.id} ${row.verdict.slice(0, 40)}`, () => {
      const { text, findings } = lintCorpusFile(row.file.slice(0, 3));
      const pieces = quotePieces(row);
      if (expect.kind === 'absent') {
        assert.ok(pieces.every((p) => !text.includes(p)), 'the quote is in the text now: give the row a real expectation');
        return;
      }
      const regions: Span[] = pieces.map((p) => {
        const at = text.indexOf(p);
        assert.ok(at >= 0, `quote piece not in the text: ${p}`);
        return { start: at, end: at + p.length };
      });
      const touching = findings.filter((f) => JUDGED.some((j) => f.code.startsWith(j)) && regions.some((r) => overlaps(r, f.span)));
      if (expect.kind === 'silent') {
        const loud = touching.filter(
          (f) => (f.severity === 'error' || f.severity === 'warning') && !(expect.tolerate ?? []).some((t) => codeMatches(t, f.code)),
        );
        assert.deepEqual(loud.map((f) => show(text, f)), []);
        return;
      }
      if (expect.kind === 'no-error') {
        assert.deepEqual(touching.filter((f) => f.severity === 'error').map((f) => show(text, f)), []);
        return;
      }
      for (const at of expect.at) {
        const region = regions.find((r) => text.slice(r.start, r.end).includes(at));
        const start = region ? text.indexOf(at, region.start) : text.indexOf(at);
        assert.ok(start >= 0, `"${at}" not in the text`);
        const target = { start, end: start + at.length };
        const hit: Finding | undefined = findings.find((f) => codeMatches(expect.code, f.code) && overlaps(f.span, target));
        assert.ok(hit, `no ${expect.code} on "${at}"; on the quote: ${touching.map((f) => show(text, f)).join(' | ') || 'nothing'}`);
        if (expect.kind === 'warn') assert.ok(hit.severity === 'warning' || hit.severity === 'information', show(text, hit));
        if (expect.kind === 'error' && expect.code.startsWith('figure/')) assert.equal(hit.severity, 'error', show(text, hit));
      }
    });
  }
});
