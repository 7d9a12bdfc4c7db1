// figure/conflict, restatements: one figure stated twice with different values (a summary or a headline repeating the
// body, the same rate twice, one amount in two scales), and the negatives that keep it precise.
import assert from 'node:assert/strict';
import { figureConflict } from '../../../src/core/rules/figure-conflict';
import { oneSlipApart } from '../../../src/core/rules/figure-restated';
import { fixesOffered, ruleTable } from '../rule-table';

const report = (results: string, plan = '') =>
  `# 某县人民政府关于2023年法治政府建设情况的报告\n\n县人民政府：\n\n2023年，我县推进法治政府建设。\n\n## 一、主要举措和成效\n\n${results}\n\n## 二、2024年工作安排\n\n${plan || '继续推进各项工作。'}\n`;

/** A report whose lead before the first heading sums up counts the body states. */
const leadAndBody = (lead: string, body: string) => `# 某县司法局关于2023年法治政府建设情况的报告\n\n${lead}\n\n## 一、主要举措和成效\n\n${body}\n\n## 二、2024年工作安排\n\n继续推进。\n`;

/** A monthly bulletin: its title names the month, then a lead and a numbered section. */
const bulletin = (title: string, body: string) => ({ text: `# ${title}\n\n${body}\n`, format: 'markdown' as const });

/** A table of the months by channel (columns named with digits) and an amount in 万元 to two decimals. */
const channels = '\n\n| 月份 | 12345热线 | 全国12315平台 | 件数小计 | 挽回经济损失 |\n| --- | --- | --- | --- | --- |\n| 4月 | 2210 | 804 | 3014 | 35.27 |\n| 5月 | 2348 | 916 | 3264 | 41.86 |';

/** A news item on a report: a headline line, then the body. */
const news = (headline: string, body: string) => ({ text: `${headline}\n\n${body}\n`, format: 'plaintext' as const });

/** Problem classes listed in the text, then a table of two years (ranked rows, a change column with arrows). */
const problems = (listed: string, cells: string) => report(`2023年共受理群众信访事项2000件。从问题类别看，反映较多的有：${listed}。\n\n排名 | 问题类别 | 2022年（件） | 2023年（件） | 增长率(%) |\n${cells}`);

ruleTable(figureConflict, {
  valid: [
    // Amounts and their changes as a table of one amount column beside the changes states them.
    { format: 'plaintext', text: '某区2022年国民经济和社会发展统计公报\n全年完成地区生产总值295.4亿元，比上年增长7.7%。第一产业增加值24.4亿元，同比增长3.3%；第二产业增加值210.1亿元，同比增长11.6%；第三产业增加值60.9亿元，同比下降0.2%。\n2022年全区生产总值及其增长速度\n指 标 | 绝对数 | 比上年增长% |\n生产总值 | 295.4 | 7.7 |\n第一产业 | 24.4 | 3.3 |\n第二产业 | 210.1 | 11.6 |\n第三产业 | 60.9 | -0.2 |\n' },
    // A frame and a count of its noun and 量 that agree.
    { text: report('2023年上半年，湖北网民留言量18804件。\n\n在湖北上半年收到的18804件留言中，其表示感谢的为130件，建言的为3735件。') },
    // A count in 万 against a table of the plain measure, within the rounding of the text ("16.28万吨" of 162817吨).
    { format: 'plaintext', text: '某县2023年国民经济和社会发展统计公报\n全年粮食总产量16.28万吨，较上年增长0.5%。\n\n主要产品产量\n\n2023年\n\n较上年增长(%)\n\n粮食总产量\n\n162817吨\n\n0.5\n\n其中:谷物\n\n97658吨\n\n-9.7\n\n豆类\n\n26084吨\n\n49.1\n\n畜牧业生产情况\n\n2023年\n\n较上年增长(%)\n\n当年出栏猪\n\n44383头\n\n4.4\n' },
    // The whole under a year-and-verb column, as the 合计 row states it; a verb no column names.
    { format: 'plaintext', text: '某区2020年度行政复议案件统计分析\n一、基本情况\n2020年，全区新收行政复议案件88件，受理59件，审结80件。\n表一：行政复议案件受理情况统计表\n单位 | 2019受理量 | 2020受理量 | 占比 |\n市场监管局 | 30 | 21 | 35.6% |\n公安分局 | 56 | 32 | 54.2% |\n住建局 | 10 | 6 | 10.2% |\n合计 | 96 | 59 | 100.0% |\n' },
    // Counts said of two classes — a run-in label ("——小学。") or a heading naming a class (a short noun sharing no words
    // with the count's) — are two counts.
    {
      name: 'a count of all schools, then of one class after a run-in label (——小学。)',
      text: report('全市义务教育中小学214所。专任教师1.79万人，增加4.07%。——小学。校数129所。专任教师11280人，比上年增加499人。——初中。校数85所。初中专任教师6586人，比上年增加120人。'),
    },
    {
      name: 'a count under a heading naming all, then under a heading naming one class',
      format: 'plaintext',
      text: '一、义务教育\n全市义务教育中小学214所。专任教师1.79万人，增加4.07%。\n（一）小学\n校数129所。专任教师11280人，比上年增加499人。\n',
    },
    {
      name: 'a count restated with its change to fewer decimals (6.7% beside 6.67%)',
      text: report('1月至9月，全县法院各类案件收案25789件，同比增长9.12%；审结23509件，同比增长6.7%。\n\n全县法院各类案件收案25789件，同比增长9.12%；审结23509件，同比增长6.67%。'),
    },
    {
      name: 'a sector\'s count equal to the whole\'s, its change against another base (the statements before it differ)',
      text: report('2018年1-3月份，全市共发生各类事故28宗，同比上升27.27%；死亡17人，同比下降10.53%；受伤21人，同比上升61.54%；直接经济损失1.431万元，同比下降99.92%。没有发生较大以上事故。\n\n（五）交通运输和仓储业：2018年1-3月份全市共发生交通运输和仓储业事故23宗，同比上升43.75%；死亡12人，同比上升50%；受伤21人，同比上升61.54%；直接经济损失1.431万元，同比下降83.20%。'),
    },
    {
      name: 'a short count under short words in two sections, each with its own change',
      text: report('（一）行政复议。全年受理120件，同比增长20%。\n\n（二）行政诉讼。全年受理120件，同比增长50%。'),
    },
    {
      name: 'a rate after the same lead verb in two sentences, after other words in its clause (对民事… / 对行政…提出检察建议)',
      text: report('今年1至3月，全国检察机关共办结民事生效裁判监督案件1.3万件，对民事审判活动违法行为提出检察建议1.4万件，法院同期采纳率86.9%。\n\n今年1至3月，全国检察机关共办结行政生效裁判监督案件3500余件，对行政审判活动违法行为提出检察建议3800余件，法院同期采纳率91.5%。'),
    },
    // A sum with something added ("加上上年结余…，全年…可用资金") is another figure; so is a budget as adjusted beside the actual.
    report('按现行财政体制结算，2021年一般公共预算可用资金为23173.15万元，为调整预算的111.86%。加上上年结余1728.62万元，全年一般公共预算可用资金为24901.77万元。'),
    report('经县人大常委会对预算调整的决议：龙里县2020年财政总收入335,857万元。\n\n龙里县2020年财政总收入323,712万元，完成预算的96.38%，较上年增收17,640万元，增长5.76%。'),
    // Ratios and changes of revenue and of spending against one budget: of the two levels, not of the budget beside them.
    report('2019年全县实现一般公共预算财政总收入380,869万元，完成年初预算391,267万元的97.34%，比上年增加了37,581万元，增幅10.95%。一般公共预算财政总支出379,347万元，完成年初预算391,267万元的96.95%，比上年增加39,010万元，增幅11.46%。当年收支结余1,522万元。\n\n2019年全县社会保险基金收入完成64,053万元，完成年初预算65,986万元的97.07%。全县社会保险基金支出62,677万元，完成年初预算62,037万元的101.03%。当年收支结余1,376万元。'),
    // Ratios of two levels of other values (the district's revenue and the district proper's).
    report('2017年，全区完成一般公共预算收入2416460万元。加上中央财政收入1692661万元，合计财政总收入4109121万元，为预算的105.1%。\n\n2017年，完成区本级一般公共预算收入1229269万元。加上中央财政收入752382万元，合计财政总收入1981651万元，为预算的98.0%。'),
    // Items of two lists (urban and rural spending) alike in name, each list long: parts of two wholes.
    report('全年城镇居民人均消费支出19860元，增长9.3%，其中，食品烟酒支出7078元，下降11.7%；衣着支出1332元，增长13.0%；居住支出2962元，增长2.0%；生活用品及服务支出1426元，下降2.1%；交通通信支出2217元，增长5.1%。\n\n全年农村居民人均生活消费支出9903元，增长4.2%。其中，食品烟酒支出3679元，增长5.5%；衣着支出543元，增长16.5%；居住支出1922元，下降3.4%；生活用品及服务支出582元，增长0.6%；交通通信支出1398元，增长3.3%。'),
    // The tiers of university admission are names, no counts of 本.
    report('全年考入各类大专院校学生总人数1759人。其中：一本院校120人，二本院校406人，三本院校282人，大专799人，中职报高职152人。'),
    // An exact count inside the range of a rounded-down one (1200余件: 1200 to 1299).
    report('全年办结行政复议案件1200余件。\n\n全年办结行政复议案件1250件。'),
    report('收到可关联办事事项差评工单798个，涉及21个地市的185个事项（共798个工单）。'),
    // A headline's bound (突破80%) that the body's exact value keeps (已达100%) is no other value.
    news('云南：行政机关负责人出庭应诉率突破80%', '2022年，红河、玉溪两地行政机关负责人出庭应诉率已达100%。'),
    // Levels written one character each run into the count (县乡村三级): the items before them are another list's.
    report('建立3项工作机制（多元化解联调、县乡村三级联动、分析研判预警）。'),
    // A count restated as all of them (N件X均…), the same; past a carry-over, a larger count of all.
    report('2023年，共收到政府信息公开申请8件，涉及招生入学政策等方面。8件政府信息公开申请均按时办结，办结率达到100%。'),
    report('2023年，共收到政府信息公开申请8件，上年结转1件。9件政府信息公开申请均按时办结。'),
    // Years written with two digits are periods of their own.
    news('峰峪乡小康建设纪实', '全乡97年农村经济总收入2480万元。农民人均纯收入2131元，全乡85%的农户达到小康。98年农村经济总收入3190万元。农民人均纯收入2365元，创历史记录。'),
    // The frame restates the accepted cases, not the refused ones (不予受理) beside them.
    report('共处理劳动人事争议案件236件。其中，不予受理案件28件，受理案件208件，案件按期结案率为100%，在受理的208件案件中，调解结案率为65%。'),
    // Changes said in turn (分别下降A%和下降B%) of other counts in each sentence: no one change stated twice.
    report('2023年，全县发生生产安全事故91起、死亡97人，同比分别下降12.5%和下降15.8%；发生较大事故8起、死亡23人，同比减少7起、25人，分别下降28%和下降28.4%。'),
    // An amount of change named by what changed ("事故起数减少…") is no level: the percents after two such amounts are not one figure.
    report('2023年，全县共发生道路交通事故3787起。与上年相比，事故起数减少714起，下降15.9%。全县发生较大交通事故38起，造成58人死亡。与上年相比，事故起数减少9起，下降19.1%。'),
    // Two rates alike in words, each exact over its own counts (the second's base in the sentence before): two populations.
    report('全年共收到有效投诉4953件，受理4318件，受理率为87.18%。\n\n全年收到涉疫投诉1962件，占比全年总量39.61%。受理1751件，受理率为89.25%。'),
    // A court and a procuratorate named short and in full: two bodies.
    report('县法院受理行政案件486件。\n\n2023年，县人民检察院共受理行政案件468件，审结450件。'),
    // The same rate after two different clauses nearest it (政协提案 / 人大代表建议): two figures.
    report('区政府通报了本年度提案办理情况：区政府办理的政协提案已全部按期答复，委员满意率为98.65%。\n\n区政府办理的人大代表建议已全部按期答复，委员满意率为96.85%。'),
    // Two lists under one sorting heading (从…来看), each after its own whole: parts of two wholes, not one list twice.
    report('2021年，全市平台共接收各类投诉举报咨询1.04万件。\n\n从平台三大数据来源来看，话务接收0.9万件，占比86.51%；群众互联网填写0.14万件，占比13.08%；监管人员录入0万件，占比0.41%。\n\n2021年，全市平台共接收投诉1707件，受理932件。\n\n从平台三大数据来源来看，话务接收745件，占比43.64%；群众互联网填写935件，占比54.77%；监管人员录入27件，占比1.58%。'),
    // A target and the result achieved against it: two figures, not one stated twice.
    report('2023年促进就业计划目标为：全县城镇新增就业6000人以上，城镇失业人员再就业1300人。农村劳动力转移就业7000人，城镇登记失业率预期目标为5.0%以内。实际完成情况如下：\n\n（四）全县农村劳动力转移就业7788人，完成全年计划的111.3%。'),
    // An average is no restatement of the total its words end like.
    report('2023年1至9月，全县共下达处罚决定书184份，罚款金额为370万元，案件平均罚款金额2.01万元。'),
    // A copy glossing characters in pinyin ("环(huán)比"): read without the glosses, each change of its own count, framed
    // by 有效申诉中.
    report('3月共处理申诉26605件。申诉中涉及邮政服务问题的727件，环比增长2.3%；涉及快递服务问题的25878件，占总申诉量的97.3%，环(huán)比增长43.7%，同比增长65.4%。有效申诉中涉及邮政服务问题的58件，环比下降6.5%；涉及快递服务问题的2496件，占有效申诉量的97.7%，环(huán)比增长27.1%，同比增长13.5%。'),
    // Two rates alike in words, each right after its own numerator under the rate's verb (507件 of complaints, 169件 of
    // reports): two figures.
    report('本月共受理各类信息3057件。其中咨询1951件，同比下降7.5%，环比下降13.7%，占受理总量的63.8%；投诉827件，同比增长25.1%，环比下降4.8%，占受理总量的27.1%；截至目前已办结反馈507件，办结反馈率61.3%；举报279件，同比下降1.7%，环比下降16.7%，占受理总量的9.1%。截至目前已办结反馈169件，办结反馈率60.6%。'),
    // A change named by a bare verb (新收) is of the count before it, whose words say what: two such are of two counts.
    report('去年全市法院受理各类行政诉讼案件15216件，审结13582件。\n\n去年全市法院受理各类行政诉讼案件15216件(新收12290件,旧存2926件),新收同比下降22.08%。受理一审行政案件9405件(新收7347件,旧存2058件),新收同比下降27.59%。'),
    report('去年全市法院受理各类行政诉讼案件15216件（新收12290件，旧存2926件），新收同比下降22.08%。受理一审行政案件9405件（新收7347件，旧存2058件），新收同比下降27.59%。'),
    // Parallel clauses of one sentence, one per body, state their own values under the same words.
    report('县直各部门批复指标26.14亿元，已用指标22.31亿元，预算结余3.83亿元，总体执行率85%；各乡镇批复指标8.52亿元，已用指标5.86亿元，预算结余2.66亿元，总体执行率69%。'),
    // The same words reordered are tied only with a neighbour stated alike in both places.
    report('全年为消费者挽回经济损失186.42万元。\n\n全县共受理投诉5208件，挽回消费者经济损失150.42万元。'),
    // Sections under headings worded alike but for their subject report those subjects: one thing differing is no conflict.
    { name: 'parallel sections by channel, one count of a kind in each', text: report('（一）网络举报受理情况\n\n全年共收到网络举报60件。涉及水污染20件，大气污染36件，噪声污染4件。\n\n（二）微信举报受理情况\n\n全年共收到微信举报300件。涉及水污染90件，大气污染198件，噪声污染12件。') },
    // 前9个月 is 1—9月, not 1—10月.
    report('今年前9个月，全市受理行政复议案件1580件。\n\n今年1—10月，全市受理行政复议案件1850件，同比增长6.2%。'),
    // Votes by grade answer one question each: "2票一般" and "3票一般" are two questions' votes.
    { name: 'votes by grade of two questions', text: report('对第一题，58票满意、9票基本满意，3票一般。\n\n对第二题，59票满意、7票基本满意，2票一般。') },
    // Parts (其中) of two wholes stated alike, beside a share of two digits alike; items and their occurrences (项, 项次)
    // under the same words with nothing alike beside them.
    { name: 'parts of two wholes stated alike', text: report('全年受理行政复议案件120件，其中行政处罚类60件，占50%。\n\n全年办理行政应诉案件80件，其中行政处罚类40件，占50%。') },
    // A whole and the part of it that follows with its rest ("依法受理…不予受理…"): a split, not the whole stated twice.
    { name: 'a part and its rest after the whole', text: report('全年共受理行政复议申请96件，依法受理86件，不予受理10件。') },
    // Those holding a certificate are some of the staff, two digits swapped or not.
    { name: 'staff holding a certificate beside all the staff', text: report('全县共有行政执法人员1250名。\n\n全县持证行政执法人员1205名。') },
    { name: 'a frame in another section that is not on shortcomings', text: '某县市场监督管理局2025年法治政府建设年度报告\n\n一、主要举措和成效\n共抽查案卷180卷，其中优秀案卷54卷。\n\n二、2026年工作安排\n在抽查的181卷案卷中，继续开展评查。\n' },
    { name: 'a frame on shortcomings whose count is a success completed from the count before', text: '某街道2025年法治政府建设工作情况报告\n\n一、工作开展情况\n全年共排查调处矛盾纠纷326件，调解成功318件。\n\n二、存在问题\n调处的326件矛盾纠纷中，物业纠纷仍较为突出。\n' },
    // A month of last year ("上年12月") is a period the paragraph goes on in, no value stated for comparison.
    { name: 'a month of last year is no value for comparison', text: '某市卫生健康委员会2025年法治政府建设年度报告\n\n一、主要工作\n上年12月机构改革完成时，全系统执法人员80人。\n\n二、存在的不足\n一是执法力量不足，全系统执法人员86人。\n' },
    // Items numbered 一是/二是 in the section on shortcomings: the same count stated again, or another period's count.
    { name: 'an item numbered 二是 restating a count alike', text: '某市应急管理局2025年法治政府建设情况报告\n\n一、主要工作\n全年共办理行政许可事项1876件。\n\n二、存在的不足\n一是审批效率有待提高。二是全年共办理行政许可事项1876件，网办比例偏低。\n' },
    { name: 'an item numbered 二是 stating another period\'s count', text: '某市应急管理局2025年法治政府建设情况报告\n\n一、主要工作\n全年共办理行政许可事项1876件。\n\n二、存在的不足\n一是审批效率有待提高。二是上半年共办理行政许可事项902件，网办比例偏低。\n' },
    { name: 'a place-led frame restating the same count', text: '某市人民政府2025年法治政府建设情况报告\n\n一、主要举措和成效\n全年全市新收行政复议申请2860件。\n\n二、存在的不足\n全市2860件行政复议申请中，涉企案件占比较高。\n' },
    { name: 'a frame after its noun restating the same count', text: report('全年共办理法律援助案件940件。办理的法律援助案件940件中，刑事案件352件。') },
    { name: 'a frame after a narrower noun (刑事…中)', text: report('全年共办理法律援助案件940件，其中刑事案件352件。刑事法律援助案件325件中，认罪认罚案件占多数。') },
    { name: 'a framing clause of a narrower count (持证…中)', text: report('全县共有人民调解员1680名。\n\n全县1608名持证人民调解员中，专职调解员占比偏低。') },
    { name: 'rates named in full in 、-lists, stated again alike', text: report('全市热线诉求解决率为95.03%、满意率为96.15%。\n\n全市热线诉求解决率为95.03%、满意率为96.15%，同比分别提高4.44、2.75个百分点。') },
    { name: 'a framing clause stating the same count', text: report('全县共有人民调解员1680名。\n\n全县1680名人民调解员中，专职调解员占比偏低。') },
    { name: 'counts of some after a count framing the sentence', text: report('全县13个乡镇中，10个乡镇完成规范化建设，8个乡镇建成法治文化阵地。') },
    // A count of work done to people (培训) is not the count of the people, two digits swapped or not.
    { name: 'a count of people trained beside the people there are', text: report('全县共有行政执法人员1250人。\n\n全年培训行政执法人员1205人。') },
    // The same verb again, bare, right after the count under it: another stage (accepted among received), not a restatement.
    { name: 'the same verb again right after', text: report('全年共受理行政复议申请1.25万件，受理1.12万件，审结1.05万件。') },
    { name: 'items and their occurrences, nothing alike beside', text: report('查处重大事故隐患86项，同比减少27.7%。\n\n查处重大事故隐患92项次，同比减少20.1%。') },
    // Items of 、-lists of parts: tied only by a frame, never to each other; a frame whose words two items hold restates neither.
    { name: 'items of two wholes\' lists stated alike', text: report('全年受理行政复议案件120件，其中行政处罚类60件、行政强制类30件。\n\n全年办理行政应诉案件80件，其中行政处罚类45件、行政强制类30件。') },
    { name: 'a frame whose words two items hold', text: report('全年共审结行政复议案件326件，其中维持原行政行为180件、部分维持18件、撤销45件。在维持的170件案件中，行政处罚类90件。') },
    { name: 'a frame restating a list item alike', text: report('全年共审结行政复议案件326件，其中维持原行政行为180件、撤销45件。在撤销的45件案件中，行政处罚类30件。') },
    // Channel columns (12345热线, 全国12315平台) and amounts in the table's unit: only a slip of the keys is reported — another
    // value counts something else (投诉 of a channel whose column counts 投诉举报); nor a second figure on a cell stated alike.
    { name: 'a channel column named by a count of something else', text: report('5月，全国12315平台受理消费者投诉举报916件。' + channels + '\n\n5月，全市在全国12315平台共受理投诉1240件，其中商品类702件。') },
    { name: 'an amount in 万元 far from the cell', text: report('5月为消费者挽回经济损失52.60万元。' + channels) },
    { name: 'a channel count after the cell is stated alike, not a slip', text: report('5月，12345热线转办投诉举报2348件，全国12315平台受理投诉举报916件。' + channels + '\n\n5月，全市在全国12315平台共受理投诉1240件。') },
    // The end of a move (由…到) of another year; the move's start (the earlier year's value).
    { name: 'a move between two earlier years', text: report('2023年，全县共受理行政复议案件98件。\n\n2021年至2022年，受理行政复议案件由120件下降到89件。') },
    { name: 'the start of a move is the year before', text: report('全年全县共受理行政复议案件98件。\n\n与上年相比，受理行政复议案件由89件增加到98件。') },
    // A rate named in full and short: not of three digits, nor in one paragraph, nor of another year, nor after a narrower
    // subject.
    { name: 'a rate named short, three digits swapped', text: report('全县行政复议纠错率为15.4%。\n\n（二）行政复议\n\n全年审结行政复议案件182件，纠错率14.5%。') },
    { name: 'a rate named short in the same paragraph', text: report('全县行政复议纠错率为15.38%，审结行政复议案件182件，纠错率15.83%。') },
    { name: 'a rate named short of another year', text: report('2023年，全县行政复议纠错率为15.38%。\n\n（二）2022年情况\n\n2022年审结行政复议案件160件，纠错率15.83%。') },
    { name: 'a rate named short, the full name after a narrower subject', text: report('全县乡镇行政复议纠错率为15.38%。\n\n（二）行政复议\n\n全年审结行政复议案件182件，纠错率15.83%。') },
    // Figures tied by two swapped digits alone: not of two digits, nor rates of three (they crowd below 100%), nor one digit
    // changed, nor two statements in one paragraph (two subjects stated alike), nor two years.
    { name: 'a generic count restated with two digits swapped', text: report('全年共审结案件26件，同比增加12%。\n\n在完成考核任务的同时，共审结案件62件，结案率达98%。') },
    { name: 'two services\' satisfaction rates of three digits swapped', text: report('（一）12345热线\n\n全年接听来电8.6万个，群众满意率98.5%。\n\n（二）政务服务\n\n全年办理政务服务事项12万件，群众满意率95.8%。') },
    { name: 'a generic count with one digit changed', text: report('全年共审结案件1265件，同比增加12%。\n\n在完成考核任务的同时，共审结案件1275件，结案率达98%。') },
    { name: 'two subjects\' rates swapped in one paragraph', text: report('县直单位评价总量为2400条，整体好评率达99.59%。乡镇评价总量为2011条，整体好评率达99.95%。') },
    { name: 'a count swapped under another year', text: report('2022年共审结案件2965件，同比增加8%。\n\n2023年共审结案件2695件，结案率达95.6%。') },
    // Numbered items with their body run in, one subject each: the same things said of two places.
    { name: 'run-in numbered items of two places', text: report('（二）按行政区域划分的生产安全事故情况\n\n3.烈山区共发生3起事故，死亡3人，事故起数同比上升200%，死亡人数同比上升200%；\n\n4.市辖区共发生3起事故，死亡3人；事故起数同比上升50%，死亡人数同比上升50%；') },
    // The whole's subjects joined with the part's (…及自治区各部门) and a neighbour at the edge of rounding (99.5% / 99%).
    { name: 'a whole of several subjects and one of them, neighbours half a unit apart', text: report('2010年度各盟市政府及自治区各部门共制发规范性文件198件，向法制办报送备案197件，报备率99.5%。\n\n2010年度自治区各部门共制发规范性文件126件，向法制办报送备案125件，报备率99%。') },
    // Words in order with more between, digits swapped, but another verb (受理 / 审结) or another year: two figures.
    { name: 'gapped words of another verb, digits swapped', text: report('全年受理案件2549件，同比增加8%。\n\n全市仲裁机构共审结劳动争议案件2459件。') },
    { name: 'gapped words under another year, digits swapped', text: report('2022年受理案件2549件，同比增加8%。\n\n2023年全市仲裁机构共受理劳动争议案件2459件。') },
    { name: 'gapped words, one digit changed (not swapped)', text: report('全年受理案件2549件，同比增加8%。\n\n全市仲裁机构共受理劳动争议案件2449件。') },
    // Lines of a category, its count and its share, in full-width digits as in ASCII: each share is its own line's.
    { name: 'shares of categories line by line, full-width digits', text: report('全县１２３４５热线共受理工单８０００件。\n（一）诉求分类\n投诉４０００件 占比 ５０%\n咨询２０００件 占比 ２５%\n求助１６００件 占比 ２０%') },
    { name: 'shares of categories line by line, ASCII digits', text: report('全县12345热线共受理工单8000件。\n（一）诉求分类\n投诉4000件 占比 50%\n咨询2000件 占比 25%\n求助1600件 占比 20%') },
    // One level alone ("市级平台") is a part of the levels together ("市、区平台", "两级"), whatever the words after it.
    { name: 'the city platform alone after the city and district platforms together', text: report('全年，市、区热线平台共接听来电9000个，立案派遣各类问题3100件。市级热线平台接听来电6000个，立案派遣各类问题2800件，其中网上受理2700件。') },
    { name: 'the county level alone after both levels', text: report('县乡两级共调处矛盾纠纷860件，调处成功840件。\n\n（二）县级调解\n\n县级共调处矛盾纠纷310件，调处成功305件。') },
    // A heading that names a year is the period of the paragraphs under it; "2022年全年" is the whole of 2022.
    { name: 'a count under a heading of another year', text: `# 某县人民政府关于2023年法治政府建设情况的报告\n\n## 一、2022年工作回顾\n\n全年共办理法律援助案件806件。\n\n## 二、2023年工作情况\n\n全年共办理法律援助案件860件。\n` },
    { name: '2022年全年 beside the year\'s count', text: report('2022年全年共办理法律援助案件806件。\n\n（一）法律援助\n\n全年共办理法律援助案件860件。') },
    {
      name: 'parallel sections report the same things of two subjects (their figures differ on more than one)',
      text: report('（一）市长信箱\n\n全年共受理群众来信120件，实际办结118件，涉及部门12个。\n\n（二）区长信箱\n\n全年共受理群众来信95件，实际办结93件，涉及部门9个。'),
    },
    {
      name: "another body's assessment of the writer counts in its own way",
      text: report('全区受理工单3120件，按期办结3096件，超期办结24件。\n\n市热线办对我区全年工单办理情况考核结果为：受理3120件，按期办结3120件，超期办结0件。'),
    },
    {
      name: "an assessment's intake agreeing, its handling counted its own way",
      ...bulletin('某区12345热线工作通报（2023年第二期）', '4-6月，全区受理工单3150件，应办理工单3101件，按期办结3096件。\n\n4-6月，区政务服务中心对我区二季度热线工作考核情况如下：工单受理3150件，应办理3110件，按期办结3110件。'),
    },
    {
      name: "an assessment's count of what was handled (办理) is the assessor's",
      ...bulletin('某区12345热线工作通报（2023年第二期）', '4-6月，全区办理工单3101件。\n\n4-6月，市人民政府热线办对我区二季度工单办理考核情况如下：办理工单3110件。'),
    },
    { name: 'a fee named after its case noun and verb is no count', text: report('全年受理行政诉讼案件120件。\n\n收取案件受理费102万元。') },
    // 环比 (on the month before) is another change than 同比/较上年.
    report('（一）复议。行政复议纠错率为13.6%，环比下降3.4个百分点。\n\n（二）应诉。开展普法活动30场。全年行政复议纠错率13.6%，较上年下降4.3个百分点。'),
    // Far apart and not one slip of the keys (42 and 15): a part and its whole, or two different counts.
    report('全年共审核规范性文件42件。\n\n（二）普法。开展普法活动30场。全年共审核规范性文件15件。'),
    // Stated alike, also to another precision or in another scale.
    report('全年办理法律援助案件1.56万件。\n\n（一）加强法律援助。全年办理法律援助案件1.56万件，同比增长6.2%。'),
    report('全县行政复议纠错率为13.6%。\n\n行政复议纠错率为13.6%，同比下降1.2个百分点。'),
    report('共下达行政处罚决定2.4万个。\n\n全年共下达行政处罚决定2.40万个。'),
    report('收缴罚没款4268.5万元。\n\n全年收缴罚没款0.43亿元。'),
    { name: 'an approximate mention within its precision', text: report('办理法律援助案件约1.2万件。\n\n全年办理法律援助案件11876件。') },
    { name: 'a rounded rate', text: report('行政复议纠错率约为14%。\n\n行政复议纠错率为13.6%。') },
    // Another year, another period.
    { name: 'the same ratio words of two different levels', text: report('（一）基金收入。政府性基金收入累计完成3120万元，完成年初预算数26800万元的11.6%，同比增长9.2%。\n\n（二）基金支出。政府性基金支出累计完成6410万元，完成年初预算数25900万元的24.7%，同比下降12.4%。') },
    { name: 'another year', text: report('2022年办结行政复议案件520件。\n\n2023年办结行政复议案件580件。') },
    { name: 'last year in the body of a report', text: report('去年办结行政复议案件520件。\n\n全年办结行政复议案件580件。') },
    { name: 'years per clause', text: report('2022年办结行政复议案件520件，2023年办结行政复议案件580件。') },
    { name: 'a year opening the paragraph', text: report('2022年，全县深化行政复议改革。办结行政复议案件520件。\n\n全年办结行政复议案件580件。') },
    { name: 'closing rates of two services under their own headings', text: report('（一）仲裁办案。全年受理仲裁案件2140件，同比下降3.1%，上年同期为2209件。审结2071件，结案率96.8%。\n\n（二）监察执法。受理举报投诉642件，结案631件，结案率98.3%。') },
    { name: 'a month and the whole year', text: report('12月份受理诉讼案件879件，结案率79.6%。\n\n1-12月受理诉讼案件6380件，结案率97.2%。') },
    { name: 'cumulative and the year', text: report('五年来累计办理法律援助案件5.6万件。\n\n全年办理法律援助案件1.2万件。') },
    { name: 'since and the year', text: report('近年来，全县调解组织每年化解矛盾纠纷1.2万件，调解成功率达97.5%。\n\n2023年，全县调解组织化解矛盾纠纷1.3万件，调解成功率达98.1%。') },
    { name: 'a stock at an earlier date', text: report('截至2022年底，全县共有人民调解员3100名。\n\n全县共有人民调解员3200名。') },
    // Another place, a part, a framing, a target, a change, another thing.
    { name: 'the province and the county', text: report('全省行政复议纠错率为12.5%。\n\n我县行政复议纠错率为15.1%。') },
    { name: 'the county level and the whole', text: report('县本级受理行政复议案件120件。\n\n受理行政复议案件350件。') },
    { name: 'a 其中 part', text: report('受理行政复议案件350件，其中，县政府受理行政复议案件120件。') },
    { name: 'a framing', text: report('行政复议纠错率为12.5%。\n\n在涉企案件中，行政复议纠错率为18.2%。') },
    { name: 'a target', text: report('行政复议纠错率为12.5%。\n\n力争行政复议纠错率达到15%。') },
    { name: 'a plan section', text: report('办理法律援助案件1.2万件。', '办理法律援助案件1.5万件。') },
    { name: 'a change beside the level', text: report('受理行政复议案件350件，同比增加30件。\n\n全年受理行政复议案件350件。') },
    { name: 'a comparison base', text: report('受理行政复议案件350件，较2022年的320件增长9.4%。\n\n受理行政复议案件350件。') },
    { name: 'a per-case amount and the total', text: report('罚没款金额2.5亿元，案件平均罚没款金额2.3万元。') },
    { name: 'generic words in another topic, far apart', text: report('严厉打击电信诈骗犯罪，办结案件691件。\n\n全县法院受理各类案件2.54万件，办结2.31万件。') },
    { name: 'shares of different parts', text: report('维持原行政行为52件，占受理总数的40.6%。\n\n撤销原行政行为12件，占受理总数的9.4%。') },
    { name: 'information published through one channel beside all published', text: report('全年主动公开政府信息561条。\n\n全年通过门户网站主动公开信息300条。') },
    { name: 'the same change of different levels', text: report('一般公共预算收入完成8736万元，同比增长11.9%。\n\n一般公共预算支出完成32664万元，同比增长4.3%。') },
    { name: 'average changes over two years of different levels', text: report('全县生产总值27.54亿元，同比增长12.3%，两年平均增长1.7%。\n\n全县农林牧渔业总产值5.17亿元，同比增长9.3%，两年平均增长5.3%。') },
    // A change is of its subject against the period its comparison names: against the quarter or month before (环比)
    // and against the year before (同比) are two figures, whatever the change word alone says.
    { name: 'one total against the quarter before and the year before', text: report('全县受理信访事项1860件，环比上季度1700件增长了9.41%，同比去年1500件增长了24.00%。') },
    { name: 'one total against the month before and the year before, 较…的', text: report('共办理调解案件642件，较上月的590件增加8.81%；较去年同期的520件增加23.46%。') },
    { name: 'items of two subjects, each against two periods', text: report('投诉935件，环比上月820件增长了14.02%；同比去年700件增长了33.57%。\n\n举报410件，环比上月380件增长了7.89%；同比去年300件增长了36.67%。') },
    { name: 'an amount against two periods, 与…相比', text: report('为群众挽回经济损失86.5万元，与上季度72.4万元相比增长19.48%，与上年同期64.1万元相比增长34.95%。') },
    // A rate that two counts before it in its sentence give is of that population: two such rates over different counts
    // are two figures, in one sentence or in two paragraphs.
    { name: 'one rate of two populations, each proven in one sentence', text: report('全年受理消费投诉1240件，同比增长8.1%；已办结反馈806件，办结反馈率65.0%；受理举报360件，同比下降2.2%；已办结反馈270件，办结反馈率75.0%。') },
    { name: 'one rate of two populations in two paragraphs', text: report('调解纠纷820件，调解成功798件，调解成功率97.3%。\n\n受理劳动争议案件260件，调解成功247件，调解成功率95.0%。') },
    { name: 'one rate of two channels, thousands commas', text: report('12345热线转办工单5,600件，按期办结5,432件，按期办结率97.0%；市长信箱收到来信420条，按期办结399条，按期办结率95.0%。') },
    { name: 'a topic named before the figure', text: report('围绕安全生产专项整治，查处违法案件80件。\n\n全年查处违法案件120件。') },
    { name: 'counts of events, stated per campaign', text: report('全年开展普法宣传活动120场次。\n\n在宪法宣传周，开展普法宣传活动90场次。') },
    report('今年前9个月，按日连续处罚、查封扣押等五类案件总数2470件。今年1—9月，全市五类案件总数2470件，其中查封扣押案件1200件。'),
    // Names joined by 、 are the count's words: "受理、办结案件" is not "办结案件".
    report('全年受理、办结案件120件。\n\n全年办结案件118件。'),
    // Inspections of enterprises under a campaign of their own are that campaign's.
    { name: 'inspections (家次) of the year and of one campaign', text: report('全年检查企业860家次，发现隐患1200条。\n\n在安全生产专项整治行动中，检查企业320家次。') },
    { name: 'one rate after different counts', text: report('热线受理群众诉求12.8万件，群众满意率达98.6%。\n\n办理法律援助案件1560件，群众满意率达99.2%。') },
    { name: 'one agency\'s figure and another\'s', text: report('县市场监管局严格执法，查处违法案件120件。\n\n县农业农村局加强执法，查处违法案件90件。') },
    { name: 'participants counted per training', text: report('组织全县行政执法人员参加法律知识考试，培训执法人员1200人次。\n\n开展新法专题培训，培训执法人员800人次。') },
    { name: 'one phrase in two contexts', text: report('对符合条件的困难群众，发放救助资金120万元。\n\n对受灾农户，发放救助资金95万元。') },
    { name: 'a rate every service states of itself, in two paragraphs', text: report('深化12345热线建设，实现接诉即办。群众满意率达98.5%。\n\n优化政务服务大厅窗口设置。群众满意率达99.1%。') },
    // 去年 in a headline may be another year than the body's: tied only by a neighbour or the same word in the body.
    news('市场监管总局：去年食品安全监督抽检不合格率为2.15%', '2022年，全国市场监管部门完成食品安全监督抽检237万批次，发现不合格样品5.94万批次，监督抽检不合格率为2.51%。'),
    news('去年全市办结行政复议案件863件', '本报讯 日前发布的报告显示，2023年，全市办结行政复议案件863件，2022年办结行政复议案件790件。'),
    { name: 'one count beside different work, no span of time stated', text: report('开展行政执法检查1200次，办理行政处罚案件300件。\n\n开展安全生产检查500次，办理行政处罚案件280件。') },
    { name: 'one quarter, two agencies', text: report('第一季度，县法律援助中心接待群众800人次，办理法律援助案件210件。\n\n第一季度，县司法局组织培训15场，办理法律援助案件190件。') },
    { name: 'the city\'s hotline and a district\'s', text: report('截至目前，市12345热线受理群众来电诉求3.62万件。\n\n截至目前，区12345热线受理群众来电诉求3.26万件。') },
    { name: 'an agency named after the source', text: report('据县司法局介绍，县法律援助中心办理法律援助案件860件。\n\n县律师协会组织律师办理法律援助案件790件。') },
    { name: 'since a month and to date', text: report('自3月以来，12345热线受理群众来电诉求3.62万件。\n\n截至目前，12345热线受理群众来电诉求3.26万件。') },
    { name: 'two quarters', text: report('第一季度，县法律援助中心接待群众800人次，办理法律援助案件210件。\n\n第二季度，县法律援助中心组织培训15场，办理法律援助案件190件。') },
    // A count restated as the frame of its parts ("受理的N件X中") — silent where the frame is a part, two counts fit, or
    // the count is of another period or under another heading.
    { name: 'a frame restating the count alike', text: report('全年共受理行政复议申请326件，审结298件。受理的326件申请中，涉及行政处罚的120件。') },
    { name: 'a frame opened by 在, in 万, restating alike', text: report('12345热线全年共受理群众诉求12.6万件。在受理的12.6万件诉求中，咨询类6.1万件。') },
    { name: '上述 with a noun two counts end in', text: report('全年共受理行政复议案件326件，审结300件。上述362件行政复议案件中，涉及行政处罚的120件。') },
    { name: '上述 with a noun that names any count', text: report('全年共受理行政复议案件326件。在上述362件案件中，涉及行政处罚的120件。') },
    { name: 'a frame of a part, named by its own noun', text: report('全年共受理行政复议案件350件。受理的320件涉企案件中，撤销20件，确认违法12件。') },
    { name: 'a frame two counts of its verb fit', text: report('共受理行政复议申请326件，共受理法律援助申请280件。受理的300件申请中，涉及行政处罚的120件。') },
    { name: 'a frame of another year', text: report('2022年，共受理行政复议申请326件。\n\n2023年，受理的362件申请中，涉及行政处罚的120件。') },
    { name: 'a frame under another heading than the count', text: report('### （一）行政复议\n\n共受理行政复议申请326件。\n\n### （二）信访\n\n受理的362件信访事项中，涉及征地拆迁的120件。') },
    {
      name: 'a frame far from the opening total of a long report',
      text: report(`全年共受理行政复议案件326件，办结298件。\n\n${Array.from({ length: 12 }, (_, k) => `### （${'一二三四五六七八九十'[k % 10]}）工作${k + 1}\n\n开展专项检查${k + 3}次。`).join('\n\n')}\n\n受理的362件案件中，涉及行政处罚的120件。`).replace('## 一、主要举措和成效\n\n', ''),
    },
    { name: 'a count with what it holds in brackets', text: report('受理行政复议案件（含上年结转）350件。\n\n受理行政复议案件320件。') },
    { name: 'a frame after a subject narrower than the whole', text: report('县本级共受理行政复议申请326件。受理的362件申请中，涉及行政处罚的120件。') },
    // A list's first item under its own verb is restated only by a frame naming its noun; an agency before a frame's verb
    // must be named before the count and of no narrower place.
    { name: 'a list item and a frame of a noun any count has', text: report('全年共受理投诉1000件、举报500件。受理的1250件案件中，涉及食品安全的320件。') },
    { name: 'whole counts of two places (全省, 全市)', text: report('全省共有幼儿园6973所。\n\n全市共有幼儿园5820所。') },
    { name: 'a frame after a district court', text: report('全年全县法院共受理行政案件500件。县法院受理的420件行政案件中，涉及土地征收的120件。') },
    { name: 'a frame after an agency named nowhere before', text: report('全年共收到群众来信160件、来访60批。县信访局收到的180件来信中，网上信访件20件。') },
    { name: 'a share after 的 is a ratio, not a frame', text: report('共受理行政复议申请326件。维持的占受理的45.1%。\n\n全年共受理行政复议申请326件。') },
    // 去年 is the report's year only when several precise figures say so; a report comparing with last year states others.
    { name: 'last year and the year, one rate alike', text: report('去年受理行政复议案件350件，审结338件，纠错率12.4%。\n\n全年受理行政复议案件380件，审结366件，纠错率12.4%。') },
    { name: 'last year and the year, two alike, three not', text: report('去年受理行政复议案件350件，审结338件，纠错率12.4%，调解率31.5%，和解率8.2%。\n\n全年受理行政复议案件380件，审结366件，纠错率12.4%，调解率31.5%，和解率9.6%。') },
    { name: 'points of two different rates', text: report('行政复议纠错率为13.6%，同比提高4.2个百分点。\n\n行政诉讼败诉率为6.1%，同比下降2.4个百分点。') },
    // An exact count put in 万 in a headline is cut as often as rounded; a narrower subject, another rater: other figures.
    news('今年上半年，某市12345热线受理群众诉求58.2万件，与同期相比下降6.45%', '7月10日，记者从市政务服务中心获悉，2023年1月1日至6月30日，某市12345政务服务便民热线共受理群众诉求582916件，受理量与去年同期623118件相比，下降6.45%。'),
    news('上半年某县12345热线受理群众诉求56.3万件，同比下降6.45%', '2023年1月1日至6月30日，全市12345政务服务便民热线共受理群众诉求582916件，同比下降6.45%。'),
    { name: 'the public and enterprises rate apart', text: report('企业对营商环境满意度为92.1分。\n\n群众对营商环境满意度为88.6分。') },
    // A yearly series: each value of its year; the series of kinds, a narrower scope, a year outside the series.
    { name: 'a yearly series restated alike', text: report('2019年至2023年，全县受理行政复议案件分别为120件、150件、160件、180件、210件。\n\n全年共受理行政复议案件210件，审结190件。') },
    { name: 'a series of kinds, no years', text: report('全年受理行政复议案件分别为行政处罚类120件、行政许可类80件。\n\n全年共受理行政复议案件210件。') },
    { name: 'a series whose values are not one a year', text: report('2019年至2023年，全县受理行政复议案件分别为150件、160件、180件、210件。\n\n全年共受理行政复议案件201件。') },
    { name: 'a series of the county level', text: report('2019年至2023年，县本级受理行政复议案件分别为120件、150件、160件、180件、195件。\n\n全年共受理行政复议案件210件。') },
    { name: 'a series ending the year before', text: report('2020—2022年，全县行政诉讼败诉率分别为12.5%、10.8%和9.4%。\n\n全县行政诉讼败诉率为7.6%。') },
    // Months written in other words are the same months; other months, or dates that are not whole months, are not.
    // A standing count stated noun first after 有 ("全县共有行政执法人员1250名") is the whole count of that noun; a count with a
    // verb or without 有 before it is none, nor one of another time or a part.
    { name: 'a standing count and a part of it', text: report('全县共有行政执法人员1250名。\n\n其中，持证行政执法人员1205名。') },
    { name: 'a standing count and last year\'s', text: report('全县共有公共法律服务工作站210个。\n\n去年全县建成201个公共法律服务工作站。') },
    { name: 'counts with a verb before the noun, no 有', text: report('市民来电涉及社区6个，多为噪声扰民。\n\n网上留言涉及社区7个。') },
    // A bare change (增长) is a 同比 one: a 环比 change of the same count is another figure.
    { name: 'a bare change and a 环比 change of one count', text: report('全年全县受理行政复议申请3520件，增长11.46%。\n\n第四季度，全县受理行政复议申请3520件，环比增长11.64%。') },
    // A count of kinds before the noun ("办理三类案件") is part of the words: another number of kinds is another figure.
    { name: 'counts under a different number of kinds', text: report('全年共办理三类案件1360件。\n\n全年共办理四类案件1630件，罚没金额860万元。') },
    // A growth named by its count's noun (增速, 增幅) restates a 同比增长 of that count only: another noun, another year.
    { name: 'a named growth of another count', text: report('全年共受理行政复议案件420件，同比增长16.29%。\n\n从近三年看，行政诉讼案件增幅为16.92%。') },
    { name: 'a named change of a part (投诉量) beside the whole\'s', text: report('全年全区12345热线共受理群众诉求36200件，同比增长14.26%。其中，投诉11800件，同比增长17.45%。\n\n从近四年看，投诉量同比增长14.62%，高于诉求总量。') },
    { name: 'a named growth of another year', text: report('全年共受理信访事项5.37万件，同比增长18.37%。\n\n从近三年看，2022年信访事项总量增速为18.73%。') },
    // A 、-list item naming a table row is compared with the column of its year only: last year's value is that row's too.
    { name: 'list items that state the table\'s cells of their year', text: problems('物业管理问题600件、劳动纠纷问题300件', '1 | 物业管理 | 500 | 600 | ↑20.00 |\n2 | 劳动纠纷 | 400 | 300 | ↓25.00 |') },
    { name: 'a list item stating last year\'s cell of its row', text: problems('物业管理问题600件、劳动纠纷问题400件', '1 | 物业管理 | 500 | 600 | ↑20.00 |\n2 | 劳动纠纷 | 400 | 300 | ↓25.00 |') },
    {
      name: 'a table of two columns of one year (受理, 办结): the year names no column',
      text: report('2023年共受理群众信访事项2000件。从问题类别看，主要有：物业管理问题610件、劳动纠纷问题300件。\n\n问题类别 | 2023年受理 | 2023年办结 |\n物业管理 | 600 | 590 |\n劳动纠纷 | 300 | 298 |'),
    },
    // 本月/当月 in a bulletin titled by one month is that month; 上月 is another; a title naming a quarter leaves 本月 apart.
    {
      name: 'a month bulletin: 上月 is another month than the title\'s',
      ...bulletin('2023年5月份12345热线运行情况通报', '## （一）本月来电情况\n\n1.咨询类1200个。\n\n2.建议类350个。\n\n## （二）来电对比\n\n上月建议类305个，主要涉及公共设施。'),
    },
    {
      name: 'a quarter bulletin: 本月 under one heading and the quarter\'s count under another are not one period',
      ...bulletin('2023年第二季度12345热线运行情况通报', '## （一）本月来电情况\n\n1.咨询类1200个。\n\n2.建议类350个。\n\n## （二）来电分析\n\n建议类305个，主要涉及公共设施。'),
    },
    { name: 'a month and the months to date', ...bulletin('2023年5月份12345热线运行情况通报', '2023年5月，12345热线共受理群众诉求8460件。\n\n1-5月，12345热线共受理群众诉求40210件。') },
    // A headline running two statements on with a space, neither figure stated alike in the body.
    news('某县调解矛盾纠纷1520件 同比增长4.5%', '2023年，全县各级人民调解组织共调解矛盾纠纷1390件，同比增长6.1%。'),
    // A count after 其中 is tied to a headline only by a precise neighbour: one of two digits beside it is not enough.
    news('某省人社厅：1—6月为3.2万名农民工追发工资6.3亿元', '记者从省人社厅获悉，1—6月，全省查处各类劳动保障违法案件1860件，其中查处欠薪案件1020件，为3.2万名农民工追发工资6.8亿元。'),
    // A count of people helped with no words before it is said by many bodies: alike beside two bodies' amounts, it ties nothing.
    { name: 'two bodies each helping as many people', text: report('县人民法院开展执行攻坚，为1260名群众挽回损失350万元。\n\n县人民检察院开展支持起诉，为1260名群众挽回损失480万元。') },
    { name: 'two bodies each helping as many people, after a part', text: report('县人民法院开展执行攻坚，执结案件860件，为1260名群众挽回损失350万元。\n\n县劳动监察大队开展专项行动，其中查处欠薪案件32件，为1260名群众挽回损失480万元。') },
    // A headline's year without 年 ("2023上半年") is still that part of that year: not the whole year, not another year's half.
    news('某省司法厅：2023上半年办结行政复议案件2860件', '2023年，全省各级行政复议机关办结行政复议案件6280件，纠错率为11.4%。'),
    news('某省司法厅：2022上半年办结行政复议案件2860件', '记者从省司法厅获悉，2023年上半年，全省各级行政复议机关办结行政复议案件2680件。'),
    { name: 'days and the half year', text: report('1月1日至6月15日，12345热线受理群众诉求5.12万件。\n\n上半年，12345热线受理群众诉求5.62万件。') },
    // A count the text states again from a table: silent unless its words name one row and one column, of the
    // report's period, in the table's section, close to the cell's value and not another cell of that row or column.
    ...[
      '城关镇受理行政复议案件85件，办结80件。',
      '2022年，城关镇受理行政复议案件58件。',
      '城关镇和河口镇受理行政复议案件154件。',
      '城关镇受理和办结行政复议案件84件。',
      '城关镇受理涉企行政复议案件12件。',
      '城关镇受理行政复议案件80件，均已办结。',
      '城关镇受理行政复议案件近80件。',
      '城关镇、河口镇分别受理行政复议案件80件、60件。',
    ].map((line) => ({ name: `beside a table: ${line}`, text: report(`${line}\n\n| 单位 | 受理 | 办结 | 纠错 |\n| --- | --- | --- | --- |\n| 城关镇 | 85 | 80 | 6 |\n| 河口镇 | 69 | 66 | 4 |\n| 合计 | 154 | 146 | 10 |`) })),
    {
      name: 'a count beside a table of another section',
      text: '# 某县司法局关于2023年法治政府建设情况的报告\n\n## 一、行政复议\n\n城关镇受理行政复议案件58件。\n\n## 二、附表\n\n| 单位 | 受理 | 办结 |\n| --- | --- | --- |\n| 城关镇 | 85 | 80 |\n| 河口镇 | 69 | 66 |\n',
    },
    // A table of periods restated in another section (its rows are periods), right: by the nearest row and column named
    // before the figure, in a move between two periods, in a one-cell-a-line table whose labels are boxed ("| 6月 |").
    report('二季度共受理转办工单1500件，其中城市管理类388件，物业管理类260件。\n\n| 季度 | 受理工单总数 | 城市管理类工单数量 | 物业管理类工单数量 |\n| --- | --- | --- | --- |\n| 一季度 | 1420 | 420 | 300 |\n| 二季度 | 1500 | 388 | 260 |', '城市管理类，一季度为420件，二季度为388件；物业管理类工单数量由300件下降到260件。'),
    report('6月共调解纠纷104件，其中婚姻家庭纠纷46件、邻里纠纷28件。\n\n| 月份 |\n调解纠纷总数 |\n婚姻家庭纠纷件数 |\n邻里纠纷件数 |\n| 5月 |\n96 |\n40 |\n31 |\n| 6月 |\n104 |\n46 |\n28 |', '邻里纠纷，5月为31件，6月为28件。'),
    // A period in a span, a list or narrowed after ("7-9月", "8、9月", "2023年1-9月") is not the row's.
    report('三季度工单情况如下。\n\n| 月份 | 受理工单 | 投诉类 |\n| --- | --- | --- |\n| 7月 | 1150 | 390 |\n| 8月 | 1200 | 400 |\n| 9月 | 1250 | 410 |', '7-9月受理工单1,350件，8、9月投诉类共450件。'),
    report('各年度情况如下。\n\n| 年度 | 受理工单 |\n| --- | --- |\n| 2022年 | 1100 |\n| 2023年 | 1200 |', '2023年1-9月受理工单1000件。'),
    // A move whose start is no cell of the column, a row of another year, a row that is no period in another section.
    report('受理工单总数持平。\n\n| 季度 | 受理工单总数 | 城市管理类工单数量 | 物业管理类工单数量 |\n| --- | --- | --- | --- |\n| 一季度 | 1420 | 420 | 300 |\n| 二季度 | 1500 | 388 | 260 |', '城市管理类工单数量由400件下降到360件。'),
    report('受理工单总数持平。\n\n| 季度 | 受理工单总数 | 城市管理类工单数量 | 物业管理类工单数量 |\n| --- | --- | --- | --- |\n| 一季度 | 1420 | 420 | 300 |\n| 二季度 | 1500 | 388 | 260 |', '2022年二季度，城市管理类为398件。'),
    report('全县共受理行政复议案件154件。\n\n| 单位 | 受理 | 办结 |\n| --- | --- | --- |\n| 城关镇 | 85 | 80 |\n| 河口镇 | 69 | 66 |', '城关镇受理行政复议案件58件。'),
    // A distribution over size classes named by their bounds ("11人至30人（含）的", "200人及以上的"): the bounds are no counts,
    // and the count and share of each class are the class's own, not one figure stated again.
    { name: 'size classes bounded by a range, with 含', text: report('按规模划分，从业人员10人（含）以下的物流企业1260家，占58.4%，从业人员11人至30人（含）的物流企业540家，占25.1%，从业人员31人至80人（含）的物流企业260家，占12.06%，从业人员81人至200人（含）的物流企业70家，占3.25%，从业人员200人以上的物流企业26家，占1.2%。') },
    { name: 'size classes bounded by a range, half-width commas', text: report('按床位数划分,床位20张以下的养老机构96家,占41.2%,床位21张至50张的养老机构73家,占31.33%,床位51张至100张的养老机构41家,占17.6%,床位101张及以上的养老机构23家,占9.87%。') },
    // The noun before 办理 is the count verb first; another year's, or a kind's, is another count.
    report('2022年法律援助案件办理640件。\n\n2023年，全县办理法律援助案件704件，比2022年增长10%。'),
    report('全年民事法律援助案件办理300件。\n\n全年办理法律援助案件704件。'),
    // Two approximate counts under one sentence's words, each said of its channels: rounded sums of two scopes, tied by
    // nothing stated alike beside them.
    { name: 'two approximate counts of two channels', text: report('全年通过门户网站、政务微博等平台发布政务信息900余条，在线答复群众留言150余条。\n\n全年通过新闻客户端、短视频账号等平台发布政务信息450余条，在线答复群众留言230余条，开展在线访谈12期。') },
    // A span of years or of months is a period of its own: not its first year, nor its first month.
    { name: 'a span of years is not its first year', text: report('2019年，全县办理行政复议案件120件。\n\n2019年至2023年，全县办理行政复议案件150件。') },
    { name: 'a span of months is not its first month', text: report('1月份，全县受理行政复议案件86件。\n\n1月至9月，全县受理行政复议案件98件。') },
    { name: 'a span of years is not its last year', text: report('全年全县办理行政复议案件150件。\n\n2019年-2023年，全县办理行政复议案件180件。') },
    { name: 'a span of months is not its last month', text: report('9月份，全县受理行政复议案件86件。\n\n1月至9月，全县受理行政复议案件98件。') },
    // A count opening its sentence, all said to be of one kind: silent when the sentence before states its value (any
    // figure), two counts of its noun (a total and its part) or it says how many were handled ("均已办结", no kind).
    { name: 'an opening count after a total and its part', text: report('全年共受理行政复议申请38件，其中涉企申请30件。31件申请均属于行政处罚类。') },
    { name: 'an opening count after a total and its closed ones', text: report('全年共受理行政复议申请38件，已审结30件。31件申请均属于行政处罚类。') },
    { name: 'an opening count of those handled', text: report('全年共受理行政复议申请38件。36件申请均已审结，2件结转下年办理。') },
    { name: 'an opening count stated in the sentence before', text: report('全年共受理行政复议申请38件，按期审结30件。30件申请均属于行政处罚类。') },
    // A headline and its body in one span of years tie without a neighbour only when the words name the count whole and
    // one ends the other (a subject dropped): not a generic count, not two subjects each named, not the report's year; a
    // multiple of another earlier period is another figure.
    { name: 'a span of years, a generic count', ...news('2019年至2023年办结案件1.5万件', '2019年至2023年，全省检察机关办结案件1.2万件，提出检察建议3200件。') },
    { name: 'a span of years, two subjects each named', text: report('2019年至2023年，甲市法院审结行政诉讼案件3100件。\n\n2019年至2023年，乙市法院审结行政诉讼案件2400件。') },
    { name: 'a headline rounding the body\'s figure', ...news('某省法律援助为困难群众挽回经济损失8亿元', '2024年某省法律援助机构共受理法律援助案件41230件，为困难群众挽回经济损失7.87亿元。') },
    // Two body figures stated alike: which one the headline restates is not known.
    { name: 'a headline over two body figures stated alike', ...news('为困难群众挽回经济损失9亿元', '2024年甲市为困难群众挽回经济损失5.12亿元。乙市为困难群众挽回经济损失3.87亿元。') },
    { name: 'the report\'s year, a dropped subject, nothing beside', ...news('去年办理法律援助案件1200件', '2023年，市法律援助中心办理法律援助案件1300件，同比增长8%。') },
    { name: 'multiples of two earlier periods', ...news('2019年至2023年办理行政复议案件是前三年的1.8倍', '2019年至2023年，全省办理行政复议案件4.6万件，是2018年的2.1倍。') },
    // The lead agreeing with the body; two counts of the body, one under the institutions, are never tied so.
    // Under the same noun with another closing verb (办结投诉): another count.
    { name: 'a list item and a count of another verb', text: report('全年共受理群众诉求8894件，同比增长2.2%。其中咨询2541件，同比增长9.4%；投诉1024件，同比下降10.5%。\n\n全年办结投诉1024件，同比下降15.5%。') },
    { name: 'a lead summary agreeing with the body', text: leadAndBody('2023年，县司法局办理法律援助案件486件，调处矛盾纠纷2318件。', '（一）法律援助。全县法律援助机构共办理法律援助案件486件。\n\n（二）人民调解。全县各级人民调解组织共调处矛盾纠纷2318件，调解成功2290件。') },
    { name: 'two counts of the body, one under the institutions', text: leadAndBody('2023年，我县推进法治政府建设。', '（一）法律援助。全县法律援助机构共办理法律援助案件486件。\n\n（二）法律服务。全年办理法律援助案件487件。') },
  ],
  invalid: [
    {
      name: 'a change stated after a figure against the change column of the table row holding that figure',
      format: 'plaintext',
      text: '某区2022年国民经济和社会发展统计公报\n全年完成地区生产总值295.4亿元，比上年增长7.7%。第一产业增加值24.4亿元，同比增长3.8%；第二产业增加值210.1亿元，同比增长11.6%；第三产业增加值60.9亿元，同比下降0.2%。\n2022年全区生产总值及其增长速度\n指 标 | 绝对数 | 比上年增长% |\n生产总值 | 295.4 | 7.7 |\n第一产业 | 24.4 | 3.3 |\n第二产业 | 210.1 | 11.6 |\n第三产业 | 60.9 | -0.2 |\n',
      findings: [{ code: 'figure/conflict', at: '3.8%', message: '同一数据的增减幅度前后不一致：“第一产业增加值24.4亿元”之后此处为“同比增长3.8%”，表中“第一产业”行为3.3，请核对' }],
    },
    {
      name: 'an amount against the one amount column of a table of indicators (绝对数), two digits swapped',
      format: 'plaintext',
      text: '某区2022年国民经济和社会发展统计公报\n全年完成地区生产总值295.4亿元，比上年增长7.7%。第一产业增加值24.4亿元，同比增长3.3%；第二产业增加值201.1亿元，同比增长11.6%；第三产业增加值60.9亿元，同比下降0.2%。\n2022年全区生产总值及其增长速度\n指 标 | 绝对数 | 比上年增长% |\n生产总值 | 295.4 | 7.7 |\n第一产业 | 24.4 | 3.3 |\n第二产业 | 210.1 | 11.6 |\n第三产业 | 60.9 | -0.2 |\n',
      findings: [{ code: 'figure/conflict', at: '201.1亿元', message: '同一数据前后不一致：此处为“第二产业增加值201.1亿元”，表中“第二产业”行“绝对数”列为210.1，相差9，请核对' }],
    },
    {
      name: 'a rate named in full in a 、-list of rates, stated again with another value',
      text: report('全市热线诉求解决率为95.30%、满意率为96.15%，同比分别提高4.44、2.75个百分点。\n\n全市热线诉求解决率为95.03%、满意率为96.15%，同比分别提高4.44、2.75个百分点。'),
      findings: [
        { code: 'figure/conflict', at: '95.30%', message: '同一数据前后不一致：此处为“全市热线诉求解决率为95.30%”，文中另处为“全市热线诉求解决率为95.03%”，相差0.27个百分点，请核对' },
        { code: 'figure/conflict', at: '95.03%', message: /此处为“全市热线诉求解决率为95.03%”/ },
      ],
    },
    {
      name: 'a frame restating a count named by its noun and 量, no verb of its own (留言量 … 收到的…留言中)',
      text: report('2023年上半年，湖北网民留言量18840件。\n\n在湖北上半年收到的18804件留言中，其表示感谢的为130件，建言的为3735件。'),
      findings: [
        { code: 'figure/conflict', at: '18840件', message: '同一数据前后不一致：此处为“湖北网民留言量18840件”，文中另处为“在湖北上半年收到的18804件”，相差36件，请核对' },
        { code: 'figure/conflict', at: '18804件', message: /此处为“在湖北上半年收到的18804件”/ },
      ],
    },
    {
      name: 'a count in 万 against a cell of the plain measure (单位:吨 above the table), beyond the text\'s rounding',
      format: 'plaintext',
      text: '某区2020年国民经济和社会发展统计公报\n粮食总产量14.1万吨；油料作物总产量2.88万吨。\n表1 主要农产品产量\n单位:吨 | |\n产品名称 | 产量 |\n粮食 | 143972 |\n小麦 | 11200 |\n油料 | 28762 |\n',
      findings: [{ code: 'figure/conflict', at: '14.1万吨', message: '同一数据前后不一致：此处为“粮食总产量14.1万吨”，表中“粮食”行“产量”列为143972（即14.4万吨），请核对', fixed: '某区2020年国民经济和社会发展统计公报\n粮食总产量14.4万吨；油料作物总产量2.88万吨。\n表1 主要农产品产量\n单位:吨 | |\n产品名称 | 产量 |\n粮食 | 143972 |\n小麦 | 11200 |\n油料 | 28762 |\n' }],
    },
    {
      name: 'a count in 万 with its change after it, against the measured cell of the one year column',
      format: 'plaintext',
      text: '某县2023年国民经济和社会发展统计公报\n全年粮食总产量16.82万吨，较上年增长0.5%。\n\n主要产品产量\n\n2023年\n\n较上年增长(%)\n\n粮食总产量\n\n162817吨\n\n0.5\n\n其中:谷物\n\n97658吨\n\n-9.7\n\n豆类\n\n26084吨\n\n49.1\n\n畜牧业生产情况\n\n2023年\n\n较上年增长(%)\n\n当年出栏猪\n\n44383头\n\n4.4\n',
      findings: [{ code: 'figure/conflict', at: '16.82万吨', message: '同一数据前后不一致：此处为“全年粮食总产量16.82万吨”，表中“粮食总产量”行“2023年”列为162817吨（即16.28万吨），请核对' }],
    },
    {
      name: 'a heading naming the count\'s own topic (行政复议 over 受理行政复议案件) sets no class apart',
      format: 'plaintext',
      text: '全年共受理行政复议案件120件。\n一、行政复议\n全年受理行政复议案件112件。\n',
      findings: [
        { code: 'figure/conflict', at: '120件', message: /此处为“全年共受理行政复议案件120件”，文中另处为“全年受理行政复议案件112件”/ },
        { code: 'figure/conflict', at: '112件', message: /此处为“全年受理行政复议案件112件”/ },
      ],
    },
    {
      name: 'a count of four digits in a list, then opening a sentence of its own under the same noun (本月共受理投诉…), its change otherwise',
      text: report('9月份，市12315指挥中心共受理消费者各类信息3894件，同比增长2.2%。其中咨询2541件，同比增长9.4%；投诉1024件，同比下降10.5%；举报329件，同比下降3.2%。\n\n本月共受理投诉1024件，同比下降15.5%。其中商品类投诉671件，服务类投诉353件。'),
      findings: [
        { code: 'figure/conflict', at: '15.5%', message: '同一数据的增减幅度前后不一致：“本月共受理投诉1024件”之后此处为“15.5%”，前文同一数字之后为“10.5%”，请核对' },
      ],
    },
    {
      name: 'the same, with a space after 比 at one mention (a copy of a PDF)',
      text: report('1月至9月，全县法院各类案件收案25789件，比上年增长9.12%；审结23509件，比上年增长6.97%。\n\n全县法院各类案件收案25789件，比上年增长9.12%；审结23509件，比 上年增长6.67%。'),
      findings: [
        { code: 'figure/conflict', at: '6.67%', message: '同一数据的增减幅度前后不一致：“审结23509件”之后此处为“6.67%”，前文同一数字之后为“6.97%”，请核对' },
      ],
    },
    {
      name: 'one count stated twice after the same figures, its change against the same period given twice otherwise',
      text: report('1月至9月，全县法院各类案件收案25789件，同比增长9.12%；审结23509件，同比增长6.97%。\n\n全县法院各类案件收案25789件，同比增长9.12%；审结23509件，同比增长6.67%。'),
      findings: [
        { code: 'figure/conflict', at: '6.67%', message: '同一数据的增减幅度前后不一致：“审结23509件”之后此处为“6.67%”，前文同一数字之后为“6.97%”，请核对' },
      ],
    },
    {
      name: 'words said in full with the subject the other sentence carries from its first clause (全市消委会为消费者挽回…)',
      text: report('2023年，广州全市消委会受理消费投诉21.82万件，为消费者挽回经济损失1.68亿元。\n\n2023年，广州全市消委会为消费者挽回经济损失1.63亿元。'),
      findings: [
        { code: 'figure/conflict', at: '1.68亿元', message: '同一数据前后不一致：此处为“为消费者挽回经济损失1.68亿元”，文中另处为“广州全市消委会为消费者挽回经济损失1.63亿元”，相差0.05亿元，请核对' },
        { code: 'figure/conflict', at: '1.63亿元', message: /此处为“广州全市消委会为消费者挽回经济损失1.63亿元”/ },
      ],
    },
    {
      name: '政府信息 is the 信息 a report publishes, and no agency',
      text: report('全年主动公开各类信息561条。\n\n全年主动公开政府信息565条。'),
      findings: [
        { code: 'figure/conflict', at: '561条', message: '同一数据前后不一致：此处为“全年主动公开各类信息561条”，文中另处为“全年主动公开政府信息565条”，相差4条，请核对' },
        { code: 'figure/conflict', at: '565条', message: /此处为“全年主动公开政府信息565条”/ },
      ],
    },
    {
      name: 'an aside restating the sentence\'s count of its noun as a total (…工单798个，…（共789个工单）)',
      text: report('收到可关联办事事项差评工单798个，涉及21个地市的185个事项（共789个工单）。'),
      findings: [
        { code: 'figure/conflict', at: '798个', message: '同一数量前后不一致：此处为“收到可关联办事事项差评工单798个”，文中另处为“789个工单”，相差9个，请核对' },
        { code: 'figure/conflict', at: '789个', message: /此处为“789个工单”/ },
      ],
    },
    {
      name: 'a count restated as all of them (3件行政处罚均…) against the whole named as cases (行政处罚案件5件)',
      text: report('共依法办理行政处罚案件5件，3件行政处罚均涉及社会组织领域并予以撤销登记处罚。'),
      findings: [
        { code: 'figure/conflict', at: '5件', message: '同一数量前后不一致：此处为“共依法办理行政处罚案件5件”，文中另处为“3件行政处罚”，相差2件，请核对' },
        { code: 'figure/conflict', at: '3件', message: /此处为“3件行政处罚”/ },
      ],
    },
    {
      name: 'a headline against the body stating the count twice, the second time of "一年来" (the year itself)',
      ...news('2024年我省审结行政复议案件17914件 案结事了率达89.05%', '2024年，我省依法受理行政复议案件20420件，审结17941件，案结事了率达89.05%。\n\n一年来，全省新收行政复议案件26286件，依法受理20420件，审结17941件。'),
      findings: [{ code: 'figure/conflict', at: '17914件', message: '同一数据前后不一致：此处为“2024年我省审结行政复议案件17914件”，文中另处为“审结17941件”，相差27件，请核对' }],
    },
    {
      name: 'a count restated as all of them (9件…均按时办结) against the whole count of its noun before',
      text: report('2023年，共收到政府信息公开申请8件（其中：邮寄提交6件、当面提交1件、电子邮件提交1件），涉及招生入学政策等方面。9件政府信息公开申请均按时办结，办结率达到100%。'),
      findings: [
        { code: 'figure/conflict', at: '8件', message: '同一数量前后不一致：此处为“共收到政府信息公开申请8件”，文中另处为“9件政府信息公开申请”，相差1件，请核对' },
        { code: 'figure/conflict', at: '9件', message: '同一数量前后不一致：此处为“9件政府信息公开申请”，文中另处为“共收到政府信息公开申请8件”，相差1件，请核对' },
      ],
    },
    {
      name: 'a frame restating a count of its own sentence (受理案件208件，…，在受理的218件案件中), past its negation (不予受理案件…)',
      text: report('共处理劳动人事争议案件236件。其中，不予受理案件28件，受理案件208件，案件按期结案率为100%，在受理的218件案件中，调解结案率为65%。'),
      findings: [
        { code: 'figure/conflict', at: '208件', message: /此处为“受理案件208件”，文中另处为“在受理的218件”/ },
        { code: 'figure/conflict', at: '218件', severity: 'information', message: /此处为“在受理的218件”/ },
      ],
    },
    {
      name: 'one body named short and in full (县法院 / 县人民法院)',
      text: report('县法院受理行政案件486件。\n\n2023年，县人民法院共受理行政案件468件，审结450件。'),
      findings: [
        { code: 'figure/conflict', at: '486件', message: '同一数据前后不一致：此处为“县法院受理行政案件486件”，文中另处为“县人民法院共受理行政案件468件”，相差18件，请核对' },
        { code: 'figure/conflict', at: '468件', message: '同一数据前后不一致：此处为“县人民法院共受理行政案件468件”，文中另处为“县法院受理行政案件486件”，相差18件，请核对' },
      ],
    },
    {
      name: 'a lead repeating the body after a clause of its own (a meeting, a source), the body as of the year\'s end',
      text: report('在区政协常委会议上，区政府通报了本年度提案办理情况：区政府办理的政协提案已全部按期答复，委员满意率为98.65%。\n\n2023年，区政府共接收区政协提案96件。截至年底，区政府办理的政协提案已全部按期答复，委员满意率为96.85%。'),
      findings: [
        { code: 'figure/conflict', at: '98.65%', message: '同一数据前后不一致：此处为“委员满意率为98.65%”，文中另处为“委员满意率为96.85%”，相差1.8个百分点，请核对' },
        { code: 'figure/conflict', at: '96.85%', message: '同一数据前后不一致：此处为“委员满意率为96.85%”，文中另处为“委员满意率为98.65%”，相差1.8个百分点，请核对' },
      ],
    },
    {
      name: 'an amount restated with an average of it after the second statement: the average is another measure',
      text: report('2023年1至9月，全县共下达处罚决定书184份，罚款金额为370万元。\n\n此前通报的执行情况显示，2023年1至9月，全县共下达处罚决定书184份，罚款金额为340万元，案件平均罚款金额1.85万元。'),
      findings: [
        { code: 'figure/conflict', at: '370万元', message: /此处为“罚款金额为370万元”，文中另处为“罚款金额为340万元”/ },
        { code: 'figure/conflict', at: '340万元', message: /此处为“罚款金额为340万元”/ },
      ],
    },
    {
      name: 'a headline\'s rate of 今年上半年 over the body\'s of 2022年上半年 in a report of that year, the words the body\'s tail',
      ...news('市场监管总局：今年上半年食品安全监督抽检不合格率为2.15%', '2022年上半年，全国市场监管部门完成食品安全监督抽检237万批次，发现不合格样品5.94万批次，监督抽检不合格率为2.51%。'),
      findings: [
        { code: 'figure/conflict', at: '2.15%', message: /此处为“今年上半年食品安全监督抽检不合格率为2\.15%”，文中另处为“监督抽检不合格率为2\.51%”/ },
        { code: 'figure/conflict', at: '2.51%', message: /此处为“监督抽检不合格率为2\.51%”/ },
      ],
    },
    {
      name: 'a rate restated with the same count before it, or none: one figure',
      text: report('全年受理投诉827件，已办结反馈507件，办结反馈率61.3%。\n\n全年受理投诉827件，办结反馈率为60.6%。'),
      findings: [
        { code: 'figure/conflict', at: '61.3%', message: '同一数据前后不一致：此处为“办结反馈率61.3%”，文中另处为“办结反馈率为60.6%”，相差0.7个百分点，请核对' },
        { code: 'figure/conflict', at: '60.6%', message: /此处为“办结反馈率为60.6%”/ },
      ],
    },
    {
      name: 'the same words reordered (为消费者挽回… / 挽回消费者…), a neighbour stated alike in both places',
      text: report('全县共受理投诉5208件，为消费者挽回经济损失186.42万元。\n\n全县共受理投诉5208件，挽回消费者经济损失150.42万元。'),
      findings: [
        { code: 'figure/conflict', at: '186.42万元', message: '同一数据前后不一致：此处为“为消费者挽回经济损失186.42万元”，文中另处为“挽回消费者经济损失150.42万元”，相差36万元，请核对' },
        { code: 'figure/conflict', at: '150.42万元', severity: 'information', message: /此处为“挽回消费者经济损失150.42万元”/ },
      ],
    },
    {
      name: 'a count named by two names joined by 、 (查封、扣押案件) is no 、-list item: a sentence restated',
      text: report('1-10月，全区共办理行政处罚案件1236件，查封、扣押案件384件，责令停产停业案件57件。\n\n1-10月，全区共办理行政处罚案件1236件，查封、扣押案件348件，责令停产停业案件57件。'),
      findings: [
        { code: 'figure/conflict', at: '384件', message: '同一数据前后不一致：此处为“查封、扣押案件384件”，文中另处为“查封、扣押案件348件”，相差36件，请核对' },
        { code: 'figure/conflict', at: '348件', severity: 'information', message: /此处为“查封、扣押案件348件”/ },
      ],
    },
    {
      name: 'a sentence restated with an amount\'s digits swapped across its decimal point (3.6亿元 … 6.3亿元)',
      text: report('全年全县公安机关侦破电信网络诈骗案件412起，涉案金额3.6亿元。\n\n在执法协作方面，全县公安机关侦破电信网络诈骗案件412起，涉案金额6.3亿元。'),
      findings: [
        { code: 'figure/conflict', at: '3.6亿元', message: '同一数据前后不一致：此处为“涉案金额3.6亿元”，文中另处为“涉案金额6.3亿元”，相差2.7亿元，请核对' },
        { code: 'figure/conflict', at: '6.3亿元', severity: 'information', message: /此处为“涉案金额6.3亿元”/ },
      ],
    },
    {
      name: 'a headline naming no period, its words ending those of the one body figure alike (rounded in the headline)',
      ...news('某省法律援助为困难群众挽回经济损失9亿元', '记者从省司法厅了解到，2024年某省法律援助机构共受理法律援助案件41230件，为困难群众挽回经济损失7.87亿元。'),
      findings: [
        { code: 'figure/conflict', at: '9亿元', message: '同一数据前后不一致：此处为“某省法律援助为困难群众挽回经济损失9亿元”，文中另处为“为困难群众挽回经济损失7.87亿元”，相差1.13亿元，请核对' },
        { code: 'figure/conflict', at: '7.87亿元', severity: 'information', message: /此处为“为困难群众挽回经济损失7.87亿元”/ },
      ],
    },
    {
      name: 'a count of kinds named by examples before 等 (按日连续处罚、查封扣押等五类案件) is no 、-list item: stated twice',
      text: report('今年前9个月，按日连续处罚、查封扣押等五类案件总数2740件。今年1—9月，全市五类案件总数2470件，其中查封扣押案件1200件。'),
      findings: [
        { code: 'figure/conflict', at: '2740件', message: '同一数据前后不一致：此处为“五类案件总数2740件”，文中另处为“全市五类案件总数2470件”，相差270件，请核对' },
        { code: 'figure/conflict', at: '2470件', severity: 'information', message: /此处为“全市五类案件总数2470件”/ },
      ],
    },
    {
      name: 'inspections of enterprises (家次, a count of visits) stated twice in a monthly bulletin, two digits swapped',
      ...bulletin('2023年8月份全州安全生产行政执法情况通报', '一、基本情况\n\n8月份，全州检查企业34家次，发现各类隐患120条。\n\n二、存在的问题\n\n全州共检查企业43家次，处罚次数3次。'),
      findings: [
        { code: 'figure/conflict', at: '34家次', message: '同一数据前后不一致：此处为“全州检查企业34家次”，文中另处为“全州共检查企业43家次”，相差9家次，请核对' },
        { code: 'figure/conflict', at: '43家次', severity: 'information', message: /此处为“全州共检查企业43家次”/ },
      ],
    },
    {
      name: 'headings sharing only a generic ending (…情况) do not make sections parallel',
      text: report('（一）总体情况\n\n全年共收到网络举报60件。涉及水污染20件，大气污染36件，噪声污染4件。\n\n（二）来源情况\n\n全年共收到微信举报300件。涉及水污染90件，大气污染198件，噪声污染12件。'),
      findings: [
        { code: 'figure/conflict', at: '20件', message: /^同一数据前后不一致：此处为“涉及水污染20件”，文中另处为“涉及水污染90件”/ },
        { code: 'figure/conflict', at: '90件', severity: 'information', message: /此处为“涉及水污染90件”/ },
      ],
    },
    // The lead's summary names the writer (or no one) as the subject, the body the institutions that do the work.
    {
      name: 'a count in the lead restated in the body under the institutions that do the work',
      text: leadAndBody('2023年，县司法局办理法律援助案件487件，调处矛盾纠纷2318件，各项工作取得新进展。',
        '（一）法律援助。全县法律援助机构共办理法律援助案件486件，同比增长5.1%。\n\n（二）人民调解。全县各级人民调解组织共调处矛盾纠纷2318件，调解成功2290件。'),
      findings: [
        { code: 'figure/conflict', at: '487件', message: '同一数据前后不一致：此处为“县司法局办理法律援助案件487件”，文中另处为“全县法律援助机构共办理法律援助案件486件”，相差1件，请核对' },
        { code: 'figure/conflict', at: '486件', severity: 'information', message: /此处为“全县法律援助机构共办理法律援助案件486件”/ },
      ],
    },
    // One span of years stated in a headline and in the body, the subject dropped in the headline: a count, a multiple of
    // an earlier period (named by the count's noun in the headline, after the count in the body).
    {
      name: 'a headline count of a span of years, its subject dropped',
      ...news('2019年至2023年办理法律援助案件5.2万件', '记者从省司法厅获悉，2019年至2023年，全省法律援助机构办理法律援助案件5.4万件，挽回经济损失12.6亿元。'),
      findings: [
        { code: 'figure/conflict', at: '5.2万件', message: '同一数据前后不一致：此处为“2019年至2023年办理法律援助案件5.2万件”，文中另处为“全省法律援助机构办理法律援助案件5.4万件”，相差0.2万件，请核对' },
        { code: 'figure/conflict', at: '5.4万件', severity: 'information', message: /此处为“全省法律援助机构办理法律援助案件5.4万件”/ },
      ],
    },
    {
      name: 'a headline multiple of an earlier period and the body\'s',
      ...news('2019年至2023年办理行政复议案件是前三年的1.8倍', '2019年至2023年，全省各级行政复议机构办理行政复议案件4.6万件，是前三年的2.1倍。'),
      findings: [
        { code: 'figure/conflict', at: '1.8倍', message: '同一数据前后不一致：此处为“2019年至2023年办理行政复议案件是前三年的1.8倍”，文中另处为“是前三年的2.1倍”，相差0.3倍，请核对' },
        { code: 'figure/conflict', at: '2.1倍', severity: 'information', message: /此处为“是前三年的2.1倍”/ },
      ],
    },
    // A count opening its sentence with its noun all said to be of one kind restates the count of that noun the sentence
    // before states.
    {
      name: 'a count opening its sentence, all of one kind, restating the one before',
      text: report('全年共受理行政复议申请38件，均依法审查。39件申请均属于行政处罚类，其中维持21件。'),
      findings: [
        { code: 'figure/conflict', at: '38件', message: '同一数据前后不一致：此处为“全年共受理行政复议申请38件”，文中另处为“39件”，相差1件，请核对' },
        { code: 'figure/conflict', at: '39件', severity: 'information', message: /此处为“39件”/ },
      ],
    },
    // A span of years or of months written two ways ("2019年至2023年", "1-9月" and "1月至9月") is one period, set aside
    // as a whole with the words.
    {
      name: 'one span of years stated twice, after a clause of its own once',
      text: report('报告指出，行政复议工作稳步推进，2019年至2023年全市行政机关办结行政复议案件5270件，是前三年的1.8倍。\n\n2019年至2023年，全市行政机关共办结行政复议案件5370件。'),
      findings: [
        { code: 'figure/conflict', at: '5270件', message: '同一数据前后不一致：此处为“2019年至2023年全市行政机关办结行政复议案件5270件”，文中另处为“全市行政机关共办结行政复议案件5370件”，相差100件，请核对' },
        { code: 'figure/conflict', at: '5370件', severity: 'information', message: /此处为“全市行政机关共办结行政复议案件5370件”/ },
      ],
    },
    {
      name: 'the first nine months written 前9个月 and 1—9月',
      text: report('今年前9个月，全市受理行政复议案件1850件。\n\n今年1—9月，全市受理行政复议案件1580件，同比增长6.2%。'),
      findings: [
        { code: 'figure/conflict', at: '1850件', message: '同一数据前后不一致：此处为“全市受理行政复议案件1850件”，文中另处为“全市受理行政复议案件1580件”，相差270件，请核对' },
        { code: 'figure/conflict', at: '1580件', severity: 'information', message: /此处为“全市受理行政复议案件1580件”/ },
      ],
    },
    {
      name: 'a headline\'s 1-9月 and the body\'s 1月至9月',
      ...news('今年1-9月全市办结行政复议案件1580件', '记者从市司法局获悉，今年1月至9月，全市共办结行政复议案件1850件，同比增长6.2%。'),
      findings: [
        { code: 'figure/conflict', at: '1580件', message: '同一数据前后不一致：此处为“今年1-9月全市办结行政复议案件1580件”，文中另处为“全市共办结行政复议案件1850件”，相差270件，请核对' },
        { code: 'figure/conflict', at: '1850件', severity: 'information', message: /此处为“全市共办结行政复议案件1850件”/ },
      ],
    },
    // An approximate count is still one figure with an exact one stated alike, or with another approximate one when a
    // figure beside them is stated alike in both places.
    {
      name: 'an approximate count against an exact one',
      text: report('全年办理法律援助案件860余件，挽回经济损失1236.5万元。\n\n（二）法律援助\n\n全年办理法律援助案件792件，受援群众满意率99%。'),
      findings: [
        { code: 'figure/conflict', at: '860余件', message: '同一数据前后不一致：此处为“全年办理法律援助案件860余件”，文中另处为“全年办理法律援助案件792件”，“860余件”应不少于860、不足870件，请核对' },
        { code: 'figure/conflict', at: '792件', severity: 'information', message: /此处为“全年办理法律援助案件792件”/ },
      ],
    },
    {
      name: 'an exact count above the range of a rounded-down one (1200余件 is 1200 to 1299): no value to unify to',
      text: report('全年办结行政复议案件1200余件。\n\n全年办结行政复议案件1350件。'),
      findings: [
        { code: 'figure/conflict', at: '1200余件', message: '同一数据前后不一致：此处为“全年办结行政复议案件1200余件”，文中另处为“全年办结行政复议案件1350件”，“1200余件”应不少于1200、不足1300件，请核对', fixed: null },
        { code: 'figure/conflict', at: '1350件', severity: 'information', message: /此处为“全年办结行政复议案件1350件”/ },
      ],
    },
    {
      name: 'two approximate counts tied by a neighbour stated alike',
      text: report('全年办理法律援助案件860余件，挽回经济损失1236.5万元。\n\n（二）法律援助\n\n全年办理法律援助案件680余件，挽回经济损失1236.5万元，受援群众满意率99%。'),
      findings: [
        { code: 'figure/conflict', at: '860余件', message: '同一数据前后不一致：此处为“全年办理法律援助案件860余件”，文中另处为“全年办理法律援助案件680余件”，相差180余件，请核对' },
        { code: 'figure/conflict', at: '680余件', severity: 'information', message: /此处为“全年办理法律援助案件680余件”/ },
      ],
    },
    {
      name: 'a bare change in the lead (增长) restated as 同比增长 in the body',
      text: report('全年全县共受理行政复议申请352件，增长11.46%。\n\n全年共受理行政复议申请352件，同比增长11.64%，办结率98%。'),
      findings: [
        { code: 'figure/conflict', at: '11.46%', message: '同一数据前后不一致：此处为“增长11.46%”，文中另处为“同比增长11.64%”，相差0.18个百分点，请核对' },
        { code: 'figure/conflict', at: '11.64%', severity: 'information', message: /此处为“同比增长11.64%”/ },
      ],
    },
    {
      name: 'a standing count noun first after 共有 and the same count number first (名; 个 with 现有)',
      text: report('全县共有行政执法人员1250名，全部持证上岗。全县现有村（社区）法律顾问工作室186个。\n\n全县1205名行政执法人员参加了年度培训。全县168个村（社区）法律顾问工作室实现全覆盖。'),
      findings: [
        { code: 'figure/conflict', at: '1250名', message: '同一数量前后不一致：此处为“行政执法人员1250名”，文中另处为“1205名行政执法人员”，请核对' },
        { code: 'figure/conflict', at: '186个', message: /此处为“村（社区）法律顾问工作室186个”，文中另处为“168个村（社区）法律顾问工作室”/ },
        { code: 'figure/conflict', at: '1205名', severity: 'information', message: /此处为“1205名行政执法人员”/ },
        { code: 'figure/conflict', at: '168个', severity: 'information', message: /此处为“168个村（社区）法律顾问工作室”/ },
      ],
    },
    {
      name: 'a count stated after last year\'s value for comparison (上年为…) is still of the report\'s year',
      text: '某市卫生健康委员会2025年法治政府建设年度报告\n\n一、主要工作\n罚没款168.4万元，同比下降6.7%（上年为180.5万元）。全系统执法人员86人，人均办理案件3.6件。\n\n二、存在的不足\n一是执法力量不足，全系统执法人员87人，任务繁重。\n',
      findings: [
        { code: 'figure/conflict', at: '86人', message: '同一数据前后不一致：此处为“全系统执法人员86人”，文中另处为“全系统执法人员87人”，相差1人，请核对' },
        { code: 'figure/conflict', at: '87人', severity: 'information', message: /此处为“全系统执法人员87人”/ },
      ],
    },
    {
      name: 'an item numbered 二是 in the section on shortcomings restating a count of the work done with another value',
      text: '某市应急管理局2025年法治政府建设情况报告\n\n一、主要工作\n全年共办理行政许可事项1876件。\n\n二、存在的不足\n一是审批效率有待提高。二是全年共办理行政许可事项1867件，网办比例偏低。\n',
      findings: [
        { code: 'figure/conflict', at: '1876件', message: '同一数据前后不一致：此处为“全年共办理行政许可事项1876件”，文中另处为“二是全年共办理行政许可事项1867件”，相差9件，请核对' },
        { code: 'figure/conflict', at: '1867件', severity: 'information', message: /此处为“二是全年共办理行政许可事项1867件”/ },
      ],
    },
    {
      name: 'a count written number first after the place, framing a clause in the section on shortcomings (全市…件…申请中，)',
      text: '某市人民政府2025年法治政府建设情况报告\n\n一、主要举措和成效\n全年全市新收行政复议申请2860件，同比增长18.6%。\n\n二、存在的不足\n全市2861件行政复议申请中，涉企案件占比较高。\n',
      findings: [
        { code: 'figure/conflict', at: '2860件', message: '同一数据前后不一致：此处为“全年全市新收行政复议申请2860件”，文中另处为“全市2861件”，相差1件，请核对' },
        { code: 'figure/conflict', at: '2861件', severity: 'information', message: /此处为“全市2861件”/ },
      ],
    },
    {
      name: 'a part restated under its frame with 仅 (only) before the number',
      text: '某区司法局2025年法治政府建设工作报告\n\n一、主要工作\n全区共有人民调解员1036名，其中专职人民调解员86名。\n\n二、存在的问题\n人民调解员1036名中，专职人民调解员仅87名。\n',
      findings: [
        { code: 'figure/conflict', at: '86名', message: '同一数据前后不一致：此处为“其中专职人民调解员86名”，文中另处为“专职人民调解员仅87名”，相差1名，请核对' },
        { code: 'figure/conflict', at: '87名', severity: 'information', message: /此处为“专职人民调解员仅87名”/ },
      ],
    },
    {
      name: 'a frame in the section on shortcomings restating a count of the year\'s work (在抽查的…卷案卷中，)',
      text: '某县市场监督管理局2025年法治政府建设年度报告\n\n一、主要举措和成效\n组织开展行政执法案卷评查，共抽查案卷180卷，其中优秀案卷54卷。\n\n二、存在的不足和原因\n在抽查的181卷案卷中，不合格案卷9卷。\n',
      findings: [
        { code: 'figure/conflict', at: '180卷', message: '同一数据前后不一致：此处为“共抽查案卷180卷”，文中另处为“在抽查的181卷”，相差1卷，请核对' },
        { code: 'figure/conflict', at: '181卷', severity: 'information', message: /此处为“在抽查的181卷”/ },
      ],
    },
    {
      name: 'a count restated after its noun as the frame of what follows (办理的…件中，)',
      text: report('全年共办理法律援助案件940件。办理的法律援助案件914件中，刑事案件352件。'),
      findings: [
        { code: 'figure/conflict', at: '940件', message: '同一数据前后不一致：此处为“全年共办理法律援助案件940件”，文中另处为“办理的法律援助案件914件”，相差26件，请核对' },
        { code: 'figure/conflict', at: '914件', severity: 'information', message: /此处为“办理的法律援助案件914件”/ },
      ],
    },
    {
      name: 'a standing count and the same count number first, framing a clause (…人员中，)',
      text: report('全县共有人民调解员1680名。\n\n全县1860名人民调解员中，专职调解员占比偏低。'),
      findings: [
        { code: 'figure/conflict', at: '1680名', message: '同一数量前后不一致：此处为“人民调解员1680名”，文中另处为“1860名人民调解员”，请核对' },
        { code: 'figure/conflict', at: '1860名', severity: 'information', message: /此处为“1860名人民调解员”/ },
      ],
    },
    {
      name: 'a count of the whole under the verb of a column named by a year and that verb, against the 合计 row',
      format: 'plaintext',
      text: '某区2020年度行政复议案件统计分析\n一、基本情况\n2020年，全区新收行政复议案件88件，受理56件。\n表一：行政复议案件受理情况统计表\n单位 | 2019受理量 | 2020受理量 | 占比 |\n市场监管局 | 30 | 21 | 35.6% |\n公安分局 | 56 | 32 | 54.2% |\n住建局 | 10 | 6 | 10.2% |\n合计 | 96 | 59 | 100.0% |\n',
      findings: [{ code: 'figure/conflict', at: '56件', message: '同一数据前后不一致：此处为“受理56件”，表中“合计”行“2020受理量”列为59，相差3，请核对' }],
    },
    {
      name: 'a 、-list item naming a table row, against the column of the report\'s year (ranked rows)',
      text: problems('物业管理问题600件、劳动纠纷问题330件', '1 | 物业管理 | 500 | 600 | ↑20.00 |\n2 | 劳动纠纷 | 400 | 300 | ↓25.00 |'),
      findings: [{ code: 'figure/conflict', at: '330件', message: '同一数据前后不一致：此处为“劳动纠纷问题330件”，表中“劳动纠纷”行“2023年(件)”列为300，相差30，请核对' }],
    },
    {
      name: 'a 同比增长 restated later as the growth (增速) of the count\'s noun, two digits swapped',
      text: report('全年全区12345热线共受理群众诉求36200件，同比增长14.26%。其中，投诉11800件，同比增长17.45%。\n\n从历年数据看，群众诉求总量逐年上升，2023年群众诉求总量增速为14.62%，比上年有所放缓。'),
      findings: [
        { code: 'figure/conflict', at: '14.26%', message: '同一数据前后不一致：此处为“同比增长14.26%”，文中另处为“2023年群众诉求总量增速为14.62%”，相差0.36个百分点，请核对' },
        { code: 'figure/conflict', at: '14.62%', severity: 'information', message: /此处为“2023年群众诉求总量增速为14.62%”，文中另处为“同比增长14.26%”/ },
      ],
    },
    {
      name: 'a 同比增长 restated as a change of the count\'s noun in other words (受理量增幅, 总量较上年增长, 数量同比增长率)',
      text: report('全年全县共受理信访事项3260件，同比增长13.48%。全年共调处矛盾纠纷1520起，同比下降17.28%。全年办理法律援助案件860件，同比增长19.16%。\n\n从近三年看，信访事项受理量增幅达13.84%。矛盾纠纷总量较上年下降17.82%。法律援助案件数量同比增长率为19.61%。'),
      findings: [
        { code: 'figure/conflict', at: '13.48%', message: /此处为“同比增长13.48%”，文中另处为“信访事项受理量增幅达13.84%”/ },
        { code: 'figure/conflict', at: '17.28%', message: /此处为“同比下降17.28%”，文中另处为“矛盾纠纷总量较上年下降17.82%”/ },
        { code: 'figure/conflict', at: '19.16%', message: /此处为“同比增长19.16%”，文中另处为“法律援助案件数量同比增长率为19.61%”/ },
        { code: 'figure/conflict', at: '13.84%', severity: 'information', message: /信访事项受理量增幅达13.84%/ },
        { code: 'figure/conflict', at: '17.82%', severity: 'information', message: /矛盾纠纷总量较上年下降17.82%/ },
        { code: 'figure/conflict', at: '19.61%', severity: 'information', message: /法律援助案件数量同比增长率为19.61%/ },
      ],
    },
    {
      name: 'a 同比增长 restated as the 增幅 of the same words (受理行政复议案件, one digit off)',
      text: report('全年共受理行政复议案件420件，同比增长12.5%。\n\n全年受理行政复议案件数量增幅为13.5%，办结率98%。'),
      findings: [
        { code: 'figure/conflict', at: '12.5%', message: /此处为“同比增长12.5%”，文中另处为“全年受理行政复议案件数量增幅为13.5%”/ },
        { code: 'figure/conflict', at: '13.5%', severity: 'information', message: /此处为“全年受理行政复议案件数量增幅为13.5%”/ },
      ],
    },
    {
      name: 'a lead count under a count of kinds restated in the body ("办理四类案件"; 3种 with 起)',
      text: report('导语：全年全市共办理四类案件2745件，罚没金额0.9亿元。\n\n全年全市共办理四类案件2475件。其中，简易程序案件58件。\n\n全县共调处3种纠纷415起。\n\n全县共调处3种纠纷451起，调解成功440起。'),
      findings: [
        { code: 'figure/conflict', at: '2745件', message: /此处为“全年全市共办理四类案件2745件”，文中另处为“全年全市共办理四类案件2475件”/ },
        { code: 'figure/conflict', at: '2475件', severity: 'information', message: /此处为“全年全市共办理四类案件2475件”/ },
        { code: 'figure/conflict', at: '415起', message: /此处为“全县共调处3种纠纷415起”，文中另处为“全县共调处3种纠纷451起”/ },
        { code: 'figure/conflict', at: '451起', severity: 'information', message: /此处为“全县共调处3种纠纷451起”/ },
      ],
    },
    {
      name: 'a month bulletin: a class count under a heading of 本月 restated in the analysis section (numbered list, 个)',
      ...bulletin('2023年5月份12345热线运行情况通报', '## （一）本月来电情况\n\n接听来电2000个，当月办结率98%。\n\n1.咨询类1200个。\n\n2.建议类350个。\n\n## （二）来电分析\n\n本月市民关注的问题主要是：\n\n建议类305个，主要涉及公共设施。'),
      findings: [
        { code: 'figure/conflict', at: '350个', message: '同一数据前后不一致：此处为“建议类350个”，文中另处为“建议类305个”，相差45个，请核对' },
        { code: 'figure/conflict', at: '305个', severity: 'information', message: '同一数据前后不一致：此处为“建议类305个”，文中另处为“建议类350个”，相差45个，请核对' },
      ],
    },
    {
      name: 'a month bulletin: 当月 in the lead and the month\'s count under a heading (调解, 件)',
      ...bulletin('2023年8月份人民调解工作情况通报', '当月全区共调解矛盾纠纷416件，调解成功408件。\n\n## 一、调解情况\n\n### （一）总体情况\n\n全区共调解矛盾纠纷461件，其中婚姻家庭纠纷120件。'),
      findings: [
        { code: 'figure/conflict', at: '416件', message: /此处为“当月全区共调解矛盾纠纷416件”，文中另处为“全区共调解矛盾纠纷461件”/ },
        { code: 'figure/conflict', at: '461件', severity: 'information', message: /此处为“全区共调解矛盾纠纷461件”/ },
      ],
    },
    {
      name: 'a rate proven over its counts restated bare with another value',
      text: report('受理消费投诉1240件，已办结反馈806件，办结反馈率65.0%。\n\n（二）消费维权。办结反馈率56.0%，为消费者挽回经济损失80万元。'),
      findings: [
        { code: 'figure/conflict', message: /此处为“办结反馈率65\.0%”，文中另处为“办结反馈率56\.0%”/, at: '65.0%' },
        { code: 'figure/conflict', message: /此处为“办结反馈率56\.0%”/, at: '56.0%' },
      ],
    },
    {
      name: 'a change against the quarter before restated against the same period, its base named once',
      text: report('全县受理信访事项1860件，环比上季度1700件增长了9.41%。\n\n（二）信访工作。全县受理信访事项1860件，环比增长9.14%。'),
      findings: [
        { code: 'figure/conflict', message: /此处为“增长了9\.41%”，文中另处为“环比增长9\.14%”/, at: '9.41%' },
        { code: 'figure/conflict', message: /此处为“环比增长9\.14%”/, at: '9.14%' },
      ],
    },
    {
      name: 'a part (其中) restated as a whole under a later heading, tied by the change beside both; the part counted by its whole\'s verb',
      text: report('全年共受理投诉举报8,250件，同比上升5.4%。其中投诉4,630件，同比上升1.25%，占全部诉求的56.1%。\n\n（二）投诉情况\n\n全年共受理投诉4,680件，同比上升1.25%，调解成功率66%。'),
      findings: [
        { code: 'figure/conflict', message: /此处为“其中投诉4,630件”，文中另处为“全年共受理投诉4,680件”，相差50件/, at: '4,630件' },
        { code: 'figure/conflict', message: /此处为“全年共受理投诉4,680件”/, at: '4,680件' },
      ],
    },
    {
      name: 'items after 其中： and their occurrences (项次) restated in a numbered section, the same change beside both',
      text: report('全年共开展执法检查1,732家次，其中：查处重大事故隐患86项，同比减少27.7%。\n\n（三）重大事故隐患\n\n查处重大事故隐患84项次，同比减少27.7%。'),
      findings: [
        { code: 'figure/conflict', message: /此处为“查处重大事故隐患86项”，文中另处为“查处重大事故隐患84项”，相差2项/, at: '86项' },
        { code: 'figure/conflict', message: /此处为“查处重大事故隐患84项”/, at: '84项' },
      ],
    },
    {
      name: 'a part after 包括 named by its noun, restated with its whole\'s verb (受理), 条',
      text: report('全年12345热线共受理群众诉求5,120条，包括信访事项320条，同比下降12.6%。\n\n（二）信访事项办理\n\n全年受理信访事项302条，同比下降12.6%，按期办结率98%。'),
      findings: [
        { code: 'figure/conflict', message: /此处为“包括信访事项320条”，文中另处为“全年受理信访事项302条”/, at: '320条' },
        { code: 'figure/conflict', message: /此处为“全年受理信访事项302条”/, at: '302条' },
      ],
    },
    {
      name: 'an item of a 其中 、-list restated as a frame (在…的N件案件中)',
      text: report('全年共办结案件1526件，其中作出处罚决定结案620件、不予立案结案861件、移送结案45件。在作出处罚决定结案的602件案件中，适用简易程序418件。'),
      findings: [
        { code: 'figure/conflict', message: /此处为“其中作出处罚决定结案620件”，文中另处为“在作出处罚决定结案的602件”，相差18件/, at: '620件' },
        { code: 'figure/conflict', message: /此处为“在作出处罚决定结案的602件”/, at: '602件' },
      ],
    },
    {
      name: 'a later item of a 、-list restated as a frame in the next paragraph (受理的…中), 宗',
      text: report('全年共受理劳动争议仲裁案件2,310宗，其中调解结案1,406宗、裁决结案612宗、撤诉292宗。\n\n裁决结案的621宗案件中，支持劳动者诉求的占71%。'),
      findings: [
        { code: 'figure/conflict', message: /此处为“裁决结案612宗”，文中另处为“裁决结案的621宗”/, at: '612宗' },
        { code: 'figure/conflict', message: /此处为“裁决结案的621宗”/, at: '621宗' },
      ],
    },
    {
      name: 'the end of a move (由…下降到) restates the year\'s count under the words before 由',
      text: report('2023年，全县共受理行政复议案件98件，办结95件。\n\n与上年相比，受理行政复议案件由120件下降到89件，行政应诉案件由45件增加到52件。'),
      findings: [
        { code: 'figure/conflict', message: /此处为“全县共受理行政复议案件98件”，文中另处为“受理行政复议案件由120件下降到89件”，相差9件/, at: '98件' },
        { code: 'figure/conflict', message: /此处为“受理行政复议案件由120件下降到89件”/, at: '89件' },
      ],
    },
    {
      name: 'the end of a move (从…增加至) in thousands commas',
      text: report('全年全区共办理法律援助案件1,260件。\n\n（二）同比情况\n\n办理法律援助案件从1,100件增加至1,206件。'),
      findings: [
        { code: 'figure/conflict', message: /此处为“全年全区共办理法律援助案件1,260件”/, at: '1,260件' },
        { code: 'figure/conflict', message: /此处为“办理法律援助案件从1,100件增加至1,206件”/, at: '1,206件' },
      ],
    },
    {
      name: 'a count restated in a later paragraph with more words between its own and two digits swapped',
      text: report('全年受理案件2549件，结案率92.4%。\n\n全市劳动人事仲裁机构共受理劳动争议案件2459件，总调撤率达78.1%。'),
      findings: [
        { code: 'figure/conflict', severity: 'warning', message: /此处为“全年受理案件2549件”，文中另处为“全市劳动人事仲裁机构共受理劳动争议案件2459件”，相差90件/, at: '2549件' },
        { code: 'figure/conflict', severity: 'information', message: /此处为“全市劳动人事仲裁机构共受理劳动争议案件2459件”/, at: '2459件' },
      ],
    },
    {
      name: 'a generic count restated in a later paragraph with two digits swapped, nothing stated alike beside it',
      text: report('全年共受理劳动争议案件3120件，同比增加12%。审结案件2965件，同比增加10%。\n\n面对案件激增的压力，在全市率先完成考核任务，共审结案件2695件，结案率达95.6%。'),
      findings: [
        { code: 'figure/conflict', severity: 'warning', message: /此处为“审结案件2965件”，文中另处为“共审结案件2695件”，相差270件/, at: '2965件' },
        { code: 'figure/conflict', severity: 'information', message: /此处为“共审结案件2695件”/, at: '2695件' },
      ],
    },
    {
      name: 'a generic count of three digits restated with two digits swapped (办结, 起)',
      text: report('全年共办结案件318起，同比增加6%。\n\n在力量不足的情况下，共办结案件381起，结案率97%。'),
      findings: [
        { code: 'figure/conflict', message: /此处为“全年共办结案件318起”，文中另处为“共办结案件381起”，相差63起/, at: '318起' },
        { code: 'figure/conflict', message: /此处为“共办结案件381起”/, at: '381起' },
      ],
    },
    {
      name: 'a rate named in full in the overview and short under its section, two digits swapped',
      text: report('2023年，全县行政复议纠错率为15.38%，行政诉讼败诉率为6.1%。\n\n（二）行政复议\n\n全年审结行政复议案件182件，纠错率15.83%。'),
      findings: [
        { code: 'figure/conflict', message: /此处为“全县行政复议纠错率为15\.38%”，文中另处为“纠错率15\.83%”，相差0\.45个百分点/, at: '15.38%' },
        { code: 'figure/conflict', message: /此处为“纠错率15\.83%”/, at: '15.83%' },
      ],
    },
    {
      name: 'a headline rate in full and the body\'s short (合格率), two digits swapped',
      ...news('2023年某市食品抽检合格率达98.46%', '记者从市场监管局了解到，2023年，全市共完成食品抽检12,400批次。\n\n检出不合格食品191批次，不合格率1.54%，合格率为98.64%。'),
      findings: [
        { code: 'figure/conflict', message: /此处为“2023年某市食品抽检合格率达98\.46%”，文中另处为“合格率为98\.64%”/, at: '98.46%' },
        { code: 'figure/conflict', message: /此处为“合格率为98\.64%”/, at: '98.64%' },
      ],
    },
    {
      name: 'a headline rate and the lead\'s, two digits swapped',
      ...news('2023年某市食品抽检合格率达98.46%', '记者从市场监管局了解到，2023年，全市食品抽检合格率为98.64%。'),
      findings: [
        { code: 'figure/conflict', message: /此处为“2023年某市食品抽检合格率达98\.46%”，文中另处为“全市食品抽检合格率为98\.64%”，相差0\.18个百分点/, at: '98.46%' },
        { code: 'figure/conflict', message: /此处为“全市食品抽检合格率为98\.64%”/, at: '98.64%' },
      ],
    },
    {
      name: 'a count of handled calls in thousands commas, restated under a heading with two digits swapped',
      text: report('全年区12345热线共接听来电48,215个，按时办结47,960个。\n\n（二）办理情况\n\n全年按时办结47,690个，按时办结率99.5%。'),
      findings: [
        { code: 'figure/conflict', message: /此处为“按时办结47,960个”/, at: '47,960个' },
        { code: 'figure/conflict', message: /此处为“全年按时办结47,690个”/, at: '47,690个' },
      ],
    },
    {
      name: 'a count of a channel column (digits in its name) with two digits swapped, the row named before it in the sentence',
      text: report('5月，市12315指挥中心收到12345热线转办消费者投诉举报2348件，全国12315平台受理消费者投诉举报961件。' + channels),
      findings: [{ code: 'figure/conflict', at: '961件', message: '同一数据前后不一致：此处为“全国12315平台受理消费者投诉举报961件”，表中“5月”行“全国12315平台”列为916，相差45，请核对' }],
    },
    {
      name: 'an amount in 万元 against a decimal cell of the table\'s unit, two digits swapped; fixes keep the decimals',
      text: report('5月，共受理消费者投诉举报3264件，为消费者挽回经济损失48.16万元。' + channels),
      findings: [{
        code: 'figure/conflict', at: '48.16万元', message: '同一数据前后不一致：此处为“为消费者挽回经济损失48.16万元”，表中“5月”行“挽回经济损失”列为41.86，相差6.3，请核对',
        fixed: report('5月，共受理消费者投诉举报3264件，为消费者挽回经济损失41.86万元。' + channels),
      }],
    },
    {
      name: 'a period\'s value in an analysis in another section, against the table\'s row and column named before it',
      text: report('二季度共受理转办工单1500件，其中城市管理类388件，物业管理类260件。\n\n| 季度 | 受理工单总数 | 城市管理类工单数量 | 物业管理类工单数量 |\n| --- | --- | --- | --- |\n| 一季度 | 1420 | 420 | 300 |\n| 二季度 | 1500 | 388 | 260 |', '城市管理类，一季度为420件，二季度为398件。'),
      findings: [{ code: 'figure/conflict', at: '398件', message: '同一数据前后不一致：此处为“二季度为398件”，表中“二季度”行“城市管理类工单数量”列为388，相差10，请核对' }],
    },
    {
      name: 'a move between two periods: its start is the earlier row\'s cell, its end must be the later one\'s',
      text: report('二季度共受理转办工单1500件。\n\n| 季度 | 受理工单总数 | 城市管理类工单数量 | 物业管理类工单数量 |\n| --- | --- | --- | --- |\n| 一季度 | 1420 | 420 | 300 |\n| 二季度 | 1500 | 388 | 260 |', '物业管理类工单数量由300件下降到250件。'),
      findings: [{ code: 'figure/conflict', at: '250件', message: /表中“二季度”行“物业管理类工单数量”列为260，相差10/ }],
    },
    {
      name: 'a 其中 part of the text against a one-cell-a-line table with boxed labels ("| 6月 |")',
      text: report('6月共调解纠纷104件，其中婚姻家庭纠纷46件，邻里纠纷26件。\n\n| 月份 |\n调解纠纷总数 |\n婚姻家庭纠纷件数 |\n邻里纠纷件数 |\n| 5月 |\n96 |\n40 |\n31 |\n| 6月 |\n104 |\n46 |\n28 |'),
      findings: [{ code: 'figure/conflict', at: '26件', message: '同一数据前后不一致：此处为“邻里纠纷26件”，表中“6月”行“邻里纠纷件数”列为28，相差2，请核对' }],
    },
    {
      name: 'one level restated alike with another value',
      text: report('市级热线平台接听来电6000个，立案派遣各类问题2800件。\n\n（二）办理情况\n\n市级热线平台接听来电6000个，立案派遣各类问题2080件。'),
      findings: [
        { code: 'figure/conflict', message: /此处为“立案派遣各类问题2800件”，文中另处为“立案派遣各类问题2080件”/, at: '2800件' },
        { code: 'figure/conflict', message: /此处为“立案派遣各类问题2080件”/, at: '2080件' },
      ],
    },
    {
      name: 'the noun before 办理 (法律援助案件办理) is the count stated verb first, in 万',
      text: report('全年法律援助案件办理1.56万件，群众满意度持续提升。\n\n（一）加强法律援助。全年办理法律援助案件1.65万件，同比增长6.2%。'),
      findings: [
        { code: 'figure/conflict', severity: 'warning', message: /此处为“全年法律援助案件办理1\.56万件”，文中另处为“全年办理法律援助案件1\.65万件”/, at: '1.56万件' },
        { code: 'figure/conflict', severity: 'information', message: /此处为“全年办理法律援助案件1\.65万件”/, at: '1.65万件' },
      ],
    },
    {
      name: 'the noun before 调处 (矛盾纠纷调处) is the count stated verb first',
      text: report('全年矛盾纠纷调处1560起。\n\n（二）调解工作。全年调处矛盾纠纷1650起，调解成功率98%。'),
      findings: [
        { code: 'figure/conflict', severity: 'warning', message: /此处为“全年矛盾纠纷调处1560起”，文中另处为“全年调处矛盾纠纷1650起”，相差90起/, at: '1560起' },
        { code: 'figure/conflict', severity: 'information', message: /此处为“全年调处矛盾纠纷1650起”/, at: '1650起' },
      ],
    },
    {
      name: 'a bare V成功 after a count of V takes its noun (调解成功 → 调解成功矛盾纠纷)',
      text: report('全县调解矛盾纠纷2000件，调解成功1980件。\n\n（二）调解工作。全年共调解成功矛盾纠纷1990件。'),
      findings: [
        { code: 'figure/conflict', severity: 'warning', message: /此处为“调解成功1980件”，文中另处为“全年共调解成功矛盾纠纷1990件”，相差10件/, at: '1980件' },
        { code: 'figure/conflict', severity: 'information', message: /此处为“全年共调解成功矛盾纠纷1990件”/, at: '1990件' },
      ],
    },
    {
      name: 'the verb made a noun with 量 after the noun (案件办理量) is the count stated verb first',
      text: report('全年共办理法律援助案件300件。\n\n（二）法律援助。全年法律援助案件办理量达320件。'),
      findings: [
        { code: 'figure/conflict', severity: 'warning', message: /此处为“全年共办理法律援助案件300件”，文中另处为“全年法律援助案件办理量达320件”，相差20件/, at: '300件' },
        { code: 'figure/conflict', severity: 'information', message: /此处为“全年法律援助案件办理量达320件”/, at: '320件' },
      ],
    },
    {
      name: 'the noun before its verb (诉求受理) is the count stated verb first (受理诉求)',
      ...bulletin('某县12345热线运行情况通报（2023年第三期）', '一、总体情况\n\n7-9月，全县12345热线共接听来电9216个，受理群众诉求4120件。\n\n二、诉求办理\n\n7-9月，群众诉求受理4210件，按期办结4102件。'),
      findings: [
        { code: 'figure/conflict', severity: 'warning', message: /此处为“受理群众诉求4120件”，文中另处为“群众诉求受理4210件”，相差90件/, at: '4120件' },
        { code: 'figure/conflict', severity: 'information', message: /此处为“群众诉求受理4210件”/, at: '4210件' },
      ],
    },
    {
      name: "another body's assessment states the intake again: the count taken in is the same count",
      ...bulletin('某区热线工作情况通报（2023年第二期）', '◆4-6月，全区受理工单3150件，应办理工单3101件，按期办结3096件。\n◆4-6月，市政务服务热线管理办公室对我区第二季度热线工作的考评结果为：工单受理3510件，应办理3101件，按期办结3101件。'),
      findings: [
        { code: 'figure/conflict', message: /此处为“全区受理工单3150件”，文中另处为“工单受理3510件”，相差360件/, at: '3150件' },
        { code: 'figure/conflict', message: /此处为“工单受理3510件”/, at: '3510件' },
      ],
    },
    {
      name: 'a count the text states again from a Markdown table, by its row and column',
      text: report('全县共受理行政复议案件154件。其中，城关镇受理行政复议案件58件，办结率94.1%。\n\n| 单位 | 受理 | 办结 | 纠错 |\n| --- | --- | --- | --- |\n| 城关镇 | 85 | 80 | 6 |\n| 河口镇 | 69 | 66 | 4 |\n| 合计 | 154 | 146 | 10 |'),
      findings: [{
        code: 'figure/conflict', severity: 'warning', at: '58件',
        message: '同一数据前后不一致：此处为“城关镇受理行政复议案件58件”，表中“城关镇”行“受理”列为85，相差27，请核对',
        fixed: report('全县共受理行政复议案件154件。其中，城关镇受理行政复议案件85件，办结率94.1%。\n\n| 单位 | 受理 | 办结 | 纠错 |\n| --- | --- | --- | --- |\n| 城关镇 | 85 | 80 | 6 |\n| 河口镇 | 69 | 66 | 4 |\n| 合计 | 154 | 146 | 10 |'),
      }],
    },
    {
      name: 'a court count beside a table of one cell a line, its rows numbered; the longest header the words hold',
      text: report('前三季度，全市法院新收一审行政案件312件；东城区法院新收一审行政案件96件，占全市的近三成。\n\n序号\n|\n法院\n|\n旧存\n|\n新收\n|\n上年同期新收\n|\n1\n|\n中院\n|\n20\n|\n84\n|\n90\n|\n2\n|\n东城\n|\n12\n|\n69\n|\n75\n|\n3\n|\n西城\n|\n9\n|\n159\n|\n140\n|'),
      findings: [{ code: 'figure/conflict', at: '96件', message: '同一数据前后不一致：此处为“东城区法院新收一审行政案件96件”，表中“东城”行“新收”列为69，相差27，请核对' }],
    },
    {
      name: 'a hotline count beside a table of rows joined by |',
      text: report('市12345热线全年受理群众诉求1360条，城南街道承办诉求418条，按期办结率99.5%。\n\n承办单位 | 承办诉求 | 按期办结 | 满意\n城南街道 | 481 | 479 | 470\n城北街道 | 392 | 390 | 381\n经开区 | 487 | 480 | 466'),
      findings: [{ code: 'figure/conflict', at: '418条', message: '同一数据前后不一致：此处为“城南街道承办诉求418条”，表中“城南街道”行“承办诉求”列为481，相差63，请核对' }],
    },
    {
      name: 'a bulletin\'s lead after its source clause (根据……数据统计) and its section stating the count again',
      ...bulletin('某县12345热线2023年第一季度运行情况', '根据某县12345热线中心系统平台归集的数据统计，2023年第一季度，12345热线话务总数为20693个，受理各类诉求277件。\n\n## 一、热线运行情况\n\n（一）话务渠道受理情况。2023年第一季度，12345热线话务总数为20963个，日均230个。'),
      findings: [
        { code: 'figure/conflict', message: /此处为“12345热线话务总数为20693个”，文中另处为“12345热线话务总数为20963个”，相差270个/, at: '20693个' },
        { code: 'figure/conflict', message: /此处为“12345热线话务总数为20963个”/, at: '20963个' },
      ],
    },
    {
      name: 'a count stated again in a sibling section that differs on nothing else',
      text: report('（一）行政复议\n\n全年共收到行政复议申请120件，纠错率12.5%。\n\n（二）行政应诉\n\n全年共收到行政复议申请102件，纠错率12.5%。'),
      findings: [
        { code: 'figure/conflict', severity: 'warning', message: /此处为“全年共收到行政复议申请120件”，文中另处为“全年共收到行政复议申请102件”/, at: '120件' },
        { code: 'figure/conflict', severity: 'information', message: /此处为“全年共收到行政复议申请102件”/, at: '102件' },
      ],
    },
    {
      name: 'a summary paragraph and the body',
      text: report('全年办理法律援助案件1.56万件，群众满意度持续提升。\n\n（一）加强法律援助。全年办理法律援助案件1.65万件，同比增长6.2%。'),
      findings: [
        {
          code: 'figure/conflict', severity: 'warning',
          message: '同一数据前后不一致：此处为“全年办理法律援助案件1.56万件”，文中另处为“全年办理法律援助案件1.65万件”，相差0.09万件，请核对',
          at: '1.56万件',
          fixed: report('全年办理法律援助案件1.56万件，群众满意度持续提升。\n\n（一）加强法律援助。全年办理法律援助案件1.56万件，同比增长6.2%。'),
        },
        { code: 'figure/conflict', severity: 'information', message: /此处为“全年办理法律援助案件1\.65万件”，文中另处为“全年办理法律援助案件1\.56万件”/, at: '1.65万件' },
      ],
    },
    {
      name: 'the same rate stated three times, one differs',
      text: report('全县行政复议纠错率为13.6%。\n\n行政复议纠错率为16.3%，同比下降1.2个百分点。\n\n行政复议纠错率为13.6%。'),
      findings: [{
        code: 'figure/conflict', severity: 'warning',
        message: '同一数据前后不一致：此处为“行政复议纠错率为16.3%”，文中另处为“全县行政复议纠错率为13.6%”、“行政复议纠错率为13.6%”，相差2.7个百分点，请核对',
        at: '16.3%',
        fixed: report('全县行政复议纠错率为13.6%。\n\n行政复议纠错率为13.6%，同比下降1.2个百分点。\n\n行政复议纠错率为13.6%。'),
      }],
    },
    {
      name: 'one amount in two scales, beyond the rounder one\'s precision',
      text: report('收缴罚没款4268.5万元。\n\n全年收缴罚没款0.46亿元。'),
      findings: [
        { code: 'figure/conflict', severity: 'warning', message: /此处为“收缴罚没款4268\.5万元”，文中另处为“全年收缴罚没款0\.46亿元”，相差331\.5万元/, at: '4268.5万元', fixed: null },
        { code: 'figure/conflict', severity: 'information', message: /此处为“全年收缴罚没款0\.46亿元”，文中另处为“收缴罚没款4268\.5万元”，相差331\.5万元/, at: '0.46亿元' },
      ],
    },
    {
      name: 'a number and its restatement to another precision',
      text: report('共下达行政处罚决定2.4万个。\n\n全年共下达行政处罚决定2.46万个。'),
      findings: [
        { code: 'figure/conflict', message: /此处为“共下达行政处罚决定2\.4万个”，文中另处为“全年共下达行政处罚决定2\.46万个”，相差0\.06万个/, at: '2.4万个' },
        { code: 'figure/conflict', message: /此处为“全年共下达行政处罚决定2\.46万个”/, at: '2.46万个' },
      ],
    },
    {
      name: 'a headline with 去年 and the body with the year',
      ...news('去年全市办结行政复议案件836件', '本报讯 日前发布的报告显示，2023年，全市依法办结行政复议案件863件，同比增长9.5%。'),
      findings: [
        { code: 'figure/conflict', severity: 'warning', message: /此处为“去年全市办结行政复议案件836件”，文中另处为“全市依法办结行政复议案件863件”，相差27件/, at: '836件' },
        { code: 'figure/conflict', severity: 'information', message: /此处为“全市依法办结行政复议案件863件”/, at: '863件' },
      ],
    },
    {
      name: 'a headline without the subject, tied by the count beside the change',
      ...news('2023年某市12345热线全年受理群众诉求128.64万件 同比增长6.37%', '2023年，某市12345政务服务便民热线持续优化服务，全年受理群众诉求128.64万件，同比增长7.36%。'),
      findings: [
        { code: 'figure/conflict', severity: 'warning', message: /此处为“同比增长6\.37%”，文中另处为“同比增长7\.36%”，相差0\.99个百分点/, at: '6.37%' },
        { code: 'figure/conflict', severity: 'information', message: /此处为“同比增长7\.36%”/, at: '7.36%' },
      ],
    },
    {
      name: 'a headline verb with its noun after the number, the body\'s verb alone',
      ...news('2023年办结5.8万件行政复议案', '2023年，各级行政复议机关办理行政复议案件6.1万件，办结5.6万件。'),
      findings: [
        { code: 'figure/conflict', message: /此处为“2023年办结5\.8万件”，文中另处为“办结5\.6万件”，相差0\.2万件/, at: '5.8万件' },
        { code: 'figure/conflict', message: /此处为“办结5\.6万件”/, at: '5.6万件' },
      ],
    },
    {
      name: 'the subject dropped in the body, tied by the amount beside it',
      text: report('全县市场监管部门共查处违法案件3126件，罚没款2318.64万元。\n\n全年共查处违法案件3162件，罚没款2318.64万元。'),
      findings: [
        { code: 'figure/conflict', message: /此处为“全县市场监管部门共查处违法案件3126件”，文中另处为“全年共查处违法案件3162件”，相差36件/, at: '3126件' },
        { code: 'figure/conflict', message: /此处为“全年共查处违法案件3162件”/, at: '3162件' },
      ],
    },
    {
      name: 'a count named whole, twice in one quarter beside other work, the agency abbreviated',
      text: report('第三季度，县公共法律服务中心提供法律咨询4200余人次，办理法律援助案件286件。\n\n第三季度，中心组织人民调解员培训12次，办理法律援助案件268件。'),
      findings: [
        { code: 'figure/conflict', severity: 'warning', message: /此处为“办理法律援助案件286件”，文中另处为“办理法律援助案件268件”，相差18件/, at: '286件' },
        { code: 'figure/conflict', severity: 'information', message: /此处为“办理法律援助案件268件”/, at: '268件' },
      ],
    },
    {
      name: 'a count to date stated twice, one after the news source, the other after since when, one with the place\'s letter',
      text: report('日前，记者从县司法局获悉，截至目前，县12345政务服务热线受理群众来电诉求3.62万件，按时办结率99%。\n\n自3月1日至今，12345政务服务热线共受理群众来电诉求3.26万件，涉及就业问题0.8万件。'),
      findings: [
        { code: 'figure/conflict', severity: 'warning', message: /此处为“县12345政务服务热线受理群众来电诉求3\.62万件”，文中另处为“12345政务服务热线共受理群众来电诉求3\.26万件”，相差0\.36万件/, at: '3.62万件' },
        { code: 'figure/conflict', severity: 'information', message: /此处为“12345政务服务热线共受理群众来电诉求3\.26万件”/, at: '3.26万件' },
      ],
    },
    {
      name: 'the same rate in a lead and in the body, each framed in its own words, tied by the change after it',
      text: report('在全年审结的案件中，行政机关在一审中败诉率为9.4%，同比下降2.3个百分点。\n\n全县法院审结的一审行政案件中，行政机关败诉率为9.7%，同比下降2.3个百分点。'),
      findings: [
        { code: 'figure/conflict', message: /此处为“行政机关在一审中败诉率为9\.4%”，文中另处为“行政机关败诉率为9\.7%”/, at: '9.4%' },
        { code: 'figure/conflict', message: /此处为“行政机关败诉率为9\.7%”/, at: '9.7%' },
      ],
    },
    {
      name: 'the same words, two numerals one slip of the keys apart however far their values (42 and 24)',
      text: report('（一）制度建设。全年共审核规范性文件42件，提出修改意见120条。\n\n（二）普法。开展普法活动30场。全年共审核规范性文件24件。'),
      findings: [
        { code: 'figure/conflict', message: /此处为“全年共审核规范性文件42件”，文中另处为“全年共审核规范性文件24件”/, at: '42件' },
        { code: 'figure/conflict', message: /此处为“全年共审核规范性文件24件”/, at: '24件' },
      ],
    },
    {
      name: 'the same words, a digit dropped (120 and 12)',
      text: report('全年办理行政复议案件120件。\n\n（一）复议。全年办理行政复议案件12件。'),
      findings: [
        { code: 'figure/conflict', message: /此处为“全年办理行政复议案件120件”/, at: '120件' },
        { code: 'figure/conflict', message: /此处为“全年办理行政复议案件12件”/, at: '12件' },
      ],
    },
    {
      name: 'a count restated as the frame of its parts (受理的N件X中)',
      text: report('全年共受理行政复议申请326件，审结298件。受理的362件申请中，涉及行政处罚的120件，涉及政府信息公开的80件。'),
      findings: [
        { code: 'figure/conflict', severity: 'warning', message: '同一数据前后不一致：此处为“全年共受理行政复议申请326件”，文中另处为“受理的362件”，相差36件，请核对', at: '326件' },
        { code: 'figure/conflict', severity: 'information', message: /此处为“受理的362件”，文中另处为“全年共受理行政复议申请326件”/, at: '362件' },
      ],
    },
    {
      name: 'a frame restating the first item of a list, after the agency the report names',
      text: report('据县信访局统计，全年该局共收到群众来信160件、来访60批210人。县信访局收到的180件来信中，网上信访件20件。'),
      findings: [
        { code: 'figure/conflict', message: /此处为“全年该局共收到群众来信160件”，文中另处为“县信访局收到的180件”，相差20件/, at: '160件' },
        { code: 'figure/conflict', message: /此处为“县信访局收到的180件”/, at: '180件' },
      ],
    },
    {
      name: 'a count pointed back at by 这 and its noun',
      text: report('全年办理法律援助案件860件，群众满意率99.2%。这806件法律援助案件，均已按期结案。'),
      findings: [
        { code: 'figure/conflict', message: /此处为“全年办理法律援助案件860件”，文中另处为“这806件”，相差54件/, at: '860件' },
        { code: 'figure/conflict', message: /此处为“这806件”/, at: '806件' },
      ],
    },
    {
      name: 'a frame opened by 所, its noun the end of the words the count was stated under',
      text: report('全年共受理信访事项1260件，办结1198件。所受理的1206件信访事项中，涉及征地拆迁的320件。'),
      findings: [
        { code: 'figure/conflict', message: /此处为“全年共受理信访事项1260件”，文中另处为“所受理的1206件”，相差54件/, at: '1260件' },
        { code: 'figure/conflict', message: /此处为“所受理的1206件”/, at: '1206件' },
      ],
    },
    {
      name: 'a frame with thousands separators, 调处 the verb',
      text: report('全年共调处矛盾纠纷2,356件，调解成功2,301件。在调处的2,365件纠纷中，婚姻家庭纠纷420件。'),
      findings: [
        { code: 'figure/conflict', message: /此处为“全年共调处矛盾纠纷2,356件”，文中另处为“在调处的2,365件”，相差9件/, at: '2,356件' },
        { code: 'figure/conflict', message: /此处为“在调处的2,365件”/, at: '2,365件' },
      ],
    },
    {
      name: 'a frame with spaces around the numeral, of a count stated with its outcome (未调解成功的 N 件纠纷中)',
      text: report('前三季度共调处矛盾纠纷 1260 件，调解成功 1219 件，未调解成功 41 件，调解成功率为 96.7%。未调解成功的 44 件纠纷中，土地纠纷 30 件，其他纠纷 14 件。'),
      findings: [
        { code: 'figure/conflict', message: /此处为“未调解成功 41 件”，文中另处为“未调解成功的 44 件”，相差3件/, at: '41 件' },
        { code: 'figure/conflict', message: /此处为“未调解成功的 44 件”/, at: '44 件' },
      ],
    },
    {
      name: 'a frame in a numbered section of a bulletin, the total in its opening paragraph, another measure word',
      ...bulletin('2023年5月份12345热线运行情况通报', '2023年5月，12345热线共接听群众来电5120个，按时办结率98.2%。\n\n## 一、来电情况\n\n从来电类别看，接听的5210个来电中，咨询类3100个，投诉类1200个。'),
      findings: [
        { code: 'figure/conflict', message: /此处为“12345热线共接听群众来电5120个”，文中另处为“接听的5210个”，相差90个/, at: '5120个' },
        { code: 'figure/conflict', message: /此处为“接听的5210个”/, at: '5210个' },
      ],
    },
    {
      name: 'a month written with and without its year, in a bulletin of that month',
      ...bulletin('2023年3月份市长热线运行情况通报', '2023年3月，市长热线受理群众诉求8460件。\n\n## 一、办理情况\n\n3月份，市长热线受理群众诉求8640件，按时办结率98.2%。'),
      findings: [
        { code: 'figure/conflict', message: /此处为“市长热线受理群众诉求8460件”，文中另处为“市长热线受理群众诉求8640件”/, at: '8460件' },
        { code: 'figure/conflict', message: /此处为“市长热线受理群众诉求8640件”/, at: '8640件' },
      ],
    },
    {
      name: 'a headline running its count and change on with a space, tied by the change stated alike',
      ...news('某县办理公证事项4380件 同比增长7.4%', '2023年，某县共办理公证事项4390件，同比增长7.4%，为群众节约费用120万元。'),
      findings: [
        { code: 'figure/conflict', message: /此处为“某县办理公证事项4380件”，文中另处为“某县共办理公证事项4390件”，相差10件/, at: '4380件' },
        { code: 'figure/conflict', message: /此处为“某县共办理公证事项4390件”/, at: '4390件' },
      ],
    },
    {
      name: 'a headline tied by a precise neighbour with no words of its own, the same noun after it',
      ...news('某省人社厅：1—6月为3.26万名农民工追发工资6.3亿元', '记者从省人社厅获悉，1—6月，全省查处各类劳动保障违法案件1860件，其中查处欠薪案件1020件，为3.26万名农民工追发工资6.8亿元。'),
      findings: [
        { code: 'figure/conflict', message: /此处为“农民工追发工资6\.3亿元”，文中另处为“农民工追发工资6\.8亿元”/, at: '6.3亿元' },
        { code: 'figure/conflict', message: /此处为“农民工追发工资6\.8亿元”/, at: '6.8亿元' },
      ],
    },
    {
      name: 'a headline\'s year without 年 before the half year',
      ...news('某省司法厅：2023上半年办结行政复议案件2860件', '2023年上半年，全省各级行政复议机关办结行政复议案件2680件，纠错率为11.4%。'),
      findings: [
        { code: 'figure/conflict', message: /此处为“2023上半年办结行政复议案件2860件”，文中另处为“全省各级行政复议机关办结行政复议案件2680件”，相差180件/, at: '2860件' },
        { code: 'figure/conflict', message: /此处为“全省各级行政复议机关办结行政复议案件2680件”/, at: '2680件' },
      ],
    },
    {
      name: 'the half year written as dates of whole months',
      text: report('2023年1月1日至6月30日，12345热线受理群众诉求5.12万件。\n\n上半年，12345热线受理群众诉求5.21万件。'),
      findings: [
        { code: 'figure/conflict', message: /此处为“12345热线受理群众诉求5\.12万件”，文中另处为“12345热线受理群众诉求5\.21万件”/, at: '5.12万件' },
        { code: 'figure/conflict', message: /此处为“12345热线受理群众诉求5\.21万件”/, at: '5.21万件' },
      ],
    },
    {
      name: 'a news item on last year\'s report: 去年 is its year, as the figures stated alike show',
      text: '3月15日，2023年某市行政复议工作报告发布。报告显示，去年全市共审结行政复议案件2836件，直接纠错412件，直接纠错率14.5%；矛盾纠纷综合化解率38.2%，同比提高6.1个百分点。\n\n2023年，全市共审结行政复议案件2836件，直接纠错412件，直接纠错率14.5%。\n\n全年共审结行政复议案件2863件，直接纠错率14.5%；矛盾纠纷综合化解率38.2%，同比提高1.6个百分点。\n',
      format: 'plaintext',
      findings: [
        { code: 'figure/conflict', severity: 'warning', message: /此处为“同比提高6\.1个百分点”，文中另处为“同比提高1\.6个百分点”/, at: '6.1个百分点' },
        { code: 'figure/conflict', severity: 'warning', message: /此处为“全年共审结行政复议案件2863件”，文中另处为“去年全市共审结行政复议案件2836件”、“全市共审结行政复议案件2836件”，相差27件/, at: '2863件' },
        { code: 'figure/conflict', severity: 'information', message: /此处为“同比提高1\.6个百分点”，文中另处为“同比提高6\.1个百分点”/, at: '1.6个百分点' },
      ],
    },
    {
      name: 'percentage points restated with the digits swapped (a change in points is no part of another)',
      text: report('（一）复议。行政复议纠错率为13.6%，同比提高4.2个百分点。\n\n（二）应诉。开展普法活动30场。全年行政复议纠错率13.6%，同比提高2.4个百分点。'),
      findings: [
        { code: 'figure/conflict', message: /此处为“同比提高4\.2个百分点”，文中另处为“同比提高2\.4个百分点”，相差1\.8个百分点/, at: '4.2个百分点' },
        { code: 'figure/conflict', message: /此处为“同比提高2\.4个百分点”/, at: '2.4个百分点' },
      ],
    },
    {
      name: 'the subject dropped, tied by an amount two figures on, in the next sentence',
      text: report('全县市场监管部门共查处违法案件3126件，移送公安机关45件。罚没款2318.64万元。\n\n全年共查处违法案件3162件，罚没款2318.64万元。'),
      findings: [
        { code: 'figure/conflict', message: /此处为“全县市场监管部门共查处违法案件3126件”，文中另处为“全年共查处违法案件3162件”，相差36件/, at: '3126件' },
        { code: 'figure/conflict', message: /此处为“全年共查处违法案件3162件”/, at: '3162件' },
      ],
    },
    {
      name: 'a headline in 万 against the exact count, the subject short and long, tied by the change beside each',
      ...news('今年上半年，某市12345热线受理群众诉求62.8万件，与同期相比下降6.45%', '7月10日，记者从市政务服务中心获悉，2023年1月1日至6月30日，某市12345政务服务便民热线共受理群众诉求582916件，受理量与去年同期623118件相比，下降6.45%。'),
      findings: [
        { code: 'figure/conflict', severity: 'warning', message: /此处为“某市12345热线受理群众诉求62\.8万件”，文中另处为“某市12345政务服务便民热线共受理群众诉求582916件”，相差45084件/, at: '62.8万件' },
        { code: 'figure/conflict', severity: 'information', message: /此处为“某市12345政务服务便民热线共受理群众诉求582916件”/, at: '582916件' },
      ],
    },
    {
      name: 'a score restated without who rates it, a survey whose title holds 目标, after a dateline',
      text: '2月10日，省统计局发布《政府目标管理绩效考核群众满意度调查》结果，数据显示，2022年群众对政府总体工作满意度为81.6分，是近五年最好水平。\n\n结果显示，2022年，政府总体工作满意度为86.1分，较上年提高2.3分。\n',
      format: 'plaintext',
      findings: [
        { code: 'figure/conflict', severity: 'warning', message: /此处为“2022年群众对政府总体工作满意度为81\.6分”，文中另处为“政府总体工作满意度为86\.1分”，相差4\.5分/, at: '81.6分' },
        { code: 'figure/conflict', severity: 'information', message: /此处为“政府总体工作满意度为86\.1分”/, at: '86.1分' },
      ],
    },
    {
      name: 'the last value of a yearly series restated for the year',
      text: report('2019年至2023年，全县受理行政复议案件分别为120件、150件、160件、180件、210件，连续四年上升。\n\n全年共受理行政复议案件201件，审结190件。'),
      findings: [
        { code: 'figure/conflict', severity: 'warning', message: '同一数据前后不一致：此处为“全县受理行政复议案件分别为120件、150件、160件、180件、210件”，文中另处为“全年共受理行政复议案件201件”，相差9件，请核对', at: '210件' },
        { code: 'figure/conflict', severity: 'information', message: /此处为“全年共受理行政复议案件201件”/, at: '201件' },
      ],
    },
    {
      name: 'a rate of a named year against its value in a series',
      text: report('2020—2022年，全县行政诉讼败诉率分别为12.5%、10.8%和9.4%。\n\n2022年，全县行政诉讼败诉率为9.9%，2023年降至7.6%。'),
      findings: [
        { code: 'figure/conflict', message: /此处为“全县行政诉讼败诉率分别为12\.5%、10\.8%和9\.4%”，文中另处为“全县行政诉讼败诉率为9\.9%”，相差0\.5个百分点/, at: '9.4%' },
        { code: 'figure/conflict', message: /此处为“全县行政诉讼败诉率为9\.9%”/, at: '9.9%' },
      ],
    },
    {
      name: 'a change on the year-end restated with 比上年末 for 同比',
      text: report('（一）调解组织。全县共有人民调解员2840名，同比增加126名。\n\n（二）队伍建设。开展培训30场。全县共有人民调解员2840名，比上年末增加162名。'),
      findings: [
        { code: 'figure/conflict', message: /此处为“同比增加126名”，文中另处为“比上年末增加162名”/, at: '126名' },
        { code: 'figure/conflict', message: /此处为“比上年末增加162名”/, at: '162名' },
      ],
    },
    {
      name: 'a rate named in brackets after its definition',
      text: report('全县城镇人口占常住人口比重（城镇化率）为65.22%，比上年提高0.5个百分点。\n\n（二）发展。开展检查30次。全县城镇化率为65.12%。'),
      findings: [
        { code: 'figure/conflict', message: /此处为“全县城镇人口占常住人口比重（城镇化率）为65\.22%”，文中另处为“全县城镇化率为65\.12%”，相差0\.1个百分点/, at: '65.22%' },
        { code: 'figure/conflict', message: /此处为“全县城镇化率为65\.12%”/, at: '65.12%' },
      ],
    },
    {
      name: 'a change restated with 较上年 for 同比 is the same change',
      text: report('（一）复议。行政复议纠错率为13.6%，同比下降3.4个百分点。\n\n（二）应诉。开展普法活动30场。全年行政复议纠错率13.6%，较上年下降4.3个百分点。'),
      findings: [
        { code: 'figure/conflict', message: /此处为“同比下降3\.4个百分点”，文中另处为“较上年下降4\.3个百分点”/, at: '3.4个百分点' },
        { code: 'figure/conflict', message: /此处为“较上年下降4\.3个百分点”/, at: '4.3个百分点' },
      ],
    },
  ],
});

describe('figure/conflict: restatements and their fixes', () => {
  const fixesOf = (text: string) => fixesOffered(figureConflict, report(text));

  it('offers each value as written, a choice, from either mention', () => {
    const [first, second] = fixesOf('全年办理法律援助案件1.56万件。\n\n全年办理法律援助案件1.65万件。');
    const expected = [
      { title: '统一为“1.56万件”（1处）', kind: 'choice', values: ['1.56'] },
      { title: '统一为“1.65万件”（1处）', kind: 'choice', values: ['1.65'] },
    ];
    assert.deepEqual(first, expected);
    assert.deepEqual(second, expected);
  });

  it('does not rewrite a mention stated alike to another precision', () => {
    const [only] = fixesOf('下达行政处罚决定2.4万个。\n\n下达行政处罚决定2.40万个。\n\n下达行政处罚决定2.46万个。');
    assert.deepEqual(only, [
      { title: '统一为“2.40万个”（1处）', kind: 'choice', values: ['2.40'] },
      { title: '统一为“2.46万个”（2处）', kind: 'choice', values: ['2.46', '2.46'] },
    ]);
  });
});

describe('figure/conflict: one slip of the keys', () => {
  it('tells a slip from two different numbers', () => {
    for (const [a, b] of [['42', '24'], ['1200', '1300'], ['120', '12'], ['1503', '153'], ['958', '985']]) assert.ok(oneSlipApart(a, b), `${a}/${b}`);
    for (const [a, b] of [['42', '15'], ['3', '8'], ['1200', '2300'], ['120', '1'], ['42', '42'], ['958', '859']]) assert.ok(!oneSlipApart(a, b), `${a}/${b}`);
  });
});
