import { figureShare } from '../../../src/core/rules/figure-share';
import { reportOf2023 as report, ruleTable } from '../rule-table';

const p = (body: string) => `${body}\n`;

ruleTable(figureShare, {
  valid: [
    // A count framing a sentence of stretches by ；, each share of it right.
    p('189件委员提案中，已经解决的有143件，占办理总数的75.7%；正在解决的有31件，占办理总数的16.4%；暂时难以解决的有15件，占办理总数的7.9%。'),
    // A structure written as a ratio adding up to 100 within its rounding; a ratio far from 100 is no structure of percents.
    p('全市检察机关刑事、民事、行政和公益诉讼“四大检察”业务占比结构为69.93:16.65:8.41:5.01。'),
    p('全市中小学师生比结构为1:15。'),
    // An item's own 其中 breakdown right after its share: the run of shares goes on past it, all fitting.
    p('全市12315平台受理投诉举报41601件，占诉求总量的52.93%，其中PC端14510件、微信小程序18640件、手机APP7028件；省统一平台受理28470件，占诉求总量的36.22%；来信受理4676件，占诉求总量的5.95%；电话受理3703件，占诉求总量的4.71%。'),
    // A part restated in a later section, its share of the whole of its verb right (483÷667).
    p('一、总体情况\n全县共受理投诉、举报、咨询、求助667件，同比增长113.78%。其中，投诉483件、举报73件、咨询6件、求助105件。\n二、热点分析\n（一）全县共受理投诉483件，占总受理量的72.41%。'),
    // Items of a 其中 list in brackets with their shares, all of the total before the brackets.
    p('共受理消费者诉求13459件（其中，投诉8875件，占比65.94%，举报1263件，占比9.38%，咨询3321件，占比24.67%），已办结13441件。'),
    // An aside not opened by 其中 is no list of parts here: only its first count and share are read, as any aside's.
    p('共受理消费者诉求13459件（投诉8875件，占比65.94%，举报1263件，占比19.38%），已办结13441件。'),
    // An item with its own share of the whole (占全部咨询总数的80.6%) is no base of a later item's share of that whole written
    // without 总数 (占全部咨询13.1%): the whole itself is not stated.
    p('受理咨询分为民事、刑事、行政、其他四大类，全年民事类咨询121668人次，占全部咨询总数的80.6%；刑事类咨询5756人次，占全部咨询总数的3.8%；行政类咨询3732人次，占全部咨询总数的2.5%；其他方面咨询19841人次，占全部咨询13.1%。'),
    // Pointing back at more items than the sentence before lists: no group.
    p('三季度共受理工单2848件。其中，社会保障类487件；住房与城乡建设类346件。上述五类诉求占工单总量的56.32%。'),
    // 男性 and 女性 with shares that fit their sum.
    p('2023年末全省常住人口中，男性为1769.69万人，占51.06%；女性为1696.30万人，占48.94%。'),
    // A count with a bare share of its own (共计53.4万起，占比为58.8%) is a sibling in a list of shares of all fires, no total of the next.
    p('2024年，建构筑物火灾39.1万起，占火灾总数的43.1%；农村地区火灾占比相对较大，共计53.4万起，占比为58.8%；从查明起火原因的火灾看，因电气故障引发29.3万起、占比为32.3%，因生活用火不慎引发19.8万起、占比为21.8%。'),
    p('此次评查确定优秀案卷24件，良好案卷41件，合格案卷12件，不合格案卷3件，优秀率占比30%，良好率占比51%，合格率占比15%，不合格率占比4%。'),
    // The lead names the complaints accepted (受理量), stated after all received: two bases fit.
    p('全年共接收投诉1.42万件，受理1.10万件，办结1.37万件。\n从投诉问题来看，投诉受理量较大的问题主要有：食品安全（3465件）、其他投诉问题（2066件）、售后服务（1671件）、质量（1198件），合计占比76.16%。'),
    // The first category named in the clause before its bare 占比, the list to the rest adding up.
    p('从数据看，基础设施问题凸显，占比25%，城市管理问题占比23%，物业管理问题占比17%，市容市貌问题占比13%，环境卫生问题占比11%，教育管理问题占比6%，其他问题占比5%。'),
    // The same within the counts' rounding (24.465÷29.485 to 24.475÷29.475).
    p('全国共有幼儿园29.48万所，比上年增加3117所，增长1.07%。其中，普惠性幼儿园24.47万所，比上年增加1.06万所，增长4.55%，占全国幼儿园的比例83.00%。'),
    // "占提案总数68%" fits the proposals accepted (53÷78), not those received (80): the other count of the noun explains it.
    p('共收到委员提案80件，根据政协提案工作条例，经提案委员会审查立案78件。\n\n一是提案提出的问题已基本解决或正在着手解决的有53件，占提案总数68%。'),
    // Past a ；, a count of another thing (事项) is no total of the part (便民服务站): the whole of those stations is not given.
    p('截至目前，我区共有1396个事项接入政务服务2.0系统，83个事项实现“跨省通办”，完成年度目标；积极推广政务服务平台，收件率达90.58%；建成“示范型”村级便民服务站167个，占比达50.3%。'),
    // A count with its own share of the same whole after it (a rate between) is a sibling of the next item, no total of it.
    p('今年以来区数字城管平台共受理民生热点类案件5422件，已结案5422件，结案率100%。其中，九龙镇受理案件数最多，共611件，结案率为100%，占全区总量的11.27%；其次是杨家坪街道，共立案532件，占全区总量的9.81%，结案率达100%。'),
    // Under a sorting heading: a partial list short of 100% (the rest unnamed), matters involved that may overlap, and whole
    // percents within their rounding.
    p('从投诉类型看，商品质量投诉120件，占40%，售后服务投诉90件，占30%，虚假宣传投诉30件，占10%。'),
    p('从涉及领域看，涉及食品安全的投诉120件，占60%，涉及价格的投诉90件，占45%，涉及质量的投诉30件，占15%。'),
    p('从申请事项看，行政处罚类共349件，占比31%；投诉举报类296件，占比27%；行政强制类223件，占比20%；信息公开类58件，占比5.4%；行政不作为类42件，占比4%；行政确认类15件，占比1.3%；其他类130件，占比12%。'),
    // The population named is a count of the paragraph (1762÷2188), not the total read first (7900).
    // Items after a count opening their own sentence are its shares, not those of an earlier count they add up to.
    p('8件人大代表建议所提问题已经解决（A类）1件，占承办总数的12.5%。正在解决或列入计划逐步解决（B类）7件，占承办总数的87.5%。12件政协委员提案所提问题已经解决（A类）4件，占承办总数的33.33%，正在解决或列入计划逐步解决（B类）7件，占承办总数的58.34%，所提问题暂时不能解决（C类）1件，占承办总数的8.33%。'),
    // The items' shares add up to the share of the group (三罪合计); an aside of category shares going on to the rest adds up to 100%.
    p('从起诉涉疫案件所涉罪名看，以诈骗罪为主，起诉40人，占比68.97%，起诉生产、销售伪劣产品罪5件，占比8.62%，起诉开设赌场罪3件，5.17%，三罪合计占82.76%。'),
    p('其中行政处罚类120件，占40%，行政许可类80件，占26.7%，信息公开类50件，占16.7%，上述三类案件共占83.3%。'),
    p('受理案件89384件（海商案件占60.78%，海事诉讼特别程序案件占16.7%，海事案件占9.67%，其他案件占12.85%）。'),
    // An aside of shares without the rest may leave kinds out; so may a 其中 list of shares.
    p('受理案件1000件（刑事占45.2%，民事占40.1%，行政占12.3%）。'),
    p('全年受理案件1000件，其中刑事案件占45.2%，民事案件占40.1%，行政案件占12.3%。'),
    // The three sectors of the economy add up to 100%; two of them need not.
    p('全省就业人员4697万人。在全省就业人员中，第一产业就业人员占23.9%；第二产业就业人员占27.9%；第三产业就业人员占48.2%。'),
    p('全省就业人员4697万人。在全省就业人员中，第二产业就业人员占27.9%；第三产业就业人员占48.2%。'),
    // Kinds of cases of one noun cannot overlap: they may add up to less than 100% (执行, 国家赔偿 left out).
    p('共办理案件1000件。刑事案件560件，占比56.0%；民事案件300件，占比30.0%。'),
    // The three sectors' shares one by one, side by side (and their contributions to growth), as a structure: 100% each.
    p('第一产业增加值占地区生产总值的比重为8.0%，第二产业增加值比重为48.3%，第三产业增加值比重为43.7%。'),
    p('第一、二、三产业增加值占地区生产总值的比重分别为21.3%、20.2%和58.5%，对经济增长的贡献率分别为22.8%、35.3%和41.9%。'),
    p('三次产业结构调整为 8.3:35.4:56.3，对GDP增长的贡献率分别为11.4%、33.4%和55.2%。'),
    p('三次产业结构比21.8:17.4:60.8。三次产业结构比例为16.5︰26.2︰57.3。'),
    // A sector shrinking contributes a negative rate: not read unsigned.
    p('第一产业对经济增长的贡献率为-3.2%，第二产业贡献率为45.1%，第三产业贡献率为58.1%。'),
    p('在三次产业中，第一、二、三次产业对经济增长的贡献率分别为12.0%、14.0%和74.0%。'),
    // Shares joined by 、 with their % signs are no structure of bare terms.
    p('第一、二、三产业增加值占地区生产总值的比重分别为21.3%、20.2%、58.5%。'),
    p('全省共办理各类法律援助案件7900件，其中涉及农民工群体的法律援助案件2188件，占全省法律援助总案件量的27.7%；办结农民工法律援助案件1762件，占农民工法律援助案件量的81%。'),
    // A number without its measure word in the total's words gives the shares (12262÷35236): the total meant, not read.
    p('我区共接收热线交办件35236共承办30636件。其中，街道承办17103件，占总数的55.83%。\n城市综合：共接收交办件12262件，占总数的34.8%。'),
    p('全省共接到投诉举报2193件，其中涉嫌违反《价格法》投诉举报1351件，占61.6%；涉嫌销售假冒伪劣防护产品290件，占13.2%；两类投诉举报占总量的74.8%。'),
    // Three kinds listed: which two "两类" gathers is not known.
    p('全省共接到投诉举报2193件，其中甲类1351件，乙类290件，丙类100件；两类投诉举报占总量的78.4%。'),
    // Two halves a total a paragraph back names one by one (投诉举报 → 投诉, 举报), adding up to it: their shares are of it.
    p('2023年，全市共受理投诉举报38.61万件，同比上升15.7%。\n\n从诉求类别来看，投诉举报数量双上升。其中，投诉29.74万件，比上年上升18.26%，占全部诉求的77.03%；举报8.87万件，比上年上升6.41%，占全部诉求的22.97%。'),
    // Two parts adding up to a count a paragraph back that does not name them: not known to be its halves.
    p('2023年，全市共办理行政执法案件38.61万件。\n\n从诉求类别来看，投诉29.74万件，占全部诉求的67.03%；举报8.87万件，占全部诉求的22.97%。'),
    p('本次督查通报的量化指标任务共55项。截至目前，达到序时进度44项、占比80.0%。未达到序时进度11项、占比20.0%。'),
    p('本次督查通报的量化指标任务共55项。截至目前，达到序时进度44项、占比80.0%。未达到序时进度11项、占比20.0%，为完成投资80亿元、新建安置区5个等任务。'),
    // A total written short (1.35万) may be cut, not rounded (13572): 2351÷13572=17.32%.
    p('全区共接收投诉1.35万件，受理1.26万件。从平台数据来源来看，话务接收0件，占比0%；群众互联网填写2351件，占比17.32%；监管人员录入1.12万件，占比82.68%。'),
    // 占总事项: of all the 事项 counted, the first count stated as 事项.
    p('平台录入政务服务事项980项，对社会公布“最多跑一次”事项974项，占总事项的99%，开通网办事项955项，占总事项的97%。'),
    p('2025年，全县法院共审结一审行政案件426件，其中判决行政机关败诉37件。全县法院共审结涉民生行政案件286件，占结案总数的67%。'),
    p('2025年，全县共发现涉林行政案件42起。全县共查结涉林行政案件25起，占案件发现总量的59.52%。'),
    p('全年共受理诉求5236件。从受理渠道看，电话渠道有4418件，占84.38%；网络渠道有705件，占13.46%。'),
    // A plan named without its measure (年度计划 of 年度计划投资), the share right.
    p('总投资2.96亿元，年度计划投资1.84亿元，至年底完成投资1.79亿元，占年度计划的97.3%。'),
    // A bare 占比 of the whole place's count closing the sentence before (全市…), right.
    p('2025年，全市行政机关败诉58件。县级政府部门败诉22件，占比37.9%。'),
    // 全年计划投资 of 计划总投资, right.
    p('2015年25件重点民生实事计划总投资277亿元，上半年实际完成投资156.92亿元，占全年计划投资的56.6%。'),
    // 占总计划 of the count heading its paragraph (the task after it), right.
    p('2606个撤并村通公路（2013—2017年）。上半年已完成建设4022公里，新解决1075个撤并村通公路。累计解决了2585个撤并村通公路，占总计划的99.2%。'),
    // A share of the plan another count of the paragraph gives exactly (the headline's 50万人, not the 53.8万人 assigned).
    p('50万人高山生态扶贫搬迁（2013—2017年）。上半年已完成搬迁安置6.4万人。累计下达搬迁计划53.8万人，累计完成搬迁安置42.3万人，占总计划的84.6%。'),
    // 分别 shares of a named whole (商品类投诉总量): the count stated under that noun, not the sibling nearer (服务类投诉).
    // The whole of the noun the shares name, though a share of a larger whole itself (占总诉求量的…).
    p('本月共受理消费者投诉359件，占总诉求量的56.09%。其中商品类投诉306件，占投诉总量的85.24%；服务类投诉53件，占投诉总量的14.76%。'),
    // Numbered items, one a line, each naming the same whole (占受理总量).
    p('2025年11月份，投诉举报中心受理咨询、投诉、举报共1828件，环比增加5.24%。\n1、咨询1188件，占受理总量65%，环比增加0.76%；\n2、投诉359件，占受理总量20%，环比增加10.12%；\n3、举报281件，占受理总量15%，环比增加21.12%；'),
    // The whole of 人口 stated with its place and no verb, paragraphs back, beside a count of a kind of it (城镇常住人口).
    p('2025年末，全省常住人口为4673万人。\n\n从城乡结构看，全省城镇常住人口2473万人，乡村常住人口2200万人。\n\n从性别构成看，男性人口2402万人，占总人口的51.4%；女性人口2271万人，占总人口的48.6%。'),
    // …not a kind of the noun with its own share of the noun's whole (商品类投诉…，占投诉总量的…).
    p('全季度共受理投诉10461件。受理商品类投诉6949件，占投诉总量的66.43%；服务类投诉为3272件，占投诉总量的31.28%；其他商品和服务类投诉为240件，占投诉总量的2.29%。'),
    p('本月共受理投诉882件。其中商品类投诉553件，占投诉总量的62.7%；服务类投诉329件，占投诉总量的37.3%。\n\n商品类投诉中，排名前三位的依次是普通食品类211件、服装鞋帽类63件、交通工具类55件，分别占商品类投诉总量的38.2%、11.4%、9.9%。'),
    // A nested item's share of the item before it: no slip, whatever the shares add up to.
    p('全年共受理案件400件。行政处罚类200件，占比50%，罚款类100件，占比50%。'),
    p('全县共受理消费者投诉2.46万件，同比增长8.3%，质量问题（0.71万件）、售后服务（0.52万件）、合同问题（0.33万件）、食品安全（0.24万件）、广告问题（0.09万件）等相对突出，分别占比28.9%、21.1%、13.4%、9.8%、3.7%。'),
    { format: 'plaintext', text: p('某县人大常委会关于2025年代表建议办理情况的报告\n\n一、基本情况\n代表共提出建议386件，已经全部办理完毕。\n代表通过视察形成的建议有231件，占建议总数的59.8%。') },
    // 专职 and 兼职 are not all lawyers (公职律师 too): shares short of 100% are no slip.
    p('从执业类型来看，有专职律师246名和兼职律师38名，占比分别为80.6%和13.4%。'),
    p('截至2023年6月底，全市共有各类行政执法主体1250个。其中：垂直管理的行政执法主体为815个，占总数的65.2%；12个区县政府及其所属部门设置的行政执法主体为435个，占总数的34.8%。'),
    // A sentence opening with 其中 breaks down the sentence right before it, which states no count (only a share of a wider
    // whole): the 审结 count two sentences back is not its total.
    p('2025年，全县法院共审结一审行政案件426件，同比上升5%。全县法院新收一审行政案件数占全市法院收案总数的12.1%。其中，征收补偿、社会保障两类案件新收198件，占41%。'),
    // Two shares nudged within a unit of their last digit to make exactly 100% (80.488, 19.512): balanced rounding.
    p('在正式受理的旅游投诉中，国内游投诉为363件，占受理件数的80.48%；出境游投诉88件，占受理件数的19.52%。'),
    // Every row's share of the whole stated before the table, exact.
    { format: 'plaintext', text: p('某市市场监管局2025年第一季度投诉举报分析\n\n一、总体情况\n2025年第一季度，某市市场监管系统共接收投诉举报25000件。\n各县(市、区)投诉举报受理情况统计\n地区 | 2025年第一季度 投诉举报量(件) | 2024年第一季度 投诉举报量(件) | 同比 | 占全市总量 |\n甲区 | 5000 | 4800 | 4.17% | 20.00% |\n乙区 | 4000 | 4100 | -2.44% | 16.00% |\n丙市 | 3500 | 3000 | 16.67% | 14.00% |\n丁县 | 3000 | 3250 | -7.69% | 12.00% |') },
    // A count that is itself a share of a whole is no total of its part's share of a whole (the same whole, or one not given).
    p('上半年，县级政府、部门及乡镇街道共受理行政调解案件3000件、占全省行政调解案件总数的90.00%，其中县级部门受理2400件，占总数的72.00%。'),
    p('从时段看，10时至22时共4.5万起，占总数的70.0%；其中，18时至20时共0.8万起，占火灾总数的12.5%。'),
    p('非重点单位的火灾共25.8万起，亡1317人，分别占总数的91.8%、94.7%；其中较大火灾60起、占总数的92.3%，重大火灾5起、占总数的83.3%。'),
    p('居住场所发生火灾22.38万起、亡1061人，分别占火灾总数和亡人总数的35.15%、73.63%；其中，较大火灾45起，占全部较大火灾起数的56.25%。'),
    p('合计审理案件557件。其中，已审结案件487件，未审结案件70件。在已审结案件中，维持原行政行为的339件，占已审结案件的69.61%。'),
    // 总上报事件 of the count reported a paragraph before, exact.
    { format: 'plaintext', text: p('某镇网格化服务管理情况报告\n\n一、事件办理情况\n(1)普通事件。十月份，网格员共上报事件6800件，办结6766件，办结率99.50%。\n(2)安全隐患类事件。十月份，网格员共上报安全隐患类事件1100件，占总上报事件的16.18%。') },
    // A 其中 item with a share of its own is no base of a later item of its list, whose share names the whole (210件).
    p('区法律援助中心办理法律援助案件210件。其中，民事法律援助案件198件，占援助案件总数的94.3%；刑事法律援助案件12件，占法律援助案件的5.7%。'),
    p('区法律援助中心办理法律援助案件210件，与去年同期相比增长346.8%。其中，民事法律援助案件198件，占援助案件总数的94.3%，同比增长371.4%；刑事法律援助案件12件，占法律援助案件的5.7%，同比增长140%。'),
    p('本月，全县共收到投诉320件。\n\n投诉较多的是：家用电器80件，占总投诉的25.00%；合同纠纷48件，占总投诉的15.00%。'),
    p('本月全县共收到投诉、举报、咨询1600件。其中，投诉400件，占比25.00%，截至目前已办结380件，办结率为95.00%；举报160件，占比10.00%，已办结150件；咨询1040件，占比65.00%。'),
    // 总案件 of the filed cases (a 其中 part) the shares give, not the cases received paragraphs back.
    p('本月共受理各类城市管理案件1200件，其中立案1100件，结案1050件。\n\n巡查上报990件，占总案件的90.00%；群众举报110件，占总案件的10.00%。'),
    // 占总数 after a part counted by the whole's verb: not past a larger count between them (a subtotal may be meant), nor
    // for a part of a kind the whole does not name (醉驾 of all 醉驾, unstated).
    p('全年共查处违法案件500起。其中醉驾案件200起。\n\n城区查处醉驾150起，占总数的75%。'),
    p('全年共查处违法案件500起。\n\n城区查处醉驾150起，占总数的75%。'),
    p('全年共查处非法营运车辆2400起。\n\n早高峰查处最多，7时至9时查处1100起，占总数的45.8%。'),
    // A part of another period than the total's (上半年 … 全年): not of that total.
    p('2025年上半年，全市共查处非法营运车辆2400起。\n\n全年查处1100起，占总数的38.2%。'),
    // A change amount between a count and its share ("相比2020年增加11342件") is no part of the share.
    p('全年共接收消费者咨询投诉举报信息51451件。其中：咨询40745件，相比2020年增加11342件，增幅为38.57%，占接收总量的79.19%；投诉8660件，相比2020年增加2605件，增幅为43.02%，占接收总量的16.83%。'),
    // Shares 其中 opens may be some of the whole; a full scale of grades adding up to 100% holds.
    p('全年共受理投诉1000件，其中：商品类占45%，服务类占40%，食品类占12%。'),
    p('全市共收到186420条有效评价，其中：非常满意占98.65%，满意占1.21%，基本满意占0.08%，不满意占0.05%，非常不满意占0.01%。'),
    // The last item of a split that adds up to the count before it is no total of a share after it (142÷396, not ÷338).
    p('全年共收到提案400件，立案396件。其中：集体提案58件，委员个人或联名提案338件；涉及经济建设方面的提案142件，占35.9%；涉及社会建设方面的提案98件，占24.7%。'),
    // With no total found, classes whose shares add up to 100%; matters a complaint may involve together (涉及…) may
    // add up to more.
    p('受理的投诉案件中，商品类投诉1290件，占投诉总量的57%；服务类投诉975件，占投诉总量的43%。'),
    p('受理的投诉案件中，涉及食品安全的投诉1290件，占投诉总量的67%；涉及价格的投诉975件，占投诉总量的43%。'),
    // Two whole counts of complaints paragraphs back (two places): which one is meant is not known.
    p('本月，甲镇共收到投诉320件。\n\n乙镇共收到投诉400件。\n\n合同纠纷48件，占总投诉的18.00%。'),
    // Two bare shares to one decimal after two candidate counts: which one they are of is not told.
    p('本周，热线受理园林绿化相关事项674件，转办386件。市民主要反映虫害防治等事项331件，占46.1%；城市绿地维修维护等事项170件，占25.2%。'),
    // A share of 总X paragraphs back with no other share of those words near it giving that count: a nearer count may be meant.
    p('全年共受理消费者投诉50000件。\n\n其中立案处理的投诉43000件。\n\n商品类投诉为28000件，占总投诉量的65.12%。'),
    // A kind of a noun (普惠性幼儿园) sharing 总数 paragraphs back: not when the noun is two characters (纠纷, 诉求), nor
    // when two whole counts of the noun stand before it.
    p('全年共调处矛盾纠纷3000起。\n\n邻里纠纷1400起，占总数的48.00%。'),
    p('全省共有幼儿园6973所。\n\n全市共有幼儿园5820所。\n\n全省有普惠性幼儿园4747所，占总数的63.08%。'),
    // 所 of a 司法所 before a part makes the count that body's: its share of 投诉总量 is of its own total.
    p('全年共受理消费者投诉50000件。\n\n城关司法所调处投诉2800件，占投诉总量的70.00%。'),
    // Last year's value stated for comparison before the 其中 run is no total of it.
    p('全年受理渔政案件236件，较上年的251件下降6.0%，其中非法捕捞案件118件，占50.0%；其他案件118件，占50.0%。'),
    // 其中 opening a clause whose 、 join words before the part ("其中具有审计、会计等专业资格的…") marks the part as a 其中 item.
    p('全局执法人员240人，其中具有法律、会计等专业资格的84人，占35.0%。'),
    // Shares of the city (分别占全市的…) are not of a count of the county's stated in the paragraph before.
    p('全年受理行政复议案件120件、行政诉讼案件80件，分别比上年增加20件、10件。\n\n全年受理行政复议案件120件、行政诉讼案件80件，分别占全市的20%、15%。'),
    // A count stated again is no total of itself: the bare share after it is of some other total, not given here.
    p('全年受理群众诉求12.5万件。\n\n全年受理群众诉求12.5万件，占比45%的咨询类诉求为主。'),
    // A 其中 run in the next sentence that fits its total; one whose shares all miss it (of another total, unstated).
    p('全年办理法律援助案件356件。其中刑事案件152件，占42.7%；民事案件198件，占55.6%。'),
    p('全年办理法律援助案件356件。其中刑事案件152件，占45.1%；民事案件198件，占58.8%。'),
    // Names under 其中 before 分别为, counts and shares in turn that agree.
    p('全年办理法律援助案件300件，其中刑事案件、民事案件分别为120件、150件，分别占比40%、50%。'),
    p('五年来，大气污染防治和扬尘治理领域办案1260件，饮用水安全领域办案540件，农村集体资产保护和征地补偿安置领域办案150件，其他领域办案50件，分别占比63%、27%、7.5%、2.5%。'),
    p('全年共受理行政复议案件260件，审结240件。经审理，维持150件，占全部审结案件的62.5%。'),
    // A population named with words the count does not carry (市本级) is not that count's.
    p('全年共受理行政复议案件260件，审结240件。经审理，维持151件，占市本级审结案件的75.5%。'),
    p('交通管理类案件18件，占案件总数的24.0%；城乡建设类30件，占总数的40.0%；自然资源类12件，占总数的16.0%；其他类案件15件，占案件总数的20.0%。'),
    // A short form after another population (占投诉量的) is not that population's: no run of three agrees.
    p('商品类投诉18件，占投诉量的30.0%；城乡建设类30件，占总数的40.0%；自然资源类12件，占总数的16.0%；其他类咨询15件，占咨询量的22.0%。'),
    // The two sides of a split may leave a rest (cases still open): under 100% is no slip; what may be done both ways
    // (网上可办, 现场可办) is no split.
    p('全年受理投诉600件，按时办结占96%，超时办结占3%。'),
    p('“有计划检查”占92.2%，“触发式检查”占7.8%。'),
    p('政务服务事项中，网上可办占95%，现场可办占60%。'),
    // A part named as its share's population narrowed by a qualifier the total carries too (线上, 夜间) is a share of
    // that population whole, not of the qualified total before it.
    p('线上办理法律援助申请860件，其中线上刑事援助320件，占刑事援助的40%；线上民事援助540件，占民事援助的45%。'),
    p('12345热线共受理夜间来电6,400个，其中夜间求助来电2,100个，占求助来电的35.0%。'),
    p('全年共受理网上信访事项1260件，占信访总量的42.0%；其中网上投诉780件，占投诉的52.0%；网上建议480件，占建议的32.0%。'),
    // Counts each with a share of one population are siblings: neither one of them nor a 其中 part of one is the base of another.
    p('12345热线受理诉求5200件，占全部诉求的52%，其中夜间来电1800件；网站受理3000件，占全部诉求的30%；信件受理1000件，占全部诉求的10%。'),
    p('调委会调解纠纷1,460起，占调解总数的73%，其中村级调委会调解1,020起；行业调委会调解340起，占调解总数的17%；人民调解工作室调解200起，占调解总数的10%。'),
    p('市长信箱收到来信960封，占来信总量的48%，其中网上来信620封；县长信箱收到来信740封，占来信总量的37%；部门信箱收到来信300封，占来信总量的15%。'),
    // A long run whose two misfits agree on another total (the shares taken of a count the text does not give): silent.
    p('本季度市长信箱共收到来信200件。\n\n从来信类型看，咨询类40件（20.0%）；投诉类60件（30.0%）；建议类20件（10.0%）；求助类50件（25.3%）；其他28件（14.2%）。'),
    // A count written before its noun: correct; an act done by that many (参加培训) is not read as the part.
    p('全县共有人民调解员500名。其中，有400名为专职调解员，占比达80%。'),
    p('全县共有人民调解员500名。其中，有400名参加培训，占比达90%。'),
    // 占信访总量 over 信访事项: correct; two whole counts of 信访事项 before it: silent.
    p('全年共收到信访事项400件。涉及城建领域的160件，占信访总量的40%。'),
    p('全年共收到信访事项400件，受理信访事项380件。涉及城建领域的160件，占信访总量的45%。'),
    // 占全部诉求的: two counts of 诉求 in the paragraphs before: silent.
    p('全年共受理群众诉求4000件。\n\n上半年受理群众诉求1800件。\n\n城建类诉求1200件，占全部诉求的35%。'),
    // Two counts paragraphs back that add up to a count meet it by chance as often as not: no total.
    p('全年共收到来信100件。\n\n从来信类型看，咨询类60件（55%）；投诉类40件（30%）。'),
    // 分别占 with counts: shares that fit their parts of the total.
    p('全年共受理消费投诉3000件，其中商品类1800件，服务类1200件，分别占投诉总量的60%、40%。'),
    // …of a total in another place than the one stated (全省 against 全市): no base.
    p('全市共收到行政复议申请200件，其中行政处罚类120件，行政强制类80件，分别占全省申请总数的60%、45%。'),
    // Two classes within 100%; two shares of groups that may overlap (党员, 女性) over 100%.
    p('从诉求类型看，咨询类占58%，投诉类占42%。'),
    p('执法人员中党员占60%，女性占55%。'),
    // 占投诉量: two counts of 投诉 of different values before it, or the one of another part of the year: no base.
    p('全年受理投诉5000件。上半年受理投诉2600件。商品类投诉1200件，占投诉量的30%。'),
    p('上半年受理投诉2600件。\n\n商品类投诉1200件，占投诉量的30%。'),
    // A sibling whose own share is of the same 投诉量 is no total.
    p('受理商品投诉5500件，占投诉量的55%。受理服务投诉4500件，占投诉量的45%。'),
    // Of another year.
    p('2022年受理投诉5000件。\n\n2023年受理商品类投诉1200件，占投诉量的30%。'),
    // What can be done by a channel may be done by several; rates by channel are no shares of one whole; two names of one
    // channel are no partition.
    p('政务服务事项中，网上可办占95%，现场可办占60%，掌上可办占50%。'),
    p('从诉求渠道看，电话满意率98%，网站满意率95%，微信满意率97%。'),
    p('从诉求渠道看，电话占52%，来电占31%，微信占20%。'),
    // A rate with a subject of its own between the count and a 其中 part: the 其中 may break down that subject.
    p('全区600项政务服务事项全部进驻大厅，网办率100%，行政许可类事项办理时限压缩比达70%，其中，即办事项420项，占比73.5%。'),
    p('全市复议机关受理案件300件，审结率96%，涉企行政复议案件平均审理用时缩短比达30%，其中撤销类案件40件，占比15.2%。'),
    // Shares of one population, however the share's noun is written (的比重 / 的): a sibling count is no base of a 其中 part.
    p('从年龄看，35岁以下的青年律师4200人，占全市律师的比重为42.0%；50岁以上律师2600人，占全市律师的26.0%，其中60岁以上律师900人，占全市律师的9.0%。'),
    p('地方财政收入完成100223万元。税收收入完成66342万元，较上年同期增长18.39%，增收10304万元，税收收入占地方财政收入66.19%。'),
    // Another noun ("财政收入" is not "一般公共财政预算收入"), or land taken (占地), is not checked.
    p('一般公共财政预算收入完成38.3亿元。全市税收收入28.1亿元，占财政收入比重为75.3%。'),
    p('项目占地面积120亩，其中绿地30亩，占地面积的25%。'),
    p('在市本级213.14万件诉求中，求助类86.16万件占比40.42%，咨询类82.56万件占比38.74%。'),
    p('据统计，615件建议中，已经解决或采纳的建议430件，占69.92%。'),
    p('本月回访共收到有效评价86420条，其中：非常满意占96.40%，满意占3.10%，基本满意占0.45%，不满意占0.03%，非常不满意占0.02%。'),
    // Short of 100%: an answer not listed (说不清) may hold the rest.
    p('本月回访共收到有效评价86420条，其中：非常满意占90.40%，满意占3.10%，基本满意占0.45%。'),
    report('全年县仲裁委员会登记各类仲裁案件640件，其中劳动仲裁共320件。登记建筑施工案件96件，占本年度劳动仲裁案件总量的30.00%。'),
    p('村级层面，30个村的公共法律服务评价等级为A（90分以上），占比60.00%。12个村的公共法律服务评价等级为B（80至90分），占比24.00%。8个村的公共法律服务评价等级为C，占比16.00%。'),
    // Whole shares rounded to add up to exactly 100% (33.57% written 33%): balanced rounding, no truncation.
    p('5000件咨询中，政策咨询3180件，占总量的64%，同比减少2.1%；办事咨询1690件，占总量的33%；投诉130件，占总量的3%。'),
    // …and a share rounded up so that they add up to 100% (900 = 200+201+499: 22.22%, 22.33%, 55.44% written 55.5%, the
    // largest remainder).
    p('全年收到申请900件，其中甲区收到200件，占收到申请总数的22.2%；乙区收到201件，占22.3%；丙区收到499件，占55.5%。'),
    p('上年度建议35件已经解决或基本解决28件，占80.0%，其余建议正在办理中。'),
    p('在全部建议中，围绕乡村振兴方面提出建议84件，占42.0%。围绕社会治理创新方面提出建议62件，占31.0%。围绕生态环境保护方面提出建议54件，占27.0%。'),
    // 在…中 without a count of the whole before 中 is no total: "在办理的案件中" names no figure.
    p('在办理的案件中，涉企案件86件占比40%。'),
    // A soft line break inside a Markdown paragraph (here inside "合格卷") does not end the sentence: 76÷1216 = 6.25%.
    p('全年共评查行政执法案卷1216卷，其中优秀卷406卷，合格\n卷734卷，不合格卷76卷，优秀卷占33.4%，合格卷占60.4%，不合格卷占6.3%。'),
    // The same in a hard-wrapped plain-text file.
    {
      format: 'plaintext',
      text: [
        '　　全年共评查行政执法案卷1216卷，其中优秀卷406卷，合格',
        '卷734卷，不合格卷76卷，优秀卷占33.4%，合格卷占60.4%，不合',
        '格卷占6.3%。全县行政复议机关共收到行政复议申请120件，依法受',
        '理112件，不予受理8件；审结105件，其中维持80件，撤销15件。',
      ].join('\n'),
    },
    p('公证处共办理各类公证8527件，其中在线办证3404件，占同期办证总量的39.9%。'),
    p('公证处共办理各类公证8527件，其中在线办证3404件，占比40%。'),
    // Unverifiable: the total is not stated.
    p('通过网格化解纠纷2741起，占镇村两级纠纷调处总数的69.2%。'),
    // The share names another population than the stated total.
    p('全市共有律师500名，其中党员律师120名，占全市党员的15%。'),
    // Any stated total that explains it will do.
    p('共受理案件500件，办结480件，其中调解结案300件，占62.5%。'),
    // A bare 占 right after "48宗，审结30宗" is of the count just before; two bigger counts before it: no guess.
    p('代理行政应诉案件48宗，审结30宗，占62.5%。'),
    p('收到复议申请50件，受理40件，审结27件，占60%。'),
    // Shares of one total that add up to 100% within rounding.
    p('评查行政处罚行政许可案卷15630件，优秀卷25.6%，合格卷70.6%，不合格卷3.8%。'),
    p('评查案卷300件，优秀卷33.3%，合格卷33.3%，不合格卷33.3%。'),
    // Each share names its part ("优秀卷占…" → 优秀卷390卷), not the count just before it.
    p('共评查案卷1200卷，其中优秀卷390卷，合格卷734卷，不合格卷76卷，优秀卷占32.5%，合格卷占61.2%，不合格卷占6.3%。'),
    // Two percents may be a subset of the categories.
    p('评查案卷300件，优秀卷30%，不合格卷3%。'),
    // Rates and changes are not categories of one total.
    p('应诉案件18件，出庭率100%，胜诉率95%。'),
    p('办理公证8527件，增长42%，下降3%。'),
    // Overlapping groups far from 100% are not a partition.
    p('全市律师500名，党员60%，女性45%。'),
    // A list of category shares naming the rest adds up to 100% within the rounding of its decimals.
    p('共受理12345热线工单9.6万件。从诉求类型看，咨询类占52.4%，求助类占21.3%，投诉类占18.9%，建议类占4.2%，其他类占3.2%。'),
    p('按案件来源分，群众举报占33.33%，部门移送占33.33%，其他占33.33%。'),
    p('其中，表扬类占0.20%，投诉类占12.47%，咨询类占70.13%，其他类 17.20%。'),
    // Without the rest a list may be partial and add up to less; groups that may overlap may add up to more.
    p('从诉求类型看，咨询类占52.4%，求助类占21.3%，投诉类占18.9%。'),
    p('全市律师中，党员律师占60%，女性律师占45%，青年律师占30%。'),
    // Shares of a classification naming the rest, but a sub-category (其中) breaks the list: it is part of the item before.
    p('从申请事项看，行政处罚类占55%，其中罚款类占30%，行政强制类占25%，其他类占20%。'),
    // Rates and changes in a list are no categories.
    p('行政复议纠错率12.5%，调解率30%，其他类案件同比增长66%。'),
    // 占地 is not a share.
    p('建成法治公园3个，占地面积2000平方米，占地12%。'),
    // A count followed by 中 is the total; the share words may stand in a clause of their own before the percent.
    p('2024年新受理行政复议案件160件中，被申请人为县政府部门的案件130件，占受理案件数比例最高，达81.25%；乡镇政府30件，占受理总数的18.75%。'),
    // That clause speaks of a change, not of the share.
    p('2024年新受理行政复议案件160件中，被申请人为县政府部门的案件130件，占受理案件数的比例较上年有所提高，达90%。'),
    // A count with its own share of the same population is a sibling category, 共 or not: not the total of the next.
    p('从申请事项看，政府信息公开类最多，共120件，占比40%；其次为行政处罚类90件，占比30%；行政许可类60件，占比20%。'),
    // The total written inside the 占 phrase; a total of another kind says nothing about the part.
    p('今年已完成交通建设投资2.2亿元，占年计划2.5亿元的88%。'),
    // …followed by its noun ("占全部120件建议的").
    p('全年承办市人大代表建议96件，占全部120件建议的80.0%，市政协提案150件，占全部200件提案的75.0%。'),
    p('办理法律援助案件300件，占全市1200件的25%。'),
    p('新建口袋公园3个，占全市绿地120公顷的5%。'),
    // Lenient rounding accepts truncation.
    { text: p('共办理公证8527件，其中在线办证3404件，占比39.9%。'), options: { rounding: 'lenient' } },
    // Across sentences — a share naming its total by a verb takes the count of that verb before it in the paragraph,
    // and keeps silent when that count is in another paragraph, two counts of the verb differ, the verb or unit
    // differs, the count is approximate, of another year, or the share names more than the verb ("市本级").
    p('共受理行政复议案件20件。经审理，维持9件，占受理案件总数的45%。'),
    p('共受理行政复议案件20件。经审理，维持9件，占受案总数的45%。'),
    p('全年办理道路运输经营许可、建筑垃圾处置许可等行政许可事项420件，其中新办180件、延续160件、变更80件。适用告知承诺制办理96件，占行政许可办理总数的22.9%。'),
    // Kinds named before a count of their own are no total of the clause ("许可类120件" is not the 办理 count).
    p('全年办理行政许可事项420件，道路运输、建筑垃圾处置类许可120件。适用告知承诺制办理96件，占行政许可办理总数的22.9%。'),
    // A named total is sought up to three paragraphs (with figures) back, in the same top-level section only.
    p('## 一、行政复议\n\n共受理行政复议案件20件。\n\n## 二、行政应诉\n\n经审理，维持9件，占受理案件总数的60%。'),
    p('共受理行政复议案件20件。\n\n办理信访12件。\n\n开展培训3场。\n\n发放资料500份。\n\n经审理，维持9件，占受理案件总数的60%。'),
    // A count followed by its own share of the named total is a part, not the total.
    p('全市共收到行政复议申请800件。\n\n市本级共收到复议申请300件，占收到申请总数的37.5%；区县共收到复议申请500件，占62.5%。\n\n行政处罚类240件，占收到申请总数的30%。'),
    p('市本级受理行政复议案件20件，各区共受理行政复议案件30件。经审理，维持9件，占受理案件总数的60%。'),
    p('共收到行政复议申请20件。经审理，维持9件，占受理案件总数的60%。'),
    p('共受理行政复议申请20人。经审理，维持9件，占受理案件总数的60%。'),
    p('共受理行政复议案件20余件。经审理，维持9件，占受理案件总数的60%。'),
    p('共受理行政复议案件近20件。经审理，维持9件，占受理案件总数的60%。'),
    p('共受理行政复议案件20件。经审理，维持9件多，占受理案件总数的60%。'),
    report('2022年共受理行政复议案件20件。2023年，经审理，维持9件，占受理案件总数的60%。'),
    p('全市共受理行政复议案件20件。经审理，市本级维持9件，占市本级受理案件总数的60%。'),
    p('全市共受理行政复议案件20件。其中市本级受理9件，占全省受理案件总数的10%。'),
    // A count of the verb that is itself a share of the whole ("市本级受理12件") is no base.
    p('市本级受理行政复议案件12件。区级受理8件，占受理案件总数的40%。'),
    // A run of bare shares after the 共 total closing the sentence before (a change clause after it allowed), or continued
    // in the next sentence under its own heading; silent without a stated total (and fewer than three items), with the
    // total in another paragraph, approximate, without 共, of another unit or year, or when two 共 totals could be it.
    p('全年共收到行政复议申请400件。按类别看，行政处罚类200件，占比50%；信息公开类60件，占比15%；行政许可类80件，占比20%。'),
    p('全年共收到行政复议申请400件，同比增长9%。按类别看，行政处罚类200件，占比50%；信息公开类60件，占比15%。'),
    p('全年共收到行政复议申请400件。按类别看，行政处罚类200件，占比50%；信息公开类60件，占比15%。其他类别中，行政许可类80件，占比20%；其他60件，占比15%。'),
    p('行政处罚类200件，占比50%；信息公开类60件，占比12%。'),
    p('全年共收到行政复议申请400件。\n\n行政处罚类200件，占比50%；信息公开类60件，占比12%。'),
    p('全年共收到行政复议申请400余件。按类别看，行政处罚类200件，占比50%；信息公开类60件，占比12%。'),
    p('全年共收到行政复议申请约400件。按类别看，行政处罚类200件，占比50%；信息公开类60件，占比12%。'),
    p('全年共收到行政复议申请400件。按类别看，行政处罚类200件，占比50%；信息公开类60件，约占12%。'),
    p('收到行政复议申请400件。行政处罚类200件，占比50%；信息公开类60件，占比12%。'),
    // A run framed by the noun of a whole count in a paragraph before ("从法律援助案件类型看" → 共办理法律援助案件860件).
    p('全年共办理法律援助案件860件，同比增长6%。\n\n从法律援助案件类型看，劳动争议类320件，占比37%；婚姻家庭类210件，占比24%；交通事故类150件，占比17%；其他类180件，占比21%。'),
    // Silent when the framing names no such noun, two whole counts of it differ, the run's own paragraph has a count that
    // could hold it, or the count is in another top-level section.
    p('全年共办理法律援助案件860件，同比增长6%。\n\n从案件类型看，劳动争议类320件，占比40%；婚姻家庭类210件，占比24%。'),
    p('全年共办理法律援助案件860件。县本级全年共办理法律援助案件800件。\n\n从法律援助案件类型看，劳动争议类320件，占比40%；婚姻家庭类210件，占比24%。'),
    p('全年共办理法律援助案件860件。\n\n受理咨询1200件。从法律援助案件类型看，劳动争议类320件，占比40%；婚姻家庭类210件，占比24%。'),
    p('全年共办理法律援助案件860件。\n\n## 二、存在的不足\n\n从法律援助案件类型看，劳动争议类320件，占比40%；婚姻家庭类210件，占比24%。'),
    // A total named by no noun of its own ("占全部案件的") is the one count of the paragraph before that can hold the part —
    // not when two could, nor when a larger count stands before the part in its own sentence.
    p('全年共收到行政复议申请160件，受理150件。调解和解结案45件，占全部案件的40%。'),
    p('全年共受理行政复议案件150件。审结140件，调解和解结案45件，占全部案件的40%。'),
    // The count a share names by its words must be stated so: "开庭审理案件" is not "受理案件".
    p('全年受理行政诉讼案件120件，开庭审理90件，负责人出庭85件，占开庭审理案件的94.4%。'),
    p('全年受理行政诉讼案件120件，审结100件，负责人出庭85件，占开庭审理案件的90%。'),
    // A whole count marked only by 全年/全市 in its words is the total of a run in a later sentence; not a 市本级 count.
    p('全市12345热线全年受理诉求58.6万件。其中，咨询类21.3万件，占36.3%；求助类15.2万件，占25.9%。'),
    p('市本级12345热线全年受理诉求58.6万件。其中，咨询类21.3万件，占46.3%；求助类15.2万件，占25.9%。'),
    // A share in an aside right after its part; a rate or a change in the aside is no share, nor a percent beside a word.
    p('全年共受理诉求6000件，其中咨询类3200件（占53.3%），求助类1800件（占比30%），投诉类1000件（16.7%）。'),
    p('全年共受理诉求6000件，办结5900件（办结率95%），满意5000件（同比增长12%）。'),
    p('全年共受理诉求6000件，其中咨询类3200件（含重复来电5%）。'),
    // "分别占": shares paired with the counts before them by position; a list naming the rest adds up to 100%; a partial
    // list, or names that are no classes, may add up to anything.
    p('全年共受理诉求6000件。咨询类、求助类、投诉类诉求分别为3200件、1800件、1000件，分别占53.3%、30%和16.7%。'),
    p('从诉求类型看，咨询类、求助类、投诉类和其他类的占比分别为53.3%、30%、11.7%和5%。'),
    p('从诉求类型看，咨询类、求助类和投诉类分别占53.3%、30%和11.7%。'),
    p('全市律师中，党员律师、女性律师和青年律师分别占60%、45%和30%。'),
    // Counts and shares of different lengths are not paired.
    p('全年共受理诉求6000件。咨询类、求助类诉求分别为3200件、1800件，咨询类、求助类、投诉类分别占53.3%、30%和16.7%。'),
    // A total in brackets inside the 占 phrase; an aside of the part ("（含简易程序30件）") is neither part nor total.
    p('办理行政处罚案件120件，占全年办案总量（400件）的30%。'),
    p('办理行政处罚案件120件（含简易程序30件），占比25%。'),
    // Counts in 万 agree within their rounding.
    p('从诉求类型看，咨询类21.3万件，占比36.3%；求助类15.2万件，占比25.9%；投诉类12.4万件，占比21.2%；建议类9.7万件，占比16.6%。'),
    // A list one item per paragraph after an introduction ending in a colon; silent without the colon when no item stands
    // out, or when the paragraph before the list has another count that could hold it.
    p('全年共受理行政复议申请400件。按类别分：\n\n- 行政处罚类200件，占50%；\n- 行政许可类80件，占20%；\n- 信息公开类60件，占15%。'),
    p('全年共受理行政复议申请400件，受理380件。按类别分：\n\n- 行政处罚类200件，占50%；\n- 行政许可类80件，占21%。'),
    p('全年共受理行政复议申请400件。\n\n- 行政处罚类200件，占50%；\n- 行政许可类80件，占25%。'),
    // "X案件" names the cases a count is stated under only when the words end in X after a frame (…中) or nothing.
    p('全市法院审结的行政诉讼案件中行政机关败诉120件。以上五类案件（96件）占行政机关败诉案件的80%。'),
    p('全市法院审结的行政诉讼案件中市级行政机关败诉120件。以上五类案件（90件）占行政机关败诉案件的80%。'),
    p('全市法院审结的一审案件中行政机关败诉120件，二审案件中行政机关败诉150件。以上五类案件（90件）占行政机关败诉案件的80%。'),
    // An aside that is a 其中 part of the count before it is no part of the share.
    p('全市法院审结的行政诉讼案件中行政机关败诉120件。以上五类案件96件（其中涉企30件）占行政机关败诉案件的80%。'),
    // A part with two shares (of the budget, then of the total named by its noun), or with its change before the share.
    p('地方一般公共预算收入完成28600万元，占调整预算105%。其中税务部门完成13870万元，占调整预算101%，占一般公共预算收入的48.5%。'),
    p('一般公共预算收入完成52000万元。税收收入38480万元，同比增长6.2%，占一般公共预算收入的74%。'),
    p('全年公共财政预算收入完成13.68亿元，下降15.7%；税收收入完成6.20亿元，下降26.0%，占预算收入比重45.32%。'),
    // Two counts stated under the noun (自然口径 and 同口径), a noun the total is not stated under: no guess.
    p('一般公共预算收入完成28600万元；按新口径，一般公共预算收入为30100万元。税收收入完成11140万元，占调整预算91%，占一般公共预算收入的37%。'),
    p('地方一般公共预算收入完成28600万元。税收收入完成11140万元，占调整预算91%，占税收总收入的37%。'),
    // An earlier sentence of the paragraph: silent when a second count there could hold the run (a 其中 part, an unmarked
    // count), when the run is of case outcomes (over the closed cases) or framed as of a part ("审结的案件中").
    p('全年共受理12345热线诉求4367万件，其中本地诉求4100万件。从渠道看，电话端有3720.43万件，占90.74%；互联网端有293.77万件，占7.17%。'),
    p('全年共受理12345热线诉求4367万件。市级平台受理3900万件，同比增长2%。从渠道看，电话端有3720.43万件，占95.40%。'),
    p('全年共受理行政复议案件400件。听证审理12次。审理终结后，维持200件，占比60%。'),
    p('全年共受理行政复议案件400件。听证审理12次。在审结的案件中，涉企案件200件，占比60%。'),
    p('2022年共受理行政复议案件400件。2023年，行政处罚类200件，占比60%。'),
    // Nor of a part of the year or of the place.
    p('上半年共受理行政复议案件400件。听证审理12次。全年，行政处罚类200件，占比60%。'),
    p('全年共受理行政复议案件400件。听证审理12次。市本级行政处罚类200件，占比60%。'),
    p('全年共接待来访群众400人次。行政处罚类200件，占比50%；信息公开类60件，占比12%。'),
    report('2022年全市共收到行政复议申请400件。2023年，行政处罚类200件，占比50%；信息公开类60件，占比12%。'),
    p('全年共收到行政复议申请400件，共受理350件。行政处罚类200件，占比53%。'),
    // The next sentence goes on with the list only when it says so (其他/此外…): otherwise it may count something else.
    p('全年共收到行政复议申请400件。行政处罚类200件，占比50%；信息公开类60件，占比15%。行政诉讼方面，败诉5件，占比10%。'),
    p('行政处罚类200件，占比50%；信息公开类60件，占比15%。行政诉讼败诉5件，占比10%；撤诉8件，占比16%。'),
    // A partial list: each share is still of the total, and a list that sums to less proves nothing more.
    p('全年共收到行政复议申请400件。其中行政处罚类200件，占比50%；信息公开类60件，占比15%。'),
    // Three or more items that agree on one total; a run with an approximate share, or one that is no partition (a
    // nested item, shares over 100%), implies nothing.
    p('行政处罚类200件，占比50%；信息公开类60件，占比15%；行政许可类80件，占比20%。'),
    p('行政处罚类200件，占比50%；信息公开类60件，约占12%；行政许可类80件，占比20%。'),
    p('行政处罚类200件，占比50%，其中罚款类100件，占比50%；信息公开类60件，占比15%；行政许可类80件，占比20%。'),
    p('行政处罚类200件，占比50%，罚款类100件，占比50%；信息公开类60件，占比15%；行政许可类80件，占比20%。'),
    p('行政处罚类200件，占比50%；信息公开类60件，占比12%；行政许可类80件，占比40%。'),
    // Outcomes of cases are shares of the closed cases: 受理 only when said to be all closed, and not when two fit.
    p('全年共受理行政复议案件12件，已全部审结。经审理，维持原行政行为6件，占比50%；撤销3件，占比25%。'),
    p('全年共受理行政复议案件12件。案件类型以行政处罚为主。经审理，维持原行政行为6件，占比60%。'),
    p('全年共审结行政复议案件12件，办结10件。经审理，维持原行政行为6件，占比60%。'),
    // …and as the writer computed it: 500÷2000 = 25% (of the 全市 count, not 各区县's 1600).
    p('2025年，全市各级行政复议机构新收行政复议申请2000件，比上年增加100件。其中，市本级收到400件。\n各区县新收行政复议申请1600件，较上年增长5.0%。其中，甲区收到行政复议申请500件，占全市新收行政复议申请总数的25.00%。'),
    p('受理的投诉举报事项按涉及环境要素分：大气问题占40.0%，噪声问题占50.0%，水问题占3.0%，固体废物问题占3.0%，辐射及其他污染问题占4.0%。'),
    p('10月份投诉举报工单共800件，其中，在平台登记400件、来电登记240件、来信登记160件，分别占12315系统受理诉求总量的50.00%、30.00%和20.00%。'),
    // …and silent when they fit; a hedged whole percent (约占30%) may be rounded loosely: not read.
    p('8月，全市共接到环保举报4000件。电话举报1600件，约占40.0%，微信举报2000件，约占50.0%，网上举报300件，约占7.5%，其他渠道举报100件，约占2.5%。'),
    p('8月，全市共接到环保举报4000件。电话举报1100件，约占30%，微信举报2000件，约占50%。'),
    // The closed cases of the paragraph before are the base only for a paragraph that opens with the outcomes.
    p('全年共审结行政复议案件12件。\n\n全年受理行政诉讼案件9件，经审理，维持原行政行为6件，占比60%。'),
    // A total named by its noun, also by another name (GDP = 地区生产总值), the part stated under the share's subject in an
    // earlier sentence; not 人均地区生产总值, and not when two counts are stated under that noun.
    p('全年实现地区生产总值(GDP)326.5亿元，比上年增长5.1%。\n\n全年实现数字经济增加值98.2亿元，比上年增长7.0%；数字经济占GDP的比重为30.1%。'),
    p('全年地区生产总值完成410亿元。其中第二产业增加值完成160亿元，比上年增长4%。第二产业增加值占地区生产总值的比重为39.0%。'),
    p('全年人均地区生产总值达5.6万元。民营经济增加值3.1万元，占地区生产总值的比重为40%。'),
    p('全年地区生产总值完成410亿元；按新口径统计，全年地区生产总值为430亿元。其中第二产业增加值完成160亿元。第二产业增加值占地区生产总值的比重为45%。'),
    // A group named before a 、-list ("排名前三的…") is the list's sum, of the whole count of the noun named before 总量;
    // not without the group word, nor when the group's size is not the list's length, nor with two whole counts.
    p('全年共接收市民来电8600件。来电量排名前三的类别：住房类1200件、交通类980件、教育类770件，占来电总量的34.3%。'),
    p('全年共接收市民来电8600件。来电类别：住房类1200件、交通类980件、教育类770件，占来电总量的20%。'),
    p('全年共接收市民来电8600件。来电量排名前五的类别：住房类1200件、交通类980件、教育类770件，占来电总量的20%。'),
    p('上半年共接收市民来电4300件，全年共接收市民来电8600件。来电量排名前三的类别：住房类1200件、交通类980件、教育类770件，占来电总量的20%。'),
    // Categories of a 在…中 total go on in the next sentence; not a 其中 breakdown, nor items that are no categories.
    p('在全年5000件来电中，求助类2100件占比42%，咨询类1500件占比30%，两类合计超过七成。投诉类900件占比18%，建议类500件占比10%。'),
    p('在全年5000件来电中，求助类2100件占比42%，咨询类1500件占比30%。其中住房求助类800件占比38.1%。'),
    p('在全年5000件来电中，求助类2100件占比42%，咨询类1500件占比30%。市本级受理900件占比30%。'),
    // An item of a list of shares that lost its measure word counts in its siblings' unit; not when they differ.
    p('全市平台共接收投诉举报咨询3443件。其中，投诉971件，同比上升30.51%，占比28.2%；举报356，同比降低45.73%，环比上升0.56%，占比10.34%；咨询2116件，同比降低1.26%，占比61.46%。'),
    p('全年共收到行政复议申请800件。\n\n居于前三位的是：行政处罚320，占收到申请总数的40%；行政许可160件，占收到申请总数的20%；信息公开80件，占收到申请总数的10%。'),
    p('全年共收到行政复议申请800件。\n\n行政处罚320，占收到申请总数的45%；培训120人，占收到申请总数的20%；信息公开80件，占收到申请总数的10%。'),
    // Bare shares after an unmarked count: checked only against a count their parts add up to.
    p('随机抽查执法案卷60卷开展评查，评查结果为：优秀案卷15卷，占比25%；合格案卷40卷，占比66.7%；不合格案卷5卷，占比8.3%。'),
    p('随机抽查执法案卷60卷开展评查，评查结果为：优秀案卷15卷，占比30%；合格案卷40卷，占比60%。'),
    p('收到复议申请50件，受理40件，审结27件，占比60%。'),
    // A subject that shortens the noun of the count before it ("非税" of 非税收入); another noun is not that count.
    p('全区一般公共预算收入累计完成5200万元，其中：非税收入完成1300万元，非税占比25%。'),
    p('全区一般公共预算收入累计完成5200万元，其中：非税收入完成1300万元，税收占比75%。'),
    // A count written number first after more than its place ("其中5个社区") is no whole count of the noun; the frame before
    // it ("辖区13个社区中") is.
    p('辖区13个社区中，其中5个社区开展试点。建成民主法治示范社区5个，占社区总数的38.5%。'),
    // A subject naming only a bare noun the part ends in (案件) names no part.
    p('全年办理案件86件，其中行政处罚案件30件，案件占比36.9%。'),
    // A bare share after a sibling's share of a named base is of that base, never of the sibling's count (2400÷8000, not ÷3200).
    p('全年共受理群众诉求8000件。咨询类合计3200件，占受理总量的40%；投诉类2400件，占30%；求助类1600件，占20%。'),
    p('全年共受理群众诉求8000件。其中咨询类3200件，占全部诉求的40%；其中投诉类2400件，占30%。'),
    p('12345热线全年接听来电1.2万个。咨询类共6000个，占来电总量的50%；投诉类3600条，占比30%；求助类1200个，占比10%。'),
    // …but a 其中 part of the sibling is of the sibling (1600÷3200), and shares that add up to more than 100% are no siblings.
    p('全年共受理群众诉求8000件。咨询类3200件，占全部诉求的40%，其中政策咨询1600件，占50%。'),
    p('全年共受理群众诉求8000件。咨询类3200件，占全部诉求的40%；政策咨询类1600件，占50%；求助类800件，占比25%。'),
    // A total named by a 其中 count's noun (有效来信): not in another section; 占有 that is no share (占有率) is not checked.
    p('全年共收到群众来信8000件，其中有效来信5000件。\n\n## 二、存在的不足\n\n咨询类2000件，占有效来信的45%。'),
    p('全年共收到群众来信8000件，其中有效来信5000件。我市网站市场占有率为35%。'),
    p('全年共收到群众来信8000件，其中有效来信5000件；全市有效来信4000件。咨询类2000件，占有效来信的45%。'),
    // A kind of a short noun over its whole (占投诉总量的): the count stated under the noun alone, here or in the overview
    // section; silent when two counts of the noun differ, or only kinds of it are stated (商品类投诉 is no whole).
    { format: 'plaintext', text: p('一、总体情况\n上半年共接收投诉举报5318件，其中投诉3671件，举报1647件。\n二、投诉分析\n商品类投诉2497件，占投诉总量的68.02%。') },
    { format: 'plaintext', text: p('一、总体情况\n上半年共接收投诉举报5318件，其中投诉3671件，举报1647件。\n二、投诉分析\n全市投诉量为3000件。商品类投诉2479件，占投诉总量的68.02%。') },
    p('上半年共接收投诉举报5318件，其中商品类投诉3671件，服务类投诉1647件。网购投诉2479件，占投诉总量的68.02%。'),
    // 占全部诉求的: the whole count of 诉求 — not when two wholes of 诉求 differ, nor when a larger count precedes the part.
    p('全年共受理群众诉求12000件，办结11800件。咨询类4800件，占全部诉求的40%。'),
    p('上半年共受理群众诉求6000件，全年共受理群众诉求12000件。咨询类4800件，占全部诉求的45%。'),
    p('全年共受理群众诉求12000件。办结11800件，咨询类4800件，占全部诉求的45%。'),
    // A body's share of its own total is not of the city's total a paragraph before.
    p('全市共受理法律援助案件9.9万件。\n\n三年来，市法律援助中心为特殊群体提供法律援助3896件，占法律援助案件总量的41.7%。'),
    // The share of a group of the counts listed before it ("上述三类"): their sum; not when the group names fewer than were listed.
    p('全年共收到行政复议申请400件，其中行政处罚类120件、行政许可类80件、信息公开类50件，以上三类占比62.5%。'),
    p('全年共收到行政复议申请400件。其中行政处罚类120件，行政许可类80件，信息公开类50件，上述三类案件合计占收到申请总数的63%。'),
    p('全年共收到行政复议申请400件，其中行政处罚类120件，行政许可类80件，信息公开类50件，上述两类共占70%。'),
    p('全年共收到行政复议申请400件，其中行政处罚类120件，占30%，行政许可类80件，占20%，上述两类共占50%。'),
    // Shares of a named population whose total is not stated for sure (two counts could be it, or it stands paragraphs back):
    // items that all agree on one total pass; items of two populations ("占总量的" and "占投诉类的") are not one list.
    p('共收到群众来信2400封，其中有效来信2000封。从内容看，投诉类1000封，占总量的50.00%；咨询类600封，占总量的30.00%；建议类240封，占总量的12.00%；求助类160封，占总量的8.00%。'),
    p('全年共调处矛盾纠纷3000起，其中成功调处2800起。\n\n按类别看，邻里纠纷1400起，占总量的50.00%；婚姻家庭纠纷840起，占总量的30.00%；在邻里纠纷中，宅基地纠纷280起，占邻里纠纷的20.00%。'),
    p('12345热线共受理群众诉求120,000件。\n\n按渠道看，接听电话100,000个，占全部诉求的83.33%；微信留言12,000条，占10.00%。'),
    // Items of a numbered list, each opening its paragraph with its count and share and breaking it down after: all agree.
    { format: 'plaintext', text: '二、热点问题\n1. 城乡建设类3000件，占比15.00%。其中，物业服务900件、房产监管600件。\n2. 政法类2400件，占比12.00%。其中，交通管理800件。\n3.城市管理类2000件，占比10.00%，其中，占道经营700件。\n' },
    // A numbered item that opens with another count (its own total) is no item of the run; nor are items of two lists
    // (numbering that starts again).
    { format: 'plaintext', text: '1. 行政复议：收到申请300件，其中行政处罚类120件，占比40.00%。\n2. 行政诉讼：新收案件200件，其中行政处罚类60件，占比30.00%。\n3. 信访：受理信访事项500件，其中土地类100件，占比20.00%。\n' },
    { format: 'plaintext', text: '（一）来电\n1. 咨询类3000件，占比15.00%。\n2. 投诉类2400件，占比12.00%。\n（二）来信\n1. 咨询类300件，占比30.00%。\n' },
    // The share of a group of the counts listed, its total (新接收 = 新收 = 收案) in the sentence before; the rank (前三位) is no count.
    p('全年共新接收行政诉讼案件240件，审结236件。从领域看，收案数位列前三位的分别是城建102件、公安38件、自然资源20件，上述三类案件占到收案总数的66.67%。'),
    // A count of cases named by what was done to them, its noun and aside before 中: right; a share of another place (全省) is
    // not of it.
    p('全年办理的450件（含上年结转30件）信访事项中，已办结432件，占办理总数的96%。'),
    p('审理的320件行政复议案件中，已审结290件，占全省复议案件总数的20%。'),
    // Table share columns: right (one cell a line, or one row a line); not checked when the rows do not add up to the total
    // row (a cell lost or shifted) or there is no total row.
    { format: 'plaintext', text: '责任单位 |\n转派工单 |\n占比 |\n区县 |\n1,500 |\n75.00% |\n市直单位 |\n400 |\n20.00% |\n流转中 |\n100 |\n5.00% |\n总计 |\n2,000 |\n100% |\n' },
    // The same, right; and a list sorting a class of complaints (商品投诉), whose share is of that class.
    { format: 'plaintext', text: p('2022年2月某区12315平台投诉举报数据分析报告\n二、投诉情况分析\n2022年2月，全国12315平台共接收投诉3085件，受理1323件。\n（一）从投诉问题来看，投诉受理量较大的问题主要有：售后服务（535件）、质量（232件）、其他（205件）、食品安全（105件）、，合计占比81.41%。\n（二）从商品投诉来看，投诉受理量较大的商品主要有：食品（237件）、服装（54件）、家居用品（44件），合计占比70.57%。\n') },
    // Table shares nudged within a unit of their last digit to add up to exactly 100 (114÷166=68.67 written 68.68).
    { format: 'plaintext', text: '类别标记\n\n件数\n\n百分比(%)\n\nA\n\n114\n\n68.68\n\nB\n\n43\n\n25.9\n\nC\n\n9\n\n5.42\n\n合    计\n\n166\n\n100\n' },
    // Shares adding up to 100% group by group: each group right; a group not closed by ；/。 is no group.
    p('代表对办理工作满意的160件，占96.39%，基本满意的6件，占3.61%；对办理结果满意的149件，占89.76%，基本满意的17件，占10.24%。'),
    { format: 'plaintext', text: '来源 | 数量 | 占比 |\n电话 | 900 | 90.00% |\n网站 | 100 | 10.00% |\n合计 | 1000 | 100% |\n' },
    { format: 'plaintext', text: '来源 | 数量 | 占比 |\n电话 | 900 | 80.00% |\n网站 | 150 | 10.00% |\n合计 | 1000 | 100% |\n' },
    { format: 'plaintext', text: '来源 | 数量 | 占比 |\n电话 | 900 | 80.00% |\n网站 | 100 | 10.00% |\n微信 | 50 | 10.00% |\n' },
    // A run whose total no words point at takes the earlier whole count all its items but one give exactly — not when two
    // counts of different values fit so (integer shares fit 5000 and 4900 alike), nor one that fewer items give.
    p('全年共受理群众诉求5000件，办结4900件。诉求主要集中在：城乡建设类1000件，占比20%；社会保障类800件，占比16%；市场监管类600件，占比13%；交通运输类400件，占比8%。'),
    p('全年共受理群众诉求5000件。\n\n诉求主要集中在：城乡建设类1000件，占比20%；社会保障类800件，占比16%；市场监管类600件，占比12%；交通运输类400件，占比8%。'),
    p('全年共受理群众诉求5000件。\n\n来电诉求主要集中在：城乡建设类700件，占比20.00%；社会保障类560件，占比16.00%；市场监管类430件，占比12.29%。'),
    { format: 'plaintext', text: '全市12345热线共受理工单6,000件。\n（一）诉求分类\n投诉3000件 占比 50%\n咨询1500件 占比 25%\n求助900件 占比 15%\n建议600件 占比 10%\n' },
    p('全年共办理政府信息公开申请66件，结转上年后新收到申请50件，较上年增加12件。其中，网上申请40件，占80%；信函申请5件，占10%；当面申请4件，占8%；其他1件，占2%。'),
    // An aside with more than the count and its share is not a pair ("（其中960件，占比20%）" is a part's).
    { format: 'plaintext', text: '一、受理情况\n全区共受理工单4,800件。\n二、热点诉求\n1.城乡建设类（960件，占比20.00%）。\n2.社会保障类（720件，占比15.00%）。\n3.市场监管类（480件，占比10.00%）。\n' },
    p('全区共受理工单4800件，办结工单4700件（其中按期办结4500件，占比95.74%）。'),
    // Shares of a named count with no parts written: each a whole k of it (26/175 = 14.86%) — or the count is large, in
    // another paragraph, or named otherwise: nothing to say.
    p('上半年全县信访总量175件次，同比上升9%。从信访领域看，主要集中在自然资源、政法工作、劳动保障等领域，分别占全县信访总量的15.43%、14.86%、14.29%。'),
    p('全县信访总量175件次。\n\n从信访领域看，分别占全县信访总量的15.43%、14.85%、14.29%。'),
    p('全市信访总量17,500件次。从信访领域看，分别占全市信访总量的15.43%、14.86%、14.28%。'),
    p('全县信访总量175件次。从信访领域看，分别占来访总量的15.43%、14.85%、14.29%。'),
    // Items after a 其中 item (no 共 before the total), right.
    p('全年受理12345热线诉求8,000件，其中咨询类3,200件，占比40%；投诉类2,400件，占比30%；求助类1,600件，占比20%。'),
    p('全年受理12345热线诉求8000件，其中咨询类3200件，占全部诉求的40%；投诉类2400件，占30%；求助类1600件，占20%。'),
    // Named counts with no 其中 or 共 before 分别占: two shares are too few to point at the count before them, shares of
    // another whole fit no count of the text.
    p('全年接到群众来信360件，表扬类90件、建议类180件，分别占25%、52%。'),
    p('全年接到群众来信360件，表扬类90件、建议类180件、投诉类90件，分别占全省的2%、3%、1%。'),
    // Named counts listed with 、 and 分别占, right; counts joined by ， with shares of other populations are no such list.
    p('全年调处矛盾纠纷1,000件，其中婚姻家庭纠纷300件、邻里纠纷250件，分别占30%、25%。'),
    p('全年调处矛盾纠纷1,000件，其中婚姻家庭纠纷300件，邻里纠纷250件，分别占婚姻家庭类的32%、邻里类的25%。'),
    // A frame naming the whole by its verb ("受理事项中，") points at that verb's whole count paragraphs back — not when two
    // such counts differ, the frame names a part's place or another part of the year, or no count of its verb is stated.
    p('全年新收行政复议申请820件，新收行政诉讼案件300件。\n\n新收案件中，行政协议类案件共计60件，占比为25%。'),
    // Two counts of the inspection verb of different values: silent.
    p('上半年检查定点医药机构1200家，全年共检查定点医药机构2864家。发现存在问题的机构682家，占检查总数的25%。'),
    // 中 opening a word (中心, 中止) is no frame.
    p('全年共受理群众诉求1200件，办结1150件。受理诉求中心接听来电500件，占40%。'),
    p('全市共受理信访事项640件。\n\n市本级受理事项中，涉及城乡建设的信访事项60件，占30%。'),
    p('全年受理信访事项640件。\n\n上半年受理事项中，涉及城乡建设的信访事项60件，占30%。'),
    p('全年共受理行政复议案件150件。\n\n审结的案件中，维持原行政行为45件，占比50%。'),
    p('全县共调处矛盾纠纷1,200起。\n\n调处纠纷以婚姻家庭和邻里纠纷为主，其中婚姻家庭纠纷480起，占总量的40%，邻里纠纷300起，占总量的25%。'),
    // Categories each opening a paragraph of its own, broken down after: right; not categories (…类); a paragraph between.
    p('按诉求内容统计：\n\n城乡建设类共400件，占比20.00%。按内容统计，涉及物业管理问题120件，涉及违章搭建问题80件。\n\n社会保障类共300件，占比15.00%。涉及社保缴费问题150件。\n\n市场监管类共200件，占比10.00%。涉及食品安全问题90件。'),
    p('城乡建设方面共400件，占比20.00%。涉及物业管理问题120件。\n\n社会保障方面共300件，占比15.00%。涉及社保缴费问题150件。\n\n市场监管方面共200件，占比12.00%。涉及食品安全问题90件。'),
    // The share of a group named before its list, the items joined by ， or ； as by 、.
    p('全年共受理信访事项5200件。信访量居前三位的领域：城乡建设1300件，劳动保障900件，自然资源620件，占信访事项总量的54.2%。'),
    p('全年共受理信访事项5200件。信访量居前三位的领域：城乡建设1300件；劳动保障900件；自然资源620件，占信访事项总量的54.2%。'),
    // A 其中 part and its bare share in an aside of the total; an aside of a rate holds no part of a count.
    p('全年共办理行政复议案件250件（其中行政处罚类100件，占比40%）。'),
    p('全年共受理法律援助申请900件，群众满意率达98%（其中，农民工申请360件，占比42%）。'),
    // A share of the valid part names no intake that does not say it is valid.
    p('全年共收到举报线索400起，均已办结，其中村上报220起，占有效举报的70%。'),
    p('全年共受理信访事项500件，其中来访200件，占有效信访事项的45%。'),
    // The noun before its verb: a whole count all the same; a channel's count is none.
    p('全年行政应诉案件受理80件，审结72件，胜诉60件，占受理案件总数的75%。'),
    p('来信事项受理300件，办结280件，占受理事项的90%。'),
    // Items one a sentence: an item whose share is its part of the category before it may break that category down
    // (其中 unwritten) — no base; with 其中 it does, and is judged against that category.
    p('全年共办理行政处罚案件500起。其中，生态环境类200起，占40%。罚款类100起，占比50%。自然资源类150起，占30%。交通运输类100起，占20%。'),
    p('全年共办理法律援助案件1200件。刑事案件480件，占40%。民事案件600件，占50%。其中婚姻家庭类300件，占50%。行政案件120件，占10%。'),
    // Parts that add up to a sibling with its own bare share ("…的320件，占比40%") are not its parts.
    p('全年共收到行政复议申请800件。涉及行政处罚的320件，占比40%。信息公开类120件，占比15%。其他200件，占比25%。'),
    // Two named items adding up to a count: not of another place (全省), nor of each part's own target (占任务数的).
    p('全年共登记群众来信来访1,200件次，上年结转200件次。来信720件次，占全省信访总量的6%；来访480件次，占全省信访总量的5%。'),
    p('全年一般公共预算收入完成8000万元，占年初预算数的90%。其中税收收入5000万元，占任务数的97.2%；非税收入3000万元，占任务数的83.4%。'),
    // A run framed by a verb (审结…中) is of that verb's count, not of the received one; two wholes of the framing noun: no guess.
    p('一、行政复议案件基本情况\n\n1.案件数量增长。全区复议机构共受理行政复议申请1600宗，同比上升20.5%。\n\n2.案件审理。审结的行政复议申请中，驳回类案件480宗，占比36.0%。'),
    p('一、行政复议案件基本情况\n\n1.案件数量增长。全区复议机构共受理行政复议申请1600宗，上半年共受理行政复议申请700宗。\n\n2.案件类型集中。全区行政复议申请中，行政处罚类案件480宗，占比36.0%。'),
    // Items naming 投诉总量 that add up to a count of another part of the year (上半年): no base.
    p('全年共登记投诉举报8000件，其中投诉6000件，举报2000件，上半年投诉3000件。\n\n网购投诉1650件，占投诉总量的27.50%。直播投诉1350件，占投诉总量的22.50%。'),
    // 占法律援助事项总量的: the whole of another body stated paragraphs back is no base ("法" is no qualifier of the noun).
    p('全市共受理法律援助事项9.9万件。\n\n市法律援助中心办理法律援助事项2650件，占法律援助事项总量的26.8%。'),
    // A 其中 part in an aside of the whole ("（其中有效来信2000封）") may be the total as well: two bases, no guess.
    p('市长信箱共收到群众来信2400封（其中有效来信2000封）。从内容看，投诉类1000封，占总量的50.00%；咨询类600封，占总量的30.00%；建议类240封，占总量的12.00%；求助类160封，占总量的8.00%。'),
    // Shares of a list with no total that add up to 100% and fit their parts' sum; whole percents a point short of 100%
    // (a category of under 1% may be left out): not known to be all.
    p('网上来信300件，占60.00%；现场来信200件，占40.00%。'),
    p('从来信类型看，咨询类60件，占比60%；投诉类45件，占比39%。'),
    // A list led as the main ones with a bare share: that share of the last item alone, or two counts that could be the
    // whole (来电 and its 其中 有效来电): no guess.
    p('全年共受理群众来电4000件，同比增长5%。来电主要集中在：住房类1200件、交通类980件、教育类770件，占比19.25%。'),
    p('全年共受理群众来电4000件，其中有效来电3000件。来电主要集中在：住房类1200件、交通类980件、教育类770件，占比70%。'),
    p('12345市民服务热线共办理为民服务事项41.91万件，其中受理群众来电、市长信箱、微信25.95万件，较上周增长2.2%；外拨回访电话15.96万通。受理的市民诉求中，直办15.85万件，占受理总量的61.1%；转办10.1万件，占38.9%。'),
    // A 其中 part under its total's own verb is no whole of that verb.
    p('全年共受理案件100件，其中受理行政处罚类90件。受理的案件中，直办50件，占受理总量的50%。'),
    p('全县财政总收入累计完成452964万元，同比增长15.8%。财政总收入占GDP的比重15.9%，较上年上升0.8个百分点。税收收入累计完成373219.7万元，同比增长13.6%，占总收入的82.4%；非税收入完成79744.3万元，同比增长26.8%，占总收入的17.6%。'),
    p('全年共主动公开政府信息12条。\n\n在主动公开的信息中，政务信息公开指南1条，占8%；其他公文5条，占42%；决算预算2条，占17%。'),
    // A part of the named count stated with it could hold the group as well (正式受理269件): no guess.
    { text: '某市市场监管局2023年5月份投诉举报情况的报告\n一、总体情况\n5月份接收消费者投诉信息508件，其中：承办单位初查不受理232件、尚在初查中7件、正式受理269件。\n从接收投诉的单位来看，投诉量较大的主要有：甲区市场监督管理局(188件)、乙县市场监督管理局(76件)、丙市市场监督管理局(64件)、丁区市场监督管理局(43件)，合计占比71.85%。\n', format: 'plaintext' },
    { text: '某市市场监管局2023年5月份投诉举报情况的报告\n一、总体情况\n5月份接收消费者投诉信息508件，同比降低27.12%。\n从接收投诉的单位来看，投诉量较大的主要有：甲区市场监督管理局(188件)、乙县市场监督管理局(70件)、丙市市场监督管理局(64件)、丁区市场监督管理局(43件)，合计占比71.85%。\n', format: 'plaintext' },
    // A count stated by its verb alone right after a whole of the noun ("新收…申请120件，受理96件") counts the noun too:
    // two candidate totals, no guess.
    p('全年新收行政复议申请120件，受理96件。其中市场监管类受理30件，占申请总数的31.3%。'),
    p('全年共收到信访件560件，办结520件。城建类信访办结182件，占信访件总数的35.0%。'),
    p('全市新收劳动争议案件1,250件，审结1,180件。今年审结工资类案件531件，占案件总数的45.0%。'),
    p('今年，12345热线共接听群众来电8,000个，受理7,200个。其中，城管类诉求受理1,800个，占来电总数的25.0%。'),
    // The money of a 其中 item after its head count: a share that fits the money, or the head count (the writer may put
    // the people's share after the money), or another money total before it.
    p('为3160名职工追回欠薪4275万元，其中建筑业职工2210名，追回金额3620万元，占84.7%。'),
    p('为3160名职工追回欠薪4275万元，其中建筑业职工2210名，追回金额3620万元，占69.9%。'),
    p('涉及欠薪总额5100万元，为3160名职工追回欠薪4275万元，其中建筑业职工2210名，追回金额3620万元，占71.0%。'),
    // A 其中 run after two counts that could both hold it: of the one its shares name; an item whose share the other
    // count gives, or the item before it (a breakdown of that item), or one whose items all miss both: no guess.
    p('全年共受理矛盾纠纷1260件，调解成功1185件。其中婚姻家庭纠纷352件，占27.9%；邻里纠纷481件，占38.2%。'),
    p('全省共受理行政调解案件348111件，同比略有下降。\n\n（一）从调解主体看，行政调解案件主要集中在基层。上半年，县级政府、部门及乡镇街道共受理行政调解案件328778件、占全省行政调解案件总数的94.45%。'),
    // Two counts so near that the shares fit both (9213, 9201), items naming levels reported to (镇级, 市级).
    p('十一月份，网格员共上报事件9213件，办结9201件。其中，上报至镇级网格中心的有113件，占比1.23%；上报至市级网格中心的有1883件，占比20.44%。'),
    p('全年共受理矛盾纠纷1260件，调解成功1185件。其中婚姻家庭纠纷352件，占29.7%；邻里纠纷481件，占38.2%。'),
    p('全年共受理矛盾纠纷1260件，调解成功1185件。其中婚姻家庭纠纷352件，占27.9%；涉彩礼纠纷47件，占13.4%。'),
    p('全年共受理矛盾纠纷1260件，调解成功1185件。其中婚姻家庭纠纷352件，占26.9%；邻里纠纷481件，占36.2%。'),
    p('市本级共受理矛盾纠纷1260件，调解成功1185件。其中婚姻家庭纠纷352件，占28.9%；邻里纠纷481件，占38.2%。'),
    // 街道 is a part of a district's report, and 各街道 a part in a street office's own.
    p('# 某区司法局2025年法治政府建设情况报告\n\n街道调解组织共受理矛盾纠纷1260件，调解成功1185件。其中婚姻家庭纠纷352件，占28.9%；邻里纠纷481件，占38.2%。'),
    p('# 某区青山街道办事处2025年法治政府建设情况报告\n\n各街道调解组织共受理矛盾纠纷1260件，调解成功1185件。其中婚姻家庭纠纷352件，占28.9%；邻里纠纷481件，占38.2%。'),
    // A share naming its total by a verb, a count of that verb in its own paragraph and another in the paragraph before:
    // the own one explains it; the one before explains it (no guess against the own one).
    report('（一）全年受理行政许可申请2614件，全部按时办结。\n\n（二）全年共受理医疗纠纷调解申请126件。经调解，成功调解108件，占受理案件总数的85.7%。'),
    report('（一）全年受理行政许可申请144件，全部按时办结。\n\n（二）全年共受理医疗纠纷调解申请126件。经调解，成功调解108件，占受理案件总数的75.0%。'),
    // Items after the first one read against the count right before it: outcomes that fit it; an outcome of the first
    // item's count (审结36件 → 维持), not alike; items past the count.
    p('被申请行政复议案件42件，经复议维持26件，占61.9%；驳回复议申请13件，占31.0%；终止审理3件，占7.1%。'),
    p('受理行政复议案件50件，审结36件，占72%；维持10件，占25.8%。'),
    p('被申请行政复议案件42件，经复议维持26件，占61.9%；驳回复议申请20件，占47.6%。'),
    // An approximate part (约) is not judged.
    p('为3160名职工追回欠薪4275万元，其中建筑业职工2210名，追回金额约3620万元，占86.0%。'),
  ],
  invalid: [
    {
      name: 'a count framing a sentence of stretches by ；, a later stretch\'s share off it',
      text: p('189件委员提案中，已经解决的有143件，占办理总数的75.7%；正在解决的有31件，占办理总数的14.6%；暂时难以解决的有15件，占办理总数的7.9%。'),
      findings: [{ code: 'figure/share', at: '14.6%', message: '占比与部分、总数不符：31件÷189件=16.40%，应为16.4%，文中为14.6%（按14.6%计，部分约应为28件）' }],
    },
    {
      name: 'a structure of shares written as a ratio, not adding up to 100',
      text: p('全市检察机关刑事、民事、行政和公益诉讼“四大检察”业务占比结构为69.93:16.65:8.14:5.01。'),
      findings: [{ code: 'figure/share', at: '5.01', message: '占比结构各项之和应为100：69.93+16.65+8.14+5.01=99.73' }],
    },
    {
      name: 'a run of shares past an item\'s own 其中 breakdown, the first item off the total the others agree on',
      text: p('全市12315平台受理投诉举报41601件，占诉求总量的52.39%，其中PC端14510件、微信小程序18640件、手机APP7028件；省统一平台受理28470件，占诉求总量的36.22%；来信受理4676件，占诉求总量的5.95%；电话受理3703件，占诉求总量的4.71%。'),
      findings: [{ code: 'figure/share', at: '52.39%', message: /本项41601件÷52.39%≈79406件/ }],
    },
    {
      name: 'the share of a whole named by its verb over kinds that read as verbs (共受理投诉、举报、咨询、求助)',
      text: p('全县共受理投诉、举报、咨询、求助667件，同比增长113.78%。其中，投诉483件、举报73件、咨询6件、求助105件。\n全县共受理投诉483件，占总受理量的74.21%。'),
      findings: [{ code: 'figure/share', at: '74.21%', message: '占比与部分、总数不符：483件÷667件=72.41%，应为72.41%，文中为74.21%（按74.21%计，部分约应为495件）' }],
    },
    {
      name: 'a part restated in a later section, its share of the whole of its verb in the section it was listed in',
      text: p('一、总体情况\n全县共受理投诉、举报、咨询、求助667件，同比增长113.78%。其中，投诉483件、举报73件、咨询6件、求助105件。\n二、热点分析\n（一）全县共受理投诉483件，占总受理量的74.21%。'),
      findings: [{ code: 'figure/share', at: '74.21%', message: '占比与部分、总数不符：483件÷667件=72.41%，应为72.41%，文中为74.21%（按74.21%计，部分约应为495件）' }],
    },
    {
      name: 'a run of shares of one whole, named with 总数 and once without (占全部咨询总数的, 占全部咨询), one item off',
      text: p('受理咨询分为民事、刑事、行政、其他四大类，全年民事类咨询121668人次，占全部咨询总数的80.6%；刑事类咨询5756人次，占全部咨询总数的3.8%；行政类咨询3732人次，占全部咨询总数的2.5%；其他方面咨询19841人次，占全部咨询15.1%。'),
      findings: [{ code: 'figure/share', at: '15.1%', message: '占比与同列其他各项不符：其他各项推算的总数约为150953人次（121668人次÷80.6%≈150953人次，5756人次÷3.8%≈151474人次，3732人次÷2.5%≈149280人次），本项19841人次÷15.1%≈131397人次；按总数150953人次计，19841人次÷150953人次=13.14%，应约为13.1%，文中为15.1%' }],
    },
    {
      name: 'a count past a ； named by a short name of the whole\'s noun (调委会 of 调解委员会): of the count written before its noun',
      text: p('1995年全市共有4598个调解委员会，其中一类占88.5%，二类占11.5%，无三类的；规范化调委会3457个，占总数的78.2%。'),
      findings: [{ code: 'figure/share', at: '78.2%', message: '占比与部分、总数不符：3457个÷4598个=75.18%，应为75.2%，文中为78.2%（按78.2%计，部分约应为3596个）' }],
    },
    {
      name: 'a sentence pointing back at the five items of the sentence before (上述五类诉求占…工单总量的), each with its own share',
      text: p('三季度共受理工单2848件。其中，社会保障类487件，占比17.10%；住房与城乡建设类346件，占比12.15%；公共服务类331件，占比11.62%；农林水利类279件，占比9.80%；市场管理类218件，占比7.65%。上述五类诉求占三季度工单总量的56.32%。'),
      findings: [{ code: 'figure/share', at: '56.32%', message: '占比与部分、总数不符：(487件+346件+331件+279件+218件)÷2848件=58.32%，应为58.32%，文中为56.32%（按56.32%计，部分约应为1604件）' }],
    },
    {
      name: 'a share framed by a class with 类 (在商品类投诉中占比为) of the count stated without it (商品投诉912件)',
      text: p('我局上半年共受理消费投诉1153件。其中商品投诉912件，占投诉总量的79.1%。服务类投诉241件，占投诉总量的20.9%。\n商品类投诉按消费类型，从高到低排名前几位的分别为：1、食品165件，在商品类投诉中占比为18.1%；2、服装鞋帽115件，占比为13.6%；3、交通工具95件，占比为10.4%。'),
      findings: [{ code: 'figure/share', at: '13.6%', message: '占比与部分、总数不符：115件÷912件=12.61%，应为12.6%，文中为13.6%（按13.6%计，部分约应为124件）' }],
    },
    {
      name: 'the two sides of a split of people (居住在城镇的/居住在乡村的人口) with bare shares: the odd share of the two is the slip',
      text: p('2023年末全省常住人口中，居住在城镇的人口为2252.01万人，占62.97%；居住在乡村的人口为1213.98万人，占35.03%。'),
      findings: [{ code: 'figure/share', at: '62.97%', message: '占比与各项之和不符：各项占比之和为98.00%，两项是同一群人互斥的两方，合起来即总数的全部，2252.01万人÷(2252.01万人+1213.98万人)=64.97%，应为64.97%，文中为62.97%' }],
    },
    {
      name: 'an item whose implied total is off the others\', the sentence after framing the whole anew (常住人口中，…): no item of the run',
      text: p('2023年末全省常住人口中，0—14岁人口为517.49万人，占14.93%；15—64岁人口为2421.53万人，占67.87%；65岁及以上人口为526.98万人，占15.20%。常住人口中，60岁及以上人口为750.07万人，占21.64%。'),
      findings: [{ code: 'figure/share', at: '67.87%', message: '占比与同列其他各项不符：其他各项推算的总数约为3466.97万人（517.49万人÷14.93%≈3466.1万人，526.98万人÷15.20%≈3467.0万人），本项2421.53万人÷67.87%≈3567.9万人；按总数3466.97万人计，2421.53万人÷3466.97万人=69.85%，应约为69.85%，文中为67.87%' }],
    },
    {
      name: 'respective shares (分别占) of named counts, a name joining two kinds with 、',
      text: p('判处被告人2138人，其中，判处五年以上有期徒刑237人，判处三年以下有期徒刑、拘役1605人，分别占判决人数的13.09%和75.07%。'),
      findings: [{ code: 'figure/share', at: '13.09%', message: '占比与部分、总数不符：237人÷2138人=11.09%，应为11.09%，文中为13.09%（按13.09%计，部分约应为280人）' }],
    },
    {
      name: 'a share of the whole place\'s count named by its noun (占全国幼儿园的比例), the count stated with 共有 a sentence before',
      text: p('全国共有幼儿园29.48万所，比上年增加3117所，增长1.07%。其中，普惠性幼儿园24.47万所，比上年增加1.06万所，增长4.55%，占全国幼儿园的比例85.00%。'),
      findings: [{ code: 'figure/share', at: '85.00%', message: '占比与部分、总数不符：24.47万所÷29.48万所=83.01%，应为83.01%，文中为85.00%（按85.00%计，部分约应为25.06万所）' }],
    },
    {
      name: 'a run of bare shares after a share of people with its own base: counted otherwise, that one is no sibling',
      text: p('共提出提案820件，经审查，立案799件。其中：参与提案的委员403人，占委员总数的68%；涉及经济建设方面的提案290件，占36.3%；涉及科技、教育、文化、卫生、体育方面的提案175件，占24.9%；涉及劳动人事、社会保障和社会治理类提案111件，占13.9%；涉及环境资源方面的提案86件，占10.8%；涉及农业农村方面的提案69件，占8.6%；涉及政策法规、民族宗教、统战政协和其他方面的提案68件，占8.5%。'),
      findings: [{ code: 'figure/share', at: '24.9%', message: '占比与部分、总数不符：175件÷799件=21.90%，应为21.9%，文中为24.9%（按24.9%计，部分约应为199件）' }],
    },
    {
      name: 'two shares of 总数 passing 100%, one of them its part of the parts\' sum exactly: the other is the slip',
      text: p('从综合得分上看：本月得满分的单位共55家，占总数的73.43%；低于100分高于95分的单位共22家，占总数的28.57%。'),
      findings: [{ code: 'figure/share', at: '73.43%', message: '占比与各项之和不符：各项占比之和为102.00%，各项即总数的全部，55家÷(55家+22家)=71.43%，应为71.43%，文中为73.43%' }],
    },
    {
      name: 'a share whose population is framed before 占比 (在服务类投诉中占比为), the total stated before',
      text: p('共受理服务类投诉241件。服务类投诉按消费类型，从高到低排名前几位的分别为：餐饮服务133件，在服务类投诉中占比为51%；美容美发31件，占比为12.9%；修理服务25件，占比为10.4%。'),
      findings: [{ code: 'figure/share', at: '51%', message: /133件÷240件=55\.42%，应约为55%，文中为51%/ }],
    },
    {
      name: 'counts each in brackets after its name, then 合计占比: their sum over the whole before',
      text: p('2021年全市共接收消费者投诉8660件。从接收投诉的地区来看，投诉量较大的区县主要有：榆次区市场监督管理局(4628件)、开发区分局(1179件)、平遥县市场监督管理局(679件)、太谷区市场监督管理局(542件)，合计占比84.15%。'),
      findings: [{ code: 'figure/share', at: '84.15%', message: '占比与部分、总数不符：(4628件+1179件+679件+542件)÷8660件=81.15%，应为81.15%，文中为84.15%（按84.15%计，部分约应为7287件）' }],
    },
    {
      name: 'a court year-book\'s intake written with 收 alone (共收各类案件…), the share naming 收案总数',
      text: p('全省法院共收各类案件321 146件，比上年下降1.3%。其中，基层法院收案271 997件，占全省法院收案总数的81.7%。'),
      findings: [{ code: 'figure/share', at: '81.7%', message: '占比与部分、总数不符：271 997件÷321 146件=84.70%，应为84.7%，文中为81.7%（按81.7%计，部分约应为262376件）' }],
    },
    {
      name: 'shares under a sorting heading (从年龄结构看) from the lowest range to the highest, short of 100%',
      text: p('从年龄结构看，30岁以下的律师10.79万多人，占16.56%，30岁（含）至50岁的律师41.95万多人，占61.39%，50岁（含）至65岁的律师10.63万多人，占16.32%，65岁（含）以上的律师1.77万多人，占2.73%。'),
      findings: [{ code: 'figure/share', at: '2.73%', message: '各类占比（从最低一档列至最高一档）之和应为100%：16.56%+61.39%+16.32%+2.73%=97.00%' }],
    },
    {
      name: 'shares under a sorting heading (从文化程度看) over 100%',
      text: p('从文化程度看，本科学历的律师46.69万多人，占71.66%，硕士研究生学历的律师13.04万多人，占22.01%，博士研究生学历的律师7800多人，占1.21%，本科学历以下的律师4.64万多人，占7.12%。'),
      findings: [{ code: 'figure/share', at: '7.12%', message: '同一分类的各类占比之和不应超过100%：71.66%+22.01%+1.21%+7.12%=102.00%' }],
    },
    {
      name: 'the share of the group its subject names (三罪合计占) against the items\' own shares',
      text: p('从起诉涉疫案件所涉罪名看，以诈骗罪为主，起诉40人，占比68.97%，起诉生产、销售伪劣产品罪5件，占比8.62%，起诉开设赌场罪3件，5.17%，三罪合计占86.76%。'),
      findings: [{ code: 'figure/share', at: '86.76%', message: '合计占比与各项占比之和不符：68.97%+8.62%+5.17%=82.76%，文中为86.76%' }],
    },
    {
      name: 'an aside of category shares after a count, going on to the rest (其他…): they add up to 100%',
      text: p('全国海事审判三级法院受理海事海商案件89384件，结案88764件（海商案件占比60.78%，海事诉讼特别程序案件占比16.7%，海事案件占比9.67%，其他海事海商案件占比14.85%）。'),
      findings: [{ code: 'figure/share', at: '14.85%', message: '同一总数的各部分占比之和应为100%：60.78%+16.7%+9.67%+14.85%=102.00%' }],
    },
    {
      name: 'a 其中 list of category shares going on to the rest',
      text: p('全国法院受理海事海商案件89384件，其中海商案件占60.78%，海事诉讼特别程序案件占16.7%，海事案件占9.67%，其他海事海商案件占14.85%。'),
      findings: [{ code: 'figure/share', at: '14.85%', message: '同一总数的各部分占比之和应为100%：60.78%+16.7%+9.67%+14.85%=102.00%' }],
    },
    {
      name: 'a 其中 list of answers\' shares going on to the rest, one answer named with its reason at length',
      text: p('全市共办理政府信息公开申请1527件，其中予以公开或部分公开占58.5%、不予公开占9.3%、因本机关不掌握等原因无法提供占28.9%，其他情况占5.2%。'),
      findings: [{ code: 'figure/share', at: '5.2%', message: '同一总数的各部分占比之和应为100%：58.5%+9.3%+28.9%+5.2%=101.9%' }],
    },
    {
      name: 'the three sectors of the economy, a share each, past 100%',
      text: p('全省就业人员4697万人，比上年末减少10万人。在全省就业人员中，第一产业就业人员占29.9%；第二产业就业人员占27.9%；第三产业就业人员占48.2%。'),
      findings: [{ code: 'figure/share', at: '48.2%', message: '三次产业各占比之和应为100%：29.9%+27.9%+48.2%=106.0%' }],
    },
    {
      name: 'kinds of cases of one noun, each a share of one named whole, past 100%',
      text: p('刑事案件560件，占案件总数的66.0%；民事案件400件，占案件总数的40.0%。'),
      findings: [{ code: 'figure/share', at: '40.0%', message: '同一分类的各类占比之和不应超过100%：66.0%+40.0%=106.0%' }],
    },
    {
      name: 'the three sectors\' shares one by one (比重), short of 100%',
      text: p('第一产业增加值占地区生产总值的比重为8.0%，第二产业增加值比重为43.3%，第三产业增加值比重为43.7%。'),
      findings: [{ code: 'figure/share', at: '43.7%', message: '三次产业各占比之和应为100%：8.0%+43.3%+43.7%=95.0%' }],
    },
    {
      name: 'the three sectors\' contributions to growth, side by side after their shares',
      text: p('第一、二、三产业增加值占地区生产总值的比重分别为21.3%、20.2%和58.5%，对经济增长的贡献率分别为27.8%、35.3%和41.9%。'),
      findings: [{ code: 'figure/share', at: '41.9%', message: '三次产业对增长的贡献率之和应为100%：27.8%+35.3%+41.9%=105.0%' }],
    },
    {
      name: 'the three sectors\' structure after last year\'s (一、二、三产业…比重由上年的…调整为…), a sentence without figures',
      text: p('全年地区生产总值1263304万元。一、二、三产业增加值占地区生产总值的比重由上年的12.8:41.2:46调整为11.6:42.7:49.7，产业结构进一步优化。'),
      findings: [{ code: 'figure/share', at: '49.7', message: '三次产业结构各项之和应为100：11.6+42.7+49.7=104.0' }],
    },
    {
      name: 'the three sectors\' structure joined by 、',
      text: p('三次产业增加值结构为9.3、44.0、49.6。'),
      findings: [{ code: 'figure/share', at: '49.6', message: '三次产业结构各项之和应为100：9.3+44.0+49.6=102.9' }],
    },
    {
      name: 'the three sectors\' structure written 结构比 with no 为, and with the ︰ of some pages',
      text: p('三次产业结构比21.8:14.7:60.8。三次产业结构比例为16.5︰26.2︰53.7。'),
      findings: [
        { code: 'figure/share', at: '60.8', message: '三次产业结构各项之和应为100：21.8+14.7+60.8=97.3' },
        { code: 'figure/share', at: '53.7', message: '三次产业结构各项之和应为100：16.5+26.2+53.7=96.4' },
      ],
    },
    {
      name: 'the three sectors\' structure (6.0:42.9:47.1), short of 100',
      text: p('三次产业增加值结构为6.0:42.9:47.1。'),
      findings: [{ code: 'figure/share', at: '47.1', message: '三次产业结构各项之和应为100：6.0+42.9+47.1=96.0' }],
    },
    {
      name: 'a share naming the population of a count in its paragraph (its words in order), held to that count',
      text: p('全省共办理各类法律援助案件7900件，其中涉及农民工群体的法律援助案件2188件，占全省法律援助总案件量的27.7%；办结农民工法律援助案件1762件，占农民工法律援助案件量的85%。'),
      findings: [{ code: 'figure/share', at: '85%', message: /^占比与部分、总数不符：1762件÷2188件=80\.53%，应为81%，文中为85%/ }],
    },
    {
      name: 'the share of a group (上述两类) whose counts carry shares of their own: of their sum all the same',
      text: p('全年共收到行政复议申请400件，其中行政处罚类120件，占30%，行政许可类80件，占20%，上述两类共占60%。'),
      findings: [{ code: 'figure/share', at: '60%', message: /^占比与部分、总数不符：\(120件\+80件\)÷400件=50\.00%，应为50%，文中为60%/ }],
    },
    {
      name: 'the share of the two kinds just listed together (两类…占总量的), with the shares of each between',
      text: p('全省共接到投诉举报2193件，其中涉嫌违反《价格法》投诉举报1351件，占61.6%；涉嫌销售假冒伪劣防护产品290件，占13.2%；两类投诉举报占总量的78.4%。'),
      findings: [{ code: 'figure/share', at: '78.4%', message: '占比与部分、总数不符：(1351件+290件)÷2193件=74.83%，应为74.8%，文中为78.4%（按78.4%计，部分约应为1719件）' }],
    },
    {
      name: 'the halves a total a paragraph back names one by one (投诉举报 → 投诉, 举报), adding up to it, one share off',
      text: p('2023年，全市共受理投诉举报38.61万件，同比上升15.7%。\n\n从诉求类别来看，投诉举报数量双上升。其中，投诉29.74万件，比上年上升18.26%，占全部诉求的67.03%；举报8.87万件，比上年上升6.41%，占全部诉求的22.97%。'),
      findings: [{ code: 'figure/share', at: '67.03%', message: '占比与部分、总数不符：29.74万件÷38.61万件=77.03%，应为77.03%，文中为67.03%（按67.03%计，部分约应为25.88万件）' }],
    },
    {
      name: 'the share of an item\'s negation (未达到…) is of the total both split, not of the item (11÷44 would give it)',
      text: p('本次督查通报的量化指标任务共55项。截至目前，达到序时进度44项、占比80.0%。未达到序时进度11项、占比25.0%。'),
      findings: [{ code: 'figure/share', at: '25.0%', message: '占比与部分、总数不符：11项÷55项=20.00%，应为20.0%，文中为25.0%（按25.0%计，部分约应为14项）' }],
    },
    {
      name: 'a share of the whole place\'s count (占全省…总数) paragraphs back, the part\'s sentence naming bodies of its own',
      text: p('全省共受理行政调解案件348111件，同比略有下降。\n\n（一）从调解主体看，行政调解案件主要集中在基层。上半年，县级政府、部门及乡镇街道共受理行政调解案件328778件、占全省行政调解案件总数的91.45%。'),
      findings: [{ code: 'figure/share', at: '91.45%', message: /^占比与部分、总数不符：328778件÷348111件=94\.45%/ }],
    },
    {
      name: 'a 其中 run after two counts so near every share fits both: of the one marked whole (共), one item off',
      text: p('十一月份，网格员共上报事件9213件，办结9201件，办结率99.87%。其中，上报至镇级网格中心的有113件，占比1.23%；上报至市级网格中心的有1883件，占比24.44%。'),
      findings: [{ code: 'figure/share', at: '24.44%', message: /^占比与部分、总数不符：1883件÷9213件=20\.44%，应为20\.44%，文中为24\.44%/ }],
    },
    {
      name: 'items one a sentence, the last going on with figures of other measures (投资80亿元)',
      text: p('本次督查通报的量化指标任务共55项。截至目前，达到序时进度44项、占比80.0%。未达到序时进度11项、占比25.0%，为完成投资80亿元、新建安置区5个等任务。'),
      findings: [{ code: 'figure/share', at: '25.0%', message: /^占比与部分、总数不符：11项÷55项=20\.00%/ }],
    },
    {
      name: 'a share of 总事项: all the 事项 counted, the count first stated as 事项',
      text: p('平台录入政务服务事项980项，对社会公布“最多跑一次”事项974项，占总事项的99%，开通网办事项955项，占总事项的87%。'),
      findings: [{ code: 'figure/share', at: '87%', message: '占比与部分、总数不符：955项÷980项=97.45%，应为97%，文中为87%（按87%计，部分约应为853项）' }],
    },
    {
      name: 'a bare 占比 of the whole place\'s count closing the sentence before (全市…, no 共)',
      text: p('全市行政机关败诉58件。县级政府部门败诉22件，占比45.2%。'),
      findings: [{ code: 'figure/share', at: '45.2%', message: '占比与部分、总数不符：22件÷58件=37.93%，应为37.9%，文中为45.2%（按45.2%计，部分约应为26件）' }],
    },
    {
      name: '占全年计划投资 of the one count stated as 计划总投资',
      text: p('2015年25件重点民生实事计划总投资277亿元，上半年实际完成投资156.92亿元，占全年计划投资的66.6%。'),
      findings: [{ code: 'figure/share', at: '66.6%', message: '占比与部分、总数不符：156.92亿元÷277亿元=56.65%，应为56.6%，文中为66.6%（按66.6%计，部分约应为184.48亿元）' }],
    },
    {
      name: '占总计划 of the count heading its paragraph, one off',
      text: p('2000个行政村环境连片整治（2013—2017年）。上半年各项目均已开工，总体进展顺利。累计完成了750个行政村整治工作，占总计划的32.5%。'),
      findings: [{ code: 'figure/share', at: '32.5%', message: '占比与部分、总数不符：750个÷2000个=37.50%，应为37.5%，文中为32.5%（按32.5%计，部分约应为650个）' }],
    },
    {
      name: 'a plan named without its measure (占年度计划的 of 年度计划投资), past the whole investment',
      text: p('总投资2.96亿元，年度计划投资1.84亿元，至年底完成投资1.79亿元，占年度计划的87.3%。'),
      findings: [{ code: 'figure/share', at: '87.3%', message: '占比与部分、总数不符：1.79亿元÷1.84亿元=97.28%，应为97.3%，文中为87.3%（按87.3%计，部分约应为1.61亿元）' }],
    },
    {
      name: '分别 shares of a named whole (商品类投诉总量) past a sibling nearer (服务类投诉), one off',
      text: p('本月共受理投诉882件。其中商品类投诉553件，占投诉总量的62.7%；服务类投诉329件，占投诉总量的37.3%。\n\n商品类投诉中，排名前三位的依次是普通食品类211件、服装鞋帽类63件、交通工具类55件，分别占商品类投诉总量的38.2%、13.4%、9.9%。'),
      findings: [{ code: 'figure/share', at: '13.4%', message: '占比与部分、总数不符：63件÷553件=11.39%，应为11.4%，文中为13.4%（按13.4%计，部分约应为74件）' }],
    },
    {
      name: 'a table\'s column of shares of the whole stated right before it (占全市总量), no total row: the one row off',
      format: 'plaintext',
      text: p('某市市场监管局2025年第一季度投诉举报分析\n\n一、总体情况\n2025年第一季度，某市市场监管系统共接收投诉举报25000件。\n各县(市、区)投诉举报受理情况统计\n地区 | 2025年第一季度 投诉举报量(件) | 2024年第一季度 投诉举报量(件) | 同比 | 占全市总量 |\n甲区 | 5000 | 4800 | 4.17% | 20.00% |\n乙区 | 4000 | 4100 | -2.44% | 16.00% |\n丙市 | 3500 | 3000 | 16.67% | 14.00% |\n丁县 | 3000 | 3250 | -7.69% | 15.00% |'),
      findings: [{ code: 'figure/share', at: '15.00%', message: '占比与部分、总数不符：表中“丁县”一行，2025年第一季度投诉举报量(件)3000÷25000件=12.00%，应为12.00%，文中为15.00%（其他各行均按25000件计）' }],
    },
    {
      name: 'a share of 结案总数 against the count of 审结 stated before (结案 is the court\'s 审结)',
      text: p('2025年，全县法院共审结一审行政案件426件，其中判决行政机关败诉37件。全县法院共审结涉民生行政案件286件，占结案总数的57%。'),
      findings: [{ code: 'figure/share', at: '57%', message: '占比与部分、总数不符：286件÷426件=67.14%，应为67%，文中为57%（按57%计，部分约应为243件）' }],
    },
    {
      name: 'a share of 案件发现总量 against the count of 发现 stated before',
      text: p('2025年，全县共发现涉林行政案件42起。全县共查结涉林行政案件25起，占案件发现总量的54.76%。'),
      findings: [{ code: 'figure/share', at: '54.76%', message: '占比与部分、总数不符：25起÷42起=59.52%，应为59.52%，文中为54.76%（按54.76%计，部分约应为23起）' }],
    },
    {
      name: 'two shares adding up to more than 100% because one is wrong: the other gives its share of the total exactly',
      text: p('全年共受理诉求5236件。从受理渠道看，电话渠道有4418件，占84.38%；网络渠道有705件，占16.46%。'),
      findings: [{ code: 'figure/share', at: '16.46%', message: '占比与部分、总数不符：705件÷5236件=13.46%，应为13.46%，文中为16.46%（按16.46%计，部分约应为862件）' }],
    },
    {
      name: 'named counts each in brackets, then 分别占比 their shares: one against its count',
      text: p('全县共受理消费者投诉2.46万件，同比增长8.3%，质量问题（0.81万件）、售后服务（0.52万件）、合同问题（0.33万件）、食品安全（0.24万件）、广告问题（0.09万件）等相对突出，分别占比28.9%、21.1%、13.4%、9.8%、3.7%。'),
      findings: [{ code: 'figure/share', at: '28.9%', message: '占比与部分、总数不符：0.81万件÷2.46万件=32.93%，应为32.9%，文中为28.9%（按28.9%计，部分约应为0.71万件）' }],
    },
    {
      name: 'a share of X总数 with the one whole count of X a paragraph back',
      format: 'plaintext',
      text: p('某县人大常委会关于2025年代表建议办理情况的报告\n\n一、基本情况\n代表共提出建议386件，已经全部办理完毕。\n代表通过视察形成的建议有213件，占建议总数的59.8%。'),
      findings: [{ code: 'figure/share', at: '59.8%', message: '占比与部分、总数不符：213件÷386件=55.18%，应为55.2%，文中为59.8%（按59.8%计，部分约应为231件）' }],
    },
    {
      name: 'shares of 总数 after one of 火灾总数 in their sentence: of the base that one was judged against',
      format: 'plaintext',
      text: p('某省消防救援总队关于2025年火灾形势的通报\n\n一、总体情况\n今年1至9月，全省共接报火灾6368起，死亡14人。\n从城乡分布看，城市地区发生火灾2596起，占火灾总数的40.8%；农村地区发生火灾3328起，占总数的55.4%；其它区域发生火灾444起，占总数的7.0%。'),
      findings: [{ code: 'figure/share', at: '55.4%', message: '占比与部分、总数不符：3328起÷6368起=52.26%，应为52.3%，文中为55.4%（按55.4%计，部分约应为3528起）' }],
    },
    {
      name: 'the two sides of a people split with 分别 shares adding up to more than 100%, no total stated',
      text: p('从执业类型来看，有专职律师246名和兼职律师38名，占比分别为90.6%和13.4%。'),
      findings: [{ code: 'figure/share', at: '13.4%', message: '同一分类的各类占比之和不应超过100%：90.6%+13.4%=104.0%' }],
    },
    {
      name: 'a 其中 sentence after a total stated as of a date (截至6月底) goes on in its period',
      text: p('截至2023年6月底，全市共有各类行政执法主体1250个。其中：垂直管理的行政执法主体为815个，占总数的65.2%；12个区县政府及其所属部门设置的行政执法主体为435个，占总数的38.4%。'),
      findings: [{ code: 'figure/share', at: '38.4%', message: '占比与部分、总数不符：435个÷1250个=34.80%，应为34.8%，文中为38.4%（按38.4%计，部分约应为480个）' }],
    },
    {
      name: 'a 其中 sentence right after the sentence stating its total',
      text: p('2025年，全县法院共审结一审行政案件426件，同比上升5%。其中，征收补偿、社会保障两类案件198件，占41%。'),
      findings: [{ code: 'figure/share', at: '41%', message: '占比与部分、总数不符：198件÷426件=46.48%，应为46%，文中为41%（按41%计，部分约应为175件）' }],
    },
    {
      name: 'a share naming a 其中 part word for word (占已审结案件的), no whole count of that verb stated',
      text: p('合计审理案件557件。其中，已审结案件487件，未审结案件70件。在已审结案件中，维持原行政行为的369件，占已审结案件的69.61%。'),
      findings: [{ code: 'figure/share', at: '69.61%', message: '占比与部分、总数不符：369件÷487件=75.77%，应为75.77%，文中为69.61%（按69.61%计，部分约应为339件）' }],
    },
    {
      name: 'a share of 总上报事件 a line after the count reported (上报), a count closed by another verb between',
      format: 'plaintext',
      text: p('某镇网格化服务管理情况报告\n\n一、事件办理情况\n(1)普通事件。十月份，网格员共上报事件6800件，办结6766件，办结率99.50%。\n(2)安全隐患类事件。十月份，网格员共上报安全隐患类事件1100件，占总上报事件的19.18%。'),
      findings: [{ code: 'figure/share', at: '19.18%', message: '占比与部分、总数不符：1100件÷6800件=16.18%，应为16.18%，文中为19.18%（按19.18%计，部分约应为1304件）' }],
    },
    {
      name: 'bare shares of a list whose items state how many of them were closed, with the rate, between the items',
      text: p('本月全县共收到投诉、举报、咨询1600件。其中，投诉400件，占比25.00%，截至目前已办结380件，办结率为95.00%；举报160件，占比12.00%，已办结150件；咨询1040件，占比65.00%。'),
      findings: [{ code: 'figure/share', at: '12.00%', message: '占比与部分、总数不符：160件÷1600件=10.00%，应为10.00%，文中为12.00%（按12.00%计，部分约应为192件）' }],
    },
    {
      name: 'a share of 总投诉量 (总 first, 量 after) is of the whole count of complaints, not of a noun 总投诉',
      text: p('全年共受理消费者投诉50000件。\n\n商品类投诉为28000件，占总投诉量的65.00%；服务类投诉为22000件，占总投诉量的44.00%。'),
      findings: [
        { code: 'figure/share', at: '65.00%', message: '占比与部分、总数不符：28000件÷50000件=56.00%，应为56.00%，文中为65.00%（按65.00%计，部分约应为32500件）' },
      ],
    },
    {
      name: 'a share of 总投诉量 a paragraph back, another share of those words in the next paragraph giving that count',
      text: p('全年共受理消费者投诉50000件。\n\n商品类投诉为28000件，占总投诉量的58.00%。\n\n服务类投诉为22000件，占总投诉量的44.00%。'),
      findings: [
        { code: 'figure/share', at: '58.00%', message: '占比与部分、总数不符：28000件÷50000件=56.00%，应为56.00%，文中为58.00%（按58.00%计，部分约应为29000件）' },
      ],
    },
    {
      name: 'items one a sentence, each count written before a long noun phrase (16个省级政府的…总体指数为非常高), no total stated',
      text: p('16个省级政府的一体化政务服务能力总体指数为非常高（超过90），占比55.00%。12个省级政府的一体化政务服务能力总体指数为高（90-80之间），占比37.50%。4个省级政府的一体化政务服务能力总体指数为中，占比12.50%。'),
      findings: [{ code: 'figure/share', at: '55.00%', message: '占比与同列其他各项不符：其他各项推算的总数约为32个（12个÷37.50%≈32个，4个÷12.50%≈32个），本项16个÷55.00%≈29个；按总数32个计，16个÷32个=50.00%，应约为50.00%，文中为55.00%' }],
    },
    {
      name: 'a share of 建议总数 in the sentence after a count framing the suggestions (154件建议中，…)',
      text: p('154件建议中，已经解决或基本解决的116件，占建议总数的75.3%。正在办理及列入计划的36件，占建议总数的28.4%。'),
      findings: [{ code: 'figure/share', at: '28.4%', message: '占比与部分、总数不符：36件÷154件=23.38%，应为23.4%，文中为28.4%（按28.4%计，部分约应为44件）' }],
    },
    {
      name: 'two bare shares to two decimals in the sentence after the count one of them gives exactly',
      text: p('本周，热线受理园林绿化相关事项674件，转办386件。市民主要反映虫害防治等事项331件，约占46.11%；城市绿地维修维护等事项170件，约占25.22%。'),
      findings: [{ code: 'figure/share', at: '46.11%', message: '占比与部分、总数不符：331件÷674件=49.11%，应为49.11%，文中为46.11%（按46.11%计，部分约应为311件）' }],
    },
    {
      name: 'a share of 火灾总数 a paragraph back, the part\'s sentence opening with who told it (…在国家消防救援局新闻发布会上介绍，)',
      text: p('2024年，消防救援队伍共接报火灾90.8万起。\n\n刘某在当日举行的国家消防救援局新闻发布会上介绍，建构筑物火灾39.1万起，占火灾总数的45.1%。'),
      findings: [{ code: 'figure/share', at: '45.1%', message: '占比与部分、总数不符：39.1万起÷90.8万起=43.06%，应为43.1%，文中为45.1%（按45.1%计，部分约应为41.0万起）' }],
    },
    {
      name: 'a rate of the part between the part and its share (共611件，结案率为100%，占全区总量的…)',
      text: p('全区共受理民生热点类案件5422件，结案率100%。其中，九龙镇受理案件数最多，共611件，结案率为100%，占全区总量的12.27%；其次是杨家坪街道，共533件，结案率为100%，占全区总量的9.83%。'),
      findings: [{ code: 'figure/share', at: '12.27%', message: /611件÷5422件=11\.27%/ }],
    },
    {
      name: 'a share of 咨询总量 over the count stated as 咨询信息 (信息, the word for the items, left out)',
      text: p('本月共受理消费者各类咨询信息2157件，同比增长2%。其中涉及市场监管业务咨询2125件，占咨询总量的96.5%；涉及非市场监管业务咨询32件，占咨询总量的1.5%。'),
      findings: [{ code: 'figure/share', at: '96.5%', message: '占比与部分、总数不符：2125件÷2157件=98.52%，应为98.5%，文中为96.5%（按96.5%计，部分约应为2082件）' }],
    },
    {
      name: 'a kind of a noun (普惠性幼儿园) sharing 总数: of the one whole count of the noun a paragraph back',
      text: p('全省共有幼儿园6973所，比上年增加36所。\n\n全省有普惠性幼儿园4747所，比上年增加510所，占总数的63.08%。'),
      findings: [
        { code: 'figure/share', at: '63.08%', message: '占比与部分、总数不符：4747所÷6973所=68.08%，应为68.08%，文中为63.08%（按63.08%计，部分约应为4399所）' },
      ],
    },
    {
      name: 'a share of 投诉总量 a paragraph back, the part framed by 在所有投诉中 (所有 names no body)',
      text: p('全年共受理消费者投诉50000件。\n\n在所有投诉中，商品类投诉为28000件，占投诉总量的58.00%。'),
      findings: [
        { code: 'figure/share', at: '58.00%', message: '占比与部分、总数不符：28000件÷50000件=56.00%，应为56.00%，文中为58.00%（按58.00%计，部分约应为29000件）' },
      ],
    },
    {
      name: 'a share of 总投诉 (总 first) over the one whole count of complaints in the paragraph before',
      text: p('本月，全县共收到投诉320件。\n\n投诉较多的是：家用电器80件，占总投诉的25.00%；合同纠纷48件，占总投诉的18.00%。'),
      findings: [{ code: 'figure/share', at: '18.00%', message: '占比与部分、总数不符：48件÷320件=15.00%，应为15.00%，文中为18.00%（按18.00%计，部分约应为58件）' }],
    },
    {
      name: 'a full scale of grades (非常满意 … 非常不满意) opened by 其中 after the count it grades: its shares add up to 100%',
      text: p('全市共收到186420条有效评价，其中：非常满意占97.65%，满意占1.21%，基本满意占0.08%，不满意占0.05%，非常不满意占0.01%。'),
      findings: [{ code: 'figure/share', at: '0.01%', message: '同一总数的各部分占比之和应为100%：97.65%+1.21%+0.08%+0.05%+0.01%=99.00%' }],
    },
    {
      name: 'two classes with their counts and shares of one named total not found: their shares add up to more than 100%',
      text: p('受理的投诉案件中，商品类投诉1290件，占投诉总量的67%；服务类投诉975件，占投诉总量的43%。'),
      findings: [{ code: 'figure/share', at: '43%', message: '同一分类的各类占比之和不应超过100%：67%+43%=110%' }],
    },
    {
      name: 'a run naming its total 总投诉量 and then 总投诉数量 (one population), the parts adding up to the total paragraphs back',
      text: p('全年共受理消费者投诉8640件。\n\n在所有投诉中，商品类投诉为3915件，占总投诉量的40.3%；服务类投诉为4297件，占总投诉量的49.7%；其他类投诉为428件，占总投诉数量的5.0%。'),
      findings: [{ code: 'figure/share', at: '40.3%', message: '占比与部分、总数不符：3915件÷8640件=45.31%，应为45.3%，文中为40.3%（按40.3%计，部分约应为3482件）' }],
    },
    {
      name: 'a share of the bare 总数 over the one whole count of the part\'s verb paragraphs back (its period goes on), past a sibling with its share',
      text: p('2025年上半年，全市共查处非法营运车辆2400起，其中客运车辆600起。\n\n晚高峰查处1300起，占总数的54.2%。早高峰查处最多，7时至9时查处1100起，占总数的38.2%。'),
      findings: [{ code: 'figure/share', at: '38.2%', message: '占比与部分、总数不符：1100起÷2400起=45.83%，应为45.8%，文中为38.2%（按38.2%计，部分约应为917起）' }],
    },
    {
      name: 'a share of 总数 whose part names the whole\'s noun after the verb',
      text: p('全年共查处非法营运车辆2400起。\n\n城区道路查处非法营运车辆1500起，占总数的72%。'),
      findings: [{ code: 'figure/share', at: '72%', message: '占比与部分、总数不符：1500起÷2400起=62.50%，应为63%，文中为72%（按72%计，部分约应为1728起）' }],
    },
    {
      name: 'a truncated share: the quotient shown two places past the share\'s own, so the truncation shows',
      text: p('全年共受理投诉139件，其中商品类41件，占29.4%；服务类98件，占70.5%。'),
      findings: [{ code: 'figure/share', severity: 'warning', at: '29.4%', message: '占比应四舍五入为29.5%：41件÷139件=29.496%，文中29.4%是截尾而非四舍五入' }],
    },
    {
      name: 'shares hedged with 约 but computed to a decimal (约占8.0%) are read as shares',
      text: p('8月，全市共接到环保举报4000件。电话举报1600件，约占40.0%，微信举报2000件，约占50.0%，网上举报300件，约占9.0%，其他渠道举报100件，约占2.5%。'),
      findings: [{ code: 'figure/share', at: '9.0%', message: /^占比与部分、总数不符：300件÷4000件=7\.50%，应为7\.5%，文中为9\.0%/ }],
    },
    {
      name: 'shares in turn of a population opening with a service\'s number (分别占12315系统…的)',
      text: p('10月份投诉举报工单共800件，其中，在平台登记400件、来电登记240件、来信登记160件，分别占12315系统受理诉求总量的50.00%、35.00%和20.00%。'),
      findings: [{ code: 'figure/share', at: '35.00%', message: /^占比与部分、总数不符：240件÷800件=30\.00%，应为30\.00%，文中为35\.00%/ }],
    },
    {
      name: 'counts in brackets after their names, said together, in the paragraph after their total\'s',
      text: p('全年共受理投诉508件，办结500件。\n从接收投诉的单位来看，投诉量较大的主要有：榆次区（188件）、平遥县（76件）、晋中市（64件）、太谷区（43件），合计占比71.85%。'),
      findings: [{ code: 'figure/share', at: '71.85%', message: /^占比与部分、总数不符：\(188件\+76件\+64件\+43件\)÷508件=73\.03%/ }],
    },
    {
      name: 'shares of every grade, named by the grades\' rates (优秀率占比…), after the grades\' counts',
      text: p('此次评查确定优秀案卷24件，良好案卷41件，合格案卷12件，不合格案卷3件，优秀率占比35%，良好率占比51%，合格率占比15%，不合格率占比4%。'),
      findings: [{ code: 'figure/share', at: '4%', occurrence: 0, message: '各类占比（列至“不合格”）之和应为100%：35%+51%+15%+4%=105%' }],
    },
    {
      name: 'shares of categories to the rest, the first named in the clause before its bare 占比',
      text: p('从数据看，基础设施问题凸显，占比25%，城市管理问题占比27%，物业管理问题占比17%，市容市貌问题占比13%，环境卫生问题占比11%，教育管理问题占比6%，其他问题占比5%。'),
      findings: [{ code: 'figure/share', at: '5%', occurrence: 1, message: '各类占比（列至“其他问题”）之和应为100%：25%+27%+17%+13%+11%+6%+5%=104%' }],
    },
    {
      name: 'shares of categories to the rest joined to a last kind (…及其他…), over 100%',
      text: p('受理的投诉举报事项按涉及环境要素分：大气问题占40.0%，噪声问题占50.0%，水问题占5.0%，固体废物问题占3.0%，辐射及其他污染问题占4.0%。'),
      findings: [{ code: 'figure/share', at: '4.0%', message: '各类占比（列至“辐射及其他污染问题”）之和应为100%：40.0%+50.0%+5.0%+3.0%+4.0%=102.0%' }],
    },
    {
      name: 'a share naming its place (占全市…总数) past a nearer count of another place, of the count marked with that place',
      text: p('2025年，全市各级行政复议机构新收行政复议申请2000件，比上年增加100件。其中，市本级收到400件。\n各区县新收行政复议申请1600件，较上年增长5.0%。其中，甲区收到行政复议申请500件，占全市新收行政复议申请总数的31.25%。'),
      findings: [{ code: 'figure/share', at: '31.25%', message: /^占比与部分、总数不符：500件÷2000件=25\.00%，应为25\.00%/ }],
    },
    {
      name: 'outcomes opening the paragraph after the closed cases: shares of them',
      text: p('全年共审结行政复议案件12件。\n\n经审理，维持原行政行为6件，占比60%。'),
      findings: [{ code: 'figure/share', at: '60%', message: /^占比与部分、总数不符：6件÷12件=50\.00%，应为50%，文中为60%/ }],
    },
    {
      name: 'shares adding up to 100% but one of them more than a unit of its last digit off is no balanced rounding',
      text: p('全年收到申请900件，其中甲区收到200件，占收到申请总数的22.0%；乙区收到201件，占22.3%；丙区收到499件，占55.7%。'),
      findings: [
        { code: 'figure/share', at: '22.0%', message: /^占比与部分、总数不符：200件÷900件=22\.22%，应为22\.2%/ },
        { code: 'figure/share', at: '55.7%', message: /^占比与部分、总数不符：499件÷900件=55\.44%，应为55\.4%/ },
      ],
    },
    {
      name: 'the year before\'s value in brackets ("（2024年为141件）") does not move the paragraph to that year',
      text: p('全年共立案查处违法案件158件，同比增长12.1%（2024年为141件），结案146件，尚有12件正在办理中。罚款金额合计1386.52万元，较上年增加215.40万元。从案件类型看，违法建设类案件65件，占全部案件的40.5%；建筑市场违法违规案件51件；其他案件42件。'),
      findings: [{ code: 'figure/share', at: '40.5%', message: /^占比与部分、总数不符：65件÷158件=41\.14%，应为41\.1%/ }],
    },
    {
      name: 'a share of what an inspection went through (占检查总数), the count in the sentence before',
      text: p('全年共检查定点医药机构2864家。发现存在违法违规问题的机构682家，占检查总数的23.9%。'),
      findings: [{ code: 'figure/share', at: '23.9%', message: /^占比与部分、总数不符：682家÷2864家=23\.81%，应为23\.8%/ }],
    },
    {
      name: 'a frame by the whole\'s verb with no comma after 中 (受理案件中欠薪类…)',
      text: p('共受理劳动保障监察举报投诉案件186件，上年为213件，同比下降12.7%；已办结181件，结案率97.3%。受理案件中欠薪类案件142件，占76.9%。'),
      findings: [{ code: 'figure/share', at: '76.9%', message: /^占比与部分、总数不符：142件÷186件=76\.34%，应为76\.3%/ }],
    },
    {
      name: 'a 其中 part judged against this year\'s total, not last year\'s value stated for comparison',
      text: p('全年受理渔政案件236件，较上年的251件下降6.0%，其中非法捕捞案件121件，占50.0%；其他案件115件，占48.7%。'),
      findings: [{ code: 'figure/share', at: '50.0%', message: /^占比与部分、总数不符：121件÷236件=51\.27%/ }],
    },
    {
      name: 'shares under a sorting heading after a total whose change names last year\'s value in brackets',
      text: p('全年立案查处违法案件326件，同比增长8.7%（上年300件）。按违法类型分，超标排放类118件，占36.3%；未批先建类74件，占22.7%；危险废物类56件，占17.2%；其他类78件，占23.9%。'),
      findings: [{ code: 'figure/share', at: '36.3%', message: /^占比与部分、总数不符：118件÷326件=36\.20%，应为36\.2%，文中为36\.3%/ }],
    },
    {
      name: 'a 其中 run in the next sentence, a slipped share pushing the shares past 100%',
      text: p('全年办理法律援助案件356件。其中刑事案件152件，占42.7%；民事案件198件，占57.6%。'),
      findings: [{ code: 'figure/share', at: '57.6%', message: /^占比与部分、总数不符：198件÷356件=55\.62%，应为55\.6%，文中为57\.6%/ }],
    },
    {
      name: 'named counts before 分别占比, one named at length (…和…领域), judged as a list',
      text: p('五年来，大气污染防治和扬尘治理领域办案1260件，饮用水安全领域办案540件，农村集体资产保护和征地补偿安置领域办案150件，其他领域办案50件，分别占比63%、27%、8.5%、2.5%。'),
      findings: [{ code: 'figure/share', at: '8.5%', message: /^占比与同列其他各项不符：其他各项推算的总数约为2000件.*150件÷2000件=7\.50%/ }],
    },
    {
      name: 'names under 其中 before 分别为, their counts and shares in turn',
      text: p('全年办理法律援助案件300件，其中刑事案件、民事案件分别为120件、150件，分别占比40%、55%。'),
      findings: [{ code: 'figure/share', at: '55%', message: /^占比与部分、总数不符：150件÷300件=50\.00%/ }],
    },
    {
      name: 'a share of all the cases closed (占全部审结案件的), the closed count stated by its verb alone',
      text: p('全年共受理行政复议案件260件，审结240件。经审理，维持151件，占全部审结案件的62.5%。'),
      findings: [{ code: 'figure/share', at: '62.5%', message: /^占比与部分、总数不符：151件÷240件=62\.92%/ }],
    },
    {
      name: 'a 其中 list whose first share names the whole by another word (公证机构 of 公证处) no count is stated under: a run with the bare ones',
      text: p('目前，全国共有3146个公证处。其中，按体制划分，行政体制的公证处有1553个，占全国公证机构总数的49.36%；事业体制的有1555个，占49.43%；合作制试点公证处有38个，占1.81%。'),
      findings: [{ code: 'figure/share', at: '1.81%', message: '占比与部分、总数不符：38个÷3146个=1.21%，应为1.21%，文中为1.81%（按1.81%计，部分约应为57个）' }],
    },
    {
      name: 'a run naming its total in full, then by its short form (占案件总数的 … 占总数的), one item off the total the others agree on',
      text: p('交通管理类案件18件，占案件总数的24.0%；城乡建设类30件，占总数的40.0%；自然资源类12件，占总数的16.0%；其他类案件15件，占案件总数的22.0%。'),
      findings: [{ code: 'figure/share', at: '22.0%', message: /^占比与同列其他各项不符：其他各项推算的总数约为75件.*15件÷75件=20\.00%/ }],
    },
    {
      name: 'a qualified part of a total without the qualifier, its share naming the total',
      text: p('全市受理行政复议案件320件，其中涉企行政复议案件80件，占行政复议案件的20%。'),
      findings: [{ code: 'figure/share', at: '20%', message: /^占比与部分、总数不符：80件÷320件=25\.00%/ }],
    },
    {
      name: 'a share of a noun\'s whole count written number first in the sentence before (辖区11个社区)',
      text: p('辖区13个社区全部配备法律顾问。建成民主法治示范社区5个，占社区总数的35.5%。'),
      findings: [{ code: 'figure/share', at: '35.5%', message: /^占比与部分、总数不符：5个÷13个=38\.46%，应为38\.5%，文中为35\.5%/ }],
    },
    {
      name: 'a share named by the ending of its part\'s noun (部门联合抽查 … 联合抽查占比)',
      text: p('全年开展抽查任务86项，其中部门联合抽查30项，联合抽查占比36.9%。'),
      findings: [{ code: 'figure/share', at: '36.9%', message: /^占比与部分、总数不符：30项÷86项=34\.88%，应为34\.9%，文中为36\.9%/ }],
    },
    {
      name: '分别占 after named counts with no 其中 or 共: the other shares point at the count before them',
      text: p('全年接到群众来信360件，表扬类90件、建议类180件、投诉类90件，分别占25%、50%、27%。'),
      findings: [{ code: 'figure/share', at: '27%', message: /^占比与同列其他各项不符：其他各项推算的总数约为360件.*本项90件÷27%≈333件；按总数360件计，90件÷360件=25\.00%/ }],
    },
    {
      name: '分别占 a named total, paired with the counts before it joined by ，(over 100%: one share is a slip)',
      text: p('全年共受理消费投诉3000件，其中商品类1800件，服务类1200件，分别占投诉总量的60%、45%。'),
      findings: [{ code: 'figure/share', at: '45%', message: '占比与部分、总数不符：1200件÷3000件=40.00%，应为40%，文中为45%（按45%计，部分约应为1350件）' }],
    },
    {
      name: '分别占 a named total, the items set off by ；',
      text: p('全年共办理法律援助案件600件；其中民事案件420件；刑事案件180件；分别占案件总数的70%、36%。'),
      findings: [{ code: 'figure/share', at: '36%', message: '占比与部分、总数不符：180件÷600件=30.00%，应为30%，文中为36%（按36%计，部分约应为216件）' }],
    },
    {
      name: '分别占 a named total, letters (市长信箱), the counts joined by ，',
      text: p('本季度市长信箱共收到来信900件，其中投诉类540件，咨询类360件，分别占来信总量的60%、45%。'),
      findings: [{ code: 'figure/share', at: '45%', message: '占比与部分、总数不符：360件÷900件=40.00%，应为40%，文中为45%（按45%计，部分约应为405件）' }],
    },
    {
      name: '分别占 a named total (复议), the counts joined by 、',
      text: p('共收到行政复议申请200件，其中行政处罚类120件、行政强制类80件，分别占申请总数的60%、45%。'),
      findings: [{ code: 'figure/share', at: '45%', message: '占比与部分、总数不符：80件÷200件=40.00%，应为40%，文中为45%（按45%计，部分约应为90件）' }],
    },
    {
      name: 'the two sides of a split over 100%: planned and triggered inspections, quoted',
      text: p('1.任务来源。“有计划检查”占92.2%，“触发式检查”占8.7%。'),
      findings: [{ code: 'figure/share', at: '8.7%', message: '“有计划检查”与“触发式检查”互不重叠，占比之和不应超过100%：92.2%+8.7%=100.9%' }],
    },
    {
      name: 'the two sides of a split over 100%: 计划检查 and 非计划检查',
      text: p('从任务来源看，计划检查占85.5%，非计划检查占15.5%。'),
      findings: [{ code: 'figure/share', at: '15.5%', message: '“计划检查”与“非计划检查”互不重叠，占比之和不应超过100%：85.5%+15.5%=101.0%' }],
    },
    {
      name: 'the two sides of a split over 100%: answered directly and passed on (12345)',
      text: p('全年12345热线受理诉求5000件。直接答复占75%，转办占35%。'),
      findings: [{ code: 'figure/share', at: '35%', message: '“直接答复”与“转办”互不重叠，占比之和不应超过100%：75%+35%=110%' }],
    },
    {
      name: 'the two sides of a split over 100%: online and offline',
      text: p('法律援助申请中，线上办理占70%，线下办理占40%。'),
      findings: [{ code: 'figure/share', at: '40%', message: '“线上办理”与“线下办理”互不重叠，占比之和不应超过100%：70%+40%=110%' }],
    },
    {
      name: 'a share naming its total by a verb, the count of its own paragraph before another of the paragraph before',
      text: report('（一）全年受理行政许可申请2614件，全部按时办结。\n\n（二）全年共受理医疗纠纷调解申请126件。经调解，成功调解108件，占受理案件总数的86.7%。'),
      findings: [{ code: 'figure/share', at: '86.7%', message: /^占比与部分、总数不符：108件÷126件=85\.71%，应为85\.7%，文中为86\.7%/ }],
    },
    {
      name: 'a run of five, three give their shares of the total in the paragraph before: the two slips (agreeing on no total) are found',
      text: p('本季度市长信箱共收到来信200件。\n\n从来信类型看，咨询类40件（20.0%）；投诉类60件（30.0%）；建议类20件（10.0%）；求助类50件（52.0%）；其他30件（11.0%）。'),
      findings: [
        { code: 'figure/share', at: '52.0%', message: '占比与部分、总数不符：50件÷200件=25.00%，应为25.0%，文中为52.0%（按52.0%计，部分约应为104件）' },
        { code: 'figure/share', at: '11.0%', message: '占比与部分、总数不符：30件÷200件=15.00%，应为15.0%，文中为11.0%（按11.0%计，部分约应为22件）' },
      ],
    },
    {
      name: 'outcomes listed one after another after the count right before the first (no 其中, no 共)',
      text: p('被申请行政复议案件42件，经复议维持26件，占61.9%；驳回复议申请13件，占30.0%；终止审理3件，占7.1%。'),
      findings: [{ code: 'figure/share', at: '30.0%', message: /^占比与部分、总数不符：13件÷42件=30\.95%，应为31\.0%，文中为30\.0%/ }],
    },
    {
      name: 'a run of five with 占比, the total two paragraphs back (12345), two slips',
      text: p('全年共受理群众诉求4000件。\n\n按诉求类别看，城乡建设类1200件，占比30.0%；社会治安类800件，占比20.0%；劳动保障类600件，占比51.0%；市场监管类400件，占比10.0%；教育卫生类300件，占比5.5%。'),
      findings: [
        { code: 'figure/share', at: '51.0%', message: '占比与部分、总数不符：600件÷4000件=15.00%，应为15.0%，文中为51.0%（按51.0%计，部分约应为2040件）' },
        { code: 'figure/share', at: '5.5%', message: '占比与部分、总数不符：300件÷4000件=7.50%，应为7.5%，文中为5.5%（按5.5%计，部分约应为220件）' },
      ],
    },
    {
      name: 'a part written before its noun (有N名为…), the 共 total in the sentence before, also before its noun',
      text: p('全省共选配500名法律服务人员担任村（居）法律顾问，实现全覆盖。其中，有400名法律顾问为专业律师，占比达90%。'),
      findings: [{ code: 'figure/share', at: '90%', message: '占比与部分、总数不符：400名÷500名=80.00%，应为80%，文中为90%（按90%计，部分约应为450名）' }],
    },
    {
      name: 'a part written before its noun, in the total\'s sentence after 其中有',
      text: p('全县共有人民调解员500名，其中有400名为专职调解员，占比达90%。'),
      findings: [{ code: 'figure/share', at: '90%', message: '占比与部分、总数不符：400名÷500名=80.00%，应为80%，文中为90%（按90%计，部分约应为450名）' }],
    },
    {
      name: '占X总量 over the whole count stated under X and the word for its items (信访事项)',
      text: p('全年共收到信访事项400件。涉及城建领域的160件，占信访总量的45%。'),
      findings: [{ code: 'figure/share', at: '45%', message: '占比与部分、总数不符：160件÷400件=40.00%，应为40%，文中为45%（按45%计，部分约应为180件）' }],
    },
    {
      name: '所占比重 (no population named) over the 共 total of the sentence before',
      text: p('全年共受理群众诉求4000件。城建类诉求1200件，所占比重为35%。'),
      findings: [{ code: 'figure/share', at: '35%', message: '占比与部分、总数不符：1200件÷4000件=30.00%，应为30%，文中为35%（按35%计，部分约应为1400件）' }],
    },
    {
      name: '占全部诉求的 over the one count of 诉求 in the paragraph before',
      text: p('全年共受理群众诉求4000件。\n\n城建类诉求1200件，占全部诉求的35%。'),
      findings: [{ code: 'figure/share', at: '35%', message: '占比与部分、总数不符：1200件÷4000件=30.00%，应为30%，文中为35%（按35%计，部分约应为1400件）' }],
    },
    {
      name: 'a 其中 run after two counts that could hold it, one share naming the first exactly and the other neither',
      text: p('全年共受理矛盾纠纷1260件，调解成功1185件，调解成功率94.0%。其中婚姻家庭纠纷352件，占28.9%；邻里纠纷481件，占38.2%。'),
      findings: [{ code: 'figure/share', at: '28.9%', message: /^占比与部分、总数不符：352件÷1260件=27\.94%，应为27\.9%，文中为28\.9%/ }],
    },
    {
      name: 'a long list whose counts add up exactly to the total two paragraphs back: every share that does not fit it',
      text: p('本季度市长信箱共收到来信200件。\n\n从来信类型看，咨询类40件（20.0%）；投诉类60件（30.0%）；建议类20件（10.0%）；求助类50件（25.3%）；其他30件（15.2%）。'),
      findings: [
        { code: 'figure/share', at: '25.3%', message: '占比与部分、总数不符：50件÷200件=25.00%，应为25.0%，文中为25.3%（按25.3%计，部分约应为51件）' },
        { code: 'figure/share', at: '15.2%', message: '占比与部分、总数不符：30件÷200件=15.00%，应为15.0%，文中为15.2%（按15.2%计，部分约应为30件）' },
      ],
    },
    {
      name: 'two classes over 100%',
      text: p('从诉求类型看，咨询类占58%，投诉类占52%。'),
      findings: [{ code: 'figure/share', at: '52%', message: '同一分类的各类占比之和不应超过100%：58%+52%=110%' }],
    },
    {
      name: 'classes ranked with 其次是/再次是, far over 100% (a swapped digit)',
      text: p('其中法规类占60%，其次是规章类25%，再次是规范性文件类51%。'),
      findings: [{ code: 'figure/share', at: '51%', message: '同一分类的各类占比之和不应超过100%：60%+25%+51%=136%' }],
    },
    {
      name: '占投诉量: the count of 投诉 in the paragraph before (a 其中 part with its own bare share), siblings after it',
      text: p('全年12345热线共接到来电6000件，其中受理消费者投诉4000件，占67%。\n\n受理商品类投诉共1600件，占投诉量的60%。\n\n受理服务类投诉共2400件，占投诉量的60%。'),
      findings: [{ code: 'figure/share', at: '60%', message: '占比与部分、总数不符：1600件÷4000件=40.00%，应为40%，文中为60%（按60%计，部分约应为2400件）' }],
    },
    {
      name: 'the whole count written noun first (案件受理N件)',
      text: p('全年行政应诉案件受理80件，审结72件，胜诉60件，占受理案件总数的70%。'),
      findings: [{ code: 'figure/share', at: '70%', message: '占比与部分、总数不符：60件÷80件=75.00%，应为75%，文中为70%（按70%计，部分约应为56件）' }],
    },
    {
      name: 'a 其中 part and its bare share in an aside of the total',
      text: p('全年共办理行政复议案件250件（其中行政处罚类100件，占比45%）。'),
      findings: [{ code: 'figure/share', at: '45%', message: '占比与部分、总数不符：100件÷250件=40.00%，应为40%，文中为45%（按45%计，部分约应为113件）' }],
    },
    {
      name: 'a 其中 part and its share (占) in an aside of the total, measured in 宗',
      text: p('全年共调处矛盾纠纷480宗（其中婚姻家庭纠纷120宗，占30%）。'),
      findings: [{ code: 'figure/share', at: '30%', message: '占比与部分、总数不符：120宗÷480宗=25.00%，应为25%，文中为30%（按30%计，部分约应为144宗）' }],
    },
    {
      name: 'the share of a group named before its list, the items joined by ，',
      text: p('全年共受理信访事项5200件。信访量居前三位的领域：城乡建设1300件，劳动保障900件，自然资源620件，占信访事项总量的45.2%。'),
      findings: [{ code: 'figure/share', at: '45.2%', message: '占比与部分、总数不符：(1300件+900件+620件)÷5200件=54.23%，应为54.2%，文中为45.2%（按45.2%计，部分约应为2350件）' }],
    },
    {
      name: 'categories each opening a paragraph, broken down after: the odd one out against the total the others agree on',
      text: p('按诉求内容统计：\n\n城乡建设类共400件，占比20.00%。按内容统计，涉及物业管理问题120件，涉及违章搭建问题80件。\n\n社会保障类共300件，占比18.00%。涉及社保缴费问题150件。\n\n市场监管类共200件，占比10.00%。涉及食品安全问题90件。'),
      findings: [{ code: 'figure/share', at: '18.00%', message: /其他各项推算的总数约为2000件.*本项300件÷18\.00%≈1667件；按总数2000件计，300件÷2000件=15\.00%/ }],
    },
    {
      name: 'a share framed by the verb of a whole stated a paragraph before ("受理事项中，")',
      text: p('全年受理信访事项640件，办结620件。\n\n受理事项中，涉及城乡建设的信访事项160件，占30%。'),
      findings: [{ code: 'figure/share', at: '30%', message: '占比与部分、总数不符：160件÷640件=25.00%，应为25%，文中为30%（按30%计，部分约应为192件）' }],
    },
    {
      name: 'a frame opening the paragraph holds for its later sentences ("新收案件中，")',
      text: report('（一）收案情况。全年共新收行政复议申请820件，同比增长12.1%。\n\n（二）案件类型。新收案件中，征地拆迁类案件仍占多数。新纳入复议范围的行政协议类案件共计164件，占比为25%。'),
      findings: [{ code: 'figure/share', at: '25%', message: /164件÷820件=20\.00%，应为20%，文中为25%/ }],
    },
    {
      name: 'shares of 总量 after a frame by the verb ("调处纠纷以…为主"), a sibling with its own share before',
      text: p('全县共调处矛盾纠纷1,200起。\n\n调处纠纷以婚姻家庭和邻里纠纷为主，其中婚姻家庭纠纷480起，占总量的40%，邻里纠纷300起，占总量的52%。'),
      findings: [{ code: 'figure/share', at: '52%', message: /300起÷1,200起=25\.00%，应为25%，文中为52%/ }],
    },
    {
      name: 'a share of the valid part, named so, is of the count that says it is valid',
      text: p('全年共受理群众诉求6200件，其中有效诉求6000件，咨询类2400件，占有效诉求的45%。'),
      findings: [{ code: 'figure/share', at: '45%', message: '占比与部分、总数不符：2400件÷6000件=40.00%，应为40%，文中为45%（按45%计，部分约应为2700件）' }],
    },
    {
      name: 'a share of all the hotline\'s orders, the hotline named by its number',
      text: p('全年共受理12345热线工单12000件，办结11800件。咨询类4800件，占全部12345热线工单的45%。'),
      findings: [{ code: 'figure/share', at: '45%', message: '占比与部分、总数不符：4800件÷12000件=40.00%，应为40%，文中为45%（按45%计，部分约应为5400件）' }],
    },
    {
      name: 'a 其中 part and its share in brackets closing the sentence share the total',
      text: p('全年共办理法律援助案件600件（其中刑事案件240件，占比45%）。'),
      findings: [{ code: 'figure/share', at: '45%', message: '占比与部分、总数不符：240件÷600件=40.00%，应为40%，文中为45%（按45%计，部分约应为270件）' }],
    },
    {
      name: '占比量 is a bare 占比: its items go on the run of shares of 总量, one item off the total the others agree on',
      text: p('从诉求类型来看，投诉类826件，占总量的52.84%；咨询类211件，占总量13.5%；求助类415件，占总量26.56%；建议类47件，占总量的3%；举报类50件，占比量3.8%；其他类14件，占比量0.9%。'),
      findings: [{ code: 'figure/share', at: '3.8%', message: '占比与同列其他各项不符：其他各项推算的总数约为1563件（826件÷52.84%≈1563件，211件÷13.5%≈1563件，415件÷26.56%≈1563件，47件÷3%≈1567件，14件÷0.9%≈1556件），本项50件÷3.8%≈1316件；按总数1563件计，50件÷1563件=3.20%，应为3.2%，文中为3.8%' }],
    },
    {
      name: 'a later item of a 其中 list in brackets, each item with its share, shares the total before the brackets',
      text: p('共受理消费者诉求13459件（其中，投诉8875件，占比65.94%，举报1263件，占比9.38%，咨询3321件，占比26.67%），已办结13441件。'),
      findings: [{ code: 'figure/share', at: '26.67%', message: '占比与部分、总数不符：3321件÷13459件=24.67%，应为24.67%，文中为26.67%（按26.67%计，部分约应为3590件）' }],
    },
    {
      name: 'a part after a bare 其中， past a rate of the total shares that total',
      text: p('全年共受理法律援助申请900件，群众满意率达98%，其中，农民工申请360件，占比42%。'),
      findings: [{ code: 'figure/share', at: '42%', message: '占比与部分、总数不符：360件÷900件=40.00%，应为40%，文中为42%（按42%计，部分约应为378件）' }],
    },
    {
      name: 'named counts listed with 、 (no 分别为) and their shares after 分别占, parts (其中) of the count before',
      text: p('全年调处矛盾纠纷1,000件，其中婚姻家庭纠纷300件、邻里纠纷250件，分别占32%、25%。'),
      findings: [{ code: 'figure/share', at: '32%', message: '占比与部分、总数不符：300件÷1,000件=30.00%，应为30%，文中为32%（按32%计，部分约应为320件）' }],
    },
    {
      name: 'items after a 其中 item share its total (no 共 before it), named alike or bare',
      text: p('全年受理12345热线诉求8,000件，其中咨询类3,200件，占全部诉求的40%；投诉类2,400件，占全部诉求的35%；求助类1,600件，占全部诉求的20%。'),
      findings: [{ code: 'figure/share', at: '35%', message: '占比与部分、总数不符：2,400件÷8,000件=30.00%，应为30%，文中为35%（按35%计，部分约应为2800件）' }],
    },
    {
      name: 'shares of a named count with no parts written, computed on another base (no whole k of 143 gives them)',
      text: p('上半年全县信访总量143件次，同比上升9%。从信访领域看，主要集中在自然资源、政法工作、劳动保障、城乡建设等领域，分别占全县信访总量的15.43%、14.86%、14.29%、6.29%。'),
      findings: [{ code: 'figure/share', at: '15.43%', message: '占比无法由总数得出：15.43%不是143件次中的整数件所占比例（22/143=15.38%，23/143=16.08%）；同列另有2项（14.86%、14.29%）也得不出，占比可能按另一总数计算', fixed: null }],
    },
    {
      name: 'numbered items each pairing a count and its share in an aside ("城乡建设类（960件，占比20.00%）")',
      format: 'plaintext',
      text: '一、受理情况\n全区共受理工单4,800件。\n二、热点诉求\n1.城乡建设类（960件，占比20.00%）。主要涉及市容管理300件。\n2.社会保障类（720件，占比16.50%）。主要涉及社保缴费200件。\n3.市场监管类（480件，占比10.00%）。主要涉及食品安全100件。\n',
      findings: [{ code: 'figure/share', at: '16.50%', message: '占比与同列其他各项不符：其他各项推算的总数约为4800件（960件÷20.00%≈4800件，480件÷10.00%≈4800件），本项720件÷16.50%≈4364件；按总数4800件计，720件÷4800件=15.00%，应约为15.00%，文中为16.50%' }],
    },
    {
      name: 'two counts before the run, the one all items but one give (not the 共 total) is theirs',
      text: p('全年共办理政府信息公开申请66件，结转上年后新收到申请50件，较上年增加12件。其中，网上申请40件，占80%；信函申请5件，占14%；当面申请4件，占8%；其他1件，占2%。'),
      findings: [{ code: 'figure/share', at: '14%', message: '占比与部分、总数不符：5件÷50件=10.00%，应为10%，文中为14%（按14%计，部分约应为7件）' }],
    },
    {
      name: 'a run of bare shares a paragraph after its total: the earlier whole count all items but one give',
      text: p('全年共受理群众诉求5000件。\n\n诉求主要集中在：城乡建设类1000件，占比20%；社会保障类800件，占比16%；市场监管类600件，占比13%；交通运输类400件，占比8%。'),
      findings: [{ code: 'figure/share', at: '13%', message: '占比与部分、总数不符：600件÷5000件=12.00%，应为12%，文中为13%（按13%计，部分约应为650件）' }],
    },
    {
      name: 'one item a line ("投诉3000件 占比 50%"), under a heading after the total, thousands commas',
      format: 'plaintext',
      text: '一、热线运行情况\n全市12345热线共受理工单6,000件。\n（一）诉求分类\n投诉3000件 占比 50%\n咨询1500件 占比 25%\n求助900件 占比 16%\n建议600件 占比 10%\n',
      findings: [{ code: 'figure/share', at: '16%', message: '占比与部分、总数不符：900件÷6,000件=15.00%，应为15%，文中为16%（按16%计，部分约应为960件）' }],
    },
    {
      name: 'shares naming a population (占受理总数的) whose count is stated paragraphs before, two decimals',
      text: p('2023年，全区共受理政务服务投诉1,250件。\n\n其中，窗口服务类500件，占受理总数的40.00%；网上办理类375件，占受理总数的30.00%；材料要求类250件，占受理总数的21.00%；其他125件，占受理总数的10.00%。'),
      findings: [{ code: 'figure/share', at: '21.00%', message: '占比与部分、总数不符：250件÷1,250件=20.00%，应为20.00%，文中为21.00%（按21.00%计，部分约应为263件）' }],
    },
    {
      name: 'the share of a group of the counts listed before it (以上三类占比…), its total in the sentence',
      text: p('全年共收到行政复议申请400件，其中行政处罚类120件、行政许可类80件、信息公开类50件，以上三类占比70%。'),
      findings: [{ code: 'figure/share', at: '70%', message: /\(120件\+80件\+50件\)÷400件=62\.50%，应为63%，文中为70%/ }],
    },
    {
      name: 'the share of a group of the counts listed before it, its total named by its verb in the sentence before',
      text: p('全年共收到行政复议申请400件。其中行政处罚类120件，行政许可类80件，信息公开类50件，上述三类案件共占收到申请总数的70%。'),
      findings: [{ code: 'figure/share', at: '70%', message: /\(120件\+80件\+50件\)÷400件=62\.50%/ }],
    },
    {
      name: 'a share of a 其中 count named by its noun (占有效来信的), in the next sentence',
      text: p('全年共收到群众来信8000件，其中有效来信5000件。从来信内容看，咨询类2000件，占有效来信的45%。'),
      findings: [{ code: 'figure/share', at: '45%', message: /2000件÷5000件=40\.00%，应为40%，文中为45%/ }],
    },
    {
      name: 'a share of a 其中 count named by its noun, a paragraph later, its siblings bare',
      text: p('全市共收到群众来信8000件，其中有效来信5000件。\n\n有效来信中，咨询类2000件，占有效来信总数的40%；投诉类1500件，占35%。'),
      findings: [{ code: 'figure/share', at: '35%', message: /1500件÷5000件=30\.00%，应为30%，文中为35%/ }],
    },
    {
      name: 'a share of all of a noun (占全部诉求的) against the whole count of that noun',
      text: p('全年共受理群众诉求12000件，办结11800件。咨询类4800件，占全部诉求的45%。'),
      findings: [{ code: 'figure/share', at: '45%', message: /4800件÷12000件=40\.00%，应为40%，文中为45%/ }],
    },
    {
      name: 'bare shares after a sibling\'s share of a named base, the base in the sentence before',
      text: p('全年共受理群众诉求8000件。咨询类3200件，占诉求总量的40%；投诉类2400件，占35%；求助类1600件，占20%。'),
      findings: [{ code: 'figure/share', at: '35%', message: /2400件÷8000件=30\.00%，应为30%，文中为35%/ }],
    },
    {
      name: 'bare shares after a sibling\'s share of a named base, in 万 and 个',
      text: p('12345热线全年共接听来电1.2万个。其中，咨询类6000个，占来电总量的50%；投诉类3600个，占比25%；求助类1200个，占比10%。'),
      findings: [{ code: 'figure/share', at: '25%', message: /3600个÷1\.2万个=30\.00%，应为30%，文中为25%/ }],
    },
    {
      name: 'bare shares after a sibling\'s share of a named base, the base in the same sentence',
      text: p('全市共收到群众来信6000件，求决类2400件，占全部来信的40%，投诉类1500件，占30%，建议类600件，占10%。'),
      findings: [{ code: 'figure/share', at: '30%', message: /1500件÷6000件=25\.00%，应为25%，文中为30%/ }],
    },
    {
      name: 'a share naming a noun stated after 累计完成 in the sentence before (累计完成一般公共预算支出…)',
      text: p('2024年5月份，累计完成一般公共预算支出135742万元，较上年同期增长11.95%。其中：民生支出118693万元，占一般公共预算支出84.44%。'),
      findings: [{ code: 'figure/share', at: '84.44%', message: '占比与部分、总数不符：118693万元÷135742万元=87.44%，应为87.44%，文中为84.44%（按84.44%计，部分约应为114621万元）' }],
    },
    {
      name: 'a total named by its noun, stated under that noun earlier in the paragraph (and 占地方… is a share)',
      text: p('地方财政收入完成100223万元。税收收入完成66342万元，较上年同期增长18.39%，增收10304万元，税收收入占地方财政收入61.69%。'),
      findings: [{ code: 'figure/share', at: '61.69%', message: /66342万元÷100223万元=66\.19%，应为66\.19%，文中为61\.69%/ }],
    },
    {
      name: 'a bare share after a total and its part in one clause, nothing else counted there',
      text: p('上年度建议35件已经解决或基本解决28件，占85.0%，其余建议正在办理中。'),
      findings: [{ code: 'figure/share', at: '85.0%', message: /^占比与部分、总数不符：28件÷35件=80\.00%/ }],
    },
    {
      name: 'a share of this year\'s whole (占本年度…总量) takes the count stated under that noun in the sentence before',
      text: report('全年县仲裁委员会登记各类仲裁案件640件，其中劳动仲裁共320件。登记建筑施工案件96件，占本年度劳动仲裁案件总量的20.00%。'),
      findings: [{ code: 'figure/share', at: '20.00%', message: /^占比与部分、总数不符：96件÷320件=30\.00%/ }],
    },
    {
      name: 'the grades of one survey question after the count graded, shares alone, above 100% (非常满意占…，满意占…，…)',
      text: p('本月回访共收到有效评价86420条，其中：非常满意占96.40%，满意占3.10%，基本满意占0.45%，不满意占0.03%，非常不满意占0.32%。'),
      findings: [{ code: 'figure/share', at: '0.32%', message: '同一总数的各部分占比之和应为100%：96.40%+3.10%+0.45%+0.03%+0.32%=100.30%' }],
    },
    {
      name: 'a count opening its clause and followed by its noun and 中 frames the part after it (no 在 needed)',
      text: p('据统计，615件建议中，已经解决或采纳的建议430件，占71.92%。'),
      findings: [{ code: 'figure/share', at: '71.92%', message: /^占比与部分、总数不符：430件÷615件=69\.92%/ }],
    },
    {
      name: 'a total introduced by 在…中 with the noun before 中',
      text: p('在市本级213.14万件诉求中，求助类86.16万件占比40.42%，咨询类82.56万件占比37.84%。'),
      findings: [{ code: 'figure/share', at: '37.84%', message: /82\.56万件÷213\.14万件=38\.74%，应为38\.74%，文中为37\.84%/ }],
    },
    {
      name: 'the share words in the clause before the percent, the total a count followed by 中',
      text: p('2024年新受理行政复议案件160件中，被申请人为县政府部门的案件130件，占受理案件数比例最高，达83.25%。'),
      findings: [{ code: 'figure/share', at: '83.25%', message: /130件÷160件=81\.25%，应为81\.25%，文中为83\.25%/ }],
    },
    {
      name: 'a later part of the count followed by 中',
      text: p('2024年新受理行政复议案件160件中，被申请人为县政府部门的案件130件，占受理案件数比例最高，达81.25%；乡镇政府30件，占受理总数的19.75%。'),
      findings: [{ code: 'figure/share', at: '19.75%', message: /30件÷160件=18\.75%，应为18\.75%，文中为19\.75%/ }],
    },
    {
      name: 'a total with a share of another population stays the total of its parts',
      text: p('全年共办理公证2000件，占全市的25%，其中在线办证1200件，占比70%。'),
      findings: [{ code: 'figure/share', at: '70%', message: /1200件÷2000件=60\.00%，应为60%，文中为70%/ }],
    },
    {
      name: 'the total written inside the 占 phrase, followed by its noun',
      text: p('全年承办市人大代表建议96件，占全部120件建议的80.0%，市政协提案150件，占全部200件提案的80.0%。'),
      findings: [{ code: 'figure/share', at: '80.0%', occurrence: 1, message: /^占比与部分、总数不符：150件÷200件=75\.00%，应为75\.0%，文中为80\.0%/ }],
    },
    {
      name: 'the total written inside the 占 phrase',
      text: p('今年已完成交通建设投资2.2亿元，占年计划2.5亿元的82%。'),
      findings: [{ code: 'figure/share', at: '82%', message: '占比与部分、总数不符：2.2亿元÷2.5亿元=88.00%，应为88%，文中为82%（按82%计，部分约应为2.1亿元）',
        fixed: p('今年已完成交通建设投资2.2亿元，占年计划2.5亿元的88%。') }],
    },
    {
      name: 'the total inside the 占 phrase, the part ending the clause before',
      text: p('办理法律援助案件300件，占全市1200件的20%。'),
      findings: [{ code: 'figure/share', at: '20%', message: /300件÷1200件=25\.00%，应为25%，文中为20%/ }],
    },
    {
      name: 'a bare 占 of the count just before its part',
      text: p('代理行政应诉案件48宗，审结30宗，占65.2%。'),
      findings: [{ code: 'figure/share', at: '65.2%', message: '占比与部分、总数不符：30宗÷48宗=62.50%，应为62.5%，文中为65.2%（按65.2%计，部分约应为31宗）',
        fixed: p('代理行政应诉案件48宗，审结30宗，占62.5%。') }],
    },
    {
      name: 'C2: share against part ÷ total',
      text: p('公证处共办理各类公证8527件，比去年同期上升42%，其中在线办证3404件，占同期办证总量的48%，群众满意率达98%。'),
      findings: [{
        code: 'figure/share',
        message: '占比与部分、总数不符：3404件÷8527件=39.92%，应为40%，文中为48%（按48%计，部分约应为4093件）',
        at: '48%',
        severity: 'error',
        fixed: p('公证处共办理各类公证8527件，比去年同期上升42%，其中在线办证3404件，占同期办证总量的40%，群众满意率达98%。'),
      }],
    },
    {
      name: 'truncated share is a warning',
      text: p('共办理公证8527件，其中在线办证3409件，占比39.9%。'),
      findings: [{ code: 'figure/share', message: /应四舍五入为40\.0%/, at: '39.9%', severity: 'warning', fixed: p('共办理公证8527件，其中在线办证3409件，占比40.0%。') }],
    },
    {
      name: 'a named part against the total; the partition is not reported a second time',
      text: p('共评查案卷1200卷，其中优秀卷390卷，合格卷734卷，不合格卷76卷，优秀卷占32.5%，合格卷占61.2%，不合格卷占5.3%。'),
      findings: [{ code: 'figure/share', message: /76卷÷1200卷=6\.33%，应为6\.3%，文中为5\.3%/, at: '5.3%', fixed: p('共评查案卷1200卷，其中优秀卷390卷，合格卷734卷，不合格卷76卷，优秀卷占32.5%，合格卷占61.2%，不合格卷占6.3%。') }],
    },
    {
      name: 'the share is reported against the total it names (受理), not the one marked 共 (申请)',
      text: p('共收到行政复议申请20件，立案受理18件，维持原行政行为7件，占受理案件总数的45%。'),
      findings: [{ code: 'figure/share', message: /7件÷18件=38\.89%，应为39%，文中为45%/, at: '45%', fixed: p('共收到行政复议申请20件，立案受理18件，维持原行政行为7件，占受理案件总数的39%。') }],
    },
    {
      name: 'across sentences: a share naming its total (占受理案件总数) takes the 受理 count before it in the paragraph',
      text: p('共受理行政复议案件20件。经审理，维持9件，占受理案件总数的60%。'),
      findings: [{ code: 'figure/share', at: '60%', message: '占比与部分、总数不符：9件÷20件=45.00%，应为45%，文中为60%（按60%计，部分约应为12件）',
        fixed: p('共受理行政复议案件20件。经审理，维持9件，占受理案件总数的45%。') }],
    },
    {
      name: 'across sentences: 占受案总数 names the 受理 count',
      text: p('全年共收到行政复议申请26件，受理20件。经审理，维持9件，占受案总数的60%。'),
      findings: [{ code: 'figure/share', at: '60%', message: /9件÷20件=45\.00%，应为45%，文中为60%/ }],
    },
    {
      name: 'across sentences: the named total counts kinds listed before it, its verb before the first kind, with a 其中 list',
      text: p('全年办理道路运输经营许可、建筑垃圾处置许可等行政许可事项420件，其中新办180件、延续160件、变更80件。适用告知承诺制办理96件，占行政许可办理总数的23.6%。'),
      findings: [{ code: 'figure/share', at: '23.6%', message: /96件÷420件=22\.86%，应为22\.9%，文中为23\.6%/ }],
    },
    {
      name: 'a share naming its total by the verb, in its own sentence without a 共',
      text: p('受理行政复议案件50件，审结40件，维持9件，占受理案件总数的60%。'),
      findings: [{ code: 'figure/share', at: '60%', message: /9件÷50件=18\.00%，应为18%，文中为60%/ }],
    },
    {
      name: 'across sentences: bare shares against the 共 total closing the sentence before',
      text: p('全年共收到行政复议申请400件。按类别看，行政处罚类200件，占比50%；信息公开类60件，占比12%；行政许可类80件，占比20%。'),
      findings: [{ code: 'figure/share', at: '12%', message: '占比与部分、总数不符：60件÷400件=15.00%，应为15%，文中为12%（按12%计，部分约应为48件）',
        fixed: p('全年共收到行政复议申请400件。按类别看，行政处罚类200件，占比50%；信息公开类60件，占比15%；行政许可类80件，占比20%。') }],
    },
    {
      name: 'a 同比 clause after the total does not break the relation',
      text: p('全年共收到行政复议申请400件，同比增长9%。按类别看，行政处罚类200件，占比50%；信息公开类60件，占比12%。'),
      findings: [{ code: 'figure/share', at: '12%', message: /60件÷400件=15\.00%，应为15%，文中为12%/ }],
    },
    {
      name: 'a list continued in the next sentence under its own heading (其他类别中) still belongs to the total',
      text: p('全年共收到行政复议申请400件。按类别看，行政处罚类200件，占比50%；信息公开类60件，占比15%。其他类别中，行政许可类80件，占比20%；其他60件，占比16%。'),
      findings: [{ code: 'figure/share', at: '16%', message: /60件÷400件=15\.00%，应为15%，文中为16%/ }],
    },
    {
      name: 'parts that add up to a count stated earlier in the paragraph have it as their total (no 共 needed)',
      text: p('全年收到行政复议申请400件，办结390件。行政处罚类200件，占比50%；信息公开类60件，占比15%；行政许可类80件，占比20%；其他60件，占比14%。'),
      findings: [{ code: 'figure/share', at: '14%', message: /60件÷400件=15\.00%，应为15%，文中为14%/ }],
    },
    {
      name: 'every share agrees on the parts\' sum, not on the stated total: one finding at the total',
      text: p('全年共收到行政复议申请500件。按类别看，行政处罚类200件，占比50%；信息公开类60件，占比15%；行政许可类80件，占比20%；其他60件，占比15%。'),
      findings: [{
        code: 'figure/share', at: '500件', severity: 'error',
        message: '各项占比与总数不符：各项占比一致推算的总数约为400件（200件÷50%≈400件，60件÷15%≈400件，80件÷20%≈400件，……），而总数为500件；各项之和为400件，与占比相符，总数可能有误',
        fixed: p('全年共收到行政复议申请400件。按类别看，行政处罚类200件，占比50%；信息公开类60件，占比15%；行政许可类80件，占比20%；其他60件，占比15%。'),
      }],
    },
    {
      name: 'a partial list whose shares agree on another total: no fix, the parts do not add up to it',
      text: p('全年共收到行政复议申请500件。按类别看，行政处罚类200件，占比50%；信息公开类60件，占比15%。'),
      findings: [{ code: 'figure/share', at: '500件', message: '各项占比与总数不符：各项占比一致推算的总数约为400件（200件÷50%≈400件，60件÷15%≈400件），而总数为500件', fixed: null }],
    },
    {
      name: 'a run of three items with no total stated: the one whose implied total the others do not share',
      text: p('行政处罚类200件，占比50%；信息公开类60件，占比12%；行政许可类80件，占比20%。'),
      findings: [{
        code: 'figure/share', at: '12%', severity: 'error',
        message: '占比与同列其他各项不符：其他各项推算的总数约为400件（200件÷50%≈400件，80件÷20%≈400件），本项60件÷12%≈500件；按总数400件计，60件÷400件=15.00%，应为15%，文中为12%',
        fixed: p('行政处罚类200件，占比50%；信息公开类60件，占比15%；行政许可类80件，占比20%。'),
      }],
    },
    {
      name: 'implied total: the others may be one off in their last digit (52.84% truncated, 26.56% for 26.55%), the odd one is far off',
      text: p('从诉求类型来看，投诉类826件，占总量的52.84%；咨询类211件，占总量15.5%；求助类415件，占总量26.56%；建议类47件，占总量的3%。'),
      findings: [{
        code: 'figure/share', at: '15.5%',
        message: /^占比与同列其他各项不符：其他各项推算的总数约为1563件（826件÷52\.84%≈1563件，415件÷26\.56%≈1563件，47件÷3%≈1567件），本项211件÷15\.5%≈1361件；.*211件÷1563件=13\.50%，应为13\.5%，文中为15\.5%$/,
      }],
    },
    {
      name: 'shares of each part\'s own kind over another whole (分别占全年同类警情的): no count of the text is their base',
      text: p('夏季的6、7、8三个月共接报处置警情68.5万起，占全年的28%，其中抢险救援12.8万起、社会救助35.9万起，分别占全年同类警情的29%和41.8%。共接报警情68.5万起，其中抢险救援12.8万起，占全年同类警情的29%。'),
      findings: [],
    },
    {
      name: 'shares of each part\'s own kind (分别占全年同类警情的), each against the larger count stated earlier under its name',
      text: p('全年共接报警情244.4万起。其中，火灾扑救83.7万起，抢险救援44.2万起；另外，参与社会救助85.8万起。夏季的6、7、8三个月共接报处置警情68.5万起，其中抢险救援12.8万起、社会救助35.9万起，分别占全年同类警情的31%和41.8%。'),
      findings: [{ code: 'figure/share', at: '31%', message: '占比与部分、总数不符：12.8万起÷44.2万起=28.96%，应为29%，文中为31%（按31%计，部分约应为13.7万起）' }],
    },
    {
      name: 'two shares of 总数 a paragraph after the whole: of the count one of them gives to its last digit',
      text: p('2025年，全国消防救援队伍共接报处置各类警情244.4万起，同比上升3%。\n\n从警情构成看，灭火和抢险救援占出警的一半以上。其中，火灾扑救83.7万起、占总数的36.3%，抢险救援44.2万起、占总数的18.1%；另外，参与社会救助85.8万起。'),
      findings: [{ code: 'figure/share', at: '36.3%', message: '占比与部分、总数不符：83.7万起÷244.4万起=34.25%，应为34.2%，文中为36.3%（按36.3%计，部分约应为88.7万起）' }],
    },
    {
      name: 'two shares of 总数 a paragraph after the whole, neither giving it: no base is guessed (silent)',
      text: p('2025年，全国消防救援队伍共接报处置各类警情244.4万起，同比上升3%。\n\n从警情构成看，其中，火灾扑救83.7万起、占总数的36.3%，抢险救援44.2万起、占总数的19.1%。'),
      findings: [],
    },
    {
      name: 'the count after the share, summed up by 共计 in the next clause',
      text: p('全年共受理投诉63508件。在所有的投诉中，商品消费类投诉最多，占总投诉量的56.8%，共计37360件。'),
      findings: [{ code: 'figure/share', at: '56.8%', message: '占比与部分、总数不符：37360件÷63508件=58.83%，应为58.8%，文中为56.8%（按56.8%计，部分约应为36073件）' }],
    },
    {
      name: 'a count framing the next one with 中 and no comma (96家…政府中53家…): its items\' shares, the odd one found',
      text: p('据统计，96家县（市、区）政府中53家采用聘请个人担任法律顾问的形式，占比55.2%；35家采用聘请律师事务所形式，占比33.3%；11家采用混合形式，占比11.5%。'),
      findings: [{ code: 'figure/share', at: '35家', message: /^数值与同列其他各项及其占比不符：其他各项推算的总数约为96家.*33\.3%应为32家，文中为35家/ }],
    },
    {
      name: 'implied total: two items off beyond a last-digit slip leave no odd one (silent)',
      text: p('投诉类826件，占比52.84%；咨询类211件，占比15.5%；求助类415件，占比28.56%；建议类47件，占比3%。'),
      findings: [],
    },
    {
      name: 'implied total: the odd share may push the shares over 100%',
      text: p('行政处罚类200件，占比50%；信息公开类60件，占比25%；行政许可类80件，占比20%；其他60件，占比15%。'),
      findings: [{ code: 'figure/share', at: '25%', message: /其他各项推算的总数约为400件.*60件÷400件=15\.00%，应为15%，文中为25%/ }],
    },
    {
      name: 'implied total: the odd item may be the first; no fix where the implied total leaves the value open',
      text: p('行政处罚类200件，占比50%；信息公开类60件，占比12%；行政许可类80件，占比16%；行政强制类40件，占比8%。'),
      findings: [{ code: 'figure/share', at: '50%', message: /其他各项推算的总数约为500件.*200件÷500件=40\.00%，应约为40%，文中为50%/, fixed: null }],
    },
    {
      name: 'a case outcome\'s bare share is of the closed cases stated earlier in the paragraph',
      text: p('全年共审结行政复议案件12件。经审理，维持原行政行为6件，占比60%；撤销3件，占比25%。'),
      findings: [{ code: 'figure/share', at: '60%', message: /6件÷12件=50\.00%，应为50%，文中为60%/ }],
    },
    {
      name: 'in a hard-wrapped plain-text file the lines of a paragraph are one paragraph',
      format: 'plaintext',
      text: [
        '本年度全区共受理行政复议案件12件，已全部审结',
        '，结案率为100%。从审理结果看，经复议维持原行',
        '政行为和驳回行政复议申请的案件合计为6件，占',
        '比60%；撤销原行政行为3件，占比25%；另有3件',
        '因申请人撤回申请而终止审理。',
      ].join('\n'),
      findings: [{ code: 'figure/share', at: '60%', message: /6件÷12件=50\.00%，应为50%，文中为60%/ }],
    },
    {
      name: 'a total named by its verb in an earlier paragraph of the section',
      text: p('全市共收到行政复议申请800件。\n\n市本级共收到复议申请300件，占收到申请总数的37.5%；区县共收到复议申请500件，占62.5%。\n\n行政处罚类240件，占收到申请总数的35%。'),
      findings: [{ code: 'figure/share', at: '35%', message: /240件÷800件=30\.00%，应为30%，文中为35%/ }],
    },
    {
      name: 'a total named GDP, stated as 地区生产总值(GDP) in the paragraph before; a change clause between part and share',
      text: p('国民经济全年实现地区生产总值(GDP)326.5亿元，比上年增长5.1%。\n\n全年实现数字经济增加值98.2亿元，比上年增长7.0%；数字经济占GDP的比重为36.1%。'),
      findings: [{ code: 'figure/share', at: '36.1%', message: /98\.2亿元÷326\.5亿元=30\.08%，应为30\.1%，文中为36\.1%/ }],
    },
    {
      name: 'the part stated under the share\'s subject in an earlier sentence (a verb inside the noun), 占地区… is a share',
      text: p('全年地区生产总值完成410亿元，比上年增长5%。其中第一产业增加值完成50亿元，比上年增长3%；第二产业完成增加值160亿元，比上年增长4%。第一产业增加值占地区生产总值的比重为12.2%，第二产业增加值占地区生产总值的比重为36.0%。'),
      findings: [{ code: 'figure/share', at: '36.0%', message: /160亿元÷410亿元=39\.02%，应为39\.0%，文中为36\.0%/ }],
    },
    {
      name: 'a group named before a 、-list is the list\'s sum, of the whole count the share names by its noun',
      text: p('全年共接收市民来电8600件。来电量排名前三的类别：住房类1200件、交通类980件、教育类770件，占来电总量的43.3%。'),
      findings: [{ code: 'figure/share', at: '43.3%', message: /^占比与部分、总数不符：\(1200件\+980件\+770件\)÷8600件=34\.30%，应为34\.3%，文中为43\.3%/ }],
    },
    {
      name: 'categories of a 在…中 total going on in the next sentence',
      text: p('在全年5000件来电中，求助类2100件占比42%，咨询类1500件占比30%，两类合计超过七成。投诉类900件占比16%，建议类500件占比10%。'),
      findings: [{ code: 'figure/share', at: '16%', message: /900件÷5000件=18\.00%，应为18%，文中为16%/ }],
    },
    {
      name: 'an item of a list of shares that lost its measure word counts in its siblings\' unit',
      text: p('全年共收到行政复议申请800件。\n\n居于前三位的是：行政处罚320，占收到申请总数的45%；行政许可160件，占收到申请总数的20%；信息公开80件，占收到申请总数的10%。'),
      findings: [{ code: 'figure/share', at: '45%', message: /^占比与部分、总数不符：320÷800件=40\.00%，应为40%，文中为45%/ }],
    },
    {
      name: 'bare shares after an unmarked count their parts add up to',
      text: p('随机抽查执法案卷60卷开展评查，评查结果为：优秀案卷15卷，占比25%；合格案卷40卷，占比62.7%；不合格案卷5卷，占比8.3%。'),
      findings: [{ code: 'figure/share', at: '62.7%', message: /40卷÷60卷=66\.67%，应为66\.7%，文中为62\.7%/ }],
    },
    {
      name: 'a subject that shortens the noun of the count just before (非税 of 非税收入)',
      text: p('全区一般公共预算收入累计完成5200万元，其中：非税收入完成1300万元，非税占比52%。'),
      findings: [{ code: 'figure/share', at: '52%', message: /1300万元÷5200万元=25\.00%，应为25%，文中为52%/ }],
    },
    {
      name: 'implied total: the odd item\'s count, not its share, is what breaks the partition',
      text: p('调解类共512件，占41.2%；仲裁类共305件，占30.5%；诉讼类共238件，占23.8%；其他类45件，占4.5%。'),
      findings: [{
        code: 'figure/share', at: '512件',
        message: '数值与同列其他各项及其占比不符：其他各项推算的总数约为1000件（305件÷30.5%≈1000件，238件÷23.8%≈1000件，45件÷4.5%≈1000件），本项512件÷41.2%≈1243件；按总数1000件计，41.2%应约为412件，文中为512件（照此各项之和超过总数，宜核对该数）',
        fixed: null,
      }],
    },
    {
      name: 'shares of one total that do not add up to 100%',
      text: p('评查案卷15630件，优秀卷25.6%，合格卷70.6%，不合格卷4.8%。'),
      findings: [{ code: 'figure/share', message: '同一总数的各部分占比之和应为100%：25.6%+70.6%+4.8%=101.0%', at: '4.8%', severity: 'error', fixed: null }],
    },
    {
      name: 'bare shares against the one whole count (全年) that can hold them, in an earlier sentence of the paragraph',
      text: p('全年收到行政复议申请400件。行政处罚类200件，占比50%；信息公开类60件，占比12%。'),
      findings: [{ code: 'figure/share', at: '12%', message: /60件÷400件=15\.00%，应为15%，文中为12%/ }],
    },
    {
      name: 'the whole count two sentences back, with 万, a subset too small to hold the run between',
      text: p('全年，全市12345热线共服务群众和企业诉求4367万件，同比增长2.15%，其中，市级平台服务量为96.18万件，同比增长11.09%。从接收渠道看，电话端有3720.43万件，占85.91%；互联网端有593.77万件，占13.60%。'),
      findings: [{ code: 'figure/share', at: '85.91%', message: /3720\.43万件÷4367万件=85\.19%，应为85\.19%，文中为85\.91%/,
        fixed: p('全年，全市12345热线共服务群众和企业诉求4367万件，同比增长2.15%，其中，市级平台服务量为96.18万件，同比增长11.09%。从接收渠道看，电话端有3720.43万件，占85.19%；互联网端有593.77万件，占13.60%。') }],
    },
    {
      name: 'a count whose share is off, against a whole count of 人次 two sentences back',
      text: p('全年公共法律服务平台共提供服务26500人次。实体平台服务量保持平稳。其中，热线服务15900人次，占60%；网络平台服务5300人次，占25%。'),
      findings: [{ code: 'figure/share', at: '25%', message: /5300人次÷26500人次=20\.00%，应为20%，文中为25%/ }],
    },
    {
      name: 'a part with a share of its budget first, then its share of the total named by its noun (地方… is the same total)',
      text: p('地方一般公共预算收入完成28,583万元，占调整预算105.47%，同比增长10.85%，从征收部门来看：税务部门完成13,866万元，占调整预算100.93%，占一般公共预算收入的48.15%；财政部门完成14,717万元，占调整预算110.14%，占一般公共预算收入的51.49%。'),
      findings: [{ code: 'figure/share', at: '48.15%', message: /13,866万元÷28,583万元=48\.51%，应为48\.51%，文中为48\.15%/ }],
    },
    {
      name: 'a change clause between the part and its share of the total named in the sentence before',
      text: p('全县一般公共预算收入完成52000万元。税收收入38480万元，同比增长6.2%，占一般公共预算收入的47%。'),
      findings: [{ code: 'figure/share', at: '47%', message: /38480万元÷52000万元=74\.00%，应为74%，文中为47%/ }],
    },
    {
      name: 'a group\'s share over the count of the month a monthly report is of, its noun named by whose and 信息 (消费者投诉信息)',
      format: 'plaintext',
      text: '某市市场监管局2023年5月份投诉举报情况的报告\n一、总体情况\n5月份接收消费者投诉信息508件，同比降低27.12%。\n从接收投诉的单位来看，投诉量较大的主要有：甲区市场监督管理局(188件)、乙县市场监督管理局(76件)、丙市市场监督管理局(64件)、丁区市场监督管理局(43件)，合计占比71.85%。\n',
      findings: [{ code: 'figure/share', at: '71.85%', message: /\(188件\+76件\+64件\+43件\)÷508件=73\.03%/ }],
    },
    {
      name: 'shares of kinds of information under a frame naming the verb they were published by (在主动公开的信息中)',
      text: p('全年共主动公开政府信息13条。\n\n在主动公开的信息中，政务信息公开指南1条，占8%；其他公文5条，占41%；决算预算2条，占17%。'),
      findings: [{ code: 'figure/share', at: '13条', message: /各项占比一致推算的总数约为12条.*而总数为13条/ }],
    },
    {
      name: 'a part with its own change and share of the noun (税收收入…，同比增长…，占总收入的…) is no whole of that noun',
      text: p('全县财政总收入累计完成452964万元，同比增长15.8%。财政总收入占GDP的比重15.9%，较上年上升0.8个百分点。税收收入累计完成373219.7万元，同比增长13.6%，占总收入的82.4%；非税收入完成79474.3万元，同比增长26.8%，占总收入的17.6%。'),
      findings: [{ code: 'figure/share', at: '17.6%', message: /79474\.3万元÷452964万元=17\.55%，应为17\.5%，文中为17\.6%/ }],
    },
    {
      name: 'a 其中 part under a verb of its own (其中受理…) is the whole count of that verb (占受理总量的)',
      text: p('12345市民服务热线共办理为民服务事项41.91万件，其中受理群众来电、市长信箱、微信25.95万件，较上周增长2.2%；外拨回访电话15.96万通。受理的市民诉求中，直办15.85万件，占受理总量的66.1%；转办10.1万件，占38.9%。'),
      findings: [{ code: 'figure/share', at: '66.1%', message: /15\.85万件÷25\.95万件=61\.08%，应为61\.1%，文中为66\.1%/ }],
    },
    {
      name: 'a share of the noun a total is stated under with the verb of its completion after it (收入完成)',
      text: p('全年公共财政预算收入完成13.68亿元，下降15.7%；税收收入完成6.20亿元，下降26.0%，占预算收入比重43.52%。'),
      findings: [{ code: 'figure/share', at: '43.52%', message: /6\.20亿元÷13\.68亿元=45\.32%，应为45\.32%，文中为43\.52%/ }],
    },
    {
      name: 'the part in brackets before 占; "X案件" names the cases stated as "…中X N件" in the paragraph before',
      text: p('全市法院审结的行政诉讼案件中行政机关败诉120件，败诉率为8.5%。\n\n从败诉案件的领域看，主要集中在征收补偿、城建拆迁、劳动保障等，以上五类案件（90件）占行政机关败诉案件的80%。'),
      findings: [{ code: 'figure/share', at: '80%', message: /90件÷120件=75\.00%，应为75%，文中为80%/ }],
    },
    {
      name: 'a run framed by the noun of the whole count two paragraphs back; one count slipped past the total',
      text: report('全年共办理法律援助案件860件，同比增长6%。\n\n（二）案件特点\n\n从法律援助案件类型看，劳动争议类320件，占比37%；婚姻家庭类251件，占比24%；交通事故类150件，占比17%；其他类180件，占比21%。'),
      findings: [{ code: 'figure/share', at: '24%', message: /251件÷860件=29\.19%，应为29%，文中为24%/ }],
    },
    {
      name: 'the 共 total of the sentence before holds all the parts but the slipped one',
      text: p('全年共收到行政复议申请400件。按类别看，行政处罚类200件，占比50%；信息公开类60件，占比15%；行政许可类340件，占比35%。'),
      findings: [{ code: 'figure/share', at: '35%', message: /340件÷400件=85\.00%，应为85%，文中为35%/ }],
    },
    {
      name: 'a total named by no noun of its own (占全部案件的) is the one whole count of the paragraph before',
      text: p('全年共受理行政复议案件150件。经审理，调解和解结案45件，占全部案件的40%。'),
      findings: [{ code: 'figure/share', at: '40%', message: /45件÷150件=30\.00%，应为30%，文中为40%/ }],
    },
    {
      name: 'the share names the count by the words it is stated under, in its own sentence, with no 共',
      text: p('全年开庭审理案件90件，行政机关负责人出庭85件，占开庭审理案件的90%。'),
      findings: [{ code: 'figure/share', at: '90%', message: /85件÷90件=94\.44%，应为94%，文中为90%/ }],
    },
    {
      name: 'a whole count marked by 全市/全年 in the sentence before, with 万',
      text: p('全市12345热线全年受理诉求58.6万件。其中，咨询类21.3万件，占46.3%；求助类15.2万件，占25.9%。'),
      findings: [{ code: 'figure/share', at: '46.3%', message: /21\.3万件÷58\.6万件=36\.35%，应为36\.3%，文中为46\.3%/ }],
    },
    {
      name: 'shares in asides right after their parts (占 / 占比 / bare percent), against the 共 total',
      text: p('全年共受理诉求6000件，其中咨询类3200件（占53.3%），求助类1800件（占比35%），投诉类1000件（16.7%）。'),
      findings: [{ code: 'figure/share', at: '35%', message: /1800件÷6000件=30\.00%，应为30%，文中为35%/,
        fixed: p('全年共受理诉求6000件，其中咨询类3200件（占53.3%），求助类1800件（占比30%），投诉类1000件（16.7%）。') }],
    },
    {
      name: 'a bare percent in the aside of a category, the total in the sentence before',
      text: p('全年共受理诉求6000件。咨询类3200件（53.3%），求助类1800件（30%），投诉类1000件（17.7%）。'),
      findings: [{ code: 'figure/share', at: '17.7%', message: /1000件÷6000件=16\.67%，应为16\.7%，文中为17\.7%/ }],
    },
    {
      name: '分别占: each share against the count in the same place of the 分别为 list, of the 共 total before',
      text: p('全年共受理诉求6000件。咨询类、求助类、投诉类诉求分别为3200件、1800件、1000件，分别占53.3%、35%和16.7%。'),
      findings: [{ code: 'figure/share', at: '35%', message: /1800件÷6000件=30\.00%，应为30%，文中为35%/ }],
    },
    {
      name: '分别占 with the rest named: the shares must add up to 100%',
      text: p('从诉求类型看，咨询类、求助类、投诉类和其他类的占比分别为53.3%、30%、16.7%和5%。'),
      findings: [{ code: 'figure/share', at: '5%', message: '各类占比（列至“其他类”）之和应为100%：53.3%+30%+16.7%+5%=105.0%' }],
    },
    {
      name: 'a total in brackets inside the 占 phrase',
      text: p('办理行政处罚案件120件，占全年办案总量（400件）的35%。'),
      findings: [{ code: 'figure/share', at: '35%', message: /120件÷400件=30\.00%，应为30%，文中为35%/ }],
    },
    {
      name: 'the money of a 其中 item stated after its head count, its share against the money total',
      text: p('为3160名职工追回欠薪4275万元，其中建筑业职工2210名，追回金额3620万元，占86.7%。'),
      findings: [{ code: 'figure/share', at: '86.7%', message: /^占比与部分、总数不符：3620万元÷4275万元=84\.68%，应为84\.7%，文中为86\.7%/ }],
    },
    {
      name: '占到 / 所占比例为 are shares of the 共 total before',
      text: p('全年共受理行政复议申请400件，其中行政处罚类120件，占到35%；行政许可类案件80件，所占比例为25%。'),
      findings: [
        { code: 'figure/share', at: '35%', message: /120件÷400件=30\.00%，应为30%，文中为35%/ },
        { code: 'figure/share', at: '25%', message: /80件÷400件=20\.00%，应为20%，文中为25%/ },
      ],
    },
    {
      name: 'implied total of counts in 万: the one share its siblings do not agree with, in their scale',
      text: p('从诉求类型看，咨询类21.3万件，占比36.3%；求助类15.2万件，占比35.9%；投诉类12.4万件，占比21.2%；建议类9.7万件，占比16.6%。'),
      findings: [{ code: 'figure/share', at: '35.9%', message: /其他各项推算的总数约为58\.5万件.*本项15\.2万件÷35\.9%≈42\.3万件.*应约为26\.0%，文中为35\.9%/, fixed: null }],
    },
    {
      name: 'a list set out one item per paragraph, introduced by a sentence ending in a colon after the total',
      text: p('全年共受理行政复议申请400件。按类别分：\n\n1.行政处罚类200件，占50%；\n\n2.行政许可类80件，占20%；\n\n3.信息公开类60件，占12%。'),
      findings: [{ code: 'figure/share', at: '12%', message: /60件÷400件=15\.00%，应为15%，文中为12%/ }],
    },
    {
      name: 'categories in sentences of their own: a count with its own share is a category, not the total of the next ones',
      text: p('全年共受理行政复议申请400件。其中行政处罚类200件，占50%。行政许可类80件，占20%。信息公开类60件，占12%。'),
      findings: [{ code: 'figure/share', at: '12%', message: /60件÷400件=15\.00%，应为15%，文中为12%/ }],
    },
    {
      name: 'a list of category shares that names the rest (其他类) must add up to 100%, with no total stated',
      text: p('全县法律援助中心共受理申请1320件。按案件类型看，劳动争议类占46.20%，婚姻家庭类占21.35%，交通事故类占14.60%，其他类占18.85%。'),
      findings: [{ code: 'figure/share', message: '各类占比（列至“其他类”）之和应为100%：46.20%+21.35%+14.60%+18.85%=101.00%', at: '18.85%', fixed: null }],
    },
    {
      name: 'the rest written without 占, after a clause of its own; a transposed digit moves the sum by 9',
      text: p('其中，表扬类占0.20%，投诉类占21.47%，咨询类占70.13%，其他类 17.20%。'),
      findings: [{ code: 'figure/share', message: '各类占比（列至“其他类”）之和应为100%：0.20%+21.47%+70.13%+17.20%=109.00%', at: '17.20%' }],
    },
    {
      name: 'channels, each a different one, that add up to more than 100% (a request comes by one channel)',
      text: p('从诉求渠道看，电话占52%，网站占31%，微信占20%。'),
      findings: [{ code: 'figure/share', message: '同一分类的各类占比之和不应超过100%：52%+31%+20%=103%', at: '20%', fixed: null }],
    },
    {
      name: 'classes of one classification (…类) that add up to more than 100%, complete or not',
      text: p('从执法领域看，市场监管类占45.5%，生态环境类占38.2%，交通运输类占21.6%。'),
      findings: [{ code: 'figure/share', message: '同一分类的各类占比之和不应超过100%：45.5%+38.2%+21.6%=105.3%', at: '21.6%', fixed: null }],
    },
    {
      name: 'shares of a generic total (占总量的) two earlier counts could be: the one odd item among items agreeing on one total',
      text: p('市长信箱共收到群众来信2400封，其中有效来信2000封。从内容看，投诉类1000封，占总量的50.00%；咨询类600封，占总量的35.00%；建议类240封，占总量的12.00%；求助类160封，占总量的8.00%。'),
      findings: [{ code: 'figure/share', at: '35.00%', message: '占比与部分、总数不符：600封÷2000封=30.00%，应为30.00%，文中为35.00%（按35.00%计，部分约应为700封）' }],
    },
    {
      // Shares in whole percents agree on no one total, but the items add up exactly to one count (a 其中 part, a paragraph back).
      name: 'shares of a generic total (占总量的) whose items add up exactly to one of two earlier counts',
      text: p('共收到群众来信900件，其中有效来信800件。\n\n从内容看，投诉类400件，占总量的55%；咨询类240件，占总量的30%；建议类80件，占总量的10%；求助类80件，占总量的10%。'),
      findings: [{ code: 'figure/share', at: '55%', message: '占比与部分、总数不符：400件÷800件=50.00%，应为50%，文中为55%（按55%计，部分约应为440件）' }],
    },
    {
      name: 'channels counted in several measure words (个/条/件), the total paragraphs back: the odd item of a named run',
      text: p('12345热线共受理群众诉求120,000件，同比下降3%。\n\n求助类占比最高。\n\n按渠道看，接听电话100,000个，占全部诉求的83.33%；微信留言12,000条，占10.50%；短信6,000条，占5.00%；网站留言2,000件，占1.67%。'),
      findings: [{ code: 'figure/share', at: '10.50%', message: /其他各项推算的总数约为12000\d（100,000个÷83\.33%≈1200\d\d，.*本项12,000条÷10\.50%≈114286；.*应为10\.00%，文中为10\.50%/ }],
    },
    {
      name: 'items of 复议 applications naming 全市总量, the whole in another paragraph: a count slip found by the shares agreeing',
      text: p('全市共收到行政复议申请1,250件，其中受理1,000件。\n\n从申请事项看，排名前三的类别如下：行政处罚类共450件，占全市总量的45.00%；行政强制类共520件，占全市总量的25.00%；政府信息公开类共120件，占全市总量的12.00%。'),
      findings: [{ code: 'figure/share', at: '520件', message: /按总数1000件计，25\.00%应为250件，文中为520件/ }],
    },
    {
      name: 'items of a numbered list (1. 2. 3.), each breaking its count down in its own paragraph: the odd item',
      format: 'plaintext',
      text: '一、基本情况\n全年热线共受理群众来电20000件，其中转办6000件。\n二、热点问题\n1. 城乡建设类3000件，占比15.00%。其中，物业服务900件、房产监管600件。主要涉及物业服务等问题。\n2. 政法类2400起，占比12.00%。其中，交通管理800起、治安管理500起。\n3.城市管理类2000件，占比20.00%，其中，占道经营700件。\n4.环境保护类1000件，占比5.00%。\n',
      findings: [{ code: 'figure/share', at: '20.00%', message: /其他各项推算的总数约为20000件（3000件÷15\.00%≈20000件，2400起÷12\.00%≈20000件，1000件÷5\.00%≈20000件），本项2000件÷20\.00%≈10000件/ }],
    },
    {
      name: 'a share column named 百分比(%) without "%" in its cells, against the 合计 row',
      format: 'plaintext',
      text: '性质类别\n\n件数\n\n百分比(%)\n\n城建环保\n\n69\n\n41.57\n\n社会事业\n\n45\n\n21.71\n\n财政商贸\n\n52\n\n31.33\n\n合    计\n\n166\n\n100\n',
      findings: [{ code: 'figure/share', at: '21.71', message: '占比与部分、总数不符：表中“社会事业”一行，件数45÷合计166=27.11%，应为27.11%，文中为21.71' }],
    },
    {
      name: 'two groups of shares each adding up to 100% in one sentence: the group whose counts do not give its shares',
      text: p('代表对办理工作满意的160件，占96.39%，基本满意的6件，占3.61%；对办理结果满意的146件，占89.76%，基本满意的17件，占10.24%。'),
      findings: [{ code: 'figure/share', at: '89.76%', message: /146件÷\(146件\+17件\)=89\.57%，应为89\.57%，文中为89\.76%/ }],
    },
    {
      name: 'a group of a report of one month, its list named by 投诉受理量, a stray 、 before 合计占比: over the 受理 count',
      format: 'plaintext',
      text: p('2022年2月某区12315平台投诉举报数据分析报告\n二、投诉情况分析\n2022年2月，全国12315平台共接收投诉3085件，受理1323件。\n（一）从投诉问题来看，投诉受理量较大的问题主要有：售后服务（553件）、质量（232件）、其他（205件）、食品安全（105件）、，合计占比81.41%。\n（二）从商品投诉来看，投诉受理量较大的商品主要有：食品（237件）、服装（54件）、家居用品（44件），合计占比70.57%。\n'),
      findings: [{ code: 'figure/share', at: '81.41%', message: '占比与部分、总数不符：(553件+232件+205件+105件)÷1323件=82.77%，应为82.77%，文中为81.41%（按81.41%计，部分约应为1077件）' }],
    },
    {
      name: 'a kind of 投诉 over 投诉总量: the 其中 count of 投诉 in the paragraph',
      text: p('上半年共接收投诉举报5318件。其中，投诉量为3671件，举报量为1647件。商品类投诉2479件，占投诉总量的68.02%。'),
      findings: [{ code: 'figure/share', at: '68.02%', message: '占比与部分、总数不符：2479件÷3671件=67.53%，应为67.53%，文中为68.02%（按68.02%计，部分约应为2497件）' }],
    },
    {
      name: 'a kind of 投诉 over 投诉总量 in a later section: the count of 投诉 in the overview section',
      format: 'plaintext',
      text: p('一、总体情况\n上半年共接收投诉举报5318件，其中投诉3671件，举报1647件。\n二、投诉分析\n（一）商品类投诉。上半年共接收商品类投诉2479件，占投诉总量的68.02%。'),
      findings: [{ code: 'figure/share', at: '68.02%', message: /2479件÷3671件=67\.53%/ }],
    },
    {
      name: 'a share in a sentence naming no year, over the whole count of last year stated in the sentence before',
      text: report('去年全市共受理行政复议案件400件。经审理，维持180件，占受理案件总数的40%。'),
      findings: [{ code: 'figure/share', at: '40%', message: /180件÷400件=45\.00%，应为45%，文中为40%/ }],
    },
    {
      name: 'the share of a group (上述三类) after a ranking (位列前三位), of the new cases (新接收 = 收案) stated the sentence before',
      text: p('全年共新接收行政诉讼案件240件，审结236件。从领域看，收案数位列前三位的分别是城建102件、公安38件、自然资源20件，上述三类案件占到收案总数的70%。'),
      findings: [{ code: 'figure/share', at: '70%', message: /\(102件\+38件\+20件\)÷240件=66\.67%，应为67%，文中为70%/ }],
    },
    {
      name: 'the share of a group of letters (信访), its whole count of 来信 named by its noun, thousands commas',
      text: p('全年共新接收群众来信1,600件。按内容分，排名前三位的是：土地征收320件、劳动保障240件、城乡建设160件，上述三类来信占来信总数的50%。'),
      findings: [{ code: 'figure/share', at: '50%', message: /\(320件\+240件\+160件\)÷1,600件=45\.00%，应为45%，文中为50%/ }],
    },
    {
      name: 'the count its part is taken from: "办理的N件（含…）信访事项中", an aside between the count and its noun',
      text: p('全年办理的450件（含上年结转30件）信访事项中，已办结432件，占办理总数的90%。'),
      findings: [{ code: 'figure/share', at: '90%', message: /432件÷450件=96\.00%，应为96%，文中为90%/ }],
    },
    {
      name: 'the count its part is taken from: "调解的N起纠纷中", in 起 with thousands commas',
      text: p('人民调解委员会调解的1,200起纠纷中，调解成功1,150起，占调解总数的90%。'),
      findings: [{ code: 'figure/share', at: '90%', message: /1,150起÷1,200起=95\.83%，应为96%，文中为90%/ }],
    },
    {
      name: 'a share column of a table pasted one cell a line, with its total row (the rows add up to it)',
      format: 'plaintext',
      text: '责任单位 |\n转派工单 |\n占比 |\n区县 |\n1,500 |\n57.00% |\n市直单位 |\n400 |\n20.00% |\n流转中 |\n100 |\n5.00% |\n总计 |\n2,000 |\n100% |\n',
      findings: [{ code: 'figure/share', at: '57.00%', message: '占比与部分、总数不符：表中“区县”一行，转派工单1,500÷总计2,000=75.00%，应为75.00%，文中为57.00%' }],
    },
    {
      name: 'a share column of a Markdown table of 信访 channels (人次), its 合计 row',
      text: p('| 渠道 | 人次 | 占比 |\n|---|---|---|\n| 来信 | 300 | 30% |\n| 来访 | 450 | 54% |\n| 网上信访 | 250 | 25% |\n| 合计 | 1000 | 100% |'),
      findings: [{ code: 'figure/share', at: '54%', message: '占比与部分、总数不符：表中“来访”一行，人次450÷合计1000=45.00%，应为45%，文中为54%' }],
    },
    {
      name: 'items one a sentence, each count written first and the words after it alike (…等级为A（…）), their total implied',
      text: p('村级层面，30个村的公共法律服务评价等级为A（90分以上），占比60.00%。12个村的公共法律服务评价等级为B（80至90分），占比26.00%。8个村的公共法律服务评价等级为C，占比16.00%。'),
      findings: [{ code: 'figure/share', at: '26.00%', message: /^占比与同列其他各项不符：其他各项推算的总数约为50个.*12个÷50个=24\.00%/ }],
    },
    {
      name: 'items one a sentence, named at length (围绕…方面提出提案), their total implied by their shares',
      text: p('在全部建议中，围绕乡村振兴方面提出建议84件，占42.0%。围绕社会治理创新方面提出建议62件，占36.0%。围绕生态环境保护方面提出建议54件，占27.0%。'),
      findings: [{ code: 'figure/share', at: '36.0%', message: /^占比与同列其他各项不符：其他各项推算的总数约为200件.*62件÷200件=31\.00%/ }],
    },
    {
      name: 'items one a sentence, each with its change, after a total whose own change could hold an item (件)',
      text: p('全市共登记消费投诉8000件，同比增加1200件。食品安全问题2000件，占25%，同比上升1.9个百分点。质量问题1200件，占15%。合同问题960件，占16%。价格问题400件，占5%。'),
      findings: [{ code: 'figure/share', at: '16%', message: '占比与部分、总数不符：960件÷8000件=12.00%，应为12%，文中为16%（按16%计，部分约应为1280件）' }],
    },
    {
      name: 'items one a sentence (个, 接听), the list opened by 其中',
      text: p('全年共接听群众来电3000个，同比减少150个。其中社会保障类600个，占20%，同比增长4.1%。住房建设类450个，占18%，同比下降2.6%。交通运输类300个，占10%，同比增长7.3%。'),
      findings: [{ code: 'figure/share', at: '18%', message: '占比与部分、总数不符：450个÷3000个=15.00%，应为15%，文中为18%（按18%计，部分约应为540个）' }],
    },
    {
      name: 'items one a sentence (调处) in the paragraph after the total: the total the items agree on',
      text: p('全年共调处矛盾纠纷1200件，比上年增加80件。\n\n婚姻家庭类360件，占30%。邻里纠纷类240件，占20%。土地权属类180件，占18%。'),
      findings: [{ code: 'figure/share', at: '18%', message: /^占比与同列其他各项不符：其他各项推算的总数约为1200件.*180件÷1200件=15\.00%/ }],
    },
    {
      name: '其中 opening the sentence after a category with its own share: of that category',
      text: p('全年共办理法律援助案件1200件。刑事案件480件，占40%。民事案件600件，占50%。其中婚姻家庭类300件，占60%。'),
      findings: [{ code: 'figure/share', at: '60%', message: '占比与部分、总数不符：300件÷600件=50.00%，应为50%，文中为60%（按60%计，部分约应为360件）' }],
    },
    {
      name: 'two items naming one total (占总受理量的) whose words point at no count: the count they add up to',
      text: p('全年共接收消费者诉求6000件，同比增长8%。其中，投诉类4500件，占总受理量的78%，同比增长5%；举报类1500件，占总受理量的25%。'),
      findings: [{ code: 'figure/share', at: '78%', message: '占比与部分、总数不符：4500件÷6000件=75.00%，应为75%，文中为78%（按78%计，部分约应为4680件）' }],
    },
    {
      name: 'two items naming one total (占办案总量的), the sum in the sentence before',
      text: p('全年共办理各类案件500件。其中行政处罚案件300件，占办案总量的60%；行政许可案件200件，占办案总量的45%。'),
      findings: [{ code: 'figure/share', at: '45%', message: '占比与部分、总数不符：200件÷500件=40.00%，应为40%，文中为45%（按45%计，部分约应为225件）' }],
    },
    {
      name: 'items each compared with last year\'s value ("与上年同期N件相比增长"): the earlier values do not break the run',
      text: p('全年共接收消费者诉求6000件，与上年同期5200件相比增长15.38%。其中，投诉类4500件，占总受理量的78%，与上年同期4000件相比增长12.5%；举报类1500件，占总受理量的25%，与上年同期1200件相比增长25%。'),
      findings: [{ code: 'figure/share', at: '78%', message: '占比与部分、总数不符：4500件÷6000件=75.00%，应为75%，文中为78%（按78%计，部分约应为4680件）' }],
    },
    {
      name: 'a 其中 run after two counts that could hold it, in a street office\'s own report (街道 is its whole)',
      text: p('# 某区青山街道办事处2025年法治政府建设情况报告\n\n街道、社区两级调解组织共受理矛盾纠纷1260件，调解成功1185件。其中婚姻家庭纠纷352件，占28.9%；邻里纠纷481件，占38.2%。'),
      findings: [{ code: 'figure/share', at: '28.9%', message: /^占比与部分、总数不符：352件÷1260件=27\.94%/ }],
    },
    {
      name: 'a run under a heading, its total in the lead paragraph before the first heading (two slips: no one odd item)',
      text: p('第三季度，区长信箱共收到群众来信500件，已办结500件，办结率100%。\n\n一、总体情况\n\n按诉求类型分，投诉类201件，占比40.21%；咨询类150件，占比35.00%；求助类99件，占比19.80%；建议类50件，占比10.00%。'),
      findings: [
        { code: 'figure/share', at: '40.21%', message: '占比与部分、总数不符：201件÷500件=40.20%，应为40.20%，文中为40.21%（按40.21%计，部分约应为201件）' },
        { code: 'figure/share', at: '35.00%', message: '占比与部分、总数不符：150件÷500件=30.00%，应为30.00%，文中为35.00%（按35.00%计，部分约应为175件）' },
      ],
    },
    {
      name: 'a run framed by the noun of a whole ("…申请中，") in the paragraph after the whole (宗)',
      text: p('一、行政复议案件基本情况\n\n1.案件数量增长。全区复议机构共受理行政复议申请1600宗，同比上升20.5%。\n\n2.案件类型集中。全区行政复议申请中，行政处罚类案件480宗，占比36.0%。'),
      findings: [{ code: 'figure/share', at: '36.0%', message: '占比与部分、总数不符：480宗÷1600宗=30.00%，应为30.0%，文中为36.0%（按36.0%计，部分约应为576宗）' }],
    },
    {
      name: 'a share in a later sentence of a paragraph whose opening frames it by the noun of a whole',
      text: p('一、行政复议案件基本情况\n\n1.案件数量增长。全区复议机构共受理行政复议申请1600宗，同比上升20.5%。\n\n2.案件类型集中。全区行政复议申请中，治安、交通领域案件占全部案件的60.5%。涉及市场主体的案件增长明显，共240宗，占比18.0%。'),
      findings: [{ code: 'figure/share', at: '18.0%', message: '占比与部分、总数不符：240宗÷1600宗=15.00%，应为15.0%，文中为18.0%（按18.0%计，部分约应为288宗）' }],
    },
    {
      name: 'a total named with its place (占苏浙两地投诉举报总量的) stated paragraphs back under the noun, the place earlier in its sentence',
      text: p('2024年，苏浙两地消费维权平台共受理投诉举报80.00万件，同比增长10.5%。其中，投诉60.00万件；举报20.00万件。江苏省投诉举报总量56.00万件。\n\n从渠道看，线上受理增幅明显。2024年，苏浙两地线上受理投诉举报42.00万件，占苏浙两地投诉举报总量的65.00%。'),
      findings: [{ code: 'figure/share', at: '65.00%', message: '占比与部分、总数不符：42.00万件÷80.00万件=52.50%，应为52.50%，文中为65.00%（按65.00%计，部分约应为52.00万件）' }],
    },
    {
      name: 'an item that lost its measure word, its changes between it and its share',
      text: p('全市平台共接收投诉举报咨询3443件。其中，投诉971件，同比上升30.51%，占比28.2%；举报356，同比降低45.73%，环比上升0.56%，占比13.34%；咨询2116件，同比降低1.26%，占比61.46%。'),
      findings: [{ code: 'figure/share', at: '13.34%', message: '占比与部分、总数不符：356÷3443件=10.34%，应为10.34%，文中为13.34%（按13.34%计，部分约应为459件）' }],
    },
    {
      name: 'numbered items one a line, each naming the whole the first item\'s share found (占受理总量)',
      text: p('2025年11月份，投诉举报中心受理咨询、投诉、举报共1828件，环比增加5.24%。\n1、咨询1188件，占受理总量65%，环比增加0.76%；\n2、投诉359件，占受理总量25%，环比增加10.12%；\n3、举报281件，占受理总量15%，环比增加21.12%；'),
      findings: [{ code: 'figure/share', at: '25%', message: '占比与部分、总数不符：359件÷1828件=19.64%，应为20%，文中为25%（按25%计，部分约应为457件）' }],
    },
    {
      name: 'a share of 总人口 against the place\'s whole population paragraphs back, not a kind of it (城镇常住人口)',
      text: p('2025年末，全省常住人口为4673万人。\n\n从城乡结构看，全省城镇常住人口2473万人，乡村常住人口2200万人。\n\n从性别构成看，男性人口2402万人，占总人口的51.4%；女性人口2271万人，占总人口的46.6%。'),
      findings: [{ code: 'figure/share', at: '46.6%', message: '占比与部分、总数不符：2271万人÷4673万人=48.60%，应为48.6%，文中为46.6%（按46.6%计，部分约应为2178万人）' }],
    },
    {
      name: 'a share naming 投诉总量 after the whole count of 投诉, which has a share of its own',
      text: p('本月共受理消费者投诉359件，占总诉求量的56.09%。其中商品类投诉306件，占投诉总量的82.24%；服务类投诉53件，占投诉总量的14.76%。'),
      findings: [{ code: 'figure/share', at: '82.24%', message: '占比与部分、总数不符：306件÷359件=85.24%，应为85.24%，文中为82.24%（按82.24%计，部分约应为295件）' }],
    },
    {
      name: 'two items in two sentences naming 投诉总量, the 其中 count of 投诉 they add up to a paragraph back',
      text: p('全年共登记投诉举报8000件，其中投诉6000件，举报2000件。\n\n商品类投诉3300件，占投诉总量的55.00%。服务类投诉2700件，占投诉总量的48.00%。'),
      findings: [{ code: 'figure/share', at: '48.00%', message: '占比与部分、总数不符：2700件÷6000件=45.00%，应为45.00%，文中为48.00%（按48.00%计，部分约应为2880件）' }],
    },
    {
      name: 'two named shares adding up to 100.00% with no total found: each is its part of the parts\' sum',
      text: p('网格员巡查发现1130件，占总案件的95.50%；群众热线举报70件，占总案件的4.50%。'),
      findings: [{ code: 'figure/share', at: '95.50%', message: '占比与各项之和不符：各项占比之和为100.00%，各项即总数的全部，1130件÷(1130件+70件)=94.17%，应为94.17%，文中为95.50%（另有1项也不符，可能是某项数值有误）' }],
    },
    {
      name: 'bare shares in whole percents adding up to exactly 100%, no total stated',
      text: p('从来信类型看，咨询类60件，占比60%；投诉类45件，占比40%。'),
      findings: [{ code: 'figure/share', at: '60%', message: '占比与各项之和不符：各项占比之和为100%，各项即总数的全部，60件÷(60件+45件)=57.14%，应为57%，文中为60%（另有1项也不符，可能是某项数值有误）' }],
    },
    {
      name: 'items one a line (plain text, each line a paragraph), named 方面, each with its change, the total on the line before',
      format: 'plaintext',
      text: '全年共受理群众诉求2000件，较上年增加300件。\n城乡建设方面400件，占比20%，较上年增长5%。\n社会保障方面300件，占比18%，较上年下降2%。\n交通出行方面200件，占比10%。\n',
      findings: [{ code: 'figure/share', at: '18%', message: /^占比与同列其他各项不符：其他各项推算的总数约为2000件.*300件÷2000件=15\.00%/ }],
    },
    {
      name: 'items one a sentence (…类诉求), their changes in asides',
      text: p('全年共受理群众诉求2000件，同比增加300件。咨询类诉求400件，占20%（同比增长5%）。投诉类诉求300件，占18%（同比下降2%）。求助类诉求200件，占10%。'),
      findings: [{ code: 'figure/share', at: '18%', message: '占比与部分、总数不符：300件÷2000件=15.00%，应为15%，文中为18%（按18%计，部分约应为360件）' }],
    },
    {
      name: 'a list led as the main ones (主要集中在：) with a bare share after it: of the group, against the whole before',
      text: p('全年共受理群众来电4000件，同比增长5%。来电主要集中在：住房类1200件、交通类980件、教育类770件，占比70%。'),
      findings: [{ code: 'figure/share', at: '70%', message: '占比与部分、总数不符：(1200件+980件+770件)÷4000件=73.75%，应为74%，文中为70%（按70%计，部分约应为2800件）' }],
    },
    {
      name: 'counts listed with ，and a share said of them together (共占)',
      text: p('全年共受理群众来电4000件，同比增长5%。住房类1200件，交通类980件，教育类770件，共占80%。'),
      findings: [{ code: 'figure/share', at: '80%', message: '占比与部分、总数不符：(1200件+980件+770件)÷4000件=73.75%，应为74%，文中为80%（按80%计，部分约应为3200件）' }],
    },
    {
      name: 'a 其中 part whose clause joins words by 、 before it, its share of the count right before',
      text: p('全局执法人员240人，其中具有法律、会计等专业资格的84人，占36.0%。'),
      findings: [{ code: 'figure/share', at: '36.0%', message: '占比与部分、总数不符：84人÷240人=35.00%，应为35.0%，文中为36.0%（按36.0%计，部分约应为86人）' }],
    },
  ],
});
