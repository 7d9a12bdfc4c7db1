import { figureShare } from '../../../src/core/rules/figure-share';
import { ruleTable } from '../rule-table';

const p = (body: string) => `${body}\n`;

ruleTable(figureShare, {
  valid: [
    p('公证处共办理各类公证8527件，其中在线办证3404件，占同期办证总量的39.9%。'),
    p('公证处共办理各类公证8527件，其中在线办证3404件，占比40%。'),
    // Unverifiable: the total is not stated.
    p('通过网格化解纠纷2741起，占镇村两级纠纷调处总数的69.2%。'),
    // The share names another population than the stated total.
    p('全市共有律师500名，其中党员律师120名，占全市党员的15%。'),
    // Any stated total that explains it will do.
    p('共受理案件500件，办结480件，其中调解结案300件，占62.5%。'),
    // A bare 占 right after "40宗，审结27宗" is of the count just before; two bigger counts before it: no guess.
    p('代理行政诉讼案件40宗，审结27宗，占67.5%。'),
    p('收到复议申请50件，受理40件，审结27件，占60%。'),
    // Shares of one total that add up to 100% within rounding.
    p('评查行政处罚行政许可案卷15630件，优秀卷25.6%，合格卷70.6%，不合格卷3.8%。'),
    p('评查案卷300件，优秀卷33.3%，合格卷33.3%，不合格卷33.3%。'),
    // Each share names its part ("优秀卷占…" → 优秀卷390卷), not the count just before it.
    p('共评查案卷1200卷，其中优秀卷390卷，合格卷734卷，不合格卷76卷，优秀卷占32.5%，合格卷占61.2%，不合格卷占6.3%。'),
    // Two percents may be a subset of the categories.
    p('评查案卷300件，优秀卷30%，不合格卷3%。'),
    // Rates and changes are not categories of one total.
    p('应诉案件18件，出庭率100%，胜诉率95%。'),
    p('办理公证8527件，增长42%，下降3%。'),
    // Overlapping groups far from 100% are not a partition.
    p('全市律师500名，党员60%，女性45%。'),
    // 占地 is not a share.
    p('建成法治公园3个，占地面积2000平方米，占地12%。'),
    // A count followed by 中 is the total; the share words may stand in a clause of their own before the percent.
    p('2024年新受理行政复议案件160件中，被申请人为县政府部门的案件130件，占受理案件数比例最高，达81.25%；乡镇政府30件，占受理总数的18.75%。'),
    // That clause speaks of a change, not of the share.
    p('2024年新受理行政复议案件160件中，被申请人为县政府部门的案件130件，占受理案件数的比例较上年有所提高，达90%。'),
    // A count with its own share of the same population is a sibling category, 共 or not: not the total of the next.
    p('从申请事项看，政府信息公开类最多，共120件，占比40%；其次为行政处罚类90件，占比30%；行政许可类60件，占比20%。'),
    // The total written inside the 占 phrase; a total of another kind says nothing about the part.
    p('今年已完成交通建设投资2.2亿元，占年计划2.5亿元的88%。'),
    p('办理法律援助案件300件，占全市1200件的25%。'),
    p('新建口袋公园3个，占全市绿地120公顷的5%。'),
    // Lenient rounding accepts truncation.
    { text: p('共办理公证8527件，其中在线办证3404件，占比39.9%。'), options: { rounding: 'lenient' } },
  ],
  invalid: [
    {
      name: 'the share words in the clause before the percent, the total a count followed by 中',
      text: p('2024年新受理行政复议案件160件中，被申请人为县政府部门的案件130件，占受理案件数比例最高，达83.25%。'),
      findings: [{ code: 'figure/share', at: '83.25%', message: /130件÷160件=81\.25%，应为81\.25%，文中为83\.25%/ }],
    },
    {
      name: 'a later part of the count followed by 中',
      text: p('2024年新受理行政复议案件160件中，被申请人为县政府部门的案件130件，占受理案件数比例最高，达81.25%；乡镇政府30件，占受理总数的19.75%。'),
      findings: [{ code: 'figure/share', at: '19.75%', message: /30件÷160件=18\.75%，应为18\.75%，文中为19\.75%/ }],
    },
    {
      name: 'a total with a share of another population stays the total of its parts',
      text: p('全年共办理公证2000件，占全市的25%，其中在线办证1200件，占比70%。'),
      findings: [{ code: 'figure/share', at: '70%', message: /1200件÷2000件=60\.00%，应为60%，文中为70%/ }],
    },
    {
      name: 'the total written inside the 占 phrase',
      text: p('今年已完成交通建设投资2.2亿元，占年计划2.5亿元的82%。'),
      findings: [{ code: 'figure/share', at: '82%', message: '占比与部分、总数不符：2.2亿元÷2.5亿元=88.00%，应为88%，文中为82%（按82%计，部分约应为2.1亿元）',
        fixed: p('今年已完成交通建设投资2.2亿元，占年计划2.5亿元的88%。') }],
    },
    {
      name: 'the total inside the 占 phrase, the part ending the clause before',
      text: p('办理法律援助案件300件，占全市1200件的20%。'),
      findings: [{ code: 'figure/share', at: '20%', message: /300件÷1200件=25\.00%，应为25%，文中为20%/ }],
    },
    {
      name: 'a bare 占 of the count just before its part',
      text: p('代理行政诉讼案件40宗，审结27宗，占76.5%。'),
      findings: [{ code: 'figure/share', at: '76.5%', message: '占比与部分、总数不符：27宗÷40宗=67.50%，应为67.5%，文中为76.5%（按76.5%计，部分约应为31宗）',
        fixed: p('代理行政诉讼案件40宗，审结27宗，占67.5%。') }],
    },
    {
      name: 'C2: share against part ÷ total',
      text: p('公证处共办理各类公证8527件，比去年同期上升42%，其中在线办证3404件，占同期办证总量的48%，群众满意率达98%。'),
      findings: [{
        code: 'figure/share',
        message: '占比与部分、总数不符：3404件÷8527件=39.92%，应为40%，文中为48%（按48%计，部分约应为4093件）',
        at: '48%',
        severity: 'error',
        fixed: p('公证处共办理各类公证8527件，比去年同期上升42%，其中在线办证3404件，占同期办证总量的40%，群众满意率达98%。'),
      }],
    },
    {
      name: 'truncated share is a warning',
      text: p('共办理公证8527件，其中在线办证3409件，占比39.9%。'),
      findings: [{ code: 'figure/share', message: /应四舍五入为40\.0%/, at: '39.9%', severity: 'warning', fixed: p('共办理公证8527件，其中在线办证3409件，占比40.0%。') }],
    },
    {
      name: 'a named part against the total; the partition is not reported a second time',
      text: p('共评查案卷1200卷，其中优秀卷390卷，合格卷734卷，不合格卷76卷，优秀卷占32.5%，合格卷占61.2%，不合格卷占5.3%。'),
      findings: [{ code: 'figure/share', message: /76卷÷1200卷=6\.33%，应为6\.3%，文中为5\.3%/, at: '5.3%', fixed: p('共评查案卷1200卷，其中优秀卷390卷，合格卷734卷，不合格卷76卷，优秀卷占32.5%，合格卷占61.2%，不合格卷占6.3%。') }],
    },
    {
      name: 'the share is reported against the total it names (受理), not the one marked 共 (申请)',
      text: p('共收到行政复议申请20件，立案受理18件，维持原行政行为7件，占受理案件总数的45%。'),
      findings: [{ code: 'figure/share', message: /7件÷18件=38\.89%，应为39%，文中为45%/, at: '45%', fixed: p('共收到行政复议申请20件，立案受理18件，维持原行政行为7件，占受理案件总数的39%。') }],
    },
    {
      name: 'shares of one total that do not add up to 100%',
      text: p('评查案卷15630件，优秀卷25.6%，合格卷70.6%，不合格卷4.8%。'),
      findings: [{ code: 'figure/share', message: '同一总数的各部分占比之和应为100%：25.6%+70.6%+4.8%=101.0%', at: '4.8%', severity: 'error', fixed: null }],
    },
  ],
});
