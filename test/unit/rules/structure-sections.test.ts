import { structureSections } from '../../../src/core/rules/structure-sections';
import { ruleTable } from '../rule-table';
import { edit, otherPages, sample } from './structure-sample';

const title = '明湖市人民政府关于2024年法治政府建设情况的报告';

ruleTable(structureSections, {
  valid: [
    sample,
    ...otherPages,
    { name: 'headings set in bold, as web pages copied to Markdown write them', format: 'markdown', text: edit(['一、党政', '**一、党政'], ['职责情况\n', '职责情况**\n'], ['二、2024年推进法治政府建设的主要举措和成效', '**二、2024年推进法治政府建设的主要举措和成效**'], ['（一）依法全面履行政府职能\n\n深化', '**（一）依法全面履行政府职能。**深化'], ['三、存在的不足和原因', '**三、存在的不足和原因**'], ['四、2025年工作安排', '**四、2025年工作安排**'], ['五、其他需要报告的情况', '**五、其他需要报告的情况**']) },
    { name: 'items in any order, one heading carrying items 2 and 4', text: edit(
      ['三、存在的不足和原因', '三、存在问题及2025年工作打算'],
      ['四、2025年工作安排\n\n', ''],
    ) },
    { name: 'item 3 in a paragraph, item 4 as a paragraph opening', text: edit(
      ['一、党政主要负责人履行推进法治建设第一责任人职责情况\n\n市委、市政府主要负责人认真履行推进法治建设第一责任人职责，召开专题会议4次。\n\n', ''],
      ['二、2024年推进法治政府建设的主要举措和成效', '一、2024年推进法治政府建设的主要举措和成效'],
      ['严格规范性文件合法性审核，审核文件37件。', '严格规范性文件合法性审核。市长落实第一责任人职责，主持专题会议4次。'],
      ['三、存在的不足和原因', '二、存在的不足和原因'],
      ['四、2025年工作安排\n\n一是', '2025年，我市将重点做好以下工作：一是'],
    ) },
    { name: 'item 3 worded as “党政主要负责人为第一责任人”, without 履行/职责', text: edit(
      ['一、党政主要负责人履行推进法治建设第一责任人职责情况\n\n市委、市政府主要负责人认真履行推进法治建设第一责任人职责，召开专题会议4次。\n\n', ''],
      ['严格规范性文件合法性审核，审核文件37件。', '以党政主要负责人为第一责任人，亲自统筹、全面负责法治政府建设各项工作。'],
    ) },
    { name: 'item 3 worded as 述责述法', text: edit(
      ['一、党政主要负责人履行推进法治建设第一责任人职责情况\n\n市委、市政府主要负责人认真履行推进法治建设第一责任人职责，召开专题会议4次。\n\n', ''],
      ['严格规范性文件合法性审核，审核文件37件。', '落实领导干部述责述法制度，12名部门主要负责人现场述法。'],
    ) },
    { name: 'shortcomings in a paragraph opening, with causes', text: edit(
      ['三、存在的不足和原因\n\n一是', '同时，我市法治政府建设仍存在一些不足：一是'],
      ['四、2025年工作安排', '三、2025年工作安排'],
    ) },
    { name: 'thematic first-level sections form item 1', text: edit(['二、2024年推进法治政府建设的主要举措和成效', '二、实施“法治护航”行动，助推高质量发展']) },
    { name: '“工作中的不足” as the heading', text: edit(['三、存在的不足和原因', '三、工作中的不足']) },
    { name: 'a subsection about problems does not stand for item 2', text: edit(['（二）健全依法行政制度体系', '（二）帮助企业解决困难和问题']) },
    { name: 'unnumbered Markdown headings', text: edit(['三、存在的不足和原因', '## 存在的不足和原因']) },
    { name: 'item 5 as a sentence, without a heading', text: edit(['五、其他需要报告的情况\n\n无。', '其他需要报告的情况：无。']) },
    { name: 'item 5 as a run-in paragraph opening', text: edit(['五、其他需要报告的情况\n\n无。', '此外，本年度无其他需要报告的事项。']) },
    '',
    '\u0000\u0001 二进制 \uffff',
  ],
  invalid: [
    { name: 'item 5 absent: a reminder only', text: edit(['五、其他需要报告的情况\n\n无。\n\n', '']),
      findings: [{ code: 'structure/missing-section', severity: 'information', at: title, fixed: null,
        message: '未见“其他需要报告的情况”部分（第5项，可选）：如有需要报告的其他事项，可列为最后一部分；没有可不写' }] },
    { name: '“其他情况” inside a sentence about the year’s work is not item 5', text: edit(['五、其他需要报告的情况\n\n无。\n\n', ''], ['召开专题会议4次。', '召开专题会议4次，研究部署其他情况。']),
      findings: [{ code: 'structure/missing-section', severity: 'information', at: title, message: /^未见“其他需要报告的情况”部分/ }] },
    { name: 'item 2 missing (慈溪)', text: edit(['三、存在的不足和原因\n\n一是基层法治力量薄弱，主要原因是法制审核人员配备不足。二是执法规范化水平不均衡。\n\n', '']),
      findings: [{ code: 'structure/missing-section', severity: 'error', at: title, fixed: null,
        message: '缺少“上一年度推进法治政府建设存在的不足和原因”部分：标题和段首均未见“存在的问题”“不足”“差距”“短板”等表述' }] },
    { name: 'item 3 missing (白城); a mention in the plans does not count', text: edit(
      ['一、党政主要负责人履行推进法治建设第一责任人职责情况\n\n市委、市政府主要负责人认真履行推进法治建设第一责任人职责，召开专题会议4次。\n\n', ''],
      ['二是推进行政执法规范化建设。', '二是落实党政主要负责人履行推进法治建设第一责任人职责。'],
    ),
      findings: [{ code: 'structure/missing-section', at: title, message: /^缺少“上一年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况”部分：全文未见/ }] },
    { name: 'item 3 missing: a bare 述法 among the measures, a 第一责任人 for 普法 or safety are not that report', text: edit(
      ['一、党政主要负责人履行推进法治建设第一责任人职责情况\n\n市委、市政府主要负责人认真履行推进法治建设第一责任人职责，召开专题会议4次。\n\n', ''],
      ['严格规范性文件合法性审核，审核文件37件。', '实现部门主要负责人述法全覆盖。各单位主要负责人为本单位安全生产第一责任人。'],
    ),
      findings: [{ code: 'structure/missing-section', at: title, message: /^缺少“上一年度党政主要负责人履行推进法治建设第一责任人职责/ }] },
    { name: 'item 3 missing: 述责述法 planned for next year does not count', text: edit(
      ['一、党政主要负责人履行推进法治建设第一责任人职责情况\n\n市委、市政府主要负责人认真履行推进法治建设第一责任人职责，召开专题会议4次。\n\n', ''],
      ['二是推进行政执法规范化建设。', '二是全面落实领导干部述责述法制度。'],
    ),
      findings: [{ code: 'structure/missing-section', at: title, message: /^缺少“上一年度党政主要负责人履行推进法治建设第一责任人职责/ }] },
    { name: 'a report whose first line reads like a statistics page is still a report when addressed to an organ', format: 'plaintext',
      text: edit([title, '明湖市2024年法治政府建设数据'], ['四、2025年工作安排\n\n一是深入学习宣传贯彻习近平法治思想。二是推进行政执法规范化建设。\n\n', ''], ['现将有关情况报告如下。', '']),
      findings: [{ code: 'structure/missing-section', at: '明湖市2024年法治政府建设数据', message: /^缺少“下一年度推进法治政府建设的主要安排”部分/ }] },
    { name: 'department profile names the department head', options: { profile: 'department' },
      text: edit(['一、党政主要负责人履行推进法治建设第一责任人职责情况\n\n市委、市政府主要负责人认真履行推进法治建设第一责任人职责，召开专题会议4次。\n\n', '']),
      findings: [{ code: 'structure/missing-section', at: title, message: /^缺少“上一年度部门主要负责人履行推进法治建设第一责任人职责/ }] },
    { name: 'item 4 missing', text: edit(['四、2025年工作安排\n\n一是深入学习宣传贯彻习近平法治思想。二是推进行政执法规范化建设。\n\n', '']),
      findings: [{ code: 'structure/missing-section', at: title, message: '缺少“下一年度推进法治政府建设的主要安排”部分：标题和段首均未见“工作安排”“工作计划”“下一步”“2025年”等表述' }] },
    { name: 'item 1 missing: only items 2–4', text: edit(['二、2024年推进法治政府建设的主要举措和成效\n\n（一）依法全面履行政府职能\n\n深化“放管服”改革，取消行政许可事项18项。\n\n（二）健全依法行政制度体系\n\n严格规范性文件合法性审核，审核文件37件。\n\n', '']),
      findings: [{ code: 'structure/missing-section', at: title, message: /^缺少“上一年度推进法治政府建设的主要举措和成效”部分/ }] },
    { name: 'no title: reported at the first heading', text: edit([title + '\n\n', ''], ['四、2025年工作安排\n\n一是深入学习宣传贯彻习近平法治思想。二是推进行政执法规范化建设。\n\n', '']),
      findings: [{ code: 'structure/missing-section', at: '党政主要负责人履行推进法治建设第一责任人职责情况', message: /^缺少“下一年度/ }] },
    { name: 'shortcomings without causes (商洛)', text: edit(['三、存在的不足和原因', '三、存在的问题'], ['主要原因是法制审核人员配备不足', '法制审核人员配备不足']),
      findings: [{ code: 'structure/missing-causes', severity: 'warning', at: '存在的问题', fixed: null,
        message: '“存在的问题”部分只列举了不足，未说明原因：应写明“存在的不足和原因”，该部分未见“原因”“由于”等表述' }] },
  ],
});
