import assert from 'node:assert/strict';
import { parseReport } from '../../src/core/document';
import { lintText } from '../../src/core/lint';
import { resolveProfile } from '../../src/core/profile';

const report = (title: string, signature = '') =>
  parseReport(`${title}\n\n市人民政府：\n\n一、主要工作\n\n全年办理案件12件。\n\n${signature}\n\n2025年2月20日\n`, { format: 'plaintext' });

describe('profile: government or department, from the issuer', () => {
  const table: [string, string, string, 'government' | 'department', string | undefined][] = [
    ['a 司法局 is a department', '明湖市司法局关于2024年法治政府建设情况的报告', '', 'department', '明湖市司法局'],
    ['a 人民政府 is a government', '明湖市人民政府关于2024年法治政府建设情况的报告', '', 'government', '明湖市人民政府'],
    ['a 街道办事处 acts as a government', '某街道办事处关于2024年法治政府建设情况的报告', '', 'government', '某街道办事处'],
    ['a 人民政府办公室 is a department', '某县人民政府办公室2024年法治政府建设情况报告', '', 'department', '某县人民政府办公室'],
    ['a 委员会 is a department', '某市卫生健康委员会关于2024年度法治政府建设工作情况的报告', '', 'department', '某市卫生健康委员会'],
    ['a 卫健委 is a department', '某区卫健委2024年法治政府建设年度报告', '', 'department', '某区卫健委'],
    ['the signature decides when the title names no issuer', '2024年法治政府建设情况报告', '某市市场监督管理局', 'department', '某市市场监督管理局'],
    ['nothing to go on: government, by default', '法治政府建设情况报告', '', 'government', undefined],
  ];
  for (const [name, title, signature, profile, issuer] of table) {
    it(name, () => {
      const resolved = resolveProfile(report(title, signature), 'auto');
      assert.equal(resolved.profile, profile);
      assert.equal(resolved.issuer, issuer);
      assert.equal(resolved.source, issuer ? 'issuer' : 'default');
    });
  }

  it('the setting wins over the issuer', () => {
    assert.deepEqual(resolveProfile(report('明湖市司法局关于2024年法治政府建设情况的报告'), 'government'), { profile: 'government', source: 'setting' });
  });

  it('a department report is checked with the department profile unless told otherwise', () => {
    const text = '明湖市司法局关于2024年法治政府建设情况的报告\n\n市人民政府：\n\n一、主要举措和成效\n\n全年办理案件12件。\n\n明湖市司法局\n\n2025年2月20日\n';
    const run = lintText(text, { format: 'plaintext' });
    assert.equal(run.profile.profile, 'department');
    const leaders = run.findings.find((f) => f.code === 'structure/missing-section' && /负责人/.test(f.message));
    assert.ok(leaders, 'item 2 is missing');
    assert.match(leaders.message, /^缺少“上一年度部门主要负责人履行/);
  });
});
