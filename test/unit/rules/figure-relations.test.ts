// figure/change, figure/conflict, figure/target (+ meta/forecast): tables with the tricky negatives.
import { figureChange } from '../../../src/core/rules/figure-change';
import { figureConflict } from '../../../src/core/rules/figure-conflict';
import { figureTarget } from '../../../src/core/rules/figure-target';
import assert from 'node:assert/strict';
import { lintText } from '../../../src/core/lint';
import { loadSegmenter } from '../../../src/core/segmenter';
import { fixesOffered, ruleTable } from '../rule-table';

const report = (results: string, plan = '') =>
  `# 某市人民政府关于2023年法治政府建设情况的报告\n\n市人民政府：\n\n2023年，我市推进法治政府建设。\n\n## 一、主要举措和成效\n\n${results}\n\n## 二、2024年工作安排\n\n${plan || '继续推进各项工作。'}\n`;

ruleTable(figureChange, {
  valid: [
    report('其中，发生一次死亡10人以上特大交通事故21起，造成323人死亡；与去年同期相比，事故起数减少11起，下降34.4%；死亡人数减少131人，下降28.9%。'),
    // The year before's value between the current value and the amount: the base, not the current value (22−18=4, 4÷22).
    report('全市共发生死亡事故18起，去年同期为22起，减少4起，同比下降18.2%。'),
    report('1-9月份，全市共发生各类安全生产死亡事故18起，去年1-9月份发生各类安全生产死亡事故22起，事故总起数比去年减少4起，同比下降18.2%。'),
    // An amount against the month before and a percent against the year before have two bases: no pair.
    report('本月共转派工单4567件。按期签收率100%。较上月办件增加283件，同比上升6.11%。'),
    report('共受理1500件，较上月增加400件，同比增长20.4%。'),
    // Amounts named by a count's verb alone, right.
    report('截至3月30日，法院共受理各类案件1803件，结案894件，结案率49.58%。与上年同比，受案增加167件，上升10.21%，结案增加34件，上升3.95%。'),
    // The percent in an aside after the amount, right; the aside of a share (占…) is no change.
    report('2021年末，卫生人员总数1398.3万人，比上年增加50.8万人（增长3.8%）。'),
    report('2021年末，卫生人员总数1398.3万人，比上年增加50.8万人（占全省的12.5%）。'),
    // 从 of 从业人员 opens no earlier value: the change is of the total, by the amount after it.
    report('全年全省城镇单位从业人员劳动报酬总额1027.74亿元，比上年增加155.92亿元，增长17.9%。'),
    // Cases closed (已结) changed, not the new cases stated before: another count.
    report('一季度全国法院新收审判类案件442.2万件，其中4省法院新收案数均超25万件。截至3月31日，全国法院已结审判类案件增加7.3万件，上升2.68%，未结案件减少17.6万件，下降5.08%。'),
    // 加 before the figure after 比 adds it: an amount, not last year's value.
    report('本级“三公”经费预算数为251.82万元，比上年预算数加23.47万元，与上年预算数相比增长10.28%。'),
    // A yearly average is compounded over the years between: 21.4% a year from 7363 to 19438 in five years.
    report('全省金融机构存款余额从2010年的7363亿元增长到2015年的19438亿元，年均增长21.4%。'),
    // The budget a completion ratio is of is no current value of the change after it (220−120=100).
    report('国有资产经营收入完成220万元，完成年初预算150万元的146.67%，完成调整预算的100%，比上年120万元增加100万元，增长83.33%。'),
    // The change of the 2429 institutions (27÷2456=1.1%), not of the 90 deregistered in its 其中 list.
    report('从事其他类鉴定的机构为2429家，其中新审核登记机构数为84家，注销机构数为90家，比去年减少27家，减少率为1.1%。'),
    report('棉花播种面积3.69千公顷，增加0.17千公顷，增长4.8%。'),
    // The change's subject names another verb than the count before it (审执结 vs 新收): no change of that count.
    report('各省法院新收案件1488.9万件，同比上升14.54%。其中，广东新收案数超100万件。\n\n截至6月末，各省法院审执结案件数同比增加174.1万件，上升17.14%。'),
    report('12月份全省发生各类生产安全事故106起、死亡44人，同比减少1起、少死亡8人，分别下降0.9%和15.4%，无较大事故。'),
    report('1月至7月，全省发生各类生产安全事故641起、死亡687人、受伤216人，同比减少302起、307人、174人，下降32.03%、30.89%、44.62%。'),
    report('全州发生各类生产安全事故42起、死亡45人，受伤15人，与去年同期相比事故起数减少3起，死亡人数减少6人，分别下降6.7%、11.8%，受伤人数增加1人，上升7.1%。'),
    // A gap in points to a benchmark below zero (the numbers carry no sign): not judged.
    report('全市财政收入增长4.7%，较二季度平均8.8%的收入增幅有所回落，仍高于全省平均增幅(-8.9%)13.6个百分点。'),
    // A change of 增值税 is no change of 增值税留抵退税, which names a narrower amount.
    report('全市增值税留抵退税累计完成11亿元，拉低全市税收收入增幅13.4个百分点。全市增值税减收10亿元，下降34.8%。'),
    // The noun named last in the count's words is the one that counts: 交易金额 closing them is not narrowed.
    report('全年完成各类交易事项1137个，交易金额145.786亿元。和去年同期相比，项目交易数量减少72个，减幅为5.95%；交易金额增长72.19亿元，增幅为98.09%。'),
    report('相山区共发生4起事故，死亡7人，事故起数同比下降33.3%，死亡人数同比下降22.2%；（2022年1-8月份共发生6起事故，死亡9人）。'),
    // An aside of another year than the one before: no comparison.
    report('相山区共发生4起事故，死亡7人，事故起数同比下降33.3%，死亡人数同比下降32.2%；（2021年1-8月份共发生6起事故，死亡9人）。'),
    report('全年共发生道路交通事故378781起，造成89455人死亡、431139人受伤。与上年相比，死亡人数减少9283人，下降9.4%；受伤人数减少38772人，下降8.3%。'),
    // Percents in turn, each repeating the change word ("分别下降28%和下降28.4%"), over amounts in turn: 7÷25, 25÷88.
    report('2023年，全县发生较大事故18起、死亡63人，同比减少7起、25人，分别下降28%和下降28.4%。'),
    // Two ways (下降…和上升…): no list in turn of one change.
    report('2023年，全县发生较大事故18起、死亡63人，同比减少7起、增加25人，分别下降28%和上升28.4%。'),
    // An item of an enumeration of many kinds (…5390件、…) is no count a later change of a case type changes.
    report('全年没收木材9.85万立方米、种子0.94万公斤，没收野生动物11.68万只，收缴野生动物制品5390件、野生植物制品2727件。\n\n违反野生动物保护法规案件同比增加2886起，上升54.42%。'),
    // The deaths before their noun ("造成558人死亡") and the change of 死亡人数 agree: 249÷(558+249)=30.9%.
    report('全年发生较大交通事故38起，造成558人死亡。与上年相比，事故起数减少9起，下降19.1%；死亡人数减少249人，下降30.9%。'),
    // An amount after a sentence on a narrower count (较大交通事故38起) may change that count: not the total further back.
    report('2023年，全县共发生道路交通事故3787起。与上年相比，事故起数减少714起，下降15.9%。全县发生一次死亡3人以上较大交通事故38起。与上年相比，事故起数减少9起，下降19.1%。'),
    // The amount of a later sentence (与去年同期相比…增加了399件) and the 同比 percent after its count agree: 399÷2461=16.2%.
    report('本月共受理各类咨询2860件，同比增长16.2%，环比增长19.2%。其中涉及市场监管业务咨询2272件，占咨询总量的79.4%。与去年同期相比，咨询业务总量增加了399件。'),
    // Two counts the subject names alike, neither a total: which one changed is not known.
    report('本月受理投诉860件，同比增长12.5%；受理举报420件，同比增长9.8%。与去年同期相比，受理量增加了150件。'),
    // The change is of the count with some left out (排除…后), which the text does not give.
    report('全市共受理群众诉求716535件，排除新冠疫情相关诉求后，受理量与去年同期777733件相比，下降8.32%。'),
    // One day's count against another's (2月13日…比2月4日), no change of the period's total stated before.
    report('2月4日至2月13日，全省共接到投诉举报2193件。2月13日防护产品相关投诉举报数比2月4日减少509件，下降79.8%。'),
    // A cut from the count before (将原有…压缩为…) that agrees.
    report('将原有28个执法队伍压缩为8个，缩减71.4%。'),
    // Two amounts each with its own change word, the percents right; amounts going two ways are not paired.
    report('发生道路交通事故3起，死亡3人，同比减少9起、下降11人，同比下降75%和79%。发生火灾3起，死亡3人，同比减少9起、增加1人，同比下降75%和20%。'),
    // The amount of a move that agrees; an amount of another count after a move is not its amount.
    report('申请材料由2410件减少到1885件，共减少525件。收案由120件增加到150件，结案增加20件。'),
    // Changes after a 其中 that follows another change of the sentence are of parts of that one's subject (一般…): no
    // earlier count names them whole.
    report('本年度对生产经营单位作出行政处罚47件，其中：一般行政处罚38件；事故处罚9件。对个人作出行政处罚15件，其中：一般行政处罚4件；事故处罚11件。全区办理的一般行政处罚案件同比上年度增长6件，增长16.6%，其中对生产经营单位行政处罚案件同比增长4件，增长11.7%，对个人行政处罚案件同比增长2件，增长100%。'),
    // Amounts whose subjects name counts stated earlier in the sentence, both exact; a subject naming two counts: silent.
    report('1-6月份，全市共发生各类生产安全事故29起，死亡24人，受伤10人，与去年同期相比，事故起数减少5起，下降14.71%；死亡人数减少6人，下降20.00%。'),
    report('1-6月份，全市共发生各类生产安全事故29起，其中较大事故2起，与去年同期相比，事故起数减少5起，下降24.71%。'),
    // 较大 names a grade of accident, no comparison: the amount and percent after 与去年同期相比 are of the count before.
    report('全年共发生较大交通事故14起，与去年同期相比，事故起数减少6起，下降30%。'),
    // Each comparison with its own amount and percent, the second past the first; an aside's pair; an aside's change of
    // a part (其中…) is no change of the count.
    report('本月共受理举报290件，与去年同期相比下降了12件，同比下降4.0%；与上月相比下降了70件，环比下降19.4%。'),
    report('全年办结林业行政案件88件（较2022年同期减少22件，同比下降20%），处罚90人次。'),
    report('全年办结案件88件（其中涉企案件减少22件，同比下降30%）。'),
    // A change called about: within a point of the change (to decimals), or a whole percent, or a bound (近/超过): silent.
    report('全年共收到行政复议申请936件，比上年的712件增加约224件，同比增长约31.9%。'),
    report('全年共收到行政复议申请936件，比上年的712件增加224件，同比增长约30%。'),
    report('全年共收到行政复议申请936件，比上年的712件增加224件，同比增长近36.46%。'),
    // A change naming the series' last year first ("2023年较上年") compares the last two values; another year: silent.
    report('2021年、2022年、2023年受理行政复议案件分别为120件、150件、180件，2023年较上年增长20%。'),
    report('2021年、2022年、2023年受理行政复议案件分别为120件、150件、180件，2022年较上年增长30%。'),
    // A sentence opening with a count's words and last year's value compares the count stated under those words before;
    // words no count was stated under: silent.
    report('全年查处违法行为2400起，其中简易程序案件2100起，一般程序案件300起。一般程序案件较上年的250起增长20%。'),
    report('全年查处违法行为2400起，其中简易程序案件2100起，一般程序案件300起。行政处罚案件较上年的250起增长30%。'),
    // Values compared in turn with bases of their own (分别比/较, bases joined by 、, in or out of brackets): no one pair is
    // read across them (100件 → 80件 is no fall).
    report('全年受理行政复议案件120件、行政诉讼案件80件，分别比上年的100件、70件增长20%、14.3%。'),
    report('全年受理行政复议案件120件、行政诉讼案件80件，分别较上年（100件、70件）增长20%、14.3%。'),
    report('全年受理行政复议案件120件、行政诉讼案件80件，较上年的100件、70件分别增长20%、14.3%。'),
    // Amounts compared in turn that agree place by place (last year's values unwritten: 100, 70; 140, 90), the amounts
    // also after the percents; last year's values in a clause of their own.
    report('全年受理行政复议案件120件、行政诉讼案件80件，同比分别增长20%、14.3%，分别增加20件、10件。'),
    report('全年受理行政复议案件120件、行政诉讼案件80件，上年同期分别为100件、70件，同比分别增长20%、14.3%。'),
    report('全年受理行政复议案件120件、行政诉讼案件80件，分别较上年增加20件、10件，同比分别增长20%、14.3%。'),
    report('全年受理行政复议案件120件、行政诉讼案件80件，分别比上年减少20件、10件，分别下降14.3%和11.1%。'),
    // An amount between two decimals agrees exactly, float noise aside (4.52−2.87 is 1.6499999999999995 in binary).
    report('全市食品抽检量达到4.52批次/千人，比2022年的2.87批次/千人增加了1.65批次/千人。'),
    report('一般公共预算收入累计完成99552万元，占年初预算数109466万元的90.9%，同比增长9.1%，增收8300万元。'),
    report('1-2月，全县实现大口径财政收入17056万元，完成预算的16.18%，较均衡进度慢0.48%，较上年同期增收2113万元，增长14.14%。'),
    // 和 alone joins two years: each is a year of its own.
    report('2023年和2024年全县分别办理行政复议案件120件、150件，同比增长25%。'),
    // The amount after the percent agrees; a trailing count of something else is no amount; nor a rounded 亿 figure.
    report('全市财政总收入完成191347万元，较上年同期增长15.35%，增收25457万元。'),
    report('全年受理案件1500件，同比增长20%，新增案件类型3类。'),
    // Gaps to a benchmark: right, unstated, two rates with one gap each, or over another period (pointChange's).
    report('全市行政机关负责人出庭应诉率为98.5%，高于全省平均水平（95.1%）3.4个百分点。'),
    report('全市行政诉讼败诉率为6.2%，比全省平均水平8.9%低2.7个百分点。'),
    report('行政复议结案率为95%，高于全省平均水平2个百分点。'),
    report('城区空气质量优良天数比例为92.8%，总体较上年同期93.3%下降0.5个百分点。'),
    report('调解成功率98%，化解率95%，分别高于全省平均水平1.2个和0.8个百分点。'),
    // Values with percents in turn that fit last year's stated in the sentence before; of another year there.
    report('2022年，全县受理行政复议案件100件、行政诉讼案件70件。2023年，全县受理行政复议案件120件、行政诉讼案件80件，同比分别增长20%、14.3%。'),
    report('2021年，全县受理行政复议案件100件、行政诉讼案件70件。2023年，全县受理行政复议案件120件、行政诉讼案件80件，同比分别增长25%、10%。'),
    // …the later value named by its verb alone; a series told from the latest year back, last year's stated after (its
    // own clause past a ； too, its subject said once).
    report('2022年，全县受理案件80件，审结70件。2023年，全县受理案件120件，审结77件，同比分别增长50%和10%。'),
    report('2023年，市中级人民法院受理案件900件，审结800件，比2022年分别上升12.5%和6.7%。2022年，市中级人民法院受理案件800件，审结750件，比2021年分别上升25%和25%；2021年受理案件640件，审结600件。'),
    // Values with percents in turn that fit last year's values listed after them; last year's of another kind.
    report('全年受理行政复议案件、行政诉讼案件分别为120件、80件，同比分别增长20%、14.3%（上年分别为100件、70件）。'),
    report('全年办理法律援助案件1200件、接待咨询8000人次，同比分别增长20%、10%，上年同期分别为1000人、7200件。'),
    // Changes in points in turn that fit, and without last year's rates stated (nothing to check them against).
    report('全年案件结案率、群众满意率分别为96.5%和98.2%，较上年分别提升1.2和0.6个百分点，上年分别为95.3%、97.6%。'),
    report('全年案件结案率、群众满意率分别为96.5%和98.2%，较上年分别提升1.2和0.8个百分点。'),
    // Gaps stated after both percents (or before the benchmark's aside), right; the same place named in both clauses; two rates
    // of different stems; a change over the year between; a gap to a place neither clause names.
    report('全市行政机关负责人出庭应诉率为96.5%，全省平均出庭应诉率为90.2%，高于全省平均水平6.3个百分点。'),
    report('全省平均办结率为92.1%，我县办结率为97.3%，高出全省5.2个百分点。'),
    report('我市复议纠错率为12.5%，全省平均为9.4%，高出全省3.1个百分点。'),
    report('我市行政复议纠错率为12.5%，比全省平均水平高出3.1个百分点（全省为9.4%）。'),
    report('全省调解成功率为96.5%，全省平均化解率为90.2%，高于全省平均水平7.3个百分点。'),
    report('全县办结率为97.3%，全县满意率为92.1%，高出全市5.8个百分点。'),
    report('全区出庭应诉率为98.5%，较上年提高2.5个百分点，高于全市平均水平3.2个百分点。'),
    report('全县行政诉讼败诉率为5.2%，全市平均败诉率为8.6%，低于全国平均水平2.4个百分点。'),
    report('全年受理案件1500件，同比增长20%，其中复议400件。'),
    report('全市一般公共财政预算收入完成38.3亿元，同比增长20.4%，增收6.5亿元。'),
    // Last year's value in an aside or a clause of its own, agreeing; an amount within the rounding of values in 万.
    report('全年发放困难群众救助金186万元，比上年减少14万元（上年为200万元）。'),
    report('全年受理群众来信2340件，上年同期为2100件，同比增加240件。'),
    report('全年发放补贴2.86万元，比上年减少0.4万元（上年为3.2万元）。'),
    report('专项资金达到1.5亿元，比上年的1.2亿元增加2000万元。'),
    report('受理行政复议案件1113件，较2022年558件增加了555件，同比增长99.5%。'),
    report('受理案件1113件，较2022年558件增长99.5%。'),
    report('分值占比由3%提高到5%。'),
    report('公证处共办理各类公证8527件，比去年同期上升42%。'),
    report('办件量由200件增加到300件，增长50%。'),
    // A move of another thing before the count the change speaks of: the change is that count's, not the move's.
    { name: 'a move of mediation rooms, then the count that rose', text: report('驻所调解室由4个增加到11个，全年共调解矛盾纠纷6420件，比上年增长37.5%。') },
    report('办件量同比增长2.5个百分点。'),
    { name: 'a large rise a whole prior count explains: 146÷20−1=630%', text: report('收到来信感谢146件，同比增长630.00%。') },
    { name: 'a large rise in a lead, stated again in the body after the count a whole prior explains', text: report('全市法律援助案件同比增长346.8%。\n\n截至6月15日，市法律援助中心办理法律援助案件210件，与去年同期相比增长346.8%。') },
    // A large rise among sibling rises of which another is large too: a steep year, no digit slipped out of its list.
    { name: 'a large rise among large sibling rises, joined by ；', text: report('其中，按日计罚案件上升59%；查封扣押案件上升200%；限产停产案件上升339%；移送行政拘留案件上升210%。') },
    { name: 'a month named before its base, in brackets or not, that fits', text: report('9月份，全市案件总数为486件，较8月份(418件)增长16%；查封扣押案件212件，较8月份的176件增长20%。') },
    { name: 'a large rise among large sibling rises, one a sentence in the paragraph', text: report('与上年相比，各类案件数量均有所上升。其中，按日计罚案件上升59%。查封扣押案件上升200%。限产停产案件上升339%。移送行政拘留案件上升210%。') },
    { name: 'a large rise beside a second rise over 100%, joined by ，', text: report('全年开展普法活动场次同比增长315%，受众人数同比增长140%。') },
    { name: 'large rises of two channels, 提高/增加 worded', text: report('网上申请法律援助件数较上年提高420%，电话申请件数较上年增加180%，来访申请基本持平。') },
    { name: 'the base implied by the change amount: 400÷(1500−400)=36.4%', text: report('办理法律援助案件1500件，较上年增加400件，同比增长36.4%。') },
    { name: 'an implied base for a decrease: 300÷(1200+300)=20%', text: report('行政复议案件1200件，比上年减少300件，下降20%。') },
    { name: 'the amount and the percent of different metrics', text: report('办理法律援助案件1500件，较上年增加400件，其中刑事案件同比增长25%。') },
    // A sentence opening with the comparison and the amount, of the paragraph's one whole count: right; two counts that
    // could hold it (a 其中 part); a subject of its own.
    report('全月热线中心共转派工单4,567件。按期签收率100%，按期办结率100%。较上月办件增加263件，同比上升6.11%。'),
    report('1-9月，全区12345热线共受理工单6455件。比上年同期增加1419件，同比增长率为28.18%。'),
    report('全年共受理信访事项500件。其中集体访50件。较上年减少20件，下降5%。'),
    report('全年共受理信访事项500件，办结480件。集体访较上年减少20件，下降5%。'),
    // A change right after a series of one value a year: right; years not one by one; kinds, not years; more years than values.
    report('2022年、2023年全市行政诉讼败诉率分别为9.6%、6.1%，下降3.5个百分点。'),
    // A change said of a noun's total (纠纷总量) after other counts: of the one count stated under that noun; two such counts
    // (their sum unstated), no guess.
    report('全年排查化解矛盾纠纷520件，调解成功496件，调解成功率95.4%，纠纷总量较上年的600件下降13.3%。'),
    report('全年调解婚姻纠纷52件、邻里纠纷40件，纠纷总量较上年的80件增长16%。'),
    // The rate of a change (增加率) after the amount is the change: 120÷(820−120).
    report('10月份投诉举报工单共820件，较上月增加120件，环比增加率为17.14%。'),
    // A rate of the cut after a move down (由A…精简至B) is (A−B)÷A; after a move up it is not read.
    report('窗口数量由原来的80个精简至30个，窗口整合率62.5%。'),
    report('窗口数量由原来的30个增加至80个，窗口整合率62.5%。'),
    // …or its 量/数量 ("案件量"); a base of 上年度 (not 上年 with a noun 度).
    report('全年办理行政处罚案件460件，案件量较上年度400件增长15%。'),
    // A subject not under the total's noun is another metric's: no current value stated.
    report('全年受理行政复议申请460件，案件量较上年400件增长25%。'),
    // 较上年 after a series of years compares its last two values, as 同比 does; with the report's year between, the change
    // is of a value the series does not hold.
    report('2021年、2022年、2023年执法人员持证率分别为84.6%、87.9%、90.3%，较上年提高2.4个百分点。'),
    report('2021年、2022年执法人员持证率分别为84.6%、87.9%，2023年较上年提高2.4个百分点。'),
    report('2021—2023年受理行政复议案件分别为120件、150件、180件，同比增长20%。'),
    report('2021年、2023年受理案件分别为120件、150件，增长20%。'),
    report('行政处罚、行政许可案件分别为120件、150件，增长20%。'),
    report('2020—2023年受理行政复议案件分别为120件、150件、180件，同比增长25%。'),
    // Last year's level in an aside after the change in points, right; another metric named by the change.
    report('全市行政诉讼败诉率为6.1%，同比下降3.5个百分点（上年为9.6%）。'),
    report('网上办理率达95.2%，比上年提升5.0个百分点（2022年为90.2%），较上年提高5.5%（2022年为90.2%）。'),
    report('全市行政复议结案率为96.1%，纠错率同比下降3.5个百分点（上年为19.6%）。'),
    // A change of a level after a table of two periods with its column, right (in points or relative); three periods; no
    // level named (a count's change); the column's subject not named.
    report('各季度办理情况如下。\n\n| 季度 | 受理数 | 办结率 |\n| --- | --- | --- |\n| 一季度 | 1200 | 95.5% |\n| 二季度 | 1300 | 97.0% |', '办结率变化：呈上升趋势，提高了2.5%。'),
    report('各季度办理情况如下。\n\n| 季度 | 受理数 | 办结率 |\n| --- | --- | --- |\n| 一季度 | 1200 | 95.5% |\n| 二季度 | 1300 | 97.0% |\n\n办结率变化：呈上升趋势，提高了1.5%。'),
    report('各季度办理情况如下。\n\n| 季度 | 受理数 | 办结率 |\n| --- | --- | --- |\n| 一季度 | 1200 | 95.5% |\n| 二季度 | 1300 | 97.0% |\n\n办结率变化：呈上升趋势，提高了1.57%。'),
    report('各季度办理情况如下。\n\n| 季度 | 受理数 | 办结率 |\n| --- | --- | --- |\n| 一季度 | 1200 | 95.5% |\n| 二季度 | 1300 | 97.0% |\n| 三季度 | 1250 | 96.0% |\n\n办结率变化：呈上升趋势，提高了2.5%。'),
    report('各季度办理情况如下。\n\n| 季度 | 受理数 | 办结率 |\n| --- | --- | --- |\n| 一季度 | 1200 | 95.5% |\n| 二季度 | 1300 | 97.0% |\n\n受理数变化：呈上升趋势，增长了12%。'),
    report('各季度办理情况如下。\n\n| 季度 | 受理数 | 办结率 |\n| --- | --- | --- |\n| 一季度 | 1200 | 95.5% |\n| 二季度 | 1300 | 97.0% |\n\n满意率变化：呈上升趋势，提高了2.5%。'),
    // The comparison in a clause of its own, or 比上年多/少, right; 多 without a comparison is no amount.
    { name: 'an implied base after a comparison clause of its own, right', text: report('全年共受理行政复议案件1500件，与去年同期相比，增加400件，增长36.4%。') },
    { name: 'an implied base after 比上年少, right', text: report('全年调处矛盾纠纷1200起，比上年少300起，下降20%。') },
    { name: 'a count with 多 and no comparison', text: report('全年调处矛盾纠纷1200起，多300起为邻里纠纷，增长25%。') },
    // A change over "N余"/"N多" counts within the range they allow; an approximation by 约 gives no range.
    { name: 'a rise over 万余 and 余 counts within their range', text: report('拆除违法建筑1.9万余平方米，同比2022年度，拆除面积增加7000余平方米，提升58.3%。') },
    { name: 'a fall over 余 counts within their range', text: report('受理信访事项5000余件，同比减少1000余件，下降20%。') },
    { name: 'an amount by 约', text: report('全年办理法律援助案件1.2万余件，较上年增加约3000件，增长80%。') },
    { name: 'another noun before the amount', text: report('调解纠纷3000多件，比上年新增调解员500多名，增长20%。') },
    // The comparison worded otherwise (上期, 上月, 环比, 相比, 同比去年), right.
    { name: 'an implied base after 较上期相比, right: 40÷(1860+40)=2.11%', text: report('全年共受理行政复议申请1860件，较上期相比减少40件，环比下降2.11%。') },
    { name: 'an implied base after 与上月相比, right', text: report('12345热线本月接听来电5200个，与上月相比增加200个，环比增长4%。') },
    { name: 'the actual amount against the year before\'s final accounts (决算数), right', text: report('一般公共预算收入实际完成15.39亿元，比上年决算数14.94亿元增长3.0%。') },
    { name: 'counts in two measures and last year\'s pair, a percent each after 分别, right', text: report('本院共受理各类审查逮捕案件97件134人，去年同期为197件375人，件数和人数分别同比下降50.76%、64.27%。') },
    { name: 'an implied base after a named month (比10月份), right', text: report('本月共受理消费者投诉359件，占总诉求量的56.09%，比10月份增加33件，环比增加率为10.12%。') },
    { name: 'an implied base after 环比, right (thousands comma)', text: report('全市新收信访事项1,200件，环比减少300件；下降20%。') },
    { name: 'an implied base after 比上季度, another metric\'s percent', text: report('本季度调处矛盾纠纷960起，比上季度减少40起，其中婚姻家庭纠纷下降5%。') },
    { name: 'an approximate amount gives no base', text: report('办理法律援助案件720件，同比去年增加约120件，增长25%。') },
    // 同比去年 / 环比上季度 before the base, right; two comparisons in one sentence, each against its own base.
    { name: 'a base after 同比去年, right', text: report('全年接听12345热线来电48000个，同比去年40000个增长了20.00%。') },
    { name: 'the later year first, right', text: report('2023年受理法律援助案件120件，2022年受理法律援助案件100件，同比增长20%。') },
    { name: '累计 (over years) is no total word: another count than the year\'s', text: report('2022年累计办理应诉案件72件，2023年共办理应诉案件165件，同比增长120%。') },
    { name: 'the later year first, two years apart: no pair', text: report('2023年受理法律援助案件120件，2021年受理法律援助案件100件，同比增长25%。') },
    { name: 'the year before named by the current value\'s verb, right; by another verb (结转) no base', text: report('全年依法受理行政复议申请254件，上年受理213件，同比增长19.2%。全年受理申请254件，上年结转213件，同比增长5%。') },
    { name: 'last year after 而…仅, right; 增长率 right', text: report('全年受理信访事项240件，而上年同期仅200件，增长了20%。全年受理消费投诉1200件，上年为1000件，增长率为20%。') },
    { name: 'two bases in one sentence (环比 then 同比), both right', text: report('本季度登记消费投诉举报9600件，环比上季度8000件增长了20%，同比去年7500件增长了28%。') },
    { name: 'a base after 同比去年 of another subject is no base', text: report('本季度登记消费投诉9600件，举报同比去年7500件增长了20%。') },

    { name: 'an amount that is not a change of the figure before it', text: report('办理法律援助案件1500件，新增法律援助工作站400个，同比增长25%。') },
    // Last year's value in an aside after the comparison words or right after the change, right; an aside of the report's
    // own year is no base.
    { name: 'a base in an aside after 较去年同期, right', text: report('全年受理信访事项860件，较去年同期（900件）减少40件，下降4.4%。') },
    // Each item's aside is its own percent's base: the second item is not compared with the first one's base.
    { name: 'two items, each with its base in an aside, the second a decrease', text: report('全年共受理信访事项4210件，同比上年（3980件）上升5.78%。其中来信1630件，同比上年（1500件）上升8.67%，化解积案12件；来访2580件，同比上年（2680件）下降3.73%。') },
    { name: 'two items with bases in asides after 较上年', text: report('其中投诉934件，较上年（860件）增长8.6%；举报1,210件，较上年（1,320件）下降8.3%。') },
    { name: 'two items with bases in asides after 比去年同期', text: report('法律援助中心受理民事案件380件，比去年同期（350件）增加8.57%，受理刑事案件120件，比去年同期（150件）减少20.00%。') },
    { name: 'a base in an aside after the change, right', text: report('全年受理行政复议案件320件，同比增长14.3%（2022年为280件）。') },
    { name: 'an aside of the report year after the change is no base', text: report('全年受理行政复议案件320件，同比增长15.3%（2023年为280件）。') },
    // A change amount alone, right: the subject may be repeated before 较; the base's verb may be the current's (新收).
    { name: 'a right change amount with no percentage', text: report('新收行政案件1200件，与2022年同期新收1300件相比减少100件。') },
    { name: 'a change amount of another metric than the base named', text: report('共受理各类行政诉讼案件2415件，与2022年同期收案2390件相比增加11件。') },
    { name: 'a repeated subject, right', text: report('中院新收一审行政案件85件，新收一审行政案件较2022年同期的159件减少74件，同比下降46.54%。') },
    { name: 'another subject before 较 is another metric', text: report('中院新收一审行政案件85件，基层法院新收案件较2022年同期的159件减少47件。') },
    { name: 'bases in brackets, two changes after 分别', text: report('2023年，全区调解组织共受理各类纠纷5420件(2022年4800件)，调解成功5310件(2022年4650件)，同比分别增长12.92%和14.19%。') },
    { name: 'a base in full-width brackets', text: report('区法院受理一审行政案件413件（2022年260件），同比增长58.85%。') },
    { name: 'changes after 分别 of other metrics', text: report('2023年，受理纠纷5420件(2022年4800件)，调解成功5310件(2022年4650件)，调解率和满意率同比分别提高2%和3%。') },
    { name: 'the change of a part named before it', text: report('2023年，受理纠纷5420件(2022年4800件)，其中邻里纠纷同比增长5%。') },
    { name: 'a bracketed base of 上年同期', text: report('办理法律援助案件1500件（上年同期1200件），同比增长25%。') },
    { name: 'an aside that is not last year\'s value', text: report('2023年，受理行政复议案件413件(其中2022年结转32件)，同比增长12%。') },
    { name: 'a bracketed year that is not the year before the sentence\'s', text: report('2023年，受理行政复议案件413件(2021年260件)，同比增长12%。') },
    { name: 'two clauses opening with consecutive years', text: report('2022年共办理应诉案件72件，2023年共办理应诉案件165件，同比增长129.17%。') },
    { name: 'the later year with the verb alone', text: report('2022年共办理应诉案件72件，2023年共办理165件，同比增长129.17%。') },
    // Another verb, or another object, is another count.
    { name: 'the later year with another verb', text: report('2022年共办理应诉案件72件，2023年共审结165件，同比增长120%。') },
    { name: 'the later year with another object', text: report('2022年共办理应诉案件72件，2023年共办理复议案件165件，同比增长120%。') },
    { name: 'consecutive years counting different things', text: report('2022年受理案件300件，2023年办结360件，同比增长25%。') },
    { name: 'years that are not consecutive', text: report('2021年受理案件300件，2023年受理案件360件，同比增长25%。') },
    { name: 'fewer bracketed bases than changes after 分别', text: report('2023年，受理各类纠纷5420件(2022年4800件)，调解成功5310件，同比分别增长12.92%和10%。') },
    // Percentage points: the difference of the two percents; a percent change between percents is relative (not checked),
    // so "下降36.5%" and "下降3.5%" after 9.6%→6.1% are left alone; no base, no check.
    { name: 'percentage points between consecutive years', text: report('2022年行政诉讼败诉率为9.6%，2023年为6.1%，同比下降3.5个百分点。') },
    { name: 'percentage points after the last year of a series', text: report('2021年败诉率为12.0%，2022年败诉率为9.6%，2023年败诉率为6.1%，同比下降3.5个百分点。') },
    { name: 'percentage points against a base after 较', text: report('2023年行政诉讼败诉率6.1%，较2022年的9.6%下降3.5个百分点。') },
    { name: 'percentage points from 由 to', text: report('败诉率由9.6%下降到6.1%，下降了3.5个百分点。') },
    { name: 'a relative change between two percents', text: report('败诉率由9.6%下降到6.1%，下降36.5%。') },
    { name: 'a percent written for points is not guessed at', text: report('败诉率由9.6%下降到6.1%，下降3.5%。') },
    { name: 'percentage points without a base', text: report('行政复议纠错率为12.5%，同比提高2.1个百分点。') },
    { name: 'percentage points of consecutive years counting different things', text: report('2022年败诉率为9.6%，2023年调撤率为6.1%，同比下降3.4个百分点。') },
    { name: 'a later year clause with only a verb', text: report('2022年受理案件300件，2023年为360件，同比增长20%。') },
    // A rate's change against a named year, in points written as % or as a relative change: either is accepted.
    { name: 'a rate change against a named year, in points written as %', text: report('在2021年，全市案卷评查合格率为82.4%；在2022年，案卷评查合格率为85.1%。2023年案卷评查合格率为88.6%，较之2022年上升3.5%。') },
    { name: 'a rate change against a named year, relative', text: report('2022年案卷评查合格率为85.1%。2023年案卷评查合格率为88.6%，较2022年上升4.1%。') },
    { name: 'a rate change whose year is stated for no rate of that name', text: report('2022年案卷评查优秀率为25.1%。2023年案卷评查合格率为88.6%，较2022年上升9.1%。') },
    { name: 'a rate change against a year stated in another paragraph', text: report('2022年案卷评查合格率为85.1%。\n\n2023年案卷评查合格率为88.6%，较2022年上升9.1%。') },
    // Two year series side by side, then 分别: each change of its own pair, rounded figures within their rounding.
    { name: 'year series compared figure by figure after 分别', text: report('2022年全市调解纠纷2.4万件，涉及金额6.5亿元；2023年全市调解纠纷3.1万件，涉及金额9.1亿元，同比分别增长29%和40%。') },
    { name: 'year series: a rounded base may stand for a little more or less', text: report('2022年办理法律援助案件1.9万件，挽回损失2.0亿元；2023年办理法律援助案件3.98万件，挽回损失2.1亿元，同比分别增长了110%和5%。') },
    { name: 'year series of different words are not compared', text: report('2022年调解纠纷2400件，涉及金额6.5亿元；2023年化解纠纷3100件，涉及金额9.1亿元，同比分别增长50%和40%。') },
    { name: 'year series of years that are not consecutive', text: report('2021年调解纠纷2400件，涉及金额6.5亿元；2023年调解纠纷3100件，涉及金额9.1亿元，同比分别增长50%和60%。') },
    { name: 'year series: fewer figures in a year than changes', text: report('2022年调解纠纷2400件；2023年调解纠纷3100件，涉及金额9.1亿元，同比分别增长50%和60%。') },
    { name: 'a share (占比) is no base', text: report('行政诉讼结案率95%，其中在线办理占比35%，同比提高5个百分点。') },
    { name: 'percentage points of another rate after a checked change', text: report('全市出庭应诉率达98.5%，较上年的90%提升8.5个百分点，胜诉率较上年提高2个百分点。') },
    // The base named again after the period ("比上半年接通率96.80%"), and 高出.
    { name: 'a base named again after its period', text: report('全年12345热线接通率为97.35%，比上半年接通率96.80%提高0.55个百分点。') },
    { name: 'a base after 比上半年的, 高出', text: report('政务服务事项网办率为92.4%，比上半年的90.1%高出2.3个百分点。') },
    { name: 'a daily average against the half-year average named again', text: report('全年日均接听来电2450个，比上半年日均量2100个增长16.7%。') },
    { name: 'a subject before 较 is another metric', text: report('全年行政诉讼结案率为95%，调撤率较上年的40%提高7个百分点。') },
    { name: 'a base named again as something else', text: report('全年受理信访事项400件，比上年办结量300件增长50%。') },
    // A metric named before 比 whose value is not stated: the amount and the percent right after it are of the base.
    // Last year's count stated before and as the base alike; or of another noun.
    { name: 'the base of last year as stated the sentence before', text: report('2024年，全县共受理行政复议案件860件。2025年，全县共受理行政复议案件960件，比上年的860件增加100件。') },
    { name: 'the base of last year and a count of another noun the sentence before', text: report('2024年，全县共受理行政诉讼案件860件。2025年，全县共受理行政复议案件960件，比上年的870件增长10.3%。') },
    { name: 'a stock against the end of last year (较上年末), amount and percent agreeing', text: report('截至年底，在册社区矫正对象215人，较上年末增加8人，增长3.9%。') },
    { name: 'a named metric against its base, the amount and the percent agreeing', text: report('全市重大案件查办数比上年同期的80起增加36起，增幅45%。') },
    { name: 'a named metric against its base, a percent of something else after the amount', text: report('全市重大案件查办数比上年同期的80起增加36起，其中涉网案件增长40%。') },
    { name: 'an amount after 比上年多…, not a base', text: report('全年受理信访事项400件，比上年多受理80件，增长25%。') },
    { name: 'the current value after 较…增加到', text: report('全年受理信访事项较上年的320件增加到352件，增长10%。') },
    { name: 'an amount after 比上年新增…, not a base', text: report('全年受理信访事项400件，比上年新增受理80件，增长25%。') },
    { name: 'a 比例 is no comparison', text: report('全年受理申请400件，网上申请比例达到30%，增长5%。') },
    // The last item of a year series is the year before the value's.
    { name: 'points against the last item of a series of years (以来)', text: report('2020年以来，全市行政诉讼败诉率分别为12.5%、10.8%、9.4%，2023年审结一审行政案件210件，败诉率为7.6%，同比下降1.8个百分点。') },
    { name: 'points against the last item of a series of years (range)', text: report('2020—2022年，行政机关负责人出庭应诉率分别为85.2%、91.6%、96.3%，2023年出庭应诉率为98.1%，同比提高1.8个百分点。') },
    { name: 'a series whose years do not reach the year before', text: report('2019年以来，全市行政诉讼败诉率分别为12.5%、10.8%、9.4%，2023年审结一审行政案件210件，败诉率为7.6%，同比下降2.8个百分点。') },
    { name: 'a series of another rate', text: report('2020年以来，全市行政复议纠错率分别为12.5%、10.8%、9.4%，2023年审结一审行政案件210件，败诉率为7.6%，同比下降2.8个百分点。') },
    { name: 'a range of years that is not the series length', text: report('2019—2022年，出庭应诉率分别为85.2%、91.6%、96.3%，2023年出庭应诉率为98.1%，同比提高2.8个百分点。') },
    { name: 'points against the level of the named year in the sentence before', text: report('2022年，全区行政机关负责人出庭应诉率为91.2%。2023年，全区行政机关负责人出庭应诉率达到96.5%，比2022年提高5.3个百分点。') },
    { name: 'points against a named year whose level is not stated', text: report('2023年，全区行政机关负责人出庭应诉率达到96.5%，比2022年提高4.3个百分点。') },
    { name: 'an implied base of rounded 亿 figures, within their rounding', text: report('全县税收收入完成4.82亿元，比上年减收0.36亿元，下降6.9%。') },
    // The year before's value right after the current one, in a clause or an aside; 与…相比.
    { name: 'the year before stated right after the current value', text: report('全年行政复议纠错率为11.2%，上年为13.5%，同比下降2.3个百分点。') },
    { name: 'a count of the year before right after the current value', text: report('全年办理公证事项2310件，上年为2100件，同比增长10%。') },
    { name: 'a count of the year before right after the change', text: report('全年办理公证事项1680件，同比下降16%，上年同期为2000件。') },
    { name: 'a count of the year before after the change, a rate of the count between', text: report('全年受理群众来信来访328件次，按期办结率100%，同比下降6.8%，上年为352件次。') },
    // Of part of a year, a value of the year before not said to be of the same part may be the whole year's.
    { name: 'part of a year beside the year before without 同期', text: report('2023年1-11月办理公证事项1680件，同比下降20%，2022年为2000件。') },
    { name: 'part of a year beside the year before without 同期, the change last', text: report('今年上半年办理公证事项1680件，上年为2000件，同比下降20%。') },
    { name: 'a multiple at its decimals', text: report('全年办理法律援助案件1240件，是上年400件的3.1倍。') },
    { name: 'a whole multiple of a ratio that rounds to it', text: report('全年办理法律援助案件1240件，是上年400件的3倍。') },
    // Approximate multiples or values, and counts of other things, are not checked.
    { name: 'an approximate multiple', text: report('全年办理法律援助案件1240件，是上年400件的近4倍。') },
    { name: 'an approximate current value', text: report('全年办理法律援助案件1200余件，是上年400件的4倍。') },
    { name: 'a multiple of a count of other things', text: report('全年办理法律援助案件1240件，是上年400人的4倍。') },
    // The clause after the change states another count of the year before (办结, not 办理), or a year that is not the one before.
    { name: 'another count of the year before after the change', text: report('全年办理公证事项1680件，同比下降20%，上年同期办结2000件。') },
    { name: 'a year after the change that is not the year before', text: report('2023年办理公证事项1680件，同比下降20%，2021年为2000件。') },
    { name: 'an approximate count of the year before after the change', text: report('全年办理公证事项1680件，同比下降20%，上年同期为2000余件。') },
    { name: 'a value of two years before is no base', text: report('全年办理公证事项2310件，2021年为2100件，同比增长35%。') },
    { name: 'the year before in an aside of a level', text: report('全年行政复议纠错率为11.2%（上年为13.5%），同比下降2.3个百分点。') },
    { name: 'a base after 与 with 相比', text: report('全年行政复议纠错率为11.2%，与上年的13.5%相比下降2.3个百分点。') },
    { name: 'a series closing the sentence before', text: report('2019年以来，全省行政机关败诉率分别为12.3%、10.5%、10.8%。2022年全省行政机关败诉率为6.9%，同比下降3.9个百分点。') },
    { name: 'a series that does not close the sentence before', text: report('2019年以来，全省行政机关败诉率分别为12.3%、10.5%、10.8%，2021年审结一审行政案件1.2万件。2022年全省行政机关败诉率为6.9%，同比下降2.9个百分点。') },
    // A percent change between two rates of one sentence: points written as % or the relative change, either accepted.
    { name: 'a rate change in % after 较, written as points', text: report('全年行政复议纠错率为14.6%，较上年的12.1%上升2.5%。') },
    { name: 'a rate change in % after 较, relative', text: report('全年行政复议纠错率为14.6%，较上年的12.1%上升20.7%。') },
    { name: 'a rate change in % of consecutive years, relative', text: report('2022年网上办理率为80%，2023年为88%，同比提升10%。') },
    // A count against the same count stated for the named year in a sentence before.
    { name: 'a count against the named year\'s count in the sentence before', text: report('2022年，全县办理法律援助案件640件。2023年，全县办理法律援助案件704件，比2022年增长10%。') },
    { name: 'a count against a named year whose count is stated under other words', text: report('2022年，全县受理法律援助申请640件。2023年，全县办理法律援助案件704件，比2022年增长15%。') },
    { name: 'a count 同比 against the year before\'s count in the sentence before', text: report('2022年，全县办理法律援助案件640件。2023年，全县办理法律援助案件704件，同比增长10%。') },
    // 同比 of part of a year is against the same part of the year before, not the whole year; two years back is no 同比.
    { name: 'a count of half a year 同比 beside the whole year before', text: report('2022年，全县办理法律援助案件640件。2023年上半年，全县办理法律援助案件704件，同比增长15%。') },
    { name: 'a count 同比 beside a count two years back', text: report('2021年，全县办理法律援助案件640件。2023年，全县办理法律援助案件704件，同比增长15%。') },
    { name: 'a count against a named year stated in another paragraph', text: report('2022年，全县办理法律援助案件640件。\n\n2023年，全县办理法律援助案件704件，比2022年增长15%。') },
    // The current value's share of the plan may stand between it and the change amount; thousands separators.
    { name: 'a completion clause between the value and the amount', text: report('全年非税收入完成12840万元，完成年初预算数15000万元的85.6%，比上年减收960万元，下降7%。') },
    { name: 'amounts with thousands separators', text: report('全县一般公共预算收入完成36,450万元，同比增长8.2%，增收2,763万元。') },
    // A run of rises or falls the yearly values bear out; a series of kinds, not years; years not one by one.
    report('2020年至2023年，全市受理行政复议案件分别为120件、150件、160件、180件，连续四年上升。'),
    report('全市受理行政复议案件2021年120件、2022年150件、2023年160件，连续三年增长。'),
    report('近三年行政诉讼败诉率分别为12.5%、10.2%、8.8%，实现三连降。'),
    report('2019年以来，全市行政复议案件量分别为80件、70件、150件、160件、180件，连续三年上升。'),
    report('全市受理案件连续三年上升，三类案件分别为50件、30件、20件。'),
    report('全市受理案件连续三年上升，2023年受理行政复议、行政诉讼、信访案件分别为50件、30件、20件。'),
    report('全市受理行政复议案件2021年120件、2023年140件，连续三年增长。'),
    // "四连升" counts rises: five values that rise four times; with only four listed, those four.
    report('2019年至2023年，群众对政府工作满意度分别为80.2分、81.5分、82.4分、84.1分和86.3分，实现四连升。'),
    report('近四年全市12345热线按时办结率分别为91.2%、93.5%、95.1%、96.8%，实现四连升。'),
    // A change amount and percent opening their sentence, the current value earlier: right; two bases alike in words with
    // different values; words shared with nothing; the count of another year; an approximate count; a measure further on
    // in a statement; the base under another heading.
    report('全县各级人民调解组织共调处矛盾纠纷1400件，调解成功1330件。\n\n与上年相比，矛盾纠纷调处量减少140件，下降9.1%。'),
    report('3月份，区12345热线共接听群众来电4820个。与上月相比，来电量增加620个，增长14.8%。'),
    report('上半年受理行政复议申请120件。全年受理行政复议申请260件。与上年相比，行政复议申请增加40件，增长30%。'),
    report('全年共受理矛盾纠纷1260件。与上年相比，信访事项减少140件，下降12.5%。'),
    report('2022年全县共受理矛盾纠纷1260件。\n\n2023年，与上年相比，矛盾纠纷受理量减少140件，下降12.5%。'),
    report('全年共受理矛盾纠纷1260余件。与上年相比，矛盾纠纷受理量减少140件，下降12.5%。'),
    report('全年共登记城管案件2600件；通过视频监控发现案件220件，立案220件，应结案数220件。应结案数减少154件，下降7.85%。'),
    report('全年共受理矛盾纠纷1260件。', '与上年相比，矛盾纠纷受理量减少140件，下降12.5%。'),
    // No subject: the nearest count leading its statement, a total, right; a part nearest (the existing 集体访 row above).
    report('全年共受理信访事项500件，办结480件。\n\n同比减少20件，下降3.8%。'),
    report('全年共接待来访群众1,200人次。\n\n来访量同比下降9.1%，减少120人次。'),
    // "连续三年上升" over four values may count values: a fall before the last three is no contradiction.
    report('2020年至2023年，受理法律援助申请分别为310件、290件、330件、360件，连续三年上升。'),
    // Time limits and lists cut down (压缩, 缩短, 精简) against the values they were cut from; with no value cut from, or
    // with the cut stated as a rate (压缩率) or 以上, nothing to check.
    report('不动产登记办理时限由法定的30个工作日压缩至4个工作日，压缩86.7%。'),
    report('平均审批时限2.4个工作日，较法定时限20个工作日缩短88%。'),
    report('企业开办申请材料由15份精简至6份，精简60%。'),
    report('审批时限平均压缩60%以上。'),
    report('审批时限压缩至5个工作日，压缩率80%。'),
    // A bare rise after the later year's level: in points or relative, either passes.
    report('在2023年，参评村的平均达标率为72.40%；在2024年，参评村的平均达标率为75.60%，上升3.20%。'),
    report('在2023年，参评村的平均达标率为72.40%；在2024年，参评村的平均达标率为75.60%，上升4.42%。'),
  ],
  invalid: [
    {
      name: 'amounts in two scales (元, 万元): the arithmetic shown in the finer one',
      text: report('道路运输事故直接经济损失0.5元，同比减少1.2万元，下降70.6%。'),
      findings: [{ code: 'figure/change', at: '70.6%', message: '增减幅度与增减量不符：上期为0.5元+12000.0元=12000.5元，12000.0÷12000.5=99.996%，应为100.0%，文中为“70.6%”' }],
    },
    {
      name: 'values, amounts and percents in turn, the last percent written 持平 (同比下降14.29%、20%、持平)',
      text: report('2022年6月，全市发生各类生产安全事故12起、死亡8人、受伤10人，比去年同期减少2起、2人、0人，同比下降16.29%、20%、持平。'),
      findings: [{ code: 'figure/change', at: '16.29%', message: '增减幅度与增减量不符：上期为12起+2起=14起，2÷14=14.2857%，应为14.29%，文中为“16.29%”' }],
    },
    {
      name: 'a base after 与 and its year, 同比 before the change (与2022年265721万元同比增长4.8%)',
      text: report('全县一般公共预算支出289016万元，与2022年265721万元同比增长4.8%。'),
      findings: [{ code: 'figure/change', at: '4.8%', message: '增减幅度与数值不符：(289016−265721)÷265721=8.767%，应为8.8%，文中为“4.8%”' }],
    },
    {
      name: 'an amount compared by 相比 (相比去年同期增加9715件，同比增长268%)',
      text: report('2017年11月，全国共接到微信举报13110件，相比上月增加915件，环比增长7.5%；相比去年同期增加9715件，同比增长268%。'),
      findings: [{ code: 'figure/change', at: '268%', message: '增减幅度与增减量不符：上期为13110件−9715件=3395件，9715÷3395=286.16%，应为286%，文中为“268%”' }],
    },
    {
      name: 'a fall written 下跌至 and its size 跌幅为',
      text: report('新收纳的人次由15311人次下跌至13246人次，跌幅为18%。'),
      findings: [{ code: 'figure/change', at: '18%', message: '增减幅度与数值不符：(15311−13246)÷15311=13.49%，应为13%，文中为“18%”' }],
    },
    {
      name: 'the year before\'s value of the same months (去年1-9月份…) and the amount before the percent',
      text: report('1-9月份，全市共发生各类安全生产死亡事故18起，去年1-9月份发生各类安全生产死亡事故22起，事故总起数比去年减少4起，同比下降16.2%。'),
      findings: [{ code: 'figure/change', at: '16.2%', message: '增减幅度与数值不符：(22−18)÷22=18.182%，应为18.2%，文中为“16.2%”' }],
    },
    {
      name: 'an amount between the year before\'s value and the percent that is not their difference',
      text: report('全市共发生死亡事故18起，去年同期为22起，减少5起，同比下降18.2%。'),
      findings: [{ code: 'figure/change', at: '5起', message: '增减量与前后两个数值不符：22−18=4，文中为“5起”' }],
    },
    {
      name: 'points against the rate of the year before, the comparison said on the whole (总体较…)',
      text: report('城区空气质量优良天数比例为92.8%，总体较上年同期93.8%下降0.5个百分点。'),
      findings: [{ code: 'figure/change', at: '0.5个百分点', message: '百分点变化与数值不符：93.8%−92.8%=1.0个百分点，应为1.0个百分点，文中为“0.5个百分点”' }],
    },
    {
      name: 'points against the rate of the period before in an aside after 较上期',
      text: report('发现问题22处33起，问题率为22.7%，较上期（29.7%）下降5个百分点。'),
      findings: [{ code: 'figure/change', at: '5个百分点', message: '百分点变化与数值不符：29.7%−22.7%=7.0个百分点，应为7.0个百分点，文中为“5个百分点”' }],
    },
    {
      name: 'amounts named by a count\'s verb alone (受案, 结案) in the sentence after the counts under those verbs',
      text: report('截至3月30日，法院共受理各类案件1803件，结案894件，结案率49.58%。与上年同比，受案增加167件，上升12.21%，结案增加34件，上升4.95%。'),
      findings: [
        { code: 'figure/change', at: '12.21%', message: '增减幅度与增减量不符：上期为1803件−167件=1636件，167÷1636=10.2078%，应为10.21%，文中为“12.21%”' },
        { code: 'figure/change', at: '4.95%', message: '增减幅度与增减量不符：上期为894件−34件=860件，34÷860=3.9535%，应为3.95%，文中为“4.95%”' },
      ],
    },
    {
      name: 'the percent in an aside after the amount (比上年增加50.8万人（增长3.8%）)',
      text: report('2021年末，卫生人员总数1398.3万人，比上年增加50.8万人（增长4.8%）。'),
      findings: [{ code: 'figure/change', at: '4.8%', message: '增减幅度与增减量不符：上期为1398.3万人−50.8万人=1347.5万人，50.8÷1347.5=3.770%，应为3.8%，文中为“4.8%”' }],
    },
    {
      name: 'an amount opening its sentence with its percent in an aside, of the count its noun names in a sentence before',
      text: report('2020年末，卫生技术人员1067.8万人。这其中，执业（助理）医师408.6万人，注册护士470.9万人。与上年比较，卫生技术人员增加52.4万人（增长5.8%）。'),
      findings: [{ code: 'figure/change', at: '5.8%', message: '增减幅度与增减量不符：上期为1067.8万人−52.4万人=1015.4万人，52.4÷1015.4=5.161%，应为5.2%，文中为“5.8%”' }],
    },
    {
      name: 'a copy of a PDF with a space after 比 (比 上年增加 1347 元)',
      text: report('全年农村居民人均可支配收入 22538 元，比 上年增加 1347 元，增长 6.9%。'),
      findings: [{ code: 'figure/change', at: '6.9%', message: '增减幅度与增减量不符：上期为22538 元−1347 元=21191 元，1347÷21191=6.356%，应为6.4%，文中为“6.9%”' }],
    },
    {
      name: 'an amount in the next sentence whose noun (交易金额) names the amount before, after a change of another count',
      text: report('全年完成各类交易事项1137个，交易金额145.786亿元。和去年同期相比，项目交易数量减少72个，减幅为5.95%；交易金额增长72.19亿元，增幅为96.11%。'),
      findings: [{ code: 'figure/change', at: '96.11%', message: '增减幅度与增减量不符：上期为145.786亿元−72.190亿元=73.596亿元，72.190÷73.596=98.0896%，应为98.09%，文中为“96.11%”' }],
    },
    {
      name: 'a decrease whose size is written 减幅为 (减少14.27亿元，减幅为35.85%)',
      text: report('全市完成国有土地出让54宗，交易金额23.43亿元，同比减少14.27亿元，减幅为35.85%。'),
      findings: [{ code: 'figure/change', at: '35.85%', message: '增减幅度与增减量不符：上期为23.43亿元+14.27亿元=37.70亿元，14.27÷37.70=37.8515%，应为37.85%，文中为“35.85%”' }],
    },
    {
      name: 'an amount of people named by the noun closing the count\'s clause (造成323人死亡 … 死亡人数减少151人)',
      text: report('其中，发生一次死亡10人以上特大交通事故21起，造成323人死亡；与去年同期相比，事故起数减少11起，下降34.4%；死亡人数减少151人，下降28.9%。'),
      findings: [{ code: 'figure/change', at: '28.9%', message: '增减幅度与增减量不符：上期为323人+151人=474人，151÷474=31.857%，应为31.9%，文中为“28.9%”' }],
    },
    {
      name: 'a yearly average between two values of stated years, compounded',
      text: report('全省金融机构存款余额从2010年的7363亿元增长到2015年的19438亿元，年均增长23.4%。'),
      findings: [{ code: 'figure/change', at: '23.4%', message: '年均增减幅度与数值不符：由2010年的7363亿元到2015年的19438亿元共5年，(19438亿元÷7363亿元)^(1/5)−1=21.428%，应为21.4%，文中为“23.4%”' }],
    },
    {
      name: 'an amount written bare (少) right after the value compared with',
      text: report('1至7月，全州共接受信访举报550件，比上年同期847件少287件。'),
      findings: [{ code: 'figure/change', at: '287件', message: '增减量与前后两个数值不符：847−550=297，文中为“287件”' }],
    },
    {
      name: 'a sentence opening with the comparison after the count of a period (1-9月) in the sentence before',
      text: report('1-9月，全区12345热线共受理工单6455件。比上年同期增加1519件，同比增长率为28.18%。'),
      findings: [{ code: 'figure/change', at: '28.18%', message: '增减幅度与增减量不符：上期为6455件−1519件=4936件，1519÷4936=30.7739%，应为30.77%，文中为“28.18%”' }],
    },
    {
      name: 'a value, its amount of change and the percent in turn, the comparison unsaid (a statistics bulletin\'s way)',
      text: report('全年实现劳务收入242.32亿元，增加16.07亿元，增长6.1%。'),
      findings: [{ code: 'figure/change', at: '6.1%', message: '增减幅度与增减量不符：上期为242.32亿元−16.07亿元=226.25亿元，16.07÷226.25=7.103%，应为7.1%，文中为“6.1%”' }],
    },
    {
      name: 'a copy with spaces around the numbers (PDF text): the change word before a spaced percent (下降 13.05 %)',
      text: report('卫生健康支出 43897.73 元，占总支出4.04 %，同比减少 6014.46 元，下降 13.05 %。'),
      findings: [{ code: 'figure/change', at: '13.05 %', message: '增减幅度与增减量不符：上期为43897.73 元+6014.46 元=49912.19 元，6014.46÷49912.19=12.0501%，应为12.05%，文中为“13.05 %”' }],
    },
    {
      name: 'a change against the year before\'s final account (较2021年决算数增加…，增长…)',
      text: report('政府办公厅（室）及相关机构事务9815万元，较2021年决算数增加2686万元，增长41.33%。'),
      findings: [{ code: 'figure/change', at: '41.33%', message: '增减幅度与增减量不符：上期为9815万元−2686万元=7129万元，2686÷7129=37.6771%，应为37.68%，文中为“41.33%”' }],
    },
    {
      name: 'accidents and deaths, their amounts in turn (减少1起、少死亡8人), then 分别 percents',
      text: report('12月份全省发生各类生产安全事故106起、死亡44人，同比减少1起、少死亡8人，分别下降0.9%和13.4%，无较大事故。'),
      findings: [{ code: 'figure/change', at: '13.4%', message: '增减幅度与增减量不符：上期为44人+8人=52人，8÷52=15.385%，应为15.4%，文中为“13.4%”' }],
    },
    {
      name: 'three measures (起, 人, 人) with three amounts and three percents in turn, no 分别',
      text: report('1月至7月，全省发生各类生产安全事故641起、死亡687人、受伤216人，同比减少302起、307人、174人，下降32.03%、30.89%、41.62%。'),
      findings: [{ code: 'figure/change', at: '41.62%', message: '增减幅度与增减量不符：上期为216人+174人=390人，174÷390=44.6154%，应为44.62%，文中为“41.62%”' }],
    },
    {
      name: 'amounts named by their counts (事故起数, 死亡人数) then 分别 percents; a count not stated (受伤) passed over',
      text: report('商贸制造业发生生产安全事故1起、死亡1人，与去年同期相比事故起数减少3起，受伤人数减少2人，死亡人数减少2人，分别下降75%、66.7%、100%。'),
      findings: [{ code: 'figure/change', at: '100%', message: '增减幅度与增减量不符：上期为1人+2人=3人，2÷3=66.67%，应为67%，文中为“100%”' }],
    },
    {
      name: 'changes of two measures, the year before\'s counts in an aside after them (2022年…共发生6起事故，死亡9人)',
      text: report('相山区共发生4起事故，死亡7人，事故起数同比下降33.3%，死亡人数同比下降32.2%；（2022年1-8月份共发生6起事故，死亡9人）。'),
      findings: [{ code: 'figure/change', at: '32.2%', message: '增减幅度与数值不符：(9−7)÷9=22.222%，应为22.2%，文中为“32.2%”' }],
    },
    {
      name: 'a change of 受伤人数 against the injured stated before their noun beside the dead (造成89455人死亡、431139人受伤)',
      text: report('全年共发生道路交通事故378781起，造成89455人死亡、431139人受伤。与上年相比，死亡人数减少9283人，下降9.4%；受伤人数减少48772人，下降8.3%。'),
      findings: [{ code: 'figure/change', at: '8.3%', message: '增减幅度与增减量不符：上期为431139人+48772人=479911人，48772÷479911=10.163%，应为10.2%，文中为“8.3%”' }],
    },
    {
      name: 'percents in turn each repeating the change word (分别下降28%和下降28.4%) against amounts in turn',
      text: report('2023年，全县发生较大事故18起、死亡63人，同比减少9起、25人，分别下降28%和下降28.4%。'),
      findings: [{ code: 'figure/change', at: '28%', message: '增减幅度与增减量不符：上期为18起+9起=27起，9÷27=33.33%，应为33%，文中为“28%”' }],
    },
    {
      name: 'the actual amount against the year before\'s final accounts (决算数)',
      text: report('一般公共预算收入实际完成15.39亿元，比上年决算数14.94亿元增长5.0%。'),
      findings: [{ code: 'figure/change', at: '5.0%', message: '增减幅度与数值不符：(15.39−14.94)÷14.94=3.012%，应为3.0%，文中为“5.0%”' }],
    },
    {
      name: 'counts in two measures and last year\'s pair, the second percent off',
      text: report('共受理审查起诉案件532件768人，去年同期为787件1279人，件数和人数同比分别下降32.40%、36.95%。'),
      findings: [{ code: 'figure/change', at: '36.95%', message: '增减幅度与数值不符：(1279−768)÷1279=39.9531%，应为39.95%，文中为“36.95%”' }],
    },
    {
      name: 'an implied base after a named month (比10月份增加)',
      text: report('本月共受理消费者投诉359件，占总诉求量的56.09%，比10月份增加38件，环比增加率为10.12%。'),
      findings: [{ code: 'figure/change', at: '10.12%', message: '增减幅度与增减量不符：上期为359件−38件=321件，38÷321=11.8380%，应为11.84%，文中为“10.12%”' }],
    },
    {
      name: 'a change of 死亡人数 against the deaths stated before their noun after a count of another kind (…378781起，造成89455人死亡)',
      text: report('全年共发生道路交通事故378781起，造成89455人死亡。与上年相比，死亡人数减少7283人，下降9.4%。'),
      findings: [{ code: 'figure/change', at: '9.4%', message: '增减幅度与增减量不符：上期为89455人+7283人=96738人，7283÷96738=7.529%，应为7.5%，文中为“9.4%”' }],
    },
    {
      name: 'the amount of a later sentence (与去年同期相比，…总量增加了N件) against the 同比 percent stated with the total it names',
      text: report('本月共受理各类咨询2860件，同比增长16.2%，环比增长19.2%。其中涉及市场监管业务咨询2272件，占咨询总量的79.4%。与去年同期相比，咨询业务总量增加了499件。'),
      findings: [{ code: 'figure/change', at: '16.2%', message: '增减幅度与增减量不符：上期为2860件−499件=2361件，499÷2361=21.135%，应为21.1%，文中为“16.2%”' }],
    },
    {
      name: 'a month named before its base in brackets (较8月份(418件)增长…)',
      text: report('9月份，全市案件总数为486件，较8月份(418件)增长26%。'),
      findings: [{ code: 'figure/change', at: '26%', message: /^增减幅度与数值不符：\(486−418\)÷418=16\.27%，应为16%/ }],
    },
    {
      name: 'a month named before its base (较8月份的418件)',
      text: report('9月份，全市案件总数为486件，较8月份的418件增长26%。'),
      findings: [{ code: 'figure/change', at: '26%', message: /^增减幅度与数值不符：\(486−418\)÷418=16\.27%，应为16%/ }],
    },
    {
      name: 'a bare rise after a level of a stated year, the year before\'s level earlier in its sentence (在…年，…；在…年，…)',
      text: report('在2023年，参评村的平均达标率为72.40%；在2024年，参评村的平均达标率为75.60%，上升3.60%。'),
      findings: [{ code: 'figure/change', at: '3.60%', message: /^增减幅度与所比较的两个比率不符：由72\.40%到75\.60%，相差3\.20个百分点/ }],
    },
    {
      name: 'a net change (净增) after last year\'s value',
      text: report('截至年底，全区登记社会组织共436家，较上年末的410家净增27家。'),
      findings: [{ code: 'figure/change', at: '27家', message: /^增减量与前后两个数值不符：436−410=26/ }],
    },
    {
      name: 'counts in 台件 (a measure word of instruments)',
      text: report('全年强制检定计量器具52360台件，同比下降4.3%，上年为54656台件。'),
      findings: [{ code: 'figure/change', at: '4.3%', message: /^增减幅度与数值不符：\(54656−52360\)÷54656=4\.201%，应为4\.2%/ }],
    },
    {
      name: '比上年 with the year before\'s value in the clause after the change',
      text: report('全年共提供法律咨询28640人次，比上年增长11.6%，上年为25686人次。'),
      findings: [{ code: 'figure/change', at: '11.6%', message: '增减幅度与数值不符：(28640−25686)÷25686=11.500%，应为11.5%，文中为“11.6%”' }],
    },
    {
      name: 'an amount and its percent whose subject (死亡人数) names a count stated earlier in the sentence (死亡24人)',
      text: report('1-6月份，全市共发生各类生产安全事故29起，死亡24人，受伤10人，与去年同期相比，事故起数减少5起，下降14.71%；死亡人数减少6人，下降30.00%。'),
      findings: [{ code: 'figure/change', at: '30.00%', message: '增减幅度与增减量不符：上期为24人+6人=30人，6÷30=20.0000%，应为20.00%，文中为“30.00%”' }],
    },
    {
      name: 'a second comparison (与上月相比…环比) after a first pair of the same count',
      text: report('本月共受理举报290件，与去年同期相比下降了12件，同比下降4.0%；与上月相比下降了70件，环比下降23.9%。'),
      findings: [{ code: 'figure/change', at: '23.9%', message: '增减幅度与增减量不符：上期为290件+70件=360件，70÷360=19.444%，应为19.4%，文中为“23.9%”' }],
    },
    {
      name: 'a change amount and its percent in the count\'s own aside',
      text: report('全年办结林业行政案件88件（较2022年同期减少22件，同比下降30%），处罚90人次。'),
      findings: [{ code: 'figure/change', at: '30%', message: '增减幅度与增减量不符：上期为88件+22件=110件，22÷110=20.00%，应为20%，文中为“30%”' }],
    },
    {
      name: 'a change called about (约) but stated to decimals, more than a point off',
      text: report('全年共收到行政复议申请936件，比上年的712件增加约224件，同比增长约36.46%。'),
      findings: [{ code: 'figure/change', at: '约36.46%', message: '增减幅度与数值不符：(936−712)÷712=31.4607%，应为31.46%，文中为“约36.46%”（“约”至多相差1个百分点）' }],
    },
    {
      name: 'the year before\'s value named by the current value\'s verb (上年受理…)',
      text: report('全年依法受理行政复议申请254件，上年受理213件，同比增长19.3%。'),
      findings: [{ code: 'figure/change', at: '19.3%', message: '增减幅度与数值不符：(254−213)÷213=19.249%，应为19.2%，文中为“19.3%”' }],
    },
    {
      name: 'a change naming the series\' last year first compares the last two values',
      text: report('2021年、2022年、2023年受理行政复议案件分别为120件、150件、180件，2023年较上年增长25%。'),
      findings: [{ code: 'figure/change', at: '25%', message: /^增减幅度与数值不符：\(180−150\)÷150=20\.00%，应为20%，文中为“25%”$/ }],
    },
    {
      name: 'a sentence opening with a count\'s words and last year\'s value compares the count stated under them before',
      text: report('全年查处违法行为2400起，其中简易程序案件2100起，一般程序案件300起。一般程序案件较上年的250起增长25%。'),
      findings: [{ code: 'figure/change', at: '25%', message: /^增减幅度与数值不符：\(300−250\)÷250=20\.00%，应为20%，文中为“25%”$/ }],
    },
    {
      name: 'a change against last year (较上年) after a series of years: its last two values',
      text: report('2021年、2022年、2023年受理行政复议案件分别为120件、150件、180件，较上年增长25%。'),
      findings: [{ code: 'figure/change', at: '25%', message: /^增减幅度与数值不符：\(180−150\)÷150=20\.00%，应为20%/ }],
    },
    {
      name: 'a time limit cut down (压缩至) with a percent that does not fit the two limits',
      text: report('不动产登记办理时限由法定的30个工作日压缩至4个工作日，压缩87.6%。'),
      findings: [{ code: 'figure/change', at: '87.6%', message: /^增减幅度与数值不符：\(30−4\)÷30=86\.667%，应为86\.7%/ }],
    },
    {
      name: 'a time limit shortened against the legal limit (较法定时限…缩短)',
      text: report('平均审批时限2.4个工作日，较法定时限20个工作日缩短86%。'),
      findings: [{ code: 'figure/change', at: '86%', message: /^增减幅度与数值不符：\(20−2\.4\)÷20=88\.0+%，应为88%/ }],
    },
    {
      name: 'the base of last year restated with another value than the sentence before gives that year',
      text: report('2024年，全县共受理行政复议案件860件。2025年，全县共受理行政复议案件960件，比上年的870件增长10.3%。'),
      findings: [{ code: 'figure/change', at: '870件', message: '2024年的数前后不一致：此处比较的基数为“870件”，前文2024年为“860件”，请核对' }],
    },
    {
      name: 'a stock against the end of last year (较上年末): the percent over the stock less the amount',
      text: report('截至年底，在册社区矫正对象216人，较上年末增加8人，增长3.9%。'),
      findings: [{ code: 'figure/change', at: '3.9%', message: /^增减幅度与增减量不符：上期为216人−8人=208人，8÷208=3\.846%，应为3\.8%/ }],
    },
    {
      name: 'two amounts each with its own change word (减少9起、下降11人), two percents joined by 和',
      text: report('发生道路交通事故3起，死亡3人，同比减少9起、下降11人，同比下降75%和69%。'),
      findings: [{ code: 'figure/change', at: '69%', message: '增减幅度与增减量不符：上期为3人+11人=14人，11÷14=78.57%，应为79%，文中为“69%”' }],
    },
    {
      name: 'a cut from the count before (将原有A…整合为B), its percent after 精简',
      text: report('将原有40个办事窗口整合为26个，精简25.0%。'),
      findings: [{ code: 'figure/change', at: '25.0%', message: '增减幅度与数值不符：(40−26)÷40=35.000%，应为35.0%，文中为“25.0%”' }],
    },
    {
      name: 'the amount of a move (由A压缩到B，共压缩Z)',
      text: report('总时限由6420个工作日，压缩到3870个工作日，共压缩2550个工作日；申请材料由2410件，压缩到1885件，共压缩725件。'),
      findings: [{ code: 'figure/change', at: '725件', message: '增减量与前后两个数值不符：2410−1885=525，文中为“725件”' }],
    },
    {
      name: 'last year\'s end as the base (较上年末的207人)',
      text: report('截至年底，在册社区矫正对象216人，较上年末的207人增加8人。'),
      findings: [{ code: 'figure/change', at: '8人', message: '增减量与前后两个数值不符：216−207=9，文中为“8人”' }],
    },
    {
      name: 'a named metric against its base (比上年同期查办的), the percent not the amount over the base',
      text: report('全市重大案件查办数比上年同期查办的80起增加36起，增幅48%。'),
      findings: [{ code: 'figure/change', at: '48%', message: /^增减幅度与数值不符：36÷80=45\.00%，应为45%，文中为“48%”/ }],
    },
    {
      name: 'values with percents in turn, last year\'s values stated under the same words in the sentence before',
      text: report('2022年，全县受理行政复议案件100件、行政诉讼案件70件。2023年，全县受理行政复议案件120件、行政诉讼案件80件，同比分别增长20%、10%。'),
      findings: [{ code: 'figure/change', at: '10%', message: /^增减幅度与数值不符：\(80−70\)÷70=14\.29%，应为14%，文中为“10%”/ }],
    },
    {
      name: 'values with percents in turn, last year\'s values listed after them (in brackets)',
      text: report('全年受理行政复议案件、行政诉讼案件分别为120件、80件，同比分别增长20%、10%（上年分别为100件、70件）。'),
      findings: [{ code: 'figure/change', at: '10%', message: /^增减幅度与数值不符：\(80−70\)÷70=14\.29%，应为14%，文中为“10%”/ }],
    },
    {
      name: 'values with percents in turn, last year\'s values in a clause after them, units of two kinds',
      text: report('全年办理法律援助案件1200件、接待咨询8000人次，同比分别增长20%、10%，上年同期分别为1000件、7200人次。'),
      findings: [{ code: 'figure/change', at: '10%', message: /^增减幅度与数值不符：\(8000−7200\)÷7200=11\.11%，应为11%，文中为“10%”/ }],
    },
    {
      name: 'rates with their changes in points in turn and last year\'s rates after 上年分别为',
      text: report('全年行政复议纠错率、调解和解率分别为15.2%、30.5%，同比分别提高2.1个百分点、3.4个百分点（上年分别为13.1%、28.1%）。'),
      findings: [{ code: 'figure/change', at: '3.4个百分点', message: '百分点变化与数值不符：30.5%−28.1%=2.4个百分点，应为2.4个百分点，文中为“3.4个百分点”' }],
    },
    {
      name: 'changes in points in turn with the unit written once, a bare numeral wrong',
      text: report('全年案件结案率、群众满意率分别为96.5%和98.2%，较上年分别提升1.5和0.6个百分点，上年分别为95.3%、97.6%。'),
      findings: [{ code: 'figure/change', at: '1.5', message: '百分点变化与数值不符：96.5%−95.3%=1.2个百分点，应为1.2个百分点，文中为“1.5”' }],
    },
    {
      name: 'a change said of a noun\'s total (纠纷总量) after other counts, against the one count stated under that noun',
      text: report('全年排查化解矛盾纠纷520件，调解成功496件，调解成功率95.4%，纠纷总量较上年的600件下降13.7%。'),
      findings: [{ code: 'figure/change', at: '13.7%', message: /^增减幅度与数值不符：\(600−520\)÷600=13\.333%，应为13\.3%/ }],
    },
    {
      name: 'values in turn against last year\'s stated before, the later named by its verb alone',
      text: report('2022年，全县受理案件80件，审结70件。2023年，全县受理案件120件，审结80件，同比分别增长50%和20%。'),
      findings: [{ code: 'figure/change', at: '20%', message: /^增减幅度与数值不符：\(80−70\)÷70=14\.29%，应为14%/ }],
    },
    {
      name: 'a series told from the latest year back: last year\'s values after, in the next sentence and past a ；',
      text: report('2023年，市中级人民法院受理案件900件，审结800件，比2022年分别上升12.5%和6.7%。2022年，市中级人民法院受理案件800件，审结750件，比2021年分别上升25%和52%；2021年受理案件640件，审结600件。'),
      findings: [{ code: 'figure/change', at: '52%', message: /^增减幅度与数值不符：\(750−600\)÷600=25\.00%，应为25%/ }],
    },
    {
      name: 'a change named as its rate (环比增加率) after the amount',
      text: report('10月份投诉举报工单共820件，较上月增加120件，环比增加率为20.00%。'),
      findings: [{ code: 'figure/change', at: '20.00%', message: /^增减幅度与增减量不符：上期为820件−120件=700件，120÷700=17\.1429%，应为17\.14%/ }],
    },
    {
      name: 'a rate of the cut (整合率) after a move down from one count to another',
      text: report('窗口数量由原来的80个精简至30个，窗口整合率72.5%。'),
      findings: [{ code: 'figure/change', at: '72.5%', message: /^增减幅度与数值不符：\(80−30\)÷80=62\.500%，应为62\.5%/ }],
    },
    {
      name: 'a change said of the noun\'s 量 (案件量) against 上年度\'s value',
      text: report('全年办理行政处罚案件460件，案件量较上年度400件增长25%。'),
      findings: [{ code: 'figure/change', at: '25%', message: /^增减幅度与数值不符：\(460−400\)÷400=15\.00%，应为15%/ }],
    },
    {
      name: 'changes in points in turn going the wrong way',
      text: report('全年案件结案率、群众满意率分别为96.5%和98.2%，较上年分别下降1.2和0.6个百分点，上年分别为95.3%、97.6%。'),
      findings: [
        { code: 'figure/change', at: '1.2', message: '增减方向与数值不符：由95.3%到96.5%是提高，文中写作“下降”' },
        { code: 'figure/change', at: '0.6个百分点', message: '增减方向与数值不符：由97.6%到98.2%是提高，文中写作“下降”' },
      ],
    },
    {
      name: 'values compared in turn: each with the base and percent of its place (分别比上年的A、B增长p、q)',
      text: report('全年受理行政复议案件120件、行政诉讼案件80件，分别比上年的100件、70件增长20%、10%。'),
      findings: [{ code: 'figure/change', at: '10%', message: /^增减幅度与数值不符：\(80−70\)÷70=14\.29%，应为14%，文中为“10%”/ }],
    },
    {
      name: 'amounts compared in turn: each value with the amount and percent of its place',
      text: report('全年受理行政复议案件120件、行政诉讼案件80件，分别较上年增加20件、10件，同比分别增长25%、14.3%。'),
      findings: [{ code: 'figure/change', at: '25%', message: /^增减幅度与增减量不符：上期为120件−20件=100件，20÷100=20\.00%，应为20%，文中为“25%”/ }],
    },
    {
      name: 'amounts compared in turn after the percents',
      text: report('全年受理行政复议案件120件、行政诉讼案件80件，同比分别增长25%、14.3%，分别增加20件、10件。'),
      findings: [{ code: 'figure/change', at: '25%', message: /^增减幅度与增减量不符：上期为120件−20件=100件，20÷100=20\.00%，应为20%，文中为“25%”/ }],
    },
    {
      name: 'last year\'s values in a clause of their own, compared in turn',
      text: report('全年受理行政复议案件120件、行政诉讼案件80件，上年同期分别为100件、70件，同比分别增长20%、10%。'),
      findings: [{ code: 'figure/change', at: '10%', message: /^增减幅度与数值不符：\(80−70\)÷70=14\.29%，应为14%，文中为“10%”/ }],
    },
    {
      name: 'amounts compared in turn, a decrease: last year is the value plus its amount',
      text: report('全年受理行政复议案件120件、行政诉讼案件80件，分别比上年减少20件、10件，分别下降14.3%和12.5%。'),
      findings: [{ code: 'figure/change', at: '12.5%', message: /^增减幅度与增减量不符：上期为80件\+10件=90件，10÷90=11\.111%，应为11\.1%，文中为“12\.5%”/ }],
    },
    {
      name: 'values compared in turn with the bases in brackets',
      text: report('全年受理行政复议案件120件、行政诉讼案件80件，分别较上年（100件、70件）增长25%、14.3%。'),
      findings: [{ code: 'figure/change', at: '25%', message: /^增减幅度与数值不符：\(120−100\)÷100=20\.00%，应为20%，文中为“25%”/ }],
    },
    {
      name: 'values compared in turn, 分别 before the percents, both the wrong way',
      text: report('全年受理行政复议案件120件，办结行政复议案件80件，较上年的100件和70件分别下降20%和14.3%。'),
      findings: [
        { code: 'figure/change', at: '20%', message: /^增减方向与数值不符：由100件到120件是增加，文中写作“下降”/ },
        { code: 'figure/change', at: '14.3%', message: /^增减方向与数值不符：由70件到80件是增加，文中写作“下降”/ },
      ],
    },
    {
      name: 'an amount between two decimals, shown with their decimals',
      text: report('全市食品抽检量达到4.52批次/千人，比2022年的2.87批次/千人增加了1.75批次/千人。'),
      findings: [{ code: 'figure/change', at: '1.75批次', message: /^增减量与前后两个数值不符：4\.52−2\.87=1\.65，文中为/ }],
    },
    {
      name: 'the second item against its own base in an aside, not the first item\'s',
      text: report('全年共受理信访事项4210件，同比上年（3980件）上升5.78%。其中来信1630件，同比上年（1500件）上升8.67%；来访2580件，同比上年（2480件）下降4.03%。'),
      findings: [{ code: 'figure/change', at: '4.03%', message: /^增减方向与数值不符：由2480件到2580件是增加，文中写作“下降”/ }],
    },
    {
      name: 'a base in an aside after 同比, the change in percent',
      text: report('全年受理信访事项860件，同比（900件）下降5.4%。'),
      findings: [{ code: 'figure/change', at: '5.4%', message: '增减幅度与数值不符：(900−860)÷900=4.444%，应为4.4%，文中为“5.4%”' }],
    },
    {
      name: 'a base in an aside right after the change (2022年为…)',
      text: report('全年受理行政复议案件320件，同比增长15.3%（2022年为280件）。'),
      findings: [{ code: 'figure/change', at: '15.3%', message: '增减幅度与数值不符：(320−280)÷280=14.286%，应为14.3%，文中为“15.3%”' }],
    },
    {
      name: 'a change amount with no percentage, against the base named by 较',
      text: report('受理行政复议案件1113件，较2022年558件增加了545件。'),
      findings: [{ code: 'figure/change', at: '545件', message: '增减量与前后两个数值不符：1113−558=555，文中为“545件”' }],
    },
    {
      name: 'a change amount with last year\'s value in an aside after it, in 万 (shown in 万)',
      text: report('全年发放困难群众救助金186万元，比上年减少24万元（上年为200万元）。'),
      findings: [{ code: 'figure/change', at: '24万元', message: '增减量与前后两个数值不符：200万元−186万元=14万元，文中为“24万元”', fixed: report('全年发放困难群众救助金186万元，比上年减少14万元（上年为200万元）。') }],
    },
    {
      name: 'a change amount with last year\'s value in an aside after the comparison words',
      text: report('全年调处物业纠纷1860件，较2022年（1874件）减少24件。'),
      findings: [{ code: 'figure/change', at: '24件', message: '增减量与前后两个数值不符：1874−1860=14，文中为“24件”' }],
    },
    {
      name: 'a change amount after a clause stating last year\'s value',
      text: report('全年受理群众来信2350件，上年同期为2100件，同比增加260件。'),
      findings: [{ code: 'figure/change', at: '260件', message: '增减量与前后两个数值不符：2350−2100=250，文中为“260件”' }],
    },
    {
      name: 'values in different scales, shown in the finer one',
      text: report('专项资金达到1.5亿元，比上年的1.2亿元增加1000万元。'),
      findings: [{ code: 'figure/change', at: '1000万元', message: '增减量与前后两个数值不符：15000万元−12000万元=3000万元，文中为“1000万元”' }],
    },
    {
      name: 'a base named by its verb (新收) in a 与…相比 phrase, a decrease shown as the writer thinks of it',
      text: report('全市法院新收行政案件1200件，与2022年同期新收1300件相比减少120件。'),
      findings: [{ code: 'figure/change', at: '120件', message: '增减量与前后两个数值不符：1300−1200=100，文中为“120件”', fixed: report('全市法院新收行政案件1200件，与2022年同期新收1300件相比减少100件。') }],
    },
    {
      name: 'the current value\'s words repeated before 较',
      text: report('中院新收一审行政案件85件，新收一审行政案件较2022年同期的159件减少74件，同比下降48.55%。'),
      findings: [{ code: 'figure/change', at: '48.55%', message: '增减幅度与数值不符：(159−85)÷159=46.5409%，应为46.54%，文中为“48.55%”' }],
    },
    {
      name: 'a run of rises against a yearly series that falls once',
      text: report('2020年至2023年，全市受理行政复议案件分别为120件、150件、140件、180件，连续四年上升。'),
      findings: [{ code: 'figure/change', at: '连续四年上升', message: '“连续四年上升”与所列逐年数值不符：150件→140件下降', fixed: null }],
    },
    {
      name: 'a run of rises against values labelled by year',
      text: report('全市受理行政复议案件2021年120件、2022年150件、2023年140件，连续三年增长。'),
      findings: [{ code: 'figure/change', at: '连续三年增长', message: '“连续三年增长”与所列逐年数值不符：150件→140件下降' }],
    },
    {
      name: 'four rises (四连升) need five values rising: the first pair falls',
      text: report('2019年至2023年，群众对政府工作满意度分别为80.2分、80.0分、82.4分、84.1分和86.3分，实现四连升。'),
      findings: [{ code: 'figure/change', at: '四连升', message: '“四连升”与所列逐年数值不符：80.2分→80.0分下降', fixed: null }],
    },
    {
      name: 'three falls (三连降) over four yearly counts, the first pair level',
      text: report('2020年至2023年，全县信访登记量分别为1260件、1260件、1133件、1020件，实现三连降。'),
      findings: [{ code: 'figure/change', at: '三连降', message: '“三连降”与所列逐年数值不符：1260件→1260件持平' }],
    },
    {
      name: 'a run of falls (三连降) against rates that rise once',
      text: report('近三年行政诉讼败诉率分别为12.5%、10.2%、10.8%，实现三连降。'),
      findings: [{ code: 'figure/change', at: '三连降', message: '“三连降”与所列逐年数值不符：10.2%→10.8%上升' }],
    },
    {
      name: 'a gap to a benchmark in brackets',
      text: report('全市行政机关负责人出庭应诉率为97.2%，高于全省平均水平（94.6%）3.6个百分点。'),
      findings: [{ code: 'figure/change', severity: 'error', at: '3.6个百分点', message: '相差的百分点与数值不符：97.2%−94.6%=2.6个百分点，应为2.6个百分点，文中为“3.6个百分点”' }],
    },
    {
      name: 'a gap to a benchmark after 比, lower',
      text: report('全市行政诉讼败诉率为5.4%，比全省平均水平8.9%低2.5个百分点。'),
      findings: [{ code: 'figure/change', severity: 'error', at: '2.5个百分点', message: '相差的百分点与数值不符：8.9%−5.4%=3.5个百分点，应为3.5个百分点，文中为“2.5个百分点”' }],
    },
    {
      name: 'a gap to a benchmark the wrong way',
      text: report('政务服务网办率达85%，低于全省（80.5%）4.5个百分点。'),
      findings: [{ code: 'figure/change', at: '4.5个百分点', message: '高低与数值不符：85%高于80.5%，文中写作低' }],
    },
    {
      name: 'points against a base named again after its period',
      text: report('全年12345热线接通率为97.35%，比上半年接通率96.80%提高0.65个百分点。'),
      findings: [{ code: 'figure/change', severity: 'error', at: '0.65个百分点', message: '百分点变化与数值不符：97.35%−96.80%=0.55个百分点，应为0.55个百分点，文中为“0.65个百分点”' }],
    },
    {
      name: 'points against the last item of a series of years',
      text: report('2020年以来，全市行政诉讼败诉率分别为12.5%、10.8%、9.4%，2023年审结一审行政案件210件，败诉率为7.6%，同比下降2.8个百分点。'),
      findings: [{ code: 'figure/change', severity: 'error', at: '2.8个百分点', message: /9\.4%−7\.6%=1\.8个百分点，应为1\.8个百分点/ }],
    },
    {
      name: 'a change against a base named again after its period',
      text: report('全年日均接听来电2450个，比上半年日均量2100个增长26.7%。'),
      findings: [{ code: 'figure/change', at: '26.7%', message: '增减幅度与数值不符：(2450−2100)÷2100=16.667%，应为16.7%，文中为“26.7%”', fixed: report('全年日均接听来电2450个，比上半年日均量2100个增长16.7%。') }],
    },
    {
      name: 'points against the level of the named year in the sentence before',
      text: report('2022年，全区行政机关负责人出庭应诉率为91.2%。2023年，全区行政机关负责人出庭应诉率达到96.5%，比2022年提高4.3个百分点。'),
      findings: [{ code: 'figure/change', at: '4.3个百分点', message: '百分点变化与数值不符：96.5%−91.2%=5.3个百分点，应为5.3个百分点，文中为“4.3个百分点”' }],
    },
    {
      name: 'points against the year before stated right after the current value',
      text: report('全年行政复议纠错率为11.2%，上年为13.5%，同比下降3.3个百分点。'),
      findings: [{ code: 'figure/change', at: '3.3个百分点', message: '百分点变化与数值不符：13.5%−11.2%=2.3个百分点，应为2.3个百分点，文中为“3.3个百分点”' }],
    },
    {
      name: 'a change against the count of the year before stated right after the current value',
      text: report('全年办理公证事项2310件，上年为2100件，同比增长12%。'),
      findings: [{ code: 'figure/change', at: '12%', message: '增减幅度与数值不符：(2310−2100)÷2100=10.00%，应为10%，文中为“12%”' }],
    },
    {
      name: 'a multiple of the year before stated inside it (是上年…的N倍)',
      text: report('全年办理法律援助案件1240件，是上年400件的3.5倍。'),
      findings: [{ code: 'figure/change', at: '3.5倍', message: '倍数与前后两个数值不符：1240件÷400件=3.100倍，应为3.1倍，文中为“3.5倍”', fixed: report('全年办理法律援助案件1240件，是上年400件的3.1倍。') }],
    },
    {
      name: 'a change against the count of the year before stated right after the change',
      text: report('全年办理公证事项1680件，同比下降20%，上年同期为2000件。'),
      findings: [{ code: 'figure/change', at: '20%', message: '增减幅度与数值不符：(2000−1680)÷2000=16.00%，应为16%，文中为“20%”' }],
    },
    {
      name: 'a change against the count of the year before, a rate of the count between',
      text: report('全年受理群众来信来访328件次，按期办结率100%，同比下降6.9%，上年为352件次。'),
      findings: [{ code: 'figure/change', at: '6.9%', message: /^增减幅度与数值不符：\(352−328\)÷352=6\.818%，应为6\.8%，文中为“6\.9%”/ }],
    },
    {
      name: 'points against the rate of the named year before stated right after the change',
      text: report('全年行政复议纠错率为11.2%，同比下降3.3个百分点，2022年为13.5%。'),
      findings: [{ code: 'figure/change', at: '3.3个百分点', message: /13\.5%−11\.2%=2\.3个百分点/ }],
    },
    {
      name: 'points against the year before in an aside',
      text: report('全年行政复议纠错率为11.2%（上年为13.5%），同比下降3.3个百分点。'),
      findings: [{ code: 'figure/change', at: '3.3个百分点', message: /13\.5%−11\.2%=2\.3个百分点/ }],
    },
    {
      name: 'points against a base after 与 with 相比',
      text: report('全年行政复议纠错率为11.2%，与上年的13.5%相比下降3.3个百分点。'),
      findings: [{ code: 'figure/change', at: '3.3个百分点', message: /13\.5%−11\.2%=2\.3个百分点/ }],
    },
    {
      name: 'points against the last item of a series closing the sentence before',
      text: report('2019年以来，全省行政机关败诉率分别为12.3%、10.5%、10.8%。2022年全省行政机关败诉率为6.9%，同比下降2.9个百分点。'),
      findings: [{ code: 'figure/change', at: '2.9个百分点', message: /10\.8%−6\.9%=3\.9个百分点/ }],
    },
    {
      name: 'a count against the named year\'s count in the sentence before',
      text: report('2022年，全县办理法律援助案件640件。2023年，全县办理法律援助案件704件，比2022年增长15%。'),
      findings: [{ code: 'figure/change', at: '15%', message: '增减幅度与数值不符：(704−640)÷640=10.00%，应为10%，文中为“15%”' }],
    },
    {
      name: 'a count 同比 against the year before\'s count in the sentence before',
      text: report('2022年，全县办理法律援助案件640件。2023年，全县办理法律援助案件704件，同比增长15%。'),
      findings: [{ code: 'figure/change', at: '15%', message: '增减幅度与数值不符：(704−640)÷640=10.00%，应为10%，文中为“15%”' }],
    },
    {
      name: 'a rate change in % that is neither the points nor the relative change',
      text: report('全年行政复议纠错率为14.6%，上年为12.1%，同比上升5.5%。'),
      findings: [{
        code: 'figure/change', at: '5.5%',
        message: '增减幅度与所比较的两个比率不符：由12.1%到14.6%，相差2.5个百分点，相对上升20.661%（(14.6%−12.1%)÷12.1%），文中为“5.5%”',
        fixed: report('全年行政复议纠错率为14.6%，上年为12.1%，同比上升20.7%。'),
      }],
    },
    {
      name: 'a rate decrease in % from 由 to, written larger minus smaller',
      text: report('败诉率由9.6%下降到6.1%，下降20%。'),
      findings: [{ code: 'figure/change', at: '20%', message: '增减幅度与所比较的两个比率不符：由9.6%到6.1%，相差3.5个百分点，相对下降36.46%（(9.6%−6.1%)÷9.6%），文中为“20%”' }],
    },
    {
      name: 'points from a base after 较 to the current value after 至',
      text: report('行政诉讼败诉率较上年的9.6%下降至6.1%，下降2.5个百分点。'),
      findings: [{ code: 'figure/change', at: '2.5个百分点', message: /9\.6%−6\.1%=3\.5个百分点/ }],
    },
    {
      name: 'a decrease is written larger minus smaller',
      text: report('全年受理信访事项由上年的1100件降至960件，下降22.7%。'),
      findings: [{ code: 'figure/change', at: '22.7%', message: '增减幅度与数值不符：(1100−960)÷1100=12.727%，应为12.7%，文中为“22.7%”' }],
    },
    {
      name: 'an implied base of 亿 figures is written in their decimals',
      text: report('全县税收收入完成4.82亿元，比上年减收0.36亿元，下降9.6%。'),
      findings: [{ code: 'figure/change', at: '9.6%', message: '增减幅度与增减量不符：上期为4.82亿元+0.36亿元=5.18亿元，0.36÷5.18=6.950%，应为6.9%，文中为“9.6%”' }],
    },
    {
      name: 'a completion clause between the value and the amount',
      text: report('全年非税收入完成12840万元，完成年初预算数15000万元的85.6%，比上年减收960万元，下降9%。'),
      findings: [{ code: 'figure/change', at: '9%', message: /上期为12840万元\+960万元=13800万元，960÷13800=6\.96%，应为7%/ }],
    },
    {
      name: 'amounts with thousands separators: the fix keeps them',
      text: report('全县一般公共预算收入完成36,450万元，同比增长8.2%，增收2,673万元。'),
      findings: [{ code: 'figure/change', at: '8.2%', message: /上期为36,450万元−2,673万元=33,777万元，2,673÷33,777=7\.914%，应为7\.9%/ }],
    },
    {
      name: 'a rate change against a named year that is neither the points nor the relative change',
      text: report('在2021年，全市案卷评查合格率为82.4%；在2022年，案卷评查合格率为85.1%。2023年案卷评查合格率为88.6%，较之2022年上升5.5%。'),
      findings: [{
        code: 'figure/change', at: '5.5%',
        message: '增减幅度与所比较的两个比率不符：由85.1%到88.6%，相差3.5个百分点，相对上升4.113%（(88.6%−85.1%)÷85.1%），文中为“5.5%”',
        fixed: report('在2021年，全市案卷评查合格率为82.4%；在2022年，案卷评查合格率为85.1%。2023年案卷评查合格率为88.6%，较之2022年上升4.1%。'),
      }],
    },
    {
      name: 'a rate change against a named year in the wrong direction',
      text: report('2022年案卷评查合格率为85.1%。2023年案卷评查合格率为81.6%，较2022年上升3.5%。'),
      findings: [{ code: 'figure/change', at: '3.5%', message: '增减方向与数值不符：由85.1%到81.6%是下降，文中写作“上升”', fixed: null }],
    },
    {
      name: 'years and values in full-width digits read as the same series',
      text: report('２０２２年受理案件３００件，２０２３年为３６０件，同比增长２５%。'),
      findings: [{ code: 'figure/change', at: '２５%', message: '增减幅度与数值不符：(360−300)÷300=20.00%，应为20%，文中为“２５%”' }],
    },
    {
      name: 'year series: the second change does not follow from its pair',
      text: report('2022年全市调解纠纷2.4万件，涉及金额6.5亿元；2023年全市调解纠纷3.1万件，涉及金额9.1亿元，同比分别增长29%和50%。'),
      findings: [{ code: 'figure/change', at: '50%', message: '增减幅度与数值不符：(9.1−6.5)÷6.5=40.00%，应为40%，文中为“50%”', fixed: report('2022年全市调解纠纷2.4万件，涉及金额6.5亿元；2023年全市调解纠纷3.1万件，涉及金额9.1亿元，同比分别增长29%和40%。') }],
    },
    {
      name: 'percentage points beyond rounding (percent and points confused)',
      text: report('2022年行政诉讼败诉率为9.6%，2023年为6.1%，同比下降36.5个百分点。'),
      findings: [{
        code: 'figure/change', severity: 'error', at: '36.5个百分点',
        message: '百分点变化与数值不符：9.6%−6.1%=3.5个百分点，应为3.5个百分点，文中为“36.5个百分点”',
        fixed: report('2022年行政诉讼败诉率为9.6%，2023年为6.1%，同比下降3.5个百分点。'),
      }],
    },
    {
      name: 'percentage points the rounding of the percents might explain: a warning',
      text: report('2022年行政诉讼败诉率为9.6%，2023年为6.1%，同比下降3.4个百分点。'),
      findings: [{
        code: 'figure/change', severity: 'warning', at: '3.4个百分点',
        message: '百分点变化与所写数值不符：9.6%−6.1%=3.5个百分点，文中为“3.4个百分点”（若两个百分数是舍入后的值，差额可能不同，请核对）',
      }],
    },
    {
      name: 'percentage points after the last item of a year series',
      text: report('2021年败诉率为12.0%，2022年败诉率为9.6%，2023年败诉率为6.1%，同比下降2.4个百分点。'),
      findings: [{ code: 'figure/change', severity: 'error', at: '2.4个百分点', message: /9\.6%−6\.1%=3\.5个百分点，应为3\.5个百分点/ }],
    },
    {
      name: 'percentage points against a base after 较',
      text: report('2023年行政诉讼败诉率6.1%，较2022年的9.6%下降4.5个百分点。'),
      findings: [{ code: 'figure/change', severity: 'error', at: '4.5个百分点', message: /9\.6%−6\.1%=3\.5个百分点/ }],
    },
    {
      name: 'percentage points against the base after an earlier change',
      text: report('全年案件调撤率为45.6%，比上年提高5.6个百分点，结案率为98.2%，比上年的95%提高2.1个百分点。'),
      findings: [{ code: 'figure/change', severity: 'error', at: '2.1个百分点', message: /98\.2%−95%=3\.2个百分点，应为3\.2个百分点/ }],
    },
    {
      name: 'percentage points in the wrong direction',
      text: report('2023年行政诉讼败诉率6.1%，较2022年的9.6%提高3.5个百分点。'),
      findings: [{ code: 'figure/change', severity: 'error', at: '3.5个百分点', message: '增减方向与数值不符：由9.6%到6.1%是下降，文中写作“提高”', fixed: null }],
    },
    {
      name: 'a later year clause with only a verb repeats the earlier words',
      text: report('2022年受理案件300件，2023年为360件，同比增长25%。'),
      findings: [{ code: 'figure/change', at: '25%', message: /\(360−300\)÷300=20\.00%，应为20%/ }],
    },
    {
      text: report('受理行政复议案件1113件，较2022年558件增加了555件，同比增长98.5%。'),
      findings: [{
        code: 'figure/change', severity: 'error',
        message: '增减幅度与数值不符：(1113−558)÷558=99.462%，应为99.5%，文中为“98.5%”', at: '98.5%',
        fixed: report('受理行政复议案件1113件，较2022年558件增加了555件，同比增长99.5%。'),
      }],
    },
    {
      text: report('受理行政复议案件1113件，较2022年558件增加了545件，同比增长99.5%。'),
      findings: [{ code: 'figure/change', message: '增减量与前后两个数值不符：1113−558=555，文中为“545件”', at: '545件', fixed: report('受理行政复议案件1113件，较2022年558件增加了555件，同比增长99.5%。') }],
    },
    {
      name: 'years between 由/到 and the figures',
      text: report('调解案件由2022年的320件增加到2023年的352件，增长12%。'),
      findings: [{ code: 'figure/change', message: '增减幅度与数值不符：(352−320)÷320=10.00%，应为10%，文中为“12%”', at: '12%', fixed: report('调解案件由2022年的320件增加到2023年的352件，增长10%。') }],
    },
    {
      name: 'truncation is a warning',
      text: report('办件量由300件增加到401件，增长33.6%。'),
      findings: [{ code: 'figure/change', severity: 'warning', message: /四舍五入.*33.667%，应为33.7%/, at: '33.6%' }],
    },
    {
      text: report('办理案件200件，比上年300件下降50%。'),
      findings: [{ code: 'figure/change', message: /应为33%/, at: '50%', fixed: report('办理案件200件，比上年300件下降33%。') }],
    },
    {
      text: report('办理案件400件，比上年300件下降25%。'),
      findings: [{ code: 'figure/change', message: '增减方向与数值不符：由300件到400件是增加，文中写作“下降”', at: '25%' }],
    },
    {
      name: 'the base implied by the change amount',
      text: report('办理法律援助案件1500件，较上年增加400件，同比增长25%。'),
      findings: [{
        code: 'figure/change', severity: 'error', at: '25%',
        message: '增减幅度与增减量不符：上期为1500件−400件=1100件，400÷1100=36.36%，应为36%，文中为“25%”',
        fixed: report('办理法律援助案件1500件，较上年增加400件，同比增长36%。'),
      }],
    },
    {
      name: 'a base after 同比去年 (受理, 件; 接待, 人次 with thousands commas)',
      text: report('全年受理行政复议申请1320件，同比去年1100件增长了25%。\n\n法律援助中心接待来访群众2,400人次，同比去年2,000人次增长30%。'),
      findings: [
        { code: 'figure/change', at: '25%', message: '增减幅度与数值不符：(1320−1100)÷1100=20.00%，应为20%，文中为“25%”' },
        { code: 'figure/change', at: '30%', message: /\(2,400−2,000\)÷2,000=20\.00%，应为20%/ },
      ],
    },
    {
      name: 'last year after 而…仅 (信访, 件); the later year first (法律援助); 增长率 as the change word (投诉)',
      text: report('全年受理信访事项240件，而上年同期仅200件，增长了25%。\n\n2023年受理法律援助案件120件，2022年受理法律援助案件100件，同比增长25%。\n\n全年受理消费投诉1200件，上年为1000件，增长率为25%。'),
      findings: [
        { code: 'figure/change', at: '25%', message: '增减幅度与数值不符：(240−200)÷200=20.00%，应为20%，文中为“25%”' },
        { code: 'figure/change', at: '25%', occurrence: 1, message: '增减幅度与数值不符：(120−100)÷100=20.00%，应为20%，文中为“25%”' },
        { code: 'figure/change', at: '25%', occurrence: 2, message: '增减幅度与数值不符：(1200−1000)÷1000=20.00%，应为20%，文中为“25%”' },
      ],
    },
    {
      name: 'year clauses whose words differ by a total word only (总计 / 共; 共 in one sentence of two)',
      text: report('2022年总计办理应诉案件72件，2023年共办理应诉案件165件，同比增长120%。\n\n2022年，全县共办理法律援助案件640件。2023年，全县办理法律援助案件704件，比2022年增长15%。'),
      findings: [
        { code: 'figure/change', at: '120%', message: /\(165−72\)÷72=129\.17%，应为129%/ },
        { code: 'figure/change', at: '15%', message: /\(704−640\)÷640=10\.00%，应为10%/ },
      ],
    },
    {
      name: 'a change amount after a base named by 同比去年 (办结, 宗)',
      text: report('全年办结政府信息公开申请300宗，同比去年250宗增加了60宗。'),
      findings: [{ code: 'figure/change', at: '60宗', message: '增减量与前后两个数值不符：300−250=50，文中为“60宗”' }],
    },
    {
      name: 'the second comparison of a sentence against its own base, not against the first one\'s (环比上季度…，同比去年…)',
      text: report('本季度登记消费投诉举报9600件，环比上季度8000件增长了20.00%；同比去年6400件增长了60.00%。'),
      findings: [{ code: 'figure/change', at: '60.00%', message: '增减幅度与数值不符：(9600−6400)÷6400=50.0000%，应为50.00%，文中为“60.00%”' }],
    },
    {
      name: 'an implied base for a decrease',
      text: report('行政复议案件1200件，比上年减少300件，下降25%。'),
      findings: [{ code: 'figure/change', message: '增减幅度与增减量不符：上期为1200件+300件=1500件，300÷1500=20.00%，应为20%，文中为“25%”', at: '25%' }],
    },
    {
      name: 'an implied base after a comparison with another period (上季度, 上月, 同比去年, 环比 相比)',
      text: report('本季度调处矛盾纠纷960起，比上季度减少40起，下降5%。法律援助中心本月受理申请520人次，与上月相比增加20人次，增长5%。\n\n办理法律援助案件720件，同比去年增加120件，增长25%。'),
      findings: [
        { code: 'figure/change', message: '增减幅度与增减量不符：上期为960起+40起=1000起，40÷1000=4.00%，应为4%，文中为“5%”', at: '5%' },
        { code: 'figure/change', message: /上期为520人次−20人次=500人次，20÷500=4\.00%，应为4%/, at: '5%', occurrence: 1 },
        { code: 'figure/change', message: /上期为720件−120件=600件，120÷600=20\.00%，应为20%/, at: '25%' },
      ],
    },
    {
      name: 'a change amount and percent opening their sentence, the current value in the paragraph before (调处, 件)',
      text: report('全县各级人民调解组织共调处矛盾纠纷1260件，调解成功1198件。\n\n与上年相比，矛盾纠纷调处量减少140件，下降12.5%。'),
      findings: [{
        code: 'figure/change', severity: 'error', at: '12.5%',
        message: '增减幅度与增减量不符：上期为1260件+140件=1400件，140÷1400=10.000%，应为10.0%，文中为“12.5%”',
        fixed: report('全县各级人民调解组织共调处矛盾纠纷1260件，调解成功1198件。\n\n与上年相比，矛盾纠纷调处量减少140件，下降10.0%。'),
      }],
    },
    {
      name: 'the percent first, then the amount alone (行政复议申请同比下降12%，减少44份)',
      text: report('全年区政府共收到行政复议申请356份，依法受理331份。\n\n行政复议申请同比下降12%，减少44份。'),
      findings: [{ code: 'figure/change', at: '12%', message: /上期为356份\+44份=400份，44÷400=11\.00%，应为11%/ }],
    },
    {
      name: 'no subject: the change of the total leading the paragraph before (同比…宗)',
      text: report('全年全市劳动人事争议仲裁机构共立案受理争议案件2,180宗，结案2,090宗。\n\n同比增加280宗，增长16.3%。'),
      findings: [{ code: 'figure/change', at: '16.3%', message: /上期为2,180宗−280宗=1,900宗，280÷1,900=14\.737%，应为14\.7%/ }],
    },
    {
      name: 'the current value in the sentence before, the subject named before the percent (投诉量; 比去年同期 first)',
      text: report('全年受理消费者投诉3240件，为消费者挽回经济损失286.5万元。比去年同期增加410件，投诉量增长18.5%。'),
      findings: [{ code: 'figure/change', at: '18.5%', message: /上期为3240件−410件=2830件，410÷2830=14\.488%，应为14\.5%/ }],
    },
    {
      name: 'two changes after one another, against two earlier periods (；, 与…相比), the one wrong',
      text: report('全年区政府共收到行政复议申请356份，依法受理331份。\n\n从数据对比看，行政复议申请数量与去年同期相比减少44份，下降12%；与2021年相比增加56份，增长18.7%。'),
      findings: [{ code: 'figure/change', at: '12%', message: /上期为356份\+44份=400份，44÷400=11\.00%，应为11%/ }],
    },
    {
      name: 'the current value a part leading its statement (其中), named by a quoted channel; thousands commas, 个',
      text: report('全年12345热线共受理诉求5,974个。其中，通过“随手拍”上报诉求1,831个，占30.65%；电话受理4,143个。\n\n对比上年数据，“随手拍”诉求量减少141个，减少7.51%。'),
      findings: [{ code: 'figure/change', at: '7.51%', message: /上期为1,831个\+141个=1,972个，141÷1,972=7\.1501%，应为7\.15%/ }],
    },
    {
      name: 'the amount after the percent, in the units written (增收)',
      text: report('全市财政总收入完成191347万元，较上年同期增长13.55%，增收25457万元。'),
      findings: [{
        code: 'figure/change', severity: 'error', at: '13.55%',
        message: '增减幅度与增减量不符：上期为191347万元−25457万元=165890万元，25457÷165890=15.3457%，应为15.35%，文中为“13.55%”',
        fixed: report('全市财政总收入完成191347万元，较上年同期增长15.35%，增收25457万元。'),
      }],
    },
    {
      name: 'the current value\'s own share between it and the change',
      text: report('一般公共预算收入累计完成99552万元，占年初预算数109466万元的90.9%，同比增长9.1%，增收8030万元。'),
      findings: [{ code: 'figure/change', message: /上期为99552万元−8030万元=91522万元，8030÷91522=8\.774%，应为8\.8%，文中为“9\.1%”/, at: '9.1%' }],
    },
    {
      name: 'a completion clause whose base amount has thousands separators between the value and its change',
      text: report('一般公共预算财政总支出379,347万元，完成年初预算391,267万元的96.95%，比上年增加39,010万元，增幅13.46%。'),
      findings: [{ code: 'figure/change', message: '增减幅度与增减量不符：上期为379,347万元−39,010万元=340,337万元，39,010÷340,337=11.4622%，应为11.46%，文中为“13.46%”', at: '13.46%' }],
    },
    {
      name: 'a sentence opening 和去年同期相比 changes the count its subject names in the sentence before',
      text: report('2021年1-9月，全市公共资源交易平台完成各类交易事项1137个，交易金额145.786亿元。和去年同期相比，项目交易数量减少72个，减幅为6.95%。'),
      findings: [{ code: 'figure/change', message: '增减幅度与增减量不符：上期为1137个+72个=1209个，72÷1209=5.9553%，应为5.96%，文中为“6.95%”', at: '6.95%' }],
    },
    {
      name: 'the current value\'s share of the budget and its distance from the schedule between it and the change',
      text: report('2月份，全县实现大口径财政收入5682万元，完成预算105425万元的5.39%，较均衡进度慢2.94%，较上年同期减收1816万元，下降26.22%。'),
      findings: [{ code: 'figure/change', message: '增减幅度与增减量不符：上期为5682万元+1816万元=7498万元，1816÷7498=24.2198%，应为24.22%，文中为“26.22%”', at: '26.22%' }],
    },
    {
      name: 'a decrease in spending with the amount after the percent (减支)',
      text: report('一般公共预算支出完成80000万元，同比下降10%，减支20000万元。'),
      findings: [{ code: 'figure/change', message: /上期为80000万元\+20000万元=100000万元，20000÷100000=20\.00%，应为20%/, at: '10%' }],
    },
    {
      name: 'a gap after both percents, the benchmark named by its place (全省平均…，高于全省平均水平)',
      text: report('全市行政机关负责人出庭应诉率为96.5%，全省平均出庭应诉率为90.2%，高于全省平均水平7.3个百分点。'),
      findings: [{ code: 'figure/change', at: '7.3个百分点', message: '相差的百分点与数值不符：96.5%−90.2%=6.3个百分点，应为6.3个百分点，文中为“7.3个百分点”' }],
    },
    {
      name: 'a gap after both percents, the benchmark first, 低于',
      text: report('全市平均败诉率为8.6%；全县行政诉讼败诉率为5.2%，低于全市平均水平2.4个百分点。'),
      findings: [{ code: 'figure/change', at: '2.4个百分点', message: /8\.6%−5\.2%=3\.4个百分点，应为3\.4个百分点/ }],
    },
    {
      name: 'a gap after both percents, the benchmark named by its place alone (全省平均为…)',
      text: report('我市复议纠错率为12.5%，全省平均为9.4%，高出全省4.1个百分点。'),
      findings: [{ code: 'figure/change', at: '4.1个百分点', message: /12\.5%−9\.4%=3\.1个百分点，应为3\.1个百分点/ }],
    },
    {
      name: 'a gap with the benchmark in an aside after it (（全省为9.4%）)',
      text: report('我市行政复议纠错率为12.5%，比全省平均水平高出4.1个百分点（全省为9.4%）。'),
      findings: [{ code: 'figure/change', at: '4.1个百分点', message: /12\.5%−9\.4%=3\.1个百分点/ }],
    },
    {
      name: 'a gap after both percents whose direction the values contradict',
      text: report('全县平均结案率为97.3%，全乡结案率为92.1%，高出全县5.2个百分点。'),
      findings: [{ code: 'figure/change', at: '5.2个百分点', message: '高低与数值不符：92.1%低于97.3%，文中写作高' }],
    },
    {
      name: 'an implied base after a comparison clause of its own, or 比上年多',
      text: report('全年共受理行政复议案件1500件，与去年同期相比，增加400件，增长25%。\n\n全年办理法律援助案件880件，比上年多80件，增长12%。'),
      findings: [
        { code: 'figure/change', at: '25%', message: '增减幅度与增减量不符：上期为1500件−400件=1100件，400÷1100=36.36%，应为36%，文中为“25%”' },
        { code: 'figure/change', at: '12%', message: /上期为880件−80件=800件，80÷800=10\.00%，应为10%/ },
      ],
    },
    {
      name: 'a change of a level after a table of two periods with its column, neither the points nor the relative change',
      text: report('各季度办理情况如下。\n\n| 季度 | 受理数 | 办结率 |\n| --- | --- | --- |\n| 一季度 | 1200 | 95.5% |\n| 二季度 | 1300 | 97.0% |\n\n（二）办结情况分析\n\n办结率变化：呈上升趋势，提高了2.5%。'),
      findings: [{ code: 'figure/change', at: '2.5%', message: '增减幅度与所比较的两个比率不符：由95.5%到97.0%，相差1.5个百分点，相对提高1.571%（(97.0%−95.5%)÷95.5%），文中为“2.5%”' }],
    },
    {
      name: 'a share\'s change after a one-cell-a-line table, its subject named in the heading above',
      format: 'plaintext',
      text: '一、数据对比与分析\n| 月份 |\n投诉类工单占比 |\n咨询类工单占比 |\n| 5月 |\n32.40% |\n50.10% |\n| 6月 |\n28.30% |\n52.60% |\n（一）投诉类工单分析\n占比变化：占比呈下降趋势，下降了4.3%。\n二、下一步工作\n继续做好热线工作。\n',
      findings: [{ code: 'figure/change', at: '4.3%', message: /由32\.40%到28\.30%，相差4\.10个百分点/ }],
    },
    {
      name: 'a change in points with last year\'s level in an aside after it',
      text: report('全市行政诉讼败诉率为6.1%，同比下降3.4个百分点（上年为9.6%）。\n\n网上办理率达95.2%，比上年提升6.1个百分点（2022年为90.2%）。'),
      findings: [
        { code: 'figure/change', severity: 'warning', at: '3.4个百分点', message: /9\.6%−6\.1%=3\.5个百分点，文中为“3\.4个百分点”/ },
        { code: 'figure/change', severity: 'error', at: '6.1个百分点', message: '百分点变化与数值不符：95.2%−90.2%=5.0个百分点，应为5.0个百分点，文中为“6.1个百分点”' },
      ],
    },
    {
      name: 'a change right after a series of one value a year compares its last two values',
      text: report('2022年、2023年全市行政诉讼败诉率分别为9.6%、6.1%，下降3.4个百分点。\n\n2021—2023年受理行政复议案件分别为120件、150件、200件，同比增长25%。'),
      findings: [
        { code: 'figure/change', severity: 'warning', at: '3.4个百分点', message: /9\.6%−6\.1%=3\.5个百分点/ },
        { code: 'figure/change', at: '25%', message: '增减幅度与数值不符：(200−150)÷150=33.33%，应为33%，文中为“25%”' },
      ],
    },
    {
      name: 'a sentence opening with the comparison and the amount changes the paragraph\'s one whole count',
      text: report('全年共受理行政复议申请1,200件。审结率96%，纠错率12%。较上年增加200件，增长25%。'),
      findings: [{ code: 'figure/change', at: '25%', message: '增减幅度与增减量不符：上期为1,200件−200件=1,000件，200÷1,000=20.00%，应为20%，文中为“25%”' }],
    },
    {
      name: 'a rise over 万余 counts beyond the range they allow',
      text: report('全年办理法律援助案件1.2万余件，较上年增加3000余件，增长80%。'),
      findings: [{
        code: 'figure/change', severity: 'warning', at: '80%',
        message: '增减幅度超出约数所能得出的范围：本期1.2万余件（12000～13000件），增减量3000余件（3000～4000件），上期约为8000～10000件，幅度应在30.0%～50.0%之间，文中为“80%”',
      }],
    },
    {
      name: 'a rise over approximate counts, the comparison in a clause of its own and the noun repeated',
      text: report('拆除违法建筑1.9万余平方米，同比2022年度，拆除面积增加7000余平方米，提升85.3%。'),
      findings: [{ code: 'figure/change', severity: 'warning', at: '85.3%', message: /幅度应在53\.8%～72\.7%之间，文中为“85\.3%”/ }],
    },
    {
      name: 'a fall over 多 counts beyond their range',
      text: report('调处矛盾纠纷3000多起，比上年减少500多起，下降30%。'),
      findings: [{ code: 'figure/change', severity: 'warning', at: '30%', message: /上期约为3500～4600起/ }],
    },
    {
      name: 'outlier increase without a base',
      text: report('公证案件同比增长552.61%。'),
      findings: [{ code: 'figure/change', severity: 'information', message: '增幅异常：“552.61%”意味着本期为上期的6.53倍，文中未写明上期数值，请核对', at: '552.61%', fixed: null }],
    },
    {
      name: 'outlier increase whose sibling rises are small',
      text: report('受理行政复议案件同比上升552.61%，审结案件同比上升12%，纠错案件同比下降180%。'),
      findings: [
        { code: 'figure/change', severity: 'information', message: /增幅异常：“552\.61%”/, at: '552.61%', fixed: null },
        { code: 'figure/change', severity: 'warning', message: /不可能超过100%/, at: '180%' },
      ],
    },
    {
      name: 'outlier increase on a count whose whole prior no rounding gives (145÷7.3=19.86; 19→663.16%, 20→625%)',
      text: report('收到来信感谢145件，同比增长630.00%。'),
      findings: [{ code: 'figure/change', severity: 'information', message: /增幅异常：“630\.00%”/, at: '630.00%', fixed: null }],
    },
    {
      name: 'a large rise in a lead, the body stating the count without the rise',
      text: report('全市法律援助案件同比增长346.8%。\n\n截至6月15日，市法律援助中心办理法律援助案件210件。'),
      findings: [{ code: 'figure/change', severity: 'information', message: /增幅异常：“346\.8%”/, at: '346.8%', fixed: null }],
    },
    { text: report('投诉量同比下降120%。'), findings: [{ code: 'figure/change', severity: 'warning', message: /不可能超过100%/, at: '120%' }] },
    {
      name: 'bases in brackets: each change after 分别 is of its own figure',
      text: report('2023年，全区调解组织共受理各类纠纷5420件(2022年4800件)，调解成功5310件(2022年4650件)，同比分别增长12.92%和14.91%。'),
      findings: [{
        code: 'figure/change', at: '14.91%', message: '增减幅度与数值不符：(5310−4650)÷4650=14.1935%，应为14.19%，文中为“14.91%”',
        fixed: report('2023年，全区调解组织共受理各类纠纷5420件(2022年4800件)，调解成功5310件(2022年4650件)，同比分别增长12.92%和14.19%。'),
      }],
    },
    {
      name: 'the base in a clause opening with the year before',
      text: report('2022年共办理应诉案件72件，2023年共办理应诉案件165件，同比增长120%。'),
      findings: [{ code: 'figure/change', at: '120%', message: '增减幅度与数值不符：(165−72)÷72=129.17%，应为129%，文中为“120%”' }],
    },
    {
      name: 'the later year with the verb alone: the base in a clause opening with the year before',
      text: report('2022年共办理应诉案件72件，2023年共办理165件，同比增长120%。'),
      findings: [{ code: 'figure/change', at: '120%', message: '增减幅度与数值不符：(165−72)÷72=129.17%，应为129%，文中为“120%”' }],
    },
    {
      name: 'the later year may drop the words',
      text: report('2022年受理案件300件，2023年360件，同比增长25%。'),
      findings: [{ code: 'figure/change', at: '25%', message: '增减幅度与数值不符：(360−300)÷300=20.00%，应为20%，文中为“25%”', fixed: report('2022年受理案件300件，2023年360件，同比增长20%。') }],
    },
    {
      name: 'bracketed bases of 上年, two changes after 分别',
      text: report('办理法律援助案件1500件(上年1200件)，结案1400件(上年1000件)，同比分别增长25%和45%。'),
      findings: [{ code: 'figure/change', at: '45%', message: '增减幅度与数值不符：(1400−1000)÷1000=40.00%，应为40%，文中为“45%”' }],
    },
    {
      name: 'a base in brackets',
      text: report('区法院受理一审行政案件413件（2022年250件），同比增长58.85%。'),
      findings: [{ code: 'figure/change', at: '58.85%', message: '增减幅度与数值不符：(413−250)÷250=65.2000%，应为65.20%，文中为“58.85%”' }],
    },
  ],
});

ruleTable(figureConflict, {
  valid: [
    report('日常监督罚款同比上升的有9个市：河池市、钦州市、柳州市、贺州市、来宾市、桂林市、贵港市、防城港市和百色市；同比下降的有5个市：玉林市、南宁市、梧州市、崇左市和北海市。'),
    // As many names as the count, or more than the names after 等; a count after levels counts what is under them; items
    // not alike (a 、 inside one of them) are not counted.
    report('设立总商会人民调解委员会、旅游纠纷人民调解委员会、消费纠纷人民调解委员会、婚姻家庭纠纷人民调解委员会4个行业性人民调解组织。'),
    report('设立无障碍手语服务、民营企业服务、12333人力资源和社会保障服务、居家养老服务等各类专席7个。'),
    report('覆盖省、市、县28个执法部门。'),
    report('内容包括：总体情况、主动公开政府信息情况、被申请行政复议、提起行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等六项内容。'),
    // A rank is no count for its aside to break down.
    report('52项评价指标中，有25项位居全国前15（其中16项位居前10）。'),
    // Changes on a stated basis (扣除…后, 按…口径计算) are of the level before them, not levels of their own words.
    report('全市一般公共预算收入416亿元，扣除留抵退税因素后增长2.5%，按自然口径计算下降13.2%。全市税收收入282.5亿元，扣除留抵退税因素后增长1.3%，按自然口径计算下降20%。'),
    report('全市共有各级各类法治文化阵地127个，今年新增21个。'),
    report('全市73个乡镇均建立综合执法机构，我市1个乡镇、1个案例分别被评为先进。覆盖105个乡镇（街道）。'),
    report('全市14个乡镇（街道）全部建成便民服务中心。全市14个乡镇（街道）均设立工作站。'),
    report('全市5个部门开展试点。全市7个部门参加培训。'),
    report('全市18个镇（街道）完成梳理。2022年全市19个镇（街道）完成梳理。'),
    report('评选出19个优秀案卷单位，23件优秀案卷。'),
    // Names after a count as many as it says (和 between two names, 和 inside one: 住房和城乡建设局); types, not names, in a
    // bracket.
    report('成员单位共3家，分别是县发展和改革局、县财政局和县住房和城乡建设局。涉及有行政执法职能的机构3个（街平安办、街社会事务办、街综合执法队）。'),
    report('检查企业30家（食品企业、药品企业）。'),
    // A count right after a 、-list that matches it; counts of something else; open or joined lists; congresses.
    report('完善区、街、社区三级调解网络，实现市、县两级全覆盖，从思想、组织、作风、制度四个方面推进。'),
    // 一 after a determiner is no count: "每一级", "上一级".
    report('对每一个服务窗口、每一级审核单位、每一名经办人员明确办理时限。'),
    report('案件材料报送本级、上一级司法行政机关备案。'),
    // 一 after a list of two or more is a level or a rank ("一级回访"), never their count.
    report('从首接负责制、工作流程、办理时限、保障措施，到派单目录、经办单位一级回访等，建立健全机制办法。'),
    // A list already counted in its last item ("两级"): the count word after it is of something else ("一级" = each level).
    report('除垂直管理部门外，县、乡两级人民政府一级只设立一个综合执法机构。'),
    report('在食品安全、药品监管、特种设备3个重点领域开展试点。'),
    report('对市、县15个执法部门开展案卷评查。'),
    report('在教育、医疗等7个重点领域开展试点，推进调解、仲裁和诉讼三大机制衔接。'),
    report('深入学习宣传党的十九大、二十大精神。'),
    // People counted in 人 and 名 alike, the same value; people who did something are no stock.
    report('全县共有行政执法人员1250人。全县1250名行政执法人员全部参加培训。'),
    report('全县有1250人参加培训。全县1205名行政执法人员全部参加考试。'),
  ],
  invalid: [
    {
      name: 'a count of places, then their names after a colon',
      text: report('日常监督罚款同比上升的有8个市：河池市、钦州市、柳州市、贺州市、来宾市、桂林市、贵港市、防城港市和百色市；同比下降的有5个市：玉林市、南宁市、梧州市、崇左市和北海市。'),
      findings: [{ code: 'figure/conflict', severity: 'warning', message: '列举的项数与所写数目不符：“8个市”之后列出了9个名称（河池市、钦州市、柳州市、贺州市、来宾市、桂林市、贵港市、防城港市、百色市），请核对', at: '8个市' }],
    },
    {
      name: 'a count right after the names it counts, more than them (bodies named in full)',
      text: report('先后在县工商联、县妇联设立总商会人民调解委员会、旅游纠纷人民调解委员会、消费纠纷人民调解委员会、婚姻家庭纠纷人民调解委员会5个行业性人民调解组织。'),
      findings: [{ code: 'figure/conflict', severity: 'warning', message: '列举的项数与所写数目不符：“5个”之前列出了4个名称（总商会人民调解委员会、旅游纠纷人民调解委员会、消费纠纷人民调解委员会、婚姻家庭纠纷人民调解委员会），请核对', at: '5个' }],
    },
    {
      name: 'a count after 等 fewer than the names before it',
      text: report('设立无障碍手语服务、民营企业服务、12333人力资源和社会保障服务、居家养老服务、欠薪维权服务等各类专席4个。'),
      findings: [{ code: 'figure/conflict', severity: 'warning', message: '列举的项数与所写数目不符：“4个”之前列出了5至6个名称（无障碍手语服务、民营企业服务……欠薪维权服务），“等”之后的数只会更多，请核对', at: '4个' }],
    },
    {
      name: 'a stock of people in 人 stated again in 名',
      text: report('全县共有行政执法人员1250人。全县1205名行政执法人员全部参加培训。'),
      findings: [
        { code: 'figure/conflict', severity: 'warning', message: '同一数量前后不一致：此处为“行政执法人员1250人”，文中另处为“1205名行政执法人员”，请核对', at: '1250人' },
        { code: 'figure/conflict', severity: 'information', message: /此处为“1205名行政执法人员”/, at: '1205名' },
      ],
    },
    {
      text: report('全市13个乡镇（街道）全部建成便民服务中心。全市14个乡镇（街道）均设立工作站。'),
      findings: [
        {
          code: 'figure/conflict', severity: 'warning',
          message: '同一数量前后不一致：此处为“13个乡镇（街道）”，文中另处为“14个乡镇（街道）”，请核对', at: '13个',
          fixed: report('全市13个乡镇（街道）全部建成便民服务中心。全市13个乡镇（街道）均设立工作站。'),
        },
        {
          code: 'figure/conflict', severity: 'information', message: /此处为“14个乡镇（街道）”/, at: '14个',
          fixed: report('全市13个乡镇（街道）全部建成便民服务中心。全市13个乡镇（街道）均设立工作站。'),
        },
      ],
    },
    {
      name: 'the mention stating the total carries the warning',
      text: report('19个镇（街道）配备专职调解员53人。我市18个镇（街道）分别梳理行政执法事项。'),
      findings: [
        { code: 'figure/conflict', severity: 'information', message: /此处为“19个镇（街道）”/, at: '19个' },
        { code: 'figure/conflict', severity: 'warning', message: /此处为“18个镇（街道）”/, at: '18个' },
      ],
    },
    {
      name: 'two scope words before the figure',
      text: report('全县共有15个乡镇。全县16个乡镇均建立公共法律服务站。'),
      findings: [
        { code: 'figure/conflict', severity: 'warning', message: /此处为“15个乡镇”，文中另处为“16个乡镇”/, at: '15个' },
        { code: 'figure/conflict', severity: 'information', message: /此处为“16个乡镇”/, at: '16个' },
      ],
    },
    {
      name: 'the odd one out against a majority',
      text: report('全市12个司法所完成规范化建设。全市12个司法所配备律师。全市11个司法所开展培训。'),
      findings: [{ code: 'figure/conflict', severity: 'warning', message: /此处为“11个司法所”，文中另处为“12个司法所”/, at: '11个' }],
    },
    {
      name: 'a count that does not match the 、-list before it',
      text: report('在市场监管、卫生健康、交通运输、生态环境4个重点领域开展试点，完善区、街、社区两级网络，推进立法、执法、司法、守法五大环节衔接。'),
      findings: [
        { code: 'figure/conflict', severity: 'warning', message: '列举的项数与所写数目不符：“两级”之前以顿号并列了3项，请核对', at: '两级' },
        { code: 'figure/conflict', severity: 'warning', message: '列举的项数与所写数目不符：“五大”之前以顿号并列了4项，请核对', at: '五大' },
      ],
    },
    {
      name: 'a count of bodies, then fewer names after 分别是 or in a bracket',
      text: report('纳入改革范围的事业单位共4家，分别是某县水利工程服务站、某县农业技术推广中心和某县城乡规划服务中心。下辖内设机构9个，其中涉及有行政执法职能的机构4个（街平安办、街社会事务办、街综合执法队）。'),
      findings: [
        { code: 'figure/conflict', severity: 'warning', message: '列举的项数与所写数目不符：“4家”之后列出了3个名称（某县水利工程服务站、某县农业技术推广中心、某县城乡规划服务中心），请核对', at: '4家' },
        { code: 'figure/conflict', severity: 'warning', message: '列举的项数与所写数目不符：“4个”之后列出了3个名称（街平安办、街社会事务办、街综合执法队），请核对', at: '4个' },
      ],
    },
    {
      text: report('随机抽取并评选出23个优秀案卷单位，19件优秀案卷，评查出问题106处。'),
      findings: [{ code: 'figure/conflict', message: '“23个优秀案卷单位”多于“19件优秀案卷”：每个优秀案卷单位至少应有1件优秀案卷，23>19，请核对', at: '23个优秀案卷单位，19件', fixed: null }],
    },
  ],
});

const stars = '全市共建设五星级司法所50个，四星级司法所34个，三星级司法所20个，实现星级司法所全覆盖。';
ruleTable(figureTarget, {
  valid: [
    report(stars, '四星级以上司法所达到85%，五星级司法所达到50%。'),
    report('考试合格率97%。', '行政执法人员培训考试合格率保持在97%以上。'),
    report('考试合格率97%。', '复议纠错率保持在90%。'),
    report('“网办率”已达95%。'),
    report('考试合格率97%。', '年底可达99%。'),
    // A change already made is a result, and a forecast in the plan is a target.
    report('行政诉讼败诉率由8.1%下降至5.2%。'),
    report('考试合格率97%。', '行政争议调撤率有望提升至50%。'),
  ],
  invalid: [
    {
      text: report(stars, '四星级以上司法所达到60%，五星级司法所达到40%。'),
      findings: [
        { code: 'figure/target', severity: 'error', message: '下一年度目标低于本年已达到的水平：目标“四星级以上司法所达到60%”，而本年已达(50+34)÷104=80.8%', at: '60%', fixed: null },
        { code: 'figure/target', message: /目标“五星级司法所达到40%”，而本年已达50÷104=48.1%/, at: '40%' },
      ],
    },
    {
      text: report('考试合格率97%。', '行政执法人员培训考试合格率保持在95%以上。'),
      findings: [{ code: 'figure/target', message: /目标“行政执法人员培训考试合格率保持在95%以上”，而本年已达“考试合格率97%”/, at: '95%以上' }],
    },
    {
      text: report('深化“一网通办”，“网办率”年底可达95%。'),
      findings: [{ code: 'meta/forecast', severity: 'warning', message: '“年底可达95%”是预测而非已取得的结果：年度报告的成效部分应写截至年底实际达到的数值', at: '年底可达95%' }],
    },
    {
      name: 'a forecast by 有望…至 among the results',
      text: report('目前一审行政案件调撤率为41.3%，有望提升至45%以上。'),
      findings: [{ code: 'meta/forecast', severity: 'warning', message: /“有望提升至45%以上”是预测而非已取得的结果/, at: '有望提升至45%以上' }],
    },
  ],
});

describe('figure/conflict: list counts with the segmenter', () => {
  const lint = (text: string) =>
    lintText(report(text), { format: 'markdown' }, { rules: [figureConflict], segmenter: loadSegmenter() }).findings.map((f) => f.message);

  it('reads 参与 as a word, 和 between items as a conjunction', () => {
    assert.deepEqual(lint('严格执行公众参与、专家论证、风险评估、合法性审查、集体决策五大程序。'), []);
    assert.deepEqual(lint('严格执行公众参与、专家论证、风险评估、合法性审查、集体决策六大程序。'), ['列举的项数与所写数目不符：“六大”之前以顿号并列了5项，请核对']);
    assert.deepEqual(lint('严格执行公众参与、专家论证和风险评估、合法性审查、集体决策六大程序。'), []);
  });
});

describe('figure/conflict: the choice of value', () => {
  const fixesOf = (text: string) => fixesOffered(figureConflict, report(text));

  it('offers both values from either mention, each unifying every mention, never a swap', () => {
    const [first, second] = fixesOf('全市13个乡镇（街道）全部建成便民服务中心。全市14个乡镇（街道）均设立工作站。');
    const expected = [
      { title: '统一为“13个乡镇（街道）”（1处）', kind: 'choice', values: ['13'] },
      { title: '统一为“14个乡镇（街道）”（1处）', kind: 'choice', values: ['14'] },
    ];
    assert.deepEqual(first, expected);
    assert.deepEqual(second, expected);
  });

  it('puts the majority value first and edits every odd mention', () => {
    const [only] = fixesOf('全市12个司法所完成规范化建设。全市12个司法所配备律师。全市11个司法所开展培训。');
    assert.deepEqual(only.map((f) => f.title), ['统一为“12个司法所”（1处）', '统一为“11个司法所”（2处）']);
  });
});

describe('figure/partition and figure/sum: one slip, one finding', () => {
  it('a total made up by definition, all its parts stated, is judged by figure/partition alone', () => {
    const run = lintText(report('全年实现地区生产总值961435万元，其中，第一产业增加值57116万元；第二产业增加值445964万元；第三产业增加值448355万元。'), { format: 'markdown' }, { segmenter: loadSegmenter() });
    assert.deepEqual(run.findings.filter((f) => f.code.startsWith('figure/')).map((f) => f.code), ['figure/partition']);
  });
  it('a total of the lexicon with one of its parts left out is still checked by figure/sum', () => {
    const run = lintText(report('全区实现农林牧渔业总产值10167.02万元，同比增长5.42%。其中：农业总产值5108.92万元，同比增长11.92%；林业总产值446万元，同比下降5.09%；牧业总产值4015.1万元，同比增长0.59%；农林牧渔服务业总产值561万元，同比增长1.02%。'), { format: 'markdown' }, { segmenter: loadSegmenter() });
    assert.deepEqual(run.findings.filter((f) => f.code.startsWith('figure/')).map((f) => f.code), ['figure/sum']);
  });
});
