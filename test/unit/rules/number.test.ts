import { numberApprox } from '../../../src/core/rules/number-approx';
import { numberConsistentForm } from '../../../src/core/rules/number-consistent-form';
import { numberMixedForm } from '../../../src/core/rules/number-mixed-form';
import { numberMonthDay } from '../../../src/core/rules/number-month-day';
import { numberRange } from '../../../src/core/rules/number-range';
import { numberSpace } from '../../../src/core/rules/number-space';
import { ruleTable } from '../rule-table';

// Body text only: these rules do not depend on the title or the 主送机关.
const p = (body: string) => `${body}\n`;

ruleTable(numberSpace, {
  valid: [
    p('审结行政诉讼案件131件，其中撤诉61件。'),
    p('二、存在的不足和原因 2022年，全市共办理案件12件。'),
    p('成文于 2023年2月28日。'),
    p('代码 `131 件` 不检查。'),
    p('增长15.5%，办理1,234件。'),
  ],
  invalid: [
    {
      text: p('审结行政诉讼案件131 件，其中撤诉61件。'),
      findings: [{ code: 'number/space', message: '数字前后及数字与计量单位之间不应加空格（GB/T 15835）：“131 件”应写作“131件”', at: '131 件', severity: 'information', fixed: p('审结行政诉讼案件131件，其中撤诉61件。') }],
    },
    {
      name: 'a space before 万',
      text: p('办结150.25 万件。'),
      findings: [{ code: 'number/space', message: /“150\.25 万件”应写作“150\.25万件”/, at: '150.25 万件', fixed: p('办结150.25万件。') }],
    },
    {
      text: p('调处纠纷1 5起。'),
      findings: [{ code: 'number/space', message: /“1 5起”应写作“15起”/, at: '1 5起', fixed: p('调处纠纷15起。') }],
    },
    {
      name: 'space between Chinese text and a count',
      text: p('应诉案件 18件，胜诉率95%。'),
      findings: [{ code: 'number/space', message: /“件 18件”应写作“件18件”/, at: ' 18件', fixed: p('应诉案件18件，胜诉率95%。') }],
    },
    {
      name: 'spaces on both sides',
      text: p('共 131 件。'),
      findings: [{ code: 'number/space', message: /“共 131 件”应写作“共131件”/, at: ' 131 件', fixed: p('共131件。') }],
    },
    { text: p('见第 3 章。'), findings: [{ code: 'number/space', message: /“第 3 章”应写作“第3章”/, at: ' 3 章', fixed: p('见第3章。') }] },
    {
      name: 'many occurrences are one finding with a fix-all',
      text: p('办理 1 件、2 件、3 件、4 件。'),
      findings: [{ code: 'number/space', message: /共4处/, at: ' 1 件', fixed: p('办理1件、2件、3件、4件。') }],
    },
  ],
});

ruleTable(numberMixedForm, {
  valid: [p('涉案金额2.09亿元，培训3万人次，百余场。'), p('4000人参加。')],
  invalid: [
    { text: p('共4千人参加。'), findings: [{ code: 'number/mixed-form', message: '同一数字不应混用阿拉伯数字和汉字数字（GB/T 15835）：“4千”应写作“4000”', at: '4千', fixed: p('共4000人参加。') }] },
    { text: p('挽回损失3千万元。'), findings: [{ code: 'number/mixed-form', message: /“3千万”应写作“3000万”/, at: '3千万', fixed: p('挽回损失3000万元。') }] },
    { text: p('培训5百余人。'), findings: [{ code: 'number/mixed-form', message: /“5百”应写作“500”/, at: '5百', fixed: p('培训500余人。') }] },
  ],
});

ruleTable(numberApprox, {
  valid: [
    p('需要证明办事事项250余项，取消40余项，接待6200余人次，挽回5600余万元，办件120多万件，接待160多万人次。'),
    p('约1000人参加，近300人到场，100人以上，合格率95%以上。'),
    p('一年多来，三十余人。'),
  ],
  invalid: [
    {
      text: p('培训约1000余人。'),
      findings: [{ code: 'number/approx-stacked', message: '约数标记不应叠用（GB/T 15835）：“约1000余人”同时用了“约”和“余”，只保留其一', at: '约1000余人', fixed: p('培训1000余人。') }],
    },
    { text: p('到场近300多人。'), findings: [{ code: 'number/approx-stacked', message: /“近”和“多”/, at: '近300多人', fixed: p('到场300多人。') }] },
    { text: p('参与约100人左右。'), findings: [{ code: 'number/approx-stacked', message: /“约”和“左右”/, at: '约100人左右', fixed: p('参与100人左右。') }] },
    {
      text: p('审查重大决策事项47余件。'),
      findings: [{ code: 'number/approx-non-round', message: '“余”应跟在整十、整百等约整数之后（GB/T 15835）：“47余件”中的47不是约整数，应写确数（如“47件”）或整数约数', at: '47余件', severity: 'warning', fixed: p('审查重大决策事项47件。') }],
    },
    { text: p('解答法律咨询1190余件。'), findings: [{ code: 'number/approx-non-round', message: /1190不是约整数/, at: '1190余件' }] },
    { text: p('集中审批6.9万多件。'), findings: [{ code: 'number/approx-non-round', message: /小数后不应再加“多”/, at: '6.9万多件', fixed: p('集中审批6.9万件。') }] },
  ],
});

ruleTable(numberRange, {
  valid: [
    p('比例为15%～30%，人数5万～10万人，《纲要（2021—2025年）》。'),
    p('发布日期 2022-03-30，索引号 szfb/2024-00352，电话0574-63012345。'),
    p('2019-2020学年。'),
    p('第3-5条，提高3-5个百分点。'),
  ],
  invalid: [
    { text: p('比例为15~30%。'), findings: [{ code: 'number/range-unit', message: '数值范围的两端都应带“%”（GB/T 15835）：“15~30%”应写作“15%~30%”', at: '15~30%', fixed: p('比例为15%~30%。') }] },
    { text: p('比例为15-30%。'), findings: [{ code: 'number/range-unit', message: /应写作“15%～30%”/, at: '15-30%', fixed: p('比例为15%～30%。') }] },
    { text: p('覆盖5~10万人。'), findings: [{ code: 'number/range-unit', message: /两端都应带“万”/, at: '5~10万人', fixed: p('覆盖5万~10万人。') }] },
    {
      text: p('贯彻《纲要(2015-2020年)》精神。'),
      findings: [{ code: 'number/range-dash', message: '表示时间起止应使用一字线“—”，不用连字符“-”（GB/T 15834）：“2015-2020年”应写作“2015—2020年”', at: '2015-2020年', severity: 'information', fixed: p('贯彻《纲要(2015—2020年)》精神。') }],
    },
    { text: p('《行动计划(2018-2020)》'), findings: [{ code: 'number/range-dash', message: /“2018—2020”/, at: '2018-2020', fixed: p('《行动计划(2018—2020)》') }] },
    { text: p('2015年-2020年。'), findings: [{ code: 'number/range-dash', message: /“2015年—2020年”/, at: '2015年-2020年', fixed: p('2015年—2020年。') }] },
    { text: p('1-12月办结。'), findings: [{ code: 'number/range-dash', message: /“1—12月”/, at: '1-12月', fixed: p('1—12月办结。') }] },
  ],
});

ruleTable(numberMonthDay, {
  valid: [
    p('开展“12·4”国家宪法日活动。'),
    p('平均办理时限缩短至1.5日，增长3.5个百分点，版本“2.0”上线。'),
    p('评分“9.1”分。'),
    { name: 'quoted decimals listed together are not day names', text: p('两项得分分别为“9.1”、“9.5”。') },
  ],
  invalid: [
    {
      text: p('开展“4.8”司法日、“5.10”思廉日、“12.4”宪法宣传日活动。'),
      findings: [
        { code: 'number/month-day', message: '月日专名中月和日之间应使用间隔号“·”（GB/T 15835）：“4.8”应写作“4·8”', at: '4.8', severity: 'error', fixed: p('开展“4·8”司法日、“5.10”思廉日、“12.4”宪法宣传日活动。') },
        { code: 'number/month-day', message: /“5·10”/, at: '5.10' },
        { code: 'number/month-day', message: /“12·4”/, at: '12.4' },
      ],
    },
    { text: p('开展12.4国家宪法日活动。'), findings: [{ code: 'number/month-day', message: /“12·4”/, at: '12.4', fixed: p('开展12·4国家宪法日活动。') }] },
    { text: p('开展“12•4”宪法宣传周活动。'), findings: [{ code: 'number/month-day', message: /“12·4”/, at: '12•4' }] },
    { name: 'listed beside a day name written with the middle dot', text: p('结合“3·15”、“6.26”、“5·10”等节点开展宣传。'),
      findings: [{ code: 'number/month-day', message: /“6·26”/, at: '6.26', fixed: p('结合“3·15”、“6·26”、“5·10”等节点开展宣传。') }] },
  ],
});

ruleTable(numberConsistentForm, {
  valid: [
    p('召开会议两次，推行“三项制度”，发放宣传资料3.5万余份。'),
    p('实施“百千万工程”，办理案件100件。'),
    p('发放手册三万余册。'),
  ],
  invalid: [
    {
      text: p('发放宣传资料3.5万余份，受教育群众5万余人。\n\n发放《法律知识手册》三万余册。'),
      findings: [{
        code: 'number/consistent-form',
        message: '同类数量应使用同一种数字形式（GB/T 15835）：此处“三万余册”用汉字数字，文中“5万余人”用阿拉伯数字，建议写作“3万余册”',
        at: '三万余册',
        severity: 'information',
        fixed: p('发放宣传资料3.5万余份，受教育群众5万余人。\n\n发放《法律知识手册》3万余册。'),
      }],
    },
    {
      text: p('开展法治文艺演出100余场，普法活动百余场。'),
      findings: [{ code: 'number/consistent-form', message: /“百余场”用汉字数字，文中“100余场”/, at: '百余场', fixed: p('开展法治文艺演出100余场，普法活动100余场。') }],
    },
    {
      name: 'no fix where the digits would run into the number before them ("3.百余场" would read 3.100)',
      text: p('开展法治文艺演出100余场。\n3.百余场普法活动走进社区。'),
      findings: [{ code: 'number/consistent-form', message: /“百余场”用汉字数字/, at: '百余场', fixed: null }],
    },
  ],
});
