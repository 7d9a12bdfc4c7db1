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
