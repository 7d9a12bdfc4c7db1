import { metaAttachment } from '../../../src/core/rules/meta-attachment';
import { ruleTable } from '../rule-table';
import { edit } from './structure-sample';

/** The sample report with a 附件说明 (its lines) between the body and the 落款. */
const withNote = (...lines: string[]) => edit(['无。', `无。\n\n${lines.join('\n')}`]);

const punctuated = withNote('附件：1.行政复议案件统计表；', '2.行政执法数据统计表。');

ruleTable(metaAttachment, {
  valid: [
    { name: 'one attachment, not numbered', text: withNote('附件：明湖市2024年度行政执法数据统计表') },
    { name: 'several, numbered 1. 2.', text: withNote('附件：1.明湖市2024年度行政复议案件统计表', '2.明湖市2024年度行政执法数据统计表') },
    { name: 'full-width dot and a name in brackets', text: withNote('附件：1．行政复议案件统计表（2024年）', '2．行政执法数据统计表（2024年）') },
    { name: '“附件：” alone, the names below it', text: withNote('附件：', '1.行政复议案件统计表', '2.行政执法数据统计表') },
    { name: 'a name that starts with the year is not attachment 20', text: withNote('附件：2024年度行政执法数据统计表') },
    { name: 'plain text', format: 'plaintext', text: withNote('附件：1.行政复议案件统计表', '2.行政执法数据统计表') },
    { name: 'a body sentence that mentions 附件 is not a 附件说明', text: edit(['无。', '具体数据详见附件。']) },
  ],
  invalid: [
    { name: 'punctuation after the names', text: punctuated,
      findings: [
        { code: 'meta/attachment-format', severity: 'warning', at: '；', message: '附件名称后不加标点符号（GB/T 9704）：末尾的“；”应删除',
          fixed: withNote('附件：1.行政复议案件统计表', '2.行政执法数据统计表。') },
        { code: 'meta/attachment-format', at: '。', occurrence: punctuated.split('。').length - 2, message: '附件名称后不加标点符号（GB/T 9704）：末尾的“。”应删除',
          fixed: withNote('附件：1.行政复议案件统计表；', '2.行政执法数据统计表') },
      ] },
    { name: '“2、” is no 层次序数 here: it is the attachment number', text: withNote('附件：1.行政复议案件统计表', '2、行政执法数据统计表'),
      findings: [{ code: 'meta/attachment-format', at: '2、', message: '附件顺序号应写作“2.”，实为“2、”：序号后用“.”（GB/T 9704）',
        fixed: withNote('附件：1.行政复议案件统计表', '2.行政执法数据统计表') }] },
    { name: 'bracketed number', text: withNote('附件：(1)行政复议案件统计表', '(2)行政执法数据统计表'),
      findings: [
        { code: 'meta/attachment-format', at: '(1)', message: '附件顺序号应写作“1.”，实为“(1)”：序号后用“.”（GB/T 9704）',
          fixed: withNote('附件：1.行政复议案件统计表', '(2)行政执法数据统计表') },
        { code: 'meta/attachment-format', at: '(2)', message: '附件顺序号应写作“2.”，实为“(2)”：序号后用“.”（GB/T 9704）' },
      ] },
    { name: 'numbers out of sequence', text: withNote('附件：1.行政复议案件统计表', '3.行政执法数据统计表'),
      findings: [{ code: 'meta/attachment-format', at: '3.', fixed: null, message: '附件顺序号不连续：此处应为“2.”，实为“3.”' }] },
    { name: 'several attachments, the first not numbered', text: withNote('附件：行政复议案件统计表', '2.行政执法数据统计表'),
      findings: [{ code: 'meta/attachment-format', at: '附件：', message: '有多个附件时应使用阿拉伯数字标注附件顺序号：应写作“附件：1.××”，下一行“2.××”（GB/T 9704）',
        fixed: withNote('附件：1.行政复议案件统计表', '2.行政执法数据统计表') }] },
    { name: 'the attachment’s own label used as the note (one attachment)', text: withNote('附件1：行政执法数据统计表'),
      findings: [{ code: 'meta/attachment-format', at: '附件1：', message: '附件说明应写作“附件：××”：实为“附件1：”（GB/T 9704）',
        fixed: withNote('附件：行政执法数据统计表') }] },
    { name: 'the attachment’s own label used as the note (several)', text: withNote('附件1：行政复议案件统计表', '2.行政执法数据统计表'),
      findings: [{ code: 'meta/attachment-format', at: '附件1：', message: '附件说明应写作“附件：1.××”：实为“附件1：”（GB/T 9704）',
        fixed: withNote('附件：1.行政复议案件统计表', '2.行政执法数据统计表') }] },
  ],
});
