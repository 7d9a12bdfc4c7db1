// Render check: every corpus report and example exported to .docx, laid out by LibreOffice (headless) into a PDF,
// checked with poppler; page PNGs are left under test-output/render/<name>/ for a person to look at.
// LibreOffice, poppler and the CJK font aliases come from scripts/provision.mjs; if they cannot be had, this fails.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseReport } from '../../src/core/document';
import { loadSegmenter } from '../../src/core/segmenter';
import { renderDocx } from '../../src/render/docx';

interface RenderCheck {
  docxToPdf(docx: string, outDir: string): Promise<string>;
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
const inputs = files.map((file) => ({ file: basename(file), text: () => readFileSync(file, 'utf8') }));
// A one-page report with an attachment after its 成文日期 (room to spare on that page): it starts a page of its own.
// The 版记 closes the document.
inputs.push({
  file: 'short+附件页.md',
  text: () => ['# 明湖市司法局关于2024年法治政府建设情况的报告', '市人民政府：',
    '2024年，明湖市司法局推进法治政府建设，全年审核规范性文件37件。现将有关情况报告如下。',
    '明湖市司法局', '2025年2月20日', '附件', '明湖市2024年度行政复议案件统计', '全年受理行政复议案件218件，审结203件。',
    '抄送：市委办公室，市人大常委会办公室。', '明湖市司法局办公室 2025年2月20日印发'].join('\n\n'),
});
// The corrected example with a 附件说明: without keep-with-next its 落款 lands alone on the last page.
inputs.push({
  file: 'sample-report-corrected+附件.md',
  text: () => readFileSync(join(examplesDir, 'sample-report-corrected.md'), 'utf8')
    .replace(/\n\n(明湖市人民政府\n)/, '\n\n附件：1.明湖市2024年度行政复议案件统计表\n2.明湖市2024年度行政执法数据统计表\n\n$1'),
});

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

  for (const input of inputs) {
    const name = basename(input.file, extname(input.file));
    it(`${input.file}: A4, "— n —" on every page, 22 × 28 lines, every paragraph's text present`, async () => {
      const text = input.text();
      const doc = parseReport(text, { format: input.file.endsWith('.md') ? 'markdown' : 'plaintext' });
      const dir = join(outRoot, name);
      mkdirSync(dir, { recursive: true });
      const docx = join(dir, `${name}.docx`);
      writeFileSync(docx, await renderDocx(doc, { segmenter: loadSegmenter() }));
      const pdf = await check.docxToPdf(docx, dir);

      const info = await check.pdfInfo(pdf);
      assert.ok(info.isA4, `page is ${info.widthPt}×${info.heightPt} pt, not A4 595×842`);
      assert.ok(Math.abs(info.widthPt - 595) < 1 && Math.abs(info.heightPt - 842) < 1);

      const pages = (await check.pdfText(pdf, { layout: true })).split('\f').slice(0, info.pages);
      pages.forEach((page, i) => {
        const numbers = [...page.matchAll(footerPattern)].map((m) => Number(m[1]));
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
        assert.ok(firstLines.includes(label.content), `“${label.content}” does not open a page: ${firstLines.join(' / ')}`);
      }

      // The 落款 keeps company: the body's last lines move with it rather than leave it alone on a page.
      if (doc.signature && pages.length > 1) {
        const closingLines = doc.signature.content.split(/\s+/).length + (doc.date ? 1 : 0);
        const lastPageLines = pages[pages.length - 1].split('\n').filter((l) => cjkCount(l) > 0 && !/\u2014\s*\d+\s*\u2014/.test(l));
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
  }
});
