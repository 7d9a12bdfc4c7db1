import { figureSum } from '../../../src/core/rules/figure-sum';
import { reportOf2023 as report, ruleTable, type InvalidCase } from '../rule-table';

const p = (body: string) => `${body}\n`;
/** An invalid row with one figure/sum finding. */
const sumRow = (name: string, body: string, message: string | RegExp, at: string): InvalidCase =>
  ({ name, text: p(body), findings: [{ code: 'figure/sum', message, at }] });

ruleTable(figureSum, {
  valid: [
    // A pair splitting the total adds up; a pair of other words, or a first pair that adds up with a second after it, is silent.
    p('全月共办理热线工单2495件。交办二级责任单位2388件，县热线办直办107件；按期回复2424件、逾期回复71件。'),
    p('全月共办理热线工单2495件。交办二级责任单位2388件，现场办理170件。'),
    p('共受理市民诉求71184件。本周所受理的市民诉求中，直办37527件，转办33657件。'),
    // Two-part splits that add up; a decision negated by 不予 (other decisions may follow), 调解不成功 of a total that
    // is no 调解 count (cases may be open), channels under the total, and a third part after 有效/无效 stay silent.
    p('全年共调解矛盾纠纷1200件，调解成功1100件，调解不成功100件。'),
    p('全年共受理矛盾纠纷1200件，调解成功1100件，调解不成功90件。'),
    p('全年共调解矛盾纠纷1200件，调解成功1100件，调解不成功90件，正在调解10件。'),
    p('全年共受理矛盾纠纷2460件，调处纠纷2460件，调处成功2396件，未调处成功64件。'),
    p('全年共受理矛盾纠纷2460件，调处纠纷2460件，调处成功2390件。'),
    p('全年共收到行政复议申请120件，其中受理98件，不予受理12件。'),
    p('全年区政府办公室共收到12份政府信息公开申请，均为自然人申请。其中，予以公开5件，部分公开2件，本机关不掌握相关政府信息4件，其他1件。'),
    p('全年区政府办公室共收到12份政府信息公开申请，上年结转2件。其中，予以公开5件，部分公开2件，本机关不掌握相关政府信息6件，其他1件。'),
    p('全年共收到12份政府信息公开申请，上年结转2件。其中，予以公开5件，部分公开2件，本机关不掌握相关政府信息6件，其他1件。'),
    p('全年区政府办公室共收到12份政府信息公开申请。其中，予以公开5件，部分公开2件，本机关不掌握相关政府信息3件。'),
    p('全年共收到12份申请材料。其中，涉及企业5个，求助2件，其他3个。'),
    p('全省去年共收到行政复议申请1850件，申请人总数4200人。其中，受理1590件，不予受理或作其他处理260件。'),
    p('全省去年共收到行政复议申请1850件。其中，2023年受理1600件，不予受理或作其他处理260件。'),
    p('全年共收到行政复议申请520件，受理460件，不予受理或告知50件。'),
    p('全年共收到行政复议申请520件，涉及申请人900人。其中，男性500人，女性380人。'),
    p('全年共受理群众诉求5000件，其中电话3000件，非电话2000件。'),
    p('共接听来电8,000个，其中有效来电7,000个、无效来电1,000个。'),
    p('共接听来电8000个，其中有效来电7000个，无效来电900个，重复来电100个。'),
    p('全年共受理群众诉求5000件（其中电话3000件，网络1900件）。'),
    p('5月份，市民热线受理市民诉求5230件（次），其中电话4100个，市长信箱邮件12件，网上受理1100件。'),
    p('全年共受理诉求5000件，其中电话回访满意4000件，网上办理2000件。'),
    p('全年共受理群众诉求5000件，其中咨询2000件，求助1500件，投诉1400件。'),
    p('全年共受理诉求5000件，其中投诉举报2000件，投诉3100件。'),
    p('全年共受理群众诉求5000件，其中咨询回复满意2000件，投诉办结3100件。'),
    p('全年共受理群众诉求5230件，其中：\n电话来电4000件；\n网上留言1200件；\n市长信箱来信12件。'),
    p('全年共受理群众诉求5230件（其中电话4000个、网上受理1200件）。'),
    p('全年共受理诉求5000件，其中网上受理3000件，网络留言2100件。'),
    p('全年共培训执法人员500人次，其中线上培训300人次，现场培训250人次。'),
    p('全年共受理诉求5000件，来电3000件，网上留言2100件。'),
    // Categories under a sorting heading: two counts that could hold them, a part of the year, another section, a
    // partial list, an approximate whole: not checked.
    p('全年共受理群众诉求9000件，办结8800件。\n\n从诉求类型来看，投诉类4000件，咨询类3000件，求助类1500件，其他类400件。'),
    p('五年来累计受理群众诉求20000件，2023年受理5000件。\n\n从诉求类型看，咨询类2000件，求助类1500件，投诉类1000件，其他类400件。'),
    p('截至2023年底累计受理群众诉求20000件。\n\n从诉求类型来看，咨询类2000件，求助类1500件，投诉类1000件，其他类400件。'),
    p('热线开通以来累计办理工单20000件。工单分类：求助类2000件、咨询类1500件、其他类400件。'),
    p('上半年共受理群众诉求9000件。\n\n从诉求类型来看，投诉类4000件，咨询类3000件，求助类1500件，其他类400件。'),
    p('全年共受理群众诉求9000件。\n\n## 二、其他\n\n从诉求类型来看，投诉类4000件，咨询类3000件，求助类1500件，其他类400件。'),
    p('全年共受理群众诉求9000件。\n\n从诉求类型来看，投诉类4000件，咨询类3000件，求助类1500件。'),
    p('全年共受理群众诉求10000件。\n\n从受理渠道看，电话来电8000件，网上留言1500件，市长信箱来信300件，其他渠道200件。'),
    p('全年共受理群众诉求10000件。\n\n从受理渠道看，电话来电8000件，网上留言1500件，市长信箱来信300件。'),
    p('全年共受理群众诉求9000余件。\n\n从诉求类型来看，投诉类4000件，咨询类3000件，求助类1500件，其他类400件。'),
    p('全年共受理群众诉求9000件。\n\n从诉求类型来看，投诉类4000件，咨询类3000件，求助类1500件，其他类500件。'),
    { format: 'plaintext', text: '2024年第三季度，“市长信箱”共收到市民来信820件，已办结820件。\n一、总体情况\n从热点分布来看，住房城乡建设类260件，人资社保类120件，公共安全类90件，市场监管类110件，其他类150件。\n' },
    p('4月份，热线共受理群众诉求1877件，自行处理1276件，派单601件，按时结案597件，超时办理4件。其中热线派单532件，政民互动派单69件。'),
    p('全年受理诉求500件，办结诉求480件，回访200件。其中咨询诉求300件，投诉诉求250件。'),
    p('全年共收到行政复议申请320件，受理290件，不予受理30件。其中市本级受理180件，县级受理110件。'),
    p('全年共收到行政复议申请320件，受理290件。\n\n其中市本级受理180件，县级受理130件。'),
    p('全年开展培训40期，其中线上培训30期，专题培训20期。'),
    p('清理规范性文件300件，继续有效200件，宣布无效90件。'),
    p('全年共收到来信820件，其中受理有效信件700件，无效重复信件120件。'),
    // A single part in the next sentence within its total, or above it but within another count it may be a part of;
    // a clause naming other things than the total's.
    p('全年共受理群众诉求5000件。其中投诉类4200件。'),
    p('全年共受理群众诉求5000件，办结6000件。其中投诉类5200件。'),
    p('全年共受理群众诉求5000件。在各类纠纷中，婚姻家庭纠纷5200件。'),
    // A total followed by its noun holds only parts of that noun or new ones; approximations are not checked.
    p('全年共维护13个专栏，其中新开2个。'),
    p('在3个乡镇开展试点，其中试点村12个。'),
    p('共开展3个批次检查，其中检查企业120家。'),
    p('在全市5个乡镇中，建成调解室15个。'),
    p('在申报的54个示范项目中，评选出区级示范项目6个。'),
    p('在全区申报的5个项目中，评选出示范项目10余个。'),
    p('规划确定的40项重点任务，12项任务已完成，28项任务正在推进。'),
    p('制定12项制度，15项制度已废止。'),
    p('年度确定的40项重点任务，完成45项任务。'),
    p('目前共有32个调解站点，45个站点正在建设。'),
    p('累计32个调解站点，45个站点正在建设。'),
    p('全年共受理群众诉求5,000件，在受理的诉求中，投诉类4,800件。'),
    // Outcomes opening the sentence after the closed cases add up; after an intake closing the sentence, or with no
    // ruling for the agency (the corrective ones may be all that is listed), they are not checked.
    p('全年共审结行政复议案件120件。维持80件，驳回20件，撤销10件，确认违法5件，终止5件。'),
    p('全年审结行政复议案件120件，受理130件。维持80件，驳回20件，撤销10件，确认违法5件，终止10件。'),
    p('全年共审结行政复议案件120件。撤销10件，确认违法5件，责令履行3件。'),
    // Year-by-year counts that add up to the count over the span; another count of the kind beside the span's, fewer
    // years than the span, years out of order, the verb of another count, another paragraph or no span: not checked.
    p('近三年共受理行政复议案件600件。2021年180件，2022年200件，2023年220件。'),
    p('近三年共受理行政复议案件1.2万件。2021年0.4万件，2022年0.4万件，2023年0.45万件。'),
    p('三年来共受理行政复议案件600件，审结580件。2021年180件，2022年200件，2023年230件。'),
    p('三年来共受理行政复议案件600件。2022年200件，2023年230件。'),
    p('三年来共受理行政复议案件600件。2021年180件，2023年200件，2022年230件。'),
    p('三年来共受理行政复议案件600件。2021年审结180件，2022年审结200件，2023年审结230件。'),
    p('三年来共受理行政复议案件600件。\n\n2021年180件，2022年200件，2023年230件。'),
    p('实施法治宣传三年行动计划，共开展活动600场。2021年180场，2022年200场，2023年230场。'),
    p('2021—2023年，全市行政复议工作稳步推进。全市共受理行政复议案件600件，审结580件。其中2021年180件，2022年200件，2023年230件。'),
    p('2021—2023年，全市法治建设稳步推进。全市共受理行政复议案件600件。其中2021年受理180件，2022年受理200件，2023年受理220件。'),
    // Classes right after a total without 其中, within it; bare nouns without a class word are not taken as kinds.
    p('全年共受理群众诉求5000件，咨询类2000件，求助类1500件。'),
    p('全年共受理群众诉求5000件，咨询2000件，求助1500件，投诉2000件。'),
    // A split pair adding up exactly to a count stated between the first total and them is that count's split.
    p('全年共受理市民诉求1000件（派单800件），按时办结700件，超时办结100件。'),
    p('全年热线共受理诉求1000件，派单率80%（800件），按时办结700件，超时办结100件。'),
    // A pair adding up to the second part of a first breakdown that adds up (自行处理 + 派单) splits that part.
    p('3月份，热线共受理群众诉求1500件，自行办理1200件，转派300件，按期办结296件，逾期办结4件，办结率100%。'),
    p('共接听来电12,000个（转派工单9,500件），按期反馈9,000件；逾期反馈500件。'),
    // 合计 naming earlier items: they add up; a name no earlier figure carries exactly, or another paragraph, is silent.
    p('全市行政机关败诉2683件，其中县级政府部门780件，乡镇政府751件。县级政府部门和乡镇政府合计败诉案件1531件。'),
    p('县级政府部门780件，乡镇政府751件。市级部门和乡镇政府合计败诉案件1531件。'),
    p('县级政府部门780件，乡镇政府751件。\n\n县级政府部门和乡镇政府合计败诉案件1500件。'),
    // 立改废 add up; without all three (or with a fourth kind) the list may be partial.
    p('审议通过市政府规章13件（含新制定5件，修改4件，废止4件）。'),
    p('审议通过市政府规章13件，其中新制定5件，修改4件。'),
    p('审核规范性文件40件，其中新制定5件，修改4件，废止3件，备案20件。'),
    // Named kinds, the rest named, work done and under way: all add up; fewer parts than kinds named, or closed cases
    // (办结 may hold cases carried over), or another count after the list, stay silent.
    p('办理三类案件60件，其中甲类案件10件，乙类案件20件，丙类案件30件。'),
    p('办理三类案件60件，其中甲类案件10件，乙类案件20件。'),
    p('全年办理政府信息公开申请7件，其中自然人6件，法人及其他组织1件。'),
    p('全年办理政府信息公开申请7件，其中自然人5件，法人及其他组织1件，另有3件转交其他机关。'),
    p('受理省派工单2917件，已处理完毕2349件，正在办理568件。'),
    p('受理行政复议案件100件，已办结95件，正在办理15件。'),
    // A number broken by a line ("1⏎200件") is read as neither part: no total of 200 to exceed.
    p('全年共受理行政复议申请1\n200件，其中维持800件，撤销400件。'),
    { format: 'plaintext', text: '全年共受理行政复议申请1\n200件，其中维持800件，撤销400件。' },
    // Parts that add up.
    p('全市共清理规范性文件325件，保留204件，修改52件，废止36件，失效33件。'),
    p('法院共审结行政诉讼案件131件，其中，原告撤诉61件，驳回诉讼请求50件，直接纠错18件，移送2件。'),
    p('收到行政复议申请73件，受理53件，结案50件。其中维持26件，驳回4件，撤销10件，确认违法4件，终止6件。'),
    // A prefix adds up; the list then moves to a new total (办结) whose outcomes add up too.
    p('市政府行政复议申请14件，依法受理13件，不予受理1件，现已办结13件，维持1件，撤销6件，确认违法1件，驳回1件，终止4件。'),
    // Subsets: one 其中 part, or a list that is not proven exhaustive.
    p('系列活动416件，其中重大活动75件。'),
    p('共审结79件（其中上年结转16件）。'),
    p('受理案件100件，其中行政处罚类60件，行政许可类30件。'),
    p('办结案件13件，其中撤销6件，确认违法1件。'),
    // Approximate total or part: no exact arithmetic.
    p('需要证明事项250余项，拟保留110项，取消40余项，实行告知承诺制46项。'),
    p('设立调委会约400家，其中乡镇调委会19家，村级调委会360家，其他调解组织1家。'),
    // Units differ: not one list.
    p('全市建立调委会411家，其中专职调解员89人，兼职调解员300人，其他人员1人。'),
    // Unrelated figures in one sentence; cumulative vs this year's.
    p('全市共建成个人调解室57个，共调解各类纠纷9084件，调解成功8992件，其中重大疑难纠纷42件。'),
    p('全市共有法治文化阵地127个，今年新增21个。'),
    p('共建设五星级司法所50个，四星级司法所34个，三星级司法所20个。'),
    // A list that continues after the last part in other words ("建成22家工作室") ends before it.
    p('建立人民调解委员会411家，其中乡镇调委会19家，村级调委会391家，其他调解组织1家，建成22家品牌调解工作室。'),
    // Totals in 万 with decimals: the rounding of every part is allowed for.
    p('共投入资金1.2万元，其中市级0.35万元，区级0.44万元，其他0.42万元。'),
    p('开展行政规范性文件全面清理，梳理排查相关文件259件，废止60件、拟修改9件、保留190件。'),
    // A part and its negation split the total.
    p('市政府行政复议申请14件，依法受理13件，不予受理1件。'),
    p('共收到行政复议申请120件。其中，受理108件，不予受理12件。'),
    // An average and a change after the total, shares between the pair: still the total's split, and it adds up.
    p('热线共受理群众来电5000件，日均714件，较上周增长3%。本周受理的来电中，直办2600件，占52%，转办2400件，占48%。'),
    // A split pair followed by the rest is no split of its own.
    p('共受理诉求1000件，直办400件，转办500件，其他100件。'),
    p('共办结案件300件，较上月增加20件，日均10件。其中按期办结280件，逾期办结20件。'),
    p('全年受理政府信息公开申请50件，其中自然人申请45件，法人或其他组织申请3件，上年结转2件。'),
    // Requests received, not handled: some may be carried into next year.
    p('全年收到政府信息公开申请30件，予以公开10件，部分公开5件，不予公开3件，本机关不掌握5件，转送其他机关2件。'),
    // A rate and last year's count after the total; its corrections add up.
    p('全年直接纠错120件，纠错率18.5%，较上年95件增长了26.3%。结果分别为撤销40件，责令履职15件，确认违法55件，变更10件。'),
    // A bare share after the first count makes it one category among others, no total.
    p('受理诉求1000件，占21.5%；咨询类400件，占8.6%；求助类300件，占6.5%。'),
    // Closed and open split an intake stated whole: they add up; the intake not stated whole, or a paragraph naming a
    // carry-over (办结 may hold last year's cases), or the rest after them, is silent; the closed are no total of the rest.
    p('全市12345热线共受理群众诉求56.30万件，环比上升4.2%，办结48.10万件，办结率85.4%，正在办理中8.20万件。'),
    p('受理人民调解申请412件，已办结390件，在办30件。'),
    p('共受理人民调解申请412件（含上年结转18件），已办结390件，在办30件。'),
    p('共受理人民调解申请412件，已办结380件，在办30件，其他1件。'),
    // Received and carried in, answered or carried on: they add up; without the carry-on the list may leave some open.
    p('全年共收到政府信息公开申请35件，上年结转3件，其中予以公开20件，部分公开5件，不予公开4件，本机关不掌握相关信息6件，结转下年度继续办理3件。'),
    p('全年共收到政府信息公开申请35件，上年结转3件，其中予以公开20件，部分公开5件，不予公开4件，本机关不掌握相关信息6件。'),
    // Headed categories: fewer than the whole without the rest, another noun, two wholes of different values, or a
    // whole in another section are silent.
    p('本月共受理热线工单820件。工单分类：求助类510件、咨询类240件、投诉类60件。'),
    p('全年共调解纠纷820件。在各类诉求中，求助类510件、咨询类240件、其他类60件。'),
    p('上半年共受理工单820件，下半年共受理工单900件。\n\n在各类诉求中，求助类510件、咨询类240件、其他类60件。'),
    // Sibling categories: the first is no total of the rest.
    p('求助类510件、咨询类240件、其他类60件。'),
    '# 某市人民政府关于2023年法治政府建设情况的报告\n\n市人民政府：\n\n## 一、主要举措和成效\n\n全年共受理热线工单820件。\n\n## 二、存在的不足\n\n在各类诉求中，求助类510件、咨询类240件、其他类60件。\n',
    // 具体为 / 从…结果看 / 共计审结 lists that add up.
    p('全年办结行政复议案件64件。具体为：维持41件，撤销9件，确认违法4件，驳回6件，终止4件。'),
    p('维持40件、撤销9件、确认违法4件、驳回6件，共计审结59件。'),
    // A remark between items, a list going on after 其他类别中: they add up; a remark that is no remark ends the list.
    p('全年共调解矛盾纠纷1840件。其中，司法所调解320件，律师事务所调解100件，均成功；调委会调解1400件，其他调解组织调解20件。'),
    p('全年共调解矛盾纠纷1840件。其中，司法所调解320件，开展回访工作；调委会调解1400件，其他调解组织调解20件。'),
    p('全年共办理行政执法案件520件，其中行政处罚类300件，行政强制类100件。其他类别中，行政检查类80件，行政许可类25件，其余15件。'),
    // 加上… that adds up; a sentence before with two counts of the kind outside a 其中 list has no one head.
    p('区级一般公共预算收入完成42000万元，同比增长3.5%，其中：税收收入30000万元、非税收入12000万元。加上上级补助收入210500万元、调入资金8000万元，收入总计260500万元。'),
    p('全县办理案件300件，调解成功200件。加上上年结转10件，总计320件。'),
    // The same, adding up; a 分别 list that does not make up its total leaves the 其中 sentence unplaced.
    p('全年直接纠错90件。结果分别为撤销30件，责令履行10件，确认违法50件。其中行政处罚类案件51件，行政强制类案件30件，其他类9件。'),
    p('全年办理行政复议案件200件。分别为市级案件100件，县级案件30件，乡镇案件40件。其中行政处罚类案件52件，行政强制类案件30件，其他类9件。'),
    // Kinds under their own noun: below the total (a partial list), or tags that may overlap, are silent.
    p('全县共有人民调解委员会268个，其中村（社区）调委会240个，镇（街道）调委会20个。'),
    p('全年办理行政执法案件500件，其中重大行政执法案件300件，涉企行政执法案件260件。'),
    // Item lines that add up; a line list after a total ending in 。 (another paragraph) or lines with other text between is not joined.
    { format: 'plaintext', text: '全年审结行政诉讼案件86件。其中：\n驳回诉讼请求51件；\n撤销12件；\n确认违法6件；\n原告撤诉9件；\n终止8件。\n' },
    { format: 'plaintext', text: '全年共受理群众诉求31000件。\n咨询类12100件；\n求助类9200件；\n投诉类7500件；\n其他类2300件。\n' },
    { format: 'plaintext', text: '全年审结行政诉讼案件86件。其中：\n驳回诉讼请求50件；\n加强败诉案件分析。\n撤销12件；\n确认违法6件；\n原告撤诉9件；\n终止8件。\n' },
    // A sentence between: only outcomes after 经审理/结果 reach back over it, and only over one without figures.
    p('全年共审结行政诉讼案件64件。案件主要涉及房屋征收、市场监管等领域。其中驳回诉讼请求40件，撤销9件，确认违法4件，原告撤诉6件，终止4件。'),
    p('全年共审结行政诉讼案件64件。另有12件正在审理。经审理，驳回诉讼请求40件，撤销9件，确认违法4件，原告撤诉6件，终止4件。'),
    // Mixed counters on things that are no categories are not joined.
    p('全年共受理群众来信1000件，其中涉及企业600个，求助300件，其他110个。'),
    // Decisions on applications below what was received (some under review), or with a carry-over named, are silent.
    p('全年共收到行政复议申请86件，受理70件，不予受理9件，告知5件。'),
    p('全年共收到行政复议申请86件，上年结转3件，受理72件，不予受理9件，告知8件。'),
    // A list in the next sentence after two counts of its kind may sort either: none is accused; outcomes tie it to 结案.
    p('全年共受理群众诉求5000件，办结4800件，办结率96%。其中咨询类2000件，求助类1500件，投诉类1000件，其他类400件。'),
    // Taxes and non-tax revenue need not be all of a 财政总收入.
    p('全县财政总收入25亿元。其中税收收入18亿元，非税收入5亿元。'),
    // An average between the total and its list; the first category is no total of the others.
    p('共有执法人员500人，平均每人办案12件，其中A类300人，B类150人，其他50人。'),
    p('全年共受理来电10000件，办结9000件，办结率90%。其中咨询类4000件，求助类3000件，其他类2000件。'),
    // Applicants, then what the requests ended in: both add up; a list of outcomes without a refusal may be partial.
    p('全年办理政府信息公开申请20件，其中自然人15件，法人或其他组织5件，予以公开8件，部分公开4件，不予公开3件，信息不存在5件。'),
    p('全年受理政府信息公开申请20件，其中自然人15件，法人或其他组织5件，予以公开8件，部分公开4件，信息不存在5件。'),
    // An amount in another unit after a part does not end the list: five kinds named, five parts that add up; without
    // a count of kinds, a list with an amount between its parts is still a subset.
    p('全年查办四类专项案件1200件，其中甲类案件300件，处罚金额0.5亿元，乙类案件400件，丙类案件200件，丁类案件300件。'),
    p('受理案件100件，其中行政处罚类60件，涉及金额200万元，行政许可类30件。'),
    // Suits answered in court: how they ended and how many are open add up; without the open ones the list may be partial.
    p('共参加行政应诉案件30件。经过努力，胜诉20件；原告撤诉6件；现待审4件。'),
    p('共参加行政应诉案件30件。经过努力，胜诉20件；原告撤诉6件。'),
    // Grades of what was graded add up; a total that was not itself graded, grades that repeat, or a list of grades
    // neither given as the result nor down to 不合格 prove nothing.
    p('抽查行政执法案卷80卷进行评查，评查结果为：优秀案卷20卷，良好案卷30卷，合格案卷30卷。'),
    p('全年办理法律援助案件500件，评估结果为：优秀案件20件，良好案件30件，合格案件40件。'),
    p('抽查行政执法案卷80卷进行评查，其中优秀案卷20卷，良好案卷30卷，合格案卷20卷。'),
    p('抽查行政执法案卷80卷，评查结果为：优秀案卷20卷，合格案卷30卷，合格案卷20卷。'),
    // Kinds of cases below their total may be a partial list; kinds with different words after them, or people, may overlap.
    p('办理法律援助案件300件（刑事120件，民事90件）。'),
    p('受理案件100件，其中民事60件，涉企50件。'),
    p('共有律师100人，其中刑事律师80人，民事律师60人。'),
    // Categories headed by the noun of a whole count earlier in the paragraph: they add up; without the rest, under
    // another noun, or with two such counts, nothing is checked.
    p('共受理群众来信800件。来信分类：求助类300件、咨询类200件、投诉类200件、其他类100件。'),
    p('共受理群众来信800件。来信分类：求助类300件、咨询类200件、投诉类200件。'),
    p('共受理群众来信800件。诉求分类：求助类300件、咨询类200件、投诉类210件、其他类100件。'),
    p('共受理群众来信800件，共转办来信500件。来信分类：求助类300件、咨询类200件、投诉类210件、其他类100件。'),
    // Revenue by who collects it, after the total's own share of the budget, its change and its amount of increase.
    p('全年一般公共预算收入完成80000万元，占年初预算数90000万元的88.9%，同比增长5%，增收3800万元。其中税务部门完成50000万元，占任务数的90%；财政部门完成30000万元，占任务数的85%。'),
    // Categories with the rest in the next sentence: they add up; after a sentence with two counts of their kind, or
    // without the rest, nothing is checked.
    p('热线共受理群众诉求9000件，日均300件。咨询类4000件，占44.4%；求助类3000件，占33.3%；其他类2000件，占22.2%。'),
    p('热线共受理群众诉求9000件，办结8000件。咨询类4000件，占50%；求助类3000件，占37.5%；其他类1100件，占13.8%。'),
    p('热线共受理群众诉求9000件。咨询类4000件，占44.4%；求助类3000件，占33.3%；投诉类1900件，占21.1%。'),
    // The time limit of a closure opens no new total.
    p('受理上级交办工单1200件，已处理完毕1100件，处于办结时限内正在办理100件。'),
    // A list closed by 其中 in the next sentence: that sentence breaks down its own 其中 total.
    p('开展行政规范性文件清理，共清理文件300件，保留200件，修改50件，废止30件，失效20件。其中清理区政府文件50件，保留30件，修改8件，废止2件，失效10件。'),
    // A part and its negation after a 其中 part may split the outer total instead.
    p('共收到行政复议申请100件，其中市政府行政复议申请60件，依法受理55件，不予受理45件。'),
    p('全年共收到行政复议申请260件，其中区政府行政复议申请30件，依法受理27件，不予受理3件。'),
    // The negation and the rest: add up; without 其他 the 、-list is not proven to be the rest.
    p('新收行政复议申请90件，受理80件，不予受理、告知及作出其他处理10件，共审结85件。'),
    p('新收行政复议申请90件，受理80件，不予受理、告知7件。'),
    // One part and the rest; three parts without 其中 may nest; a part of the rest.
    p('督察发现问题52个，已整改48个，其余4个正在整改。'),
    p('共受理案件100件，市本级30件，审结25件，其余5件正在审理。'),
    p('督察发现问题52个，已整改40个，其余问题中已启动整改6个。'),
    // A total followed by its noun heads only lists whose words prove them complete (not one part and the rest).
    p('全市120个村（社区）中，已建成调解室100个，其余10个正在建设。'),
    p('开展规范性文件专项清理，对现行有效的860件规范性文件，经清理，保留700件，修改70件，废止90件。'),
    // Parts in an aside after the total: complete lists add up; a 其中 list without 其他, or an item without a figure, proves nothing.
    p('全市建立人民调解委员会300家（其中乡镇调委会20家、村级调委会260家、其他调解组织20家），建成22家工作室。'),
    p('共审结80件（其中上年结转16件、本年受理65件）。'),
    p('全市建立人民调解委员会300家（其中乡镇调委会20家、村级调委会260家、其他调解组织若干）。'),
    p('共收到申请30件（依法受理27件，涉及群众120人）。'),
    // A 合计 after its parts: they add up, or the ones closest to it do; a one-part list or a per-item count is no sum.
    p('群众评价非常满意612条，满意88条，合计700条。'),
    p('受理案件120件，审结100件，未审结20件，合计120件。'),
    p('已选派律师3人，合计10人。'),
    p('调度专员、监控专员每班各1人，共计4人。'),
    // Successes of what was tried, new items of a stock: not more than the count before them. Closed cases may outnumber
    // the year's applications (carried over); 新增 after a count that is no stock compares nothing.
    p('全市共调解各类纠纷3200件，调解成功3150件。'),
    p('受理行政复议申请68件，办结79件。'),
    p('全市建成法治文化阵地20个，今年新增25个。'),
    p('共调处矛盾纠纷300件，成功化解320件。'),
    // Two parts that are not each other's negation prove nothing.
    p('共收到行政复议申请120件，受理110件，转送其他机关5件。'),
    p('共排查矛盾纠纷500件，调解成功480件，化解重大纠纷15件。'),
    // A 其中 after the last item of a 分别 list breaks down the whole list, not that item.
    p('纠错案件中，复议决定分别为撤销12件，责令履行5件，确认违法20件，其中涉及行政处罚类案件26件，行政强制类案件11件。'),
    // Across sentences: an outcome list in the next sentence belongs to the total closing the sentence before — a partial
    // list that sums to less proves nothing; nothing links across paragraphs, from an approximate total, a total of
    // another unit or year, or over a sentence between; a list of parts that need not exclude each other may overlap.
    p('直接纠错40件。结果分别为撤销20件，确认违法12件，责令履行8件。'),
    p('审结行政复议案件40件。结果分别为维持20件，驳回12件。'),
    p('审结行政复议案件40件。其中维持20件，驳回12件。'),
    p('直接纠错40件。\n\n结果分别为撤销20件，确认违法12件，责令履行10件。'),
    p('直接纠错40余件。结果分别为撤销20件，确认违法12件，责令履行10件。'),
    p('直接纠错近40件。结果分别为撤销20件，确认违法12件，责令履行10件。'),
    p('直接纠错40件。结果分别为撤销20件，确认违法12件，责令履行10余件。'),
    p('直接纠错40人。结果分别为撤销20件，确认违法12件，责令履行10件。'),
    report('2022年直接纠错40件。2023年，结果分别为撤销20件，确认违法12件，责令履行10件。'),
    p('直接纠错40件。另有3件正在审理。结果分别为撤销20件，确认违法12件，责令履行10件。'),
    p('共培训执法人员400人。其中党员300人，女性150人。'),
    // Outcomes that may overlap: 纠错 holds 撤销; 调解 and 撤诉 meet in 调解后撤诉.
    p('审结行政复议案件20件，其中纠错12件，撤销10件。'),
    p('审结行政诉讼案件20件，其中调解12件，撤诉10件。'),
    // A change clause between a total and its 其中 list: the list still belongs to the total.
    p('共办理案件1260件，同比增长9%，其中民事500件，刑事300件，其他460件。'),
    p('共办理案件1260件，同比增长9%，其中民事500件，刑事300件。'),
    // A share or rate of an item stands between the items: the list goes on past it (and adds up).
    p('全年审结行政复议案件260件。经审理，维持原行政行为150件，驳回复议申请40件，直接纠错45件，纠错率17.3%；终止25件。'),
    p('全年审结行政复议案件260件，维持原行政行为150件，占57.7%；驳回复议申请40件，占15.4%；直接纠错45件，占17.3%；终止25件。'),
    // A count with a share of its own is a category among others, not the total of the ones after it.
    p('信息公开申请中，予以公开600件，占60%；无法提供的180件，占18%；不予处理的70件，占7%；其他处理150件，占15%。'),
    // A change is no total of the 其中 after it.
    p('全市共有执业律师950人，比上年末增加10人，其中专职律师410人，兼职律师540人。'),
    p('共审结行政复议案件85件，较上年增加10件。经审理，维持50件，驳回10件，撤销15件，确认违法4件，终止6件。'),
    // Fixed expressions are not figures.
    p('推行三项制度，其中一是公示，二是记录，其他三项。'),
    // A 其中 list that sums to less than its total says nothing without 其他; a list above its total is checked only when
    // its parts are kinds of one thing.
    p('梳理权力事项800项，其中行政许可事项150项，行政处罚事项600项。'),
    p('梳理权力事项约800项，其中行政许可事项150项，行政处罚事项660项。'),
    p('梳理权力事项800项，其中行政许可事项150余项，行政处罚事项660项。'),
    // Overlapping parts: a part that is a subset of another, tags several kinds carry, properties of people.
    p('受理案件100件，其中行政处罚类60件，处罚类中的罚款案件50件。'),
    p('受理案件100件，其中涉企案件60件，涉民生案件50件。'),
    p('受理案件100件，其中重大案件60件，一般案件50件。'),
    p('专职法制机构工作人员有120人，其中具备法律专业背景人数为80人，具有国家法律职业资格人数60人。'),
    p('共有律师300名，其中党员律师100名，青年律师250名。'),
    // A channel beside a topic sorts by two different things.
    // Steps one case goes through in turn (立案查处, then 移送) may count the same cases.
    p('全年办理行政处罚案件300件，其中立案查处案件280件，移送司法机关案件30件。'),
    p('共受理投诉举报案件500件，其中办结案件480件，督办案件60件。'),
    p('共组织培训50期，其中专题培训30期，线上培训25期。'),
    p('全年共开展执法检查600次，其中联合检查200次，专项检查450次。'),
    // An ending the total's words do not carry: no kinds of the total.
    p('全市政务服务事项2000项，其中即办件1200项，承诺件900项。'),
    // Parts of another year, a change, another metric.
    p('受理案件100件，其中2022年结转案件60件，新收案件50件。'),
    p('受理案件100件，其中行政处罚类60件，同比增加50件。'),
    p('受理案件100件，其中行政处罚类60件，行政许可类30件，发出建议书20件。'),
    p('全市共收到行政复议申请20件，其中市政府行政复议申请14件，依法受理13件，不予受理1件。'),
    // 其他 inside the list: the items after it must be kinds of the same thing, and a prefix that adds up ends the list.
    p('受理案件100件，其中行政处罚类60件，其他类30件，开展检查20件。'),
    p('受理案件100件，其中行政处罚类60件，其他类40件，行政许可类20件。'),
    p('受理案件100件，其中行政处罚类60件，其它类30件，行政许可类10件。'),
    // Corrections that add up; closed cases listed without a closure that proves the list complete.
    p('办理纠错案件20件，其中撤销8件，变更3件，确认违法5件，责令履行4件。'),
    p('审结案件30件，其中撤销5件，变更3件，确认违法2件。'),
    // A 纠错 list that goes on with another way of closing (综合纠错 may count 调解).
    p('办理纠错案件20件，其中撤销8件，变更3件，确认违法5件，责令履行2件，调解结案2件。'),
    // Accepted cases: complete only when the cases still open are listed (中止 alone does not say so).
    p('共受理行政复议申请50件，其中维持20件，撤销5件，终止3件，中止2件。'),
    p('共受理行政复议申请50件，其中维持20件，撤销5件，终止3件，正在审理22件。'),
    // Categories named by the total that add up; a part that is not one of the named categories.
    p('审查地方性法规、政府规章项目40件，包括地方性法规类15件、政府规章类25件。'),
    p('审查地方性法规、政府规章项目40件，包括地方性法规类15件、涉及民生的23件。'),
    // Counters 个/件 mixed for the same noun; not for another noun.
    p('清理规范性文件100件，其中市政府文件60个，部门文件35件，其他文件5个。'),
    p('清理规范性文件100件，其中市政府文件60件，审查合同30个，其他文件5件。'),
    // Accepted and not accepted need not be all applications (some still under review, 告知, 转送): less is silent.
    p('截至目前共收到听证申请60件，经核查后受理48件，不予受理5件。'),
    p('全年收到投诉举报33件，依法受理20件，不予受理4件，现已办结18件。'),
    // A carry-over between the intake and its 其中 list is no total of the list.
    p('本年度共受理政府信息公开申请57件，上年度结转申请2件，其中予以公开41件，部分公开9件，不予公开7件，结转下年度继续办理2件。'),
    p('共办理投诉举报36件，旧存投诉1件，其中办结34件，正在办理3件。'),
    // A year's balance that holds: the intake (plus the carry-in) is the closed plus the carried on or still open.
    p('2023年全县共受理行政复议申请58件，上年度结转办理件3件，共审结52件，结转到2024年办理9件。'),
    p('本年度共登记信访事项1,250件，去年结转30件，已办结1,180件，结转下一年度继续办理100件。'),
    p('全年共办理法律援助案件120件，含2022年转入本年办理的6件，办结114件，剩余6件结转下一年度。'),
    p('全年共接听12345热线来电3200个，已办结3150个，50个正在办理。'),
    // Without a carry-in, only the year's whole intake in a paragraph that names none; nor a second split after the first.
    p('收到申请40件，已按时办结36件，6件结转至下年度继续办理。'),
    p('上年结转申请5件。全年共收到申请40件，已办结38件，7件结转至下年度继续办理。'),
    p('全年共收到申请40件，已办结36件，结转下年度2件，上年结转的3件已全部办结。'),
    p('全年共收到申请40件，上年结转3件，审结35件，其中上年结转5件，正在审理10件。'),
    // Sources that fall short are a partial list; a level as a whole beside its departments, a tag, people, a channel beside
    // a kind of information, a carry-over in the paragraph or a closed count without 已 in the aside stay silent.
    p('通过各渠道收到群众诉求500件，其中市长信箱来信100件，网站留言150件。'),
    p('现行有效规范性文件120件，其中市本级70件、市政府部门60件。'),
    p('通过各渠道受理诉求500件，其中涉企诉求300件，网站留言250件。'),
    p('全市共有调解员120人，其中市级70人、县级60人。'),
    p('全年主动公开政府信息1,200条，其中门户网站发布800条，涉及民生领域500条。'),
    p('共收到群众来信1,229件，上年结转30件，908件已转有关部门办理（已办结984件）。'),
    p('全年共受理诉求600件（办结650件）。'),
    // A third procedure, sums that hold, two candidate totals, a partial list of types, a lead naming two counts.
    p('全年办理行政处罚案件420件，其中适用简易程序150件，适用普通程序250件，适用快速办理程序20件。'),
    p('审核发放320件法律援助案件的办案补贴56.40万元；审核发放210人次的值班补贴12.30万元，共计68.7万元。'),
    p('全区共受理工单3,000件，办结2,900件。投诉类1,200件，咨询类900件，求助类1,000件。'),
    p('全区共受理工单3,000件。投诉类1,200件，咨询类900件，求助类600件。'),
    p('本月共受理有效热线事项5000宗，当场答复热线事项3000宗，转办热线事项2000宗。其中转办事项：咨询类500宗、投诉类1200宗、其它150宗、一般求助类150宗。'),
    p('转办市级热线事项3000宗，转办区级热线事项2000宗。其中转办事项：咨询类500宗、投诉类1200宗、其它400宗。'),
    // A 其中 aside that adds up, siblings after it; legal aid cases of two kinds only, or all three adding up.
    p('全年共受理行政复议案件100件（其中行政处罚类60件，其他类40件），办结95件，纠错12件。'),
    p('全年共受理指派法律援助案件900件，其中刑事案件300件，民事案件500件。'),
    p('全年共受理指派法律援助案件900件，其中刑事案件300件、民事（行政）案件600件。'),
    p('全年共受理指派法律援助案件900件，其中刑事案件300件，民事案件500件，行政案件20件，非诉讼事项80件。'),
    // Topics that fit their count, two counts before them, a sentence not led by 涉及, or 不包括.
    p('全年共办理行政复议案件120件。案件主要涉及土地征收50件、房屋拆迁40件、行政处罚30件。'),
    p('全年共办理行政复议案件120件，办结110件。主要涉及土地征收50件、房屋拆迁40件、行政处罚30件、信息公开20件。'),
    p('全年共办理行政复议案件120件。土地征收50件、房屋拆迁40件、行政处罚30件、信息公开20件。'),
    p('全年共办理行政复议案件120件。不包括土地征收50件、房屋拆迁40件、行政处罚30件、信息公开20件。'),
    // Channels under a sorting heading that fit the whole; another part of the year; the same channel twice.
    p('今年1-6月，全县信访总量143件次。从信访形式看，来访95件127人次；来信19件次；网上投诉29件次。'),
    p('全年全县信访总量143件次。上半年，从信访形式看，来访95件次；来信40件次；网上投诉29件次。'),
    p('全年全县共受理信访事项500件。按渠道分，网上信访200件，网络投诉180件，来信150件。'),
  ],
  invalid: [
    sumRow('channels under a sorting heading, a count of people and a change beside each, the whole named 总量 in 件次',
      '今年1-6月，全县信访总量143件次，同比上升9.16%。从信访形式看，来访95件127人次，同比上升63.79%；来信41件次，同比下降29.63%；网上投诉29件次。',
      '所列各分项之和超过总数：95+41+29=165，大于总数143件次（多22）', '143件次'),
    sumRow('channels under 按渠道分, partial or not',
      '全年全县共受理信访事项500件。按渠道分，来访200件，来信150件，网上投诉180件。',
      '所列各分项之和超过总数：200+150+180=530，大于总数500件（多30）', '500件'),
    sumRow('topics of a category stated in an aside of the sentence before',
      '2.城乡建设类（500件，占比12%）。主要涉及市容管理300件、公用设施100件、道路建设80件、燃气供应40件。',
      '所列各分项之和超过总数：300+100+80+40=520，大于总数500件（多20）', '500件'),
    sumRow('topics after a subject, joined by commas',
      '全年共受理行政复议申请120件。案件主要集中在土地征收50件，房屋拆迁40件，行政处罚30件，信息公开20件。',
      '所列各分项之和超过总数：50+40+30+20=140，大于总数120件（多20）', '120件'),
    sumRow('a 其中 aside is the breakdown, not the clause after it',
      '全年共计立案查处420件（其中简易程序150件，普通程序250件、立案撤销6件），实施行政强制措施9件，共处罚款金额13万元。',
      '分项之和与总数不符：150+250=400，与总数420件不符（相差20）', '420件'),
    sumRow('legal aid cases of all three kinds, two named together',
      '全年共受理指派法律援助案件1,100件，其中刑事案件350件、民事（行政）案件760件。',
      '分项之和与总数不符：350+760=1110，与总数1,100件不符（相差10）', '1,100件'),
    sumRow('legal aid cases of all three kinds',
      '全县法律援助中心共办理法律援助案件600宗，其中刑事案件200宗，民事案件350宗，行政案件40宗。',
      '分项之和与总数不符：200+350+40=590，与总数600宗不符（相差10）', '600宗'),
    sumRow('sums of money after their parts, each beside the count it was spent on',
      '审核发放320件法律援助案件的办案补贴56.40万元；审核发放210人次的值班补贴12.30万元，共计78.7万元。',
      '分项之和与总数不符：56.40+12.30=68.70万，与总数78.7万元不符（相差10.00万）', '78.7万元'),
    sumRow('合计 after two grants, each to a counted group',
      '向120名调解员发放以案定补经费35万元，向40个调委会发放工作经费12万元，合计37万元。',
      '分项之和与总数不符：35+12=47万，与总数37万元不符（相差10万）', '37万元'),
    sumRow('the two procedures of a penalty in an aside, then a part of them',
      '共计立案查处420件（其中简易程序150件，普通程序250件、立案撤销6件）。',
      '分项之和与总数不符：150+250=400，与总数420件不符（相差20）', '420件'),
    sumRow('the two procedures of a penalty under 其中',
      '全年办理行政处罚案件420件，其中适用简易程序150件，适用普通程序250件。',
      '分项之和与总数不符：150+250=400，与总数420件不符（相差20）', '420件'),
    sumRow('types of request labelled with colons, in the sentence after their total',
      '全区12345热线共受理工单3,000件。投诉类工单：1,200件；咨询类：900件；求助类：1,000件；举报类：20件。',
      '所列各分项之和超过总数：1200+900+1000+20=3120，大于总数3,000件（多120）', '3,000件'),
    sumRow('channels opening the sentence after their total',
      '全年共受理群众诉求6,000件。电话来电3,500件，网上留言2,000件，现场来访800件。',
      '所列各分项之和超过总数：3500+2000+800=6300，大于总数6,000件（多300）', '6,000件'),
    sumRow('a 其中 lead naming one count of the sentence before by its verb and noun, the rest inside a 、 list',
      '本月共受理有效热线事项5000宗，当场答复3000宗，转办热线事项2000宗，办结1800宗。其中转办事项：咨询类500宗、投诉类1200宗、其它400宗、一般求助类150宗。',
      '分项之和与总数不符：500+1200+400+150=2250，与总数2000宗不符（相差250）', '2000宗'),
    sumRow('channels of publication, one named in quotes, above their total',
      '全年主动公开政府信息1,200条，其中：政府门户网站发布信息800条，“平安某县”微信公众号发布信息500条。',
      '所列各分项之和超过总数：800+500=1300，大于总数1,200条（多100）', '1,200条'),
    sumRow('a part above the total does not end a 其中 list',
      '全年主动公开政府信息158条，其中：政府网站发布信息50条，政务微博发布信息180条。',
      '所列各分项之和超过总数：50+180=230，大于总数158条（多72）', '158条'),
    sumRow('channels under a total that names them, letters counted in 封',
      '12345热线共受理非话务渠道诉求300件，其中，市长信箱转派工单40件，省级平台转派工单20件，区长信箱信件200封，政务网站留言60件。',
      '所列各分项之和超过总数：40+20+200+60=320，大于总数300件（多20）', '300件'),
    sumRow('issuers of documents above their total',
      '全年审核规范性文件95件，其中县政府制发50件，乡镇制发30件，县直部门制发20件。',
      '“其中”各分项之和超过总数：50+30+20=100，大于总数95件（多5）', '95件'),
    sumRow('a part of an earlier total heads its own 其中 list of levels',
      '清理规范性文件100余件，废止7件，现行有效规范性文件86件，其中市政府66件、区县13件、市政府部门13件。',
      '“其中”各分项之和超过总数：66+13+13=92，大于总数86件（多6）', '86件'),
    sumRow('a clean-up in an aside: 继续有效 keeps a document as 保留 does',
      '全市累计清理规范性文件300件（继续有效200件，修改后继续有效30件，废止60件，宣布失效20件）。',
      '分项之和与总数不符：200+30+60+20=310，与总数300件不符（相差10）', '300件'),
    {
      name: 'the closed in an aside closing the clause of what was handled',
      text: p('共收到群众来信1,229件，908件已转有关部门办理（已办结984件），321件已告知通过其他渠道反映。'),
      findings: [{ code: 'figure/sum', message: '“已办结”部分不应超过总数：已办结984件，大于总数908件', at: '984件' }],
    },
    sumRow('intake plus carry-in against closed plus carried on (one number off)',
      '2023年全区共收到依申请公开件30件，上年度结转办理件2件，共办结25件；结转到2024年办理9件。',
      '办结与结转（在办）之和与收到总数不符：25+9=34，与30件加上年结转2件（共32件）不符（相差2）', '30件'),
    sumRow('a sum of channels as the intake, then the carry-in, the answered and those still open (count first)',
      '网上申请105件，信函17份，合计122件，上年结转11件，截至12月底已回复126件，17件正在办理中。',
      '办结与结转（在办）之和与收到总数不符：126+17=143，与122件加上年结转11件（共133件）不符（相差10）', '122件'),
    sumRow('the year\'s whole intake, a change clause, closed and carried on (count first)',
      '全年共收到政府信息公开申请40件，比上年增加5件，已按时办结36件，14件结转至下年度继续办理。',
      '办结与结转（在办）之和与收到总数不符：36+14=50，与40件不符（相差10）', '40件'),
    sumRow('a carry-in included in the intake (含…转入本年)',
      '全年共办理法律援助案件120件，含2022年转入本年办理的6件，办结141件，剩余6件结转下一年度。',
      '办结与结转（在办）之和与收到总数不符：141+6=147，与120件不符（相差27）', '120件'),
    sumRow('cases still being heard after the closed ones, thousands commas',
      '全年共受理行政复议申请1,060件，上年结转40件，审结1,050件，尚在审理中的90件。',
      '办结与结转（在办）之和与收到总数不符：1050+90=1140，与1,060件加上年结转40件（共1100件）不符（相差40）', '1,060件'),
    sumRow('mediation still under way after the settled disputes',
      '全镇共受理人民调解纠纷58件，已调处结案50件，18件正在调解中。',
      '办结与结转（在办）之和与收到总数不符：50+18=68，与58件不符（相差10）', '58件'),
    {
      name: 'a 其中 list above its total, complete or not',
      text: p('梳理权力事项800项，其中行政许可事项150项，行政处罚事项660项。'),
      findings: [{
        code: 'figure/sum',
        message: '“其中”各分项之和超过总数：150+660=810，大于总数800项（多10）',
        at: '800项',
        severity: 'error',
        fixed: p('梳理权力事项810项，其中行政许可事项150项，行政处罚事项660项。'),
      }],
    },
    sumRow('调解成功 and 调解不成功 of the 调解 count', '全年共调解矛盾纠纷1200件，调解成功1100件，调解不成功90件。', /1100\+90=1190，与总数1200件不符/, '1200件'),
    {
      name: 'the whole restated under another verb heads the pair after it',
      text: p('前三季度共受理矛盾纠纷 2460 件，调处纠纷 2460 件，调处成功 2390件，未调处成功 64 件，调处成功率为 97.4%。'),
      findings: [{ code: 'figure/sum', message: /2390\+64=2454，与总数2460 件不符/, at: '2460 件', occurrence: 1 }],
    },
    {
      name: 'the whole restated, a valid and invalid pair after it',
      text: p('全年共收到群众来信760件，登记办理来信760件，其中有效信件690件，无效信件80件。'),
      findings: [{ code: 'figure/sum', message: /690\+80=770，与总数760件不符/, at: '760件', occurrence: 1 }],
    },
    sumRow('受理 and 不予受理或作其他处理 of 收到, across a count of applicants', '全省各级行政复议机关去年共收到行政复议申请1850件，申请人总数4200人。其中，受理1600件，不予受理或作其他处理260件。', /1600\+260=1860，与总数1850件不符/, '1850件'),
    sumRow('依法受理 and 不予受理及其他处理 in one sentence', '全年共收到信访事项520件，其中依法受理460件，不予受理及其他处理50件。', /460\+50=510，与总数520件不符/, '520件'),
    sumRow('a 其中 sentence ending with 其他 after a total followed by its noun, counted 份 and 件', '全年区政府办公室共收到12份政府信息公开申请，均为自然人申请。其中，予以公开5件，部分公开2件，本机关不掌握相关政府信息3件，其他1件（申请人撤回）。', /5\+2\+3\+1=11，与总数12份不符/, '12份'),
    sumRow('an item naming how many kinds it holds', '全年共收到15件政府信息公开申请。其中，予以公开6件，属于三类过程性信息2件，信息不存在4件，其他2件。', /6\+2\+4\+2=14，与总数15件不符/, '15件'),
    sumRow('合格 and 不合格 of the files reviewed', '评查行政执法案卷100卷；合格90卷，不合格8卷。', /90\+8=98，与总数100卷不符/, '100卷'),
    sumRow('a channel and all other channels, in brackets', '全年共受理群众诉求5000件（其中电话3000件，非电话1900件）。', /3000\+1900=4900，与总数5000件不符/, '5000件'),
    sumRow('valid and invalid calls', '12345热线共接听来电8000个，其中有效来电7000个，无效来电900个。', /7000\+900=7900，与总数8000个不符/, '8000个'),
    sumRow('valid and invalid letters joined by 、', '共收到群众来信600件，其中有效信件500件、无效信件90件。', /500\+90=590，与总数600件不符/, '600件'),
    sumRow('valid letters named by the intake verb, invalid ones with a qualifier', '全年市长信箱共收到来信820件，其中受理有效信件700件，无效重复信件102件；按期办结率98%。', /700\+102=802，与总数820件不符/, '820件'),
    sumRow('valid and invalid calls, 登记 before 有效, thousands commas', '共接听群众来电12,600个，其中登记有效来电11,200个、无效骚扰来电1,300个。', /11200\+1300=12500，与总数12,600个不符/, '12,600个'),
    sumRow('two channels above their total, in brackets', '全年共受理群众诉求5000件（其中电话3000件，网络2100件）。', /“其中”各分项之和超过总数：3000\+2100=5100，大于总数5000件/, '5000件'),
    sumRow('two channels above their total, after 其中', '全年共受理群众诉求5000件，其中电话渠道3000件、网络渠道2100件。', /“其中”各分项之和超过总数：3000\+2100=5100/, '5000件'),
    sumRow('channels named with whose box and how they came, counted 个 and 件', '5月份，市民热线受理市民诉求5230件（次），其中电话4100个，市长信箱邮件12件，网上受理1200件。', /“其中”各分项之和超过总数：4100\+12\+1200=5312，大于总数5230件/, '5230件'),
    sumRow('channels joined by 、 with thousands commas', '全年共收到群众诉求8,000件，其中来电5,200件、来信900件、网上留言2,100件。', /5200\+900\+2100=8200，大于总数8,000件/, '8,000件'),
    sumRow('types of request under 其中 above their total', '全年共受理群众诉求5000件，其中咨询2000件，求助1500件，投诉1800件。', /“其中”各分项之和超过总数：2000\+1500\+1800=5300，大于总数5000件/, '5000件'),
    sumRow('types of request named with the calls, joined by 、', '全年共接听来电5000个，其中投诉来电2600个、咨询来电2500个。', /2600\+2500=5100，大于总数5000个/, '5000个'),
    sumRow('channels in an aside, counted 个 and 件', '全年共受理群众诉求5230件（其中电话4100个、网上受理1200件）。', /4100\+1200=5300，大于总数5230件/, '5230件'),
    sumRow('channels on the lines after 其中：', '全年共受理群众诉求5230件，其中：\n电话来电4100件；\n网上留言1200件；\n市长信箱来信12件。', /4100\+1200\+12=5312，大于总数5230件/, '5230件'),
    sumRow('valid and invalid visits, people counted 人次', '全年共登记来访群众800人次，其中接待有效来访760人次，无效来访60人次。', /760\+60=820，与总数800人次不符/, '800人次'),
    sumRow('channels of a service, not a request', '全年共办理政务服务事项5000件，其中网上办理3000件，窗口办理2100件。', /3000\+2100=5100，大于总数5000件/, '5000件'),
    sumRow('a 其中 sentence whose parts end in the words of one count before, not its last', '4月份，热线共受理群众诉求1877件，较上月增长1.3%，自行处理1276件，派单601件，按时结案597件，超时办理4件，结案率100%。其中热线派单532件，政民互动派单96件。', /532\+96=628，大于总数601件/, '601件'),
    sumRow('a 其中 sentence whose parts end in the verb of one count before', '全年共收到行政复议申请320件，受理290件，不予受理30件。其中市本级受理180件，县级受理130件。', /180\+130=310，大于总数290件/, '290件'),
    sumRow('city and county level above their total', '全年共办理行政应诉案件80件，其中市级45件，县级40件。', /45\+40=85，大于总数80件/, '80件'),
    sumRow('a single 其中 part opening the next sentence above its total', '全年共受理群众诉求5000件，同比增长10%。其中，投诉类诉求5200件，占比较高。', '“其中”部分不应超过总数：其中5200件，大于总数5000件', '5200件'),
    sumRow('a new part after a total followed by its noun', '全年共维护4个专题专栏，其中新开设6个；发布政策解读30篇。', '“其中”部分不应超过总数：其中6个，大于总数4个', '6个'),
    sumRow('what is picked from a count framed by 在…中', '在全县推荐的9个典型案例中，评选出优秀案例12个。', '部分不应超过总数：12个案例，大于总数9个典型案例', '12个'),
    sumRow('what is picked from a count framed by 在…中, 项 and the whole noun', '在各部门报送的30项改革事项中，确定重点改革事项45项。', '部分不应超过总数：45项改革事项，大于总数30项改革事项', '45项'),
    sumRow('clauses opening with a count of the topic count\'s noun', '年度确定的40项重点任务，12项任务已完成，45项任务正在推进。', '部分不应超过总数：45项任务，大于总数40项重点任务', '45项'),
    sumRow('a single part after a clause naming the total again', '全年共接听来电5000个，在接听的来电中，投诉类来电5200个。', /其中5200个，大于总数5000个/, '5200个'),
    sumRow('a single part in the next sentence after a clause naming the total again', '全年共受理群众诉求5000件。在受理的诉求中，投诉类5200件。', /其中5200件，大于总数5000件/, '5200件'),
    sumRow('a single 其中 part with a digit added', '全年共受理行政复议申请120件，其中依法受理1100件。', /其中1100件，大于总数120件/, '1100件'),
    sumRow('outcomes opening the sentence after the closed cases, with no lead', '全年共审结行政复议案件120件。维持80件，驳回20件，撤销10件，确认违法5件，终止10件。', /80\+20\+10\+5\+10=125，与总数120件不符/, '120件'),
    sumRow('outcomes on the sentence after an intake and the closed cases, joined by ；', '全年受理行政复议案件130件，审结120件。维持80件；驳回20件；撤销10件；确认违法5件；终止10件。', /80\+20\+10\+5\+10=125，与总数120件不符/, '120件'),
    sumRow('year-by-year counts after 其中, the span stated in the sentence before', '三年来共受理行政复议案件600件。其中2021年180件、2022年200件、2023年230件。', /180\+200\+230=610，与总数600件不符/, '600件'),
    sumRow('years of a span named in a sentence without figures, the count in the next', '2021—2023年，全市法治建设稳步推进。全市共受理行政复议案件600件。其中2021年受理180件，2022年受理200件，2023年受理230件。', /180\+200\+230=610，与总数600件不符/, '600件'),
    sumRow('year-by-year counts with their verb, a span of explicit years', '2021年至2023年，全市共受理行政复议案件600件。其中，2021年受理180件，2022年受理200件，2023年受理230件。', /180\+200\+230=610/, '600件'),
    sumRow('year-by-year counts two sentences after the span', '近三年共受理行政复议案件600件，案件数量逐年上升。具体来看，2021年180件，2022年200件，2023年230件。', /180\+200\+230=610/, '600件'),
    sumRow('five years in one sentence with the span', '过去5年间，全市共调解纠纷5000件，2019年900件、2020年1000件、2021年1000件、2022年1000件、2023年1000件。', /900\+1000\+1000\+1000\+1000=4900，与总数5000件不符/, '5000件'),
    sumRow('classes right after a total without 其中, above it', '全年共受理群众诉求5000件，咨询类2000件；求助类1500件；投诉类2000件。', /所列各分项之和超过总数：2000\+1500\+2000=5500，大于总数5000件/, '5000件'),
    sumRow('a split pair beside a bracketed count it does not add up to', '全年共受理市民诉求1000件（较上年增加50件），按时办结700件，超时办结100件。', /700\+100=800，与总数1000件不符/, '1000件'),
    sumRow('items stated earlier in the paragraph, named before 合计 in a later sentence', '全市行政机关败诉2683件，其中县级政府部门780件，乡镇政府715件。县级政府部门和乡镇政府合计败诉案件1531件。', /780\+715=1495，与总数1531件不符/, '1531件'),
    sumRow('a pair that splits the total (交办/直办) in the next sentence, another split after it', '全月共办理热线工单2495件。交办二级责任单位2388件，县热线办直办170件；按期回复2424件、逾期回复71件。', /2388\+170=2558，与总数2495件不符/, '2495件'),
    sumRow('a pair after an average and a change of the total, with shares between', '热线共受理群众来电5000件，日均714件，较上周增长3%。本周受理的来电中，直办2600件，占52%，转办2300件，占46%。', /2600\+2300=4900，与总数5000件不符/, '5000件'),
    sumRow('a second split pair after one that adds up', '共办理工单800件。交办单位700件，直办100件；按期回复780件、逾期回复10件。', /780\+10=790，与总数800件不符/, '800件'),
    sumRow('the two kinds of applicant split the requests, whatever list follows', '全年受理政府信息公开申请20件，其中自然人14件，法人或其他组织5件，予以公开8件，不予公开3件。', /14\+5=19，与总数20件不符/, '20件'),
    sumRow('what the requests ended in, disclosed and refused, after the applicants', '全年办理政府信息公开申请20件，其中自然人15件，法人或其他组织5件，予以公开8件，部分公开4件，不予公开3件，信息不存在4件。', /8\+4\+3\+4=19，与总数20件不符/, '20件'),
    sumRow('an amount of one part between the parts of a total that names how many kinds it holds', '全年查办四类专项案件1200件，其中甲类案件300件，处罚金额0.5亿元，乙类案件400件，丙类案件200件，丁类案件350件。', /300\+400\+200\+350=1250，与总数1200件不符/, '1200件'),
    sumRow('kinds counted in the total, parts in the next sentence, an amount after one of them', '全市三类审批事项总数为600项。其中，许可事项数量为200项，涉及资金3000万元；备案事项数量为250项；核准事项数量为140项。', /200\+250\+140=590，与总数600项不符/, '600项'),
    sumRow('suits answered in court (a total with a stray space), then how they ended and those still open', '共参加应诉案件2 6起。经过努力，胜诉20起；原告撤诉5起；现待审3起。', /20\+5\+3=28，与总数2 6起不符/, '2 6起'),
    sumRow('the grades given as the result of grading a sample', '抽查行政执法案卷80卷进行评查，评查结果为：优秀案卷20卷，良好案卷30卷，合格案卷28卷。', /20\+30\+28=78，与总数80卷不符/, '80卷'),
    sumRow('grades down to 不合格', '共评查重大行政决定案卷45件，其中优秀12件，合格30件，不合格4件。', /12\+30\+4=46，与总数45件不符/, '45件'),
    sumRow('kinds of cases in an aside above their total', '办理法律援助案件300件（刑事120件，民事170件，行政20件）。', /120\+170\+20=310，与总数300件不符/, '300件'),
    sumRow('the same cases of different kinds in a 其中 list above their total', '受理案件500件，其中民事诉讼案件300件，刑事诉讼案件150件，行政诉讼案件60件，法律帮助20件。', /300\+150\+60=510，大于总数500件/, '500件'),
    sumRow('categories with the rest, headed by the noun of a count two sentences before', '共受理群众来信800件。转办来信500件，直接答复300件。来信分类：求助类300件、咨询类200件、投诉类210件、其他类100件。', /300\+200\+210\+100=810，与总数800件不符/, '800件'),
    sumRow('revenue collected by the tax and the finance departments, past the total\'s share of the budget and its increase', '全年一般公共预算收入完成80000万元，占年初预算数90000万元的88.9%，同比增长5%，增收3800万元。其中税务部门完成50000万元，占任务数的90%；财政部门完成31000万元，占任务数的85%。', /50000\+31000=81000万，与总数80000万元不符/, '80000万元'),
    sumRow('categories with the rest in the sentence after the one count of theirs', '热线共受理群众诉求9000件，日均300件。咨询类4000件，占44.4%；求助类3000件，占33.3%；其他类1900件，占21.1%。', /4000\+3000\+1900=8900，与总数9000件不符/, '9000件'),
    sumRow('closed on time and late, after the total\'s change and average', '共办结案件300件，较上月增加20件，日均10件。其中按期办结280件，逾期办结30件。', /280\+30=310，与总数300件不符/, '300件'),
    sumRow('work done and still under way within the time limit of a closure', '受理上级交办工单1200件，已处理完毕1100件，处于办结时限内正在办理110件。', /1100\+110=1210，与总数1200件不符/, '1200件'),
    sumRow('the total named again before 中 in the next sentence', '共受理市民诉求71184件。本周所受理的市民诉求中，直办37527件，转办33567件。', /37527\+33567=71094，与总数71184件不符/, '71184件'),
    sumRow('rules made, amended and repealed (立改废) are all there is', '审议通过市政府规章13件（含新制定5件，修改4件，废止3件）。', /5\+4\+3=12，与总数13件不符/, '13件'),
    sumRow('a total that names how many kinds it holds: that many parts are all of it', '配套实施五类案件9850件，其中按日连续处罚案件143件，查封、扣押案件4386件，限产、停产案件629件，移送拘留案件2815件，移送涉嫌环境污染犯罪案件2262件。', /143\+4386\+629\+2815\+2262=10235，与总数9850件不符/, '9850件'),
    sumRow('a last part that names the rest with its own kind (法人及其他组织)', '全年办理政府信息公开申请7件，其中自然人5件，法人及其他组织1件。', /5\+1=6，与总数7件不符/, '7件'),
    sumRow('work done and work still under way split what was taken in', '受理省派工单2917件，已处理完毕2349件，正在办理586件。', /2349\+586=2935，与总数2917件不符/, '2917件'),
    sumRow('a 其中 list of 类 above its total; the list ends before a part of another kind', '受理案件100件，其中行政处罚类60件，行政许可类50件，发出建议书20件。', /60\+50=110，大于总数100件/, '100件'),
    sumRow('the run stops at a part that does not carry the ending of the first two', '共备案审查规范性文件100件，其中市政府规范性文件40件，部门规范性文件70件，纠正违法文件3件。', /40\+70=110，大于总数100件/, '100件'),
    sumRow('channels of one activity above its total', '开展普法活动1200场次，其中线上活动800场次，线下活动600场次。', /800\+600=1400，大于总数1200场次/, '1200场次'),
    sumRow('an exclusive pair of people above its total', '共有调解员300人，其中专职调解员100人，兼职调解员250人。', /100\+250=350，大于总数300人/, '300人'),
    sumRow('其他 before the last item makes the list complete', '受理案件100件，其中行政处罚类60件，其他类30件，行政许可类20件。', '分项之和与总数不符：60+30+20=110，与总数100件不符（相差10）', '100件'),
    sumRow('其它 as the first item', '受理案件100件，其中其它类30件，行政处罚类60件，行政许可类5件。', /30\+60\+5=95，与总数100件不符/, '100件'),
    {
      name: 'corrections are the complete set of 纠错',
      text: p('办理纠错案件20件，其中撤销8件，变更3件，确认违法5件，责令履行2件。'),
      findings: [{ code: 'figure/sum', message: '分项之和与总数不符：8+3+5+2=18，与总数20件不符（相差2）', at: '20件', fixed: p('办理纠错案件18件，其中撤销8件，变更3件，确认违法5件，责令履行2件。') }],
    },
    sumRow('two corrections under a 纠错 total', '直接纠错18件，其中撤销并责令重做8件，确认违法3件。', /8\+3=11，与总数18件不符/, '18件'),
    sumRow('closed cases with a closure without ruling (终止) list every outcome', '审结案件30件，其中撤销5件，变更3件，终止2件。', /5\+3\+2=10，与总数30件不符/, '30件'),
    sumRow('closed cases with a withdrawn application', '审结行政复议案件40件，其中维持20件，撤销10件，申请人撤回申请5件。', /20\+10\+5=35，与总数40件不符/, '40件'),
    sumRow('a pair after a total with its progress against the budget and its change; each part with its own', '全区一般公共预算收入完成52310万元，为年预算的45.6%，同比增长3.1%。其中：税务部门完成40120万元，为年预算的43.2%，同比增长2.5%；财政部门完成12290万元，为年预算的53.0%，同比增长5.2%。', '分项之和与总数不符：40120+12290=52410万，与总数52310万元不符（相差100万）', '52310万元'),
    sumRow('corrections (责令履职 among them) after a total with its rate and last year\'s count', '全年直接纠错120件，纠错率18.5%，较上年95件增长了26.3%。结果分别为撤销40件，责令履职15件，确认违法50件，变更10件。', /40\+15\+50\+10=115，与总数120件不符/, '120件'),
    sumRow('an intake stated whole, closed and still open (办结 beside 正在办理中), a change and a rate between', '全市12345热线共受理群众诉求56.30万件，环比上升4.2%，办结48.20万件，办结率85.6%，正在办理中8.20万件。', '分项之和与总数不符：48.20+8.20=56.40万，与总数56.30万件不符（相差0.10万）', '56.30万件'),
    sumRow('a space before 万 in a part', '全市12345热线共受理群众诉求56.30万件，办结48.20 万件，正在办理中8.20万件。', /48\.20\+8\.20=56\.40万，与总数56\.30万件不符/, '56.30万件'),
    sumRow('an intake stated whole, closed and in hand (在办)', '累计收到人民调解申请412件，已办结380件，在办30件。', /380\+30=410，与总数412件不符/, '412件'),
    {
      name: 'disclosure requests received and carried in, answered or carried on in full',
      text: p('全年共收到政府信息公开申请35件，上年结转3件，其中予以公开20件，部分公开5件，不予公开4件，本机关不掌握相关信息6件，结转下年度继续办理2件。'),
      findings: [{
        code: 'figure/sum',
        message: '办理结果之和与收到加上年结转不符：20+5+4+6+2=37，与收到35件加上年结转3件（共38件）不符（相差1）',
        at: '35件',
        fixed: p('全年共收到政府信息公开申请34件，上年结转3件，其中予以公开20件，部分公开5件，不予公开4件，本机关不掌握相关信息6件，结转下年度继续办理2件。'),
      }],
    },
    sumRow('categories under a heading above the whole count, complete or not', '本月共受理热线工单820件，比上月增长5.1%。工单分类：求助类510件、咨询类240件、投诉类60件、建议类15件。', '所列各分项之和超过总数：510+240+60+15=825，大于总数820件（多5）', '820件'),
    sumRow('"在各类诉求中" in the next paragraph, the rest among the categories, 诉求 counted as 工单', '全年共接听来电52000个，登记受理有效工单48210件，同比增长6.2%。\n\n在各类诉求中，咨询类20100件、求助类15200件、其他类310件、投诉类12500件、建议类120件。', /20100\+15200\+310\+12500\+120=48230，与总数48210件不符/, '48210件'),
    sumRow('outcomes in the next sentence after 具体为：', '全年办结行政复议案件64件。具体为：维持40件，撤销9件，确认违法4件，驳回6件，终止4件。', /40\+9\+4\+6\+4=63，与总数64件不符/, '64件'),
    sumRow('outcomes in the next sentence after 从审理结果看，', '全年审结行政诉讼案件64件，同比增长8%。从审理结果看，驳回诉讼请求40件，撤销9件，确认违法4件，原告撤诉6件，终止4件。', /40\+9\+4\+6\+4=63，与总数64件不符/, '64件'),
    sumRow('a sum after its parts with the verb of what it sums', '维持40件、撤销9件、确认违法4件、驳回6件，共计审结60件。', /40\+9\+4\+6=59，与总数60件不符/, '60件'),
    sumRow('a 其中 list with a remark on its items (均成功；) between them, the rest last', '全年共调解矛盾纠纷1840件。其中，司法所调解320件，律师事务所调解105件，均成功；调委会调解1400件，其他调解组织调解20件。', /320\+105\+1400\+20=1845，与总数1840件不符/, '1840件'),
    sumRow('a 其中 list going on in the next sentence after 其他类别中，', '全年共办理行政执法案件520件，其中行政处罚类300件，行政强制类100件。其他类别中，行政检查类80件，行政许可类30件，其余15件。', /300\+100\+80\+30\+15=525，与总数520件不符/, '520件'),
    sumRow('加上… then the sum, over the head count of the sentence before and its 其中 parts', '区级一般公共预算收入完成42000万元，同比增长3.5%，其中：税收收入30000万元、非税收入12000万元。加上上级补助收入210500万元、调入资金8000万元，收入总计261500万元。', /42000\+210500\+8000=260500万，与总数261500万元不符/, '261500万元'),
    sumRow('加上… within one sentence', '上年结转法律援助经费120万元，加上本年拨付80万元，合计210万元。', /120\+80=200万，与总数210万元不符/, '210万元'),
    sumRow('a total taken out of a count in its clause ("…977件中直接纠错236件")', '区政府审结的复议案件540件中直接纠错120件，纠错率约为22%，较去年60件增长了1倍。结果分别为撤销40件，责令履职15件，撤销并责令重做10件，确认违法50件。', /40\+15\+10\+50=115，与总数120件不符/, '120件'),
    sumRow('a 其中 sentence after a 分别 list that makes up its total breaks down that total', '全年直接纠错90件。结果分别为撤销30件，责令履行10件，确认违法50件。其中行政处罚类案件52件，行政强制类案件30件，其他类9件。', /52\+30\+9=91，与总数90件不符/, '90件'),
    sumRow('a 其中 list above its total, the parts\' noun their own (调委会 for 人民调解委员会), brackets before it', '全县共有人民调解委员会268个，其中村（社区）调委会240个，镇（街道）调委会20个，行业性专业性调委会10个。', '“其中”各分项之和超过总数：240+20+10=270，大于总数268个（多2）', '268个'),
    sumRow('a 其中 list above its total, kinds by channel (渠道)', '全年共受理群众诉求8.6万件，其中电话渠道6.9万件，网络渠道1.9万件。', /6\.9\+1\.9=8\.8万，大于总数8\.6万件/, '8.6万件'),
    {
      name: 'a list on the lines after a lead standing alone (plain text)',
      format: 'plaintext',
      text: '全年审结行政诉讼案件86件。其中：\n驳回诉讼请求50件；\n撤销12件；\n确认违法6件；\n原告撤诉9件；\n终止8件。\n',
      findings: [{ code: 'figure/sum', message: /50\+12\+6\+9\+8=85，与总数86件不符/, at: '86件' }],
    },
    {
      name: 'categories with the rest on the lines after a total ending in a colon (plain text)',
      format: 'plaintext',
      text: '全年共受理群众诉求31000件，具体如下：\n咨询类12100件；\n求助类9200件；\n投诉类7500件；\n其他类2300件。\n',
      findings: [{ code: 'figure/sum', message: /12100\+9200\+7500\+2300=31100，与总数31000件不符/, at: '31000件' }],
    },
    sumRow('outcomes after 经审理 with a sentence without figures between them and the total', '全年共审结行政诉讼案件64件，同比增长8%。案件主要涉及房屋征收、市场监管等领域。经审理，驳回诉讼请求40件，撤销9件，确认违法4件，原告撤诉6件，终止4件。', /40\+9\+4\+6\+4=63，与总数64件不符/, '64件'),
    sumRow('categories counted 个 and 件 in one list', '全年共受理群众来信1000件，其中咨询类600个，求助类300件，其他类110个。', /600\+300\+110=1010，与总数1000件不符/, '1000件'),
    sumRow('a headed list counted 个 and 件', '本月共受理热线工单820件。工单分类：求助类510个、咨询类240件、投诉类60件、其他类15件。', /510\+240\+60\+15=825，与总数820件不符/, '820件'),
    sumRow('decisions on applications received above them, with or without 其中', '全年共收到行政复议申请86件，受理70件，不予受理9件，告知8件。', /70\+9\+8=87，与总数86件不符/, '86件'),
    sumRow('outcomes in the next sentence tied by their words to the closed cases, not the applications before', '收到行政复议申请73件，受理53件，结案50件。其中维持26件，驳回4件，撤销10件，确认违法4件，终止7件。', /26\+4\+10\+4\+7=51，与总数50件不符/, '50件'),
    sumRow('categories up to the rest under a sorting heading, the whole paragraphs back', '全年共受理群众诉求9000件。\n\n从诉求类型来看，投诉类4000件，占44.4%；咨询类3000件，占33.3%；求助类1500件，占16.7%；其他类400件。\n\n从热点分布来看，住房城乡建设类3000件，人资社保类2000件，公共安全类1500件，市场监管类1200件，其他类1300件。', /4000\+3000\+1500\+400=8900，与总数9000件不符/, '9000件'),
    sumRow('channels up to 其他渠道 under a sorting heading', '全年共受理群众诉求10000件。\n\n从受理渠道看，电话来电8000件，网上留言1500件，市长信箱来信300件，其他渠道100件。', /8000\+1500\+300\+100=9900，与总数10000件不符/, '10000件'),
    sumRow('types of request up to 其他 under a sorting heading', '全年共受理群众诉求10000件。\n\n从诉求类型看，咨询5000件，求助2000件，投诉2500件，其他400件。', /5000\+2000\+2500\+400=9900，与总数10000件不符/, '10000件'),
    sumRow('categories up to a bare 其余 under a sorting heading', '全年共调处矛盾纠纷2600起。\n\n从纠纷类型看，婚姻家庭类900起，邻里类700起，土地类600起，其余300起。', /900\+700\+600\+300=2500，与总数2600起不符/, '2600起'),
    sumRow('categories under 按…分 with 个 and 件', '全年共接听来电12,500个。\n\n按诉求类型分，投诉类5,000个，咨询类4,000个，求助类2,000个，建议类600个，其他类800个。', /5000\+4000\+2000\+600\+800=12400，与总数12,500个不符/, '12,500个'),
    sumRow('categories under a sorting heading, the whole counted twice', '2024年，市长信箱共收到市民来信820件，已办结820件，其中交办工单500件，直接答复工单320件。\n\n从热点分布来看，反映住房城乡建设类260件，人资社保类120件，公共安全类90件，市场监管类110件，交通运输类70件，其他类150件。', /260\+120\+90\+110\+70\+150=800，与总数820件不符/, '820件'),
    sumRow('a headed list is checked against the whole its heading names, other counts in that sentence notwithstanding', '全年登记受理有效工单48210件，在线办结工单30100件。\n\n在各类诉求中，咨询类20100件、求助类15200件、其他类310件、投诉类12500件、建议类120件。', /20100\+15200\+310\+12500\+120=48230，与总数48210件不符/, '48210件'),
    sumRow('accepted cases with those still open listed', '共受理行政复议申请50件，其中维持20件，撤销5件，终止3件，正在审理20件。', /20\+5\+3\+20=48，与总数50件不符/, '50件'),
    sumRow('a 包括 list of exactly the categories the total names', '审查地方性法规、政府规章项目40件，包括地方性法规类15件、政府规章类23件。', '分项之和与总数不符：15+23=38，与总数40件不符（相差2）', '40件'),
    sumRow('counters 个 and 件 mixed for the same noun', '清理规范性文件100件，其中市政府文件60个，部门文件30件，其他文件5个。', /60\+30\+5=95，与总数100件不符/, '100件'),
    {
      name: 'C1: a 其中 list ending with 其他 must cover its total',
      text: p('全市建立人民调解委员会411家，其中乡镇（街道）调委会19家，村（居）级调委会360家，企业调委会19家，行业性专业性调解组织11家，其他调解组织1家，建成22家品牌调解工作室。'),
      findings: [{
        code: 'figure/sum',
        message: '分项之和与总数不符：19+360+19+11+1=410，与总数411家不符（相差1）',
        at: '411家',
        severity: 'error',
        fixed: p('全市建立人民调解委员会410家，其中乡镇（街道）调委会19家，村（居）级调委会360家，企业调委会19家，行业性专业性调解组织11家，其他调解组织1家，建成22家品牌调解工作室。'),
      }],
    },
    {
      name: 'S4: outcomes of closed cases must add up to 办结',
      text: p('全市共收到行政复议申请101件，其中市政府行政复议申请14件，依法受理13件，不予受理1件，现已办结13件，维持1件，撤销6件，确认违法1件，驳回复议申请1件，终止3件，维护了群众合法权益。'),
      findings: [{ code: 'figure/sum', message: /1\+6\+1\+1\+3=12，与总数13件不符/, at: '13件', occurrence: 1 }],
    },
    {
      name: 'clean-up results must add up to the documents cleaned up',
      text: p('共清理规范性文件325件，保留204件、修改52件、废止36件、失效30件。'),
      findings: [{ code: 'figure/sum', message: /204\+52\+36\+30=322/, at: '325件', fixed: p('共清理规范性文件322件，保留204件、修改52件、废止36件、失效30件。') }],
    },
    {
      name: 'outcomes continued in the next sentence after 其中',
      text: p('受理53件，结案50件。其中维持26件，驳回4件，撤销10件，确认违法4件，终止5件。'),
      findings: [{ code: 'figure/sum', message: /26\+4\+10\+4\+5=49/, at: '50件' }],
    },
    {
      name: 'totals in 万 with decimals beyond rounding',
      text: p('共投入资金1.2万元，其中市级0.35万元，区级0.44万元，其他0.52万元。'),
      findings: [{ code: 'figure/sum', message: /0\.35\+0\.44\+0\.52=1\.31万/, at: '1.2万元', fixed: p('共投入资金1.31万元，其中市级0.35万元，区级0.44万元，其他0.52万元。') }],
    },
    {
      name: 'a clean-up named at the start of the sentence',
      text: p('开展行政规范性文件全面清理，梳理排查相关文件268件，废止60件、拟修改9件、保留190件。'),
      findings: [{ code: 'figure/sum', message: '分项之和与总数不符：60+9+190=259，与总数268件不符（相差9）', at: '268件' }],
    },
    {
      name: 'S3 variant: accepted and not accepted must add up to the applications',
      text: p('市政府行政复议申请14件，依法受理13件，不予受理2件。'),
      findings: [{ code: 'figure/sum', message: '分项之和与总数不符：13+2=15，与总数14件不符（相差1）', at: '14件', fixed: p('市政府行政复议申请15件，依法受理13件，不予受理2件。') }],
    },
    {
      name: 'a part and its negation after 其中 in the next sentence',
      text: p('全年共收到行政复议申请120件。其中，受理110件，不予受理12件。'),
      findings: [{ code: 'figure/sum', message: /110\+12=122，与总数120件不符/, at: '120件' }],
    },
    {
      name: 'a part and its negation by 未 cover the total (a state, not one outcome among others)',
      text: p('共排查安全隐患60处，已整改48处，未整改5处。'),
      findings: [{ code: 'figure/sum', message: /48\+5=53，与总数60处不符/, at: '60处' }],
    },
    {
      name: 'the negation inside the words (调解不成功)',
      text: p('共调处矛盾纠纷500件，调解成功480件，调解不成功25件。'),
      findings: [{ code: 'figure/sum', message: /480\+25=505，与总数500件不符/, at: '500件' }],
    },
    {
      name: 'a list does not run into the 其中 sentence that breaks down its own total (S1 variant)',
      text: p('开展行政规范性文件清理，共清理文件300件，保留200件，修改53件，废止30件，失效20件。其中清理区政府文件50件，保留30件，修改8件，废止2件，失效10件。'),
      findings: [{ code: 'figure/sum', message: '分项之和与总数不符：200+53+30+20=303，与总数300件不符（相差3）', at: '300件' }],
    },
    {
      name: 'the 其中 total of the next sentence is checked on its own (S2 variant)',
      text: p('开展行政规范性文件清理，共清理文件300件，保留200件，修改50件，废止30件，失效20件。其中清理区政府文件50件，保留30件，修改8件，废止3件，失效10件。'),
      findings: [{ code: 'figure/sum', message: '分项之和与总数不符：30+8+3+10=51，与总数50件不符（相差1）', at: '50件', occurrence: 1 }],
    },
    {
      name: 'a 其中 part split by a part and its negation (S3 variant)',
      text: p('全年共收到行政复议申请260件，其中区政府行政复议申请30件，依法受理27件，不予受理4件。'),
      findings: [{ code: 'figure/sum', message: '分项之和与总数不符：27+4=31，与总数30件不符（相差1）', at: '30件' }],
    },
    {
      name: 'the negation listed first, then the rest (C3 variant)',
      text: p('新收行政复议申请90件，受理80件，不予受理、告知及作出其他处理12件，共审结85件。'),
      findings: [{ code: 'figure/sum', message: '分项之和与总数不符：80+12=92，与总数90件不符（相差2）', at: '90件' }],
    },
    {
      name: 'one part and the rest',
      text: p('督察发现问题52个，已整改48个，其余6个正在整改。'),
      findings: [{ code: 'figure/sum', message: '分项之和与总数不符：48+6=54，与总数52个不符（相差2）', at: '52个', fixed: p('督察发现问题54个，已整改48个，其余6个正在整改。') }],
    },
    {
      name: 'a clean-up total followed by its noun and a clause without figures (经清理)',
      text: p('开展规范性文件专项清理，对现行有效的860件规范性文件，经清理，保留700件，修改60件，废止90件。'),
      findings: [{ code: 'figure/sum', message: '分项之和与总数不符：700+60+90=850，与总数860件不符（相差10）', at: '860件' }],
    },
    {
      name: 'one part and the rest named "…等其他" (公共 is no 共 total)',
      text: p('现区级政务服务事项420项，行政许可事项190项，公共服务等其他事项220项。'),
      findings: [{ code: 'figure/sum', message: '分项之和与总数不符：190+220=410，与总数420项不符（相差10）', at: '420项' }],
    },
    {
      name: 'a 其中…其他 list in an aside after the total',
      text: p('全市建立人民调解委员会300家（其中乡镇调委会20家、村级调委会260家、其他调解组织22家），建成22家工作室。'),
      findings: [{ code: 'figure/sum', message: '分项之和与总数不符：20+260+22=302，与总数300家不符（相差2）', at: '300家' }],
    },
    {
      name: 'case outcomes in an aside',
      text: p('全年办结行政复议案件40件（维持25件，驳回5件，撤销6件，确认违法2件，终止3件）。'),
      findings: [{ code: 'figure/sum', message: '分项之和与总数不符：25+5+6+2+3=41，与总数40件不符（相差1）', at: '40件' }],
    },
    {
      name: 'a part and its negation in an aside',
      text: p('共收到行政复议申请30件（依法受理27件，不予受理4件）。'),
      findings: [{ code: 'figure/sum', message: '分项之和与总数不符：27+4=31，与总数30件不符（相差1）', at: '30件' }],
    },
    {
      name: 'a 合计 after its parts is their sum',
      text: p('群众评价非常满意612条，满意86条，合计700条，满意率100%。'),
      findings: [{ code: 'figure/sum', message: '分项之和与总数不符：612+86=698，与总数700条不符（相差2）', at: '700条', fixed: p('群众评价非常满意612条，满意86条，合计698条，满意率100%。') }],
    },
    {
      name: 'a 合计 after a 其中 list sums the list from its 其中',
      text: p('办理法律援助案件1200件，其中刑事案件800件，民事案件350件，合计1200件。'),
      findings: [{ code: 'figure/sum', message: '分项之和与总数不符：800+350=1150，与总数1200件不符（相差50）', at: '1200件', occurrence: 1 }],
    },
    {
      name: 'across sentences: an outcome list in the next sentence adds up to more than the total before it',
      text: p('直接纠错40件。结果分别为撤销20件，确认违法12件，责令履行10件。'),
      findings: [{ code: 'figure/sum', at: '40件', message: '分项之和与总数不符：20+12+10=42，与总数40件不符（相差2）',
        fixed: p('直接纠错42件。结果分别为撤销20件，确认违法12件，责令履行10件。') }],
    },
    {
      name: 'a 其中 list of kinds in the next sentence cannot hold more than the total before it',
      text: p('共收到行政复议申请120件。其中市本级60件，区级70件。'),
      findings: [{ code: 'figure/sum', at: '120件', message: '“其中”各分项之和超过总数：60+70=130，大于总数120件（多10）' }],
    },
    {
      name: 'across sentences: corrections listed after 纠错 are its complete set',
      text: p('直接纠错40件。结果分别为撤销20件，确认违法12件。'),
      findings: [{ code: 'figure/sum', at: '40件', message: '分项之和与总数不符：20+12=32，与总数40件不符（相差8）' }],
    },
    {
      name: 'outcomes that exclude each other cannot exceed their total in one sentence either',
      text: p('直接纠错40件，分别为撤销20件，确认违法12件，责令履行10件。'),
      findings: [{ code: 'figure/sum', at: '40件', message: /20\+12\+10=42，与总数40件不符/ }],
    },
    {
      name: 'across sentences: outcomes of closed cases after 经审理 must add up to them',
      text: p('共审结行政复议案件85件。经审理，维持50件，驳回10件，撤销15件，确认违法4件，终止5件。'),
      findings: [{ code: 'figure/sum', at: '85件', message: '分项之和与总数不符：50+10+15+4+5=84，与总数85件不符（相差1）' }],
    },
    {
      name: 'across sentences: a change clause after the total, then its list',
      text: p('共审结行政复议案件85件，较上年增加10件。经审理，维持50件，驳回10件，撤销15件，确认违法4件，终止5件。'),
      findings: [{ code: 'figure/sum', at: '85件', message: /50\+10\+15\+4\+5=84，与总数85件不符/ }],
    },
    {
      name: 'a 同比 clause between the total and its 其中 list does not break the relation',
      text: p('共办理案件1260件，同比增长9%，其中民事500件，刑事300件，其他450件。'),
      findings: [{ code: 'figure/sum', at: '1260件', message: '分项之和与总数不符：500+300+450=1250，与总数1260件不符（相差10）',
        fixed: p('共办理案件1250件，同比增长9%，其中民事500件，刑事300件，其他450件。') }],
    },
    {
      name: 'each part with its own change clause: the list still runs on',
      text: p('共办理案件1260件，同比增长9%，其中民事500件，同比增长3%；刑事300件，同比下降2%；其他450件，同比增长1%。'),
      findings: [{ code: 'figure/sum', at: '1260件', message: /500\+300\+450=1250，与总数1260件不符/ }],
    },
    {
      name: 'shares of the items between them do not end the list',
      text: p('全年审结行政复议案件260件，维持原行政行为150件，占57.7%；驳回复议申请40件，占15.4%；直接纠错45件，占17.3%；终止28件。'),
      findings: [{ code: 'figure/sum', at: '260件', message: '分项之和与总数不符：150+40+45+28=263，与总数260件不符（相差3）' }],
    },
    {
      name: 'a 其中 part larger than its total past a 同比 clause',
      text: p('共办理案件1260件，同比增长9%，其中民事1300件。'),
      findings: [{ code: 'figure/sum', at: '1300件', message: '“其中”部分不应超过总数：其中1300件，大于总数1260件' }],
    },
    {
      name: 'a part and its negation in a 其中 sentence after a 同比 clause',
      text: p('全年共收到行政复议申请120件，同比增长9%。其中，受理110件，不予受理12件。'),
      findings: [{ code: 'figure/sum', at: '120件', message: /110\+12=122，与总数120件不符/ }],
    },
    {
      name: 'more successes than attempts',
      text: p('全市共调解各类纠纷3200件，调解成功3350件。'),
      findings: [{ code: 'figure/sum', message: '“调解成功”部分不应超过总数：调解成功3350件，大于总数3200件', at: '3350件', fixed: null }],
    },
    {
      name: 'more new items than the stock holds',
      text: p('目前全市共有法治文化阵地90个，今年新增96个。'),
      findings: [{ code: 'figure/sum', message: '“今年新增”部分不应超过总数：今年新增96个，大于总数90个', at: '96个' }],
    },
    {
      name: 'a single 其中 part larger than its total',
      text: p('共审结79件（其中上年结转86件）。'),
      findings: [{ code: 'figure/sum', message: '“其中”部分不应超过总数：其中86件，大于总数79件', at: '86件', fixed: null }],
    },
    {
      name: 'a 其中 part larger than the one item 分别 names',
      text: p('全区分别设立调解委员会15个，其中村级调解委员会18个。'),
      findings: [{ code: 'figure/sum', message: /其中18个，大于总数15个/, at: '18个' }],
    },
    {
      name: 'a 其中 part larger than its total (next clause)',
      text: p('系列活动416件，其中重大活动475件。'),
      findings: [{ code: 'figure/sum', message: /其中475件，大于总数416件/, at: '475件' }],
    },
  ],
});
