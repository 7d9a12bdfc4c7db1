// The relations the figure rules check and find to hold (ctx.noteHeld): what the figures view shows as checked, and
// what bench/coverage.mjs counts. Each row: a made-up text and the arithmetic a rule notes for it.
import assert from 'node:assert/strict';
import { lintText } from '../../../src/core/lint';
import { allRules } from '../../../src/core/rules/index';
import { loadSegmenter } from '../../../src/core/segmenter';
import { reportOf2023 as report } from '../rule-table';

const figureRules = allRules.filter((rule) => rule.id.startsWith('figure'));

function heldOf(body: string): string[] {
  const run = lintText(report(body), { format: 'markdown' }, { rules: figureRules, segmenter: loadSegmenter() });
  assert.deepEqual(run.findings.filter((f) => f.code.startsWith('figure/')).map((f) => f.message), [], 'no figure finding');
  return run.analyses.held().map((h) => `${h.code} ${h.message}`);
}

const rows: [name: string, body: string, held: string][] = [
  // 合计/共计/总计 after the parts it sums.
  ['sum after parts, 、 list', '全年受理信访事项：来信36件、来访52件、网上信访70件，共计158件。', 'figure/sum 分项之和与总数一致：36+52+70=158，等于总数158件'],
  ['sum after parts, ，list', '调解委员会受理婚姻家庭纠纷45起，邻里纠纷63起，合计108起。', 'figure/sum 分项之和与总数一致：45+63=108，等于总数108起'],
  ['sum after parts, ；list of amounts', '法律援助中心发放办案补贴52.4万元；发放值班补贴9.6万元，总计62万元。', 'figure/sum 分项之和与总数一致：52.4+9.6=62.0万，等于总数62万元'],
  ['sum after the closest parts', '12345热线接听来电3200个，转办1100个，直办2100个，合计3200个。', 'figure/sum 分项之和与总数一致：1100+2100=3200，等于总数3200个'],
  // Named items summed in a later sentence.
  ['named sum', '行政诉讼败诉案件中，县级政府部门12件，乡镇政府7件。县级政府部门和乡镇政府合计败诉案件19件。', 'figure/sum 分项之和与总数一致：12+7=19，等于总数19件'],
  // A change against the base it names, in brackets, or through the change amount.
  ['change against a named base', '全年受理行政复议申请150件，较上年120件增长25%。', 'figure/change 增减幅度与数值一致：(150−120)÷120=25.00%，文中为25%'],
  ['change against a bracketed base', '全年新收行政应诉案件88件（上年80件），同比增长10%。', 'figure/change 增减幅度与数值一致：(88−80)÷80=10.00%，文中为10%'],
  ['change through its amount, 万', '全年接听12345热线来电8.4万个，同比增加1.4万个，增长20%。', 'figure/change 增减幅度与增减量一致：上期为8.4万个−1.4万个=7.0万个，1.4÷7.0=20.00%，文中为20%'],
  ['decrease through its amount', '全县调处矛盾纠纷900起，较上年减少100起，下降10%。', 'figure/change 增减幅度与增减量一致：上期为900起+100起=1000起，100÷1000=10.00%，文中为10%'],
  ['change amount alone', '全年受理信访事项240件，与上年同期300件相比减少60件。', 'figure/change 增减量与前后两个数值一致：300−240=60，文中为60件'],
  // One 其中 part (also after a bare "其中，"/"其中：") or a V成功 part under its total: no more than it.
  ['one 其中 part', '12345热线共受理各类来电2600件，其中转办610件。', 'figure/sum “其中”部分不超过总数：其中610件，不大于总数2600件'],
  ['one part after a bare 其中，', '全市现有人民调解员1500人，其中，专职人民调解员230人。', 'figure/sum “其中”部分不超过总数：其中230人，不大于总数1500人'],
  ['one part after a bare 其中：, 万', '全年接听热线来电3.2万个，其中：转办8000个。', 'figure/sum “其中”部分不超过总数：其中8000个，不大于总数3.2万个'],
  // Outcomes that exclude each other, listed in part: within their total.
  ['decisions listed in part', '全年审结行政复议案件90件，其中维持55件、撤销12件。', 'figure/sum 互不重叠的各项之和不超过总数：55+12=67，不大于总数90件'],
  ['decisions on applications received', '共收到政府信息公开申请75份，受理62份，不予受理6份。', 'figure/sum 互不重叠的各项之和不超过总数：62+6=68，不大于总数75份'],
  ['clean-up outcomes after a bare 其中：', '全年清理规范性文件400件，其中：保留330件；修改25件。', 'figure/sum 互不重叠的各项之和不超过总数：330+25=355，不大于总数400件'],
  ['V成功 under V', '全县调解各类纠纷700起，调解成功690起。', 'figure/sum “调解成功”部分不超过总数：调解成功690起，不大于总数700起'],
];

describe('held figure relations', () => {
  it('notes no 其中 part alone when the list under the total adds up', () => {
    assert.deepEqual(heldOf('全年办理行政复议案件48件，其中，维持30件，撤销18件。'), ['figure/sum 分项之和与总数一致：30+18=48，等于总数48件']);
  });
  for (const [name, body, held] of rows) {
    it(name, () => assert.ok(heldOf(body).includes(held), `${held} not among ${JSON.stringify(heldOf(body))}`));
  }
});
