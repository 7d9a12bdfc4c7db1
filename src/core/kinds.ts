// Kinds one thing has exactly one of — the channel a request came by, and the like — shared by the figure rules that
// judge whether named parts can overlap (figure/sum's complete lists, figure/share's shares over 100%).

// The channels a request or an activity comes by, the words of one group naming the same channel.
export const CHANNEL_GROUPS: readonly (readonly string[])[] = [
  ['电话', '来电'],
  // A letter by post (电子邮件 is online).
  ['信箱', '(?<!电子)邮件', '来信', '信件', '书信', '信函', '书面', '邮寄'],
  ['网上', '网络', '网站', '在线', '线上', '互联网', '留言板', '电子邮件', '电子邮箱'],
  ['微信', '公众号', '短信', '客户端', '小程序', 'APP', 'App', '新媒体'],
  // A post on a microblog is on no WeChat account ("官方微博…条，微信公众号…条"), nor on a short-video or news app.
  ['微博'],
  ['抖音', '快手', '头条'],
  ['来访', '人访', '走访', '现场', '窗口', '线下', '网下', '上门', '口头', '当面'],
  ['远程', '视频'],
];

/**
 * Kinds one thing has exactly one of, each group's words naming the same kind, and the words a part may carry beside its
 * kind (`mates`).
 */
export interface ExclusiveKinds {
  groups: RegExp[];
  mates: RegExp;
}

export function exclusiveKinds(groups: readonly (readonly string[])[], mates: string): ExclusiveKinds {
  return { groups: groups.map((g) => new RegExp(g.join('|'))), mates: new RegExp(`${groups.flat().join('|')}|${mates}`, 'g') };
}

// A request comes by one channel; beside it a part may say how it came in (通过) and what it is (申请), and whose box
// ("省长信箱") or site ("市政府网站").
// A published item comes by one channel too ("政府门户网站发布信息", "“某某发布”微信公众号发布信息"); a box or a
// platform may name its owner by title ("书记市长信箱") and what it passes on ("转派工单").
export const CHANNELS = exclusiveKinds(CHANNEL_GROUPS, '受理|登记|接收|收到|接到|反映|提交|办理|留言|诉求|来件|事项|渠道|方式|平台|发布|公布|公开|更新|推送|信息|公众号|账号|门户|政务|政府|通过|申请|转派|转办|工单|书记|省长|市长|县长|区长|镇长');
const MAX_KIND_OWNER = 2;
// A name in quotes or title marks ("“平安某县”微信公众号") says whose the channel is, not which.
const QUOTED_NAME = /[“"《][^”"》]{1,20}[”"》]/g;

/**
 * The one group of `kinds` a part's words name ("省长信箱邮件" → letters, "网上受理" → the web), or -1 for none, several,
 * or words that say more than the kind ("电话回访满意": what was done, not how it came).
 */
export function kindOf(kinds: ExclusiveKinds, text: string): number {
  const words = text.replace(QUOTED_NAME, '');
  let group = -1;
  for (let k = 0; k < kinds.groups.length; k++) {
    if (!kinds.groups[k].test(words)) continue;
    if (group >= 0) return -1;
    group = k;
  }
  return group >= 0 && words.replace(kinds.mates, '').length <= MAX_KIND_OWNER ? group : -1;
}


/**
 * The level of government a piece of work was done at, one each ("市级培训…，县级培训…，乡镇培训…"): a course, an
 * inspection or a staff member is of one level. Each group names one level (市本级 and 市直, its departments, are the city
 * level as 市级 is; 社区矫正 is a work, no level).
 */
export const LEVEL_GROUPS: readonly RegExp[] = [/^(?:国家级|中央级?)/, /^(?:省级|省本级|省直)/, /^(?:市级|市本级|地市级|市直)/, /^(?:县级|区级|县区级|县本级|区本级|县直|区直)/,
  /^(?:乡镇级?|镇级|乡级|街道级?|镇街)/, /^(?:村级|村（社区）级?|村\(社区\)级?|村居|社区(?!矫正)级?)/];
/**
 * Work graded by level rather than done at it: an honour or model a village or unit may hold at several levels at once
 * ("国家级示范村…，省级示范村…"), or a priority.
 */
export const LEVEL_HONOUR = /示范|先进|优秀|星级|标准化|品牌|荣誉|称号|表彰|评为|命名|获|奖|试点|重点|非遗|文物|保护/;
