import { metaYear } from '../../../src/core/rules/meta-year';
import { ruleTable } from '../rule-table';
import { edit, otherPages, sample } from './structure-sample';

ruleTable(metaYear, {
  valid: [
    sample,
    ...otherPages,
    { name: 'the date in a site header above the title is not the report year', format: 'plaintext',
      text: edit(['明湖市人民政府关于2024年', '明湖市人民政府 2019年12月3日星期二\n\n今天是：2019年10月31日 星期三\n\n明湖市人民政府关于2024年']) },
    { name: '本年度 names the year reported on', text: edit(['召开专题会议4次。', '本年度召开专题会议4次。']) },
    { name: 'a plan heading shared with the shortcomings (崇川)', text: edit(['三、存在的不足和原因', '三、存在问题、原因及2025年工作打算'], ['四、2025年工作安排\n\n', '']) },
    { name: 'a span of years in the plan heading', text: edit(['四、2025年工作安排', '四、2025—2026年工作安排']) },
    { name: '下一步 with the year in its first sentence', text: edit(['四、2025年工作安排\n\n一是', '四、下一步工作打算\n\n2025年，我市将：一是']) },
    { name: 'not relative words', text: edit(['召开专题会议4次。', '召开专题会议4次，如今年轻干部学法积极，过去年度工作打下基础。']) },
    { name: 'inside a book title', text: edit(['召开专题会议4次。', '印发《今年法治工作要点》。']) },
    { name: 'a plan inside item 1 is not next year’s plan', text: edit(['（二）健全依法行政制度体系', '（二）制定2024年立法计划']) },
    { name: 'no report year: no plan check', text: '一、工作开展情况\n\n正文。\n\n二、2030年工作安排\n\n正文。' },
  ],
  invalid: [
    { name: 'plan year is not report year + 1 (example’s 2026年)', text: edit(['四、2025年工作安排', '四、2026年工作安排']),
      findings: [{ code: 'meta/plan-year', severity: 'error', at: '2026年',
        message: '下一年度工作安排的年份应为报告年度2024年的次年“2025年”，实为“2026年”', fixed: sample }] },
    { name: '下一步 without a year', text: edit(['四、2025年工作安排', '四、下一步打算']),
      findings: [{ code: 'meta/plan-year-unstated', severity: 'hint', at: '下一步打算', fixed: null,
        message: '下一年度安排未写明年份：“下一步打算”可写作“2025年工作安排”，使读者明确所指年度' }] },
    { name: 'relative years', text: edit(['召开专题会议4次。', '今年召开专题会议4次，比去年增加1次；明年继续。本年度完成。']),
      findings: [
        { code: 'meta/relative-year', severity: 'information', at: '今年', message: '“今年”在公开的年度报告中指向不明（报告成文、阅读时已是次年）：建议写明年份，如“2024年”',
          fixed: edit(['召开专题会议4次。', '2024年召开专题会议4次，比去年增加1次；明年继续。本年度完成。']) },
        { code: 'meta/relative-year', at: '去年', message: /如“2023年”/ },
        { code: 'meta/relative-year', at: '明年', message: /如“2025年”/ },
      ] },
  ],
});
