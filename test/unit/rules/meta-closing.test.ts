import { metaClosing } from '../../../src/core/rules/meta-closing';
import { ruleTable } from '../rule-table';
import { edit, sample } from './structure-sample';

const closing = '明湖市人民政府\n\n2025年2月20日';

ruleTable(metaClosing, {
  valid: [
    sample,
    { name: 'signature and date on one line', text: edit([closing, '中共明湖市委 明湖市人民政府 2025年2月20日']) },
    { name: 'a 街道办事处 signs', text: edit([closing, '明湖市人民政府湖滨街道办事处\n\n2025年2月20日']) },
    { name: 'a 呈送函 signed and dated above the report, whose end is unsigned',
      text: edit(['\n\n' + closing, ''], ['2024年，明湖市深入推进法治政府建设。现将有关情况报告如下。',
        '现呈送我市2024年度法治政府建设情况报告，请审阅。\n\n明湖市人民政府\n\n2025年2月20日\n\n明湖市2024年度法治政府建设情况报告\n\n2024年，明湖市深入推进法治政府建设。']) },
    { name: 'a page\'s download link after the 落款', text: edit([closing, closing + '\n\n附件：[明湖市2024年度法治政府建设情况报告.pdf](/uploads/2025/mh.pdf)']) },
    { name: 'a page\'s list of downloads after the 落款', format: 'plaintext',
      text: edit([closing, closing + '\n\n附件下载：\n\n1.明湖市2024年度法治政府建设情况报告.docx\n\n2.明湖市法治政府建设任务清单.xlsx']) },
    { name: 'a scratch note is not a report', text: '记一下：明天开会' },
  ],
  invalid: [
    { name: 'no 落款 at all (白城)', text: edit(['\n\n' + closing, '']),
      findings: [{ code: 'meta/signature-missing', severity: 'warning', at: '无。', fixed: null,
        message: '缺少落款：文末未见发文机关署名（落款），也未见成文日期。正文之后应署发文机关全称，下一行写成文日期（如“2023年2月28日”）' }] },
    { name: 'date without signature', text: edit(['明湖市人民政府\n\n2025年', '2025年']),
      findings: [{ code: 'meta/signature-missing', at: '2025年2月20日', message: '缺少发文机关署名：成文日期前未见发文机关署名，成文日期之上应署发文机关全称' }] },
    { name: 'signature without date', text: edit(['\n\n2025年2月20日', '']),
      findings: [{ code: 'meta/date-missing', at: '明湖市人民政府', occurrence: 1, message: /^缺少成文日期：文末未见成文日期/ }] },
    { name: 'leading zeros', text: edit(['2025年2月20日', '2025年02月05日']),
      findings: [{ code: 'meta/date-format', at: '2025年02月05日', message: '成文日期月、日不编虚位（不加“0”）：应为“2025年2月5日”，实为“2025年02月05日”（GB/T 9704）',
        fixed: edit(['2025年2月20日', '2025年2月5日']) }] },
    { name: 'Chinese numerals (pre-2012 form)', text: edit(['2025年2月20日', '二〇二五年二月二十日']),
      findings: [{ code: 'meta/date-format', at: '二〇二五年二月二十日', message: '成文日期应使用阿拉伯数字：应为“2025年2月20日”，实为“二〇二五年二月二十日”（GB/T 9704）', fixed: sample }] },
    { name: 'the 呈送函 date is the one checked', text: edit(['\n\n' + closing, ''], ['2024年，明湖市深入推进法治政府建设。现将有关情况报告如下。',
        '现呈送我市2024年度法治政府建设情况报告，请审阅。\n\n明湖市人民政府\n\n2024年12月20日\n\n明湖市2024年度法治政府建设情况报告\n\n2024年，明湖市深入推进法治政府建设。']),
      findings: [{ code: 'meta/date-before-year-end', at: '2024年12月20日', message: /^成文日期“2024年12月20日”早于报告年度结束/ }] },
    { name: 'dated before the report year ended (崇川)', text: edit(['2025年2月20日', '2024年12月5日']),
      findings: [{ code: 'meta/date-before-year-end', severity: 'warning', at: '2024年12月5日', fixed: null,
        message: '成文日期“2024年12月5日”早于报告年度结束（2024年12月31日）：2024年度报告应在年度结束后成文，否则全年情况和数据尚不完整' }] },
    { name: 'after 3月1日: information for a government', text: edit(['2025年2月20日', '2025年3月20日']),
      findings: [{ code: 'meta/date-deadline', severity: 'information', at: '2025年3月20日', message: '成文日期“2025年3月20日”晚于2025年3月1日：市县政府和部门应于3月1日前报送（省级政府为4月1日前）' }] },
    { name: 'after 3月1日: warning for a department', options: { profile: 'department' }, text: edit(['2025年2月20日', '2025年3月20日']),
      findings: [{ code: 'meta/date-deadline', severity: 'warning', at: '2025年3月20日', message: '成文日期“2025年3月20日”晚于2025年3月1日：部门年度报告应于每年3月1日前报送' }] },
    { name: 'after 4月1日', text: edit(['2025年2月20日', '2025年6月1日']),
      findings: [{ code: 'meta/date-deadline', severity: 'warning', at: '2025年6月1日', message: '成文日期“2025年6月1日”晚于2025年4月1日：2024年度报告应于2025年4月1日前报送并向社会公开' }] },
    { name: 'an unfilled date (the skeleton’s placeholder): a reminder, no timing check', text: edit(['2025年2月20日', '2025年×月×日']),
      findings: [{ code: 'meta/date-missing', severity: 'information', at: '2025年×月×日', fixed: null,
        message: '成文日期尚未填写：实为“2025年×月×日”，定稿时应填写实际成文日期（如“2025年2月28日”）' }] },
    { name: 'blank month and day, unknown year', text: edit(['2025年2月20日', '××××年  月  日']),
      findings: [{ code: 'meta/date-missing', severity: 'information', at: '××××年  月  日',
        message: '成文日期尚未填写：实为“××××年  月  日”，定稿时应填写实际成文日期（如“2025年2月28日”）' }] },
  ],
});
