// Partitions by definition: a total metric and the parts that make it up because of what the words mean, not because
// the sentence says 其中/共/合计 ("地区生产总值" = 第一 + 第二 + 第三产业增加值). Data only: figure/partition reads it.
// Names are matched whole, after the figure's own words are cleaned (see figure-partition.ts): a name is never a
// substring test, so 人均地区生产总值 or 规模以上工业增加值 are not 地区生产总值 or 工业增加值.
import { alternatives, SCOPE_WORDS, TOTAL_WORDS } from './lexicon';

export interface PartitionSlot {
  /** How messages name the part: "第二产业增加值". */
  label: string;
  /** Regex source of the names the part is stated under (alternatives, matched whole). */
  names: string;
  /** A shorter name it goes by only in its total's sentence ("第一产业" for 第一产业增加值): elsewhere it may be another measure's part. */
  bare?: string;
}

export interface Partition {
  id: string;
  /** How messages name the total: "地区生产总值". */
  whole: string;
  /** Regex source of the names the total is stated under (matched whole). */
  total: string;
  parts: PartitionSlot[];
  /**
   * Whether the parts listed are the whole set: then, all stated, they must add up to the total. Otherwise (谷物 =
   * 稻谷 + 小麦 + 玉米 + other grains) they only cannot add up to more than the total.
   */
  complete: boolean;
  /** A part some regions have and others not (早稻): the set is complete without it only where the paragraph never names it. */
  optional?: PartitionSlot;
  /** A part may be negative (财产净收入 "负64元"): a partial set is no bound on the total, only the whole set is checked. */
  signed?: boolean;
  /** Words that, named in the paragraph, show a part outside the set (晚稻 beside 夏粮/秋粮): then only "above the total" is checked. */
  foreign?: string;
  /** The rule's sentence for a complete set ("第一、二、三产业增加值之和应等于地区生产总值"); without it, the parts stated are named. */
  sumLabel?: string;
}

// Farm output and value added are split the same way: 农业、林业、牧业、渔业 and the services to them (农林牧渔专业及辅助性活动,
// formerly 农林牧渔服务业), each under 产值 or 增加值.
function farm(measure: string, id: string, totalMeasure: string): Partition {
  const slot = (label: string, names: string) => ({ label: `${label}${measure}`, names: `(?:${names})(?:总)?${measure}` });
  const whole = `农林牧渔业${measure === '产值' ? '总产值' : measure}`;
  return {
    id: `farm-${id}`,
    whole,
    total: `农林牧渔(?:业)?${totalMeasure}`,
    parts: [
      slot('农业', '农业|种植业'),
      slot('林业', '林业'),
      slot('牧业', '(?:畜)?牧业'),
      slot('渔业', '渔业'),
      slot('农林牧渔专业及辅助性活动', '农林牧渔(?:业)?(?:专业及辅助性活动|服务业)'),
    ],
    complete: true,
    sumLabel: `农业、林业、牧业、渔业和农林牧渔专业及辅助性活动${measure}之和应等于${whole}`,
  };
}

/**
 * An industry's value added, named as such: a bare "第一产业5亿元" may be of another breakdown by industry (固定资产投资)
 * stated in the same paragraph.
 */
function valueAdded(name: string): PartitionSlot {
  // "第一产业增长9.1%达21.2亿元": the industry named alone states its value added — in the total's sentence (figure/partition).
  return { label: `${name}增加值`, names: `${name}(?:增加值)?`, bare: name };
}

/** 城镇 + 乡村 (or 农村) of a population; a part may repeat the population's qualifier ("城镇常住人口"). */
function urbanRural(id: string, qualifier: string, total: string): Partition {
  return {
    id: `urban-rural-${id}`,
    whole: `${qualifier}人口`,
    total,
    parts: [
      { label: '城镇人口', names: `城镇(?:${qualifier})?人口` },
      { label: '乡村人口', names: `(?:乡村|农村)(?:${qualifier})?人口` },
    ],
    complete: true,
    sumLabel: `城镇人口与乡村人口之和应等于${qualifier}人口`,
  };
}

/** 山羊 + 绵羊 of the sheep in stock (存栏) or slaughtered (出栏); a part may repeat the measure ("山羊存栏", "存栏山羊"). */
function sheep(measure: string, id: string): Partition {
  return {
    id: `sheep-${id}`,
    whole: `羊${measure}`,
    total: `羊(?:只)?${measure}(?:量|数)?|${measure}羊`,
    parts: [
      { label: `山羊${measure}`, names: `山羊(?:${measure})?|${measure}山羊` },
      { label: `绵羊${measure}`, names: `绵羊(?:${measure})?|${measure}绵羊` },
    ],
    complete: true,
    sumLabel: `山羊与绵羊之和应等于羊${measure}数`,
  };
}

/** The year's grain, split by season or by kind. */
const GRAIN = { whole: '粮食产量', total: '粮食(?:总)?产量|粮食总产', complete: true };

/** A crop's output, under its name with or without 产量. */
function crop(name: string): PartitionSlot {
  return { label: `${name}产量`, names: `${name}(?:产量)?` };
}

// Per head of the residents (全体, 城镇 or 农村居民), of the year.
const RESIDENTS_PER_HEAD = '(?:全体|城镇|农村|城乡)?(?:常住)?居民(?:年)?人均';

/** A per-head measure of residents and its parts by definition, each part [label, names]. */
function perHead(id: string, whole: string, measure: string, parts: string[][], more: Pick<Partition, 'sumLabel' | 'signed'>): Partition {
  return { id, whole, total: `${RESIDENTS_PER_HEAD}${measure}`, parts: parts.map(([label, names]) => ({ label, names })), complete: true, ...more };
}

/** A whole made of two halves, each stated under its own name. */
function halves(id: string, whole: string, total: string, first: PartitionSlot, second: PartitionSlot): Partition {
  return { id, whole, total, parts: [first, second], complete: true, sumLabel: `${first.label}与${second.label}之和应等于${whole}` };
}

// What a kind of spending may be named with: its account (支出预算数, 决算, 财政拨款支出) after it.
const ACCOUNT = '(?:财政拨款)?(?:支出)?(?:预算|决算)?数?(?:支出)?';

/** 三公经费 and its kinds, the cars as `cars`; whatever stands before “三公” (the body, the year, the funds) names the same total. */
function threePublic(id: string, cars: PartitionSlot[]): Partition {
  return {
    id,
    whole: '“三公”经费',
    total: `[\\u4e00-\\u9fff0-9“”"]{0,30}?[“"]?三公[”"]?经费${ACCOUNT}`,
    parts: [
      { label: '因公出国（境）费', names: `因公出国(?:境)?(?:经)?费(?:用)?${ACCOUNT}` },
      { label: '公务接待费', names: `公务接待(?:经)?费${ACCOUNT}` },
      ...cars,
    ],
    complete: true,
    sumLabel: `因公出国（境）费、公务接待费、${cars.map((c) => c.label).join('、')}之和应等于“三公”经费`,
  };
}

export const PARTITIONS: readonly Partition[] = [
  {
    id: 'gdp',
    whole: '地区生产总值',
    total: '(?:地区|国内)?生产总值(?:GDP)?|GDP',
    parts: [valueAdded('第一产业'), valueAdded('第二产业'), valueAdded('第三产业')],
    complete: true,
    sumLabel: '第一、二、三产业增加值之和应等于地区生产总值',
  },
  {
    id: 'secondary',
    whole: '第二产业增加值',
    total: '第二产业增加值',
    parts: [{ label: '工业增加值', names: '(?:全部)?工业增加值' }, valueAdded('建筑业')],
    complete: true,
    sumLabel: '工业增加值与建筑业增加值之和应等于第二产业增加值',
  },
  {
    // The budget's own revenue is taxes and everything else (非税收入); not 总收入, which adds transfers from above.
    id: 'budget-revenue',
    whole: '一般公共预算收入',
    total: '(?:地方)?(?:一般公共预算|公共财政预算|一般预算|一般公共财政预算)收入|公共财政收入',
    // "其中：地方税收完成5.66亿元，非税收入完成5.73亿元": 税收 may go without 收入, after 地方.
    parts: [{ label: '税收收入', names: '(?:地方)?税收(?:收入)?' }, { label: '非税收入', names: '(?:地方)?非税(?:收入)?' }],
    complete: true,
    sumLabel: '税收收入与非税收入之和应等于一般公共预算收入',
  },
  // 三公经费 are by definition three kinds of spending: trips abroad, official receptions, official cars (bought and run,
  // stated together or apart). The amounts of one account: budget (预算数) or final (决算数), named after the kind.
  threePublic('three-public-cars-together', [{ label: '公务用车购置及运行维护费', names: `公务用车购置及运行(?:维护)?(?:经)?费${ACCOUNT}` }]),
  threePublic('three-public-cars-apart', [
    { label: '公务用车购置费', names: `公务用车购置(?:经)?费?${ACCOUNT}` },
    { label: '公务用车运行维护费', names: `公务用车运行(?:维护)?(?:经)?费${ACCOUNT}` },
  ]),
  // A household's disposable income per head is by definition its four sources (统计口径), each rounded to the yuan.
  perHead('disposable-income', '人均可支配收入', '可支配收入', [
    ['工资性收入', '工资性收入|工资收入'], ['经营净收入', '(?:家庭)?经营(?:性)?净?收入'], ['财产净收入', '财产(?:性)?净?收入'], ['转移净收入', '转移(?:性)?净?收入'],
  ], { signed: true, sumLabel: '工资性收入、经营净收入、财产净收入与转移净收入之和应等于人均可支配收入' }),
  // Consumption per head is by definition its eight kinds (统计口径).
  perHead('consumption', '人均消费支出', '(?:生活)?消费(?:性)?支出', [
    ['食品烟酒', '食品烟酒'], ['衣着', '衣着'], ['居住', '居住'], ['生活用品及服务', '生活用品(?:及|和)服务'], ['交通通信', '交通(?:和)?通信'],
    ['教育文化娱乐', '教育文化(?:和)?娱乐'], ['医疗保健', '医疗保健'], ['其他用品及服务', '其他用品(?:及|和)服务'],
  ].map(([label, names]) => [label, `${names}(?:消费)?(?:支出)?`]), { sumLabel: '八类消费支出之和应等于人均消费支出' }),
  farm('产值', 'output', '(?:总)?产值'),
  farm('增加值', 'value-added', '增加值'),
  // 总人口 without a qualifier is split the same way whichever population it is: it is read as 常住.
  urbanRural('resident', '常住', '常住(?:总)?人口|总人口'),
  urbanRural('registered', '户籍', '户籍(?:总)?人口'),
  // The registered population by its old household kind (户口性质).
  halves('registered-household-kind', '户籍人口', '户籍(?:总)?人口', { label: '农业人口', names: '农业(?:户口)?人口' }, { label: '非农业人口', names: '非农业?(?:户口)?人口' }),
  halves('sex', '总人口', '(?:常住|户籍)?(?:总)?人口', { label: '男性人口', names: '男性(?:人口)?|男' }, { label: '女性人口', names: '女性(?:人口)?|女' }),
  {
    // 全年粮食 = 夏粮 + 早稻 + 秋粮 (国家统计局). 早稻 is grown in the south only: a report of a region without it lists
    // 夏粮 and 秋粮 alone, so the pair is complete unless the paragraph names 早稻 (or another season: then the set is
    // the region's own and only a sum above the total is sure).
    id: 'grain-seasons',
    ...GRAIN,
    parts: [crop('夏粮'), crop('秋粮')],
    optional: crop('早稻'),
    foreign: '晚稻|中稻|冬种|冬粮|春粮|小春|大春',
  },
  {
    // 小春 (sown in autumn, harvested in spring) and 大春 (sown in spring): the whole year's grain in the south-west.
    id: 'grain-spring-autumn',
    ...GRAIN,
    parts: [
      { label: '小春粮食产量', names: '小春(?:粮食)?(?:产量)?' },
      { label: '大春粮食产量', names: '大春(?:粮食)?(?:产量)?' },
    ],
    foreign: '夏粮|秋粮|早稻|晚稻',
    sumLabel: '小春与大春粮食产量之和应等于全年粮食产量',
  },
  // 粮食 is 谷物, 豆类 and 薯类 by definition.
  { id: 'grain-kinds', ...GRAIN, parts: [crop('谷物'), crop('豆类'), crop('薯类')], sumLabel: '谷物、豆类、薯类产量之和应等于粮食产量' },
  // Grains other than rice, wheat and maize (高粱, 谷子, 大麦…) are seldom listed: the three only cannot exceed 谷物.
  { id: 'cereals', whole: '谷物产量', total: '谷物(?:总)?产量', parts: [crop('稻谷'), crop('小麦'), crop('玉米')], complete: false },
  sheep('存栏', 'stock'),
  sheep('出栏', 'slaughter'),
];

/**
 * Words that may stand before a total's or a part's name in its clause without changing what it counts: cues,
 * the period, the whole region, a run-in label of a statistical bulletin ("人口年末常住人口…", "国民经济全年实现…").
 */
export const NAME_LEAD = alternatives([
  ...SCOPE_WORDS, ...TOTAL_WORDS,
  '其中', '分产业看', '分三次产业看', '分季节看', '按常住地分', '按城乡分', '年末', '年底', '年内',
  '(?:19|20)[0-9]{2}年(?:末|底)?', '第?[一二三四]季度', '上半年', '前三季度', '1?[0-9][-—–~至]1?[0-9]月份?',
  '全[省市县区州盟旗镇乡]', '我[省市县区州旗镇乡]', '本[省市县区]', '[省市县区]?本级', '[省市县区乡镇]级', '现价', '国民经济', '经济总量', '人口', '综合',
]);

/** Verbs stated between a name and its figure, or inside it ("第二产业完成增加值"): dropped before names are matched. */
export const NAME_VERBS = ['实现', '完成'] as const;
/** Words between a name and its figure ("税收收入累计", "总产值为", "收入预计完成"): dropped from the end before names are matched. */
export const NAME_TAIL = ['达到', '达', '为', '是', '预计', ...TOTAL_WORDS] as const;

/** Urbanisation: the share of the urban part of a population (城镇化率 = 城镇人口 ÷ 常住人口). */
export const URBANISATION = {
  rate: '(?:(常住|户籍)人口)?城镇化(?:水平|率)',
  /**
   * Population partitions whose urban part over the total is the rate, by the qualifier the rate names; a bare 城镇化率
   * is of the resident population (统计口径), never of 户籍人口. The total must name the qualifier itself: a bare 总人口
   * may be either.
   */
  partitions: { 常住: 'urban-rural-resident', 户籍: 'urban-rural-registered' } as Record<string, string>,
  bare: '常住',
  urbanSlot: 0,
};

/**
 * A whole split by level: the level's own body and all the units under it ("市本级平台受理213.14万件，各县区受理145.13万件"
 * is all the city took in). Both parts carry the whole's verb; 各 says every unit is counted.
 */
export const LEVEL_SPLITS: readonly { own: string; units: string; labels: readonly [string, string]; whole: string }[] = [
  // "市级一般公共预算支出118.3亿元…；区市一般公共预算支出385.1亿元": the city's own level and its districts.
  { own: '市本级(?:平台)?|市直(?:部门|单位|机关)?|市级', units: '各(?:县|区)(?:市区|区市|县|区|市)?|区市|县区|区县|县市区', labels: ['市本级', '各县（市、区）'], whole: '全市总数' },
];

/** Negations that turn a condition into its complement ("符合法定受理条件" / "不符合法定受理条件"). */
export const CONDITION_NEGATION = /^(?:不|未)/;

/**
 * "三次产业结构比为37.2:20.5:42.3", "三次产业结构比21.8:17.4:60.8", "三次产业结构比例为16.5︰26.2︰57.3", "三次产业的比例为12.8:45.4:41.9", "三次产业比例由上年的13.72∶46.43∶39.85调整为12.36∶48.34∶39.3", "一、二、三产业增加值占
 * 地区生产总值的比重由上年的…调整为11.6:42.7:49.7", "三次产业增加值结构为9.3、44.0、49.6": the shares of the three industries
 * in GDP, the ratio after the first 为 (the year's, when the sentence gives last year's first). Groups 1, 3, 4: the terms.
 */
export const SECTOR_STRUCTURE = /(?:三次产业|第?一、(?:第?二、第?三|二、三次?)产业)(?:增加值)?的?(?:结构|比例|构成|[^。；;%]{0,20}?比重)(?:比例?|关系)?(?:[^。；;%]{0,40}?为)?\s*([0-9]+(?:\.[0-9]+)?)\s*([:：∶︰、])\s*([0-9]+(?:\.[0-9]+)?)\s*\2\s*([0-9]+(?:\.[0-9]+)?)(?![0-9.%])/dg;
/** The groups of SECTOR_STRUCTURE holding the three terms (the second group is the mark between them). */
export const SECTOR_STRUCTURE_TERMS = [1, 3, 4] as const;
