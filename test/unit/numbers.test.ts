import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  findNumbers,
  formatFixed,
  isRound,
  parseArabic,
  parseChineseNumeral,
  roundHalfUp,
  truncate,
  type ParsedNumber,
} from '../../src/core/numbers';

/** Compares only the listed fields, so each case states what it is about. */
function pick(n: ParsedNumber, keys: readonly string[]): Record<string, unknown> {
  const r: Record<string, unknown> = {};
  for (const k of keys) r[k] = (n as unknown as Record<string, unknown>)[k];
  return r;
}

type Expect = Partial<ParsedNumber> & { numeral?: string };

interface Case {
  name: string;
  text: string;
  /** Every number findNumbers must return, in order (empty: none). */
  expect: Expect[];
}

function check(c: Case): void {
  const found = findNumbers(c.text);
  const summary = found.map((n) => n.text).join(' | ');
  assert.equal(found.length, c.expect.length, `${c.name}: found [${summary}]`);
  c.expect.forEach((e, k) => {
    const n = found[k];
    const { numeral, ...fields } = e;
    assert.deepEqual(pick(n, Object.keys(fields)), fields, `${c.name} #${k}`);
    if (numeral !== undefined) assert.equal(c.text.slice(n.numeralStart, n.numeralEnd), numeral, `${c.name} #${k} numeral`);
    // Offsets are exact and text is the slice they cover.
    assert.equal(c.text.slice(n.start, n.end), n.text, `${c.name} #${k} span`);
    assert.ok(n.start <= n.numeralStart && n.numeralEnd <= n.end, `${c.name} #${k} numeral inside span`);
    if (n.unit !== undefined) assert.equal(c.text.slice(n.unitStart, n.unitEnd), n.unit, `${c.name} #${k} unit span`);
  });
  for (let k = 1; k < found.length; k++) assert.ok(found[k - 1].end <= found[k].start, `${c.name}: overlap at ${k}`);
}

describe('numbers: parseArabic', () => {
  const cases: [string, number | undefined][] = [
    ['411', 411],
    ['1,234.5', 1234.5],
    ['1,234,567', 1234567],
    ['１２３', 123],
    ['９９．５１', 99.51],
    ['3.5万', 35000],
    ['2.09亿', 209000000],
    ['29.9亿', 2990000000],
    ['4千', 4000],
    ['3千万', 30000000],
    ['5万亿', 5e12],
    ['007', 7],
    ['12,34', undefined],
    ['1,2345', undefined],
    ['1234,567', undefined],
    ['1 5', undefined],
    ['', undefined],
    ['abc', undefined],
    ['3.', undefined],
    ['-5', undefined],
    ['50%', undefined],
  ];
  for (const [s, v] of cases) it(`${JSON.stringify(s)} → ${v}`, () => assert.equal(parseArabic(s), v));
});

describe('numbers: parseChineseNumeral', () => {
  const cases: [string, number | undefined][] = [
    ['一百二十三', 123],
    ['三万', 30000],
    ['两千零五', 2005],
    ['十五', 15],
    ['十', 10],
    ['二十', 20],
    ['九十九', 99],
    ['二十四', 24],
    ['一千零一十', 1010],
    ['三百零五', 305],
    ['三万五千', 35000],
    ['一百二', 120],
    ['一万二', 12000],
    ['一亿二千万', 120000000],
    ['三万亿', 3e12],
    ['百', 100],
    ['万', 10000],
    ['两', 2],
    ['二〇一九', 2019],
    ['二○二三', 2023],
    ['一九九八', 1998],
    ['〇', 0],
    ['零', 0],
    ['三点五', 3.5],
    ['十十', undefined],
    ['百千', undefined],
    ['十三五', undefined],
    ['十四五', undefined],
    ['零万', undefined],
    ['两三', undefined],
    ['三点', undefined],
    ['', undefined],
    ['3万', undefined],
    ['abc', undefined],
  ];
  for (const [s, v] of cases) it(`${JSON.stringify(s)} → ${v}`, () => assert.equal(parseChineseNumeral(s), v));
});

describe('numbers: findNumbers, Arabic', () => {
  const cases: Case[] = [
    { name: 'count with measure word', text: '全市建立人民调解委员会411家,其中', expect: [{ text: '411', value: 411, unit: '家', form: 'arabic', decimals: 0 }] },
    { name: 'count 1597人', text: '共有调解员1597人,其中', expect: [{ text: '1597', value: 1597, unit: '人' }] },
    // A count written in two parts around 万 (萬): neither part alone is it — no number is read.
    { name: 'two parts around 万: none', text: '调解案件1万2514件,成立率87.90%', expect: [{ value: 87.9, percent: true }] },
    { name: 'two parts around 萬, a comma in the second: none', text: '調解案件達1萬2,514件,調解成立', expect: [] },
    {
      name: 'percent with decimals',
      text: '调解成功8454件,成功率99.51%,',
      expect: [
        { text: '8454', value: 8454, unit: '件' },
        { text: '99.51%', value: 99.51, decimals: 2, percent: true, numeral: '99.51', percentPoint: false },
      ],
    },
    { name: '9.82%', text: '复议后起诉率9.82%,', expect: [{ value: 9.82, decimals: 2, percent: true }] },
    { name: 'plain decimal 1.35', text: '万人行政诉讼立案数为1.35,已生效', expect: [{ text: '1.35', value: 1.35, decimals: 2, percent: false }] },
    {
      name: '亿 multiplier 2.09亿元',
      text: '减税降费2.09亿元。',
      expect: [{ text: '2.09亿', value: 209000000, decimals: 2, multiplier: 100000000, unit: '元', form: 'arabic', numeral: '2.09' }],
    },
    { name: '29.9亿元', text: '项目资金29.9亿元,', expect: [{ value: 2990000000, decimals: 1, multiplier: 100000000, unit: '元' }] },
    {
      name: '3.5万余份',
      text: '发放宣传资料3.5万余份,',
      expect: [{ text: '3.5万余', value: 35000, decimals: 1, multiplier: 10000, approx: ['余'], unit: '份', numeral: '3.5', form: 'arabic' }],
    },
    { name: '6.9万多件', text: '集中审批6.9万多件,', expect: [{ text: '6.9万多', value: 69000, decimals: 1, approx: ['多'], unit: '件' }] },
    { name: '47余件', text: '《协议》等47余件重大决策', expect: [{ text: '47余', value: 47, approx: ['余'], unit: '件', numeral: '47' }] },
    { name: '余 before 万: 250余万元', text: '涉案金额250余万元。', expect: [{ text: '250余万', value: 2500000, multiplier: 10000, approx: ['余'], unit: '元', numeral: '250' }] },
    { name: '多 before 万: 160多万人次', text: '接待群众160多万人次', expect: [{ value: 1600000, approx: ['多'], unit: '人次' }] },
    { name: '余 without a measure word', text: '话活动,60余干警晋升', expect: [{ text: '60余', value: 60, approx: ['余'], unit: undefined }] },
    {
      name: 'space before measure word: 131 件',
      text: '审结行政诉讼案件131 件,其中',
      expect: [{ text: '131', value: 131, unit: '件', spaceBeforeUnit: true, hasInnerSpace: false, unitStart: 12 }],
    },
    {
      name: 'space inside a number: 1 5起',
      text: '受理案件1 5起,',
      expect: [{ text: '1 5', value: 15, hasInnerSpace: true, unit: '起', numeral: '1 5' }],
    },
    {
      name: 'year then count with a space',
      text: '2019年 75件',
      expect: [
        { value: 2019, isYear: true, dateRole: 'year', hasInnerSpace: false },
        { value: 75, unit: '件', isYear: false },
      ],
    },
    { name: 'time is not inner space', text: '2020-01-21 09:56 信息来源', expect: [{ value: 2020, isYear: false }, { value: 1 }, { value: 21 }, { value: 9 }, { value: 56 }] },
    { name: 'stacked approximation', text: '约1000余人参加', expect: [{ text: '约1000余', start: 0, numeralStart: 1, approx: ['约', '余'], value: 1000, unit: '人' }] },
    { name: '近3年', text: '近3年来', expect: [{ text: '近3', approx: ['近'], value: 3, unit: '年', isYear: false, dateRole: undefined }] },
    { name: '近1.2亿元', text: '标的额近1.2亿元,', expect: [{ text: '近1.2亿', value: 120000000, approx: ['近'] }] },
    { name: '以上 after %', text: '审批时限压缩67%以上,', expect: [{ text: '67%以上', value: 67, percent: true, approx: ['以上'] }] },
    { name: '左右 after the unit', text: '培训100人左右,', expect: [{ text: '100', value: 100, unit: '人', approx: ['左右'], end: 5 }] },
    { name: '全市上下 is not 上下', text: '2022年上下联动', expect: [{ value: 2022, approx: [] }] },
    { name: '超过', text: '超过3000人', expect: [{ approx: ['超过'], value: 3000 }] },
    { name: '不超过 is a bound, not 超过', text: '不超过3件', expect: [{ approx: [], text: '3' }] },
    { name: '节约 is not 约', text: '节约资金3.7亿元', expect: [{ approx: [], value: 370000000 }] },
    { name: '最近 is not 近', text: '最近3年', expect: [{ approx: [] }] },
    { name: 'mixed 4千', text: '参加4千人', expect: [{ text: '4千', value: 4000, form: 'mixed', multiplier: 1000, numeral: '4', unit: '人' }] },
    { name: '千米 is a unit', text: '3千米', expect: [{ value: 3, form: 'arabic', unit: '千米', multiplier: 1 }] },
    { name: 'bare 十 after digits is not read', text: '3十人', expect: [{ text: '3', value: 3, unit: undefined }] },
    { name: 'percent points', text: '下降3.5个百分点', expect: [{ text: '3.5', value: 3.5, percent: false, percentPoint: true, unit: '个百分点' }] },
    { name: '百分之95', text: '达百分之95', expect: [{ text: '百分之95', value: 95, percent: true, start: 1, numeralStart: 4 }] },
    { name: 'quoted 12.4 day name', text: '“12.4”宪法宣传日', expect: [{ text: '12.4', value: 12.4, decimals: 1 }] },
    { name: 'middle dot form gives two numbers', text: '“12·4”宪法宣传日', expect: [{ value: 12 }, { value: 4 }] },
    { name: 'dotted date', text: '2019.12.05', expect: [{ value: 2019, decimals: 0 }, { value: 12, decimals: 0 }, { value: 5, text: '05' }] },
    { name: 'heading 1.', text: '1.加强领导', expect: [{ text: '1', value: 1, decimals: 0 }] },
    {
      name: 'year range with hyphen',
      text: '实施纲要(2015-2020年)',
      expect: [
        { value: 2015, isYear: true, dateRole: 'year' },
        { value: 2020, isYear: true },
      ],
    },
    { name: 'year range with long dash', text: '(2021—2025年)', expect: [{ isYear: true }, { isYear: true }] },
    { name: 'month range', text: '2024年1-12月', expect: [{ dateRole: 'year' }, { value: 1, dateRole: 'month' }, { value: 12, dateRole: 'month' }] },
    { name: 'plan years without 年', text: '(2018-2020)》', expect: [{ isYear: false }, { isYear: false }] },
    { name: 'percent range 15~30%', text: '15~30%', expect: [{ value: 15, percent: false }, { value: 30, percent: true }] },
    { name: '年度', text: '现将2019年度工作', expect: [{ value: 2019, isYear: true, dateRole: 'year', unit: '年度' }] },
    {
      name: 'full date',
      text: '2023年2月28日',
      expect: [
        { value: 2023, dateRole: 'year' },
        { value: 2, dateRole: 'month' },
        { value: 28, dateRole: 'day' },
      ],
    },
    { name: '12月底 is a month', text: '至12月底', expect: [{ value: 12, dateRole: 'month' }] },
    { name: '30日内 is a duration', text: '30日内作出决定', expect: [{ value: 30, dateRole: undefined, unit: '日' }] },
    { name: '3个月 is not a month', text: '3个月', expect: [{ dateRole: undefined, unit: '个' }] },
    { name: 'duration 11年 is no year', text: '连续11年', expect: [{ value: 11, isYear: false, dateRole: undefined }] },
    { name: '1900–2100 only', text: '1800年', expect: [{ isYear: false }] },
    { name: 'thousands separator', text: '共1,234件', expect: [{ text: '1,234', value: 1234, thousandsSeparator: true, unit: '件' }] },
    { name: 'thousands with decimals', text: '12,297.5万元', expect: [{ value: 122975000, thousandsSeparator: true, decimals: 1 }] },
    { name: 'full-width comma is a clause separator', text: '共1，234件', expect: [{ value: 1, thousandsSeparator: false }, { value: 234 }] },
    { name: 'comma groups not of three', text: '分别为61,50,18件', expect: [{ value: 61 }, { value: 50 }, { value: 18 }] },
    { name: 'comma list is no thousands', text: '12,34,567', expect: [{ value: 12 }, { value: 34 }, { value: 567 }] },
    { name: 'four-digit first group', text: '2019,2020年', expect: [{ value: 2019 }, { value: 2020 }] },
    { name: 'full-width digits', text: '共１２３件', expect: [{ text: '１２３', value: 123, unit: '件' }] },
    { name: 'full-width percent and dot', text: '９９．５１％', expect: [{ value: 99.51, decimals: 2, percent: true }] },
    { name: 'leading zeros', text: '00352', expect: [{ value: 352 }] },
    { name: 'glued to letters', text: '5G基站和G20峰会及ISO9001', expect: [] },
    { name: 'after a word of letters, counted in its measure word', text: '手机APP1970件', expect: [{ text: '1970', value: 1970, unit: '件' }] },
    { name: 'after a code\'s letter, or a word with no measure word', text: 'H5页面20个，ISO9001认证，G20峰会2次', expect: [{ value: 20, unit: '个' }, { value: 2, unit: '次' }] },
    { name: 'a letter for a digit glues the decimals too', text: '占l8.3%，版本V2.1', expect: [] },
    { name: 'hotline number', text: '12345热线', expect: [{ value: 12345, unit: undefined }] },
    { name: 'ordinal 第3次', text: '第3次会议', expect: [{ value: 3, ordinal: true, unit: '次' }] },
    { name: '8部门', text: '等8部门建立', expect: [{ value: 8, unit: '部门' }] },
    { name: '人民 is not 人', text: '20人民调解', expect: [{ value: 20, unit: undefined }] },
    { name: 'UTF-16 offsets after a surrogate pair', text: '𠀀新收行政复议申请75件', expect: [{ text: '75', start: 10, end: 12, unitStart: 12 }] },
  ];
  for (const c of cases) it(c.name, () => check(c));
});

describe('numbers: findNumbers, Chinese numerals', () => {
  const cases: Case[] = [
    {
      name: '三万余册',
      text: '《宪法知识手册》三万余册,',
      expect: [{ text: '三万余', value: 30000, form: 'chinese', multiplier: 10000, approx: ['余'], unit: '册', numeral: '三' }],
    },
    { name: '三十余万元', text: '三十余万元', expect: [{ text: '三十余万', value: 300000, multiplier: 10000, approx: ['余'], unit: '元', numeral: '三十' }] },
    { name: '百余场', text: '普法活动百余场。', expect: [{ text: '百余', value: 100, approx: ['余'], unit: '场' }] },
    { name: '万余人', text: '参与人数达万余人。', expect: [{ text: '万余', value: 10000, approx: ['余'], unit: '人' }] },
    { name: '近亿元', text: '经济损失近亿元。', expect: [{ text: '近亿', value: 100000000, approx: ['近'], unit: '元' }] },
    { name: '一百二十三人', text: '一百二十三人', expect: [{ text: '一百二十三', value: 123, unit: '人' }] },
    { name: '两千零五件', text: '两千零五件', expect: [{ value: 2005 }] },
    { name: '三万五千人', text: '三万五千人', expect: [{ value: 35000, multiplier: 1 }] },
    { name: '二十四条措施', text: '《二十四条措施》', expect: [{ value: 24, unit: '条' }] },
    { name: '三项制度 is a count', text: '行政执法“三项制度”', expect: [{ value: 3, unit: '项' }] },
    { name: '两部地方性法规', text: '两部地方性法规', expect: [{ value: 2, unit: '部' }] },
    { name: '前三季度', text: '前三季度,', expect: [{ value: 3, unit: '季度' }] },
    { name: 'single 一 with a measure word', text: '导各配备一名业务强', expect: [{ text: '一', value: 1, unit: '名' }] },
    { name: '三个百分点', text: '提高三个百分点', expect: [{ value: 3, percentPoint: true }] },
    { name: '百分之九十五', text: '达到百分之九十五', expect: [{ text: '百分之九十五', value: 95, percent: true, numeral: '九十五' }] },
    { name: '百分之百', text: '百分之百', expect: [{ value: 100, percent: true }] },
    {
      name: 'Chinese date 二〇一九年十二月五日',
      text: '二〇一九年十二月五日',
      expect: [
        { text: '二〇一九', value: 2019, isYear: true, dateRole: 'year', unit: '年' },
        { text: '十二', value: 12, dateRole: 'month' },
        { text: '五', value: 5, dateRole: 'day' },
      ],
    },
    {
      name: 'Chinese date with ○',
      text: '二○二三年二月二十八日',
      expect: [
        { value: 2023, isYear: true },
        { value: 2, dateRole: 'month' },
        { value: 28, dateRole: 'day' },
      ],
    },
    { name: '三年行动 is a duration, no year', text: '三年行动计划', expect: [{ value: 3, unit: '年', isYear: false, dateRole: undefined }] },
    { name: 'ordinal 第八批', text: '命名为第八批“全国', expect: [{ value: 8, ordinal: true, unit: '批' }] },
    { name: 'ordinal 第二届', text: '开展第二届“以案', expect: [{ value: 2, ordinal: true, unit: '届' }] },
    { name: 'ordinal 第一次', text: '第一次会议', expect: [{ value: 1, ordinal: true, unit: '次' }] },
    // A meeting numbered within a term is an ordinal; meetings counted are not.
    { name: 'session 三届十二次常委会', text: '在县政协三届十二次常委会上', expect: [{ value: 12, ordinal: true, unit: '次' }] },
    { name: 'session 十四届人大二次会议', text: '十四届人大二次会议', expect: [{ value: 2, ordinal: true, unit: '次' }] },
    { name: 'session 七届3次全会', text: '区委七届3次全会', expect: [{ value: 3, ordinal: true, unit: '次' }] },
    { name: 'meetings counted 召开12次', text: '本届政府召开12次常务会议', expect: [{ value: 12, ordinal: false, unit: '次' }] },
    { name: 'ordinal at clause end', text: '排名全省第一,', expect: [{ value: 1, ordinal: true, unit: undefined }] },
    { name: '共三。', text: '共三。', expect: [{ value: 3 }] },
  ];
  for (const c of cases) it(c.name, () => check(c));

  // Fixed expressions and non-counts: no number at all.
  const none: [string, string][] = [
    ['quoted plan name 八五', '认真开展“八五”普法'],
    ['七五普法', '七五普法验收'],
    ['十三五 / 十四五', '“十四五”规划和十三五时期'],
    ['congress 十九届六中全会', '贯彻党的十九届六中全会精神'],
    ['congress 二十大', '贯彻党的二十大精神'],
    ['congress 十九大', '落实党的十九大和中央'],
    ['enumeration 一是 二是', '一是加强领导;二是完善制度;三是强化监督'],
    ['heading 一、', '一、主要举措'],
    ['heading （一）', '（一）加强领导'],
    ['heading (二)', '(二)深化改革'],
    ['一把手', '党政“一把手”'],
    ['一网通办', '政务服务“一网通办”'],
    ['一站式', '一站式服务'],
    ['一体化', '“大综合一体化”改革'],
    ['一线', '执法一线'],
    ['统一', '统一领导'],
    ['唯一', '唯一窗口'],
    ['进一步', '进一步加强'],
    ['一律', '不通过的一律不上会'],
    ['一致', '相一致'],
    ['一起 together', '一起推进'],
    ['一些', '一些纠纷'],
    ['一定', '取得了一定成效'],
    ['一次性 / 最多跑一次', '一次性告知,“最多跑一次”,“综合查一次”'],
    ['一件事', '“一件事”改革'],
    ['一批', '一批典型案例'],
    ['一年来', '一年来,我局'],
    ['每一位', '为每一位政府'],
    ['之一', '重点巡查之一'],
    ['一人一档 slogan', '一人一档、一村一顾问'],
    ['两规则一细则 (excluded: 规/细 are not measure words)', '两规则一细则'],
    ['三重一大', '“三重一大”事项'],
    ['三会一课', '“三会一课”'],
    ['star levels 四星级', '四星级以上司法所'],
    ['五星级', '五星级司法所'],
    ['grade 二等奖', '荣获二等奖'],
    ['五大行动', '“五大行动”'],
    ['六大类 (大 is not a measure word)', '六大类'],
    ['第一责任人', '第一责任人职责'],
    ['第三方', '第三方评估'],
    ['第一时间', '第一时间报告'],
    ['digit-by-digit slogan', '“一三三四”高质量'],
    ['vague 三五个', '三五个'],
    ['vague 七八十人', '七八十人'],
    ['vague 数十个', '数十个'],
    ['vague 几十人', '几十人'],
    ['vague 上百家', '上百家'],
    ['bare 万人', '万人行政诉讼率'],
    ['bare 百米', '百米法治长廊'],
    ['千家万户', '走进千家万户'],
    ['千方百计', '千方百计'],
    ['十分', '十分重要'],
    ['三番五次', '三番五次'],
    ['五花八门', '五花八门'],
    ['零 words', '零突破,零败诉,犯罪率为零'],
    ['两办', '以两办名义'],
    ['一号工程', '书记一号工程'],
    ['三级 (grades/levels not counted)', '区、街、社区三级信访'],
    ['十一期间', '十一期间'],
    ['year abbreviation 一九年', '一九年'],
    ['三年级', '三年级学生'],
  ];
  for (const [name, text] of none) it(`none: ${name}`, () => check({ name, text, expect: [] }));
});

describe('numbers: findNumbers on the corpus', () => {
  const corpus = join(__dirname, '..', '..', '..', 'shared', 'corpus');
  const fixtures = join(__dirname, '..', 'fixtures', 'corpus');
  function load(name: string): string {
    for (const dir of [fixtures, corpus]) {
      try {
        return readFileSync(join(dir, name), 'utf8');
      } catch {
        // try the next location
      }
    }
    throw new Error(`corpus file ${name} not found`);
  }
  const files = ['000_f822e31e0fec2d8c.txt', '001_cb69d81650a98de4.txt', '002_482a1b21e299368d.txt', '003_eab364f8fc6d6607.txt', '004_7bf61fff27766dcc.txt'];

  function texts(name: string): string[] {
    return findNumbers(load(name)).map((n) => n.text + (n.unit ?? ''));
  }

  it('慈溪: finds the 411 total and its parts, and 131 件', () => {
    const t = texts(files[0]);
    for (const w of ['411家', '19家', '360家', '11家', '1家', '1597人', '89人', '53人', '8527件', '3404件', '48%', '131件', '250余项', '万余人']) {
      assert.ok(t.includes(w), `${w} missing`);
    }
    const n131 = findNumbers(load(files[0])).find((n) => n.value === 131);
    assert.equal(n131?.spaceBeforeUnit, true);
  });

  it('商洛: 99.51%, 3.5万余份, 三万余册, 6.9万多件, 47余件, 1190余件, 2.09亿元', () => {
    const t = texts(files[1]);
    for (const w of ['99.51%', '8495件', '8454件', '3.5万余份', '三万余册', '6.9万多件', '47余件', '1190余件', '2.09亿元', '15630件', '25.6%']) {
      assert.ok(t.includes(w), `${w} missing`);
    }
  });

  it('海宁: 9.82%, 58.04%, 12297起', () => {
    const t = texts(files[4]);
    for (const w of ['9.82%', '58.04%', '12297起', '99.35%']) assert.ok(t.includes(w), `${w} missing`);
  });

  it('every span is exact and non-overlapping in every corpus file', () => {
    for (const f of files) {
      const text = load(f);
      const found = findNumbers(text);
      assert.ok(found.length > 50, f);
      let last = 0;
      for (const n of found) {
        assert.equal(text.slice(n.start, n.end), n.text);
        assert.ok(n.start >= last, `${f}: overlap at ${n.start}`);
        last = n.end;
      }
    }
  });

  it('no Chinese numeral in the corpus comes from a fixed expression', () => {
    const allowedUnits = new Set(['项', '年', '次', '批', '届', '人', '条', '册', '部', '个', '名', '季度', '场', '张', '类', '元']);
    for (const f of files) {
      const text = load(f);
      for (const n of findNumbers(text).filter((x) => x.form === 'chinese')) {
        const ctx = text.slice(Math.max(0, n.start - 6), n.end + 6);
        assert.ok(!/[是、）)]/.test(text[n.end] ?? ''), `${f}: ${ctx}`);
        assert.ok(n.unit === undefined ? n.ordinal : allowedUnits.has(n.unit), `${f}: ${ctx} unit ${n.unit}`);
        assert.ok(!/届|大|中全会/.test(text.slice(n.end, n.end + 3)) || n.ordinal, `${f}: ${ctx}`);
      }
    }
  });
});

describe('numbers: formatFixed / roundHalfUp / truncate', () => {
  const fmt: [number, number, string][] = [
    [99.5174, 2, '99.52'],
    [0.125, 2, '0.13'],
    [57.975, 2, '57.98'],
    [1.005, 2, '1.01'],
    [99.517, 1, '99.5'],
    [9.995, 2, '10.00'],
    [0, 2, '0.00'],
    [100, 0, '100'],
    [0.5, 0, '1'],
    [2.5, 0, '3'],
    [0.0005, 3, '0.001'],
    [0.000001, 2, '0.00'],
    [1234567.891, 2, '1234567.89'],
    [-0.125, 2, '-0.13'],
    [-0.001, 2, '0.00'],
    [1e21, 0, '1000000000000000000000'],
    [(8454 / 8495) * 100, 2, '99.52'],
    [(3404 / 8527) * 100, 1, '39.9'],
    [(555 / 558) * 100, 2, '99.46'],
    [(65 / 112) * 100, 2, '58.04'],
    [1.1 + 2.2, 1, '3.3'],
    [0.1 * 3, 2, '0.30'],
    [5, 3, '5.000'],
    [-0, 0, '0'],
    [-126, 0, '-126'],
    [9007199254740991, 0, '9007199254740991'],
  ];
  for (const [v, d, s] of fmt) it(`formatFixed(${v}, ${d}) = ${s}`, () => assert.equal(formatFixed(v, d), s));

  it('non-finite values pass through', () => {
    assert.equal(formatFixed(NaN, 2), 'NaN');
    assert.equal(formatFixed(Infinity, 2), 'Infinity');
  });
  it('rejects invalid decimals', () => {
    assert.throws(() => formatFixed(1, -1), RangeError);
    assert.throws(() => formatFixed(1, 1.5), RangeError);
  });

  const rnd: [number, number, number][] = [
    [99.5174, 2, 99.52],
    [1.005, 2, 1.01],
    [57.975, 2, 57.98],
    [-2.5, 0, -3],
    [(4706 / 4708) * 100, 1, 100],
  ];
  for (const [v, d, r] of rnd) it(`roundHalfUp(${v}, ${d}) = ${r}`, () => assert.equal(roundHalfUp(v, d), r));

  const tr: [number, number, number][] = [
    [99.5174, 2, 99.51],
    [0.29 * 100, 0, 29],
    [1.999, 2, 1.99],
    [-1.99, 0, -1],
    [(8454 / 8495) * 100, 2, 99.51],
    [42, 2, 42],
  ];
  for (const [v, d, r] of tr) it(`truncate(${v}, ${d}) = ${r}`, () => assert.equal(truncate(v, d), r));
});

describe('numbers: isRound', () => {
  const cases: [number, number | undefined, boolean][] = [
    [250, undefined, true],
    [47, undefined, false],
    [1190, undefined, false],
    [1000, undefined, true],
    [5600, undefined, true],
    [120, undefined, true],
    [10, undefined, true],
    [100, undefined, true],
    [5, undefined, false],
    [0, undefined, false],
    [3.5, undefined, false],
    [50000, 10000, true],
    [1250000, 10000, true],
    [35000, 10000, true],
  ];
  for (const [v, m, r] of cases) {
    it(`isRound(${v}${m ? `, ${m}` : ''}) = ${r}`, () => assert.equal(m === undefined ? isRound(v) : isRound(v, m), r));
  }
});
