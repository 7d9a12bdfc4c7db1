// The parse stages' line patterns (src/core/parse/patterns.ts), one table each: lines of real reports and pages the
// pattern must match, and the near misses it must not. A new pattern in the catalogue needs its table here.
import assert from 'node:assert/strict';
import * as patterns from '../../src/core/parse/patterns';
import { foldWidth } from '../../src/core/text';

type Table = { match: string[]; miss: string[] };

// Written as a report writes them (full width); matched, as the stages match them, on the width-folded text.
const tables: Record<string, Table> = {
  chromePattern: {
    match: ['当前位置：首页 > 政务公开 > 法治政府建设', '首页 > 政务公开', '发布日期：2024-03-01', '信息来源：市司法局', '【打印】【关闭】', '分享到：', '上一篇：关于……', '浙ICP备05001234号', '———'],
    miss: ['2024年，我局坚持以习近平新时代中国特色社会主义思想为指导。', '一、主要举措和成效'],
  },
  metaLabel: {
    match: ['索 引 号：11330000/2024-00352', '发文机关：××市司法局', '[ 索引号 ] 11330000', '名  称：××局2024年度法治政府建设情况报告'],
    miss: ['名称规范化管理工作', '全市共清理文件325件'],
  },
  bareMetaLabel: {
    match: ['索引号', '【发文机关】', '成文日期：'],
    miss: ['索引号：11330000', '发文机关为市政府'],
  },
  headlinePattern: {
    match: ['《××市司法局2024年法治政府建设年度报告》', '浙司〔2024〕3号《关于2023年法治政府建设情况的报告》'],
    miss: ['根据《法治政府建设与责任落实督察工作规定》', '××市司法局2024年法治政府建设年度报告'],
  },
  gluedTitle: {
    match: ['××县2024年度法治政府建设情况报告2024年，全县……', '××市司法局2023年法治政府建设工作报告根据《……》要求'],
    miss: ['××县2024年度法治政府建设情况报告', '2024年，全县法治政府建设取得新成效'],
  },
  imprintLine: {
    match: ['抄送：市委办公室，市人大常委会办公室。', '××市人民政府办公室  2024年2月28日印发'],
    miss: ['积极向上级抄送备案文件12件', '2024年2月28日'],
  },
  noteLine: {
    match: ['（此件公开发布）', '（联系人：张三，电话：12345678）'],
    miss: ['（一）深入推进依法行政', '（此件公开发布）。其他'],
  },
  downloadLine: {
    match: ['附件：××局2024年法治政府建设年度报告.pdf', '1.报告全文.docx', '[报告.pdf](https://example.invalid/a.pdf)'],
    miss: ['附件：1.××市行政执法统计表', '办理复议案件12件。'],
  },
  downloadLabel: {
    match: ['附件下载：', '相关附件', '附件'],
    miss: ['附件：1.××统计表', '附件2'],
  },
  docNumberLine: {
    match: ['浙卫〔2024〕3号', '×司发[2023]12号'],
    miss: ['根据浙卫〔2024〕3号文件要求', '2024年3号'],
  },
  fullDateRe: {
    match: ['2024年2月28日', '××市司法局 2025年1月6日'],
    miss: ['2024年2月', '二〇二四年二月二十八日'],
  },
  chineseDateRe: {
    match: ['二〇二四年二月二十八日', '二○二五年一月六日'],
    miss: ['2024年2月28日', '二〇二四年'],
  },
  isoDateRe: {
    match: ['2024-02-28', '发布 2024-2-8'],
    miss: ['2024年2月28日', '2024-02-28 10:00'],
  },
  partialDateRe: {
    match: ['2025年2月'],
    miss: ['截至2024年12月', '2025年2月28日'],
  },
  placeholderDateRe: {
    match: ['2025年×月×日', '××××年×月×日', '2025年  月  日'],
    miss: ['2025年工作安排', '×月'],
  },
  wholeTitle: {
    match: ['海宁市2022年度法治政府建设情况报告', '××市司法局2024年法治政府建设年度报告'],
    miss: ['关于2024年法治政府建设情况的报告', '××区人民政府'],
  },
  organSuffix: {
    match: ['××市人民政府', '××县司法局', '中共××县委', '××街道办事处', '××市发展和改革委员会'],
    miss: ['依法行政', '2024年2月28日'],
  },
  deliveryLine: {
    match: ['——2024年4月25日在市第十七届人大常委会第十八次会议上', '（在县十八届人大常委会第二十次会议上的报告）'],
    miss: ['在全市法治政府建设工作会议上作出部署，要求各地落实。', '2024年4月25日'],
  },
  speakerLine: {
    match: ['市人民政府副市长  张三', '××县司法局局长 李四'],
    miss: ['市人民政府副市长', '全年办理复议案件12件，同比增长5%'],
  },
  bracketedDateLine: {
    match: ['（2024年4月25日）'],
    miss: ['2024年4月25日', '（2024年4月）'],
  },
  siteAddress: {
    match: ['www.example.com', 'https://sfj.example.gov.cn/art/2024/3/1/art_1.html', '某某网—资源每日更新www.x.com'],
    miss: ['example', '法治政府建设.报告'],
  },
  runOnTitle: {
    match: ['××市人民政府关于2024年法治政府建设情况的报告 市人民政府：', '××局2023年度法治政府建设工作总结（草稿） 2023年，'],
    miss: ['报告', '根据要求，现将情况报告如下：'],
  },
  runOnAddressee: {
    match: ['省人民政府：2024年，', '中共××县委，××县人民政府：'],
    miss: ['2024年，全市依法行政工作取得新进展。', '《条例》：'],
  },
  appendixLabel: {
    match: ['附件', '附件2', '附 件 1'],
    miss: ['附件：1.××', '附件说明'],
  },
  attachmentLabel: {
    match: ['附件：1.××市行政执法统计表', '附件1：××统计表', '附件2.××'],
    miss: ['附件', '附加说明：'],
  },
  attachmentItem: {
    match: ['2.××市行政复议统计表', '（3）××明细'],
    miss: ['2024年完成', '一、主要举措'],
  },
};

const probe = (re: RegExp) => new RegExp(re.source, re.flags.replace('g', ''));

describe('parse patterns catalogue', () => {
  const regexes = Object.entries(patterns).filter((e): e is [string, RegExp] => e[1] instanceof RegExp);

  it('has a table for every pattern', () => {
    assert.deepEqual(regexes.map(([name]) => name).filter((name) => !tables[name]), []);
  });

  for (const [name, re] of regexes) {
    const table = tables[name];
    if (!table) continue;
    describe(name, () => {
      for (const line of table.match) it(`matches “${line}”`, () => assert.ok(probe(re).test(foldWidth(line))));
      for (const line of table.miss) it(`does not match “${line}”`, () => assert.ok(!probe(re).test(foldWidth(line))));
    });
  }

  it('matchDate reads each form of a 成文日期 at the end of a line', () => {
    const read = (s: string) => { const d = patterns.matchDate(foldWidth(s)); return d && { form: d.form, ...d.value }; };
    assert.deepEqual(read('××市司法局 2025年1月6日'), { form: 'arabic', year: 2025, month: 1, day: 6 });
    assert.deepEqual(read('二〇二四年二月二十八日'), { form: 'chinese', year: 2024, month: 2, day: 28 });
    assert.deepEqual(read('2024-02-28'), { form: 'iso', year: 2024, month: 2, day: 28 });
    assert.deepEqual(read('2025年×月×日'), { form: 'placeholder', year: 2025, month: 0, day: 0 });
    assert.deepEqual(read('2025年2月'), { form: 'partial', year: 2025, month: 2, day: 0 });
    assert.equal(read('全年办结案件12件'), undefined);
  });

  it('chineseYear reads 〇, 零 and ○ as zero', () => {
    assert.equal(patterns.chineseYear('二〇二四'), 2024);
    assert.equal(patterns.chineseYear('二零二五'), 2025);
    assert.equal(patterns.chineseYear('二○二三'), 2023);
  });
});
