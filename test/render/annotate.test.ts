// Render check of `check --annotate`: the annotated copy opens in LibreOffice, which shows each comment anchored on
// exactly the text the finding points at (read back from LibreOffice's flat ODF), and lays it out into a PDF.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { lintText } from '../../src/core/lint';
import { loadSegmenter } from '../../src/core/segmenter';
import { commentParagraphs } from '../../src/cli/annotate';
import { annotateDocx } from '../../src/import/annotate';
import { readDocx, type DocxImport } from '../../src/import/docx';
import { reportDocx, sampleItems } from '../unit/docx-fixture';

interface RenderCheck {
  convertDocxs(docx: string[], outDir: string, target: string): Promise<string[]>;
  pdfText(pdf: string, options?: { layout?: boolean }): Promise<string>;
}

const repo = join(__dirname, '..', '..');
const outRoot = join(repo, 'test-output', 'annotate');
const importModule = (path: string): Promise<unknown> => import(pathToFileURL(path).href);
const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** LibreOffice's reading of the comments: author, text, and the document text between the comment's start and end. */
function annotationsIn(fodt: string): { author: string; text: string; anchored: string }[] {
  const bodies = new Map<string, { author: string; text: string }>();
  const flat = fodt.replace(/<office:annotation office:name="([^"]+)"[^>]*>([\s\S]*?)<\/office:annotation>/g, (_, name: string, body: string) => {
    bodies.set(name, {
      author: /<dc:creator>([^<]*)<\/dc:creator>/.exec(body)?.[1] ?? '',
      text: [...body.matchAll(/<text:p[^>]*>([\s\S]*?)<\/text:p>/g)].map((m) => decode(m[1].replace(/<[^>]+>/g, ''))).join('\n'),
    });
    return `\u0000${name}\u0000`;
  });
  return [...bodies].map(([name, body]) => {
    const from = flat.indexOf(`\u0000${name}\u0000`) + name.length + 2;
    const to = flat.indexOf(`<office:annotation-end office:name="${name}"/>`, from);
    const anchored = to < 0 ? '' : decode(flat.slice(from, to).replace(/\u0000[^\u0000]*\u0000/g, '').replace(/<[^>]+>/g, ''));
    return { ...body, anchored: anchored.replace(/\s+/g, '') };
  });
}

/** What Word holds of a finding's span: its characters without the numbering markers and escapes the importer added. */
function wordText(source: DocxImport, start: number, end: number): string {
  let text = '';
  for (let k = start; k < Math.max(end, start + 1); k++) if (source.xmlStart[k] >= 0) text += source.markdown[k];
  return text.replace(/\s+/g, '');
}

describe('render check: check --annotate → LibreOffice', function () {
  this.timeout(300_000);
  let check: RenderCheck;

  before(async () => {
    const provisionModule = (await importModule(join(repo, 'scripts', 'provision.mjs'))) as { provision(): Promise<{ libreoffice: string | null }> };
    assert.ok((await provisionModule.provision()).libreoffice, 'LibreOffice (apt package libreoffice-writer-nogui) is missing and could not be installed: the render check needs it');
    check = (await importModule(join(repo, 'test', 'harness', 'render-check.mjs'))) as RenderCheck;
    rmSync(outRoot, { recursive: true, force: true });
    mkdirSync(outRoot, { recursive: true });
  });

  const inputs: [string, () => Promise<Uint8Array>][] = [
    ['某县报告', () => reportDocx(sampleItems, { commentOn: '无。', trackedChanges: true })],
    ['慈溪-LibreOffice', async () => readFileSync(join(repo, 'test', 'fixtures', 'docx', '000_f822e31e0fec2d8c.docx'))],
  ];
  // Every annotated copy is written first, then read back by one LibreOffice start per target (a start costs about
  // a second): flat ODF for the comments' anchors, PDF for the layout.
  const made = new Map<string, { source: DocxImport; findings: ReturnType<typeof lintText>['findings']; fodt: string; pdf: string }>();
  before(async () => {
    const files: string[] = [];
    const read: { source: DocxImport; findings: ReturnType<typeof lintText>['findings'] }[] = [];
    for (const [name, make] of inputs) {
      const bytes = await make();
      const source = readDocx(bytes);
      const findings = lintText(source.markdown, { format: 'markdown' }, { segmenter: loadSegmenter() }).findings;
      const file = join(outRoot, `${name}.批注.docx`);
      writeFileSync(file, annotateDocx(bytes, source, findings.map((f) => ({ start: f.span.start, end: f.span.end, paragraphs: commentParagraphs(f) })), { date: '2024-03-01T08:00:00Z' }));
      files.push(file);
      read.push({ source, findings });
    }
    const fodts = await check.convertDocxs(files, outRoot, 'fodt');
    const pdfs = await check.convertDocxs(files, outRoot, 'pdf');
    inputs.forEach(([name], k) => made.set(name, { ...read[k], fodt: fodts[k], pdf: pdfs[k] }));
  });

  for (const [name] of inputs) {
    it(`${name}: opens with every comment on the text its finding points at`, async () => {
      const { source, findings, fodt, pdf } = made.get(name)!;
      assert.ok(findings.length >= 2);

      const annotations = annotationsIn(readFileSync(fodt, 'utf8'));
      const ours = annotations.filter((a) => a.author === '法治报告助手');
      assert.equal(ours.length, findings.length);
      findings.forEach((f, k) => {
        assert.equal(ours[k].text.split('\n')[0], commentParagraphs(f)[0]);
        const expected = wordText(source, f.span.start, f.span.end);
        // A finding on an automatic numbering marker alone is anchored on its whole paragraph.
        if (expected) assert.equal(ours[k].anchored, expected, f.message);
        else assert.ok(ours[k].anchored.length > 0, f.message);
      });
      if (name === '某县报告') {
        assert.ok(annotations.some((a) => a.author === '审核人' && a.text === '请核对数字' && a.anchored === '无。'), 'the reviewer\'s own comment is kept');
        const sum = ours.find((a) => a.text.includes('figure/sum'));
        assert.equal(sum?.anchored, '126件');
      }

      const text = (await check.pdfText(pdf, { layout: false })).replace(/\s+/g, '');
      // (LibreOffice shows tracked changes in the PDF: the lead of 某县报告 carries one, so only its first lines.)
      for (const line of source.markdown.split('\n').filter((l) => /^[^|\\]/.test(l)).slice(0, 2)) {
        assert.ok(text.includes(line.replace(/\s+/g, '')), `PDF lacks “${line}”`);
      }
    });
  }
});
