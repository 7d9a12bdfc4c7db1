// textlint-style valid/invalid tables for one rule.
import assert from 'node:assert/strict';
import { applyEdits } from '../../src/core/fixes';
import { lintText } from '../../src/core/lint';
import type { LintOptions, Rule } from '../../src/core/rule';
import { parseReport } from '../../src/core/document';
import { readPreviousReport } from '../../src/core/previous';
import { extractFigures } from '../../src/core/figures';
import { loadSegmenter, type Segmenter } from '../../src/core/segmenter';
import type { Finding, Severity } from '../../src/core/types';
import { UnitCache } from '../../src/core/unit-cache';

/** A body in a report of 2023 with its title and first section: the year a figure of "2022年…" is of another one. */
export const reportOf2023 = (body: string): string =>
  `# 某市人民政府关于2023年法治政府建设情况的报告\n\n市人民政府：\n\n## 一、主要举措和成效\n\n${body}\n`;

export interface ExpectedFinding {
  code: string;
  /** Exact message, or a pattern it must match. */
  message: string | RegExp;
  /** The exact text the finding points at… */
  at: string;
  /** …and which occurrence of it (0-based) when it appears more than once. */
  occurrence?: number;
  severity?: Severity;
  /** Text after applying the finding's first fix; null asserts the finding has no fix. */
  fixed?: string | null;
}

export interface TableCase {
  text: string;
  name?: string;
  format?: 'markdown' | 'plaintext';
  options?: Partial<LintOptions>;
  /** Last year's report (Markdown), for the year-over-year rules. */
  previous?: string;
}

export interface InvalidCase extends TableCase {
  findings: ExpectedFinding[];
}

export interface RuleTable {
  valid: (string | TableCase)[];
  invalid: InvalidCase[];
}

export function runRule(rule: Rule, c: TableCase): Finding[] {
  const segmenter = rule.meta.needsSegmenter ? loadSegmenter() : undefined;
  const previous = c.previous === undefined ? undefined : readPreviousReport(c.previous, { format: 'markdown' }, '上年.md', segmenter);
  const run = lintText(c.text, { format: c.format ?? 'markdown' }, { rules: [rule], options: c.options, segmenter, previous });
  assert.deepEqual(run.failures, [], 'rule threw');
  if (rule.meta.locality) {
    // A local rule run unit by unit (as the language server's worker runs it) must find exactly the same.
    const perUnit = lintText(c.text, { format: c.format ?? 'markdown' }, { rules: [rule], options: c.options, segmenter, unitCache: new UnitCache({ maxMissingShare: 1 }) });
    assert.deepEqual(perUnit.findings, run.findings, `${rule.id} finds otherwise unit by unit (locality '${rule.meta.locality}')`);
  }
  return run.findings;
}

export function ruleTable(rule: Rule, table: RuleTable): void {
  describe(`rule ${rule.id}`, () => {
    for (const raw of table.valid) {
      const c = typeof raw === 'string' ? { text: raw } : raw;
      it(`valid: ${c.name ?? c.text.slice(0, 40).replace(/\n/g, '⏎')}`, () => {
        const found = runRule(rule, c);
        assert.deepEqual(found.map(describeFinding), [], 'expected no findings');
      });
    }
    for (const c of table.invalid) {
      it(`invalid: ${c.name ?? c.text.slice(0, 40).replace(/\n/g, '⏎')}`, () => {
        const found = runRule(rule, c);
        assert.equal(found.length, c.findings.length, `expected ${c.findings.length} findings, got:\n${found.map(describeFinding).join('\n')}`);
        c.findings.forEach((want, k) => {
          const got = found[k];
          assert.equal(got.code, want.code);
          if (typeof want.message === 'string') assert.equal(got.message, want.message);
          else assert.match(got.message, want.message);
          const start = nthIndexOf(c.text, want.at, want.occurrence ?? 0);
          assert.ok(start >= 0, `"${want.at}" not in text`);
          assert.deepEqual(got.span, { start, end: start + want.at.length }, `range of ${want.code}: got "${c.text.slice(got.span.start, got.span.end)}"`);
          if (want.severity) assert.equal(got.severity, want.severity);
          if (want.fixed === null) assert.equal(got.fixes.length, 0, 'expected no fix');
          else if (want.fixed !== undefined) {
            assert.ok(got.fixes.length > 0, 'expected a fix');
            assert.equal(applyEdits(c.text, got.fixes[0].edits), want.fixed);
          }
        });
      });
    }
  });
}

/** The fixes a rule offers on each of its findings in a Markdown text: title, kind and the new texts of the edits. */
export function fixesOffered(rule: Rule, text: string): { title: string; kind: string; values: string[] }[][] {
  return lintText(text, { format: 'markdown' }, { rules: [rule] }).findings.map((f) => f.fixes.map((x) => ({ title: x.title, kind: x.kind, values: x.edits.map((e) => e.newText) })));
}

/** Every figure's value and unit, in order: fix-all may change how a report is written, never what it says. */
export function figureValues(text: string, format: 'markdown' | 'plaintext', segmenter?: Segmenter): string[] {
  return extractFigures(parseReport(text, { format }), segmenter).figures.map((f) => `${f.value}${f.unit}`);
}

export function describeFinding(f: Finding): string {
  return `${f.code} [${f.span.start},${f.span.end}) ${f.severity}: ${f.message}`;
}

function nthIndexOf(text: string, needle: string, n: number): number {
  let at = -1;
  for (let k = 0; k <= n; k++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}
