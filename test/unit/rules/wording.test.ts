import { wordingChar } from '../../../src/core/rules/wording-char';
import { wordingMeeting } from '../../../src/core/rules/wording-meeting';
import { wordingOutdated } from '../../../src/core/rules/wording-outdated';
import { wordingPlaceholder } from '../../../src/core/rules/wording-placeholder';
import { wordingTerm } from '../../../src/core/rules/wording-term';
import { wordingTitle } from '../../../src/core/rules/wording-title';
import { wordingTypo } from '../../../src/core/rules/wording-typo';
import assert from 'node:assert/strict';
import { applyEdits, fixAll } from '../../../src/core/fixes';
import { lintText } from '../../../src/core/lint';
import type { Finding } from '../../../src/core/types';
import { ruleTable } from '../rule-table';

/** A report of `year` (the title states it) with one body paragraph. */
const r = (year: number, body: string, date?: string) =>
  `# 明湖市司法局关于${year}年法治政府建设情况的报告\n\n${body}\n${date ? `\n明湖市司法局\n\n${date}\n` : ''}`;
const fixedIn = (year: number, body: string, date?: string) => r(year, body, date);

ruleTable(wordingTerm, {
  valid: [
    r(2023, '严格落实重大执法决定法制审核制度，加强法制机构建设，法制审核人员配备到位。'),
    r(2015, '深入开展法制宣传教育。'), // before the 七五 plan
    r(2021, '聘任法制副校长120名。'), // the new name applies from 2022
    r(2020, '《法制日报》报道了我市经验。'), // renamed 1 August 2020: a 2020 report may cite either
    r(2023, '学习《全国人民代表大会常务委员会关于开展第六个五年法制宣传教育的决议》。'), // an old title keeps its name
    r(2023, '回顾六五法制宣传教育成果。'),
    r(2023, '建成法制文化公园1个。'), // a proper name keeps its name
    '运用法制思维解决问题。\n', // no report year: silent
  ],
  invalid: [
    {
      text: r(2023, '加快建设法制政府，运用法制思维和法治方式推动发展。'),
      findings: [
        { code: 'wording/term', message: /^“法制政府”应为“法治政府”（国务院《全面推进依法行政实施纲要》.*本报告为2023年度）$/, at: '法制政府', fixed: fixedIn(2023, '加快建设法治政府，运用法制思维和法治方式推动发展。') },
        { code: 'wording/term', message: /“法制思维”应为“法治思维”/, at: '法制思维', fixed: fixedIn(2023, '加快建设法制政府，运用法治思维和法治方式推动发展。') },
      ],
    },
    { text: r(2016, '开展法制宣传教育。'), findings: [{ code: 'wording/term', message: /“法制宣传教育”应为“法治宣传教育”/, at: '法制宣传教育' }] },
    { text: r(2022, '聘任法制副校长。'), findings: [{ code: 'wording/term', message: /“法制副校长”应为“法治副校长”/, at: '法制副校长', fixed: r(2022, '聘任法治副校长。') }] },
    { text: r(2021, '《法制日报》报道了我市经验。'), findings: [{ code: 'wording/term', message: /“《法制日报》”应为“《法治日报》”/, at: '《法制日报》', fixed: r(2021, '《法治日报》报道了我市经验。') }] },
    { text: r(2023, '开展12·4全国法制宣传日活动。'), findings: [{ code: 'wording/term', message: /应为“国家宪法日”/, at: '全国法制宣传日' }] },
    {
      name: 'the reverse slip: 法治审核 for 法制审核',
      text: r(2023, '落实重大执法决定法治审核制度。'),
      findings: [{ code: 'wording/term', message: /“重大执法决定法治审核”应为“重大执法决定法制审核”/, at: '重大执法决定法治审核', fixed: r(2023, '落实重大执法决定法制审核制度。') }],
    },
    { text: r(2023, '创建民主法制示范社区3个。'), findings: [{ code: 'wording/term', message: /应为“民主法治示范社区”/, at: '民主法制示范社区', fixed: r(2023, '创建民主法治示范社区3个。') }] },
    { text: r(2021, '深入学习习近平法制思想。'), findings: [{ code: 'wording/term', message: /应为“习近平法治思想”/, at: '习近平法制思想' }] },
  ],
});

ruleTable(wordingOutdated, {
  valid: [
    r(2019, '依照《信访条例》办理信访事项。'), // 信访工作条例 from 2022-05-01
    r(2022, '依照《信访条例》办理信访事项。'), // the year of the change: either may be right
    r(2018, '市工商局开展执法检查。'), // the reform ends in 2019
    r(2023, '原市工商局的执法人员已全部转隶。'),
    r(2023, '机构改革前，市国土资源局负责此项工作。'),
    r(2023, '《民法典》施行后，《合同法》同时废止。'),
    r(2023, '学习《国土资源部关于加强土地执法的通知》。'), // an old document keeps its name
    r(2023, '加强农业部门和文化部门协作，做好卫生部门工作部署。'),
    r(2023, '依照《浙江省信访条例》办理。'),
  ],
  invalid: [
    {
      text: r(2023, '依照《信访条例》办理信访事项。'),
      findings: [{ code: 'wording/outdated-name', message: /^“《信访条例》”已不再使用，2023年度报告应写“信访工作条例”（《信访工作条例》第五十条/, at: '信访条例', fixed: r(2023, '依照《信访工作条例》办理信访事项。') }],
    },
    {
      text: r(2021, '学习《中华人民共和国合同法》。'),
      findings: [{ code: 'wording/outdated-name', message: /应写“民法典”/, at: '合同法', fixed: r(2021, '学习《中华人民共和国民法典》。') }],
    },
    { text: r(2023, '执行《环境噪声污染防治法》。'), findings: [{ code: 'wording/outdated-name', message: /应写“噪声污染防治法”/, at: '环境噪声污染防治法' }] },
    {
      text: r(2020, '市政府法制办与市工商局联合开展检查，市卫计委参加。'),
      findings: [
        { code: 'wording/outdated-name', message: /“政府法制办”已不再使用，2020年度报告应写“司法局”或“司法厅”/, at: '政府法制办', fixed: r(2020, '市司法局与市工商局联合开展检查，市卫计委参加。') },
        { code: 'wording/outdated-name', message: /“工商局”已不再使用.*“市场监督管理局”/, at: '工商局' },
        { code: 'wording/outdated-name', message: /“卫计委”已不再使用.*“卫健委”/, at: '卫计委', fixed: r(2020, '市政府法制办与市工商局联合开展检查，市卫健委参加。') },
      ],
    },
    { text: r(2020, '国家卫生部、国家监察部文件。'), findings: [
      { code: 'wording/outdated-name', message: /应写“国家卫生健康委员会”/, at: '国家卫生部', fixed: r(2020, '国家卫生健康委员会、国家监察部文件。') },
      { code: 'wording/outdated-name', message: /应写“国家监察委员会”/, at: '国家监察部', fixed: r(2020, '国家卫生部、国家监察委员会文件。') },
    ] },
    { text: r(2019, '国务院法制办来我市调研。'), findings: [{ code: 'wording/outdated-name', message: /应写“司法部”/, at: '国务院法制办', fixed: r(2019, '司法部来我市调研。') }] },
    { text: r(2020, '市委全面依法治市领导小组召开会议。'), findings: [{ code: 'wording/outdated-name', message: /应写“依法治市委员会”/, at: '依法治市领导小组' }] },
    {
      name: 'a name replaced twice: 银监会 → 银保监会 (2018) → 国家金融监督管理总局 (2023)',
      text: r(2020, '配合银监会开展检查。'),
      findings: [{ code: 'wording/outdated-name', message: /应写“银保监会”/, at: '银监会' }],
    },
    { text: r(2024, '配合银保监会开展检查。'), findings: [{ code: 'wording/outdated-name', message: /应写“国家金融监督管理总局”/, at: '银保监会' }] },
  ],
});

ruleTable(wordingMeeting, {
  valid: [
    r(2024, '深入学习贯彻党的二十届三中全会精神。', '2025年2月20日'),
    r(2023, '学习贯彻党的二十大和二十届二中全会精神。', '2024年2月20日'),
    '学习党的二十届三中全会精神。\n', // no year
  ],
  invalid: [
    {
      text: r(2024, '深入学习贯彻党的二十大三中全会精神。'),
      findings: [{ code: 'wording/meeting', message: '“二十大三中全会”应为“二十届三中全会”：中央全会按届次称“二十届”', at: '二十大三中全会', fixed: r(2024, '深入学习贯彻党的二十届三中全会精神。') }],
    },
    {
      text: r(2023, '深入学习贯彻党的二十届三中全会精神。', '2024年2月20日'),
      findings: [{
        code: 'wording/meeting', at: '二十届三中全会',
        message: '二十届三中全会于2024年7月18日闭幕，晚于本报告（2023年度）的成文时间（2024年2月20日），届次可能写错；此前最近的是二十届二中全会（2023年2月28日）',
      }],
    },
    { text: r(2021, '学习党的二十大精神。'), findings: [{ code: 'wording/meeting', message: /党的二十大|二十大于2022年10月22日闭幕/, at: '党的二十大' }] },
  ],
});

ruleTable(wordingTitle, {
  valid: [
    r(2023, '全面落实《法治政府建设实施纲要（2021—2025年）》《法治中国建设规划（2020—2025年）》。'),
    r(2023, '落实《法治政府建设实施纲要(2021-2025年)》。'), // only the punctuation differs: the punctuation rules say so
    r(2023, '落实《浙江省法治政府建设实施纲要（2021—2025年）》和《明湖市信访条例》。'), // local titles
    r(2023, '依照《中华人民共和国行政复议法》《行政处罚法》《民法典》《行政复议法（2023年修订）》办理。'),
    r(2023, '印发《明湖市2023年法治政府建设工作要点》。'),
  ],
  invalid: [
    {
      text: r(2023, '全面落实《法制政府建设实施纲要（2021—2025年）》。'),
      findings: [{ code: 'wording/document-title', message: '《法制政府建设实施纲要（2021—2025年）》与中央文件的准确名称《法治政府建设实施纲要（2021—2025年）》不符', at: '法制政府建设实施纲要（2021—2025年）', fixed: r(2023, '全面落实《法治政府建设实施纲要（2021—2025年）》。') }],
    },
    { text: r(2023, '落实《法治政府建设实施纲 (2015-2020年)》。'), findings: [{ code: 'wording/document-title', message: /准确名称《法治政府建设实施纲要（2015—2020年）》/, at: '法治政府建设实施纲 (2015-2020年)' }] },
    { text: r(2023, '落实《法治政府建设实施纲要（2021—2025）》。'), findings: [{ code: 'wording/document-title', message: /《法治政府建设实施纲要（2021—2025年）》不符/, at: '法治政府建设实施纲要（2021—2025）' }] },
    { text: r(2023, '执行《法治政府建设与责任落实督查工作规定》。'), findings: [{ code: 'wording/document-title', message: /《法治政府建设与责任落实督察工作规定》/, at: '法治政府建设与责任落实督查工作规定' }] },
    {
      text: r(2023, '依照《中华人民共和国行政许可实施法》办理。'),
      findings: [{ code: 'wording/law-title', message: '《中华人民共和国行政许可实施法》与国家法律、行政法规的准确名称《行政许可法》不符', at: '行政许可实施法', fixed: r(2023, '依照《中华人民共和国行政许可法》办理。') }],
    },
    { text: r(2023, '依照《政府信息公开管理条例》答复。'), findings: [{ code: 'wording/law-title', message: /《政府信息公开条例》/, at: '政府信息公开管理条例' }] },
  ],
});

ruleTable(wordingChar, {
  valid: [
    r(2023, '於姓居民和暨南大学的乾坤。'), // in the standard table
    r(2023, '代码 `縣` 与网址 http://example.invalid/%E7%B8%A3 不检查。'),
    { text: r(2023, '张堃（人名）参加。'), options: { allow: ['张堃'] } },
  ],
  invalid: [
    {
      text: r(2019, '实现区级部门权力“痩身”。'),
      findings: [{ code: 'wording/char', message: '“痩”是繁体字或异体字，规范字为“瘦”', at: '痩', severity: 'warning', fixed: r(2019, '实现区级部门权力“瘦身”。') }],
    },
    {
      text: r(2019, '縣委统筹依法治县，明湖縣精簡审批。'),
      findings: [
        { code: 'wording/char', message: '“縣”是繁体字或异体字，规范字为“县”（全文2处）', at: '縣', fixed: r(2019, '县委统筹依法治县，明湖县精簡审批。') },
        { code: 'wording/char', message: '“簡”是繁体字或异体字，规范字为“简”', at: '簡' },
      ],
    },
    { text: r(2023, '鍾楼区'), findings: [{ code: 'wording/char', message: '“鍾”是繁体字或异体字，规范字为“钟”或“锺”（按词义选用）', at: '鍾' }] },
    {
      name: 'a Kangxi radical from a PDF',
      text: r(2023, '⼈民调解'),
      findings: [{ code: 'wording/char', message: /“⼈”（U\+2F08）是兼容区或部首区的字符，与规范字“人”（U\+4EBA）外形相同而编码不同/, at: '⼈', fixed: r(2023, '人民调解') }],
    },
    { text: r(2019, '习菦平'), findings: [{ code: 'wording/char', message: /“菦”（U\+83E6）不在《通用规范汉字表》中/, at: '菦', severity: 'information', fixed: null }] },
    {
      name: 'a document in traditional script: one finding',
      text: r(2023, '本縣堅持以習近平新時代中國特色社會主義思想為指導，全面貫徹黨的二十大精神，紮實推進法治政府建設，各項工作取得積極進展。'),
      findings: [{ code: 'wording/char', message: /^全文使用繁体字（\d+种共\d+处，如縣→县/, at: '縣' }],
    },
  ],
});

ruleTable(wordingPlaceholder, {
  valid: [
    r(2023, '申请人张某某不服，李××撤回申请。'),
    r(2023, '标题写作“××市人民政府关于××的报告”。'),
    r(2023, '尺码XXL，编号box。'),
    r(2023, '【典型案例】某镇调解成功。'),
    { text: r(2023, '正文。', '2024年×月×日'), name: 'the 成文日期 placeholder is meta/date-missing\'s' },
  ],
  invalid: [
    { text: r(2022, 'xx区教育局在区委领导下。'), findings: [{ code: 'wording/placeholder', message: '“xx”是未填写的占位内容，请填写实际名称、数字或日期后再印发', at: 'xx', fixed: null }] },
    { text: r(2023, '于××年X月X日召开会议，某某局参加。'), findings: [
      { code: 'wording/placeholder', message: /“××年X月X日”/, at: '××年X月X日' },
      { code: 'wording/placeholder', message: /“某某”/, at: '某某' },
    ] },
    { text: r(2019, '印发《明湖县法治政府建设工作方案（年）》。'), findings: [{ code: 'wording/placeholder', message: /“（年）”/, at: '（年）' }] },
    {
      name: 'the skeleton\'s own prompt',
      text: r(2023, '## 一、主要举措和成效\n\n【请填写主要举措、成效和数据】\n\n## 二、存在的不足和原因\n\n执法力量不足，原因是编制有限。'),
      findings: [{ code: 'wording/placeholder', message: '“【请填写主要举措、成效和数据】”是未填写的占位内容，请填写实际内容后再印发', at: '【请填写主要举措、成效和数据】' }],
    },
  ],
});

ruleTable(wordingTypo, {
  valid: [r(2023, '截至目前，已部署到位。'), r(2023, '报名于3月1日截止。'), r(2023, '编号20232010年、120212025年。')],
  invalid: [
    { text: r(2023, '截止目前，已布署到位。'), findings: [
      { code: 'wording/typo', message: '“截止目前”应为“截至目前”', at: '截止目前', fixed: r(2023, '截至目前，已布署到位。') },
      { code: 'wording/typo', message: '“布署”应为“部署”', at: '布署', fixed: r(2023, '截止目前，已部署到位。') },
    ] },
    { text: r(2023, '按步就班推进。'), findings: [{ code: 'wording/typo', message: '“按步就班”应为“按部就班”', at: '按步就班' }] },
    {
      name: 'a year range that lost its dash (the central title then needs no other finding)',
      text: r(2023, '按照《静海区法治政府建设实施纲要（20212025年）》和《法治政府建设实施纲要（20212025年）》。'),
      findings: [
        { code: 'wording/typo', message: '“20212025年”缺少连接号，应为“2021—2025年”', at: '20212025', fixed: r(2023, '按照《静海区法治政府建设实施纲要（2021—2025年）》和《法治政府建设实施纲要（20212025年）》。') },
        { code: 'wording/typo', message: '“20212025年”缺少连接号，应为“2021—2025年”', at: '20212025', occurrence: 1 },
      ],
    },
  ],
});

describe('wording fixes under fix-all', () => {
  // Every kind of wording finding at once, twice over, beside the other rules' findings.
  const body = '截止目前，縣委布署建设法制政府，市卫计委和国务院法制办参加，学习二十大三中全会精神，落实《法治政府建设实施纲要（20212025年）》，' +
    '依照《信访条例》和《中华人民共和国合同法》，xx镇、鍾楼区、⼈民调解、“痩身”。';
  const text = r(2024, `${body}\n\n${body}`, '2025年2月20日');
  const lint = (t: string) => lintText(t, { format: 'markdown' }).findings;

  it('each certain fix removes its own finding; choices are never applied; fix-all is stable', () => {
    const findings = lint(text).filter((f) => f.code.startsWith('wording/'));
    assert.ok(findings.length >= 12, findings.map((f) => f.message).join('\n'));
    for (const f of findings) {
      const fix = f.fixes.find((x) => x.kind === 'certain');
      if (!fix) continue;
      const same = (g: Finding) => g.code === f.code && g.message === f.message;
      assert.ok(lint(applyEdits(text, fix.edits)).filter(same).length < findings.filter(same).length, f.message);
    }
    const once = fixAll(text, lint);
    assert.equal(fixAll(once.text, lint).text, once.text);
    const left = lint(once.text).filter((f) => f.code.startsWith('wording/')).map((f) => once.text.slice(f.span.start, f.span.end));
    assert.deepEqual([...new Set(left)].sort(), ['xx', '信访条例', '合同法', '鍾'].sort(), 'left for the writer: the placeholder and the choices');
    assert.ok(!once.text.includes('截止目前') && !once.text.includes('縣') && once.text.includes('二十届三中全会') && once.text.includes('市卫健委'));
  });
});
