import assert from 'node:assert/strict';
import { parseReport } from '../../../src/core/document';
import { applyEdits, editCount } from '../../../src/core/fixes';
import { lintDocument } from '../../../src/core/lint';
import { punctuationHalfWidth } from '../../../src/core/rules/punctuation-half-width';
import { punctuationTitles } from '../../../src/core/rules/punctuation-titles';
import { ruleTable } from '../rule-table';

ruleTable(punctuationHalfWidth, {
  valid: [
    '全市共办理案件1,234件，用时9:30，增长3.5%。\n',
    '详见 https://example.gov.cn/a?b=1,c=2 和 [链接](https://x.cn/(a)) 。\n',
    'English text stays: Hello, world (really)! Right?\n',
    '代码 `a, b; c: (d)` 不改。\n\n<!-- 注释, 不改 -->\n',
    { name: 'heading markers are left to structure/numbering-style', text: '(一)依法行政\n\n全市完成改革。\n', format: 'plaintext' },
    '---\ntitle: a, b\n---\n\n全市完成改革。\n',
    { name: 'the addressee colon is left to meta/addressee-colon', text: '某市司法局关于2023年法治政府建设情况的报告\n\n市人民政府:\n\n全市完成改革。\n', format: 'plaintext' },
  ],
  invalid: [
    {
      text: '全市办理案件12件,其中复议5件;诉讼7件。\n\n主要做法:一是(略)。\n',
      findings: [
        { code: 'punctuation/half-width', message: '中文语境应使用全角逗号“，”，文中有半角“,”共1处（GB/T 15834）', at: ',', severity: 'warning', fixed: '全市办理案件12件，其中复议5件;诉讼7件。\n\n主要做法:一是(略)。\n' },
        { code: 'punctuation/half-width', message: /全角分号“；”.*共1处/, at: ';' },
        { code: 'punctuation/half-width', message: /全角冒号“：”.*共1处/, at: ':' },
        { code: 'punctuation/half-width', message: /全角括号“（”“）”.*共2个/, at: '(', fixed: '全市办理案件12件,其中复议5件;诉讼7件。\n\n主要做法:一是（略）。\n' },
      ],
    },
    {
      name: 'one finding per kind of mark, the fix converts all of them',
      text: '甲,乙,丙，丁。\n\n戊 , 己。\n',
      findings: [{ code: 'punctuation/half-width', message: /共3处（GB/, at: ',', severity: 'warning', fixed: '甲，乙，丙，丁。\n\n戊 ， 己。\n' }],
    },
    {
      name: 'a text with no full-width mark of the kind was converted: information',
      text: '甲,乙,丙,丁。\n',
      findings: [{ code: 'punctuation/half-width', message: '中文语境应使用全角逗号“，”，文中有半角“,”共3处（全文均为半角，可能经过转换）（GB/T 15834）', at: ',', severity: 'information', fixed: '甲，乙，丙，丁。\n' }],
    },
    {
      name: 'brackets around digits in Chinese text',
      text: '《行动计划(2018-2020)》已印发。\n',
      findings: [{ code: 'punctuation/half-width', message: /共2个/, at: '(', fixed: '《行动计划（2018-2020）》已印发。\n' }],
    },
    {
      name: 'question and exclamation marks',
      text: '怎么办?必须改!\n',
      findings: [
        { code: 'punctuation/half-width', message: /全角问号/, at: '?', fixed: '怎么办？必须改!\n' },
        { code: 'punctuation/half-width', message: /全角叹号/, at: '!', fixed: '怎么办?必须改！\n' },
      ],
    },
  ],
});

ruleTable(punctuationTitles, {
  valid: [
    '制定《2019年法治慈溪建设工作要点》《法治政府建设工作要点》。\n',
    '推行“两规则一细则”“三项制度”。\n',
    '《行政复议法》（2023年修订）、《行政诉讼法》均已学习。\n',
    '印发《关于贯彻〈条例〉的通知》。\n',
    '学习“放管服”改革、“最多跑一次”改革。\n',
  ],
  invalid: [
    {
      text: '学习《宪法》、《民法典》。\n',
      findings: [{ code: 'punctuation/dun-between-quotes', message: '并列的书名号之间通常不用顿号（GB/T 15834）：“学习《宪法》、《民法典》。”中的顿号可删去', at: '、', severity: 'information', fixed: '学习《宪法》《民法典》。\n' }],
    },
    {
      name: 'the message shows both quoted items whole',
      text: '转发《关于落实“首问负责制度”、“限时办结制度”的通知》。\n',
      findings: [{ code: 'punctuation/dun-between-quotes', message: '并列的引号之间通常不用顿号（GB/T 15834）：““首问负责制度”、“限时办结制度””中的顿号可删去', at: '、', fixed: '转发《关于落实“首问负责制度”“限时办结制度”的通知》。\n' }],
    },
    {
      name: 'a space after the 顿号 goes with it',
      text: '结合“6·26”、 “12·4”开展宣传。\n',
      findings: [{ code: 'punctuation/dun-between-quotes', message: /并列的引号之间通常不用顿号/, at: '、', fixed: '结合“6·26”“12·4”开展宣传。\n' }],
    },
    {
      text: '推行“双随机”、“一公开”。\n',
      findings: [{ code: 'punctuation/dun-between-quotes', message: /并列的引号之间通常不用顿号/, at: '、', fixed: '推行“双随机”“一公开”。\n' }],
    },
    {
      name: 'many are grouped',
      text: '《甲》、《乙》、《丙》、《丁》、《戊》。\n',
      findings: [{ code: 'punctuation/dun-between-quotes', message: /全文共4处/, at: '、', fixed: '《甲》《乙》《丙》《丁》《戊》。\n' }],
    },
    {
      text: '印发《关于贯彻《行政复议法》的通知》。\n',
      findings: [{ code: 'punctuation/nested-title', message: '书名号内再用书名号时，里层应改用单书名号〈〉（GB/T 15834）：“《行政复议法》”应写作“〈行政复议法〉”', at: '《行政复议法》', severity: 'warning', fixed: '印发《关于贯彻〈行政复议法〉的通知》。\n' }],
    },
  ],
});

describe('punctuation/half-width on a converted report', () => {
  it('counts its fix\'s edits before building them, and builds the same edits when they are read', () => {
    const text = `${'全市办理案件12件,其中复议5件,诉讼7件。\n'.repeat(40)}`;
    const [finding] = lintDocument(parseReport(text, { format: 'plaintext' }), { rules: [punctuationHalfWidth] }).findings;
    const [fix] = finding.fixes;
    assert.equal(fix.editCount, 80);
    assert.equal(editCount(fix), 80);
    assert.equal(fix.edits.length, 80);
    assert.deepEqual(fix.edits[1], { span: { start: text.indexOf(',', text.indexOf(',') + 1), end: text.indexOf(',', text.indexOf(',') + 1) + 1 }, newText: '，' });
    assert.equal(applyEdits(text, fix.edits), text.replaceAll(',', '，'));
  });
});
