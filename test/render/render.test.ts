// Render check: every corpus report and example exported to .docx, laid out by LibreOffice (headless) into a PDF,
// checked with poppler; page PNGs are left under test-output/render/<name>/ for a person to look at.
// LibreOffice, poppler and the CJK font aliases come from scripts/provision.mjs; if they cannot be had, this fails.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseReport } from '../../src/core/document';
import { renderDocx } from '../../src/render/docx';
import { page, setWidth } from '../../src/render/gbt9704';
import { renderHtml } from '../../src/render/html';
import { buildRenderModel, runsText } from '../../src/render/model';
import { unzip } from './zip';

interface RenderCheck {
  docxToPdfs(docx: string[], outDir: string): Promise<string[]>;
  pdfLines(pdf: string, page: number): Promise<{ text: string; xMin: number; xMax: number; yMin: number; yMax: number }[]>;
  inkTop(pdf: string, page: number, box: { xMin: number; xMax: number; yMin: number; yMax: number }): Promise<number | undefined>;
  inkRules(pdf: string, page: number, box: { xMin: number; xMax: number; yMin: number; yMax: number }): Promise<{ y: number; heightPt: number }[]>;
  pdfInfo(pdf: string): Promise<{ pages: number; widthPt: number; heightPt: number; isA4: boolean }>;
  pdfText(pdf: string, options?: { layout?: boolean; firstPage?: number; lastPage?: number }): Promise<string>;
  pdfFonts(pdf: string): Promise<{ name: string }[]>;
  pdfToPngs(pdf: string, outDir: string, options?: { dpi?: number }): Promise<string[]>;
}

const repo = join(__dirname, '..', '..');
const outRoot = join(repo, 'test-output', 'render');
const corpusDir = join(repo, 'test', 'fixtures', 'corpus');
const examplesDir = join(repo, 'examples');
const files = [
  ...readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).map((f) => join(corpusDir, f)),
  ...(existsSync(examplesDir) ? readdirSync(examplesDir).filter((f) => f.endsWith('.md')).map((f) => join(examplesDir, f)) : []),
];
const inputs: { file: string; text: () => string; options?: Parameters<typeof renderDocx>[1]; imprintOnly?: boolean }[] =
  files.map((file) => ({ file: basename(file), text: () => readFileSync(file, 'utf8') }));
// A one-page report with an attachment after its 成文日期 (room to spare on that page): it starts a page of its own.
// The 版记 closes the document.
inputs.push({
  file: 'short+附件页.md',
  text: () => ['# 明湖市司法局关于2024年法治政府建设情况的报告', '市人民政府：',
    '2024年，明湖市司法局推进法治政府建设，全年审核规范性文件37件。现将有关情况报告如下。',
    '明湖市司法局', '2025年2月20日', '附件', '明湖市2024年度行政复议和行政执法数据及重大行政决策事项完成情况统计表', '全年受理行政复议案件218件，审结203件。',
    '抄送：市委办公室，市人大常委会办公室。', '明湖市司法局办公室 2025年2月20日印发'].join('\n\n'),
});
// The corrected example with a 附件说明: without keep-with-next its 落款 lands alone on the last page.
inputs.push({
  file: 'sample-report-corrected+附件.md',
  text: () => readFileSync(join(examplesDir, 'sample-report-corrected.md'), 'utf8')
    .replace(/\n\n(明湖市人民政府\n)/, '\n\n附件：1.明湖市2024年度行政复议案件统计表\n2.明湖市2024年度行政执法数据统计表\n\n$1'),
});

// The 版记 at the foot of the last page, an even one: a one-page report puts it on page 2; a longer report fills its
// pages first (the estimate of where its text ends must hold over several full pages).
inputs.push({
  file: 'short+版记.md',
  text: () => ['# 明湖市司法局关于2024年法治政府建设情况的报告', '市人民政府：', '2024年，明湖市司法局推进法治政府建设。现将有关情况报告如下。',
    '明湖市司法局', '2025年2月20日', '抄送：市委办公室，市人大常委会办公室。', '明湖市司法局办公室 2025年2月20日印发'].join('\n\n'),
});
inputs.push({
  file: 'sample-report-corrected+版记.md',
  text: () => `${readFileSync(join(examplesDir, 'sample-report-corrected.md'), 'utf8').trimEnd()}\n\n抄送：市委办公室，市人大常委会办公室，市政协办公室。\n\n明湖市人民政府办公室 2025年2月20日印发\n`,
});

// Every corpus report with a 版记 appended: where its text ends is estimated over up to 14 real pages (half-width
// punctuation, numbers, run-in headings); only the 版记's place is checked, the rest is checked on the reports above.
for (const file of files.filter((f) => f.startsWith(corpusDir))) {
  inputs.push({
    file: `${basename(file, '.txt')}+版记.txt`, imprintOnly: true,
    text: () => `${readFileSync(file, 'utf8').trimEnd()}\n\n抄送：市委办公室，市人大常委会办公室。\n\n某某市人民政府办公室 2025年2月20日印发\n`,
  });
}

// Sealed under a 版头 (off-grid heights on page 1) with a 版记.
inputs.push({
  file: 'sealed+版头+版记.md', imprintOnly: true,
  text: () => `${readFileSync(join(examplesDir, 'sample-report-corrected.md'), 'utf8').trimEnd()}\n\n抄送：市委办公室。\n\n明湖市人民政府办公室 2025年2月20日印发\n`,
  options: { sealed: true, letterhead: { mark: '明湖市人民政府', number: '明政〔2025〕3号', signer: '张三' } },
});

// A 附注 between the 成文日期 and the attachments: the 落款 is still the 落款, each attachment still opens a page.
inputs.push({
  file: 'short+附注+附件.md',
  text: () => ['# 明湖市司法局关于2024年法治政府建设情况的报告', '市人民政府：', '2024年，明湖市司法局推进法治政府建设。现将有关情况报告如下。',
    '附件：1.明湖市2024年度行政复议案件统计', '2.明湖市2024年度行政执法数据统计', '明湖市司法局', '2025年2月20日', '（此件公开发布）',
    '附件1', '明湖市2024年度行政复议案件统计', '全年受理行政复议案件218件。', '附件2', '明湖市2024年度行政执法数据统计', '全年办理案件1200件。'].join('\n\n'),
});

// A two-line title, a table, and a name longer than its date: the name stands 右空二字, the date two cells right of it.
inputs.push({
  file: 'table+long-name.md',
  text: () => ['# 明湖市人民政府办公室关于2024年度法治政府建设工作情况的报告', '市人民政府：', '2024年，我办推进法治政府建设。',
    '| 项目 | 2023年 | 2024年 |', '| --- | --- | --- |', '| 行政复议案件 | 180件 | 218件 |', '| 行政应诉案件 | 95件 | 103件 |',
    '明湖市人民政府办公室', '2025年2月1日'].join('\n\n'),
});

// Sealed (GB/T 9704 7.3.5.1) under a 版头 (7.2): the date 右空四字, the name centred over it; the red rule under the number.
inputs.push({
  file: 'sealed+版头.md',
  text: () => readFileSync(join(examplesDir, 'sample-report-corrected.md'), 'utf8'),
  options: { sealed: true, letterhead: { mark: '明湖市人民政府', number: '明政〔2025〕3号', signer: '张三' } },
});

// Run-in headings (the heading proper is the outline entry, the paragraph one on the page), a third-level "1.标题"
// and a Markdown ordered list (a list, not headings).
inputs.push({
  file: 'run-in+list.md',
  text: () => ['# 明湖市司法局关于2024年法治政府建设情况的报告', '市人民政府：', '一、主要举措',
    '（一）夯实基础。高规格完成年度任务，全市审核规范性文件37件，办理行政复议案件218件，推进行政执法三项制度，持续深化“放管服”改革。',
    '1.完善制度。全年制定规章3件，修改2件。', '主要做法有：', '1. 建立规范性文件审核台账\n2. 定期通报审核情况',
    '（二）深化依法行政推进法治政府建设取得明显成效的主要做法。全年办理行政复议案件218件。', '明湖市司法局', '2025年2月20日'].join('\n\n'),
});

/**
 * The 版记 (GB/T 9704 7.4): rules as wide as the 版心, thick (0.35 mm) above and below, thin (0.25 mm) between; at the
 * foot of the last page, an even one, its last rule on the 版心's bottom edge.
 */
async function assertImprint(check: RenderCheck, pdf: string, pages: number, imprintLines: number): Promise<void> {
  const rules = await check.inkRules(pdf, pages, { xMin: 79.6, xMax: 521.3, yMin: 104, yMax: 743 });
  assert.equal(rules.length, imprintLines + 1, `版记 rules across the 版心 on the last page: ${JSON.stringify(rules)}`);
  const [first, ...rest] = rules;
  const last = rest.pop()!;
  for (const thick of [first, last]) assert.ok(Math.abs(thick.heightPt * (25.4 / 72) - 0.35) < 0.1, `thick rule ${thick.heightPt} pt`);
  for (const thin of rest) assert.ok(thin.heightPt < first.heightPt && Math.abs(thin.heightPt * (25.4 / 72) - 0.25) < 0.1, `thin rule ${thin.heightPt} pt`);
  assert.equal(pages % 2, 0, `the 版记 is on page ${pages}, an odd page`);
  const aboveMm = (842 - (35 / 25.4) * 72 - (last.y + last.heightPt)) * (25.4 / 72);
  assert.ok(aboveMm > -0.5 && aboveMm < 3, `the 版记's last rule is ${aboveMm.toFixed(1)} mm above the foot of the 版心, want 0–3`);
}

/** The .mjs harness modules have no type declarations: load them by path and type what is used above. */
const importModule = (path: string): Promise<unknown> => import(pathToFileURL(path).href);
/**
 * Text without white space and without half-width , . ; : ! ? — LibreOffice drops a half-width punctuation mark that
 * would hang past the end of a full line (the corpus files had their full-width punctuation normalised to half-width;
 * the number/punctuation rules flag that). Full-width punctuation hangs and is kept.
 */
const squeeze = (s: string) => s.replace(/\s+|[,.;:!?]/g, '');
const cjkCount = (s: string) => (s.match(/[\u3400-\u9fff\uff01-\uff5e\u3000-\u303f“”‘’《》、]/g) ?? []).length;
const footerPattern = /\u2014\s*(\d+)\s*\u2014/g;

describe('render check: .docx → LibreOffice PDF', function () {
  this.timeout(600_000);
  let check: RenderCheck;

  before(async () => {
    // provision() installs LibreOffice, poppler and the fonts when they are missing; an error here names what is missing.
    const provisionModule = (await importModule(join(repo, 'scripts', 'provision.mjs'))) as { provision(): Promise<{ libreoffice: string | null }> };
    const provisioned = await provisionModule.provision();
    assert.ok(provisioned.libreoffice, 'LibreOffice (apt package libreoffice-writer-nogui) is missing and could not be installed: the render check needs it');
    check = (await importModule(join(repo, 'test', 'harness', 'render-check.mjs'))) as RenderCheck;
    rmSync(outRoot, { recursive: true, force: true });
    mkdirSync(outRoot, { recursive: true });
  });

  // Every document is rendered first and converted by one LibreOffice start (each start costs about a second).
  const pdfs = new Map<string, string>();
  before(async () => {
    const docxFiles: string[] = [];
    for (const input of inputs) {
      const name = basename(input.file, extname(input.file));
      const doc = parseReport(input.text(), { format: input.file.endsWith('.md') ? 'markdown' : 'plaintext' });
      mkdirSync(join(outRoot, name), { recursive: true });
      const docx = join(outRoot, name, `${name}.docx`);
      writeFileSync(docx, await renderDocx(doc, { ...input.options }));
      docxFiles.push(docx);
    }
    const converted = await check.docxToPdfs(docxFiles, join(outRoot, 'pdf'));
    inputs.forEach((input, k) => pdfs.set(input.file, converted[k]));
  });

  for (const input of inputs.filter((i) => i.imprintOnly)) {
    it(`${input.file}: the 版记 at the foot of the last page, an even one`, async () => {
      const doc = parseReport(input.text(), { format: input.file.endsWith('.md') ? 'markdown' : 'plaintext' });
      const pdf = pdfs.get(input.file)!;
      await assertImprint(check, pdf, (await check.pdfInfo(pdf)).pages, doc.blocks.filter((b) => b.kind === 'imprint').length);
    });
  }

  for (const input of inputs.filter((i) => !i.imprintOnly)) {
    const name = basename(input.file, extname(input.file));
    it(`${input.file}: A4, "— n —" on every page, 22 × 28 lines, every paragraph's text present`, async () => {
      const text = input.text();
      const doc = parseReport(text, { format: input.file.endsWith('.md') ? 'markdown' : 'plaintext' });
      const dir = join(outRoot, name);
      const pdf = pdfs.get(input.file)!;

      const info = await check.pdfInfo(pdf);
      assert.ok(info.isA4, `page is ${info.widthPt}×${info.heightPt} pt, not A4 595×842`);
      assert.ok(Math.abs(info.widthPt - 595) < 1 && Math.abs(info.heightPt - 842) < 1);

      const pages = (await check.pdfText(pdf, { layout: true })).split('\f').slice(0, info.pages);
      // GB/T 9704 7.5: a blank page before the 版记's page, and that page, carry no page number.
      const blankBeforeImprint = pages.length > 2 && cjkCount(pages[pages.length - 2].replace(footerPattern, '')) === 0;
      pages.forEach((page, i) => {
        const numbers = [...page.matchAll(footerPattern)].map((m) => Number(m[1]));
        if (blankBeforeImprint && i >= pages.length - 2) {
          assert.deepEqual(numbers, [], `page ${i + 1} (the blank page or the 版记's page after it) should carry no number`);
          return;
        }
        assert.deepEqual(numbers, [i + 1], `page ${i + 1} should carry "— ${i + 1} —"`);
        const lines = page.split('\n');
        const isFooter = (l: string) => /\u2014\s*\d+\s*\u2014/.test(l);
        const footerLine = lines.find(isFooter)!;
        // Odd pages: number at the right; even pages: at the left.
        const indent = footerLine.length - footerLine.trimStart().length;
        const widest = Math.max(...lines.map((l) => l.trimEnd().length));
        if (i % 2 === 0) assert.ok(indent > widest / 2, `page ${i + 1}: the number should sit at the right`);
        else assert.ok(indent < 10, `page ${i + 1}: the number should sit at the left`);
        const textLines = lines.filter((l) => cjkCount(l) > 0 && !isFooter(l));
        assert.ok(textLines.length <= 22 + 1, `page ${i + 1}: ${textLines.length} lines of text, at most 22 (+1 for the 2号 title's extra height)`);
        // A closing punctuation mark may hang past the 28th cell (GB/T 9704 allows it; Word and LibreOffice do it).
        for (const l of textLines) assert.ok(cjkCount(l.trim().replace(/[，。、；：！？”’）》,.;:!?)]$/, '')) <= 28, `page ${i + 1}: more than 28 characters on a line: ${l.trim()}`);
      });
      // Full pages: the body fills the grid (22 lines, lines of 27–28 characters), not double-spaced characters.
      // (The page before the last may end early: the body's last paragraph moves on to keep the 落款 company.)
      for (const page of pages.slice(1, doc.signature ? -2 : -1)) {
        const textLines = page.split('\n').filter((l) => cjkCount(l) > 0 && !/\u2014\s*\d+\s*\u2014/.test(l));
        assert.ok(textLines.length >= 20, `a full page should hold about 22 lines, got ${textLines.length}`);
        assert.ok(Math.max(...textLines.map(cjkCount)) >= 26, 'a full line should hold about 28 characters');
      }

      // Each attachment after the 成文日期 starts a page of its own, its label on the first line.
      const firstLines = pages.map((page) => page.split('\n').find((l) => cjkCount(l) > 0)?.trim() ?? '');
      for (const label of doc.blocks.filter((b) => b.kind === 'appendix-label')) {
        assert.ok(firstLines.map(squeeze).includes(squeeze(label.content)), `“${label.content}” does not open a page: ${firstLines.join(' / ')}`);
      }

      // GB/T 9704 8: the attachment's title on the third line (a blank line under the label), broken between words.
      for (const label of doc.blocks.filter((b) => b.kind === 'appendix-label')) {
        const page = firstLines.map(squeeze).indexOf(squeeze(label.content)) + 1;
        const lines = await check.pdfLines(pdf, page);
        const at = lines.findIndex((l) => squeeze(l.text) === squeeze(label.content));
        const title = doc.blocks[label.index + 1];
        if (title?.kind !== 'appendix-title') continue;
        const titleLines = lines.slice(at + 1).filter((l) => squeeze(title.content).includes(squeeze(l.text)) && l.yMax - l.yMin > 26);
        assert.ok(titleLines.length >= 1, `the title of ${label.content} is not on its page`);
        const gap = (titleLines[0].yMin - lines[at].yMin) / 28.95;
        assert.ok(gap > 1.6 && gap < 2.5, `the title of ${label.content} stands ${gap.toFixed(2)} lines under the label, want 2 (line 3)`);
        assert.equal(titleLines.map((l) => squeeze(l.text)).join(''), squeeze(title.content));
        for (let k = 1; k < titleLines.length; k++) {
          const joint = squeeze(titleLines[k - 1].text).slice(-1) + squeeze(titleLines[k].text).slice(0, 1);
          assert.ok(!['情况', '统计', '计表', '年度', '执法', '决策', '事项'].includes(joint), `the title breaks inside a word: …${titleLines[k - 1].text} / ${titleLines[k].text}…`);
        }
      }

      // The 落款 keeps company: the body's last lines move with it rather than leave it alone on a page.
      if (doc.signature && pages.length > 1) {
        const closingLines = doc.signature.content.split(/\s+/).length + (doc.date ? 1 : 0);
        // (The 版记 may stand on a page after the 落款's, at the foot of an even page.)
        const closing = squeeze(doc.signature.content + (doc.date?.text ?? ''));
        const closingPage = pages.map((page) => squeeze(page).includes(closing)).lastIndexOf(true);
        const lastPageLines = pages[closingPage].split('\n').filter((l) => cjkCount(l) > 0 && !/\u2014\s*\d+\s*\u2014/.test(l));
        assert.ok(lastPageLines.length > closingLines, `the 落款 stands alone on the last page: ${lastPageLines.join(' / ')}`);
      }

      const all = squeeze((await check.pdfText(pdf, { layout: false })).replace(footerPattern, ''));
      for (const block of doc.blocks.filter((b) => ['title', 'subtitle', 'addressee', 'heading', 'paragraph', 'attachment', 'signature', 'date', 'imprint', 'appendix-label', 'appendix-title'].includes(b.kind))) {
        const shown = block.kind === 'heading' ? text.slice(block.heading!.markerSpan.start, block.contentSpan.end)
          : block.kind === 'date' && doc.date ? doc.date.text : block.content;
        const expected = squeeze(shown)
          .replace(/\*\*|`/g, '');
        assert.ok(all.includes(expected), `text missing from the PDF: ${expected.slice(0, 40)}…`);
      }

      const fonts = (await check.pdfFonts(pdf)).map((f) => f.name).join(' ');
      assert.match(fonts, /BousungEG-Light-GB/, '仿宋_GB2312 (body) resolved through the alias to AR PL SungtiL GB');
      if (doc.title) assert.match(fonts, /NotoSerifCJK\w*-Bold/, '方正小标宋简体 (title) resolved to Noto Serif CJK Bold');

      const pngs = await check.pdfToPngs(pdf, dir, { dpi: 60 });
      assert.equal(pngs.length, info.pages);
    });

    it(`${input.file}: title lines 10 mm apart, page-number dash 7 mm below the 版心, 落款 右空二字 with the date two cells right of the name`, async () => {
      const doc = parseReport(input.text(), { format: input.file.endsWith('.md') ? 'markdown' : 'plaintext' });
      const pdf = pdfs.get(input.file)!;
      const pages = (await check.pdfInfo(pdf)).pages;
      const first = await check.pdfLines(pdf, 1);
      // A 2号 title line is taller than one grid line: on the grid it took two (20.4 mm); off it, one (28.95 pt).
      const titleLines = first.filter((l) => l.yMax < 250 && l.yMax - l.yMin > 26);
      for (let k = 1; k < titleLines.length; k++) {
        const pitch = titleLines[k].yMin - titleLines[k - 1].yMin;
        assert.ok(Math.abs(pitch - 28.95) < 1.5, `title lines ${pitch.toFixed(1)} pt apart, want 28.95 (one line)`);
      }
      // GB/T 9704 7.5: the dash of "— 1 —" 7 mm below the 版心 (its bottom edge is 35 mm above the page's).
      const footer = first.find((l) => /\u2014\s*1\s*\u2014/.test(l.text))!;
      const dashTop = await check.inkTop(pdf, 1, { xMin: footer.xMin, xMax: footer.xMin + 10, yMin: footer.yMin, yMax: footer.yMax });
      const textBottom = 842 - (35 / 25.4) * 72;
      const belowMm = ((dashTop ?? 0) - textBottom) * (25.4 / 72);
      assert.ok(Math.abs(belowMm - 7) < 0.5, `page-number dash ${belowMm.toFixed(2)} mm below the 版心, want 7`);
      // 落款 and 成文日期 (GB/T 9704 7.3.5.2): the rightmost of the two stands 右空二字; the date starts two cells right.
      if (doc.signature && doc.date && !doc.signature.content.includes('\n')) {
        const cell = (521.57 - 79.37) / 28;
        let lines: Awaited<ReturnType<RenderCheck['pdfLines']>> = [];
        for (let page = pages; page >= 1 && !lines.length; page--) {
          const all = await check.pdfLines(pdf, page);
          const dateAt = all.findIndex((l) => squeeze(l.text) === squeeze(doc.date!.text));
          if (dateAt > 0) lines = [all[dateAt - 1], all[dateAt]];
        }
        assert.equal(lines.length, 2, 'the 落款 and 成文日期 lines were not found');
        const [name, date] = lines;
        if (input.options?.sealed) {
          const rightGap = (521.57 - date.xMax) / cell;
          assert.ok(Math.abs(rightGap - 4) < 0.25, `sealed: 成文日期 右空${rightGap.toFixed(2)}字, want 4`);
          const offCentre = ((name.xMin + name.xMax) - (date.xMin + date.xMax)) / 2 / cell;
          assert.ok(Math.abs(offCentre) < 0.4, `sealed: the name is ${offCentre.toFixed(2)} cells off the date's centre`);
        } else {
          const rightGap = (521.57 - Math.max(name.xMax, date.xMax)) / cell;
          assert.ok(Math.abs(rightGap - 2) < 0.25, `落款 右空${rightGap.toFixed(2)}字, want 2`);
          const shift = (date.xMin - name.xMin) / cell;
          assert.ok(Math.abs(shift - 2) < 0.4, `the date starts ${shift.toFixed(2)} cells right of the name, want 2`);
        }
      }
      // The 版记 (GB/T 9704 7.4): rules as wide as the 版心, thick (0.35 mm) above and below, thin (0.25 mm) between.
      const imprintLines = doc.blocks.filter((b) => b.kind === 'imprint').length;
      if (imprintLines) await assertImprint(check, pdf, pages, imprintLines);
      // The 版头: the mark 80 mm below the 版心 top, a red rule as wide as the 版心 about 4 mm under the number line.
      if (input.options?.letterhead) {
        const mark = first.find((l) => l.text === input.options!.letterhead!.mark)!;
        assert.ok(mark, 'the 发文机关标志 is on page 1');
        const markTopMm = (mark.yMin - (37 / 25.4) * 72) * (25.4 / 72);
        assert.ok(markTopMm > 76 && markTopMm < 84, `the mark's top ${markTopMm.toFixed(1)} mm below the 版心 top, want about 80`);
        const number = first.find((l) => l.text.includes('签发人'))!;
        const rules = await check.inkRules(pdf, 1, { xMin: 79.6, xMax: 521.3, yMin: number.yMax, yMax: number.yMax + 40 });
        assert.equal(rules.length, 1, `one rule under the number: ${JSON.stringify(rules)}`);
        const belowMm = (rules[0].y - number.yMax) * (25.4 / 72);
        assert.ok(belowMm > 2 && belowMm < 6, `the red rule ${belowMm.toFixed(1)} mm under the number line, want about 4`);
      }
      // Table rows of one 4号 line each, not two grid lines.
      if (doc.blocks.some((b) => b.kind === 'table')) {
        const rows = first.filter((l) => /行政(复议|应诉)案件/.test(l.text));
        assert.equal(rows.length, 2);
        assert.ok(rows[1].yMin - rows[0].yMin < 26, `table rows ${(rows[1].yMin - rows[0].yMin).toFixed(1)} pt apart: on the grid they take two lines`);
      }
    });

    it(`${input.file}: a run-in heading is one paragraph on the page, and only its title is an outline entry; a Markdown list is no heading`, async () => {
      const doc = parseReport(input.text(), { format: input.file.endsWith('.md') ? 'markdown' : 'plaintext' });
      const model = buildRenderModel(doc);
      const xml = unzip(readFileSync(join(outRoot, name, `${name}.docx`))).get('word/document.xml')!.toString('utf8');
      const paragraphs = (xml.match(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g) ?? []).map((p) => ({
        heading: /<w:pStyle w:val="Heading\d"\/>/.test(p), framed: /<w:framePr /.test(p),
        text: (p.match(/<w:t[^>]*>[^<]*<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join(''),
      }));
      const pdf = pdfs.get(input.file)!;
      const lines = (await check.pdfText(pdf, { layout: false })).split('\n').map(squeeze);
      for (const block of model.blocks.filter((b) => b.kind === 'heading' && b.runInAt)) {
        const title = runsText(block.lines[0].slice(0, block.runInAt));
        const heading = paragraphs.find((p) => p.heading && p.text.startsWith(title));
        assert.ok(heading, `no Heading paragraph for ${title}`);
        // The outline entry (Word's navigation pane, a TOC) is the title alone; a title too long to leave room beside
        // its frame keeps the whole paragraph.
        if (2 + setWidth(title) > page.charsPerLine - 2) {
          assert.ok(!heading.framed);
          continue;
        }
        assert.ok(heading.framed && heading.text === title, `the outline entry for ${title} is “${heading.text.slice(0, 40)}…”`);
        // LibreOffice sets it as one paragraph: the title and the body text after it on one line.
        const line = lines.find((l) => l.startsWith(squeeze(title)));
        assert.ok(line && line.length > squeeze(title).length, `“${title}” stands on a line of its own: the run-in text does not follow it`);
      }
      // Markdown ordered-list items, read off the source ("1. 建立台账": a space after the marker).
      const listItems = input.file.endsWith('.md') ? [...input.text().matchAll(/^(?:>[ \t]?)*[ \t]*[0-9]{1,9}[.)][ \t]+(\S.*)$/gm)].map((m) => m[1].trim()) : [];
      for (const content of listItems) {
        const item = paragraphs.find((p) => p.text.endsWith(content));
        assert.ok(item && !item.heading, `the list item “${content}” is a Heading`);
      }
    });
  }

  it('HTML printed by Chromium: the page-number dash 7 mm below the 版心 too', async () => {
    const provisionModule = (await importModule(join(repo, 'scripts', 'provision.mjs'))) as { provision(): Promise<{ chromiumPath: string | null; fontconfigFile: string }> };
    const { chromiumPath, fontconfigFile } = await provisionModule.provision();
    assert.ok(chromiumPath, 'Chromium (apt package chromium) is missing and could not be installed: the print check needs it');
    const dir = join(outRoot, 'html-print');
    mkdirSync(dir, { recursive: true });
    const html = join(dir, 'sample-report.html');
    const pdf = join(dir, 'sample-report.pdf');
    writeFileSync(html, renderHtml(parseReport(readFileSync(join(examplesDir, 'sample-report.md'), 'utf8'), { format: 'markdown' })));
    execFileSync(chromiumPath, ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--user-data-dir=${join(dir, 'profile')}`,
      `--print-to-pdf=${pdf}`, pathToFileURL(html).href], { env: { ...process.env, FONTCONFIG_FILE: fontconfigFile }, stdio: 'ignore', timeout: 60_000 });
    const footer = (await check.pdfLines(pdf, 1)).find((l) => /\u2014\s*1\s*\u2014/.test(l.text));
    assert.ok(footer, 'no "— 1 —" on the printed page (Chromium before 131 prints no margin boxes)');
    const dashTop = await check.inkTop(pdf, 1, { xMin: footer.xMin, xMax: footer.xMin + 10, yMin: footer.yMin, yMax: footer.yMax });
    const belowMm = ((dashTop ?? 0) - (842 - (35 / 25.4) * 72)) * (25.4 / 72);
    assert.ok(Math.abs(belowMm - 7) < 0.5, `printed page-number dash ${belowMm.toFixed(2)} mm below the 版心, want 7`);
  });
});
