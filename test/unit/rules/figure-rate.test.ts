import { figureRate } from '../../../src/core/rules/figure-rate';
import { reportOf2023 as report, ruleTable } from '../rule-table';

const p = (body: string) => `${body}\n`;

ruleTable(figureRate, {
  valid: [
    // A frame of the closed cases opening a paragraph, the closed count of the paragraph before fitting the rate (111÷508).
    p('全年审结一审行政诉讼案件508件，结案率为89.12%。\n\n从结案方式看，在审结的一审行政诉讼案件中，判决驳回原告诉讼请求154件，裁定移送8件，裁定准予原告撤回起诉、按撤诉处理和调解案件111件，调撤率21.85%。'),
    // No frame of the closed cases: the paragraph before is not looked at.
    p('全年审结一审行政诉讼案件508件，结案率为89.12%。\n\n从结案方式看，判决驳回原告诉讼请求154件，裁定移送8件，裁定准予原告撤回起诉、按撤诉处理和调解案件117件，调撤率21.85%。'),
    p('共起诉各类犯罪257件292人。共不起诉67件70人，不起诉率(按人数)为19.34%。'),
    p('共逮捕25人。不捕24人，不捕率为48.98%。'),
    p('本月纳入解决率考核1774件，其中已解决1273件，解决率71.76%(已解决/考核数)。'),
    // 受案率 over the applications received in the sentence before, which it fits (24÷32).
    p('全市各级行政复议机关收到行政复议申请共计32件。其中，受理24件，不予受理8件，受理前协调处理4件，受案率75%。'),
    // Another count beside the accepted that cannot fit beside it (30 + 24 > 32): the intake before is not sure to be the base.
    p('全市各级行政复议机关收到行政复议申请共计32件。其中，受理24件，办理30件，受案率80%。'),
    // The count done against a plan, its completion rate right.
    p('推动安全生产标准化建设，小微企业完成1168家（计划1600家），完成率73%，确保年底能完成。'),
    p('推动安全生产标准化建设，小微企业完成1168家（计划1600家），创建率73%。'),
    // A rate named by the work after a plan stated before what was done (not in an aside right after it): not this shape.
    p('全年计划创建1600家，已完成1168家，今年以来新增300家，创建率80%。'),
    // A rate of another thing after a plan and its result is no completion rate.
    p('全年计划培训行政执法人员1600人，实际培训1168人，考试合格率98%。'),
    // 综合接通率: the calls answered by staff (人工接听) and by self-service together, not staff alone.
    p('三季度，12333电话咨询服务中心来电总量263851个，人工接听量85582个，解答咨询问题148504次，自助服务量154917个，放弃量23352个，综合接通率93.15%。'),
    // An average per judge (人均结案) is no numerator of 结案率, nor its population.
    p('全市法院新收各类案件565223件，办结554296件，存案69346件，同比分别增长43.47%、36.59%和18.7%；法官人均结案449.55件，同比增长25.96%；结案率为88.88%，同比上升1.45个百分点。'),
    // The count before the rate is its numerator, its verb spelled with a character between (脱漏管 of 脱管率): no k of it.
    p('五年来，社区矫正人员共发生脱漏管15人，脱管率为3.6%。'),
    p('市司法局下达2019年法律援助案件任务数为268件，截至11月中旬，共办理各类法律援助案件290件，完成率108%，结案案件249件，结案率为86%。'),
    p('全年共受理消费者咨询、投诉、举报28358件。其中：咨询21478件，占受理总数的75.74%；投诉6297件，占受理总数的22.21%；举报583件，占受理总数的2.05%。已处理投诉举报6829件，处理率99.26%。'),
    // The only count before the rate gives it ten times over or more (16÷72 = 22%): that count is not its base.
    p('其中紧急工单72件全部按期办结；返工单16件，返工率0.35%。'),
    // A share of the adjusted budget is not of the budget passed first (占调整预算的 after 支出预算为…).
    p('当年支出预算为417784万元，完成支出630281万元，占调整预算的94.1%。'),
    p('2021年度政府性基金收入预算为406500万元，完成收入441521万元，占预算的108.6%。'),
    // 已办理/按期办理 beside the count due (应办理) name what was closed; without a count due, 已办理 may hold work under way.
    p('应办理工单6376件，已办理6376件，办结率100%；按期办理6363件，按期办结率99.8%。'),
    p('全年受理诉求1000件，已办理900件，办结率95%。'),
    // A saving is of the budget (what was paid and the saving together), seldom stated: not judged against what was paid.
    p('2024年1-4月共完成工程建设项目90宗，交易金额12.81亿元，同比增加2.13亿元，增幅19.94%；节约资金3.06亿元，节资率19.29%。'),
    p('截至2023年12月20日，全区权责事项总数716项，已履行权责事项553项，履责率77.23%。'),
    p('全年共监测出厂水、末梢水及二次供水2480份，合格2264份，总合格率91.3%，较上年提高1.2个百分点。'),
    // 均 of a part (其中…均已办结), or of another verb than the rate's (均已办结 beside 按期办结率): no rate of all.
    p('共受理投诉120件，其中涉企投诉30件均已办结，办结率98%。'),
    p('共受理投诉120件，均已办结，按期办结率98%。'),
    p('2024年度我局共受理依申请政府信息公开6件。6件申请均在法定期限内予以回复，回复率达到100%。'),
    // 调解率 of the disputes taken into mediation: mediated to an end (调解结案) over those taken in, whatever else was received.
    p('全市纳入行政复议调解27件，调解结案17件，行政复议调解率62.96%。'),
    p('全年收案120件，纳入调解41件，调解结案29件，调解率70.73%。'),
    p('一、行政执法能力建设\n\n2023年行政执法能力提升计划目标为：全县行政执法人员轮训1200人次以上，新录用执法人员岗前培训80人。实际完成情况如下：\n\n全县行政执法人员轮训1356人次，完成全年计划的113.0%。\n\n新录用执法人员参加岗前培训96人，完成全年计划的120.0%。'),
    // No target stated for the indicator (培训 ≠ 轮训): no base.
    p('一、行政执法能力建设\n\n2023年计划目标为：全县行政执法人员轮训1200人次以上。实际完成情况如下：\n\n全县行政执法人员培训1356人次，完成全年计划的123.0%。'),
    // 失业率 is over the labour force, which the text does not state: not over the jobs added beside the unemployed.
    p('全年城镇新增就业140.21万人，年末城镇登记失业人数49.13万人，城镇登记失业率2.54%。'),
    // A plain rate (调处率) of the cases handled over those found, beside the successes: either way of writing it holds.
    p('共排查矛盾纠纷6747件，调处6732件，调处成功6536件，矛盾纠纷调处率达到99.8%，调处成功率达到97%。'),
    // A closed count of another scope (市中级法院) than the intake's: no base.
    p('去年全区法院受理各类行政诉讼案件3420件。市中级法院审结各类行政诉讼案件3075件，结案率87.91%。'),
    p('市中级法院受理行政诉讼案件3420件。审结3075件，结案率87.91%。'),
    // Above 100% as stated, and exact.
    p('全镇共有户籍人口152300人，已关联户籍人口154100人，关联率为101.18%。'),
    // Below 结案 ÷ 新收 with nothing saying the base holds the old cases: the carried-over ones may be in it.
    p('2025年，全县法院新收行政诉讼案件356件，审结301件，结案率为80.05%。'),
    p('甲局批复指标2.40亿元，已用指标2.16亿元，总体执行率90%。'),
    // A base written without its measure word ("受理6323调解成功…") that gives the rate: no other count is guessed.
    p('全年12315平台共接投诉9272件，其中受理6323调解成功3668件，调解成功率58%。'),
    p('全年受理劳动人事争议案件80件，结案72件。当期结案率90.0%，调解率50.0%。'),
    // An average is no total of the average after it (人均结案 is not 300÷620).
    p('全市法院共受理案件18.6万件，结案14.9万件。全市共有员额法官620名，人均受理案件300件，人均结案240件。'),
    // …not for a paragraph that opens with other words, nor past two closed counts of different values.
    p('全年各级行政复议机关共办理行政复议案件500件，审结480件。\n\n全年行政复议工作稳步推进。以撤销、变更、确认违法等方式直接纠错72件，直接纠错率为12.5%。'),
    p('全年市本级审结行政复议案件480件，各区审结300件。\n\n以撤销、变更、确认违法等方式直接纠错72件，直接纠错率为12.5%。'),
    // A 综合 rate joins the ways listed after the count they are of: (24+60)÷300 = 28%; a decision upholding the act is
    // no way of it (the rate is of something unstated), nor is a rate of one way alone.
    p('全年审结的300件行政复议案件中，直接纠错24件，以调解、和解方式结案60件，综合化解率为28%。'),
    p('全年审结行政复议案件300件，其中维持180件，直接纠错24件，调解和解60件，综合纠错率为30%。'),
    p('全年审结行政复议案件300件，其中直接纠错24件，以调解方式结案60件，综合纠错率为8%。'),
    // 查结率 over the cases received a sentence back; over new cases (新收) only a rate above the bound is wrong.
    p('全年受理渔政行政案件212件，其中非法捕捞案件96件，占45.3%。查结203件，查结率95.8%。'),
    p('全年新收渔政行政案件212件。查结206件，查结率95.8%。'),
    // V完成率 is V done over what was due; a count that names 完成 itself keeps the rate's own words (任务完成率 ← 完成任务).
    p('排查应整改问题420个，已整改378个，整改完成率90.0%。'),
    p('下达年度任务150项，完成任务138项，任务完成率92.0%。'),
    // A police body's 查结 closes cases as 审结 does; the filed cases (立案) of an enforcement body are the intake of 结案率,
    // only a rate above closed ÷ filed is wrong (old cases may be in its base); two intakes of different values: silent.
    p('全年受理治安案件5240起，其中殴打他人案件2310起，占44.1%。查结4926起，结案率94.0%。'),
    p('立案查处违法案件120件，其中种子类48件，占40.0%。结案114件，结案率95.0%。'),
    p('立案查处违法案件120件，其中种子类48件，占40.0%。结案114件，结案率93.0%。'),
    p('立案查处违法案件120件，受理投诉举报150件。结案114件，结案率80.0%。'),
    // 网办率 over the whole handled stated in the sentence before; a part's count (市本级) or none that can hold it: silent.
    p('全年办理户籍业务8400件，其中窗口即办件5200件。网上办理7560件，网办率90.0%。'),
    p('市本级办理户籍业务8400件。网上办理7560件，网办率91.0%。'),
    p('办理社保业务52000件，其中线上办理46800件，网办率90.0%。'),
    // A bare 覆盖率 after a part picked out of a whole (A中已有B); one that names what it covers is of something else.
    p('全镇46个村中已有41个建立法律服务站点，覆盖率89.1%。'),
    p('全镇46个村中已有41个建立法律服务站点，服务人口覆盖率92.0%。'),
    p('审结复议案件219件，纠错率12.8%。审结行政诉讼案件95件。其中判决驳回诉讼请求51件，原告撤诉28件，裁定驳回起诉10件，判决撤销或确认违法6件，败诉率6.3%。'),
    p('全市法院新收一审行政案件1120件，旧存136件，审结1102件，结案率为87.7%。'),
    // Over the new cases alone, as some writers take it: let pass.
    p('全年新收行政复议案件198件，上年结转12件，审结196件，结案率99.0%。'),
    // Places of two levels counted: the coverage may be of either.
    p('全区12个镇街、156个村（社区）均已建立公共法律服务工作站（室），覆盖率达95%。'),
    // The closed cases hold old ones (the aside on the numerator): the intake stated is no full base, only a bound.
    p('全市两级法院共新收一审行政案件1860件，审结1790件（含旧存案件212件），结案率为86.4%。'),
    p('在全县审结的520件一审行政案件中，判决撤销、确认违法及责令履行法定职责的48件，行政机关败诉率为9.2%。'),
    // One outcome alone is a part of the group the rate counts (发回重审 or 确认违法 unstated): no numerator.
    p('市中院审结二审行政案件640件，其中改判90件，改变率23.8%。'),
    p('全年审结一审行政案件300件，其中判决撤销12件，行政机关败诉率为7.0%。'),
    // The two parts listed one by one: the rate is of their sum.
    p('市中院审结二审行政案件640件，其中改判90件，发回重审62件，改变率23.8%。'),
    p('全县行政执法人员860人，其中取得行政执法证件820人，持证率95.3%。'),
    p('全镇行政执法人员数量为64人，执法证持有人员60人，持证率达93.8%。'),
    p('全年仲裁院共受理劳动人事争议案件1200件。审结案件1150件。\n\n仲裁院全力清理积案，共审结案件1150件，结案率达95.8%。'),
    p('本月共受理投诉举报工单1250件。\n\n截至目前，已办结1100件，办结率88.0%。'),
    p('全年共发现违法建设案件860起，查结违法建设案件800起，查处率达93.0%。'),
    // Two intakes in the paragraph before: which one is meant is not known.
    p('本月热线共受理工单1250件，网站共受理工单300件。\n\n截至目前，已办结1100件，办结率92.0%。'),
    // Over 新收 the base may hold cases carried over: a rate below the new cases' is no error.
    p('全年仲裁院新收劳动人事争议案件1200件。审结案件1150件。\n\n仲裁院全力清理积案，共审结案件1150件，结案率达90.0%。'),
    // Two earlier counts restate it: which intake is meant is not known.
    p('上半年仲裁院共受理案件1200件，审结案件1150件。\n\n下半年仲裁院共受理案件1300件，审结案件1150件。\n\n仲裁院全力清理积案，共审结案件1150件，结案率达99.0%。'),
    p('全年共受理矛盾纠纷3200件，调解成功3104件，协议涉及金额860.5万元，调处成功率97.0%。'),
    // 调处成功率 over what was tried: a count of another activity (排查…次) is no population of it.
    p('全年排查矛盾纠纷5400次，调解成功3104件，调处成功率97.0%。'),
    // A sentence framed by a noun ("邻里纠纷中，") over the count stated under it before: right; two counts of the noun (of
    // two places) fit, no guess.
    p('全年调处矛盾纠纷520件，其中邻里纠纷80件，占15.4%。邻里纠纷中调解成功72件，成功率90.0%。'),
    p('全镇调处邻里纠纷80件，全县调处邻里纠纷960件。邻里纠纷中调解成功72件，成功率85.0%。'),
    // An average per school or village over the one count of them stated before: right; the count one of a list (villages
    // and communities); two counts of them.
    p('全区中小学校96所。全年开展法治讲座672场，平均每校7场。'),
    p('全镇辖15个行政村、3个社区。全年开展普法活动150场，平均每村12场。'),
    p('全镇辖15个行政村。上年辖17个行政村。全年开展普法活动150场，平均每村9场。'),
    // 一网通办 (the online platform) counts what was done online.
    p('全年办理不动产登记业务9600件，其中“一网通办”9120件，网办率95.0%。'),
    // 参考率/参训率 over the staff before, numerator written 参加…考试/培训; trainings counted in 人次 are no headcount.
    p('全局干部职工540人，参加年度学法考试528人，参考率97.8%。'),
    p('全局干部职工540人，组织培训6期，参加培训1620人次，参训率100%。'),
    // Applications received bound no closing rate: the cases closed are of those accepted (241 here), fewer.
    p('全县新收行政复议申请286件。其中，依法受理241件，不予受理18件，告知其他途径27件。受理案件中，已审结225件，结案率93.4%。'),
    p('全县新收行政复议申请286件，审结225件，结案率93.4%。'),
    // Rates named together before 分别 that agree place by place; names and percents not as many: not read.
    p('全年共受理信访事项200件，办结190件，办结率和群众满意率分别为95%、99%。'),
    p('全年共受理信访事项200件，办结190件，办结率和群众满意率分别为98%。'),
    // 全年 before the numerator opening its sentence; a part of the whole closed (市本级) is no closing of all received.
    p('全年共受理行政复议案件120件。全年审结110件，结案率为91.7%。'),
    p('全年共受理行政复议案件120件。市本级审结60件，结案率为95%。'),
    p('全年共抽查行政处罚案卷27卷，合格率88.9%。'),
    // Firms inspected are no items graded one by one; a rate of what was done about the findings is of another count.
    p('全年共抽查企业27家，合格率90.0%。'),
    p('全年共抽查行政处罚案卷27卷，整改合格率90.0%。'),
    p('全县新收行政复议申请2450件，比上年增加210件，增幅为9.38%；涉及申请人1980人。受理行政复议案件1860件，受理率为75.92%。'),
    p('市中院审结二审行政案件640件，其中改判、发回重审、调解撤诉144件，改变率22.5%。'),
    // Applications of another kind (政府信息公开) are no population of accepted 行政复议 cases.
    p('全年收到政府信息公开申请160件。受理行政复议案件40件，受理率80.0%。'),
    // Applications that hold some carried over: the rate may be over the new ones alone.
    p('全年收到行政复议申请160件（含上年结转10件）。依法受理136件，受理率90.7%。'),
    // Two counts of applications received with different values: two bases fit.
    p('全年收到行政复议申请160件，新收行政复议申请150件。依法受理136件，受理率88.0%。'),
    // A part of the whole place (市本级) accepted is no rate over all applications.
    p('全年收到行政复议申请160件。市本级受理100件，受理率80.0%。'),
    // A count later in the rate's sentence gives the rate exactly (90÷250): it may be the population meant.
    p('第一季度，平台共接收投诉300件，受理200件，同比降低10.5%；调解成功90件，同比降低8.2%，调解成功率36%；办结250件，按期办结率80%。'),
    // A decision and its refusal are disjoint: the refusals' rate is over both (24÷49), not over the decisions (24÷25).
    p('经审查，共逮捕25人，不捕24人，不捕率为48.98%。'),
    // A rate naming a class of things (those at 80% or more), stated of none.
    p('市人大代表共提出建议245件；245件建议中，代表对办理工作满意率达80%以上的有229件，占93%，满意率80%以下的有16件，占7%。'),
    // 法定期限内 is the timely filing 及时率 counts: over the filed.
    p('全年制发规范性文件72件，报送备案72件，其中在法定期限内报送备案的45件，备案及时率62.5%。'),
    p('全市法院行政诉讼案件共793件（新收案件649件，旧存案件144件），新收案件同比下降16.04%；审结715件，同比下降9.72%；未结案件78件。结案率为90.16%，同比上升4.23个百分点。'),
    // Closed without the open stated: the base may hold cases carried in unseen, a lower rate is no proof.
    p('全市法院行政诉讼案件共793件，审结715件。结案率为80.16%。'),
    // What followed the qualifier's step (经复议后…诉讼) is the numerator of an unstated population, no population itself.
    p('2022年经复议后又进入诉讼的案件18件，复议应诉率为26.4%，未产生败诉案件。'),
    p('经审查后批准逮捕158件196人，不批准逮捕33件40人，不捕率为16.95%。'),
    p('共决定起诉427人、不起诉55人，不诉率11.41%。'),
    // The decision, not the intake for review before it, is the refusal's other half; the decision's words may name whom it is on,
    // the refusal's the deciding ("审结时决定不起诉").
    p('受理审查逮捕58人，批准和决定逮捕54人，批捕率94.74%；不批准逮捕3人，不捕率5.26%。'),
    p('共批准和决定逮捕各类犯罪嫌疑人551002人，同比下降35.4%；不捕156877人，同比下降35%，不捕率22.2%。'),
    // Arrests approved and decided against refusals on review alone: the rate's base is the approved ones (not stated).
    p('今年1至3月，全国检察机关共批准和决定逮捕各类犯罪嫌疑人12.5万人；不捕11.5万人，不捕率48.5%。'),
    p('提起公诉673人（含上期积存），审结时决定不起诉56人（含上期积存），不起诉率为7.68%。'),
    // A decision's rate before its refusal is over both; both refusals of one decision (不批准和不予决定逮捕) are one.
    p('经审查，批准和决定逮捕2168人，同比下降45.03%，批捕率74.32%，同比上升0.95个百分点；不批准和不予决定逮捕749人，同比下降47.66%，不捕率25.68%。'),
    p('经审查，起诉6285人，起诉率83.77%；不起诉1218人，不诉率16.23%。'),
    // The intake for review is no base of a procuratorate's decision rates (its decisions hold people from before).
    p('全市检察机关共受理审查逮捕58人，经审查，不批准逮捕3人，不捕率8.26%。'),
    p('全市共受理审查逮捕58人，批准逮捕54人，批捕率96.43%。'),
    // Complaints are mediated only when both sides agree: the success rate is over the complaints mediated, not given.
    p('第一季度，平台共接收投诉300件，受理200件，同比降低10.5%；调解成功90件，同比降低8.2%，调解成功率36%；办结240件，按期办结率80%。'),
    p('2024年，某市12315平台共接收投诉1.42万件，受理1.10万件，同比上升78.13%；调解成功8448件，调解成功率79.18%；办结1.37万件。'),
    p('全年受理劳动争议案件150件，调解成功60件，调解成功率50%，结案120件。'),
    // Counts of an institution of two channels (调解仲裁) with a rate for each: the 仲裁 rate is of a part not counted.
    p('全市劳动争议调解仲裁机构共受理争议案件500件，审结480件，调解成功率60%，仲裁结案率90%。'),
    // Beside its stem's success rate, the plain rate (调处率) counts the cases handled, not the successes.
    p('全镇共受理纠纷300件，调处成功290件，调处率100%，调处成功率96.7%。'),
    // Visitors received (人次) are no population of cases closed (件).
    p('全年共接待群众来访1200人次。办结1100件，办结率97.5%。'),
    // A rate naming a population no count before it names (诉前纠纷) is of figures the text does not give.
    p('全区共受理矛盾纠纷2750件，化解2730件，化解成功率达99.3%，诉前纠纷化解率达29.7%。'),
    p('受理信访事项800件，办结790件，办结率98.8%，网上信访事项办结率达65%。'),
    p('受理各类案件82976件，审执结82461件，结案率99.38%。'),
    // Half-up at the written decimals.
    p('调处各类矛盾纠纷12297起，成功调处12217件，调处成功率99.35%。'),
    p('受理行政复议案件60件，调解结案15件、调撤率达25%。'),
    // The population named with a word left out: reachable; a qualifier whose words the count does not carry is not checked.
    p('各级法院共审结一审行政诉讼案件52件，行政案件调撤率36.54%。'),
    p('各级法院共审结一审行政诉讼案件52件，已生效案件败诉率36.55%。'),
    p('审核项目资金29.9亿元，核减金额3.7亿元，核减率12.4%。'),
    // 结案率 with no count of closed cases before it: nothing to judge (and no failure of the rule).
    p('共受理法律援助案件500件，其中刑事200件，民事300件，律师办案320件，占案件数的64%，结案率达90 %。'),
    // The level a reduction brought a figure to is no numerator of the reduction's rate ((12000−900)÷12000=92.5%).
    p('全市培训机构由12000个压减到900个，压减率为92.5%，线上机构由400个压减到40个，压减率为90%。'),
    p('应出庭40次，实际出庭40次（其中正职负责人出庭7次），出庭率保持100%。'),
    // The denominator is not the nearest total: 65/112 (办结), not /119.
    p('共办理行政复议案件119件，办结112件，调解成功65件，调解成功率58.04%。'),
    // Unverifiable: no stated numerator, and reachable with the stated count.
    p('共办理行政复议案件119件，办结112件，调解成功率58.04%，复议后起诉率9.82%。'),
    p('对全市786名执法人员进行资格培训、考核通过率86.1%。'),
    p('审结一审行政诉讼案件71件，行政案件调撤率54.93%。'),
    // The rate names another population ("已生效案件"): not checked against the counts.
    p('受理一审行政案件69件，其中涉及区政府本级30件，已生效案件败诉率为10.77%。'),
    // A stem both figures carry tells neither apart.
    p('全市共办理行政应诉案件114件，其中市政府应诉案件10件，出庭应诉率100%。'),
    // A share (占比率) is of a whole, never k of the count before it; a count with its own share before a rate is a listed
    // part, not the rate's population.
    p('共接收工单1300件。其中投诉类1294件，占比率达99.54%；咨询类6件，占比率达0.46%。'),
    p('评价总量5000条，其中大厅终端4988条，占比99.76%；短信7条，占比0.14%；二维码5条，占比0.10%，整体好评率达99.95%。'),
    p('收到意见建议12条，占比0.2%，采纳率达95%。'),
    // A rate stated before its counts: a 其中 list under the count of its stem breaks that count down, no numerator.
    p('行政机关负责人出庭应诉率100%，出庭180次，其中主要负责人出庭30次，其他负责人出庭150次。'),
    // Changes are figure/change's business; approximate rates are not exact.
    p('办理公证8527件，调解成功3000件，同比增长率42%。'),
    p('调处纠纷8495件，调解成功8454件，成功率约99%。'),
    // Lenient rounding accepts truncation.
    { text: p('调处矛盾纠纷8495件，调解成功8454件，成功率99.51%。'), options: { rounding: 'lenient' } },
    // Approximate counts.
    p('调处纠纷8500余件，调解成功8454件，成功率99.1%。'),
    // Different units are not a numerator and denominator.
    p('培训执法人员300人，考试通过280次，通过率50%。'),
    // The population leaves out cases listed beside the numerator: withdrawn cases are not judged (26÷(30−4)).
    p('代理行政诉讼案件35件，审结30件，其中胜诉26件、撤诉4件，胜诉率100%。'),
    p('调处纠纷150件，调解成功140件，当事人撤回申请6件，调解成功率97.2%。'),
    // A numerator already used by an earlier rate of the same stem is not the next one's (that one's is not stated).
    p('受理纠纷300件，成功调处296件，调解成功率98.67%；诉调对接中心调处案件120件，调解成功率50.83%。'),
    // A count in an earlier ；-item is not the population of a rate in the next one.
    p('全县5个乡镇污水处理厂出水达标率保持100%；PM10年均浓度45微克/立方米，AQI优良率为87.9%。'),
    // No numerator: 94% is not k/20, but is 16/17 when some of the 20 cases are withdrawn or pending.
    p('全年应诉行政案件20件，胜诉率94%。'),
    // The population stated as the total that closes the sentence before.
    p('全市人民调解组织共调处矛盾纠纷5000件。调解成功4950件，调解成功率99%。'),
    // …only a total marked 共, in the same paragraph, when the sentence states no population of its own.
    p('全市排查矛盾纠纷8000件。调解成功4950件，调解成功率98.5%。'),
    // A 共 total of another activity is no population ("排查" vs "调解成功").
    p('全市共排查矛盾纠纷8000件。调解成功4950件，调解成功率98.5%。'),
    p('全市共调处矛盾纠纷8000件。\n\n调解成功4950件，调解成功率98.5%。'),
    p('全市共排查矛盾纠纷8000件。调处5000件，调解成功4950件，调解成功率99%。'),
    p('全市共接待来访群众5000人次。调解成功4950件，调解成功率98.5%。'),
    // The rate of an outcome over the closed cases of the paragraph: 受理 only when said to be all closed; not two of them.
    p('全年共受理行政复议案件12件，已全部审结。经审理，维持6件，直接纠错4件，纠错率33.3%。'),
    p('全年共受理行政复议案件12件。经审理，维持6件，直接纠错4件，纠错率40%。'),
    p('全年共审结行政复议案件12件，办结10件。经审理，维持6件，直接纠错4件，纠错率25%。'),
    // 案结事了率 of 行政复议: the cases that did not go on to court over the closed ones, also in an earlier sentence.
    p('全年新收行政复议案件520件，办结480件。经复议后，有420件案件未再进入诉讼程序，案结事了率达87.5%。'),
    p('全年新收行政复议案件5.2万件，办结4.8万件。经复议后，有4.2万件案件未再提起行政诉讼，案结事了率达86.6%。'),
    p('全年新收行政复议案件520件。经复议后，有420件案件未再进入诉讼程序，案结事了率达85%。'),
    // Averages: a daily average over the days of the stated period, an average amount over the one count of another unit;
    // silent without a period, with two candidate totals or counts, and for 人均 (the head count is seldom stated).
    p('2024年3月4日至3月10日，市民热线共受理来电5236件，日均748件。'),
    p('2024年3月4日至3月10日，市民热线共受理来电5236件，日均748.0件。'),
    p('本季度市民热线共受理来电5236件，日均600件。'),
    p('2024年3月4日至3月10日，市民热线共受理来电5236件，办结5100件，日均700件。'),
    p('全年共作出行政处罚决定书2.46万份，罚没款总计9.81亿元，平均罚款金额4.0万元。'),
    p('全年共作出行政处罚决定书2.46万份，涉及当事人3.1万人，罚没款总计9.81亿元，平均罚款金额3.0万元。'),
    // 人均 over the one headcount of its sentence: right, or two headcounts (silent), or none (silent).
    p('全市共有人民调解员1600名，全年调解纠纷24000件，人均调解纠纷15件。'),
    p('全局共有执法人员80人，其中持证执法人员72人，全年办理案件1000件，人均办案20件。'),
    p('全年办理案件1000件，人均办案20件。'),
    // A scale's full marks (总分为1000分, 满分设定为300分) is no sum of the scores the average is of.
    p('本次评估使用的指标体系总分为1000分，100个被评估城市的平均得分为663.07分，平均得分率为66.31%。'),
    p('本次评估，满分设定为300分，被评估的53个城市的平均得分为188.87分。'),
    // With no headcount in its sentence, the standing headcount (共有/现有) of the people it names, earlier in the paragraph.
    p('全局共有执法人员360名。全年组织执法人员培训10期，培训1080人次，人均培训3次。'),
    p('全局共有执法人员360名。全年组织律师培训10期，培训1080人次，人均培训4次。'),
    // 综合纠错率 may count the mediated ends: a list with 调解 is not summed for it.
    p('全年审结268件，其中维持164件，驳回申请38件，撤销21件，确认违法14件，责令履行7件，调解结案9件，终止15件，综合纠错率19.0%。'),
    // 人均 over the count its words name: two such counts of different values, silent.
    p('上半年出具法律意见书240份，全年出具法律意见书540份。全县共有法律顾问76名，人均出具法律意见书5份。'),
    // An average time is no total over a count (a time limit beside it holds none).
    p('食品经营许可法定承诺时限为20个工作日，全年办理6420件，平均办理时间5.2个工作日，提速74.0%。'),
    // A refusal rate over both decisions, the counts marked 共 and read in cases and people at once.
    p('共起诉各类犯罪257件292人，共不起诉67件70人，不起诉率为19.34%。'),
    p('共起诉292人，共不起诉70人，不起诉率为19.34%。'),
    // All said done, 100%; all done of another work than the rate's (办结 beside 满意率).
    p('截至目前，7月差评工单全部完成按时整改，差评按时整改率100%。'),
    p('截至目前，诉求已全部办结，群众满意率99%。'),
    // A count per thousand of a measure, right; a per-thousand with two counts of its measure before it: silent.
    p('各区共开展执法检查1732家次。查处重大事故隐患86项次，同比减少27.7%，每千家次检查查处重大事故隐患49.7项次。'),
    p('市级开展执法检查732家次，区级开展执法检查1000家次。查处重大事故隐患86项次，每千家次检查查处重大事故隐患60.0项次。'),
    // A saving rate over what was paid, or over the budget (paid and saved together): either is right.
    p('2020年共完成政府采购交易项目111个，交易额23271.8893万元，节约资金1857.149947万元，节约率7.98%。'),
    p('2020年共完成政府采购交易项目111个，交易额23271.8893万元，节约资金1857.149947万元，节约率7.39%。'),
    // 覆盖率 after a whole and a part not said to be done already (a count of something else): silent.
    p('全县道路运输经营业户1368户，新增信用评价1245户，覆盖率95%。'),
    // People counted for a training are no standing staff.
    p('全局培训执法人员共42人。全年组织执法业务培训5期，培训执法人员210人次，人均参训4.0次。'),
    p('全年办结案件3000件，员额法官人均结案120件。'),
    // A threshold passed (突破5万件) is no count.
    p('共受理各类案件50200件，收案首次突破5万件，审结45300件，结案率为90.24%。'),
    // 结案率: the base may hold cases carried over (旧存), so a rate below 审结 ÷ 新收 may be right; at or below it, silent.
    p('新收行政诉讼案件840件，审结700件，结案率为83.3%。'),
    p('新收行政诉讼案件840件，审结700件，结案率为80.5%。'),
    p('新受理案件840件，结案700件，结案率为80%。'),
    p('新收案件800件，旧存案件40件，审结700件，结案率为83.3%。'),
    p('受理民事案件755件（含旧存280件），结案600件，结案率79.5%。'),
    // No numerator stated: the base is unknown.
    p('新收行政诉讼案件840件，结案率为95.2%。'),
    // A 结案率 of a part or of another population than the counts before it.
    p('新收案件840件，审结700件，其中行政案件结案率90%。'),
    p('新收行政诉讼案件840件，审结700件，民事案件结案率90%。'),
    // 网办比例 over 网上可办 that matches; a share (占比) is figure/share's.
    p('政务服务事项1200项，网上可办1100项，网办比例91.7%。'),
    // A closing rate over the valid part of the intake (其中有效…), right; the cases still open beside the numerator; two valid
    // parts of different values (silent); no valid part: over the intake.
    p('全年12345热线受理群众诉求共计5,000件，其中有效诉求4,600件，无效诉求400件。截至12月31日，累计办结4,500件，正在办理100件，总体办结率97.83%。'),
    p('全年受理群众诉求共计5000件，其中有效诉求4600件；其中有效投诉1200件。累计办结4500件，在办100件，办结率97.8%。'),
    p('全年受理群众诉求共计5000件。累计办结4500件，正在办理500件，办结率90%。'),
    // A ratio of two counts (复议诉讼比值), right; one of the two counts not stated; two counts naming one word; a place word.
    p('全年新收行政复议案件1,200件，新收一审行政诉讼案件450件，复议诉讼比值达2.67。'),
    // Requests carried in from the year before, stated right after those received, are closed too: 80÷(81+2).
    p('全年收到政府信息公开申请81件（含重复申请事项），上年结转政府信息公开申请2件，办结80件，结转下年度继续办理3件，办结率96.4%。'),
    // Counts in another counter are a rate's base only when split exactly by the numerator and the other side of its pair.
    p('3月份，接听群众来电8947个，其中转办2274件，办结1715件，办结率75.42%；直办6673件，直办率74.58%。'),
    p('3月份，接听群众来电9947个，其中转办2274件，办结1715件，办结率75.42%；直办6673件，直办率72.58%。'),
    // A bare ratio against 1 right after two counts: the larger over the smaller, whichever comes first; not after counts of
    // two kinds, nor with a number between.
    p('其中，受理数2005件，行政诉讼受案808件，比例约为2.5:1。'),
    p('受理行政复议案件808件，行政诉讼案件2005件，两者之比为2.48：1。'),
    p('受理行政复议案件2005件，涉及群众808人，比例约为3.5:1。'),
    p('市本级新收行政复议申请336件（上年为120件），复议诉讼比值达3.1。'),
    p('全年受理行政复议申请600件，作出复议决定520件，受理行政诉讼案件200件，复议诉讼比值为2.6。'),
    p('全市共有律师300人，其中男律师180人，女律师120人，全市男女比例为1.2。'),
    // The noun of what is counted between the stem and 比例 ("网办事项比例", "网办业务率"), right; no counts, or no aliased stem left.
    p('县级 1,200 项政务服务事项进驻政务服务网，1,130 项事项实现网上可办，网办事项比例达 94.17%。'),
    p('全市网办事项比例达95%，较上年提高3个百分点。'),
    p('全年受理申请200件，公开150件，公开事项比例为80%。'),
    p('政务服务事项1200项，网上可办1100项，占比95%。'),
    // Coverage over all the places: reachable at the written decimals; a population the rate does not name; a count of
    // places that is not all of them (some may not be counted).
    p('全镇13个村全部建成法律服务室，覆盖率达92%。'),
    // Monitoring points are read many times: their 达标率 is over the readings.
    p('辖区内共布设噪声监控点位4个，达标率71.9%。'),
    p('全区布设4个噪声监测点位，昼间达标率87.5%，夜间达标率71.9%。'),
    p('全镇13个村全部建成法律服务室，覆盖率达92.3%。'),
    p('全市所有12个乡镇均建立公共法律服务站，覆盖率达100%。'),
    p('全镇13个村，监控覆盖率达90%。'),
    p('在13个村建成法律服务室，覆盖率达90%。'),
    // What is covered may be people in the places, not the places.
    p('全县12个乡镇全部配备法律明白人，覆盖率达95%。'),
    p('全镇13个村均聘请了法律顾问，覆盖率达100%。'),
    // All the places counted after 共有, the covered ones stated.
    p('全市共有村（社区）1200个，已建成法治文化阵地1100个，覆盖率91.7%。'),
    // A 同比 clause after the total keeps it the population; a total of another year is none (a sentence naming no year
    // goes on with the year before it: the rate's sentence names its own).
    p('全市人民调解组织共调处矛盾纠纷5000件，同比增长9%。调解成功4950件，调解成功率99%。'),
    report('2022年全市共调处矛盾纠纷5000件。2023年调解成功4950件，调解成功率98.5%。'),
    // A count of an earlier sentence of the paragraph that gives the rate keeps it from being accused over a sibling count.
    p('全年审结行政复议案件260件。经审理，维持原行政行为150件，驳回复议申请40件，直接纠错45件，纠错率17.3%。'),
    // The share of its plan a value completes, the plan written in the clause; not without the plan, nor of a change.
    p('全市国有资本经营预算收入完成1860万元，完成年初预算数2400万元的77.5%。'),
    p('财政总收入完成52000万元，为年预算65000万元的80%。'),
    p('税收收入完成13866万元，为年预算的28.9%。'),
    p('非税收入完成5200万元，比上年减收300万元，完成年初预算数9000万元的60%。'),
    p('全年一般公共预算收入完成62000万元，超收2000万元，完成调整预算60000万元的103.3%。'),
    // "N项…中，M项…，…率": M÷N when the rate names the N or what the M do; not a rate of something else.
    p('全县812项政务服务事项中，765项实现“一网通办”，“一网通办”实现率达到94.2%。'),
    p('全县812项政务服务事项中，765项实现“一网通办”，群众满意率达到99.2%。'),
    p('全市126个行政执法单位中，118个实现执法信息公示，执法人员持证率达到95.7%。'),
    // Rounded inputs: a rate a truncation within their rounding gives is not called truncated (5.05万÷5.25万 = 96.19%).
    p('全年受理热线诉求5.2万件，按期办结5.1万件，按期办结率96.1%。'),
    // A rate of several listed grades together (优秀 and 良好 are passing grades too); a negated count (不合格) is no numerator.
    p('全年评查行政执法案卷320份，其中优秀案卷86份，合格案卷224份，不合格案卷10份，合格率96.9%。'),
    p('全年评查行政执法案卷320卷，其中优秀86卷、合格224卷、不合格10卷，合格率96.9%。'),
    p('全年评查案卷320卷，评为优秀86卷、良好150卷、合格74卷，合格率96.9%。'),
    // 出庭应诉率 over what was due, its numerator 实际出庭 (not 应出庭).
    p('全年行政诉讼案件中，应出庭122件，实际出庭119件，出庭应诉率97.5%。'),
    // Coverage after all the places counted and the facilities built: M÷N; not when no facility is counted.
    p('全县共有行政村156个，已建成村级调解室150个，覆盖率达96.2%。'),
    p('全县共有行政村156个，已有150个村配备法律顾问，覆盖率达98%。'),
    // A stock counted (共有) and a part repeating its noun or led by 已有: right; a count of something else, or a coverage of
    // another population, silent.
    p('全县共有13个乡镇，已有12个乡镇建成公共法律服务工作站，覆盖率达92.3%。'),
    p('全市共有律师120名，新增律师12名，覆盖率达90%。'),
    p('全县共有13个乡镇，已有12个乡镇建成公共法律服务工作站，服务人口覆盖率达90%。'),
    p('全县共有13个乡镇，12个村建成公共法律服务工作站，覆盖率达90%。'),
    // A rate naming a population of its own none of the counts name: silent (the bare 诉求/案件 name none).
    p('全年共受理各类投诉举报120件，办结110件。热线诉求办结率90.8%。'),
    // A closing rate opening its sentence over the cases received stated in the sentence before (within rounding).
    p('全年共受理行政复议案件320件。审结300件，结案率93.8%。'),
    p('全年共收到信访事项1200件。按期办结1150件，按期办结率95.8%。'),
    // 新收 holds no cases carried over: a 结案率 below 审结 ÷ 新收 may be right.
    p('全年新收行政诉讼案件200件。审结180件，结案率88%。'),
    // Two intake counts of different values: which one is the base is not known.
    p('全年共受理行政复议案件320件，新收300件。审结290件，结案率95%。'),
    // A numerator naming a part of the cases received (a place, a channel) is not over all of them.
    p('全年共受理行政复议案件320件。市本级审结100件，结案率95%。'),
    p('全年共受理信访事项1200件，其中网上信访800件。网上信访按期办结780件，按期办结率97.5%。'),
    // Another year, another paragraph: no base.
    p('2022年共受理行政复议案件320件。2023年审结300件，结案率95%。'),
    p('全年共受理信访事项1200件。\n\n按期办结1150件，按期办结率97.5%。'),
    // 结收比 may pass 100%; 比 after other words is no rate ("占比").
    p('全年收案200件，结案210件，结收比105%。'),
    p('全年共接收群众诉求16960件，已办结16677件，处结率98.33%。'),
    // Two intakes of cases (not applications) before a closing rate: either may be its base (silent).
    p('全年全市新收行政复议案件3120件，受理2650件。审结2480件，结案率93.8%。'),
    // Items of a rate over all the items before: right; two different counts of items (silent).
    p('全县政务服务事项1420项。全程网办事项1206项，全程网办率84.9%。'),
    p('全县政务服务事项1420项，依申请政务服务事项1300项。全程网办事项1206项，全程网办率85.2%。'),
    // 优良率 with the top grades listed; with two counts of 优秀 it is not read.
    p('评查行政执法案卷240卷，其中优秀案卷72卷，良好案卷101卷，合格案卷60卷，不合格案卷7卷，优良率72.1%。'),
    p('评查行政处罚案卷120卷、行政许可案卷120卷，优秀案卷分别为40卷、32卷，良好案卷101卷，优良率71.7%。'),
    // Rates against a plan or a change may pass 100%.
    p('全年普法任务完成率105%。'),
    p('截至年底，县本级执法队员共80人，持执法证人员72人，执证率达90%。'),
    p('按层级统计，县、乡、村三级来件量分别为12000件、8000件、5000件；答复量分别为9000件、6400件、4500件；答复率分别为：75.00%、80.00%与90.00%。'),
    // Two lists of counts besides the numerators': which is the base is not said.
    p('县、乡两级来件量分别为12000件、8000件；登记量分别为11000件、7600件；答复量分别为9000件、6400件；答复率分别为75.00%、78.00%。'),
    p('全年县群众诉求平台共登记群众来件3600件，其中县级来件420件，乡镇来件3180件。已答复和处理3240件，处理率90.00%。'),
    p('全年各镇累计报送政务信息640条，采纳发布256条，采发率40 %。'),
    // A survey question voted grade by grade: 基本满意 counted in or out, those not sure in the whole or out — any reading.
    p('对“执法规范化”一题，53票很满意、9票满意、6票基本满意，2票一般，满意率为97.1%。'),
    p('对“政务公开”一题，59票满意、7票基本满意，2票一般、2票说不清，满意率为94.3%。'),
    p('对“政务公开”一题，59票满意、7票基本满意，2票一般、2票说不清，满意率为84.3%。'),
    p('对“政务公开”一题，59票满意、7票基本满意，2票一般、2票说不清，满意率为97.1%。'),
    // No population to draw k of n from: a meeting numbered within a term, meetings held.
    p('在县政协三届十二次常委会上，县政府通报了提案办理情况，全部提案均已按时办结，满意率达99.12%。'),
    p('全年召开12次常务会议研究法治工作，群众满意率达99.12%。'),
    p('辖区纳入重点监管的企业共860家，已检查812家，覆盖率94.4%。'),
    // Inspected without 已: the count may be of visits, not of the firms (silent).
    p('辖区纳入重点监管的企业共860家，检查912家次，覆盖率94.4%。'),
    p('全年立案查处违法行为236件，其中商贸领域150件、其他86件。截至年底已结案221件，结案率93.6%，另有15件正在办理。'),
    p('全年行政执法检查计划执行率102%，收案增长率110%。'),
    p('全年审核规范性文件数量增长率120%，公开事项增幅达105%。'),
    // A success rate over the attempts in the sentence before: silent when two counts of attempts differ.
    p('全年调解纠纷2400件。调解成功2340件，调解成功率97.5%。'),
    p('上半年调解纠纷1100件，下半年调解纠纷1300件。调解成功2340件，调解成功率96.0%。'),
    // 审结率 over the intake in the sentence before; new cases and the old ones carried over together.
    p('全年共受理行政复议案件240件。审结222件，审结率92.5%。'),
    p('全年新收行政诉讼案件240件，旧存20件。审结234件，审结率90%。'),
    p('全年新收行政诉讼案件200件，审结220件，结收比为110%。'),
    p('全年新收行政诉讼案件200件，审结180件，结收比为90%。'),
    // 满意度 names the survey, not the satisfied: 1900 ÷ 2000.
    p('开展满意度回访2000人次，满意1900人次，满意率95%。'),
    // "万余" counts span a range: 5.4万余 ÷ 5.6万余 is 94.7%–98.2%; 约 gives no range.
    p('全年受理诉求5.6万余件，办结5.4万余件，办结率97%。'),
    p('全年受理诉求5.6万余件，办结5.4万余件，办结率98.2%。'),
    p('全年调处矛盾纠纷1.2万余件，调解成功1.1万余件，调解成功率99%。'),
    p('全年受理诉求约5.6万件，办结约5.4万件，办结率90%。'),
    // A 结案率 of ranged counts is bounded only: silent.
    p('全年新收案件5.6万余件，审结5.4万余件，结案率99%。'),
    // 按期办结率 may be over the closed cases: 办结 carries the stem but not all the rate's words (49000 ÷ 54000).
    p('全年受理诉求56000件，办结54000件，按期办结49000件，按期办结率90.7%。'),
    p('全年受理诉求5.6万余件，办结5.4万余件，按期办结4.9万余件，按期办结率90%。'),
    // What was due may follow the numerator; 调撤率 of the two counts listed apart has no stated numerator (30/80 reachable).
    p('全年负责人出庭应诉45件，应出庭50件，出庭率90%。'),
    p('全年应出庭应诉案件50件，负责人出庭45件，出庭应诉率90%。'),
    p('全年审结一审行政诉讼案件80件，其中调解结案10件、撤诉20件，调撤率40%。'),
    p('全年审结一审行政诉讼案件80件，调解撤诉30件，调撤率37.5%。'),
    p('全区应监督户数24853户，实监督户数21100户，监督覆盖率84.90%。'),
    p('2023年区级一般公共预算收入预计完成39.1亿元，完成区第十八届人大常委会第十九次会议批准收入调整预算37.5亿元的104.3%。'),
    // A rate that may be over the denominator and a count of other things beside it (484条 and 444处): no base is sure.
    p('共抽查主要大街484条，重点点位444处，发现并督办各类问题48处57起，问题率为5.2%。'),
    p('共抽查主要大街484条，重点点位444处，发现并督办各类问题48处57起，问题率为6.2%。'),
    // A whole marked 共 with no verb of intake, the sentence or paragraph before; not past a second count taken in.
    p('11月份投诉举报工单共640件。截至目前，已办结回复485件，办结率75.78%。'),
    p('11月份投诉举报工单共640件，其中，来电登记206件、来信登记157件。\n截至目前，已办结回复485件，办结率75.78%。'),
    p('## 一、受理情况\n\n11月份投诉举报工单共640件。\n\n## 二、办理情况\n\n截至目前，已办结回复485件，办结率73.78%。'),
    // 调解 then 撤回 with words between, 撤诉 then 调解; the outcome beside the numerator (驳回) is no population.
    p('2024年，新收行政复议案件200件，审结177件，其中作出维持决定41件，经调解后申请人自愿撤回行政复议申请71件，调撤率40.11%。'),
    p('审结一审行政诉讼案件508件，其中判决驳回原告诉讼请求154件，裁定准予原告撤回起诉、按撤诉处理和调解案件111件，调撤率21.85%。'),
    // A count after the numerator that is not what was due is no denominator.
    p('全年负责人出庭应诉45件，旁听庭审50件，出庭率92%。'),
    // On-time rates: the numerator named by all the rate's words, before the overall rate; right at the stated counts.
    p('派单600件，按时结案590件，超时办理10件，结案率100%，按时结案率98.3%。'),
    p('受理信访事项800件，按期办结780件，逾期办结20件，办结率100%，按期办结率97.5%。'),
    // On time and late do not add up to the intake: cases carried over may be in the base, only a rate above the bound is wrong.
    p('新收案件600件，按时结案590件，超时结案5件，按时结案率95%。'),
    // 化解成功率 over the disputes received, 化解 being the ones resolved; within the range of 万余 counts; 未能化解 is no numerator.
    p('受理矛盾纠纷12.5万余件，化解12.3万余件，化解成功率达98.8%，诉前化解率达30%。'),
    p('全年共调处矛盾纠纷3200起，调解成功3100起，其中化解重大纠纷20起，化解成功率96.9%。'),
    p('接待群众1200人次，受理纠纷400件，未能化解20件，化解成功率95%。'),
    // 调解成功率 is of the disputes mediated, which 化解 (resolved by any means) need not be: no numerator.
    p('中心受理行政争议案件34件，化解19件，调解成功率达61.8%。'),
    // Another year named between the closed cases and the rate: not of them.
    p('去年全市共审结行政复议案件1200件。2023年，直接纠错190件，直接纠错率20%。'),
    report('2022年，全区共审结行政复议案件1,200件。今年以来，直接纠错240件，纠错率25%。'),
    // Rates of handling over the intake of the sentence before: right; not over two intake counts, a part's intake, nor for
    // satisfaction (over those asked).
    p('市民热线受理群众诉求5000件（次），其中电话4000个，网上受理1000件。直接答复3500件（次），直接答复率70%。'),
    p('问政平台共收到网民留言3624件，其中省级留言310件，市州留言3314件。已回复和办理2917件，办理率80.49%。'),
    p('全年收到群众来信5000件，受理有效来信4000件。直接答复3500件，直接答复率75%。'),
    p('市本级受理群众诉求5000件。直接答复3500件，直接答复率75%。'),
    p('全年受理群众诉求5000件。满意3000件，满意率95%。'),
    // Tables pasted flat: rates right in every row (half-up, a rate column in % written without the sign); of two headers with
    // the rate's words the one naming nothing else (已办结, not 按时办结) is the numerator; no single total column: not checked;
    // 未办结 and 超时 columns are no numerator.
    { format: 'plaintext', text: '承办县区 | 总件数 | 处理中 | 已办结 | 办结率 |\n甲区 | 74 | 0 | 74 | 100% |\n乙县 | 3 | 1 | 2 | 66.7% |\n总计 | 1,200 | 25 | 1,175 | 97.92% |\n' },
    { format: 'plaintext', text: '单位 | 受理总数 | 未办结 | 办结 | 办结率（%） |\n甲局 | 300 | 6 | 294 | 98.0 |\n' },
    { format: 'plaintext', text: '单位 | 派单总数 | 按时办结 | 已办结 | 办结率 |\n甲局 | 300 | 280 | 294 | 98% |\n' },
    { format: 'plaintext', text: '单位 | 收到 | 已办结 | 办结率 |\n甲局 | 300 | 294 | 90% |\n' },
    // A rate stated before its counts: over the counts that follow — not across ；, not over a part (其中), another year's
    // counts, or counts a later rate of the same stem owns; a manner word before the stem (直接) must be the counts' too.
    p('结案率为91.7%，全年共受理行政复议案件120件，审结110件。'),
    p('直接办结率85.9%；受理省派工单2,917件，已处理完毕2,349件，正在办理568件。'),
    p('调解成功率达98%，其中诉前调解案件500件，调解成功300件。'),
    report('办结率为98.5%，2022年受理信访事项400件，办结380件。'),
    p('全市化解率为95%，排查矛盾纠纷500件，化解成功450件，化解成功率90%。'),
    p('全区信访事项办结率为95%。全年共受理信访事项300件，办结285件。'),
    p('办结率98%，满意率95%。全年受理信访事项400件，办结380件。'),
    p('结案率为96%。\n\n全年新收行政复议案件250件，审结230件。'),
    p('全区直接答复率90%，全年受理群众诉求1,000件，办结980件。'),
    // The population in an aside, or what was due; a subset aside (其中) or a share aside is no population.
    p('出庭应诉40件次（应出庭45件次），出庭应诉率88.9%。'),
    p('办结诉求4500件（占总量90%），办结率95%。'),
    p('审结行政复议案件110件（含上年结转10件），结案率93%。'),
    // A negated rate word counts what was not done.
    p('抽查回访工单560件，其中不满意6件，不满意率1.07%。'),
    p('抽查工单500件，其中满意480件，基本满意10件，不满意10件，不满意率2%。'),
    // 纠错率 as the sum of the corrections listed; over 审结 when 维持 is listed too.
    p('共办理行政复议案件80件，其中撤销5件，变更2件，确认违法3件，纠错率12.5%。'),
    p('全年审结行政复议案件75件，维持60件，撤销5件，变更2件，确认违法3件，纠错率13.3%。'),
    p('行政复议纠错率为15%，其中撤销5件，变更2件。'),
    // A request for it (公开申请) is not the thing done; the time limit of closing (办结时限) is not closing.
    p('收到政府信息公开申请60件，予以公开40件，部分公开5件，公开率75%。'),
    // A rate that defines itself: the definition's numerator and population.
    p('全年共审结备案文件50件，直接准予备案47件，通知制定机关改正后准予备案的3件，纠错率（指自行改正占已审结数量的比率）为6%。'),
    // "不予受理" is no numerator of 受理率; a 其中 part opening the counts after a rate is a part's.
    p('受理申请80件（其中不予受理5件），受理率93.8%。'),
    p('全年共登记群众信访事项5236件。经甄别，受理4918件，不予受理318件，受理率93.9%。'),
    p('行政复议案件纠错率达20%，其中市本级审结行政复议案件60件，撤销8件、变更2件、确认违法2件。'),
    p('执法人员持证上岗率100%，全市行政执法人员1,200人，其中新入职50人。'),
    // A rate opening the sentence after its counts: not of another period, part or year, nor when that sentence has its own rate.
    p('全年共受理信访事项300件，办结285件。上半年办结率达98%。'),
    p('全年共受理信访事项300件，办结285件。网上信访办结率达98%。'),
    report('全年共受理信访事项300件，办结285件。2022年办结率达98%。'),
    p('全年共受理信访事项300件，办结285件，办结率95%。按期办结率达98%。'),
    // A part picked out of a whole right before a rate (A…中的B): B÷A when the rate is a coverage or names what was done
    // to the part; a rate of something else done to it, another count between, or an approximate part is not.
    p('全市52家单位中的48家完成整改，整改率为92.3%。'),
    p('全市130个村（社区）中的117个建成法律服务点，覆盖率达90%。'),
    p('全县1250件申请中的1100件已办结，群众满意率为98.5%。'),
    p('全县1250宗案卷中的1100宗进行了评查，优秀率为20.5%。'),
    p('全县1250宗案卷中的1100宗进行了评查，其中优秀案卷220宗，优秀率为20%。'),
    p('全县1250宗案卷中约1100宗进行了评查，评查面为90%。'),
    // A rate of how the intake was handled named after the service's words and a noun: only over the service's whole
    // intake of that noun — not a channel's or a level's numerator, nor an intake of another noun.
    p('全年受理群众诉求5000件。微信渠道在线解答诉求3500件，在线解答率75%。'),
    p('全年受理群众诉求5000件。市本级在线解答诉求2100件，在线解答率75%。'),
    p('全年受理群众诉求5000件。\n\n全年在线解答来电3500件，在线解答率75%。'),
    p('市长热线全年受理群众诉求5000件。\n\n区长热线全年受理群众诉求4200件。\n\n全年在线解答诉求3500件，在线解答率75%。'),
    // The valid part in an aside of the intake or after a bare 其中 is what the closed and the open are of.
    p('本季度共接收热线工单4100件（其中有效工单3900件，无效工单200件）。已办结3822件，在办78件，办结率98%。'),
    p('全年共受理群众诉求6200件。其中，有效诉求6000件，无效诉求200件。办结5880件，在办120件，办结率98%。'),
    // 今年以来 scopes a whole count as 全年 does.
    p('今年以来新收行政诉讼案件240件。审结200件，结案率80%。'),
    // 办结率 ← 结案/审结 (the other verb of one closing), correct in any wording.
    p('数字城管系统全年共立案受理案件3200宗，结案3168宗，办结率99%。'),
    p('市劳动人事争议仲裁院受理仲裁案件820件；审结779件、案件办结率95%。'),
    // 未结案 is no numerator of 办结率.
    p('消费投诉受理600件，办结570件，未结案30件，办结率95%。'),
    // 不合格率 over the samples of an earlier sentence: correct; two counts of samples (the half year's too): silent; a
    // count of samples not marked whole, or of another year: silent.
    p('全年共抽检食品2000批次。检出不合格样品40批次，不合格率2.0%。'),
    p('全年共抽检食品2000批次，上半年抽检900批次。检出不合格样品40批次，不合格率2.5%。'),
    p('抽检食品2000批次。检出不合格样品40批次，不合格率2.5%。'),
    p('2022年共抽检食品2000批次。\n\n2023年检出不合格样品40批次，不合格率2.5%。'),
    // Inspections or reviews in the sentence before: correct; two counts of inspections (the half year's too): silent;
    // of another year: silent; a count in the rate's own sentence comes first.
    p('全年组织案卷评查500卷。评为优秀的120卷，优秀率24%。'),
    p('全区共开展执法检查5000家次，上半年检查2000家次。发现问题1200家次，问题发现率为26%。'),
    p('2022年共开展执法检查5000家次。\n\n2023年发现问题1200家次，问题发现率为26%。'),
    p('全市开展执法检查5000家次。其中，双随机检查3000家次，发现问题600家次，问题发现率20%。'),
    // What was due (应出庭) in the sentence before: correct.
    p('全年行政诉讼案件应出庭120件。负责人出庭118件，出庭率98.3%。'),
    // 其中 opening the numerator's sentence ties it to the 共 total before: correct; an outcome (维持) is over the closed
    // cases, not all received: silent; without 其中, words in common are still needed (排查 is no population of 化解).
    p('全市共有行政执法人员3000人。其中，持证2900人，持证率96.7%。'),
    p('全年共受理行政复议案件200件。其中，维持120件，维持率65%。'),
    p('全区共排查矛盾纠纷2000件。化解1900件，化解率98%。'),
    // Samples in another paragraph: no base (as for every rate whose base is not named).
    p('全年共抽检食品2000批次。\n\n检出不合格40批次，不合格率2.5%。'),
    // A per-head average beside a 共 total and its 其中 part: correct over the total; two counts, neither marked: silent.
    p('全局共有执法人员80人，全年共开展行政执法检查14620件，其中双随机检查3105件，人均检查182.75件。'),
    p('全局共有执法人员80人，开展行政执法检查14620件，双随机检查3105件，人均检查186.25件。'),
    // What was due (应结案) is the whole base: correct both ways.
    p('其中应结案数为480件，结案数为456件，结案率为95%。'),
    p('全年12345热线应结案工单2000件，已结案1960件，结案率98%。'),
    // A count written before what was done with it names that: not 办结 when it says what the cases were about, nor 满意.
    p('全年受理信访事项300件，其中240件涉及城建，办结率为90%。'),
    p('全年受理信访事项300件，其中240件通过调解化解，满意率为90%。'),
    // A part timed as its rate is not (按期办结) is the numerator of 按期办结率: the closed count is unstated.
    p('全年受理信访事项300件，其中按期办结240件，办结率为100%。'),
    p('全年受理信访事项300件，其中240件按期办结，办结率为100%。'),
    // Closed by two ways that together give the rate.
    p('共受理诉求2000件，直接答复办结1200件，转办办结700件，办结率95%。'),
    // Closed cases named by their noun: two counts of that noun before (a 其中 part), or one of half the year: no base.
    p('收到投诉2000件，其中网上投诉1200件。\n\n已办结投诉1100件，办结率95%。'),
    p('上半年收到投诉900件。\n\n已办结投诉1100件，办结率95%。'),
  ],
  invalid: [
    {
      name: 'a frame of the closed cases opening a paragraph, over the closed count of the paragraph before',
      text: p('全年审结一审行政诉讼案件508件，结案率为89.12%。\n\n从结案方式看，在审结的一审行政诉讼案件中，判决驳回原告诉讼请求154件，裁定移送8件，裁定准予原告撤回起诉、按撤诉处理和调解案件117件，调撤率21.85%。'),
      findings: [{ code: 'figure/rate', at: '21.85%', message: '调撤率与分子分母不符：117件÷508件=23.031%，应为23.03%，文中为21.85%' }],
    },
    {
      name: 'a refusal rate opening its sentence, the decision closing the sentence before (共起诉…。共不起诉…)',
      text: p('共起诉各类犯罪257件292人。共不起诉67件70人，不起诉率(按人数)为13.94%。'),
      findings: [{ code: 'figure/rate', at: '13.94%', message: '不起诉率与分子分母不符：70人÷(70人+292人)=19.337%，应为19.34%，文中为13.94%' }],
    },
    {
      name: 'what is brought into the assessment of a rate (纳入解决率考核) is its population, though it names the rate',
      text: p('本月纳入解决率考核1774件，其中已解决1237件，解决率71.76%(已解决/考核数)。'),
      findings: [{ code: 'figure/rate', at: '71.76%', message: '解决率与分子分母不符：1237件÷1774件=69.729%，应为69.73%，文中为71.76%' }],
    },
    {
      name: 'a closing rate over the requests received and those carried in, matching neither',
      text: p('全年收到政府信息公开申请81件，上年结转政府信息公开申请2件，办结80件，结转下年度继续办理3件，办结率92.4%。'),
      findings: [{ code: 'figure/rate', at: '92.4%', message: '办结率与分子分母不符：80件÷(81件+2件)=96.386%，应为96.4%，文中为92.4%' }],
    },
    {
      name: 'calls counted in 个 split into passed-on and handled directly in 件 (转办 + 直办 = the calls): 直办率 over the calls',
      text: p('3月份，接听群众来电8947个，其中转办2274件，办结1715件，办结率75.42%；直办6673件，直办率72.58%。'),
      findings: [{ code: 'figure/rate', at: '72.58%', message: '直办率与分子分母不符：6673件÷8947个=74.584%，应为74.58%，文中为72.58%' }],
    },
    {
      name: 'a bare ratio against 1 right after two counts (受理数…，行政诉讼受案…，比例约为R:1)',
      text: p('全市各级行政复议机关共收到行政复议申请3921件。其中，受理数2005件，行政诉讼受案808件，比例约为3.5:1。'),
      findings: [{ code: 'figure/rate', at: '3.5', message: '比值与两数不符：2005件÷808件=2.481，应为2.5:1，文中为3.5:1' }],
    },
    {
      name: 'an average right before the denominator (日均230个，形成有效工单…) is no other count checked beside it',
      text: p('12345热线话务总数为20693个，日均230个，形成有效工单11171件，综合办结数为11163件，综合办结率达99.73%。'),
      findings: [{ code: 'figure/rate', at: '99.73%', message: '办结率与分子分母不符：11163件÷11171件=99.928%，应为99.93%，文中为99.73%' }],
    },
    {
      name: 'a grade\'s rate after a review of case files counted in rounds first (评查2次，评查案卷320卷，…，优秀率)',
      text: p('全年共组织行政执法案卷评查2次，评查案卷320卷，其中优秀86卷，良好152卷，合格74卷，不合格8卷，优秀率28.9%。'),
      findings: [{ code: 'figure/rate', at: '28.9%', message: '优秀率与分子分母不符：86卷÷320卷=26.875%，应为26.9%，文中为28.9%' }],
    },
    {
      name: '受案率 in a 其中 sentence after the applications received (共计32件), other outcomes and asides beside the accepted',
      text: p('全市各级行政复议机关收到行政复议申请共计32件，同比下降43.9%（去年同期57件）。其中，受理24件（去年同期54件），不予受理8件，受理前协调处理4件，受案率78%。'),
      findings: [{ code: 'figure/rate', at: '78%', message: '受案率与分子分母不符：24件÷32件=75.000%，应为75%，文中为78%' }],
    },
    {
      name: '受案率 of a review body: the applications accepted (受理) of those received',
      text: p('市政府收到行政复议申请11件，经审查受理6件，受案率54.5%；县（市、区）政府和市级政府部门收到行政复议申请共23件，受理18件，受案率85.7%。'),
      findings: [{ code: 'figure/rate', at: '85.7%', message: '受案率与分子分母不符：18件÷23件=78.261%，应为78.3%，文中为85.7%' }],
    },
    {
      name: '接通率 of a hotline over the calls that came in, its numerator the calls answered (接听)',
      text: p('12348热线共呼入15875人次，接听15395人次，接通率98.96%。'),
      findings: [{ code: 'figure/rate', at: '98.96%', message: '接通率与分子分母不符：15395人次÷15875人次=96.976%，应为96.98%，文中为98.96%' }],
    },
    {
      name: '结案率 over the closed and the cases still open after them (办结…，存案…): all there was to close',
      text: p('市中院新收各类案件54066件，办结54219件，同比分别增长7.43%和4.81%，存案2967件，同比下降4.9%；法官人均结案261.93件，同比增长3.29%；结案率为92.81%，同比上升0.5个百分点。'),
      findings: [{ code: 'figure/rate', at: '92.81%', message: '结案率与分子分母不符：54219件÷(54219件+2967件)=94.812%，应为94.81%，文中为92.81%' }],
    },
    {
      name: 'an average rate (平均得分率) over the average it is of (平均得分) and the full score',
      text: p('本次评估使用的指标体系总分为1000分，100个被评估城市的平均得分为663.07分，平均得分率为63.31%。'),
      findings: [{ code: 'figure/rate', at: '63.31%', message: '得分率与分子分母不符：663.07分÷1000分=66.307%，应为66.31%，文中为63.31%' }],
    },
    {
      name: 'a rate of its own ；-clause, with its base and numerator in it: no sum with an earlier clause\'s counts excuses it',
      text: p('其中，行政调解受理795件，调处673件，调处率达84.7%；省地交办的信访案件94件，办结86件，办结率达95.5%。'),
      findings: [{ code: 'figure/rate', at: '95.5%', message: '办结率与分子分母不符：86件÷94件=91.489%，应为91.5%，文中为95.5%' }],
    },
    {
      name: 'a rate right after an intake and its outcome (受理…，办结…，办结率): no sum with the counts of earlier bodies excuses it',
      text: p('州级政务服务中心共受理40365件，办结40314件，办结率99.9%，其中窗口受理14717件，办结14666件，办结率99.7%，统一平台受理各类办件12470件，办结11800件，办结率97%。'),
      findings: [{ code: 'figure/rate', at: '97%', message: '办结率与分子分母不符：11800件÷12470件=94.627%，应为95%，文中为97%' }],
    },
    {
      name: '回复率 over the questions received, its numerator written 答复, its value after 只有',
      text: p('尤其是应急管理局，49个问题仅答复8个，回复率只有12.24%。'),
      findings: [{ code: 'figure/rate', at: '12.24%', message: '回复率与分子分母不符：8个÷49个=16.327%，应为16.33%，文中为12.24%' }],
    },
    {
      name: 'a rate whose numerator is broken down by 其中 before it: its own parts are in it, no other count to add',
      text: p('全年审理行政复议案件2118件，已审结1876件。全省各级行政复议机关直接纠错的案件有374件，其中确认违法70件，撤销209件，变更10件，责令履行85件，直接纠错率为25%，纠错率逐年上升。'),
      findings: [{ code: 'figure/rate', at: '25%', message: '纠错率与分子分母不符：374件÷1876件=19.936%，应为20%，文中为25%' }],
    },
    {
      name: 'a completion rate after the tasks set and the count done since (任务总数…，共对…开展…，任务完成率)',
      text: p('2025年，我市双随机任务总数696家，除关闭、停产机构外全年共对670家各类机构开展双随机监督，任务完成率94.26%。'),
      findings: [{ code: 'figure/rate', at: '94.26%', message: '完成率与分子分母不符：670家÷696家=96.264%，应为96.26%，文中为94.26%' }],
    },
    {
      name: 'a completion rate after a plan and the count done against it (全年计划培训…，实际培训…，完成率)',
      text: p('全年计划培训行政执法人员1600人，实际培训1168人，完成率78%。'),
      findings: [{ code: 'figure/rate', at: '78%', message: '完成率与分子分母不符：1168人÷1600人=73.000%，应为73%，文中为78%' }],
    },
    {
      name: 'a rate named by the work (创建率) right after what was done and the plan in an aside (完成1168家（计划1600家）)',
      text: p('推动安全生产标准化建设，小微企业完成1168家（计划1600家），创建率78%。'),
      findings: [{ code: 'figure/rate', at: '78%', message: '创建率与分子分母不符：1168家÷1600家=73.000%，应为73%，文中为78%' }],
    },
    {
      name: 'a completion rate after the count done and its plan in an aside (完成…（计划…），完成率)',
      text: p('推动安全生产标准化建设，小微企业完成1168家（计划1600家），完成率78%，确保年底能完成。'),
      findings: [{ code: 'figure/rate', at: '78%', message: '完成率与分子分母不符：1168家÷1600家=73.000%，应为73%，文中为78%' }],
    },
    {
      name: 'a ratio against 1 (复议诉讼比达…:1), its two counts in the paragraph, one after it',
      text: p('今年1-6月，全县新收行政复议案件96件，同比增加67.4%，复议诉讼比达7.86:1；办结案件78件。行政诉讼案件14件，同比下降50%。'),
      findings: [{ code: 'figure/rate', at: '7.86', message: '复议诉讼比值与两数不符：96件÷14件=6.8571，应为6.86，文中为7.86' }],
    },
    {
      name: 'GDP against its plan written with the plan (完成年计划710亿元的…), the value named by its measure',
      text: p('初步预计，全区地区生产总值635亿元，完成年计划710亿元的87.4%，增长2.0%。'),
      findings: [{ code: 'figure/rate', at: '87.4%', message: '完成计划的比例与分子分母不符：635亿元÷710亿元=89.437%，应为89.4%，文中为87.4%' }],
    },
    {
      name: 'a refusal rate over the arrests approved of minors (批准逮捕未成年犯罪嫌疑人…，不捕…)',
      text: p('今年1至6月，全国检察机关共批准逮捕未成年犯罪嫌疑人6988人，不捕12223人，不捕率为66.3%。'),
      findings: [{ code: 'figure/rate', at: '66.3%', message: '不捕率与分子分母不符：12223人÷(12223人+6988人)=63.625%，应为63.6%，文中为66.3%' }],
    },
    {
      name: 'a 总 rate (总合格率) of the count of its verb over the samples before it',
      text: p('全年共监测出厂水、末梢水及二次供水2480份，合格2016份，总合格率91.3%，较上年提高1.2个百分点。'),
      findings: [{ code: 'figure/rate', at: '91.3%', message: '合格率与分子分母不符：2016份÷2480份=81.290%，应为81.3%，文中为91.3%' }],
    },
    {
      name: 'a rate of what 均 says was done to every one of the count before (6件申请均…予以回复，回复率90%)',
      text: p('2024年度我局共受理依申请政府信息公开6件。6件申请均在法定期限内予以回复，回复率达到90%。'),
      findings: [{ code: 'figure/rate', at: '90%', message: '回复率应为100%：“6件……均回复”即全部回复，文中为90%', fixed: p('2024年度我局共受理依申请政府信息公开6件。6件申请均在法定期限内予以回复，回复率达到100%。') }],
    },
    {
      name: 'a 调解率 named like the count taken into mediation: mediated to an end (调解结案) over it',
      text: p('全市纳入行政复议调解27件，调解结案17件，行政复议调解率72.96%。'),
      findings: [{ code: 'figure/rate', at: '72.96%', message: '调解率与分子分母不符：17件÷27件=62.963%，应为62.96%，文中为72.96%' }],
    },
    {
      name: 'a 履责率 over the powers and duties listed, its numerator those performed (履行权责事项)',
      text: p('截至2023年12月20日，全区权责事项总数716项，已履行权责事项553项，履责率74.23%。'),
      findings: [{ code: 'figure/rate', at: '74.23%', message: '履责率与分子分母不符：553项÷716项=77.235%，应为77.23%，文中为74.23%' }],
    },
    {
      name: 'the share of the plan a result completed, against the target the paragraph of targets states for it (a floor: 以上)',
      text: p('一、行政执法能力建设\n\n2023年行政执法能力提升计划目标为：全县行政执法人员轮训1200人次以上，新录用执法人员岗前培训80人，村（社区）法律顾问覆盖260个。实际完成情况如下：全县行政执法人员轮训1356人次，完成全年计划的123.0%。\n\n全县村（社区）法律顾问覆盖247个，完成全年计划的109.8%。'),
      findings: [
        { code: 'figure/rate', at: '123.0%', message: '完成计划的比例与实际数、计划数不符：1356人次÷1200人次=113.000%，应为113.0%，文中为123.0%' },
        { code: 'figure/rate', at: '109.8%', message: '完成计划的比例与实际数、计划数不符：247个÷260个=95.000%，应为95.0%，文中为109.8%' },
      ],
    },
    {
      name: 'the share of the plan against a target worded with 达到 before its value, the result with 实现/参保',
      text: p('一、促进就业计划执行情况\n\n2021年计划目标为：全省就业困难人员就业8万人，全省参加城镇职工基本养老保险人数达到735万人。实际完成情况如下：\n\n（一）全省就业困难人员实现就业7.72万人，完成全年计划的110.3%。\n\n（二）全省城镇职工基本养老保险参保人数755.84万人，完成全年计划的102.8%。'),
      findings: [{ code: 'figure/rate', at: '110.3%', message: '完成计划的比例与实际数、计划数不符：7.72万人÷8万人=96.500%，应为96.5%，文中为110.3%' }],
    },
    {
      name: 'a plain rate beside its success rate, over the cases handled ÷ those found, truncated',
      text: p('共排查矛盾纠纷6747件，调处6732件，调处成功6536件，矛盾纠纷调处率和调处成功率分别达到99.7%和97%。'),
      findings: [{ code: 'figure/rate', at: '99.7%', severity: 'warning', message: '调处率应四舍五入为99.8%：6732件÷6747件=99.778%，文中99.7%是截尾而非四舍五入' }],
    },
    {
      name: 'a 结案率 whose closed count repeats the intake\'s year, courts and noun (去年全区法院审结各类行政诉讼案件…)',
      text: p('去年全区法院受理各类行政诉讼案件3420件（新收2870件，旧存550件）。去年全区法院审结各类行政诉讼案件3075件，同比上升3.25%，结案率87.91%。'),
      findings: [{ code: 'figure/rate', at: '87.91%', message: '结案率与分子分母不符：3075件÷3420件=89.912%，应为89.91%，文中为87.91%' }],
    },
    {
      name: 'a rate stated above 100% over a numerator larger than its base (关联率: one person linked to two addresses)',
      text: p('全镇共有户籍人口152300人，已关联户籍人口154100人，关联率为104.18%。'),
      findings: [{ code: 'figure/rate', at: '104.18%', message: '关联率与分子分母不符：154100人÷152300人=101.182%，应为101.18%，文中为104.18%' }],
    },
    {
      name: 'a 结案率 over a count split in its aside into the new and the old cases (新收…，旧存…): the whole base, judged exactly',
      text: p('2025年，全县法院行政诉讼案件共412件（新收案件356件，旧存案件56件），审结371件，结案率为80.05%。'),
      findings: [{ code: 'figure/rate', at: '80.05%', message: '结案率与分子分母不符：371件÷412件=90.049%，应为90.05%，文中为80.05%' }],
    },
    {
      name: 'a budget\'s 执行率: what was used (已用指标) of what was approved (批复指标)',
      text: p('各乡镇批复指标8.52亿元，已用指标5.86亿元，预算结余2.66亿元，总体执行率79%。'),
      findings: [{ code: 'figure/rate', at: '79%', message: '执行率与分子分母不符：5.86亿元÷8.52亿元=68.779%，应为69%，文中为79%' }],
    },
    {
      name: 'a rate of the current period (当期) opening the sentence after its counts',
      text: p('全年受理劳动人事争议案件80件，结案72件。当期结案率95.0%，调解率50.0%。'),
      findings: [{ code: 'figure/rate', at: '95.0%', message: '结案率与分子分母不符：72件÷80件=90.000%，应为90.0%，文中为95.0%' }],
    },
    {
      name: 'a rate of an outcome opening the paragraph after the closed cases',
      text: p('全年各级行政复议机关共办理行政复议案件500件，审结480件。\n\n以撤销、变更、确认违法等方式直接纠错72件，直接纠错率为12.5%。'),
      findings: [{ code: 'figure/rate', at: '12.5%', message: '纠错率与分子分母不符：72件÷480件=15.000%，应为15.0%，文中为12.5%' }],
    },
    {
      name: 'a 综合 rate against the ways listed after the count framing them (…中), added up',
      text: p('全年审结的300件行政复议案件中，直接纠错24件，以调解、和解方式结案60件，综合化解率为35%。'),
      findings: [{ code: 'figure/rate', at: '35%', message: '综合化解率与分子分母不符：(24件+60件)÷300件=28.000%，应为28%，文中为35%' }],
    },
    {
      name: 'a 综合 rate after a count of closed cases opening its sentence and the ways after 其中',
      text: p('全年已审结行政复议案件300件，其中直接纠错24件，调解和解结案60件，综合纠错率为22%。'),
      findings: [{ code: 'figure/rate', at: '22%', message: '综合纠错率与分子分母不符：(24件+60件)÷300件=28.000%，应为28%，文中为22%' }],
    },
    {
      name: '人均 over the one of two counts of its unit that its words name',
      text: p('全局干部职工186人，全年组织集中学法12次，参训人员累计2232人次，人均参训13次。'),
      findings: [{ code: 'figure/rate', at: '13次', message: '人均数与总数不符：2232人次÷186人=12.00次，应为12次，文中为13次' }],
    },
    {
      name: 'a bare 覆盖率 right after a whole and the part already reached (已开展…)',
      text: p('全县道路运输经营业户1368户，已开展信用评价1245户，覆盖率91.1%。'),
      findings: [{ code: 'figure/rate', at: '91.1%', message: /^覆盖率与分子分母不符：1245户÷1368户=91\.009%，应为91\.0%/ }],
    },
    {
      name: 'notices asking for the work (整改通知书) are the denominator of 整改率',
      text: p('下发整改通知书31份，已整改29份，整改率93.6%。'),
      findings: [{ code: 'figure/rate', at: '93.6%', message: '整改率与分子分母不符：29份÷31份=93.548%，应为93.5%，文中为93.6%' }],
    },
    {
      name: '结案率 over the cases investigated (查办) stated before a 其中 sentence',
      text: p('全年共查办各类案件1286件，其中食品类412件、其他874件。全年办结1198件，结案率93.3%。'),
      findings: [{ code: 'figure/rate', at: '93.3%', message: /^结案率高于按所列数字算得的上限：1198件÷1286件=93\.157%/ }],
    },
    {
      name: 'a closing count stated at the year end (截至年底) opens the sentence after the intake',
      text: p('全年立案查处违法行为236件，其中商贸领域150件、其他86件。截至年底，已结案221件，结案率94.1%，另有15件正在办理。'),
      findings: [{ code: 'figure/rate', at: '94.1%', message: /^结案率高于按所列数字算得的上限：221件÷236件=93\.644%/ }],
    },
    {
      name: 'a bare 覆盖率 after the whole and the part already inspected (已检查)',
      text: p('辖区纳入重点监管的企业共860家，已检查812家，覆盖率94.6%。'),
      findings: [{ code: 'figure/rate', at: '94.6%', message: '覆盖率与分子分母不符：812家÷860家=94.419%，应为94.4%，文中为94.6%' }],
    },
    {
      name: 'a survey question voted grade by grade: the satisfied grades over all the votes',
      text: p('对“执法规范化”一题，53票很满意、9票满意、6票基本满意，2票一般，满意率为93.1%。'),
      findings: [{ code: 'figure/rate', at: '93.1%', message: '满意率与分子分母不符：(53票+9票+6票)÷(53票+9票+6票+2票)=97.143%，应为97.1%，文中为93.1%' }],
    },
    {
      name: 'a survey question voted grade by grade: a rate truncated from one reading',
      text: p('对“执法规范化”一题，71票满意、14票基本满意，2票一般、1票说不清，满意率为96.5%。'),
      findings: [{ code: 'figure/rate', at: '96.5%', message: /^满意率.*\(71票\+14票\)÷\(71票\+14票\+2票\+1票\)=96\.591%/ }],
    },
    {
      name: 'a rate word abbreviating the numerator\'s two verbs (采纳发布 → 采发率)',
      text: p('全年各镇累计报送政务信息640条，采纳发布256条，采发率45%。'),
      findings: [{ code: 'figure/rate', at: '45%', message: '采发率与分子分母不符：256条÷640条=40.000%，应为40%，文中为45%' }],
    },
    {
      name: '处理率 over the intake registered (登记) in the sentence before, its numerator two verbs joined (答复和处理)',
      text: p('全年县群众诉求平台共登记群众来件3600件，其中县级来件420件，乡镇来件3180件。已答复和处理3240件，处理率92.00%。'),
      findings: [{ code: 'figure/rate', at: '92.00%', message: '处理率与分子分母不符：3240件÷3600件=90.000%，应为90.00%，文中为92.00%' }],
    },
    {
      name: 'rates listed in turn over two lists of counts in turn, the numerators named by the rate\'s stem',
      text: p('按层级统计，县、乡、村三级来件量分别为12000件、8000件、5000件；答复量分别为9000件、6400件、4500件；答复率分别为：75.00%、78.00%与90.00%。'),
      findings: [{ code: 'figure/rate', at: '78.00%', message: '答复率与分子分母不符：6400件÷8000件=80.000%，应为80.00%，文中为78.00%' }],
    },
    {
      name: '执证率 over the staff, its numerator those holding the certificate (持执法证)',
      text: p('截至年底，县本级执法队员共80人，持执法证人员72人，执证率达95%。'),
      findings: [{ code: 'figure/rate', at: '95%', message: '执证率与分子分母不符：72人÷80人=90.000%，应为90%，文中为95%' }],
    },
    {
      name: '直接纠错率 past a mediated end (调解结案) closing the corrections',
      text: p('全年审结268件，其中维持164件，驳回申请38件，撤销21件，确认违法14件，责令履行7件，调解结案9件，终止15件，直接纠错率15.9%。'),
      findings: [{ code: 'figure/rate', at: '15.9%', message: /^纠错率与分子分母不符：\(21件\+14件\+7件\)÷268件=15\.672%，应为15\.7%/ }],
    },
    {
      name: '人均 over the count its words name in an earlier sentence',
      text: p('全年出具法律意见书540份，其中为县政府出具126份。全县共有政府法律顾问和公职律师76名，人均出具法律意见书7.2份。'),
      findings: [{ code: 'figure/rate', at: '7.2份', message: '人均数与总数不符：540份÷76名=7.105份，应为7.1份，文中为7.2份' }],
    },
    {
      name: 'what was ordered (责令改正…) is the denominator of what was done (已改正)',
      text: p('全年责令改正轻微违法行为623起，已改正614起，改正率98.7%。'),
      findings: [{ code: 'figure/rate', at: '98.7%', message: '改正率与分子分母不符：614起÷623起=98.555%，应为98.6%，文中为98.7%' }],
    },
    {
      name: 'a rate opening the sentence after its counts, a change after it',
      text: p('全年共受理行政复议案件120件，审结110件。结案率为90.8%，同比提高2个百分点。'),
      findings: [{ code: 'figure/rate', at: '90.8%', message: '结案率与分子分母不符：110件÷120件=91.667%，应为91.7%，文中为90.8%' }],
    },
    {
      name: 'a rate opening the sentence after its counts, an amount of money after it',
      text: p('全年共受理行政复议案件120件，审结110件。结案率90.8%，群众满意率98%，挽回经济损失50万元。'),
      findings: [{ code: 'figure/rate', at: '90.8%', message: '结案率与分子分母不符：110件÷120件=91.667%，应为91.7%，文中为90.8%' }],
    },
    {
      name: 'a rate naming a bare noun for the requests counted (诉求办结率)',
      text: p('全年共受理各类投诉举报120件，办结110件。诉求办结率90.8%，群众满意率98%。'),
      findings: [{ code: 'figure/rate', at: '90.8%', message: '办结率与分子分母不符：110件÷120件=91.667%，应为91.7%，文中为90.8%' }],
    },
    {
      name: '结案率 over the cases received, the numerator a police body\'s 查结 opening the next sentence',
      text: p('全年受理治安案件5240起，其中殴打他人案件2310起，占44.1%。查结4926起，结案率93.0%。'),
      findings: [{ code: 'figure/rate', at: '93.0%', message: /^结案率与分子分母不符：4926起÷5240起=94\.008%/ }],
    },
    {
      name: '结案率 above closed ÷ filed (立案查处) in the sentence before',
      text: p('立案查处违法案件120件，其中种子类48件，占40.0%。结案114件，结案率96.0%。'),
      findings: [{ code: 'figure/rate', at: '96.0%', message: /^结案率高于按所列数字算得的上限：114件÷120件=95\.000%/ }],
    },
    {
      name: '网办率 over the whole handled in the sentence before, its numerator named by the alias alone',
      text: p('全年办理户籍业务8400件，其中窗口即办件5200件。网上办理7560件，网办率91.0%。'),
      findings: [{ code: 'figure/rate', at: '91.0%', message: /^网办率与分子分母不符：7560件÷8400件=90\.000%/ }],
    },
    {
      name: '网办率 of what was done 线上',
      text: p('办理社保业务52000件，其中线上办理46800件，网办率91.0%。'),
      findings: [{ code: 'figure/rate', at: '91.0%', message: /^网办率与分子分母不符：46800件÷52000件=90\.000%/ }],
    },
    {
      name: 'a bare 覆盖率 after a part picked out of a whole (A中已有B)',
      text: p('全镇46个村中已有41个建立法律服务站点，覆盖率91.3%。'),
      findings: [{ code: 'figure/rate', at: '91.3%', message: /^覆盖率与分子分母不符：41个÷46个=89\.130%/ }],
    },
    {
      name: 'a coverage of legal advisers over every village of the town: no k/13 gives 90%',
      text: p('全镇13个村均聘请了法律顾问，覆盖率达90%。'),
      findings: [{ code: 'figure/rate', at: '90%', message: /^90%无法由13个得出：k\/13中最接近的是11\/13=84\.6%，12\/13=92\.3%/ }],
    },
    {
      name: 'an outcome rate in a 其中 sentence over the closed cases closing the sentence before, another closed count earlier',
      text: p('审结复议案件219件，纠错率12.8%。审结行政诉讼案件95件。其中判决驳回诉讼请求51件，原告撤诉28件，裁定驳回起诉10件，判决撤销或确认违法6件，败诉率6.4%。'),
      findings: [{ code: 'figure/rate', at: '6.4%', message: /^败诉率与分子分母不符：6件÷95件=6\.316%，应为6\.3%，文中为6\.4%/ }],
    },
    {
      name: 'corrections are never left out of the population of 纠错率 (219 less 责令履行3 would truncate to 12.9%)',
      text: p('审结复议案件219件，其中维持152件，撤销14件，确认违法11件，责令履行3件，直接纠错28件，纠错率12.9%。'),
      findings: [{ code: 'figure/rate', at: '12.9%', message: /^纠错率与分子分母不符：28件÷219件=12\.785%，应为12\.8%，文中为12\.9%/ }],
    },
    {
      name: 'a sentence framed by a noun (在…中，) over the 其中 count stated under that noun before it',
      text: p('全年调处矛盾纠纷520件，其中邻里纠纷80件，占15.4%。在邻里纠纷中，调解成功72件，调解成功率92.0%。'),
      findings: [{ code: 'figure/rate', at: '92.0%', message: /^成功率与分子分母不符：72件÷80件=90\.000%，应为90\.0%，文中为92\.0%/ }],
    },
    {
      name: '参考率 over the staff, those who sat the exam written 参加…考试',
      text: p('全局干部职工540人，参加年度学法考试528人，参考率98.7%。'),
      findings: [{ code: 'figure/rate', at: '98.7%', message: /^参考率与分子分母不符：528人÷540人=97\.778%，应为97\.8%，文中为98\.7%/ }],
    },
    {
      name: 'a closing rate over the cases accepted, not the applications they were accepted from',
      text: p('全年全市新收行政复议申请3120件。依法受理2650件，受理率84.9%。审结2480件，审结率93.8%。'),
      findings: [{ code: 'figure/rate', at: '93.8%', message: /^审结率与分子分母不符：2480件÷2650件=93\.585%，应为93\.6%，文中为93\.8%/ }],
    },
    {
      name: '受理率 of 信访事项 registered a sentence back, past the count turned down',
      text: p('全年共登记群众信访事项5236件。经甄别，受理4918件，不予受理318件，受理率93.0%。'),
      findings: [{ code: 'figure/rate', at: '93.0%', message: /^受理率与分子分母不符：4918件÷5236件=93\.927%，应为93\.9%，文中为93\.0%/ }],
    },
    {
      name: '破案率 over the criminal cases filed, the solved ones named 破获',
      text: p('共立刑事案件4620起，破获2740起，破案率58.9%。'),
      findings: [{ code: 'figure/rate', at: '58.9%', message: /^破案率与分子分母不符：2740起÷4620起=59\.307%，应为59\.3%/ }],
    },
    {
      name: '人均 over a kind of staff counted with 共 in an earlier sentence',
      text: p('局属执法人员共42人，全部持证上岗。全年组织执法业务培训5期，培训执法人员210人次，人均参训5.1次。'),
      findings: [{ code: 'figure/rate', at: '5.1次', message: '人均数与总数不符：210人次÷42人=5.000次，应为5.0次，文中为5.1次' }],
    },
    {
      name: '人均 over the headcount of the whole body stated before (全局民警…人)',
      text: p('全局民警2450人。全年组织执法培训30期，培训民警4900人次，人均培训3次。'),
      findings: [{ code: 'figure/rate', at: '3次', message: '人均数与总数不符：4900人次÷2450人=2.00次，应为2次，文中为3次' }],
    },
    {
      name: 'a rate of items (全程网办率) over the count of all the items stated in the sentence before',
      text: p('全县政务服务事项1420项，其中即办件610项，承诺件810项。全程网办事项1206项，全程网办率85.2%。'),
      findings: [{ code: 'figure/rate', at: '85.2%', message: /^网办率与分子分母不符：1206项÷1420项=84\.930%，应为84\.9%，文中为85\.2%/ }],
    },
    {
      name: '人均 over the standing headcount of the people it names in the sentence before (人次 per head: 次)',
      text: p('全局共有执法人员360名，其中持证执法人员352名。全年组织执法人员培训10期，培训1080人次，人均培训4次。'),
      findings: [{ code: 'figure/rate', at: '4次', message: '人均数与总数不符：1080人次÷360名=3.00次，应为3次，文中为4次' }],
    },
    {
      name: '受理率 over the applications received two sentences back, last year\'s value closing that sentence',
      text: p('全年新收行政复议申请3120件，同比增长9.8%，上年为2842件。依法受理2650件，受理率85.3%。'),
      findings: [{ code: 'figure/rate', at: '85.3%', message: '受理率与分子分母不符：2650件÷3120件=84.936%，应为84.9%，文中为85.3%' }],
    },
    {
      name: '优良率 over the 优秀 and 良好 listed among the grades',
      text: p('评查行政执法案卷240卷，其中优秀案卷72卷，良好案卷101卷，合格案卷60卷，不合格案卷7卷，优良率71.7%。'),
      findings: [{ code: 'figure/rate', at: '71.7%', message: '优良率与分子分母不符：(72卷+101卷)÷240卷=72.083%，应为72.1%，文中为71.7%' }],
    },
    {
      name: '直接纠错率 over the corrections listed, outcomes that correct nothing closing the list',
      text: p('审结128件，其中维持83件，驳回14件，撤销12件，确认违法7件，责令履行3件，终止9件，直接纠错率17.0%。'),
      findings: [{ code: 'figure/rate', at: '17.0%', message: '纠错率与分子分母不符：(12件+7件+3件)÷128件=17.188%，应为17.2%，文中为17.0%' }],
    },
    {
      name: 'a closing rate over the intake a service took in, stated in the sentence before (12315平台全年受理)',
      text: p('12315平台全年受理投诉举报16870件。办结16700件，办结率99.1%。'),
      findings: [{ code: 'figure/rate', at: '99.1%', message: '办结率与分子分母不符：16700件÷16870件=98.992%，应为99.0%，文中为99.1%' }],
    },
    {
      name: 'a rate of a part of its whole over 100%, no counts stated',
      text: p('全县行政机关负责人出庭应诉率101%，村（社区）法律顾问覆盖率达100%。'),
      findings: [{ code: 'figure/rate', at: '101%', message: '出庭应诉率不可能超过100%：它是部分占全部的比率（部分不会多于全部），文中为“101%”，请核对' }],
    },
    {
      name: 'a rate of review, filing or settlement over 100%, no counts stated (审核率, 报备率, 化解率)',
      text: p('规范性文件合法性审核率101%，报备率达100%，矛盾纠纷化解率102.5%。'),
      findings: [
        { code: 'figure/rate', at: '101%', message: '审核率不可能超过100%：它是部分占全部的比率（部分不会多于全部），文中为“101%”，请核对' },
        { code: 'figure/rate', at: '102.5%', message: '化解率不可能超过100%：它是部分占全部的比率（部分不会多于全部），文中为“102.5%”，请核对' },
      ],
    },
    {
      name: 'a success rate (调解成功率) over the attempts stated in the sentence before',
      text: p('全年组织调解矛盾纠纷2400件。调解成功2340件，调解成功率98.5%。'),
      findings: [{ code: 'figure/rate', at: '98.5%', message: '成功率与分子分母不符：2340件÷2400件=97.500%，应为97.5%，文中为98.5%' }],
    },
    {
      name: '审结率 over the intake stated in the sentence before',
      text: p('全年共受理行政复议案件240件。审结222件，审结率91.7%。'),
      findings: [{ code: 'figure/rate', at: '91.7%', message: '审结率与分子分母不符：222件÷240件=92.500%，应为92.5%，文中为91.7%' }],
    },
    {
      name: '处结率 of the cases closed over those received',
      text: p('全年共接收群众诉求16960件，已办结16500件，处结率98.33%。'),
      findings: [{ code: 'figure/rate', at: '98.33%', message: '处结率与分子分母不符：16500件÷16960件=97.288%，应为97.29%，文中为98.33%' }],
    },
    {
      name: 'rates named together before 分别, valued in turn: the second named takes the second percent',
      text: p('全年共受理信访事项200件，办结190件，群众满意率和办结率分别为99%、98%。'),
      findings: [{ code: 'figure/rate', at: '98%', message: '办结率与分子分母不符：190件÷200件=95.000%，应为95%，文中为98%' }],
    },
    {
      name: 'rates named together with 、 before 分别',
      text: p('全年共受理行政复议案件120件，审结110件，纠错15件，结案率、纠错率分别为91.7%和15%。'),
      findings: [{ code: 'figure/rate', at: '15%', message: '纠错率与分子分母不符：15件÷110件=13.636%，应为14%，文中为15%' }],
    },
    {
      name: 'a closing rate whose numerator opens its sentence with the year (全年审结…) is over the intake before it',
      text: p('全年共受理行政复议案件120件。全年审结110件，结案率为95%。'),
      findings: [{ code: 'figure/rate', at: '95%', message: '结案率与分子分母不符：110件÷120件=91.667%，应为92%，文中为95%' }],
    },
    {
      name: '结案率 over the new cases and those carried over stated side by side',
      text: p('全市法院新收一审行政案件1120件，旧存136件，审结1102件，结案率为88.7%。'),
      findings: [{
        code: 'figure/rate', at: '88.7%', message: '结案率与分子分母不符：1102件÷(1120件+136件)=87.739%，应为87.7%，文中为88.7%',
        fixed: p('全市法院新收一审行政案件1120件，旧存136件，审结1102件，结案率为87.7%。'),
      }],
    },
    {
      name: '结案率 over the count the new cases and those carried over add up to',
      text: p('全年办理行政复议案件210件，其中新收198件，上年结转12件；审结196件，结案率94.3%。'),
      findings: [{ code: 'figure/rate', at: '94.3%', message: '结案率与分子分母不符：196件÷210件=93.333%，应为93.3%，文中为94.3%' }],
    },
    {
      name: '行政机关败诉率 over the cases closed, its numerator the judgments against the agency named together',
      text: p('在全县审结的520件一审行政案件中，判决撤销、确认违法及责令履行法定职责的48件，行政机关败诉率为8.5%。'),
      findings: [{ code: 'figure/rate', at: '8.5%', message: '败诉率与分子分母不符：48件÷520件=9.231%，应为9.2%，文中为8.5%' }],
    },
    {
      name: '查处率 ← 查结 (the cases investigated to their end) over those found',
      text: p('全年共发现违法建设案件860起，查结违法建设案件800起，查处率达90.0%。'),
      findings: [{ code: 'figure/rate', at: '90.0%', message: '查处率与分子分母不符：800起÷860起=93.023%，应为93.0%，文中为90.0%' }],
    },
    {
      name: 'a paragraph opening with the closed count goes on from the intake of the paragraph before',
      text: p('本月共受理投诉举报工单1250件。\n\n截至目前，已办结1100件，办结率92.0%。'),
      findings: [{ code: 'figure/rate', at: '92.0%', message: '办结率与分子分母不符：1100件÷1250件=88.000%，应为88.0%，文中为92.0%' }],
    },
    {
      name: 'a closing count restating one stated paragraphs before beside its intake: the rate is over that intake',
      text: p('全年仲裁院共受理劳动人事争议案件1200件。审结案件1150件。\n\n仲裁院全力清理积案，共审结案件1150件，结案率达99.6%。'),
      findings: [{ code: 'figure/rate', at: '99.6%', message: '结案率与分子分母不符：1150件÷1200件=95.833%，应为95.8%，文中为99.6%' }],
    },
    {
      name: '持证率 ← 执法证持有人员 (the certificate named before its holding)',
      text: p('全镇行政执法人员数量为64人，执法证持有人员60人，持证率达98.8%。'),
      findings: [{ code: 'figure/rate', at: '98.8%', message: '持证率与分子分母不符：60人÷64人=93.750%，应为93.8%，文中为98.8%' }],
    },
    {
      name: '调处成功率 ← 调解成功: one mediation by either word, an amount clause between',
      text: p('全年共受理矛盾纠纷3200件，调解成功3104件，协议涉及金额860.5万元，调处成功率99.0%。'),
      findings: [{ code: 'figure/rate', at: '99.0%', message: '成功率与分子分母不符：3104件÷3200件=97.000%，应为97.0%，文中为99.0%' }],
    },
    {
      name: 'a timely rate (备案及时率) over the filed, its numerator filed within the legal time',
      text: p('全年制发规范性文件72件，报送备案72件，其中在法定期限内报送备案的45件，备案及时率63.5%。'),
      findings: [{ code: 'figure/rate', at: '63.5%', message: '及时率与分子分母不符：45件÷72件=62.500%，应为62.5%，文中为63.5%' }],
    },
    {
      name: 'a closing rate opening its sentence after closed and open cases that add up to the total, past changes in points',
      text: p('全市法院行政诉讼案件共793件（新收案件649件，旧存案件144件），新收案件同比下降16.04%；审结715件，同比下降9.72%；未结案件78件。结案率为80.16%，同比上升4.23个百分点。'),
      findings: [{ code: 'figure/rate', at: '80.16%', message: '结案率与分子分母不符：715件÷793件=90.164%，应为90.16%，文中为80.16%' }],
    },
    {
      name: 'a court\'s closing rate over its new and old cases, the closed written 已结',
      text: p('全院新收各类案件3964件，旧存194件，未结1578件，已结2580件，综合结案率65.02%。'),
      findings: [{ code: 'figure/rate', at: '65.02%', message: '结案率与分子分母不符：2580件÷(3964件+194件)=62.049%，应为62.05%，文中为65.02%' }],
    },
    {
      name: 'a rate of what was handled (办理率) opening its sentence, over the intake of the sentence before',
      text: p('问政平台共收到网民留言3624件，其中省级留言310件，市州留言3314件。已回复和办理2917件，办理率84.09%。'),
      findings: [{ code: 'figure/rate', at: '84.09%', message: '办理率与分子分母不符：2917件÷3624件=80.491%，应为80.49%，文中为84.09%' }],
    },
    {
      name: 'a refusal rate named short (不捕率 of 不批准逮捕), counted in cases and people: by people',
      text: p('经审查后批准逮捕158件196人，不批准逮捕33件40人，不捕率为19.65%。'),
      findings: [{ code: 'figure/rate', at: '19.65%', message: '不捕率与分子分母不符：40人÷(40人+196人)=16.949%，应为16.95%，文中为19.65%' }],
    },
    {
      name: 'a solving rate (侦破率) over the cases solved written 破获',
      text: p('全市共新发命案73起，共破获新发命案68起，命案侦破率达到90.41%。'),
      findings: [{ code: 'figure/rate', at: '90.41%', message: '侦破率与分子分母不符：68起÷73起=93.151%，应为93.15%，文中为90.41%' }],
    },
    {
      name: 'a refusal rate below its floor when the arrests approved are stated with those decided (批准和决定逮捕)',
      text: p('全国检察机关共批准和决定逮捕各类犯罪嫌疑人36.7万人；不捕19.1万人，不捕率32.4%。'),
      findings: [{ code: 'figure/rate', at: '32.4%', message: '不捕率低于按所列数字算得的下限：19.1万人÷(19.1万人+36.7万人)=34.229%，文中为32.4%（“批准和决定逮捕”含自行决定逮捕的人数，不捕率的分母只会更小，比率只会更高）' }],
    },
    {
      name: 'a refusal to arrest after the intake for review: over the decision and the refusal, not the intake',
      text: p('受理审查逮捕58人，批准逮捕54人，批捕率94.74%；不批准逮捕3人，不捕率6.26%。'),
      findings: [{ code: 'figure/rate', at: '6.26%', message: '不捕率与分子分母不符：3人÷(3人+54人)=5.263%，应为5.26%，文中为6.26%' }],
    },
    {
      name: 'a decision\'s rate stated before its refusal (起诉率 … 不起诉): over both',
      text: p('经审查，起诉6285人，起诉率88.77%；不起诉1218人，不诉率16.23%。'),
      findings: [{ code: 'figure/rate', at: '88.77%', message: '起诉率与分子分母不符：6285人÷(6285人+1218人)=83.766%，应为83.77%，文中为88.77%' }],
    },
    {
      name: 'both refusals of one decision (不批准和不予决定逮捕) against 批捕率 and 不捕率',
      text: p('经审查，批准和决定逮捕2168人，批捕率74.32%；不批准和不予决定逮捕949人，不捕率25.68%。'),
      findings: [
        { code: 'figure/rate', at: '74.32%', message: '批捕率与分子分母不符：2168人÷(2168人+949人)=69.554%，应为69.55%，文中为74.32%' },
        { code: 'figure/rate', at: '25.68%', message: '不捕率与分子分母不符：949人÷(949人+2168人)=30.446%，应为30.45%，文中为25.68%' },
      ],
    },
    {
      name: 'the rate of a finding found (不合格发现率) over the samples taken',
      text: p('共完成食品安全监督抽检664900批次，不合格19431批次，总体不合格发现率为2.25%。'),
      findings: [{ code: 'figure/rate', at: '2.25%', message: '不合格发现率与分子分母不符：19431批次÷664900批次=2.922%，应为2.92%，文中为2.25%' }],
    },
    {
      name: 'a refusal to prosecute decided at closing (审结时决定不起诉)',
      text: p('提起公诉673人，审结时决定不起诉56人，不起诉率为8.68%。'),
      findings: [{ code: 'figure/rate', at: '8.68%', message: '不起诉率与分子分母不符：56人÷(56人+673人)=7.682%，应为7.68%，文中为8.68%' }],
    },
    {
      name: 'a refusal to prosecute (不诉率 of 不起诉)',
      text: p('共决定起诉427人、不起诉55人，不诉率11.59%。'),
      findings: [{ code: 'figure/rate', at: '11.59%', message: '不诉率与分子分母不符：55人÷(55人+427人)=11.411%，应为11.41%，文中为11.59%' }],
    },
    {
      name: 'a refusal rate over the decision and its refusal together',
      text: p('经审查，共逮捕25人，不捕24人，不捕率为40.98%。'),
      findings: [{ code: 'figure/rate', at: '40.98%', message: '不捕率与分子分母不符：24人÷(24人+25人)=48.980%，应为48.98%，文中为40.98%' }],
    },
    {
      name: '持证率 ← 取得行政执法证件',
      text: p('全县行政执法人员860人，其中取得行政执法证件820人，持证率96.5%。'),
      findings: [{ code: 'figure/rate', at: '96.5%', message: '持证率与分子分母不符：820人÷860人=95.349%，应为95.3%，文中为96.5%' }],
    },
    {
      name: 'a sample result rate no whole count of the files drawn gives',
      text: p('全年共抽查行政处罚案卷27卷，合格率90.0%。'),
      findings: [{ code: 'figure/rate', at: '90.0%', message: '90.0%无法由27卷得出：k/27中最接近的是24/27=88.9%，25/27=92.6%（合格率的分母是抽取的全部27卷）' }],
    },
    {
      name: 'an acceptance rate over the applications received stated sentences before, a change clause between',
      text: p('全县新收行政复议申请2450件，比上年增加210件，增幅为9.38%；涉及申请人1980人。受理行政复议案件1862件，受理率为75.92%。'),
      findings: [{ code: 'figure/rate', at: '75.92%', message: '受理率与分子分母不符：1862件÷2450件=76.000%，应为76.00%，文中为75.92%' }],
    },
    {
      name: 'an acceptance rate whose count names only the acceptance, the applications in the sentence before',
      text: p('全年收到行政复议申请160件。依法受理136件，受理率80.0%。'),
      findings: [{ code: 'figure/rate', at: '80.0%', message: '受理率与分子分母不符：136件÷160件=85.000%，应为85.0%，文中为80.0%' }],
    },
    {
      name: 'a change rate (改变率) over the cases closed, its numerator a group of changed judgments',
      text: p('市中院审结二审行政案件640件，其中改判、发回重审、调解撤诉152件，改变率22.5%。'),
      findings: [{ code: 'figure/rate', at: '22.5%', message: '改变率与分子分母不符：152件÷640件=23.750%，应为23.8%，文中为22.5%' }],
    },
    {
      name: 'a mediation success rate of complaints over the complaints mediated, stated',
      text: p('全年受理消费投诉11000件，开展调解9000件，调解成功8448件，调解成功率80%。'),
      findings: [{ code: 'figure/rate', at: '80%', message: '成功率与分子分母不符：8448件÷9000件=93.867%，应为94%，文中为80%' }],
    },
    {
      name: 'a correction rate at the end of a 其中 list in brackets closing the sentence',
      text: p('全年共审结行政复议案件120件（其中撤销10件，变更2件，确认违法6件，纠错率20%）。'),
      findings: [{ code: 'figure/rate', at: '20%', message: '纠错率与分子分母不符：(10件+2件+6件)÷120件=15.000%，应为15%，文中为20%' }],
    },
    {
      name: 'a whole count written noun first (案件新收N件), its closing rate in the next sentence',
      text: p('全年行政诉讼案件新收240件。审结200件，结案率90%。'),
      findings: [{ code: 'figure/rate', at: '90%', message: /^结案率高于按所列数字算得的上限：200件÷240件=83\.333%，文中为90%/ }],
    },
    {
      name: 'a whole count scoped by 今年以来, its closing rate in the next sentence',
      text: p('今年以来新收行政诉讼案件240件。审结200件，结案率90%。'),
      findings: [{ code: 'figure/rate', at: '90%', message: /^结案率高于按所列数字算得的上限：200件÷240件=83\.333%，文中为90%/ }],
    },
    {
      name: 'a closing rate over the valid part named after a bare 其中 in the sentence before',
      text: p('全年共受理群众诉求6200件。其中，有效诉求6000件，无效诉求200件。办结5880件，在办120件，办结率90%。'),
      findings: [{ code: 'figure/rate', at: '90%', message: '办结率与分子分母不符：5880件÷6000件=98.000%，应为98%，文中为90%' }],
    },
    {
      name: 'a handling rate named after the service and the noun, the intake in the paragraph before (its own has only levels)',
      text: p('2023年，某市12345热线全年受理群众诉求5000件，同比增长3%。\n\n从受理分布看，市本级受理3000件，各县区受理2000件。全年在线解答诉求3500件，在线解答率75%。'),
      findings: [{ code: 'figure/rate', at: '75%', message: '解答率与分子分母不符：3500件÷5000件=70.000%，应为70%，文中为75%' }],
    },
    {
      name: 'a handling rate named after the hotline platform, the intake in its paragraph (条)',
      text: p('全市12345热线平台全年受理市民诉求8000条。热线平台全年直接答复诉求5600条，直接答复率72%。'),
      findings: [{ code: 'figure/rate', at: '72%', message: '答复率与分子分母不符：5600条÷8000条=70.000%，应为70%，文中为72%' }],
    },
    {
      name: 'a coverage of the part picked out of the cases formed that year (…中的B宗进行了自查，评查面)',
      text: p('全县共对本年度形成的1250宗案卷中的1100宗进行了自查，评查面为90.0%。'),
      findings: [{ code: 'figure/rate', at: '90.0%', message: '评查面与分子分母不符：1100宗÷1250宗=88.000%，应为88.0%，文中为90.0%' }],
    },
    {
      name: 'a part picked out with 在…中，有, its rate named by what was done to it',
      text: p('在受理的640件信息公开申请中，有560件予以公开，公开比例为85.5%。'),
      findings: [{ code: 'figure/rate', at: '85.5%', message: '公开比例与分子分母不符：560件÷640件=87.500%，应为87.5%，文中为85.5%' }],
    },
    {
      name: 'a part of the mediators picked out, trained (人)',
      text: p('全市2400名人民调解员中的2160名参加了业务培训，培训率为92%。'),
      findings: [{ code: 'figure/rate', at: '92%', message: '培训率与分子分母不符：2160名÷2400名=90.000%，应为90%，文中为92%' }],
    },
    {
      name: 'a rate opening the sentence after the one that ends with its counts',
      text: p('共调处矛盾纠纷500件，调解成功480件。全县调解成功率达98%。'),
      findings: [{ code: 'figure/rate', at: '98%', message: '成功率与分子分母不符：480件÷500件=96.000%，应为96%，文中为98%' }],
    },
    {
      name: 'a rate before its counts in the sentence before, the corrections listed under 其中 after the population',
      text: p('行政复议案件纠错率达20%。全年审结行政复议案件150件，其中撤销18件、变更3件、确认违法5件。'),
      findings: [{ code: 'figure/rate', at: '20%', message: '纠错率与分子分母不符：(18件+3件+5件)÷150件=17.333%，应为17%，文中为20%' }],
    },
    {
      name: '持证上岗率 ← 持证, the rate before its counts (人)',
      text: p('执法人员持证上岗率100%，全市行政执法人员1,200人，持证1,150人。'),
      findings: [{ code: 'figure/rate', at: '100%', message: '持证上岗率与分子分母不符：1,150人÷1,200人=95.833%，应为96%，文中为100%' }],
    },
    {
      name: 'a rate stated before its counts, in the same sentence (a subject before the rate word is the counts\' too)',
      text: p('全市行政复议结案率为93.3%，全年共受理行政复议案件120件，审结110件。'),
      findings: [{ code: 'figure/rate', at: '93.3%', message: '结案率与分子分母不符：110件÷120件=91.667%，应为91.7%，文中为93.3%' }],
    },
    {
      name: 'a rate stated before its counts: a manner word next to the stem the counts repeat, thousands commas',
      text: p('12345热线按期办结率为99%，全年受理市民诉求8,600件，按期办结8,400件。'),
      findings: [{ code: 'figure/rate', at: '99%', message: '办结率与分子分母不符：8,400件÷8,600件=97.674%，应为98%，文中为99%' }],
    },
    {
      name: 'a rate that ends its sentence, its counts opening the next one',
      text: p('全区信访事项办结率为98%。全年共受理信访事项300件，办结285件。'),
      findings: [{ code: 'figure/rate', at: '98%', message: '办结率与分子分母不符：285件÷300件=95.000%，应为95%，文中为98%' }],
    },
    {
      name: 'a rate before its counts after a colon: what was due and what was done',
      text: p('行政机关负责人出庭应诉率为95%：应出庭案件60件，实际出庭54件。'),
      findings: [{ code: 'figure/rate', at: '95%', message: '出庭应诉率与分子分母不符：54件÷60件=90.000%，应为90%，文中为95%' }],
    },
    {
      name: 'the population in an aside after the numerator',
      text: p('全年审结行政复议案件110件（受理120件），结案率93.3%。'),
      findings: [{ code: 'figure/rate', at: '93.3%', message: '结案率与分子分母不符：110件÷120件=91.667%，应为91.7%，文中为93.3%' }],
    },
    {
      name: 'what was due in an aside after the numerator (件次)',
      text: p('出庭应诉40件次（应出庭45件次），出庭应诉率100%。'),
      findings: [{ code: 'figure/rate', at: '100%', message: '出庭应诉率与分子分母不符：40件次÷45件次=88.889%，应为89%，文中为100%' }],
    },
    {
      name: 'a closing rate whose population is the count due in the sentence before',
      text: p('应办理工单1,500件，已办理1,500件，办结率100%。按期办结1,470件，按期办结率99%，超期办结30件。'),
      findings: [{ code: 'figure/rate', at: '99%', message: '办结率与分子分母不符：1,470件÷1,500件=98.000%，应为98%，文中为99%' }],
    },
    {
      name: 'closed counted by 办理 beside the count due (a hotline\'s sheet)',
      text: p('应办理工单6376件，已办理6376件，办结率100%；按期办理6363件，按期办结率98.8%。'),
      findings: [{ code: 'figure/rate', at: '98.8%', message: '办结率与分子分母不符：6363件÷6376件=99.796%，应为99.8%，文中为98.8%' }],
    },
    {
      name: 'a closing rate over the count handed on, a 其中 part of the calls beside it in another counter',
      text: p('接听群众来电8947个，其中转办2274件，办结1715件，办结率78.42%。'),
      findings: [{ code: 'figure/rate', at: '78.42%', message: '办结率与分子分母不符：1715件÷2274件=75.418%，应为75.42%，文中为78.42%' }],
    },
    {
      name: 'a rate whose numerator names two counts listed before it together (投诉举报), over their sum',
      text: p('全年共接收消费者投诉、举报、咨询300156件。其中，投诉136647件，同比增长33.00%；举报29375件，同比增长29.33%；咨询134134件，同比增长6.56%。投诉举报共办结156547件，办结率92.49%。'),
      findings: [{ code: 'figure/rate', at: '92.49%', message: '办结率与分子分母不符：156547件÷(136647件+29375件)=94.293%，应为94.29%，文中为92.49%' }],
    },
    {
      name: 'a completion above 100% of the tasks set, and a closing rate not over the tasks',
      text: p('市司法局下达2019年法律援助案件任务数为268件，截至11月中旬，共办理各类法律援助案件290件，完成率118%，结案案件249件，结案率为89%。'),
      findings: [
        { code: 'figure/rate', at: '118%', message: '完成率与分子分母不符：290件÷268件=108.209%，应为108%，文中为118%' },
        { code: 'figure/rate', at: '89%', message: '结案率高于按所列数字算得的上限：249件÷290件=85.862%，文中为89%（结案率的分母是收案数加旧存案件，不小于所列收案数，比率只会更低）' },
      ],
    },
    {
      name: 'a negated rate word (不满意率) over its negated count',
      text: p('电话回访群众800人次，其中不满意12人次，不满意率1.2%。'),
      findings: [{ code: 'figure/rate', at: '1.2%', message: '不满意率与分子分母不符：12人次÷800人次=1.500%，应为1.5%，文中为1.2%' }],
    },
    {
      name: '不合格率 over the files reviewed',
      text: p('评查行政执法案卷300卷，其中不合格12卷，不合格率5%。'),
      findings: [{ code: 'figure/rate', at: '5%', message: '不合格率与分子分母不符：12卷÷300卷=4.000%，应为4%，文中为5%' }],
    },
    {
      name: '纠错率 of documents reviewed ← 纠正',
      text: p('审查行政规范性文件合法性120件，提出修改意见并纠正12件，纠错率12%。'),
      findings: [{ code: 'figure/rate', at: '12%', message: '纠错率与分子分母不符：12件÷120件=10.000%，应为10%，文中为12%' }],
    },
    {
      name: '纠错率 as the sum of the corrections listed',
      text: p('共办理行政复议案件80件，其中撤销5件，变更2件，确认违法3件，纠错率15%。'),
      findings: [{ code: 'figure/rate', at: '15%', message: '纠错率与分子分母不符：(5件+2件+3件)÷80件=12.500%，应为13%，文中为15%' }],
    },
    {
      name: '公开率 ← 予以公开, over the requests received (公开申请 names the request, not the disclosure)',
      text: p('收到政府信息公开申请60件，予以公开40件，公开率75%。'),
      findings: [{ code: 'figure/rate', at: '75%', message: '公开率与分子分母不符：40件÷60件=66.667%，应为67%，文中为75%' }],
    },
    {
      name: '仲裁结案率 of counts named by the 仲裁 channel alone',
      text: p('全市仲裁机构共受理争议案件500件，审结480件，仲裁结案率90%。'),
      findings: [{ code: 'figure/rate', at: '90%', message: '结案率与分子分母不符：480件÷500件=96.000%，应为96%，文中为90%' }],
    },
    {
      name: '调处率 over the successes when no success rate stands beside it',
      text: p('全镇共受理纠纷300件，调处成功290件，调处率100%。'),
      findings: [{ code: 'figure/rate', at: '100%', message: '调处率与分子分母不符：290件÷300件=96.667%，应为97%，文中为100%' }],
    },
    {
      name: '化解率 ← 化解成功: the count that says it succeeded is the numerator, the other its population',
      text: p('排查化解矛盾纠纷500件，化解成功450件，化解率95%。'),
      findings: [{ code: 'figure/rate', at: '95%', message: '化解率与分子分母不符：450件÷500件=90.000%，应为90%，文中为95%' }],
    },
    {
      name: 'a rate defined in an aside after its word (纠错率（指…占…的比率）)',
      text: p('全年共审结备案文件50件，通知制定机关改正后准予备案的3件，备案审查纠错率（指自行改正占已审结数量的比率）为8%。'),
      findings: [{ code: 'figure/rate', at: '8%', message: '备案审查纠错率与分子分母不符：3件÷50件=6.000%，应为6%，文中为8%' }],
    },
    {
      name: 'the share of its plan a value completes',
      text: p('全市国有资本经营预算收入完成1860万元，完成年初预算数2400万元的72.5%。'),
      findings: [{ code: 'figure/rate', at: '72.5%', message: '完成预算的比例与分子分母不符：1860万元÷2400万元=77.500%，应为77.5%，文中为72.5%', fixed: p('全市国有资本经营预算收入完成1860万元，完成年初预算数2400万元的77.5%。') }],
    },
    {
      name: 'a share of the adjusted budget, written 预算调整数',
      text: p('政府性基金预算支出42166万元，完成预算调整数40233万元的100.32%。'),
      findings: [{ code: 'figure/rate', at: '100.32%', message: '完成预算的比例与分子分母不符：42166万元÷40233万元=104.805%，应为104.80%，文中为100.32%' }],
    },
    {
      name: 'a share of the plan the sentence states before the value (占预算的)',
      text: p('2021年度政府性基金收入预算为406500万元，完成收入441521万元，占预算的106.8%。'),
      findings: [{ code: 'figure/rate', at: '106.8%', message: '完成预算的比例与分子分母不符：441521万元÷406500万元=108.615%，应为108.6%，文中为106.8%' }],
    },
    {
      name: 'a rate of the part counted among the whole before it (the rate names what the part does)',
      text: p('全市126个行政执法单位中，118个实现执法信息公示，公示率达到95.7%。'),
      findings: [{ code: 'figure/rate', at: '95.7%', message: '公示率与分子分母不符：118个÷126个=93.651%，应为93.7%，文中为95.7%' }],
    },
    {
      name: 'a rate of listed grades that neither one grade nor grades together give',
      text: p('全年评查行政执法案卷320卷，评定合格案卷301卷，不合格案卷19卷，合格率96.1%。'),
      findings: [{ code: 'figure/rate', at: '96.1%', message: '合格率与分子分母不符：301卷÷320卷=94.063%，应为94.1%，文中为96.1%' }],
    },
    {
      name: '出庭应诉率 over what was due, its numerator 实际出庭',
      text: p('全年行政诉讼案件中，应出庭122件，实际出庭119件，出庭应诉率99.5%。'),
      findings: [{ code: 'figure/rate', at: '99.5%', message: '出庭应诉率与分子分母不符：119件÷122件=97.541%，应为97.5%，文中为99.5%' }],
    },
    {
      name: 'a numerator after 已有, what was done to it after it',
      text: p('全县共有22个街道，已有19个街道建成矛盾纠纷调处中心，建成率为90%。'),
      findings: [{ code: 'figure/rate', at: '90%', message: '建成率与分子分母不符：19个÷22个=86.364%，应为86%，文中为90%' }],
    },
    {
      name: 'coverage after all the places counted and the facilities built in them',
      text: p('全县共有行政村156个，已建成村级调解室150个，覆盖率达98.2%。'),
      findings: [{ code: 'figure/rate', at: '98.2%', message: '覆盖率与分子分母不符：150个÷156个=96.154%，应为96.2%，文中为98.2%' }],
    },
    {
      name: 'a rate of the part counted among the whole before it (the rate names the whole)',
      text: p('1560项政务服务事项中，1490项进驻县政务服务中心，政务服务事项进驻率达到98.5%。'),
      findings: [{ code: 'figure/rate', at: '98.5%', message: '进驻率与分子分母不符：1490项÷1560项=95.513%，应为95.5%，文中为98.5%' }],
    },
    {
      name: 'a closing rate over the calls answered (接听) in the sentence before',
      text: p('全年12345热线共接听群众来电8000个。办结7800个，办结率95.5%。'),
      findings: [{ code: 'figure/rate', at: '95.5%', message: '办结率与分子分母不符：7800个÷8000个=97.500%，应为97.5%，文中为95.5%' }],
    },
    {
      name: 'the population is the 共 total closing the sentence before, a 同比 clause after it',
      text: p('全市人民调解组织共调处矛盾纠纷5000件，同比增长9%。调解成功4950件，调解成功率98.5%。'),
      findings: [{ code: 'figure/rate', at: '98.5%', message: '成功率与分子分母不符：4950件÷5000件=99.000%，应为99.0%，文中为98.5%' }],
    },
    {
      name: 'an average per village (平均每村) over the count of villages stated a sentence before',
      text: p('全镇辖15个行政村。全年开展普法活动150场，平均每村12场。'),
      findings: [{ code: 'figure/rate', at: '12场', message: '平均数与总数不符：150场÷15个=10.00场，应为10场，文中为12场' }],
    },
    {
      name: 'an outcome rate over the closed cases of an earlier sentence (受理 said to be all closed)',
      text: p('全年共受理行政复议案件12件，已全部审结。经审理，维持6件，直接纠错4件，纠错率40%。'),
      findings: [{ code: 'figure/rate', at: '40%', message: '纠错率与分子分母不符：4件÷12件=33.333%，应为33%，文中为40%' }],
    },
    {
      name: 'a hard-wrapped plain-text paragraph is one paragraph; a line break inside the rate words does not part them',
      format: 'plaintext',
      text: [
        '本年度全区共审结行政复议案件15件，均在法定期',
        '限内审结。从审理结果看，维持原行政行为的共有',
        '9件；作出撤销、变更等纠错决定4件，纠错率高',
        '达33.3%，另有2件因申请人撤回申请而终止审理。',
      ].join('\n'),
      findings: [{ code: 'figure/rate', at: '33.3%', message: '纠错率与分子分母不符：4件÷15件=26.667%，应为26.7%，文中为33.3%' }],
    },
    {
      name: 'a daily average over the days of the stated period',
      text: p('2024年3月4日至3月10日，市民热线共受理来电5236件，日均784件。'),
      findings: [{ code: 'figure/rate', at: '784件', message: '日均数与总数不符：5236件÷7天=748.00件，应为748件，文中为784件', fixed: p('2024年3月4日至3月10日，市民热线共受理来电5236件，日均748件。') }],
    },
    {
      name: 'a per-head average over the one headcount of its sentence',
      text: p('全局共有执法人员80人，全年办理案件1000件，人均办案14.5件。'),
      findings: [{ code: 'figure/rate', at: '14.5件', message: '人均数与总数不符：1000件÷80人=12.500件，应为12.5件，文中为14.5件', fixed: p('全局共有执法人员80人，全年办理案件1000件，人均办案12.5件。') }],
    },
    {
      name: 'an average amount over the one count of another unit, in the units written',
      text: p('全年共作出行政处罚决定书2.46万份，罚没款总计9.81亿元，平均罚款金额4.6万元。'),
      findings: [{ code: 'figure/rate', at: '4.6万元', message: '平均数与总数不符：9.81亿元÷2.46万份=3.988万元，应为4.0万元，文中为4.6万元' }],
    },
    {
      name: '案结事了率 over the closed cases of the sentence before, its numerator named after the count',
      text: p('全年新收行政复议案件520件，办结480件。经复议后，有420件案件未再进入诉讼程序，案结事了率达85%。'),
      findings: [{ code: 'figure/rate', at: '85%', message: '案结事了率与分子分母不符：420件÷480件=87.500%，应为88%，文中为85%' }],
    },
    {
      name: '结案率 over 受理 (旧存 and 新收): checked both ways',
      text: p('全年共受理各类案件2410件，审结2306件，结案率94.7%。'),
      findings: [{ code: 'figure/rate', at: '94.7%', message: '结案率与分子分母不符：2306件÷2410件=95.685%，应为95.7%，文中为94.7%' }],
    },
    {
      name: '结案率 over 审执结 (a court\'s closed trial and enforcement cases)',
      text: p('受理各类案件82976件，审执结82146件，结案率99.37%。'),
      findings: [{ code: 'figure/rate', at: '99.37%', message: /82146件÷82976件=99\.000%，应为99\.00%，文中为99\.37%/ }],
    },
    {
      name: '结案率 above 审结 ÷ 新收: no base with cases carried over gives it',
      text: p('新收行政诉讼案件840件，审结700件，结案率为83.6%。'),
      findings: [{
        code: 'figure/rate',
        severity: 'error',
        at: '83.6%',
        message: '结案率高于按所列数字算得的上限：700件÷840件=83.333%，文中为83.6%（结案率的分母是收案数加旧存案件，不小于所列收案数，比率只会更低）',
        fixed: p('新收行政诉讼案件840件，审结700件，结案率为83.3%。'),
      }],
    },
    {
      name: '结案率 over 办结, and above every stated intake',
      text: p('收案900件，其中新收840件，办结700件，结案率为100%。'),
      findings: [{ code: 'figure/rate', message: /700件÷840件=83\.333%，文中为100%/, at: '100%' }],
    },
    {
      name: '结案率 over a count that says it holds the cases carried over: checked both ways',
      text: p('受理民事案件755件（含旧存280件），结案600件，结案率76.5%。'),
      findings: [{ code: 'figure/rate', message: '结案率与分子分母不符：600件÷755件=79.470%，应为79.5%，文中为76.5%', at: '76.5%' }],
    },
    {
      name: 'a closing rate over the valid part of the intake stated sentences before, the cases still open beside it',
      text: p('本月共接收工单3200件，其中有效工单3000件，无效工单200件，电话渠道2800件。已办结2940件，在办60件，办结率95%。'),
      findings: [{ code: 'figure/rate', message: '办结率与分子分母不符：2940件÷3000件=98.000%，应为98%，文中为95%', at: '95%' }],
    },
    {
      name: 'a closing rate with the cases still open beside it, over the intake of the paragraph',
      text: p('全年共受理信访事项1,200件。办结1,100件，协调办理中100件，办结率95%。'),
      findings: [{ code: 'figure/rate', message: /1,100件÷1,200件=91\.667%，应为92%，文中为95%/, at: '95%' }],
    },
    {
      name: 'a ratio of two counts named by its words (复议诉讼比值), the counts apart',
      text: p('全年新收行政复议申请1200件，同比增长12%，新收一审行政诉讼案件400件，同比下降3%，复议诉讼比值达3.2，同比增长15%。'),
      findings: [{ code: 'figure/rate', message: '复议诉讼比值与两数不符：1200件÷400件=3.000，应为3.0，文中为3.2', at: '3.2', fixed: p('全年新收行政复议申请1200件，同比增长12%，新收一审行政诉讼案件400件，同比下降3%，复议诉讼比值达3.0，同比增长15%。') }],
    },
    {
      name: 'a ratio of two counts joined by 与, written as "之比为", with a place word before it',
      text: p('全县受理行政复议案件540宗、行政诉讼案件300宗；全县行政复议与行政诉讼之比为2.8∶1。'),
      findings: [{ code: 'figure/rate', message: /540宗÷300宗=1\.800，应为1\.8，文中为2\.8/, at: '2.8' }],
    },
    {
      name: '网办事项比例 (the counted noun before 比例) over the items online, numbers set off by spaces',
      text: p('市级 640 项政务服务事项进驻政务服务网，560 项事项实现网上可办，网办事项比例达 90.5%。'),
      findings: [{ code: 'figure/rate', message: '网办比例与分子分母不符：560 项÷640 项=87.500%，应为87.5%，文中为90.5%', at: '90.5%' }],
    },
    {
      name: '网办业务率 over 全程网办',
      text: p('区本级办理政务服务业务3000件，其中全程网办2400件，网办业务率达85%。'),
      findings: [{ code: 'figure/rate', message: /2400件÷3000件=80\.000%，应为80%，文中为85%/, at: '85%' }],
    },
    {
      name: '网办比例 over 网上可办',
      text: p('政务服务事项1200项，网上可办1100项，网办比例95%。'),
      findings: [{ code: 'figure/rate', message: '网办比例与分子分母不符：1100项÷1200项=91.667%，应为92%，文中为95%', at: '95%', fixed: p('政务服务事项1200项，网上可办1100项，网办比例92%。') }],
    },
    {
      name: 'coverage over all 13 villages: no k/13 gives 90%',
      text: p('全镇13个村全部建成法律服务室，覆盖率达90%。'),
      findings: [{
        code: 'figure/rate',
        at: '90%',
        message: '90%无法由13个得出：k/13中最接近的是11/13=84.6%，12/13=92.3%（覆盖率的分母是全部13个村）',
        fixed: p('全镇13个村全部建成法律服务室，覆盖率达85%。'),
      }],
    },
    {
      name: 'coverage over all places with the covered ones stated',
      text: p('全市12个乡镇建立公共法律服务站11个，覆盖率达90%。'),
      findings: [{ code: 'figure/rate', message: /k\/12中最接近的是10\/12=83\.3%，11\/12=91\.7%/, at: '90%' }],
    },
    {
      name: 'coverage at one decimal',
      text: p('全镇13个村全部建成法律服务室，覆盖率达90.0%。'),
      findings: [{ code: 'figure/rate', message: /90\.0%无法由13个得出/, at: '90.0%', fixed: p('全镇13个村全部建成法律服务室，覆盖率达84.6%。') }],
    },
    {
      name: 'a count per thousand of a measure: the count of its words over the one count in that measure, times 1000',
      text: p('各区共开展执法检查1732家次。查处重大事故隐患86项次，同比减少27.7%，每千家次检查查处重大事故隐患49.9项次。'),
      findings: [{ code: 'figure/rate', at: '49.9项', message: '每千家次的数与分子分母不符：86项÷1732家次×1000=49.654，应为49.7，文中为49.9项' }],
    },
    {
      name: 'a refusal rate over the decisions both ways, the refusal\'s words with an aside of what they hold',
      text: p('经审查后决定起诉348件427人，决定不起诉(含附条件不起诉)48件55人，不诉率为11.59%。'),
      findings: [{ code: 'figure/rate', at: '11.59%', message: '不诉率与分子分母不符：55人÷(55人+427人)=11.411%，应为11.41%，文中为11.59%' }],
    },
    {
      name: 'a rate right after a clause saying all of that work was done (全部完成…), no count in it',
      text: p('截至目前，7月差评工单全部完成按时整改，差评按时整改率99%。'),
      findings: [{ code: 'figure/rate', at: '99%', message: '整改率应为100%：文中说“全部完成按时整改”即全部整改，文中为99%', fixed: p('截至目前，7月差评工单全部完成按时整改，差评按时整改率100%。') }],
    },
    {
      name: 'a refusal rate over both decisions marked 共, in cases and people: off',
      text: p('共起诉各类犯罪257件292人，共不起诉67件70人，不起诉率为13.94%。'),
      findings: [{ code: 'figure/rate', at: '13.94%', message: '不起诉率与分子分母不符：70人÷(70人+292人)=19.337%，应为19.34%，文中为13.94%' }],
    },
    {
      name: 'a saving rate neither over what was paid nor over the budget',
      text: p('2020年共完成政府采购交易项目111个，交易额23271.8893万元，节约资金1857.149947万元，节约率7.89%。'),
      findings: [{ code: 'figure/rate', at: '7.89%', message: '节约率与节约额、交易额不符：1857.149947万元÷23271.8893万元=7.9802%，按预算（交易额与节约额之和）计为7.3905%，文中为7.89%' }],
    },
    {
      name: 'coverage of a stock counted with 共有, the part repeating its noun',
      text: p('全县共有13个乡镇，已有12个乡镇建成公共法律服务工作站，覆盖率达90%。'),
      findings: [{ code: 'figure/rate', message: '覆盖率与分子分母不符：12个÷13个=92.308%，应为92%，文中为90%', at: '90%', fixed: p('全县共有13个乡镇，已有12个乡镇建成公共法律服务工作站，覆盖率达92%。') }],
    },
    {
      name: 'coverage of a stock counted with 全县, the part in the next clause',
      text: p('全县13个乡镇，12个乡镇建成公共法律服务工作站，覆盖率达90%。'),
      findings: [{ code: 'figure/rate', message: /12个÷13个=92\.308%/, at: '90%' }],
    },
    {
      name: 'the population is the 共 total closing the sentence before',
      text: p('全市人民调解组织共调处矛盾纠纷5000件。调解成功4950件，调解成功率98.5%。'),
      findings: [{ code: 'figure/rate', severity: 'error', at: '98.5%', message: '成功率与分子分母不符：4950件÷5000件=99.000%，应为99.0%，文中为98.5%',
        fixed: p('全市人民调解组织共调处矛盾纠纷5000件。调解成功4950件，调解成功率99.0%。') }],
    },
    {
      name: 'S5: truncation instead of half-up is a warning',
      text: p('今年共调处矛盾纠纷8495件，调解成功8454件，成功率99.51%。'),
      findings: [{
        code: 'figure/rate',
        message: '成功率应四舍五入为99.52%：8454件÷8495件=99.517%，文中99.51%是截尾而非四舍五入',
        at: '99.51%',
        severity: 'warning',
        fixed: p('今年共调处矛盾纠纷8495件，调解成功8454件，成功率99.52%。'),
      }],
    },
    {
      name: 'H4: rounding to 100.0% would claim all: the fix keeps one more digit',
      text: p('全区共调处矛盾纠纷4708起，成功化解矛盾纠纷4706起，调处成功率99.9%。'),
      findings: [{ code: 'figure/rate', message: /写作99\.96%/, at: '99.9%', severity: 'warning', fixed: p('全区共调处矛盾纠纷4708起，成功化解矛盾纠纷4706起，调处成功率99.96%。') }],
    },
    {
      name: 'a rate beyond rounding',
      text: p('调处矛盾纠纷8495件，调解成功8454件，成功率98.5%。'),
      findings: [{
        code: 'figure/rate',
        message: '成功率与分子分母不符：8454件÷8495件=99.517%，应为99.5%，文中为98.5%',
        at: '98.5%',
        severity: 'error',
        fixed: p('调处矛盾纠纷8495件，调解成功8454件，成功率99.5%。'),
      }],
    },
    {
      name: '100% with a numerator different from the denominator',
      text: p('行政机关负责人应出庭40次，实际出庭38次，出庭率100%。'),
      findings: [{ code: 'figure/rate', message: /38次÷40次=95\.000%，应为95%，文中为100%/, at: '100%', fixed: p('行政机关负责人应出庭40次，实际出庭38次，出庭率95%。') }],
    },
    {
      name: 'an aside after the numerator is a subset of it, not the numerator (N5 variant)',
      text: p('行政机关负责人应出庭40次，实际出庭38次（其中正职负责人出庭7次），出庭率保持100%。'),
      findings: [{ code: 'figure/rate', message: /38次÷40次=95\.000%，应为95%，文中为100%/, at: '100%' }],
    },
    {
      name: 'leaving out the withdrawn cases does not explain it either',
      text: p('审结行政诉讼案件27件，胜诉24件，撤诉3件，胜诉率90%。'),
      findings: [{ code: 'figure/rate', message: /24件÷27件=88\.889%，应为89%，文中为90%/, at: '90%' }],
    },
    {
      name: 'an earlier rate of another stem does not hide the denominator',
      text: p('应诉案件50件，胜诉45件，胜诉率90%，败诉5件，败诉率12%。'),
      findings: [{ code: 'figure/rate', message: /5件÷50件=10\.000%，应为10%，文中为12%/, at: '12%' }],
    },
    {
      name: 'a wrong rate whose right value rounds to 100.0% is shown with one more digit (H4 variant)',
      text: p('全区共调处矛盾纠纷4708起，成功化解矛盾纠纷4706起，调处成功率98.9%。'),
      findings: [{ code: 'figure/rate', message: '成功率与分子分母不符：4706起÷4708起=99.958%，应为99.96%，文中为98.9%', at: '98.9%' }],
    },
    {
      name: 'the rate names its population with a word left out (行政案件 ← 一审行政诉讼案件)',
      text: p('各级法院共审结一审行政诉讼案件52件，行政案件调撤率36.55%。'),
      findings: [{ code: 'figure/rate', message: /^36\.55%无法由52件得出：k\/52中最接近的是19\/52=36\.54%/, at: '36.55%' }],
    },
    {
      name: 'the count of the rate\'s own ；-item, not one of an earlier item',
      text: p('全区6个调解组织全部规范化，规范化率100%；代理行政诉讼案件18件，胜诉率95%。'),
      findings: [{ code: 'figure/rate', message: /^95%无法由18件得出/, at: '95%' }],
    },
    {
      name: 'an unreachable rate is named against the largest count, not a part that may be its numerator',
      text: p('镇调解中心受理纠纷27件，化解14件，调解成功率53.6%。'),
      findings: [{ code: 'figure/rate', message: '53.6%无法由27件得出：k/27中最接近的是14/27=51.9%，15/27=55.6%', at: '53.6%' }],
    },
    {
      name: 'B2: no k/18 gives 95%',
      text: p('市直经复议行政诉讼应诉案件18件，法定代表人出庭率100%、胜诉率95%。'),
      findings: [{
        code: 'figure/rate',
        message: '95%无法由18件得出：k/18中最接近的是17/18=94.4%，18/18=100.0%',
        at: '95%',
        severity: 'error',
        fixed: p('市直经复议行政诉讼应诉案件18件，法定代表人出庭率100%、胜诉率94%。'),
      }],
    },
    {
      name: 'a closing rate over the cases received stated in the sentence before',
      text: p('全年共受理行政复议案件320件。审结300件，结案率95%。'),
      findings: [{ code: 'figure/rate', at: '95%', message: '结案率与分子分母不符：300件÷320件=93.750%，应为94%，文中为95%', fixed: p('全年共受理行政复议案件320件。审结300件，结案率94%。') }],
    },
    {
      name: 'an on-time closing rate over the letters received in the sentence before',
      text: p('全年共收到信访事项1200件。按期办结1150件，按期办结率97.5%。'),
      findings: [{ code: 'figure/rate', at: '97.5%', message: '办结率与分子分母不符：1150件÷1200件=95.833%，应为95.8%，文中为97.5%' }],
    },
    {
      name: 'a 结案率 above the bound of 审结 over 新收 stated in the sentence before',
      text: p('全年新收行政诉讼案件200件。审结180件，结案率95%。'),
      findings: [{ code: 'figure/rate', at: '95%', message: /^结案率高于按所列数字算得的上限：180件÷200件=90\.000%/ }],
    },
    {
      name: '结收比: closed over new cases',
      text: p('全年收案200件，结案180件，结收比95%。'),
      findings: [{ code: 'figure/rate', at: '95%', message: '结收比与分子分母不符：180件÷200件=90.000%，应为90%，文中为95%' }],
    },
    {
      name: '不合格率 over the samples (批次) of the whole count two sentences before, its 其中 parts between',
      text: p('2023年，全区市场监管部门共完成食品安全监督抽检3600批次，同比增长12%。其中，普通食品2400批次，食用农产品1200批次。检出不合格食品90批次，总体不合格率2.9%，合格率为97.5%。'),
      findings: [{ code: 'figure/rate', at: '2.9%', message: '不合格率与分子分母不符：90批次÷3600批次=2.500%，应为2.5%，文中为2.9%' }],
    },
    {
      name: '不合格率 over the whole count of samples, not the parts listed under 其中 in the sentence between',
      text: p('全年共抽检食品2000批次。其中，监督抽检1200批次，评价性抽检800批次。检出不合格样品40批次，不合格率2.5%。'),
      findings: [{ code: 'figure/rate', at: '2.5%', message: '不合格率与分子分母不符：40批次÷2000批次=2.000%，应为2.0%，文中为2.5%' }],
    },
    {
      name: '不合格率 over the samples (个) of the sentence before',
      text: p('全年共抽检成品油样品300个。检出不合格样品6个，不合格率3%。'),
      findings: [{ code: 'figure/rate', at: '3%', message: '不合格率与分子分母不符：6个÷300个=2.000%，应为2%，文中为3%' }],
    },
    {
      name: '问题发现率 over the inspections (家次) of the sentence before',
      text: p('全区共开展执法检查5000家次。发现问题1200家次，问题发现率为26%。'),
      findings: [{ code: 'figure/rate', at: '26%', message: '发现率与分子分母不符：1200家次÷5000家次=24.000%，应为24%，文中为26%' }],
    },
    {
      name: '优秀率 over the case files reviewed (评查, 卷) in the sentence before',
      text: p('全年组织行政执法案卷评查500卷。评为优秀的120卷，优秀率30%。'),
      findings: [{ code: 'figure/rate', at: '30%', message: '优秀率与分子分母不符：120卷÷500卷=24.000%，应为24%，文中为30%' }],
    },
    {
      name: '出庭率 over what was due (应出庭) in the sentence before',
      text: p('全年行政诉讼案件应出庭120件。负责人出庭118件，出庭率100%。'),
      findings: [{ code: 'figure/rate', at: '100%', message: '出庭率与分子分母不符：118件÷120件=98.333%，应为98%，文中为100%' }],
    },
    {
      name: '达标率 over the sections monitored in the sentence before (个)',
      text: p('全市共设置地表水监测断面20个。水质达标17个，达标率90%。'),
      findings: [{ code: 'figure/rate', at: '90%', message: '达标率与分子分母不符：17个÷20个=85.000%，应为85%，文中为90%' }],
    },
    {
      name: 'a rate opening with 其中 over the 共 total of the sentence before, no word in common (持证, 人)',
      text: p('全市共有行政执法人员3000人。其中，持证2900人，持证率98%。'),
      findings: [{ code: 'figure/rate', at: '98%', message: '持证率与分子分母不符：2900人÷3000人=96.667%，应为97%，文中为98%' }],
    },
    {
      name: 'a rate opening with 其中 over the 共 total of the sentence before (化解 of the disputes found)',
      text: p('全区共排查矛盾纠纷2000件。其中，化解1900件，化解率98%。'),
      findings: [{ code: 'figure/rate', at: '98%', message: '化解率与分子分母不符：1900件÷2000件=95.000%，应为95%，文中为98%' }],
    },
    {
      name: '问题发现率 over the enterprises inspected (抽查, 家) in the sentence before',
      text: p('全年共抽查企业400家。发现问题企业60家，问题发现率12%。'),
      findings: [{ code: 'figure/rate', at: '12%', message: '发现率与分子分母不符：60家÷400家=15.000%，应为15%，文中为12%' }],
    },
    {
      name: 'a per-head average over the 共 total, not its 其中 part',
      text: p('全局共有执法人员80人，全年共开展行政执法检查14620件，其中双随机检查3105件，人均检查186.25件。'),
      findings: [{ code: 'figure/rate', at: '186.25件', message: '人均数与总数不符：14620件÷80人=182.7500件，应为182.75件，文中为186.25件' }],
    },
    {
      name: '办结率 ← 结案 (数字城管, 宗), over the cases received',
      text: p('系统共受理案件3200宗，结案3150宗，办结率99.84%。'),
      findings: [{ code: 'figure/rate', at: '99.84%', message: '办结率与分子分母不符：3150宗÷3200宗=98.438%，应为98.44%，文中为99.84%' }],
    },
    {
      name: '办结率 ← 审结 (仲裁), items set off by a semicolon and 、',
      text: p('市劳动人事争议仲裁院受理仲裁案件820件；审结779件、案件办结率97%。'),
      findings: [{ code: 'figure/rate', at: '97%', message: '办结率与分子分母不符：779件÷820件=95.000%，应为95%，文中为97%' }],
    },
    {
      name: '结案率 over what was due (应结案): the whole base, checked both ways',
      text: p('事件类有效立案数共620件，其中应结案数为600件，结案数为570件，结案率为97%。'),
      findings: [{ code: 'figure/rate', at: '97%', message: '结案率与分子分母不符：570件÷600件=95.000%，应为95%，文中为97%' }],
    },
    {
      name: '结案率 over 应结案 工单 (12345), lower than the count gives',
      text: p('全年12345热线应结案工单2000件，已结案1900件，结案率93%。'),
      findings: [{ code: 'figure/rate', at: '93%', message: '结案率与分子分母不符：1900件÷2000件=95.000%，应为95%，文中为93%' }],
    },
    {
      name: 'an appearance rate over the appearances due, stated after the numerator',
      text: p('全年负责人出庭应诉45件，应出庭50件，出庭率92%。'),
      findings: [{ code: 'figure/rate', at: '92%', message: '出庭率与分子分母不符：45件÷50件=90.000%，应为90%，文中为92%' }],
    },
    {
      name: 'an appearance rate over the 应出庭应诉 count (due, not a numerator)',
      text: p('全年应出庭应诉案件50件，负责人出庭45件，出庭应诉率100%。'),
      findings: [{ code: 'figure/rate', at: '100%', message: '出庭应诉率与分子分母不符：45件÷50件=90.000%，应为90%，文中为100%' }],
    },
    {
      name: '办结率 over the whole marked 共 in the paragraph before, no verb of intake (投诉举报工单共640件)',
      text: p('11月份投诉举报工单共640件，其中，来电登记206件、来信登记157件。\n截至目前，已办结回复485件，办结率73.78%。'),
      findings: [{ code: 'figure/rate', at: '73.78%', message: '办结率与分子分母不符：485件÷640件=75.781%，应为75.78%，文中为73.78%' }],
    },
    {
      name: 'the share of a plan named at length (完成…批准收入调整预算37.5亿元的…)',
      text: p('2023年区级一般公共预算收入预计完成39.1亿元，完成区第十八届人大常委会第十九次会议批准收入调整预算37.5亿元的106.3%。'),
      findings: [{ code: 'figure/rate', at: '106.3%', message: '完成预算的比例与分子分母不符：39.1亿元÷37.5亿元=104.267%，应为104.3%，文中为106.3%' }],
    },
    {
      name: 'V覆盖率 over what was due (应监督…，实监督…)',
      text: p('全区应监督户数24853户，实监督户数21100户，监督覆盖率86.90%。'),
      findings: [{ code: 'figure/rate', at: '86.90%', message: '监督覆盖率与分子分母不符：21100户÷24853户=84.899%，应为84.90%，文中为86.90%' }],
    },
    {
      name: 'a count of people beside the denominator, which has a verb of its own (受理纠纷657件): judged against it',
      text: p('1至6月，全区各级人民调解组织共接待群众773批次，1988人，受理纠纷657件，调解纠纷649件，调解成功638件，调解率96.8%，成功率97.1%。'),
      findings: [{ code: 'figure/rate', at: '96.8%', message: '调解率与分子分母不符：649件÷657件=98.782%，应为98.8%，文中为96.8%' }],
    },
    {
      name: '办结率 over the whole marked 共 in the paragraph right before',
      text: p('11月份投诉举报工单共640件，其中，来电登记206件、来信登记157件。\n\n截至目前，已办结回复485件，办结率73.78%。'),
      findings: [{ code: 'figure/rate', at: '73.78%', message: '办结率与分子分母不符：485件÷640件=75.781%，应为75.78%，文中为73.78%' }],
    },
    {
      name: '调撤率 of withdrawals after mediation (经调解后…撤回)',
      text: p('2024年，新收行政复议案件200件，审结177件，其中作出维持决定41件，经调解后申请人自愿撤回行政复议申请71件，调撤率41.11%。'),
      findings: [{ code: 'figure/rate', at: '41.11%', message: '调撤率与分子分母不符：71件÷177件=40.113%，应为40.11%，文中为41.11%' }],
    },
    {
      name: '调撤率 over the closed cases, not over the outcome beside its numerator (驳回)',
      text: p('审结一审行政诉讼案件508件，其中判决驳回原告诉讼请求154件，裁定准予原告撤回起诉、按撤诉处理和调解案件111件，调撤率24.85%。'),
      findings: [{ code: 'figure/rate', at: '24.85%', message: '调撤率与分子分母不符：111件÷508件=21.850%，应为21.85%，文中为24.85%' }],
    },
    {
      name: '调撤率 over the closed cases, its numerator named 调解、撤诉 together',
      text: p('全年共审结一审行政诉讼案件80件。其中以调解、撤诉方式结案30件，调撤率40%。'),
      findings: [{ code: 'figure/rate', at: '40%', message: '调撤率与分子分母不符：30件÷80件=37.500%，应为38%，文中为40%' }],
    },
    {
      name: 'a rate of "万余" counts outside the range they give',
      text: p('全年受理诉求5.6万余件，办结5.4万余件，办结率90%。'),
      findings: [{ code: 'figure/rate', at: '90%', message: '办结率超出所列约数能得出的范围：5.4万余件÷5.6万余件在94.7%～98.2%之间，文中为90%', fixed: null }],
    },
    {
      name: 'a rate of a "万余" count and an exact one',
      text: p('全年受理诉求5.6万余件，办结54000件，办结率90%。'),
      findings: [{ code: 'figure/rate', at: '90%', message: '办结率超出所列约数能得出的范围：54000件÷5.6万余件在94.7%～96.4%之间，文中为90%' }],
    },
    {
      name: 'an on-time closing rate that neither the closed cases nor the received give',
      text: p('全年受理诉求56000件，办结54000件，按期办结49000件，按期办结率95%。'),
      findings: [{ code: 'figure/rate', at: '95%', message: '办结率与分子分母不符：49000件÷54000件=90.741%，应为91%，文中为95%' }],
    },
    {
      name: '结收比 above 100%: more cases closed than received',
      text: p('全年收案200件，结案210件，结收比110%。'),
      findings: [{ code: 'figure/rate', at: '110%', message: '结收比与分子分母不符：210件÷200件=105.000%，应为105%，文中为110%', fixed: p('全年收案200件，结案210件，结收比105%。') }],
    },
    {
      name: 'a satisfaction rate over the survey named 满意度',
      text: p('开展满意度回访2000人次，满意1900人次，满意率98%。'),
      findings: [{ code: 'figure/rate', at: '98%', message: '满意率与分子分母不符：1900人次÷2000人次=95.000%，应为95%，文中为98%' }],
    },
    {
      name: 'an on-time rate after the overall rate, on time and late adding up to the dispatched count (派单)',
      text: p('派单600件，按时结案590件，超时办理10件，结案率100%，按时结案率95%。'),
      findings: [{ code: 'figure/rate', at: '95%', message: '结案率与分子分母不符：590件÷600件=98.333%，应为98%，文中为95%' }],
    },
    {
      name: 'an on-time 办结率 after 办结率, counted in 起, on time and late (按期/逾期) adding up to the intake',
      text: p('全年受理群众来信1,200起，按期办结1,150起，逾期办结50起，办结率100%；按期办结率90.8%。'),
      findings: [{ code: 'figure/rate', at: '90.8%', message: '办结率与分子分母不符：1,150起÷1,200起=95.833%，应为95.8%，文中为90.8%' }],
    },
    {
      name: '化解成功率 over the disputes received, counts in 万余: outside the range they allow',
      text: p('县级矛调中心受理矛盾纠纷12.5万余件，化解12.3万余件，化解成功率达92.2%。'),
      findings: [{ code: 'figure/rate', at: '92.2%', message: '化解成功率超出所列约数能得出的范围：12.3万余件÷12.5万余件在97.6%～99.2%之间，文中为92.2%' }],
    },
    {
      name: '化解成功率 of exact counts with thousands commas, counted in 起',
      text: p('全年共排查矛盾纠纷3,200起，化解3,100起，化解成功率99.9%。'),
      findings: [{ code: 'figure/rate', at: '99.9%', message: '化解成功率与分子分母不符：3,100起÷3,200起=96.875%，应为96.9%，文中为99.9%' }],
    },
    {
      name: 'a rate over the closed cases of last year stated in the sentence before, the rate sentence naming no year',
      text: p('去年全市共审结行政复议案件1200件。直接纠错190件，直接纠错率14%，同比提高2.1个百分点。'),
      findings: [{ code: 'figure/rate', at: '14%', message: '纠错率与分子分母不符：190件÷1200件=15.833%，应为16%，文中为14%' }],
    },
    {
      name: 'a named earlier year carried on to the next sentence (thousands comma, 起)',
      text: p('2022年，全区共审结行政复议案件1,200起。经审理，维持800起，直接纠错240起，纠错率25%。'),
      findings: [{ code: 'figure/rate', at: '25%', message: '纠错率与分子分母不符：240起÷1,200起=20.000%，应为20%，文中为25%' }],
    },
    {
      name: 'a handling rate (直接答复率) over the intake named by the body that took it, in the sentence before',
      text: p('市民热线受理群众诉求5000件（次），其中电话4000个，网上受理1000件。直接答复3500件（次），直接答复率75%。'),
      findings: [{ code: 'figure/rate', at: '75%', message: '答复率与分子分母不符：3500件÷5000件=70.000%，应为70%，文中为75%' }],
    },
    {
      name: 'a 转办率 over the calls answered (接听, 个, thousands commas) in the sentence before',
      text: p('12345热线共接听群众来电8,000个。转办2,400个，转办率35%。'),
      findings: [{ code: 'figure/rate', at: '35%', message: '转办率与分子分母不符：2,400个÷8,000个=30.000%，应为30%，文中为35%' }],
    },
    {
      name: 'a 受理率 of 政务公开 requests received, in the sentence before',
      text: p('全年共收到政府信息公开申请120件。经审查，受理115件，受理率90%。'),
      findings: [{ code: 'figure/rate', at: '90%', message: '受理率与分子分母不符：115件÷120件=95.833%，应为96%，文中为90%' }],
    },
    {
      name: 'a rate cell of a table pasted flat (一行一条、单元格以“|”分隔): 已办结 ÷ 总件数',
      format: 'plaintext',
      text: '各县市区办理情况：\n承办县区 | 总件数 | 处理中 | 已办结 | 办结率 |\n甲区 | 74 | 0 | 74 | 100% |\n乙县 | 37 | 10 | 27 | 100% |\n',
      findings: [{ code: 'figure/rate', at: '100%', occurrence: 1, message: '办结率与分子分母不符：表中“乙县”一行，已办结27÷总件数37=72.973%，应为73%，文中为100%',
        fixed: '各县市区办理情况：\n承办县区 | 总件数 | 处理中 | 已办结 | 办结率 |\n甲区 | 74 | 0 | 74 | 100% |\n乙县 | 37 | 10 | 27 | 73% |\n' }],
    },
    {
      name: '网办率 over the items handled, those done on 一网通办 its numerator',
      text: p('全年办理不动产登记业务9600件，其中“一网通办”9120件，网办率96.0%。'),
      findings: [{ code: 'figure/rate', at: '96.0%', message: /^网办率与分子分母不符：9120件÷9600件=95\.000%，应为95\.0%，文中为96\.0%/ }],
    },
    {
      name: 'a Markdown table of 12345 work orders: 按时办结率 over 派单总数, thousands commas, not 100% unless all',
      text: p('| 单位 | 派单总数 | 按时办结数 | 超时办结数 | 按时办结率 |\n|---|---|---|---|---|\n| 住建局 | 1,250 | 1,249 | 1 | 100.0% |\n| 城管局 | 480 | 450 | 30 | 95.00% |'),
      findings: [
        { code: 'figure/rate', at: '100.0%', message: '按时办结率与分子分母不符：表中“住建局”一行，按时办结数1,249÷派单总数1,250=99.920%，应为99.9%，文中为100.0%' },
        { code: 'figure/rate', at: '95.00%', message: '按时办结率与分子分母不符：表中“城管局”一行，按时办结数450÷派单总数480=93.750%，应为93.75%，文中为95.00%' },
      ],
    },
    {
      name: 'a numerator written before what was done with it (其中N件调解结案), 调解率',
      text: p('全年受理劳动争议案件200件，其中150件调解结案，调解率80%。'),
      findings: [{ code: 'figure/rate', at: '80%', message: '调解率与分子分母不符：150件÷200件=75.000%，应为75%，文中为80%' }],
    },
    {
      name: 'a numerator written before what was done with it (其中N件成功化解), 化解率',
      text: p('共排查矛盾纠纷500件，其中480件成功化解，化解率为90%。'),
      findings: [{ code: 'figure/rate', at: '90%', message: '化解率与分子分母不符：480件÷500件=96.000%，应为96%，文中为90%' }],
    },
    {
      name: 'a numerator written before what was done with it (其中N件已办结), 办结率',
      text: p('全年受理信访事项300件，其中240件已办结，办结率为90%。'),
      findings: [{ code: 'figure/rate', at: '90%', message: '办结率与分子分母不符：240件÷300件=80.000%，应为80%，文中为90%' }],
    },
    {
      name: 'closed by two ways (个), the rate of the month over both together',
      text: p('接听来电3000个，现场解答办结1850个，转交部门办结1000个，当月办结率90%。'),
      findings: [{ code: 'figure/rate', at: '90%', message: '办结率与分子分母不符：(1850个+1000个)÷3000个=95.000%，应为95%，文中为90%' }],
    },
    {
      name: 'closed on time and late: the two together are all closed',
      text: p('共受理诉求2000件，按期办结1200件，逾期办结700件，办结率90%。'),
      findings: [{ code: 'figure/rate', at: '90%', message: '办结率与分子分母不符：(1200件+700件)÷2000件=95.000%，应为95%，文中为90%' }],
    },
    {
      name: 'closed cases named by their noun (已办结投诉), the count of that noun a line before among its siblings',
      text: p('其中咨询3000件，占总数50%。\n投诉2000件，占总数33.33%。\n举报1000件，占总数16.67%。\n已办结投诉1800件，办结率达95%。'),
      findings: [{ code: 'figure/rate', at: '95%', message: '办结率与分子分母不符：1800件÷2000件=90.000%，应为90%，文中为95%' }],
    },
    {
      name: 'closed letters named by their noun (已办结来信), the letters received a paragraph before',
      text: p('全年收到来信1200件。\n\n已办结来信1100件，办结率95%。'),
      findings: [{ code: 'figure/rate', at: '95%', message: '办结率与分子分母不符：1100件÷1200件=91.667%，应为92%，文中为95%' }],
    },
    {
      name: 'V完成率 over what was due to be done (应整改), its numerator named by V alone',
      text: p('排查应整改问题420个，已整改378个，整改完成率91.0%。'),
      findings: [{ code: 'figure/rate', at: '91.0%', message: '整改完成率与分子分母不符：378个÷420个=90.000%，应为90.0%，文中为91.0%' }],
    },
    {
      name: '查结率 over the cases received stated in the sentence before',
      text: p('全年受理渔政行政案件212件，其中非法捕捞案件96件，占45.3%。查结206件，查结率95.8%。'),
      findings: [{ code: 'figure/rate', at: '95.8%', message: '查结率与分子分母不符：206件÷212件=97.170%，应为97.2%，文中为95.8%' }],
    },
    // 到岗率 is a part of its whole: never above 100%.
    {
      name: '到岗率 above 100%',
      text: p('接收安置退役士兵860人，安置到岗率102%。'),
      findings: [{ code: 'figure/rate', at: '102%', message: '到岗率不可能超过100%：它是部分占全部的比率（部分不会多于全部），文中为“102%”，请核对' }],
    },
  ],
});
