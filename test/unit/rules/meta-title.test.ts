import { metaTitle } from '../../../src/core/rules/meta-title';
import { ruleTable } from '../rule-table';
import { edit, sample } from './structure-sample';

const title = '明湖市人民政府关于2024年法治政府建设情况的报告';

ruleTable(metaTitle, {
  valid: [
    sample,
    edit([title, '海宁市2022年度法治政府建设情况报告']),
    edit([title, '白城市司法局2023年度法治政府建设工作报告']),
    edit([title, '塘栖镇法治政府建设年度报告（2024年度）']),
    edit([title, '中共海宁市委 海宁市人民政府关于2022年度法治政府建设情况的报告']),
    { name: 'the year before the issuing body', text: edit([title, '2024年明湖市法治政府建设情况报告']) },
    { name: 'a title broken over two lines', text: edit([title, '明湖市人民政府\n关于2024年法治政府建设情况的报告']), format: 'plaintext' },
    { name: 'a title broken before 工作的报告', text: edit([title, '明湖市司法局关于2024年度法治政府建设\n工作的报告']), format: 'plaintext' },
    { name: 'a scratch note is not a report', text: '记一下：明天开会' },
    '',
  ],
  invalid: [
    { name: '工作总结 (商洛)', text: edit([title, '商洛市2021年法治政府建设工作总结']),
      findings: [{ code: 'meta/title-type', severity: 'warning', at: '总结',
        message: '标题文种应为“报告”，实为“总结”：“总结”不是法定公文文种（《党政机关公文处理工作条例》）',
        fixed: edit([title, '商洛市2021年法治政府建设工作报告']) }] },
    { name: '汇报 followed by the year in brackets', text: edit([title, '明湖市法治政府建设工作汇报（2024年度）']),
      findings: [{ code: 'meta/title-type', at: '汇报', message: /实为“汇报”/, fixed: edit([title, '明湖市法治政府建设工作报告（2024年度）']) }] },
    { name: '总结 not at the end: no certain fix', text: edit([title, '明湖市2024年法治政府建设总结情况']),
      findings: [{ code: 'meta/title-type', at: '总结', message: /实为“总结”/, fixed: null }] },
    { name: '总结 ending a title broken over two lines', text: edit([title, '明湖市人民政府\n2024年法治政府建设工作总结']), format: 'plaintext',
      findings: [{ code: 'meta/title-type', at: '总结', message: /实为“总结”/, fixed: edit([title, '明湖市人民政府\n2024年法治政府建设工作报告']) }] },
    { name: 'no document type at all', text: edit([title, '明湖市2024年法治政府建设情况']),
      findings: [{ code: 'meta/title-type', at: '明湖市2024年法治政府建设情况', message: '标题应以文种“报告”结尾，标题“明湖市2024年法治政府建设情况”未写明文种',
        fixed: edit([title, '明湖市2024年法治政府建设情况报告']) }] },
    { name: 'no issuing body', text: edit([title, '关于2024年法治政府建设情况的报告']),
      findings: [{ code: 'meta/title-issuer', at: '关于2024年法治政府建设情况的报告', fixed: null,
        message: '标题应写明发文机关（如“××市人民政府”“××市司法局”），标题“关于2024年法治政府建设情况的报告”的开头未见机关名称' }] },
    { name: 'a year and 全市, but no issuing body', text: edit([title, '2024年全市法治政府建设情况报告']),
      findings: [{ code: 'meta/title-issuer', at: '2024年全市法治政府建设情况报告', fixed: null,
        message: '标题应写明发文机关（如“××市人民政府”“××市司法局”），标题“2024年全市法治政府建设情况报告”的开头未见机关名称' }] },
    { name: 'no year', text: edit([title, '明湖市人民政府法治政府建设情况报告']),
      findings: [{ code: 'meta/title-year', at: '明湖市人民政府法治政府建设情况报告', message: '标题应写明报告年度（如“2024年度”），标题中未见年份（正文所述为2024年）' }] },
    { name: 'no title (崇川, 海宁)', text: edit([title + '\n\n', '']),
      findings: [{ code: 'meta/title-missing', at: '市人民政府：', fixed: null,
        message: '缺少标题：文档以主送机关开头，其前未见标题行。标题应写明发文机关、年度和文种，如“××市人民政府关于2023年度法治政府建设情况的报告”' }] },
  ],
});
