// Acceptance: structure/* and meta/* findings on the five real reports, every one listed and justified.
// Precision over recall: anything not listed here is a spurious finding.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits } from '../../src/core/fixes';
import { lintText } from '../../src/core/lint';
import { allRules } from '../../src/core/rules/index';
import { loadSegmenter } from '../../src/core/segmenter';
import type { Finding } from '../../src/core/types';

const corpus = join(__dirname, '..', 'fixtures', 'corpus');
const rules = allRules.filter((r) => Object.keys(r.codes).some((c) => c.startsWith('structure/') || c.startsWith('meta/')));

/** code, severity, the text the range covers (start of it for long ones). */
type Expected = [code: string, severity: Finding['severity'], at: string];

function lint(file: string) {
  const text = readFileSync(join(corpus, file), 'utf8');
  const run = lintText(text, { format: 'plaintext' }, { rules, segmenter: loadSegmenter(), options: { today: new Date('2025-02-20') } });
  assert.deepEqual(run.failures, []);
  return { text, findings: run.findings.filter((f) => /^(structure|meta)\//.test(f.code)) };
}

function expectExactly(file: string, expected: Expected[]) {
  const { text, findings } = lint(file);
  const got = findings.map((f) => `${f.code} ${f.severity} ${text.slice(f.span.start, f.span.end)}`);
  const want = expected.map(([code, severity, at]) => `${code} ${severity} ${at}`);
  // Long ranges (a whole sentence) are compared by their start.
  assert.deepEqual(got.map((g, k) => (want[k] && g.startsWith(want[k]) ? want[k] : g)), want);
  return { text, findings };
}

describe('corpus: structure and meta findings', () => {
  it('慈溪 (000): lacks item 2, nothing else structural', () => {
    const { findings } = expectExactly('000_f822e31e0fec2d8c.txt', [
      // No heading or paragraph speaks of 问题/不足/差距: item 2 is absent (seed).
      ['structure/missing-section', 'error', '慈溪市司法局关于2019年法治政府建设情况的报告'],
      // No part on item 5 (其他需要报告的情况, optional): a reminder only.
      ['structure/missing-section', 'information', '慈溪市司法局关于2019年法治政府建设情况的报告'],
      // "市人民政府:" — the site normalised the colon to half-width; one finding, fixable.
      ['meta/addressee-colon', 'warning', ':'],
      // The 11 "(一)" markers are half-width: one grouped finding.
      ['structure/numbering-style', 'warning', '(一)'],
      // 今年 ×3, 去年 in a 2019 report published in 2020: ambiguous, information only (本年度 is not: it is the year reported on).
      ['meta/relative-year', 'information', '今年'],
      ['meta/relative-year', 'information', '今年'],
      ['meta/relative-year', 'information', '今年'],
      ['meta/relative-year', 'information', '去年'],
    ]);
    assert.match(findings[0].message, /不足和原因/);
    // Item 3 sits in a run-in heading paragraph ("落实第一责任人职责"), item 4 in the closing "2020年,市司法局将…".
    assert.equal(findings.filter((f) => f.code === 'structure/missing-section' && f.severity === 'error').length, 1);
  });

  it('商洛 (001): one grouped “1、” finding with fix-all, the 工作总结 title, problems without causes, no 落款', () => {
    const { text, findings } = expectExactly('001_cb69d81650a98de4.txt', [
      // No part on item 5 (其他需要报告的情况, optional): a reminder only.
      ['structure/missing-section', 'information', '商洛市2021年法治政府建设工作总结'],
      // "商洛市2021年法治政府建设工作总结": 总结 is not an official document type.
      ['meta/title-type', 'warning', '总结'],
      // "今年是全面依法治市工作的'落实年'" in the lead.
      ['meta/relative-year', 'information', '今年'],
      ['structure/numbering-style', 'warning', '(一)'],
      // 31 "1、" markers: ONE finding, one fix for all.
      ['structure/numbering-style', 'warning', '1、'],
      // "“网办率”年底可达95%": a forecast among the results (seed S10; reported by figure/target).
      ['meta/forecast', 'warning', '年底可达95%'],
      // "今年共调处矛盾纠纷8495件", "计划明年全面完成".
      ['meta/relative-year', 'information', '今年'],
      ['meta/relative-year', 'information', '明年'],
      // "二、存在的问题" lists four problems and no causes (seed: item 2 without causes).
      ['structure/missing-causes', 'warning', '存在的问题'],
      // "三、下一步打算" names no year: a hint only.
      ['meta/plan-year-unstated', 'hint', '下一步打算'],
      // The page ends with "扫描打开手机端": neither signature nor date.
      ['meta/signature-missing', 'warning', '八是加强法治建设督察考核'],
    ]);
    const dun = findings.find((f) => f.code === 'structure/numbering-style' && f.message.startsWith('层次序数“1、”'))!;
    assert.equal(dun.message, '层次序数“1、”应写作“1.”（共31处）：第三层序数后用“.”，不用“、”（GB/T 9704）');
    const fixed = applyEdits(text, dun.fixes[0].edits);
    assert.equal(dun.fixes[0].edits.length, 31);
    assert.doesNotMatch(fixed, /(^|\n)[0-9]{1,2}、/);
    const type = findings.find((f) => f.code === 'meta/title-type')!;
    assert.ok(applyEdits(text, type.fixes[0].edits).includes('商洛市2021年法治政府建设工作报告\n'));
  });

  it('崇川 (002): 成文日期 before the report year ended', () => {
    expectExactly('002_482a1b21e299368d.txt', [
      // The page starts with the lead: no title line.
      ['meta/title-missing', 'warning', '2019年,崇川区政府认真贯彻落实'],
      // No part on item 5 (其他需要报告的情况, optional): a reminder at the first heading.
      ['structure/missing-section', 'information', '2019年法治政府建设工作开展情况'],
      ['structure/numbering-style', 'warning', '(一)'],
      // "今年与公安交警签订委托协议", "今年学田街道成立".
      ['meta/relative-year', 'information', '今年'],
      ['meta/relative-year', 'information', '今年'],
      // "存在问题及2020年工作打算" carries items 2 and 4; the problems are listed without causes.
      ['structure/missing-causes', 'warning', '存在问题及2020年工作打算'],
      // Dated 2019年12月5日 for 2019 ("截至11月底"): the year had not ended.
      ['meta/date-before-year-end', 'warning', '2019年12月5日'],
    ]);
  });

  it('白城 (003): lacks item 3 and has no 落款', () => {
    expectExactly('003_eab364f8fc6d6607.txt', [
      // "主要负责人述法全覆盖" is not the 第一责任人 report (seed: item 3 absent).
      ['structure/missing-section', 'error', '白城市司法局2023年度法治政府建设工作报告'],
      // No part on item 5 (其他需要报告的情况, optional): a reminder only.
      ['structure/missing-section', 'information', '白城市司法局2023年度法治政府建设工作报告'],
      // "六、在法治政府建设工作中存在的问题" lists six problems, no causes.
      ['structure/missing-causes', 'warning', '在法治政府建设工作中存在的问题'],
      ['structure/numbering-style', 'warning', '(一)'],
      ['meta/signature-missing', 'warning', '开展“法企同行”'],
    ]);
  });

  it('海宁 (004): all four items although the report is one line', () => {
    expectExactly('004_7bf61fff27766dcc.txt', [
      // The page starts with the 主送机关: the title was not copied.
      ['meta/title-missing', 'warning', '中共嘉兴市委、嘉兴市人民政府:'],
      ['meta/addressee-colon', 'warning', ':'],
      // No part on item 5 (其他需要报告的情况, optional): a reminder at the first heading.
      ['structure/missing-section', 'information', '党政主要负责人履行推进法治建设第一责任人职责情况'],
      ['structure/numbering-style', 'warning', '(一)'],
    ]);
  });
});
