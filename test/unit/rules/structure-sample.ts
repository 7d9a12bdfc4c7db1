// A complete, correct annual report for the structure/meta rule tables; cases edit it with `edit`.
export const sample = [
  '明湖市人民政府关于2024年法治政府建设情况的报告',
  '市人民政府：',
  '2024年，明湖市深入推进法治政府建设。现将有关情况报告如下。',
  '一、党政主要负责人履行推进法治建设第一责任人职责情况',
  '市委、市政府主要负责人认真履行推进法治建设第一责任人职责，召开专题会议4次。',
  '二、2024年推进法治政府建设的主要举措和成效',
  '（一）依法全面履行政府职能',
  '深化“放管服”改革，取消行政许可事项18项。',
  '（二）健全依法行政制度体系',
  '严格规范性文件合法性审核，审核文件37件。',
  '三、存在的不足和原因',
  '一是基层法治力量薄弱，主要原因是法制审核人员配备不足。二是执法规范化水平不均衡。',
  '四、2025年工作安排',
  '一是深入学习宣传贯彻习近平法治思想。二是推进行政执法规范化建设。',
  '五、其他需要报告的情况',
  '无。',
  '明湖市人民政府',
  '2025年2月20日',
].join('\n\n');

/** The sample with each [from, to] replaced once (each `from` must occur). */
export function edit(...pairs: [string, string][]): string {
  let text = sample;
  for (const [from, to] of pairs) {
    if (!text.includes(from)) throw new Error(`sample has no “${from}”`);
    text = text.replace(from, to);
  }
  return text;
}

/** Pages on the topic that are not an annual report: the frame rules stay silent on them. */
export const otherPages: { name: string; text: string; format: 'plaintext' }[] = [
  { name: 'a news item about a meeting', format: 'plaintext', text: [
    '首页 > 新闻中心 > 部门动态',
    '明湖市召开2025年法治政府建设工作推进会',
    '发布时间：2025-03-06 来源：明湖日报',
    '3月5日，明湖市召开2025年法治政府建设工作推进会。会议总结了2024年全市法治政府建设工作，部署了今年重点任务。',
    '会议指出，要深入学习贯彻习近平法治思想，全面推进严格规范公正文明执法。（记者 王芳）',
  ].join('\n') },
  { name: 'a 本报讯 news item', format: 'plaintext', text: [
    '法治护航营商环境 明湖交出亮眼答卷',
    '本报讯 2024年，明湖市深入推进法治政府建设，全年审核规范性文件37件，办理行政复议案件218件，行政机关负责人出庭应诉率达100%。',
  ].join('\n') },
  { name: 'a statistics page', format: 'plaintext', text: [
    '明湖市2024年行政复议案件统计',
    '发布日期：2025-01-10',
    '全年新收行政复议案件218件，审结205件，其中维持150件，撤销20件，确认违法10件，驳回25件。',
  ].join('\n') },
  { name: 'a news agency’s item without a headline (dateline)', format: 'plaintext', text: [
    '新华社北京4月1日电（记者 王芳）记者1日从全国法治政府建设工作会议上获悉，2024年各地共办理行政复议案件30万件，行政机关负责人出庭应诉率达90%以上。',
    '会议要求，各地要深入推进严格规范公正文明执法。',
  ].join('\n') },
  { name: 'a paper’s item in traditional script without a headline (讯)', format: 'plaintext', text: [
    '明湖日報訊 2024年，明湖市深入推進法治政府建設，全年審核規範性文件37件，辦理行政復議案件218件。',
  ].join('\n') },
  { name: 'a news page opening with a picture credit', format: 'plaintext', text: [
    '（相关资料图）',
    '明湖市司法局日前披露的数据显示，2024年全市共办理行政复议案件218件，审结205件，综合纠错率12.3%。',
  ].join('\n') },
  { name: 'a report on another subject (政府信息公开工作年度报告)', format: 'plaintext', text: [
    '明湖市人民政府办公室2024年政府信息公开工作年度报告',
    '根据《中华人民共和国政府信息公开条例》，现发布本年度报告。',
    '一、总体情况',
    '2024年，市政府办公室主动公开政府信息640条，收到政府信息公开申请36件，全部按期答复。',
  ].join('\n') },
  { name: 'a report on another subject (工作总结)', format: 'plaintext', text: [
    '明湖市民政局2024年上半年民政服务工作总结',
    '一、民政民生工程',
    '上半年，全市发放城乡低保资金3200万元，救助困难群众1.2万人次。',
  ].join('\n') },
  { name: 'a hotline’s monthly figures', format: 'plaintext', text: [
    '2024年12月明湖市12345政务服务便民热线受理情况',
    '12月，12345热线共受理群众诉求35210件，按时办结率99.6%，其中涉及行政执法的诉求120件。',
  ].join('\n') },
];
