import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport } from '../../src/core/document';
import { lintText } from '../../src/core/lint';
import { loadSegmenter } from '../../src/core/segmenter';
import {
  skeletonFileName,
  buildSkeleton, buildSnippets, defaultReportYear, requiredSections, snippetFileText, validateIssuer, validateYear,
} from '../../src/core/skeleton';

const root = join(__dirname, '..', '..');
const segmenter = loadSegmenter();

describe('report skeleton', () => {
  const input = { issuer: '明湖市司法局', year: 2024 };

  for (const format of ['markdown', 'plaintext'] as const) {
    describe(format, () => {
      const text = buildSkeleton(input, format);
      const doc = parseReport(text, { format });

      it('has the title with issuer, year and 报告', () => {
        assert.equal(doc.title?.content, '明湖市司法局关于2024年法治政府建设情况的报告');
        assert.equal(doc.year?.value, 2024);
      });

      it('has a 主送机关 placeholder ending with a full-width colon', () => {
        assert.equal(doc.addressee?.content, '××市人民政府：');
      });

      it('has the four required sections and item 5 in order, numbered 一、 to 五、, with the year and year + 1', () => {
        assert.deepEqual(doc.sections.map((s) => s.heading.heading?.markerText), ['一、', '二、', '三、', '四、', '五、']);
        assert.deepEqual(doc.sections.map((s) => s.title), [
          '2024年推进法治政府建设的主要举措和成效',
          '2024年推进法治政府建设存在的不足和原因',
          '2024年部门主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况',
          '2025年推进法治政府建设的主要安排',
          '其他需要报告的情况',
        ]);
      });

      it('gives the first section the eight areas of the 2021—2025 纲要 as （一）…（八）', () => {
        const children = doc.sections[0].children;
        assert.equal(children.length, 8);
        assert.deepEqual(children.map((c) => c.heading.heading?.markerText), ['（一）', '（二）', '（三）', '（四）', '（五）', '（六）', '（七）', '（八）']);
      });

      it('ends with the 落款 (issuer) and a 成文日期 placeholder in the next year', () => {
        const lines = text.trimEnd().split('\n').filter((l) => l.trim());
        assert.deepEqual(lines.slice(-2), ['明湖市司法局', '2025年×月×日']);
        assert.equal(doc.signature?.content, '明湖市司法局');
        assert.equal(doc.date?.form, 'placeholder');
      });

      it('lints with only a reminder about the unfilled date at the 落款', () => {
        const closing = lintText(text, { format }).findings.filter((f) => f.code.startsWith('meta/signature') || f.code.startsWith('meta/date'));
        assert.deepEqual(closing.map((f) => [f.code, f.severity]), [['meta/date-missing', 'information']]);
      });

      it('leaves no template token behind', () => {
        assert.doesNotMatch(text, /\{(issuer|year|nextYear|ordinal|fill:|choice:)/);
      });
    });
  }

  describe('by year and issuer', () => {
    const sectionsOf = (issuer: string, year: number) => parseReport(buildSkeleton({ issuer, year }, 'markdown'), { format: 'markdown' });
    it('a 2024 report implements the 2021—2025 纲要, its eight areas as （一）…（八）', () => {
      const doc = sectionsOf('明湖市人民政府', 2024);
      assert.match(doc.lead?.content ?? '', /全面落实《法治政府建设实施纲要（2021—2025年）》/);
      assert.equal(doc.sections[0].children.length, 8);
    });
    it('a 2019 report implements the 2015—2020 纲要 and its seven areas', () => {
      const doc = sectionsOf('明湖市人民政府', 2019);
      assert.match(doc.lead?.content ?? '', /《法治政府建设实施纲要（2015—2020年）》/);
      assert.deepEqual(doc.sections[0].children.map((c) => c.title).slice(0, 2), ['依法全面履行政府职能', '完善依法行政制度体系']);
      assert.equal(doc.sections[0].children.length, 7);
    });
    it('a 2026 report cites no expired 纲要 (none is in force to cite) and keeps the latest areas', () => {
      const text = buildSkeleton({ issuer: '明湖市人民政府', year: 2026 }, 'markdown');
      assert.doesNotMatch(text, /纲要（2021—2025年）/);
      assert.match(text, /全面贯彻落实党中央、国务院关于法治政府建设的决策部署/);
      assert.equal(sectionsOf('明湖市人民政府', 2026).sections[0].children.length, 8);
    });
    it('a department names its 主要负责人, a government its 党政主要负责人', () => {
      assert.match(sectionsOf('明湖市司法局', 2024).sections[2].title, /^2024年部门主要负责人履行推进法治建设第一责任人职责/);
      assert.match(sectionsOf('明湖市人民政府', 2024).sections[2].title, /^2024年党政主要负责人履行/);
    });
    for (const [issuer, year] of [['明湖市司法局', 2024], ['明湖市人民政府', 2026], ['某县人民政府', 2019]] as const) {
      for (const format of ['markdown', 'plaintext'] as const) {
        it(`${issuer} ${year} (${format}): only its placeholders are reported; filled in, nothing is`, () => {
          const options = { today: new Date(year + 1, 1, 10) };
          const text = buildSkeleton({ issuer, year }, format);
          const codes = new Set(lintText(text, { format }, { segmenter, options }).findings.map((f) => f.code));
          assert.deepEqual([...codes].sort(), ['meta/date-missing', 'wording/placeholder']);
          const filled = text.replace(/【[^】]*】/g, '本部门依法履职，工作有序推进').replace(/××/g, '明湖').replace('×月×日', '2月20日');
          assert.deepEqual(lintText(filled, { format }, { segmenter, options }).findings.map((f) => `${f.code} ${f.message}`), []);
        });
      }
    }
  });

  it('uses Markdown headings only in Markdown', () => {
    assert.match(buildSkeleton(input, 'markdown'), /^# 明湖市司法局/);
    assert.match(buildSkeleton(input, 'markdown'), /\n## 一、/);
    assert.doesNotMatch(buildSkeleton(input, 'plaintext'), /#/);
  });

  it('trims the issuer', () => {
    assert.match(buildSkeleton({ issuer: '  明湖市人民政府 ', year: 2023 }), /^# 明湖市人民政府关于2023年/);
  });

  it('validates the issuer', () => {
    assert.equal(validateIssuer('明湖市人民政府'), undefined);
    assert.match(validateIssuer('  ') ?? '', /请输入发文机关全称/);
    assert.match(validateIssuer('市'.repeat(61)) ?? '', /过长（61字）/);
  });

  it('validates the year against today', () => {
    const today = new Date(2025, 1, 10);
    assert.equal(validateYear('2024', today), undefined);
    assert.equal(validateYear(' 2025 ', today), undefined);
    assert.match(validateYear('24', today) ?? '', /四位数.*实际输入“24”/);
    assert.match(validateYear('2026', today) ?? '', /2000至2025之间，实际为2026/);
    assert.match(validateYear('1999', today) ?? '', /实际为1999/);
  });

  it('defaults to the year just ended in the first half of a year', () => {
    assert.equal(defaultReportYear(new Date(2025, 1, 10)), 2024);
    assert.equal(defaultReportYear(new Date(2025, 11, 20)), 2025);
  });
});

describe('snippets', () => {
  for (const format of ['markdown', 'plaintext'] as const) {
    it(`snippets/${format}.json is generated from the skeleton (node --import tsx snippets/generate.mjs)`, () => {
      assert.equal(readFileSync(join(root, 'snippets', `${format}.json`), 'utf8'), snippetFileText(buildSnippets(format)));
    });
  }

  const snippets = buildSnippets('markdown');
  const bodies = Object.values(snippets).map((s) => s.body.join('\n'));

  it('offers the whole report, each required section and item 5, the 附件说明, the 落款 block and the four 层次序数 levels', () => {
    const prefixes = Object.values(snippets).flatMap((s) => s.prefix);
    assert.deepEqual(prefixes, [
      'fz-report', ...requiredSections.map((s) => `fz-${s.id}`), 'fz-other', 'fz-attachment', 'fz-signature',
      'fz-level1', 'fz-level2', 'fz-level3', 'fz-level4',
    ]);
  });

  it('makes issuer, year and next year tab stops 1–3 and the 主送机关 a choice', () => {
    const report = snippets['法治政府建设年度报告（全文框架）'].body.join('\n');
    assert.match(report, /^# \$\{1:××市人民政府\}关于\$\{2:××××\}年法治政府建设情况的报告/);
    assert.match(report, /\$\{4\|××市人民政府,中共××市委、××市人民政府,[^|]+\|\}：/);
    assert.match(report, /## 四、\$\{3:××××\}年推进法治政府建设的主要安排/);
    assert.match(report, /\$\{1:××市人民政府\}\n\n\$\{3:××××\}年\$\{\d+:×\}月\$\{\d+:×\}日\n\$0$/);
  });

  it('lets section snippets choose their 层次序数', () => {
    assert.match(snippets['必备内容：上一年度推进法治政府建设存在的不足和原因'].body[0], /^## \$\{\d+\|一,二,三,四,五,六,七,八,九,十\|\}、/);
  });

  it('writes the four levels in GB/T 9704 form', () => {
    const levels = Object.entries(snippets).filter(([k]) => k.startsWith('层次序数')).map(([, v]) => v.body[0]);
    assert.deepEqual(levels, [
      '## ${1|一,二,三,四,五,六,七,八,九,十|}、${2:标题}',
      '### （${1|一,二,三,四,五,六,七,八,九,十|}）${2:标题}',
      '${1|1,2,3,4,5,6,7,8,9,10|}.${2:标题}',
      '（${1|1,2,3,4,5,6,7,8,9,10|}）${2:标题}',
    ]);
  });

  it('has only well-formed tab stops (every ${ closed, no stray $; placeholders may nest)', () => {
    for (const body of bodies) {
      let stripped = body;
      for (let last = ''; last !== stripped;) {
        last = stripped;
        stripped = stripped.replace(/\$\{\d+(:[^{}$]*|\|[^{}$]*\|)\}|\$\d+/g, '');
      }
      assert.doesNotMatch(stripped, /[${}]/, body);
    }
  });
});

describe('skeletonFileName', () => {
  it('offers the title as the file name, without characters no file system takes', () => {
    assert.equal(skeletonFileName({ issuer: ' 明湖市司法局 ', year: 2024 }), '明湖市司法局关于2024年法治政府建设情况的报告.md');
    assert.equal(skeletonFileName({ issuer: '某局/办公室:', year: 2025 }, 'plaintext'), '某局办公室关于2025年法治政府建设情况的报告.txt');
  });
});
