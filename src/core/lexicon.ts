// One word list per idea, shared by the number reader and every rule: change words, comparison words, total words,
// scope words, remainder words, approximation markers. Rules used to keep their own copies, which drifted apart (one
// knew 提升, another did not). No imports: numbers.ts, a hot path, reads the approximation markers from here.

/** Words of an increase, and of a decrease ("同比增长", "下降了", "比上年高出0.66个百分点"). */
export const INCREASE_WORDS = ['增长', '增加', '上升', '提高', '提升', '高出', '上涨'] as const;
export const DECREASE_WORDS = ['下降', '减少', '降低', '回落', '下跌'] as const;
/** A time limit or a list cut down ("审批时限由20个工作日压缩至5个工作日，压缩75%"): a decrease only a change check reads as one. */
export const SHORTEN_WORDS = ['压缩', '缩短', '压减', '精简', '缩减', '削减'] as const;
/**
 * Changes named by what changed, stated as an amount ("增收8300万元", "比上年增产0.71万吨", "减支"): words of a change
 * amount, never of a rate.
 */
export const AMOUNT_INCREASE_WORDS = ['增收', '增支', '增产', '净增加', '净增'] as const;
export const AMOUNT_DECREASE_WORDS = ['减收', '减支', '减产', '净减少', '净减'] as const;
export const AMOUNT_CHANGE_WORDS = [...AMOUNT_INCREASE_WORDS, ...AMOUNT_DECREASE_WORDS] as const;
/** A comparison with an earlier period ("同比", "较上年"). */
export const COMPARISON_WORDS = ['同比', '环比', '较上年', '比上年', '较上年度', '比上年度', '较上一年度', '比上一年度', '较去年', '比去年'] as const;

/** The year before, as regex alternatives ("较上年", "比去年同期", "与上一年度相比"). */
export const LAST_YEAR = '去年|上年度?|上一年度?';

/**
 * The period a change is stated against, as regex alternatives: the year, month, quarter or week before, or a named year,
 * month or quarter ("较上年", "比2022年同期", "比10月份增加33件", "与前三季度相比，增长17.73个百分点").
 */
export const PRIOR_PERIOD = `${LAST_YEAR}|(?:19|20)[0-9]{2}年度?|上一?(?:期|月|季度?|周)|上半年|(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月份?|(?:前|第)?[一二三四1-4]季度`;

/** The year's end a count is stated at ("截至年底", "截至2025年12月31日", "截止目前"): the count is the year's, no part of it. */
export const AS_OF_YEAR_END = '截[至止](?:(?:19|20)[0-9]{2}年)?(?:年底|年末|目前|(?:12|十二)月(?:底|末|31日))';

/** Increase and decrease words as regex alternatives, with the size of the change ("增幅为", "降幅达", "减幅为", "涨幅达", "跌幅为"). */
export const CHANGE_UP = [...INCREASE_WORDS, '增幅为?', '增幅达', '涨幅为?', '涨幅达', '增长率为?', '增长率达'].join('|');
export const CHANGE_DOWN = [...DECREASE_WORDS, '降幅为?', '降幅达', '减幅为?', '减幅达', '跌幅为?', '跌幅达'].join('|');
// Right after a comparison with an earlier period (or its value), plain 多 and 少 say the change too ("比去年同期少7件",
// "比去年同期115件少7件"); alone they say nothing of one.
export const MORE_OR_FEWER = '多了?|少了?';
/** A change or a comparison with an earlier period anywhere in a phrase. */
export const CHANGE_WORDS = new RegExp([...INCREASE_WORDS, ...DECREASE_WORDS, '增幅', '降幅', '减幅', '涨幅', '跌幅', ...COMPARISON_WORDS].join('|'));

/**
 * Words that sum the parts just listed ("……，合计965条"). 累计 is not one of them: it counts over years, and a
 * bare 共 is too loose to prove a sum.
 */
export const SUM_WORDS = ['合计', '共计', '总计'] as const;
/**
 * Verbs of work done to people, firms or things a count may follow ("检查120家企业", "培训行政执法人员1205人"): a count
 * under one is of the work, not of everything of its object there is.
 */
export const ACTIVITY_VERBS = ['检查', '抽查', '评查', '走访', '排查', '督查', '培训', '帮扶', '指导', '聘任', '聘请', '发放', '制定', '出台', '印发'] as const;
/** Words that mark a figure as a total; longer words first, so a prefix match takes 共计 before 共. */
export const TOTAL_WORDS = [...SUM_WORDS, '累计', '共'] as const;
/** 共 as a total — not the 共 of 公共, 中共, 共同, 共建, 共享, 共治, 共青团 (a regex alternative). */
export const BARE_TOTAL = '(?<![公中])共(?![同建享治青])';
/** 共/共计/合计/总计/累计 marking a total. */
export const TOTAL_CUE = new RegExp([BARE_TOTAL, ...TOTAL_WORDS.filter((w) => !w.startsWith('共'))].join('|'));

/** Where and when a whole count is taken: the place or the year as a whole ("全市", "全年", "我局"). */
export const SCOPE_WORDS = [
  '全市', '全区', '全县', '全镇', '全省', '全年', '今年以来', '今年', '本年', '当年', '我市', '我区', '我县', '我局', '各级', '各类',
] as const;

/**
 * A part of a year a figure may be of ("上半年", "第三季度", "1-6月", "十月份"): a count of it is no count of the year. A
 * day ("5月10日") is no part of the year.
 */
export const PART_OF_YEAR = /上半年|下半年|前三季度|第?[一二三四1-4]季度|(?:1?[0-9]|十?[一二三四五六七八九十])(?:[-—–~至](?:1?[0-9]|十?[一二三四五六七八九十]))?月份?(?![0-9]*日)/g;

const HALVES_AND_QUARTERS: Record<string, string> = {
  上半年: '1-6', 下半年: '7-12', 前三季度: '1-9', 一季度: '1-3', 二季度: '4-6', 三季度: '7-9', 四季度: '10-12',
};
const CHINESE_MONTH = /^(十)?([一二三四五六七八九十])?$/;

/**
 * The months a part of the year (a PART_OF_YEAR match) spans, one way of writing each: "上半年", "1-6月份" and "1至6月"
 * are all "1-6月"; "三季度" is "7-9月", "十月份" "10月". Undefined for what is not one.
 */
export function monthsOfPart(text: string): string | undefined {
  // "1月至9月" is "1-9月": the first month's 月 before the span's sign.
  const words = text.replace(/\s|份|第/g, '').replace(/[1-4](?=季度)/, (d) => '一二三四'[Number(d) - 1]).replace(/月(?=[-—–~至到])/, '');
  const named = HALVES_AND_QUARTERS[words];
  if (named) return `${named}月`;
  // "前9个月" is "1-9月".
  const first = /^前([0-9]{1,2}|[一二三四五六七八九十]{1,2})个月$/.exec(words);
  const last = first && monthNumber(first[1]);
  if (last) return last === 1 ? '1月' : `1-${last}月`;
  const m = /^([^-—–~至到]+)(?:[-—–~至到]([^-—–~至到]+))?月$/.exec(words);
  const from = m && monthNumber(m[1]);
  const to = m?.[2] === undefined ? from : monthNumber(m[2]);
  if (!from || !to || to < from) return undefined;
  return from === to ? `${from}月` : `${from}-${to}月`;
}

function monthNumber(text: string): number | undefined {
  if (/^[0-9]{1,2}$/.test(text)) return Number(text) >= 1 && Number(text) <= 12 ? Number(text) : undefined;
  const m = CHINESE_MONTH.exec(text);
  if (!m || (!m[1] && !m[2])) return undefined;
  const n = (m[1] ? 10 : 0) + (m[2] ? '一二三四五六七八九十'.indexOf(m[2]) + 1 : 0);
  return n >= 1 && n <= 12 ? n : undefined;
}

/**
 * Words every plan and every account of work uses ("进一步加强……工作", "健全……机制"): they say nothing about which work, so
 * matching last year's plan items with this year's text leaves them out.
 */
export const GENERIC_WORK_WORDS = [
  '推进', '加强', '深入', '进一步', '持续', '全面', '不断', '继续', '坚持', '推动', '开展', '落实', '完善', '健全', '提升',
  '提高', '强化', '深化', '优化', '规范', '做好', '抓好', '切实', '积极', '着力', '大力', '扎实', '认真', '工作', '建设',
  '法治', '政府', '法治政府', '法治建设', '依法', '机制', '制度', '体系', '水平', '能力', '部门', '重点', '有效', '有关',
  '相关', '进行', '实现', '年度', '今年', '明年', '下一步', '方面', '领域', '主要', '情况', '安排', '计划', '打算', '力度',
  '质量', '效能', '作用', '组织', '严格', '全县', '全市', '全区', '全镇', '我县', '我市', '我区', '我局', '各级', '各类',
  '工作者', '一批', '加大', '围绕', '聚焦', '紧紧围绕', '不断提高', '努力', '确保', '以及', '同时', '通过', '进一步提高',
  '行政', '单位', '协调', '发挥', '充分发挥', '充分', '方式', '以上', '达到', '实施', '根据', '注重', '创新', '不少', '每个',
  '着重', '各项', '主动', '及时',
] as const;

/**
 * Steps one case or matter goes through in turn (立案查处 → 移送司法机关, 受理 → 办结): counts named by them may hold the
 * same cases, so a list of them is no partition of its total.
 */
const CASE_STEP_WORDS = ['立案', '查处', '查办', '移送', '移交', '转办', '交办', '督办', '办结', '结案', '审结', '处罚', '罚款', '没收', '整改', '曝光', '通报', '约谈', '回访'];
export const CASE_STEPS = new RegExp(`^(?:依法)?(?:${CASE_STEP_WORDS.join('|')})`);

/**
 * Every stage a matter may pass, taking it in and looking into it included, found anywhere in a name: two different ones
 * in one list ("核查属实…，立案查处…", "交办…，督办…") name stages the same matters pass in turn, not kinds of them.
 */
export const HANDLING_STAGE = new RegExp([...CASE_STEP_WORDS, '受理', '核查', '核实', '办理', '处理', '答复', '回复', '反馈', '准予', '调解', '化解'].join('|'), 'g');

/**
 * Groups of people a case or service is for ("残疾人", "老年人", "妇女", "农民工"): one person may be in several, so counts
 * named by them may hold the same cases.
 */
export const PEOPLE_GROUPS = /残疾|老年|老人|未成年|妇女|儿童|青少年|学生|农民工|务工|军人|军属|退役|困难|低保|特困|低收入|留守|外来|流动人口|弱势/;

/**
 * Where a case or a dispute arose, named alone before its noun ("城区纠纷", "农村地区案件"): a sorting of its own, beside which a
 * kind ("婚姻家庭纠纷") may hold the same cases. Whole words only: "城市管理类" is a kind, not a place.
 */
export const PLACE_QUALIFIER = /^(?:城区|市区|城市|城镇|县城|城郊|城乡结合部|农村|乡村|乡镇|山区|牧区|林区|郊区|边境|沿海)(?:地区|区域)?$/;

/** Requests or cases carried in from the year before, as regex alternatives: "上年结转", "上年转结", "上一年度转办", "去年转入". */
export const CARRIED_IN_FROM_LAST_YEAR = '(?:上年度?|上一年度?|去年|往年)(?:结转|转结|转办|转入)';
/** Cases carried over from one year to the next ("上年结转3件", "旧存12件", "结转下年度办理0件", "上一年度转办4件"): never the whole intake. */
export const CARRY_OVER = new RegExp(`结转|旧存|积存|${CARRIED_IN_FROM_LAST_YEAR}`);

/** Drawing samples or case files to look at (抽检…, 评查 of case files): a count after them is the items drawn. */
export const DRAWING_WORDS = ['抽检', '抽查', '抽样', '抽验', '评查'] as const;

// Units that count people (a headcount: what a per-head average, 人均, is over).
export const HEADCOUNT_UNITS: readonly string[] = ['人', '名', '位'];
/** What people are counted in right before their headcount: households or cases ("3268户5127人", "共不起诉67件70人"). */
export const PEOPLE_COUNTED_IN = /^(?:户|件|起|宗)$/;
/** The grades a survey question is answered in ("61票很满意、8票满意、7票基本满意，2票一般"): no noun of a count. */
export const ANSWER_GRADE = /^(?:(?:非常|很|比较|较|基本)?满意|一般|(?:不太|不|很不|非常不)满意|说不清|说不清楚|不清楚|不了解|不好说|不知道)$/;

/** Grades a review or a survey gives, best first within each scale (案卷 优秀…不合格; 满意度 非常满意…不满意). */
export const GRADE_WORDS: readonly string[] = ['优秀', '良好', '较好', '基本合格', '合格', '不合格', '较差', '非常满意', '比较满意', '基本满意', '满意', '一般', '非常不满意', '不满意'];
/** The lowest grade of a scale: a list down to it has every grade. */
export const LOWEST_GRADE: readonly string[] = ['不合格', '不满意', '非常不满意'];

/** Measure words of times something was held or done ("召开24次", "举办3场", "培训5期"): occurrences, no population. */
export const OCCURRENCE_UNITS: readonly string[] = ['次', '场', '场次', '期', '轮', '届', '遍'];

/**
 * Two sides a person is on one of, and only one ("专职调解员…，兼职调解员…", "男性…，女性…"): a group's count split by
 * them is all of it. Not 党员, 青年 …: a person carries many such properties at once.
 */
export const PEOPLE_SPLITS: readonly (readonly [string, string])[] = [
  ['专职', '兼职'], ['男', '女'], ['在编', '编外'], ['城镇', '农村'], ['城镇', '乡村'], ['城市', '农村'], ['分散供养', '集中供养'], ['本地', '外出'], ['在职', '退休'], ['就业', '无业'], ['就业', '未就业'],
];
/**
 * People of whom the two sides of a split are not all: besides 专职 and 兼职 律师 there are 公职, 公司 and 法律援助 律师;
 * applicants and parties may be organisations (neither 男 nor 女).
 */
export const PEOPLE_SPLIT_OPEN = /律师|申请|当事人|原告|被告|第三人|投诉|举报/;

/** "专职调解员" and "兼职调解员": the same words but for the two sides of one of PEOPLE_SPLITS; the words they share. */
export function exclusivePair(a: string, b: string): string | undefined {
  for (const [x, y] of PEOPLE_SPLITS) {
    for (const [p, q] of [[x, y], [y, x]]) if (a.startsWith(p) && b.startsWith(q) && a.slice(p.length) === b.slice(q.length)) return a.slice(p.length);
  }
  return undefined;
}

// An average or a per-head figure ends the words before it ("人均办案13.15件", "日均受理80件", "平均每件", "人均GDP为"): a rate of
// things per person or per day, never a count that parts can belong to.
export const AVERAGE_BEFORE = /(?:[人日月年户场件次]均|平均|每(?:人|日|天|月|件|户))[\u4e00-\u9fffA-Za-z]{0,8}?(?:为|达到|达|约)?\s*$/;

/** Nouns a report counts the same things under: a hotline's 诉求 are its 工单 ("受理工单…。在各类诉求中，…"). */
export const SAME_THINGS: readonly (readonly string[])[] = [['诉求', '工单']];

/** Names written in full or short in one report (刑满释放人员 = 刑释人员, 解除社区矫正人员 = 解矫人员): each to its short form. */
const SHORT_NAMES: readonly [RegExp, string][] = [[/刑满释放/g, '刑释'], [/解除社区矫正|解除矫正/g, '解矫']];

/** The text with each name of SHORT_NAMES in its short form. */
export function shortNames(text: string): string {
  return SHORT_NAMES.reduce((t, [full, short]) => t.replace(full, short), text);
}

/**
 * The valid part of an intake ("其中有效诉求3942件", "其中，有效工单…", "（其中有效来电…）"): what a hotline handles, and so
 * what its closing rate and its closed-and-open balance are over. Tested on a figure's words.
 */
export const VALID_PART = /^\s*(?:其中[，,：:]?\s*)?有效/;

/** A service named by its number before the noun it counts ("12345热线工单", "12345政务服务便民热线诉求"), as a regex source. */
export const SERVICE_NUMBER = '[0-9]{5,6}[\\u4e00-\\u9fff]{0,6}?热线';
const LEADING_SERVICE = new RegExp(`^${SERVICE_NUMBER}`);

/**
 * "从热点分布来看，", "按诉求类型分，", "其中按信访目的分类：": an opening clause without figures that says by what the list
 * after it sorts — its counts are parts of a whole stated before. Tested on a clause's text.
 */
export const SORT_HEADING = new RegExp(`^\\s*(?:其中[，,]?\\s*)?(?:从|按照?)(?:${SERVICE_NUMBER})?([\\u4e00-\\u9fff]{2,10}?)(?:来看|看|分类|划分|区分|分)\\s*$`);

/** Mediation named by any of its words: 调处 and 化解 read as 调解 ("共调处矛盾纠纷…，调解成功…"). */
export function asMediation(words: string): string {
  return words.replace(/调处|化解/g, '调解');
}

/** A service that takes requests in, as the subject of its count ("12315平台", "市长热线", "12345热线平台", "便民服务中心"). */
export const SERVICE_SUBJECT = /^[\u4e00-\u9fff0-9“”"]{0,12}(?:热线|热线平台|平台|服务中心)/;

/** The noun a list or share names, without the service it came by ("12345热线工单" → 工单): the things counted. */
export function nounWithoutService(noun: string): string {
  const bare = noun.replace(LEADING_SERVICE, '');
  return bare.length >= 2 ? bare : noun;
}

/** The rest of a list, as regex alternatives: 其他/其余/其它/剩余. */
export const REMAINDER_WORDS = '其他|其余|其它|剩余';

/**
 * Approximation markers (GB/T 15835). Before the number: 约 大约 近 将近 接近 超 超过 突破 逾 不到 不足; after it:
 * 余 多 以上 左右 上下. Longer markers first: the number reader takes the first that matches.
 */
// 突破 ("收案首次突破5万件"): a threshold passed, no count.
export const APPROX_BEFORE = ['大约', '将近', '接近', '超过', '突破', '不到', '不足', '约', '近', '超', '逾'] as const;
export const APPROX_AFTER = ['余', '多', '以上', '左右', '上下'] as const;
export type Approx = (typeof APPROX_BEFORE)[number] | (typeof APPROX_AFTER)[number];

/** Regex alternatives of a list. */
/** Words that negate the verb after them ("不予受理", "未办结", "非电话"), the longer first. */
export const NEGATION_WORDS = ['不予', '未予', '未', '不', '非'] as const;
/** A negation ending the words before a verb ("不予" of "不予受理"). */
export const NEGATION_BEFORE = new RegExp(`(?:${NEGATION_WORDS.join('|')})$`);

export function alternatives(words: readonly string[]): string {
  return words.join('|');
}

/** A procuratorate's intake for review: people taken in to decide whether to arrest or prosecute them ("受理审查逮捕"). */
export const REVIEW_INTAKE = /(?:受理|移送|提请)[\u4e00-\u9fff]{0,4}审查(?:起诉|逮捕)/;

/** A case is of one kind ("刑事189件，民事55件，行政1件"). */
export const CASE_KIND = /^(?:刑事|民事|行政|执行|国家赔偿|商事)/;
/** A suit is at one instance: first, second, or retrial ("一审40件、二审8件、再审5件"). */
export const INSTANCE_KIND = /^(?:一审|二审|再审)/;

// Statistics bulletins list crops after 粮食 that are no grain ("粮食总产量…。其中，稻谷…；棉花…；油料…"), and after a budget
// revenue the tax revenue it holds ("…其中：地方一般公共预算收入12.16亿元；地方税收收入8.79亿元").
export const NOT_GRAIN_CROPS = /^(?:全年)?(?:棉花|油料|蔬菜|瓜果|水果|园林水果|茶叶|烟叶|中药材|食用菌|花卉|甘蔗|糖料|麻类|肉类|禽蛋|牛奶|水产品)/;
export const GRAIN_TOTAL = /粮食/;
export const BUDGET_REVENUE = /预算收入$/;
export const TAX_REVENUE = /税收收入$/;

/** "在城镇居民消费分类中，": a frame saying the list after it sorts the whole by a class, as SORT_HEADING does. */
export const CLASS_FRAME_HEADING = /^\s*在([\u4e00-\u9fff]{2,10}?)(?:分类|构成)中\s*$/;

