// The year-over-year rules: this year's report (2025) against last year's (2024) of the same body.
import assert from 'node:assert/strict';
import { readPreviousReport, isPreviousReportOf } from '../../../src/core/previous';
import { parseReport } from '../../../src/core/document';
import { lintText } from '../../../src/core/lint';
import { loadSegmenter } from '../../../src/core/segmenter';
import { yearChange } from '../../../src/core/rules/year-change';
import { yearCopied } from '../../../src/core/rules/year-copied';
import { yearPlans } from '../../../src/core/rules/year-plans';
import { ruleTable, runRule } from '../rule-table';
import { cpuTime } from '../cpu-time';

const report = (year: number, body: string, plans = '（一）深化行政执法协调监督工作体系建设。建成县乡两级行政执法协调监督机构。') =>
  `# 青川县人民政府关于${year}年法治政府建设情况的报告\n\n市人民政府：\n\n## 一、${year}年推进法治政府建设的主要举措和成效\n\n${body}\n\n` +
  `## 四、${year + 1}年推进法治政府建设的主要安排\n\n${plans}\n\n青川县人民政府\n\n${year + 1}年2月20日\n`;
const lastYear = (body: string, plans?: string) => report(2024, body, plans);
const thisYear = (body: string, plans?: string) => report(2025, body, plans);
const cases = (previous: string) => ({ previous });

describe('previous report', () => {
  it('is the report of the same issuer for the year before', () => {
    const current = parseReport(thisYear('正文。'), { format: 'markdown' });
    assert.ok(isPreviousReportOf(parseReport(lastYear('正文。'), { format: 'markdown' }), current));
    assert.ok(!isPreviousReportOf(parseReport(report(2023, '正文。'), { format: 'markdown' }), current), 'two years before');
    assert.ok(!isPreviousReportOf(parseReport(lastYear('正文。').replace(/青川县人民政府/g, '平武县人民政府'), { format: 'markdown' }), current), 'another issuer');
    assert.ok(!isPreviousReportOf(current, current), 'the same year');
  });
});

const reviewed = lastYear('全县共受理行政复议案件120件，办结115件。行政复议决定纠错率为8.7%。抽查行政处罚案卷共计160卷。');

ruleTable(yearChange, {
  valid: [
    { name: 'no previous report: silent', text: thisYear('全县共受理行政复议案件135件，较上年增长12%。') },
    { name: 'rounding-consistent change (12.5%)', text: thisYear('全县共受理行政复议案件135件，较上年增长12.5%。'), ...cases(reviewed) },
    { name: 'rounding-consistent change (13%)', text: thisYear('全县共受理行政复议案件135件，同比增长13%。'), ...cases(reviewed) },
    { name: 'lenient rounding accepts truncation', text: thisYear('全县共受理行政复议案件135件，较上年增长12%。'), options: { rounding: 'lenient' }, ...cases(reviewed) },
    { name: 'different scope (市本级)', text: thisYear('市本级受理行政复议案件135件，较上年增长12%。'), ...cases(reviewed) },
    { name: 'a metric of a bare verb names nothing', text: thisYear('行政复议方面，受理135件，较上年增长12%。'), ...cases(lastYear('信访方面，受理120件。')) },
    { name: 'different unit', text: thisYear('全县共受理行政复议案件135起，较上年增长12%。'), ...cases(lastYear('全县共受理行政复议案件120人。')) },
    { name: 'ambiguous metric: two values last year', text: thisYear('全县共受理行政复议案件135件，较上年增长12%。'),
      ...cases(lastYear('全县共受理行政复议案件120件。（二）其他。全县共受理行政复议案件80件。')) },
    { name: 'ambiguous metric: two values this year', text: thisYear('全县共受理行政复议案件135件，较上年增长12%。全县共受理行政复议案件90件。'), ...cases(reviewed) },
    { name: 'a target in last year\'s plan is no figure of the year', text: thisYear('全县共受理行政复议案件135件，较上年增长12%。'),
      ...cases(lastYear('本年办理了一批案件。', '（一）全县共受理行政复议案件120件。')) },
    { name: 'part of a year', text: thisYear('1-6月全县共受理行政复议案件135件，同比增长12%。'), ...cases(reviewed) },
    { name: 'right percentage points', text: thisYear('行政复议决定纠错率为7.4%，较上年下降1.3个百分点。'), ...cases(reviewed) },
    { name: 'right amount', text: thisYear('抽查行政处罚案卷共计180卷，较上年增加20卷。'), ...cases(reviewed) },
    { name: 'approximate figure', text: thisYear('全县共受理行政复议案件约135件，较上年增长12%。'), ...cases(reviewed) },
    { name: 'last year stated right', text: thisYear('全县共受理行政复议案件135件，较上年的120件增长12.5%。'), ...cases(reviewed) },
    { name: '持平 and equal', text: thisYear('全县共受理行政复议案件120件，与上年持平。'), ...cases(reviewed) },
  ],
  invalid: [
    {
      name: 'a wrong 较上年 percent (truncated)', text: thisYear('全县共受理行政复议案件135件，较上年增长12%。'), ...cases(reviewed),
      findings: [{ code: 'year/change-mismatch', at: '12%', severity: 'warning', message: /上年报告（上年\.md）第7行为120件，本年135件，\(135−120\)÷120=12\.50%，应为13%，文中为“12%”/, fixed: thisYear('全县共受理行政复议案件135件，较上年增长13%。') }],
    },
    {
      name: 'a wrong 同比 percent', text: thisYear('全县共受理行政复议案件135件，同比增长20%。'), ...cases(reviewed),
      findings: [{ code: 'year/change-mismatch', at: '20%', message: /应为13%，文中为“20%”/ }],
    },
    {
      name: 'the wrong direction', text: thisYear('全县共受理行政复议案件135件，较上年下降12.5%。'), ...cases(reviewed),
      findings: [{ code: 'year/change-mismatch', at: '12.5%', message: /是增加，文中写作“下降”/ }],
    },
    {
      name: 'wrong percentage points', text: thisYear('行政复议决定纠错率为7.4%，较上年下降2.3个百分点。'), ...cases(reviewed),
      findings: [{ code: 'year/change-mismatch', at: '2.3个百分点', message: /7\.4%−8\.7%=-1\.3个百分点/, fixed: thisYear('行政复议决定纠错率为7.4%，较上年下降1.3个百分点。') }],
    },
    {
      name: 'a wrong amount', text: thisYear('抽查行政处罚案卷共计180卷，较上年增加30卷。'), ...cases(reviewed),
      findings: [{ code: 'year/change-mismatch', at: '30卷', message: /180−160=20，文中为“30卷”/ }],
    },
    {
      name: '持平 but last year differs', text: thisYear('全县共受理行政复议案件135件，与上年持平。'), ...cases(reviewed),
      findings: [{ code: 'year/change-mismatch', at: '135件', message: /与上年持平，但上年报告（上年\.md）第7行为120件/ }],
    },
    {
      name: 'last year\'s value restated wrongly', text: thisYear('全县共受理行政复议案件135件，较上年的118件增长14.4%。'), ...cases(reviewed),
      findings: [{ code: 'year/base-mismatch', at: '118件', message: /上年报告（上年\.md）第7行为120件，文中为“118件”/, fixed: thisYear('全县共受理行政复议案件135件，较上年的120件增长14.4%。') }],
    },
  ],
});

const copiedSentences = '我们坚持和发展新时代“枫桥经验”，推动矛盾纠纷多元化解工作向基层延伸。依托县乡村三级综治中心开展矛盾纠纷排查化解，做到小事不出村、大事不出镇、矛盾不上交。';

ruleTable(yearCopied, {
  valid: [
    { name: 'one sentence kept in a paragraph of new ones', text: thisYear(`全县共调解矛盾纠纷2401件，调解成功2370件。我们坚持和发展新时代“枫桥经验”，推动矛盾纠纷多元化解工作向基层延伸。今年新建了县级调解中心，并组织调解员培训三期。`),
      ...cases(lastYear(copiedSentences)) },
    { name: 'short sentences and law titles', text: thisYear('认真贯彻《中华人民共和国行政复议法》。严格执行《重大行政决策程序暂行条例》。'),
      ...cases(lastYear('认真贯彻《中华人民共和国行政复议法》。严格执行《重大行政决策程序暂行条例》。')) },
    { name: 'headings of the required items', text: thisYear('今年全县新建了县级调解中心，并组织调解员培训三期。'), ...cases(lastYear('去年全县新建了乡镇调解室，并组织调解员培训两期。')) },
    { name: 'rewritten', text: thisYear('依托综治中心排查化解矛盾纠纷，小事就地解决，大事及时化解，矛盾不出县。坚持发展“枫桥经验”，多元化解向基层延伸。'), ...cases(lastYear(copiedSentences)) },
  ],
  invalid: [
    {
      name: 'a paragraph copied', text: thisYear(`（四）依法化解社会矛盾纠纷。全县共调解矛盾纠纷2401件。${copiedSentences}`), ...cases(lastYear(`（四）依法化解社会矛盾纠纷。全县共调解矛盾纠纷2316件。${copiedSentences}`)),
      findings: [{ code: 'year/copied', severity: 'information', at: `依法化解社会矛盾纠纷。全县共调解矛盾纠纷2401件。${copiedSentences}`, message: '本段 2 句与上年报告（上年.md）相同或几乎相同（共 3 句），请核对是否写的是本年度的情况', fixed: null }],
    },
    {
      name: 'a one-sentence paragraph nearly the same', text: thisYear('县政府主要负责人认真履行推进法治建设第一责任人职责，全年主持召开县政府常务会议专题研究法治政府建设工作5次。'),
      ...cases(lastYear('县政府主要负责人认真履行推进法治建设第一责任人职责，全年主持召开县政府常务会议专题研究法治政府建设工作4次。')),
      findings: [{ code: 'year/copied', at: '县政府主要负责人认真履行推进法治建设第一责任人职责，全年主持召开县政府常务会议专题研究法治政府建设工作5次。', message: /整段照抄/ }],
    },
  ],
});

describe('year/copied related locations', () => {
  it('points at each copied sentence with its line in last year\'s report', () => {
    const text = thisYear(`全县共调解矛盾纠纷2401件。${copiedSentences}`);
    const [finding] = runRule(yearCopied, { text, previous: lastYear(copiedSentences) });
    assert.deepEqual(finding.related.map((r) => [text.slice(r.span.start, r.span.end), r.message]), [
      ['我们坚持和发展新时代“枫桥经验”，推动矛盾纠纷多元化解工作向基层延伸。', '与上年报告（上年.md）第7行相同'],
      ['依托县乡村三级综治中心开展矛盾纠纷排查化解，做到小事不出村、大事不出镇、矛盾不上交。', '与上年报告（上年.md）第7行相同'],
    ]);
  });
});

const plans = '（一）推进乡镇综合行政执法改革。整合乡镇执法力量，制定乡镇综合行政执法事项目录。\n\n（二）开展“法律明白人”培养工程。在每个行政村培养法律明白人不少于3名。';

ruleTable(yearPlans, {
  valid: [
    { name: 'every item taken up', text: thisYear('推进乡镇综合行政执法改革，制定执法事项目录。培养法律明白人520名。'), ...cases(lastYear('正文。', plans)) },
    { name: 'a quoted term is enough', text: thisYear('制定乡镇综合行政执法事项目录。“法律明白人”工作有序开展。'), ...cases(lastYear('正文。', plans)) },
    { name: 'an item of generic words only is not judged', text: thisYear('制定乡镇综合行政执法事项目录。'),
      ...cases(lastYear('正文。', '（一）推进乡镇综合行政执法改革。整合乡镇执法力量。\n\n（二）进一步加强法治政府建设工作。')) },
  ],
  invalid: [
    {
      name: 'an item never mentioned', text: thisYear('推进乡镇综合行政执法改革，制定执法事项目录。'), ...cases(lastYear('正文。', plans)),
      findings: [{ code: 'year/plan-forgotten', severity: 'information', at: '2025年推进法治政府建设的主要举措和成效', message: /上年报告（上年\.md）第13行的工作安排“开展“法律明白人”培养工程”在本年报告中未见提及（关键词：法律明白人/ }],
    },
    {
      name: '一是/二是 items of a paragraph', text: thisYear('制定乡镇综合行政执法事项目录。'),
      ...cases(lastYear('正文。', '2025年，我县将重点做好以下工作：一是制定乡镇综合行政执法事项目录，整合执法力量；二是建设县级行政复议智慧平台，实现网上受理和电子送达。')),
      findings: [{ code: 'year/plan-forgotten', at: '2025年推进法治政府建设的主要举措和成效', message: /工作安排“建设县级行政复议智慧平台”/ }],
    },
  ],
});

// Each the worst case of a scan of the year rules, this year's text and last year's alike: under a second each.
describe('year rules on 50,000 pathological characters, with the segmenter', function () {
  this.timeout(120000);
  const size = 50_000;
  const fill = (unit: string) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  const texts: Record<string, string> = {
    'changes against last year without 。': fill('全县共受理行政复议案件135件，较上年增长12%，'),
    '与上年持平 over and over': fill('受理135件，与上年持平，'),
    'a part of the year after many figures': `${fill('受理135件，较上年增长12%，')}1-6月`,
    'one sentence of 50,000 characters': fill('依托县乡村三级综治中心开展矛盾纠纷排查化解'),
    'sentences all copied': fill('依托县乡村三级综治中心开展矛盾纠纷排查化解，做到小事不出村。'),
    'a plan of many items': `## 一、主要举措和成效\n\n正文。\n\n## 二、下一步工作安排\n\n${fill('建设县级行政复议智慧平台，推动网上受理和电子送达。\n\n')}`,
  };
  for (const [name, body] of Object.entries(texts)) {
    it(`${name} in under 1000 ms`, () => {
      const previous = readPreviousReport(lastYear(body), { format: 'markdown' }, '上年.md', loadSegmenter());
      let best = Infinity;
      for (let k = 0; k < 3 && best >= 1000; k++) {
        const { ms, result: run } = cpuTime(() => lintText(thisYear(body), { format: 'markdown' }, { rules: [yearChange, yearCopied, yearPlans], segmenter: loadSegmenter(), previous }));
        best = Math.min(best, ms);
        assert.deepEqual(run.failures, []);
      }
      assert.ok(best < 1000, `took ${best.toFixed(0)} ms`);
    });
  }
});
