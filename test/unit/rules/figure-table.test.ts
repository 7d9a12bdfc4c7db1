import { figureTable } from '../../../src/core/rules/figure-table';
import { reportOf2023 as report, ruleTable } from '../rule-table';

/** A 政府信息公开 intake table as a Word draft's table reaches the text (Markdown, merged header cells). */
const disclosure = (firstRow: string) => report([
  '| 申请人情况 | | | | | | | |',
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
  '| | 自然人 | 法人或其他组织 | 总计 | | | | |',
  '| | | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | |',
  `| 一、本年新收政府信息公开申请数量 | ${firstRow} |`,
  '| 二、上年结转政府信息公开申请数量 | 4 | 1 | 0 | 0 | 0 | 0 | 5 |',
  '| 四、结转下年度继续办理 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |',
].join('\n'));

/** A table a web page gives one cell a line, each cell's "|" on the line after it (plain text). */
const celled = (cells: (string | number)[]) => ['某县人民法院2023年行政审判情况', '', '表一：各法院新收一审行政案件情况',
  ...cells.flatMap((c) => [String(c), '|']), '', '以上为全县情况。'].join('\n');
const COURT_HEADER = ['序号', '法院', '旧存', '新收', '总计', '上年同期新收'];

/** A table a web page gives one cell a paragraph, without "|" (plain text, a blank line between cells). */
const bare = (caption: string, cells: (string | number)[]) => ['某县2023年法治政府建设情况', '', caption, '', cells.join('\n\n'), '', '以上为全县情况。'].join('\n');
const STREET_HEADER = ['序号', '街道', '已办结', '办理中', '合计'];
// A header cell joining two names by 、 ("咨询、建议").
const CHANNEL_HEADER = ['序号', '单位', '咨询、建议', '投诉', '举报', '小计'];

/** Rows of cells joined by "|" as a web page's table is copied, no header. */
const pasted = (rows: string[]) => report(rows.join('\n'));

ruleTable(figureTable, {
  valid: [
    { name: 'cells one a paragraph without "|", a header cell joining two names by 、, rows that add up', format: 'plaintext', text: bare('各单位咨询投诉举报情况统计表（单位：件）', [...CHANNEL_HEADER, 1, '甲区局', 1532, 392, 51, 1975, 2, '乙区局', 1180, 247, 22, 1449, 3, '丙区局', 963, 281, 37, 1281]) },
    { name: 'cells one a paragraph without "|", rows numbered, that add up', format: 'plaintext', text: bare('附件：各街道诉求办理情况统计表', [...STREET_HEADER, 1, '东街', 30, 2, 32, 2, '西街', 25, 5, 30, 3, '南街', 18, 1, 19]) },
    // Short lines that are no table: a name and a number each, no header wider than one.
    { name: 'short lines of names and numbers with no header make no table', format: 'plaintext', text: bare('附件：各街道诉求件数', ['东街', 30, '西街', 25, '南街', 18, '合计', 72]) },
    { name: 'a disclosure table that adds up', text: disclosure('58 | 7 | 0 | 0 | 1 | 0 | 66') },
    { name: 'pasted rows that add up', text: pasted(['城区 | 120 | 35 | 155 |', '东乡镇 | 48 | 12 | 60 |', '西乡镇 | 30 | 9 | 39 |', '南乡镇 | 22 | 5 | 27 |']) },
    { name: 'no row proves a sum (years side by side)', text: pasted(['行政复议 | 120 | 135 | 150 |', '行政应诉 | 48 | 52 | 61 |', '人民调解 | 3,021 | 2,980 | 3,105 |']) },
    // A wide table the page wrapped: the header naming the total comes after a row of numbers, over the row's second line.
    { name: 'a wrapped table, its total\'s header on the second line', text: pasted(['单位名称 | 警告 | 通报批评 | 罚款 | 没收违法所得 | 没收非法财物 | 暂扣许可证件 | 降低资质等级 | 吊销许可证件 |', '竹山县文化和旅游局 | 8 | 0 | 0 | 0 | 304册 | 0 | 0 | 0 |', '限制开展生产经营活动 | 责令停产停业 | 责令关闭 | 限制从业 | 行政拘留 | 其他行政处罚 | 合计 (宗) | 罚没金额(万元) | |', '0 | 1 | 0 | 0 | 0 | 0 | 9 | 0 |']) },
    { name: 'two rows off: no table of totals', text: pasted(['城区 | 120 | 35 | 155 |', '东乡镇 | 48 | 12 | 61 |', '西乡镇 | 30 | 9 | 40 |', '南乡镇 | 22 | 5 | 27 |']) },
    { name: 'one row holding is no proof without a header naming the total', text: pasted(['城区 | 120 | 35 | 155 |', '东乡镇 | 48 | 12 | 61 |']) },
    {
      name: 'amounts rounded to one decimal: within half a unit of the last digit per cell',
      text: pasted(['罚款 | 12.4 | 3.3 | 15.8 |', '没收 | 1.2 | 0.7 | 1.9 |', '其他 | 5.5 | 2.1 | 7.6 |', '合计 | 19.1 | 6.1 | 25.3 |']),
    },
    { name: 'percentages only', text: pasted(['办结率 | 98% | 99% | 97% |', '满意率 | 95% | 96% | 97% |', '回访率 | 90% | 91% | 93% |']) },
    { name: 'a header row of years is no data row', text: pasted(['项目 | 2022 | 2023 | 2024 |', '城区 | 120 | 35 | 155 |', '东乡镇 | 48 | 12 | 60 |', '西乡镇 | 30 | 9 | 39 |']) },
    {
      name: 'a single row under a header with a subtotal and a total: which parts go with which is not known',
      text: pasted(['罚款 | 没收 | 小计 | 警告 | 合计 |', '120 | 35 | 155 | 12 | 170 |']),
    },
    { name: 'a single row under a header naming no total', text: pasted(['受理 | 办结 | 在办 |', '120 | 100 | 21 |']) },
    {
      name: 'rows with one part each prove neither the first nor the last column a total',
      text: pasted(['城区 | 74 | 0 | 74 |', '东乡镇 | 40 | 0 | 40 |', '西乡镇 | 38 | 0 | 30 |', '南乡镇 | 23 | 0 | 23 |']),
    },
    // A list in pairs of columns that adds up (rows ending in spaces after their last "|"); a 总计 row with a row after it.
    { name: 'a list of names and counts in pairs of columns that adds up', text: pasted(['县区 | 件数 | 县区 | 件数 | ', '城区 | 120 | 东乡 | 48 | ', '西乡 | 30 | 南乡 | 22 | ', '总计 | 220 | ||']) },
    { name: 'a 总计 row that is not the last', text: pasted(['县区 | 件数 | 县区 | 件数 |', '城区 | 120 | 东乡 | 48 |', '总计 | 160 | ||', '西乡 | 30 | 南乡 | 22 |']) },
    // Without a numbering column, a row short of a cell shifts the rows after it: not checked.
    {
      name: 'cells one a line, no numbering column, a row short of a cell',
      format: 'plaintext',
      text: celled(['法院', '旧存', '新收', '总计', '中院', 41, 85, 126, '城区', 53, 187, '东区', 10, 59, 69, '西区', 5, 7, 12]),
    },
    {
      name: 'numbered cells one a line that add up',
      format: 'plaintext',
      text: celled([...COURT_HEADER, 1, '中院', 41, 85, 126, 159, 2, '城区', 35, 152, 187, 150, 3, '东区', 10, 59, 69, 74]),
    },
  ],
  invalid: [
    {
      name: 'cells one a paragraph without "|", a header cell joining two names by 、: a row against its 小计 column',
      format: 'plaintext',
      text: bare('各单位咨询投诉举报情况统计表（单位：件）', [...CHANNEL_HEADER, 1, '甲区局', 1532, 392, 51, 1895, 2, '乙区局', 1180, 247, 22, 1449, 3, '丙区局', 963, 281, 37, 1281]),
      findings: [{
        code: 'figure/table-sum',
        message: '表格此行各分项之和与合计不符：1532+392+51=1975，与“小计”列的合计“1895”不符（相差80）；同表其他2行均相符',
        at: '1895',
      }],
    },
    {
      name: 'cells one a paragraph without "|", rows numbered 1, 2, 3: a row against its 合计 column',
      format: 'plaintext',
      text: bare('附件：各街道诉求办理情况统计表', [...STREET_HEADER, 1, '东街', 30, 2, 32, 2, '西街', 25, 5, 30, 3, '南街', 18, 1, 29]),
      findings: [{
        code: 'figure/table-sum',
        message: '表格此行各分项之和与合计不符：18+1=19，与“合计”列的合计“29”不符（相差10）；同表其他2行均相符',
        at: '29',
      }],
    },
    {
      name: 'a list of names and counts in pairs of columns, its header repeated, against the 总计 row under it',
      text: pasted(['县区 | 件数 | 县区 | 件数 | ', '城区 | 1,120 | 东乡 | 48 | ', '县区 | 件数 | 县区 | 件数 | ', '西乡 | 30 | 南乡 | 22 | ', '总计 | 1,230 | ||||']),
      findings: [{ code: 'figure/table-sum', message: '表格各项之和与总计不符：1120+48+30+22=1220，与总计“1,230”不符（相差10）', at: '1,230' }],
    },
    {
      name: 'cells one a line, each "|" on the line after, rows numbered 1, 2, 3 in the first column',
      format: 'plaintext',
      text: celled([...COURT_HEADER, 1, '中院', 41, 85, 126, 159, 2, '城区', 53, 152, 187, 150, 3, '东区', 10, 59, 69, 74, 4, '西区']),
      findings: [{
        code: 'figure/table-sum',
        message: '表格此行各分项之和与合计不符：53+152=205，与“总计”列的合计“187”不符（相差18）；同表其他2行均相符',
        at: '187',
      }],
    },
    {
      name: 'cells one a line, no numbering column: rows each a name and numbers only fix the columns',
      format: 'plaintext',
      text: celled(['法院', '旧存', '新收', '总计', '中院', 41, 85, 126, '城区', 53, 152, 187, '东区', 10, 59, 69]),
      findings: [{
        code: 'figure/table-sum',
        message: '表格此行各分项之和与合计不符：53+152=205，与“总计”列的合计“187”不符（相差18）；同表其他2行均相符',
        at: '187',
      }],
    },
    {
      name: 'rows kept apart by tabs, the header naming the total',
      format: 'plaintext',
      text: ['某县2023年法治政府建设情况的报告', '', '各类调解情况：', '类别\t调解成功\t未成功\t合计', '婚姻家庭\t120\t3\t123', '邻里纠纷\t98\t2\t100', '合同纠纷\t76\t1\t79', '', '以上。'].join('\n'),
      findings: [{
        code: 'figure/table-sum',
        message: '表格此行各分项之和与合计不符：76+1=77，与“合计”列的合计“79”不符（相差2）；同表其他2行均相符',
        at: '79',
      }],
    },
    {
      name: 'a single row under a header as wide as it naming the total (with its unit), an amount column after it',
      text: pasted(['警告 | 罚款 | 没收违法所得 | 其他 | 合计（宗） | 罚没金额（万元） |', '1,108 | 8,376 | 214 | 17 | 9,751 | 1286.42 |']),
      findings: [{
        code: 'figure/table-sum',
        message: '表格此行各分项之和与合计不符：1108+8376+214+17=9715，与“合计（宗）”列的合计“9,751”不符（相差36）',
        at: '9,751',
        fixed: pasted(['警告 | 罚款 | 没收违法所得 | 其他 | 合计（宗） | 罚没金额（万元） |', '1,108 | 8,376 | 214 | 17 | 9,715 | 1286.42 |']),
      }],
    },
    {
      name: 'a disclosure table row whose parts exceed the 总计 the header names',
      text: disclosure('85 | 7 | 0 | 0 | 1 | 0 | 66'),
      findings: [{
        code: 'figure/table-sum',
        message: '表格此行各分项之和与合计不符：85+7+0+0+1+0=93，与末列（表头“总计”）的合计“66”不符（相差27）；同表其他2行均相符',
        at: '66',
        fixed: disclosure('85 | 7 | 0 | 0 | 1 | 0 | 93'),
      }],
    },
    {
      name: 'pasted rows without a header: the other rows prove the last column is the total',
      text: pasted(['城区 | 120 | 35 | 155 |', '东乡镇 | 48 | 21 | 60 |', '西乡镇 | 30 | 9 | 39 |', '南乡镇 | 22 | 5 | 27 |']),
      findings: [{
        code: 'figure/table-sum',
        message: '表格此行各分项之和与合计不符：48+21=69，与末列的合计“60”不符（相差9）；同表其他3行均为“末列=其余各列之和”',
        at: '60',
      }],
    },
    {
      name: 'the total first, named by the header, a rate column after the counts; thousands commas',
      text: pasted([
        '承办单位 | 总件数 | 处理中 | 已办结 | 办结率 |',
        '城区 | 1,274 | 0 | 1,274 | 100% |',
        '东乡镇 | 40 | 2 | 38 | 95% |',
        '西乡镇 | 38 | 0 | 28 | 100% |',
        '南乡镇 | 23 | 0 | 23 | 100% |',
      ]),
      findings: [{
        code: 'figure/table-sum',
        message: '表格此行各分项之和与合计不符：0+28=28，与“总件数”列的合计“38”不符（相差10）；同表其他3行均相符',
        at: '38',
        occurrence: 1,
      }],
    },
    {
      name: 'a plain-text report: the pasted table ends at the first line that is no row',
      format: 'plaintext',
      text: [
        '某县司法局2023年法治政府建设情况的报告', '', '一、主要举措和成效', '',
        '各乡镇调解情况如下：', '乡镇 | 调解成功 | 未成功 | 合计', '东乡镇 | 120 | 3 | 123', '西乡镇 | 98 | 2 | 100', '南乡镇 | 76 | 1 | 79',
        '全年调解成功率99%。',
      ].join('\n'),
      findings: [{
        code: 'figure/table-sum',
        message: '表格此行各分项之和与合计不符：76+1=77，与“合计”列的合计“79”不符（相差2）；同表其他2行均相符',
        at: '79',
      }],
    },
  ],
});
