import { figureTableColumn } from '../../../src/core/rules/figure-table-column';
import { reportOf2023 as report, ruleTable } from '../rule-table';

/** Rows of cells joined by "|" as a web page's table is copied. */
const pasted = (rows: string[]) => report(rows.join('\n'));

/** A table a web page gives one cell a line, each cell ending in "|", a blank cell a lone "|" (plain text). */
const stacked = (intro: string, cells: (string | number)[]) =>
  ['某区2023年法治政府建设情况', '', intro, ...cells.map((c) => (c === '' ? '|' : `${c} |`)), '', '以上为全区情况。'].join('\n');

/** 12345 工单 by district: two months side by side, the change and its percent. */
const hotline = (city: string, total: string) => pasted([
  '承办单位 | 上月工单（件） | 本月工单（件） | 增减（件） | 增减幅（%） |',
  '东城区 | 1,250 | 1,310 | 60 | 4.80% |',
  '西城区 | 860 | 817 | -43 | -5.00% |',
  `南城区 | ${city} |`,
  '北城区 | 410 | 451 | 41 | 10.00% |',
  `合 计 | 3,160 | ${total} |`,
]);

/** 城管 cases by category, a Markdown table with subtotals. */
const byCategory = (street: string, parts: string) => report([
  '| 类别 | 立案数 | 结案数 |',
  '| --- | --- | --- |',
  '| 市容环境 | 120 | 118 |',
  `| 街面秩序 | ${street} |`,
  '| 小计 | 215 | 210 |',
  '| 园林绿化 | 40 | 40 |',
  '| 市政设施 | 25 | 24 |',
  `| 小计 | ${parts} |`,
  '| 合计 | 280 | 274 |',
].join('\n'));

/** Problems found and put right by county, the rate named by neither of its columns' words (整改销号率), a cut-off last row. */
const rectified = (rate: string, named = '整改销号率') => pasted([
  `县区 | 排查问题数（个） | 已整改数（个） | ${named} |`,
  '甲区 | 210 | 210 | 100% |',
  `乙县 | 640 | 608 | ${rate} |`,
  '丙县 | 480 | 456 | 95.0% |',
  '丁县 | 350 | 329 | 94.0% |',
  '戊县 | 120 | 114 |',
]);

/** 执法 plans and results by department under a header of two lines (merged cells). */
const byDepartment = (rate: string) => pasted([
  '执法部门 | 全年完成情况 | 上年完成数 | 增/减 |',
  '计划数 | 完成数 | 完成率 | （件） | 幅度 |',
  '市场监管局 | 300 | 312 | 104.00% | 290 | 22 | 7.59% |',
  `生态环境局 | 200 | 188 | ${rate} | 195 | -7 | -3.59% |`,
  '交通运输局 | 150 | 162 | 108.00% | 140 | 22 | 15.71% |',
  '文化旅游局 | 80 | 84 | 105.00% | 80 | 4 | 5.00% |',
]);

/** Reviews by matter, a table on its side: the categories its columns, a count row and a share row. */
const sideways = (share: string) => report([
  '全年新受理行政复议案件200件。',
  '',
  '| 申请事项 | 行政处罚 | 政府信息公开 | 举报投诉处理 | 其他 |',
  '| --- | --- | --- | --- | --- |',
  '| 数量 | 90件 | 50件 | 40件 | 20件 |',
  `| 占新受理数比例 | ${share} | 25% | 20% | 10% |`,
].join('\n'));

/**
 * Reviews by matter on its side as a web page gives it (cells between "|", a trailing "|"), categories with none ("0件 | 0")
 * among them, every share cut off rather than rounded (75÷151=49.668% written 49.66%).
 */
const sidewaysCut = (share: string) => report([
  '2024年度新受理的行政复议151件中，被申请人为县政府部门的案件数量为140件。',
  '申请事项  | 举报投诉处理  | 政府信息公开  | 行政处罚  | 行政强制  | 工伤认定  | 终止调查  | 行政补偿  | ',
  '数量  | 75件  | 16件  | 40件  | 0件  | 0件  | 4件  | 0  | ',
  `占新受理数比例  | 49.66%  | 10.59%  | ${share}  | 0  | 0  | 2.64%  | 0  | `,
].join('\n'));

/** 消费投诉 by type: the top five of goods and of services, one cell a line with group labels and blank cells. */
const complaints = (first: string, third: string) => stacked('本季度共受理投诉3200件，其中商品类1800件，服务类1400件。前五位如下：', [
  '类型', '名称', '投诉量（件）', '占本类比例',
  '商品类', '家用电器', 450, first, '', '食品', 360, '20.00%', '', '服装鞋帽', 270, third, '', '通讯器材', 180, '10.00%', '', '日用百货', 90, '5.00%',
  '服务类', '餐饮服务', 420, '30.00%', '', '美容美发', 280, '20.00%', '', '教育培训', 210, '15.00%', '', '房屋装修', 140, '10.00%', '', '家政服务', 70, '5.00%',
]);

/** The top three kinds of complaints, one cell a line, the share column's "%" in its header only. */
const topThree = (first: string, intro = '本月共受理投诉举报480件，排名前三的类别如下：') =>
  stacked(intro, ['问题类别', '数量', '占全部投诉比重%', '价格收费', 96, first, '预付消费', 72, '15.0', '产品质量', 48, '10.0']);

/** Complaints by office, one cell a paragraph without "|" as a web page gives them, a caption line before the header. */
const byOffice = (rate: string) => ['某市2023年法治政府建设情况', '', '（二）各单位办理情况', '', '投诉办理情况统计表', '',
  ['单位', '受理量', '办结量', '办结率', '东城所', 40, 38, '95.00%', '西城所', 25, 20, '80.00%', '南城所', 60, 57, rate, '北城所', 50, 44, '88.00%'].join('\n\n'),
  '', '以上为全市情况。'].join('\n');

/** 行政执法 by department, a Word table pasted as plain text: cells kept apart by tabs (or runs of spaces). */
const spaced = (gap: string, water: string, total: string) => ['某县2023年法治政府建设情况的报告', '', '一、主要举措和成效', '', '各执法部门办案情况如下：',
  ['执法部门', '检查（次）', '立案（宗）', '罚没（万元）'].join(gap), ['市场监管局', '1,204', '86', '35.2'].join(gap), ['生态环境局', '562', '41', '120.5'].join(gap),
  ['水利局', ...water.split(' ')].join(gap), ['合计', ...total.split(' ')].join(gap), '', '全年未发生行政败诉案件。'].join('\n');

/** Two months of intake by source and the growth column, its four percents given. */
const bySource = (p: string[]) => pasted(['来源 | 上月 | 本月 | 增幅 |', `热线 | 1000 | 1100 | ${p[0]} |`, `网站 | 200 | 250 | ${p[1]} |`, `信件 | 50 | 40 | ${p[2]} |`, `合计 | 1250 | 1390 | ${p[3]} |`]);

/** 诉求 by street, this year and last, the change (its header given) and the share; the page cut off in the last row. */
const byStreet = (change: string) => pasted([
  '各街道受理诉求情况统计',
  `街道 | 2023年 受理量（件） | 2022年 受理量（件） | ${change} | 占全县总量 |`,
  '城东街道 | 6120 | 6130 | -0.16% | 19.10% |',
  '城西街道 | 5230 | 4520 | 15.71% | 16.32% |',
  '城南街道 | 4380 | 4180 | 4.78% | 13.67% |',
  '城北街道 | 3780 | 4190 | -9.79% | 11.80% |',
  '开发区 | 3550 | 2620 | 35.50% | 11.08% |',
  '高新区 | 2810 | 2660 | 5',
]);

/** 消费投诉 by type against the same period of last year, the change in words. */
const byType = (service: string) => pasted(['投诉类型 | 去年同期 | 本期 | 同比 |', '商品类 | 800 | 880 | 上升10.0% |', `服务类 | 500 | 450 | ${service} |`, '其他 | 100 | 120 | 上升20.0% |', '合计 | 1400 | 1450 | 上升3.6% |']);

/** 12345 工单 by way of handling, the 合计 row first. */
const byWay = (total: string) => pasted(['办理方式 | 件数 | 占比 |', `合计 | ${total} | 100.0% |`, '直接答复 | 1,100 | 42.3% |', '转办 | 1,300 | 50.0% |', '其他 | 200 | 7.7% |']);

/** 信息公开 applications by channel, received and closed. */
const byChannel = (closed: string) => pasted(['申请渠道 | 本年新收 | 办结 |', '当面申请 | 12件 | 12件 |', '邮寄申请 | 30件 | 29件 |', '网上申请 | 45件 | 44件 |', `总计 | 87件 | ${closed} |`]);

/** A 政府信息公开 intake table as the template lays it out, rows of one or two label cells, the 总计 row and the one after it given. */
const disclosure = (total: string, carriedOut: string) => pasted([
  '申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |',
  '一、本年新收政府信息公开申请数量 | 40 | 5 | 0 | 0 | 1 | 0 | 46 |',
  '二、上年结转政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |',
  '三、本年度办理结果 | （一）予以公开 | 20 | 2 | 0 | 0 | 1 | 0 | 23 |',
  '（二）部分公开（区分处理的，只计这一情形，不计其他情形） | 6 | 1 | 0 | 0 | 0 | 0 | 7 |',
  '（三）不予公开 | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
  '2.其他法律行政法规禁止公开 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |',
  '3.危及“三安全一稳定” | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
  '（四）无法提供 | 1.本机关不掌握相关政府信息 | 8 | 1 | 0 | 0 | 0 | 0 | 9 |',
  '2.补正后申请内容仍不明确 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |',
  '（五）不予处理 | 1.信访举报投诉类申请 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |',
  '2.重复申请 | 1 | 1 | 0 | 0 | 0 | 0 | 2 |',
  '（六）其他处理 | 1.申请人无正当理由逾期不补正 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |',
  '2.其他 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |',
  `（七）总计 | ${total} |`,
  `四、结转下年度继续办理 | ${carriedOut} |`,
]);

/** Metrics of different kinds side by side, a unit column, two years and the change in whole percents. */
const byMetric = (appeals: string) => pasted(['指标 | 单位 | 2022年 | 2023年 | 增幅 |', '行政复议收案 | 件 | 312 | 356 | 14% |', `行政应诉案件 | 件 | 148 | 131 | ${appeals} |`, '调解成功率 | % | 96.5 | 97.1 | 1% |', '法律援助 | 人次 | 2,035 | 2,187 | 7% |']);

/** 城管 cases by street, a Word table imported as Markdown with its 合计 row in bold. */
const bold = (total: string) => report(['| 街道 | 立案 | 结案 |', '| --- | --- | --- |', '| 东街 | 96 | 95 |', '| 西街 | 74 | 74 |', '| 南街 | 58 | 57 |', `| **合计** | **228** | **${total}** |`].join('\n'));

/** 执法 decisions by kind, numbered items over their numbered sub-items, amounts only on some sub-items. */
const byKind = (total: string) => pasted(['类别 | 件数 | 金额（万元） |', '1.行政处罚 | 50 | 36.5 |', '（1）警告 | 30 | |', '（2）罚款 | 20 | 36.5 |', '2.行政强制 | 12 | 8.0 |', '3.行政许可 | 80 | |', `合计 | ${total} |`]);

/** Problem classes over two years, the change with its arrow (pasted rows, the last one without its closing "|"). */
const byProblem = (row2: string, row3: string) => pasted([
  '排名 | 问题类别 | 2022年（件） | 2023年（件） | 增长率(%) |',
  '1 | 物业管理 | 500 | 600 | ↑20.00 |',
  `2 | 劳动纠纷 | ${row2} |`,
  `3 | 交通出行 | ${row3}`,
]);

/** 信访 by channel, this year before last year, one cell a line as a web page gives it. */
const byWayStacked = (row: (string | number)[]) => stacked('全年受理信访事项2000件。', ['渠道', '本年（件）', '上年（件）', '增减', '来信', 600, 500, '↑20%', ...row, '网上', 200, 250, '↓20%']);

/** 12315 by type, this quarter and the last with the change in brackets, one cell a line as a web page gives it. */
const quarterly = (complaints: string, refunds = '860.40(↑7.55%)') => stacked('本季度消费维权情况如下：', [
  '类别', '2023年三季度（件）', '较二季度（↑增↓减）', '咨询', 4800, '4000(↑20.00%)', '投诉', 2100, complaints, '举报', 900, '1000(↓10.00%)', '挽回损失（万元）', '925.36', refunds,
]);

/** Rows copied from a Word table, cells kept apart by tabs. */
const spacedRows = (rows: string[]) => ['某区2023年上半年行政执法情况', '', '一、执法情况', '', ...rows, '', '以上为全区情况。'].join('\n');

ruleTable(figureTableColumn, {
  valid: [
    { name: 'a rate column its header names beside its numerator column, two other rows fitting', text: pasted(['序号 | 食品种类 | 样品抽检 数量/批次 | 合格样品 数量/批次 | 不合格样品 数量/批次 | 样品 不合格率 |', '1 | 餐饮食品 | 259575 | 242436 | 17139 | 6.60% |', '2 | 炒货食品 | 29099 | 28039 | 1060 | 3.64% |', '3 | 蔬菜制品 | 52620 | 51084 | 1536 | 2.92% |']) },
    // A rate whose header names no column: two other rows prove nothing.
    { name: 'an unnamed percent column, two other rows fitting', text: pasted(['类别 | 甲 | 乙 | 丙 |', '一 | 259575 | 17139 | 6.60% |', '二 | 29099 | 1060 | 4.64% |', '三 | 52620 | 1536 | 2.92% |']) },
    { name: 'this week and last week, every 环比 fitting', text: pasted(['本周数据 | 上周数据 | 环比增长 | 详细分类 |', '住房 | 399 | 348 | 14.66% | 物业管理、房屋修缮 |', '施工扰民 | 122 | 111 | 9.91% | 夜间施工扰民 |']) },
    { name: 'a table one cell a line set off by lone bars, every growth fitting', format: 'plaintext', text: '某市法院2021年上半年民事案件情况\n案由\n|\n2021年上半年新收\n|\n2020年上半年新收\n|\n增幅\n|\n民间借贷纠纷\n|\n4159\n|\n6132\n|\n-32.18%\n|\n机动车交通事故\n责任纠纷\n|\n2456\n|\n3885\n|\n-36.78%\n|\n劳动争议\n|\n1246\n|\n559\n|\n122.90%\n|\n租赁合同纠纷\n|\n833\n|\n548\n|\n52.01%\n|\n' },
    { name: 'rows numbered one cell a line with a narrower 合计 row, adding up', format: 'plaintext', text: '某市法院2022年1-4月民事案件情况\n序号\n|\n法院\n|\n2022年新收(件)\n|\n2021年新收(件)\n|\n1\n|\n川汇区人民法院\n|\n4020\n|\n3343\n|\n2\n|\n鹿邑县人民法院\n|\n3011\n|\n2718\n|\n3\n|\n郸城县人民法院\n|\n2904\n|\n3008\n|\n合计\n|\n9935\n|\n9069\n|\n' },
    // A table of periods by row, its change row fitting every column.
    { name: 'periods by row and their change row, every column fitting', text: pasted(['统计时段 | PM2.5 | PM10 | 二氧化氮 | 臭氧 |', '2019年 | 47 | 92 | 64 | 200 |', '2018年 | 42 | 64 | 56 | 145 |', '变化(%) | 11.9 | 43.8 | 14.3 | 37.9 |']) },
    // A whole on the first row and groups of its parts opened by 其中, each adding up.
    { name: 'a whole and two 其中 groups each adding up to it', text: pasted(['指标 | 年末人口(万人) | 比重(%) |', '总户籍人口 | 88.3 | 100 |', '其中:城镇 | 22.14 | 25 |', '乡村 | 66.16 | 75 |', '其中:男性 | 49.31 | 56 |', '女性 | 38.99 | 44 |']) },
    // Under named periods, more rows off than hold: the column may be of something else.
    { name: 'periods named by the headers, three rows of four off', text: pasted(['类型 | 2025年上半年（件） | 去年同时期 | 同比（%） |', '接收量 | 3412 | 3150 | ↑8.32% |', '受理量 | 2790 | 2415 | ↑6.69% |', '调解成功量 | 1120 | 1000 | ↑2.00% |', '已办结 | 3300 | 3000 | ↑12.00% |']) },
    { name: 'a stated half-year beside the same time the year before (去年同时期), the 同比 column fitting', text: pasted(['类型 | 2025年上半年（件） | 去年同时期 | 同比（%） |', '接收量 | 3412 | 3150 | ↑8.32% |', '受理量 | 2790 | 2415 | ↑15.53% |']) },
    // Last month beside a stated year is no comparison of the two the column could be of.
    { name: 'a stated year beside last month (上月): no order of the two', text: pasted(['类型 | 2025年（件） | 上月 | 同比（%） |', '接收量 | 3412 | 3150 | ↑8.32% |', '受理量 | 2790 | 2415 | ↑6.69% |']) },
    { name: 'a rate column named by any rate word that fits its rows, the last row cut off before its rate', text: rectified('95.0%') },
    // A rate of the two columns no row fits (合格率 beside the failed count) is of something else: nothing to judge by.
    { name: 'a rate column no pair of columns fits', text: rectified('2.0%', '合格率').replace(/100%|95\.0%|94\.0%/g, '88.0%') },
    { name: 'a rate column of a table one cell a paragraph (no "|") that fits its rows', format: 'plaintext', text: byOffice('95.00%') },
    { name: 'three rows of shares (the "%" in the header) that agree with the total stated above', format: 'plaintext', text: topThree('20.0') },
    // Two rows agreeing are too few to judge the third by when the text states no total.
    { name: 'three rows of shares, the first off, no total stated above the table', format: 'plaintext', text: topThree('26.0', '排名前三的类别如下：') },
    { name: 'a table on its side, a count row and a share row that agree', text: sideways('45%') },
    { name: 'a table on its side with categories of none, its shares cut off', format: 'plaintext', text: sidewaysCut('26.49%') },
    // A column of changes beside last year's counts is no share of them: named 同比, or holding a negative percent.
    { name: 'a 同比 column after last year\'s counts, a share column after it', text: byStreet('同比') },
    { name: 'a column of changes holding negative percents, named otherwise', text: byStreet('变动') },
    { name: 'numbered items over their sub-items: the 合计 counts the items only', text: byKind('142 | 44.5') },
    { name: 'a 政府信息公开 intake table that adds up and balances', text: disclosure('41 | 5 | 0 | 0 | 1 | 0 | 47', '2 | 0 | 0 | 0 | 0 | 0 | 2') },
    { name: 'tab-separated rows that add up', format: 'plaintext', text: spaced('\t', '98 12 4.3', '1,864 139 160.0') },
    {
      name: 'a row short of a cell (a blank cell leaves no trace between spaces) ends the table: columns are never guessed',
      format: 'plaintext',
      text: spaced('    ', '98 4.3', '1,864 139 160.0'),
    },
    {
      name: 'prose lines with wide gaps are no table',
      format: 'plaintext',
      text: ['某县2023年法治政府建设情况的报告', '', '一、主要举措和成效', '', '全年办理复议案件120件    其中维持80件    纠错30件', '全年办理诉讼案件60件    其中胜诉50件    败诉5件', '全年开展普法活动300场    覆盖群众5万人次    发放资料2万份'].join('\n'),
    },
    { name: 'a table whose totals, changes and percents all hold', text: hotline('640 | 622 | -18 | -2.81%', '3,200 | 40 | 1.27%') },
    { name: 'subtotals and a total over the subtotals that hold', text: byCategory('95 | 92', '65 | 64') },
    { name: 'completion rates that hold under a header of two lines', text: byDepartment('94.00%') },
    { name: 'shares of two groups that hold, one cell a line', format: 'plaintext', text: complaints('25.00%', '15.00%') },
    {
      name: 'a 合计 row over a subset: a row that is part of the row above it (其中) is not summed',
      text: pasted(['项目 | 本年 | 上年 |', '行政复议 | 40 | 35 |', '其中：维持 | 25 | 20 |', '行政诉讼 | 12 | 10 |', '合计 | 52 | 45 |']),
    },
    {
      name: 'a table of different metrics side by side, two years and the change in whole percents (rounded as written)',
      text: byMetric('-11%'),
    },
    {
      name: 'a column of rates without "%" under a 合计 row: no sum',
      text: pasted(['乡镇 | 受理 | 满意率 |', '东乡 | 120 | 98.5 |', '西乡 | 80 | 97.2 |', '南乡 | 60 | 99.1 |', '合计 | 260 | 98.2 |']),
    },
    {
      name: 'two columns off: a misread table, silent',
      text: pasted(['乡镇 | 调解 | 成功 | 金额 |', '东乡 | 120 | 118 | 35 |', '西乡 | 80 | 77 | 12 |', '南乡 | 60 | 58 | 9 |', '合计 | 270 | 263 | 56 |']),
    },
    {
      name: 'a total in one column only: no other column proves the rows are read right',
      text: pasted(['类别 | 件数 |', '咨询 | 120 |', '投诉 | 80 |', '建议 | 60 |', '合计 | 270 |']),
    },
    {
      name: 'a percent column most rows of which fit no relation (another measure): silent',
      text: bySource(['8.50%', '21.30%', '-18.00%', '11.20%']),
    },
    {
      name: 'a column of targets beside the results, no column computed from two others',
      text: pasted(['指标 | 目标值 | 完成值 | 排名 |', '办结率 | 95% | 97.5% | 3 |', '满意率 | 90% | 96.2% | 5 |', '回访率 | 80% | 85.1% | 2 |']),
    },
    {
      name: 'one cell a line with a blank cell: the rows are not sure, not summed',
      format: 'plaintext',
      text: stacked('各部门办件情况：', ['部门', '受理', '办结', '城管局', 40, 40, '交通局', 30, '', '水务局', 20, 20, '合计', 95, 90]),
    },
    {
      name: 'amounts in 万元 rounded to one decimal: within half a unit per cell',
      text: pasted(['类别 | 件数 | 罚没金额（万元） |', '警告 | 31 | 0.0 |', '罚款 | 54 | 3.4 |', '没收 | 9 | 0.8 |', '合计 | 94 | 4.1 |']),
    },
    {
      name: 'a share that opens a new group inside the table (its own total stated above): no outlier',
      format: 'plaintext',
      text: stacked('共受理投诉3000件，其中商品类2000件，服务类1000件。', ['名称', '投诉量', '占比', '家电', 800, '40.00%', '食品', 600, '30.00%', '服装', 400, '20.00%', '餐饮', 500, '50.00%', '美容', 300, '30.00%', '教培', 200, '20.00%']),
    },
    // A change column beside two columns whose headers name the periods: each row on its own.
    { name: 'a change column with arrows under headers naming two years, all rows right', text: byProblem('400 | 300 | ↓25.00', '250 | 200 | ↓20.00') },
    { name: 'a fall written without its sign, of the right size: left alone', text: byProblem('400 | 300 | 25.00', '250 | 200 | ↓20.00') },
    { name: 'this year first, one cell a line, every change right', format: 'plaintext', text: byWayStacked(['来访', 300, 400, '↓25%']) },
    {
      name: 'headers of one year (目标, 完成) name no order: no change column to check',
      text: pasted(['项目 | 2023年目标（件） | 2023年完成（件） | 增长率(%) |', '普法活动 | 200 | 260 | 35.00 |', '法律咨询 | 500 | 550 | 10.00 |']),
    },
    {
      name: 'three columns of years: which two the change compares is not told',
      text: pasted(['类别 | 2021年 | 2022年 | 2023年 | 增幅 |', '复议 | 100 | 120 | 150 | 50.00% |', '诉讼 | 80 | 90 | 99 | 10.00% |']),
    },
    {
      name: 'two rows of a change column off under named periods: a misread, silent',
      text: byProblem('400 | 300 | ↓35.00', '250 | 200 | ↓30.00'),
    },
    {
      name: 'a change column beside rates (percents are no counts to compare)',
      text: pasted(['指标 | 上年 | 本年 | 增减 |', '办结率 | 95.0% | 96.5% | 1.5% |', '满意率 | 90.0% | 92.0% | 2.0% |']),
    },
    { name: 'earlier counts with the change in brackets, all right (one cell a line; decimals)', format: 'plaintext', text: quarterly('1750(↑20.00%)') },
    {
      name: 'a bare percent in brackets may be a share: not read as a change',
      text: pasted(['类别 | 本年（件） | 上年（件） |', '投诉 | 2100 | 1750(30.00%) |', '举报 | 900 | 1000(10.00%) |', '咨询 | 4800 | 4000(60.00%) |']),
    },
    {
      name: 'a row of two counts besides the bracketed one: which is the current value is not told',
      text: pasted(['类别 | 受理 | 办结 | 上年受理 |', '投诉 | 2100 | 2000 | 1750(↑10.00%) |', '举报 | 900 | 880 | 1000(↓10.00%) |']),
    },
    // Years without 年 before the words, every change right (a blank change over a base of 0 left out).
    pasted([
      '单位 | 2022办结量 | 2023办结量 | 占比 | 同比2022年 |',
      '交通局 | 12 | 18 | 40.0% | 50.0% |',
      '水务局 | 5 | 0 | 0.0% | -100.0% |',
      '文旅局 | 0 | 3 | 6.7% | - |',
      '林业局 | 8 | 6 | 13.3% | -25.0% |',
      '卫健局 | 20 | 18 | 40.0% | -10.0% |',
      '合计 | 45 | 45 | 100.0% | 0.0% |',
    ]),
  ],
  invalid: [
    {
      name: 'a rate column its header names beside its numerator column (不合格率 of 不合格样品), two other rows fitting',
      text: pasted(['序号 | 食品种类 | 样品抽检 数量/批次 | 合格样品 数量/批次 | 不合格样品 数量/批次 | 样品 不合格率 |', '1 | 餐饮食品 | 259575 | 242436 | 17139 | 6.60% |', '2 | 炒货食品 | 29099 | 28039 | 1060 | 4.64% |', '3 | 蔬菜制品 | 52620 | 51084 | 1536 | 2.92% |']),
      findings: [{
        code: 'figure/table-derived',
        message: '表格“炒货食品”行样品不合格率与本行两列不符：1060÷29099=3.64%，应为3.64%，表中为“4.64%”；同列其他2行均为此算式',
        at: '4.64%',
      }],
    },
    {
      name: 'a stated half-year beside the same time the year before (去年同时期): a 同比 that does not fit its row',
      text: pasted(['类型 | 2025年上半年（件） | 去年同时期 | 同比（%） |', '接收量 | 3412 | 3150 | ↑8.32% |', '受理量 | 2790 | 2415 | ↑6.69% |']),
      findings: [{
        code: 'figure/table-derived',
        message: '表格“受理量”行同比与本行两列不符：(2790−2415)÷2415=15.53%，应为↑15.53%，表中为“↑6.69%”（“2025年上半年（件）”比“去年同时期”）',
        at: '↑6.69%',
      }],
    },
    {
      name: 'periods by row and their change row (变化(%)): the column whose change does not fit its two periods',
      text: pasted(['统计时段 | PM2.5 | PM10 | 二氧化氮 | 臭氧 |', '2019年 | 47 | 92 | 64 | 200 |', '2018年 | 44 | 64 | 56 | 145 |', '变化(%) | 11.9 | 43.8 | 14.3 | 37.9 |']),
      findings: [{ code: 'figure/table-derived', at: '11.9', message: '表格“PM2.5”列变化与本列两行不符：(47−44)÷44=6.82%，应为6.8，表中为“11.9”（“2019年”比“2018年”）' }],
    },
    {
      name: 'a whole and two 其中 groups: the group that does not add up to it (its share column and the other group hold)',
      text: pasted(['指标 | 年末人口(万人) | 比重(%) |', '总户籍人口 | 88.3 | 100 |', '其中:城镇 | 22.14 | 25 |', '乡村 | 61.16 | 75 |', '其中:男性 | 49.31 | 56 |', '女性 | 38.99 | 44 |']),
      findings: [{ code: 'figure/table-total', at: '22.14', message: '表格“其中:城镇”一组各行之和与“总户籍人口”行不符：“年末人口(万人)”列22.14+61.16=83.30，“总户籍人口”行为“88.3”（相差5.00）' }],
    },
    {
      name: 'this week and last week under a header with no cell over the labels: the row whose 环比 does not fit',
      text: pasted(['本周数据 | 上周数据 | 环比增长 | 详细分类 |', '住房 | 393 | 348 | 14.66% | 物业管理、房屋修缮 |', '施工扰民 | 122 | 111 | 9.91% | 夜间施工扰民 |']),
      findings: [{ code: 'figure/table-derived', at: '14.66%', message: '表格“住房”行环比与本行两列不符：(393−348)÷348=12.93%，应为12.93%，表中为“14.66%”（“本周数据”比“上周数据”）' }],
    },
    {
      name: 'a table one cell a line, each set off by a line of a lone bar, a label wrapped over two lines',
      format: 'plaintext',
      text: '某市法院2021年上半年民事案件情况\n案由\n|\n2021年上半年新收\n|\n2020年上半年新收\n|\n增幅\n|\n民间借贷纠纷\n|\n4159\n|\n6132\n|\n-32.18%\n|\n机动车交通事故\n责任纠纷\n|\n2456\n|\n3885\n|\n-36.78%\n|\n劳动争议\n|\n1246\n|\n595\n|\n122.90%\n|\n租赁合同纠纷\n|\n833\n|\n548\n|\n52.01%\n|\n',
      findings: [{ code: 'figure/table-derived', at: '122.90%', message: '表格“劳动争议”行增幅与本行两列不符：(1246−595)÷595=109.41%，应为109.41%，表中为“122.90%”；同列其他3行均为此算式' }],
    },
    {
      name: 'rows numbered 1, 2, 3 one cell a line, the 合计 row\'s label over the number\'s column too',
      format: 'plaintext',
      text: '某市法院2022年1-4月民事案件情况\n序号\n|\n法院\n|\n2022年新收(件)\n|\n2021年新收(件)\n|\n1\n|\n川汇区人民法院\n|\n4020\n|\n3343\n|\n2\n|\n鹿邑县人民法院\n|\n3101\n|\n2718\n|\n3\n|\n郸城县人民法院\n|\n2904\n|\n3008\n|\n合计\n|\n9935\n|\n9069\n|\n',
      findings: [{ code: 'figure/table-total', at: '9935', message: '表格“合计”行与其上各行之和不符：“2022年新收(件)”列4020+3101+2904=10025，“合计”行为“9935”（相差90）；同一行其他1列均与各行之和相符' }],
    },
    {
      name: 'periods named by the headers: two rows off of four, each reported (two others hold)',
      text: pasted(['类型 | 2025年上半年（件） | 去年同时期 | 同比（%） |', '接收量 | 3412 | 3150 | ↑8.32% |', '受理量 | 2790 | 2415 | ↑6.69% |', '调解成功量 | 1120 | 1000 | ↑12.00% |', '已办结 | 3300 | 3000 | ↑12.00% |']),
      findings: [
        { code: 'figure/table-derived', message: /“受理量”行同比.*应为↑15\.53%/, at: '↑6.69%' },
        { code: 'figure/table-derived', message: /“已办结”行同比.*\(3300−3000\)÷3000=10\.00%，应为↑10\.00%/, at: '↑12.00%', occurrence: 1 },
      ],
    },
    {
      name: 'half years of two years under the headers (tab-separated rows, 执法 by kind)',
      format: 'plaintext',
      text: spacedRows(['类别\t2022年1-6月\t2023年1-6月\t同比增幅', '简易程序\t300\t330\t10.0%', '普通程序\t120\t150\t52.0%', '听证程序\t20\t18\t-10.0%']),
      findings: [{
        code: 'figure/table-derived',
        message: '表格“普通程序”行同比与本行两列不符：(150−120)÷120=25.00%，应为25.0%，表中为“52.0%”（“2023年1-6月”比“2022年1-6月”）',
        at: '52.0%',
      }],
    },
    {
      name: 'a bracketed change in words after 环比 (调解, pasted rows)',
      text: pasted(['类别 | 本季度（件） | 上季度（件） |', '婚姻家庭 | 420 | 400（环比增长5.00%） |', '邻里纠纷 | 330 | 300（环比增长1.00%） |', '合同纠纷 | 95 | 100（环比下降5.00%） |']),
      findings: [{
        code: 'figure/table-derived',
        message: '表格“邻里纠纷”行括号中的增减幅度与本行数值不符：(330−300)÷300=10.00%，应为增长10.00%，表中为“300（环比增长1.00%）”',
        at: '1.00%',
      }],
    },
    {
      name: 'a change column under named years with a blank change over a base of 0 (the row left out, signed percents)',
      text: pasted(['问题类别 | 2022年（件） | 2023年（件） | 同比增减(%) |', '物业管理 | 500 | 600 | +20.00 |', '劳动纠纷 | 400 | 300 | -35.00 |', '新业态 | 0 | 12 | — |', '交通出行 | 250 | 200 | -20.00 |']),
      findings: [{
        code: 'figure/table-derived',
        message: '表格“劳动纠纷”行同比与本行两列不符：(300−400)÷400=-25.00%，应为-25.00，表中为“-35.00”（“2023年（件）”比“2022年（件）”）',
        at: '-35.00',
      }],
    },
    {
      name: 'an earlier count with a change in brackets that does not fit the row\'s count (one cell a line)',
      format: 'plaintext',
      text: quarterly('1705(↑20.00%)'),
      findings: [{
        code: 'figure/table-derived',
        message: '表格“投诉”行括号中的增减幅度与本行数值不符：(2100−1705)÷1705=23.17%，应为↑23.17%，表中为“1705(↑20.00%)”',
        at: '20.00%',
        occurrence: 1,
        fixed: quarterly('1705(↑23.17%)'),
      }],
    },
    {
      name: 'a bracketed change of an amount with decimals, full-width brackets and a minus (pasted rows)',
      text: pasted(['指标 | 本年 | 上年 |', '罚没金额（万元） | 486.50 | 520.00（-7.44%） |', '案件数（件） | 130 | 125（+4.00%） |']),
      findings: [{
        code: 'figure/table-derived',
        message: '表格“罚没金额（万元）”行括号中的增减幅度与本行数值不符：(486.50−520.00)÷520.00=-6.44%，应为-6.44%，表中为“520.00（-7.44%）”',
        at: '7.44%',
      }],
    },
    {
      name: 'a change with its arrow that does not fit its row, the headers naming the two years (one row proves nothing else)',
      text: byProblem('400 | 300 | ↓35.00', '250 | 200 | ↓20.00'),
      findings: [{
        code: 'figure/table-derived',
        message: '表格“劳动纠纷”行增长率与本行两列不符：(300−400)÷400=-25.00%，应为↓25.00，表中为“↓35.00”（“2023年（件）”比“2022年（件）”）',
        at: '↓35.00',
        fixed: byProblem('400 | 300 | ↓25.00', '250 | 200 | ↓20.00'),
      }],
    },
    {
      name: 'a count off in a row whose change is right for the true count (the row without its closing "|")',
      text: byProblem('400 | 300 | ↓25.00', '205 | 200 | ↓20.00'),
      findings: [{
        code: 'figure/table-derived',
        message: '表格“交通出行”行增长率与本行两列不符：(200−205)÷205=-2.44%，应为↓2.44，表中为“↓20.00”（“2023年（件）”比“2022年（件）”）',
        at: '↓20.00',
      }],
    },
    {
      // Years written without 年 before what the columns count, a share column between them and the change.
      name: 'a change against years named without 年, past a share column',
      text: pasted([
        '单位 | 2022办结量 | 2023办结量 | 占比 | 同比2022年 |',
        '交通局 | 12 | 18 | 40.0% | 50.0% |',
        '水务局 | 5 | 0 | 0.0% | -100.0% |',
        '文旅局 | 0 | 3 | 6.7% | - |',
        '林业局 | 8 | 6 | 13.3% | -52.0% |',
        '卫健局 | 20 | 18 | 40.0% | -10.0% |',
        '合计 | 45 | 45 | 100.0% | 0.0% |',
      ]),
      findings: [{
        code: 'figure/table-derived',
        message: '表格“林业局”行同比与本行两列不符：(6−8)÷8=-25.00%，应为-25.0%，表中为“-52.0%”（“2023办结量”比“2022办结量”）',
        at: '-52.0%',
      }],
    },
    {
      name: 'a change in words under 上年数量 and 本年数量 (Markdown, two rows)',
      text: report(['| 类别 | 上年数量 | 本年数量 | 同比 |', '| --- | --- | --- | --- |', '| 咨询 | 800 | 880 | 上升10% |', '| 投诉 | 400 | 300 | 下降35% |'].join('\n')),
      findings: [{
        code: 'figure/table-derived',
        message: '表格“投诉”行同比与本行两列不符：(300−400)÷400=-25.00%，应为下降25%，表中为“下降35%”（“本年数量”比“上年数量”）',
        at: '下降35%',
      }],
    },
    {
      name: 'this year first, one cell a line, the change with its arrow',
      format: 'plaintext',
      text: byWayStacked(['来访', 300, 400, '↓35%']),
      findings: [{
        code: 'figure/table-derived',
        message: '表格“来访”行增减与本行两列不符：(300−400)÷400=-25.00%，应为↓25%，表中为“↓35%”（“本年（件）”比“上年（件）”）',
        at: '↓35%',
        fixed: byWayStacked(['来访', 300, 400, '↓25%']),
      }],
    },
    {
      name: 'a 政府信息公开 总计 against its numbered items only (not the rows of 一、二 above them)',
      text: disclosure('44 | 5 | 0 | 0 | 1 | 0 | 47', '2 | 0 | 0 | 0 | 0 | 0 | 2'),
      findings: [{
        code: 'figure/table-total',
        message: '表格“（七）总计”行与其上各行之和不符：“自然人”列20+6+0+1+0+8+1+2+1+1+1=41，“（七）总计”行为“44”（相差3）；同一行其他3列均与各行之和相符',
        at: '44',
      }],
    },
    {
      name: 'a 政府信息公开 table whose 结转下年 breaks 新收 + 上年结转 = 总计 + 结转下年 in one column',
      text: disclosure('41 | 5 | 0 | 0 | 1 | 0 | 47', '2 | 0 | 0 | 0 | 0 | 0 | 12'),
      findings: [{
        code: 'figure/table-total',
        message: '表格本年新收、上年结转与办理结果、结转下年不平衡：此列46+3=49（新收+上年结转），47+12=59（“（七）总计”+结转下年），相差10；同表其他3列均平衡',
        at: '12',
      }],
    },
    {
      name: 'rows kept apart by runs of spaces: the 合计 row against a column',
      format: 'plaintext',
      text: spaced('    ', '98 12 4.3', '1,864 193 160.0'),
      findings: [{
        code: 'figure/table-total',
        message: '表格“合计”行与其上各行之和不符：“立案（宗）”列86+41+12=139，“合计”行为“193”（相差54）；同一行其他2列均与各行之和相符',
        at: '193',
        fixed: spaced('    ', '98 12 4.3', '1,864 139 160.0'),
      }],
    },
    {
      name: 'a 合计 row whose one column does not add up (pasted rows, thousands commas, negatives)',
      text: hotline('640 | 622 | -18 | -2.81%', '3,290 | 40 | 1.27%'),
      findings: [{
        code: 'figure/table-total',
        message: '表格“合计”行与其上各行之和不符：“本月工单（件）”列1310+817+622+451=3200，“合计”行为“3,290”（相差90）；同一行其他2列均与各行之和相符',
        at: '3,290',
        fixed: hotline('640 | 622 | -18 | -2.81%', '3,200 | 40 | 1.27%'),
      }],
    },
    {
      name: 'a growth percent that does not fit its row (the earlier column the base)',
      text: hotline('640 | 622 | -18 | -2.18%', '3,200 | 40 | 1.27%'),
      findings: [{
        code: 'figure/table-derived',
        message: '表格“南城区”行增减幅与本行两列不符：(622−640)÷640=-2.81%，应为-2.81%，表中为“-2.18%”；同列其他4行均为此算式',
        at: '-2.18%',
        fixed: hotline('640 | 622 | -18 | -2.81%', '3,200 | 40 | 1.27%'),
      }],
    },
    {
      name: 'a difference that does not fit its row',
      text: hotline('640 | 622 | -81 | -2.81%', '3,200 | 40 | 1.27%'),
      findings: [
        {
          code: 'figure/table-derived',
          message: '表格“南城区”行增减与本行两列不符：622−640=-18，应为-18，表中为“-81”；同列其他4行均为此算式',
          at: '-81',
        },
        {
          code: 'figure/table-total',
          message: '表格“合计”行与其上各行之和不符：“增减（件）”列60-43-81+41=-23，“合计”行为“40”（相差63）；同一行其他2列均与各行之和相符',
          at: '40',
          occurrence: 1,
        },
      ],
    },
    {
      name: 'a whole growth column divided by the later value instead of the earlier one',
      text: bySource(['9.09%', '20.00%', '-25.00%', '10.07%']),
      findings: [{
        code: 'figure/table-derived',
        message: '表格“增幅”列各行都以本期数为基数：如“热线”行(1100−1000)÷1100=9.09%；增减幅应以上期数为基数，100÷1000=10.00%，应为10.00%（本列4行不符）',
        at: '9.09%',
        fixed: bySource(['10.00%', '25.00%', '-20.00%', '11.20%']),
      }],
    },
    {
      name: 'a fall written in words (下降) that does not fit its row; the fix keeps the word',
      text: byType('下降1.0%'),
      findings: [{
        code: 'figure/table-derived',
        message: '表格“服务类”行同比与本行两列不符：(450−500)÷500=-10.00%，应为下降10.0%，表中为“下降1.0%”；同列其他3行均为此算式',
        at: '下降1.0%',
        fixed: byType('下降10.0%'),
      }],
    },
    {
      name: 'a 合计 row first, the rows below it its parts; a share column adding up to 100% proves the rows',
      text: byWay('2,500'),
      findings: [{
        code: 'figure/table-total',
        message: '表格“合计”行与其下各行之和不符：“件数”列1100+1300+200=2600，“合计”行为“2,500”（相差100）；同一行其他1列均与各行之和相符',
        at: '2,500',
        fixed: byWay('2,600'),
      }],
    },
    {
      name: 'a share of the row\'s own whole (执法 by department, counts with their measure word)',
      text: pasted(['执法部门 | 办案数 | 简易程序 | 简易程序占比 |', '公安分局 | 420件 | 315件 | 75.0% |', '市场监管局 | 160件 | 40件 | 52.0% |', '交通运输局 | 90件 | 72件 | 80.0% |', '城管局 | 250件 | 150件 | 60.0% |']),
      findings: [{
        code: 'figure/table-derived',
        message: '表格“市场监管局”行占比与本行两列不符：40÷160=25.00%，应为25.0%，表中为“52.0%”；同列其他3行均为此算式',
        at: '52.0%',
      }],
    },
    {
      name: 'a count column against its 合计 beside a share column without "%" (百分比(%)) adding up to 100, one cell a paragraph',
      format: 'plaintext',
      text: '表1:类别统计表\n\n性质类别\n\n件数\n\n百分比(%)\n\n城建环保\n\n96\n\n41.57\n\n社会事业\n\n45\n\n27.11\n\n财政商贸\n\n19\n\n11.44\n\n工业交通\n\n15\n\n9.04\n\n农业农村\n\n15\n\n9.04\n\n综    合\n\n2\n\n1.2\n\n政治法律\n\n1\n\n0.6\n\n合    计\n\n166\n\n100\n',
      findings: [{ code: 'figure/table-total', message: '表格“合计”行与其上各行之和不符：“件数”列96+45+19+15+15+2+1=193，“合计”行为“166”（相差27）；同一行其他1列均与各行之和相符', at: '166' }],
    },
    {
      name: 'counts with their measure word against the 总计 row (信息公开 by channel)',
      text: byChannel('58件'),
      findings: [{
        code: 'figure/table-total',
        message: '表格“总计”行与其上各行之和不符：“办结”列12+29+44=85，“总计”行为“58件”（相差27）；同一行其他1列均与各行之和相符',
        at: '58件',
        fixed: byChannel('85件'),
      }],
    },
    {
      name: 'percents written without "%" under a header of two lines that says so: the growth column is no sum, its slip is reported',
      text: pasted([
        '案件来源 | 受理数（宗） | 增减幅 |',
        '上年 | 本年 | （%） |',
        '巡查发现 | 2,400 | 2,520 | 5.00 |',
        '热线转办 | 800 | 760 | -5.00 |',
        '群众举报 | 150 | 180 | 20.00 |',
        '媒体曝光 | 50 | 40 | 20.00 |',
        '合 计 | 3,400 | 3,500 | 2.94 |',
      ]),
      findings: [{
        code: 'figure/table-derived',
        message: '表格“媒体曝光”行增减幅与本行两列不符：(40−50)÷50=-20.00%，应为-20.00，表中为“20.00”；同列其他4行均为此算式',
        at: '20.00',
        occurrence: 1,
      }],
    },
    {
      name: 'rows numbered in a first column, the 合计 row leaving the number blank (Markdown, 12345 by district)',
      text: report(['| 序号 | 县区 | 受理 | 办结 |', '| --- | --- | --- | --- |', '| 1 | 城关区 | 1,520 | 1,498 |', '| 2 | 东川县 | 860 | 851 |', '| 3 | 西岭县 | 430 | 430 |', '| 合计 | | 2,810 | 2,789 |'].join('\n')),
      findings: [{
        code: 'figure/table-total',
        message: '表格“合计”行与其上各行之和不符：“办结”列1498+851+430=2779，“合计”行为“2,789”（相差10）；同一行其他1列均与各行之和相符',
        at: '2,789',
      }],
    },
    {
      name: 'a change of one metric among others, its row named by its first cell (not its unit)',
      text: byMetric('-1%'),
      findings: [{
        code: 'figure/table-derived',
        message: '表格“行政应诉案件”行增幅与本行两列不符：(131−148)÷148=-11.49%，应为-11%，表中为“-1%”；同列其他3行均为此算式',
        at: '-1%',
        fixed: byMetric('-11%'),
      }],
    },
    {
      name: 'a 合计 row in bold: the fix keeps the bold marks',
      text: bold('262'),
      findings: [{
        code: 'figure/table-total',
        message: '表格“合计”行与其上各行之和不符：“结案”列95+74+57=226，“合计”行为“**262**”（相差36）；同一行其他1列均与各行之和相符',
        at: '262',
        fixed: bold('226'),
      }],
    },
    {
      name: 'one cell a line, counts with their measure word (调解 by town)',
      format: 'plaintext',
      text: stacked('各乡镇调解情况如下：', ['乡镇', '受理', '调解成功', '东乡', '40件', '38件', '西乡', '35件', '35件', '南乡', '27件', '25件', '合计', '102件', '89件']),
      findings: [{
        code: 'figure/table-total',
        message: '表格“合计”行与其上各行之和不符：“调解成功”列38+35+25=98，“合计”行为“89件”（相差9）；同一行其他1列均与各行之和相符',
        at: '89件',
      }],
    },
    {
      name: 'numbered items over their sub-items: a 合计 off in one column',
      text: byKind('142 | 54.5'),
      findings: [{
        code: 'figure/table-total',
        message: '表格“合计”行与其上各行之和不符：“金额（万元）”列36.5+8.0=44.5，“合计”行为“54.5”（相差10.0）；同一行其他1列均与各行之和相符',
        at: '54.5',
        fixed: byKind('142 | 44.5'),
      }],
    },
    {
      name: 'a 小计 against the rows it closes, the 合计 against the 小计s (Markdown)',
      text: byCategory('95 | 92', '56 | 64'),
      findings: [{
        code: 'figure/table-total',
        message: '表格“小计”行与其上各行之和不符：“立案数”列40+25=65，“小计”行为“56”（相差9）；同一行其他1列均与各行之和相符',
        at: '56',
      }],
    },
    {
      name: 'a completion rate under a header of two lines that does not fit its row',
      text: byDepartment('49.00%'),
      findings: [{
        code: 'figure/table-derived',
        message: '表格“生态环境局”行完成率与本行两列不符：188÷200=94.00%，应为94.00%，表中为“49.00%”；同列其他3行均为此算式',
        at: '49.00%',
        fixed: byDepartment('94.00%'),
      }],
    },
    {
      name: 'one cell a line, a name and numbers a row: the 合计 row against a column (信访 by unit)',
      format: 'plaintext',
      text: stacked('各单位信访件办理情况如下：', ['办理单位', '收到（件）', '按期办结（件）', '信访局', 12, 12, '人社局', 21, 9, '住建局', 7, 7, '合计', 28, 28]),
      findings: [{
        code: 'figure/table-total',
        message: '表格“合计”行与其上各行之和不符：“收到（件）”列12+21+7=40，“合计”行为“28”（相差12）；同一行其他1列均与各行之和相符',
        at: '28',
      }],
    },
    {
      name: 'a share inside a group of a table one cell a line: the rows on both sides agree on the total',
      format: 'plaintext',
      text: complaints('25.00%', '51.00%'),
      findings: [{
        code: 'figure/table-share',
        message: '表格“服装鞋帽”行占比与同组其他各行不符：同组其他各行推算的总数约为1800（450÷25.00%≈1800，360÷20.00%≈1800，180÷10.00%≈1800，90÷5.00%≈1800），本行270÷51.00%≈529；按总数1800计，270÷1800=15.00%，应为15.00%，表中为51.00%',
        at: '51.00%',
        fixed: complaints('25.00%', '15.00%'),
      }],
    },
    {
      name: 'a table on its side (categories as columns), one share against the total the other columns give',
      text: sideways('55%'),
      findings: [{
        code: 'figure/table-share',
        message: '表格“行政处罚”列占比与同组其他各列不符：文中表前所列总数200（50÷25%≈200，40÷20%≈200，20÷10%≈200），本列90÷55%≈164；按总数200计，90÷200=45.00%，应为45%，表中为55%',
        at: '55%',
        fixed: sideways('45%'),
      }],
    },
    {
      name: 'a table on its side with categories of none, its shares cut off: one share against the others\' total',
      format: 'plaintext',
      text: sidewaysCut('28.49%'),
      findings: [{
        code: 'figure/table-share',
        message: '表格“行政处罚”列占比与同组其他各列不符：同组其他各列推算的总数约为151（75÷49.66%≈151，16÷10.59%≈151，4÷2.64%≈152），本列40÷28.49%≈140；按总数151计，40÷151=26.49%，应为26.49%，表中为28.49%',
        at: '28.49%',
        fixed: sidewaysCut('26.49%'),
      }],
    },
    {
      name: 'the first share of a table, its total stated in the text right above the table',
      format: 'plaintext',
      text: complaints('52.00%', '15.00%'),
      findings: [{
        code: 'figure/table-share',
        message: '表格“家用电器”行占比与同组其他各行不符：文中表前所列总数1800（360÷20.00%≈1800，270÷15.00%≈1800，180÷10.00%≈1800），本行450÷52.00%≈865；按总数1800计，450÷1800=25.00%，应为25.00%，表中为52.00%',
        at: '52.00%',
      }],
    },
    {
      name: 'a rate column named by a rate word of its own (整改销号率): the one row that does not fit',
      text: rectified('59.0%'),
      findings: [{
        code: 'figure/table-derived',
        message: '表格“乙县”行整改销号率与本行两列不符：608÷640=95.00%，应为95.0%，表中为“59.0%”；同列其他3行均为此算式',
        at: '59.0%',
        fixed: rectified('95.0%'),
      }],
    },
    {
      name: 'one cell a paragraph without "|", a caption before the header: a completion rate that does not fit its row',
      format: 'plaintext',
      text: byOffice('59.00%'),
      findings: [{
        code: 'figure/table-derived',
        message: '表格“南城所”行办结率与本行两列不符：57÷60=95.00%，应为95.00%，表中为“59.00%”；同列其他3行均为此算式',
        at: '59.00%',
        fixed: byOffice('95.00%'),
      }],
    },
    {
      name: 'the first of three shares, the column a percent by its header, the two others agreeing on the total stated above',
      format: 'plaintext',
      text: topThree('26.0'),
      findings: [{
        code: 'figure/table-share',
        message: '表格“价格收费”行占比与同组其他各行不符：文中表前所列总数480（72÷15.0≈480，48÷10.0≈480），本行96÷26.0≈369；按总数480计，96÷480=20.00%，应为20.0%，表中为26.0',
        at: '26.0',
        fixed: topThree('20.0'),
      }],
    },
  ],
});
