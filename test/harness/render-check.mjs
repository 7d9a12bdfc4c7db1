#!/usr/bin/env node
// Render checks for generated Word documents: LibreOffice (headless) → PDF → poppler.
//
// Exports:
//   docxToPdf(docxPath, outDir) → absolute path of outDir/<name>.pdf
//       libreoffice --headless -env:UserInstallation=file://<tmp>/lo-profile --convert-to pdf, with
//       FONTCONFIG_FILE = the alias file from scripts/provision.mjs (仿宋_GB2312 → AR PL SungtiL GB, …).
//       Conversions are serialized within a process (one LibreOffice profile per process, removed at exit).
//   convertDocx(docxPath, outDir, target) → the same for another --convert-to target, e.g. 'fodt' (flat ODF XML)
//   convertDocxs(docxPaths, outDir, target) → output paths: one LibreOffice start for them all
//   pdfInfo(pdf)  → { pages, widthPt, heightPt, widthMm, heightMm, pageSizeName, isA4, raw }
//   pdfText(pdf, { layout = true, firstPage?, lastPage? }) → string  (pdftotext -layout; pages split by '\f')
//   pdfFonts(pdf) → [{ name, type, embedded }]   (pdffonts: which faces the CJK aliases resolved to)
//   pdfToPngs(pdf, outDir, { dpi = 60, prefix = 'page' }) → sorted PNG paths (pdftoppm -png -r 60)
//   docxToText(docxPath) → string (pandoc -t plain)
//   docxToPdfs(docxPaths, outDir) → PDF paths: one LibreOffice start for them all (a start costs about a second)
//   pdfLines(pdf, page) → [{ text, xMin, xMax, yMin, yMax }] in pt from the top left (pdftotext -bbox-layout)
//   inkTop(pdf, page, box) → pt from the page top of the first row of ink in box {xMin, xMax, yMin, yMax} (pt),
//       rendered at 288 dpi: where a thin glyph such as the page number's dash really sits
//   inkRules(pdf, page, box) → [{ y, heightPt }]: horizontal rules across at least 95% of the box's width (288 dpi)
//
// Run directly (`node test/harness/render-check.mjs`) it self-tests on a small .docx made with `docx`:
// Chinese text in 仿宋_GB2312/黑体/方正小标宋简体 and a footer "— 1 —"; pages land in test-output/render-check/.
// Assert layout properties (A4, footer text, fonts), not exact page counts: substitute fonts change metrics.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { provision } from '../../scripts/provision.mjs';

const execFileP = promisify(execFile);
const exec = (cmd, args, opts = {}) => execFileP(cmd, args, { maxBuffer: 64 * 1024 * 1024, encoding: 'utf8', ...opts });

let profileDir = null;
let queue = Promise.resolve();

function loProfile() {
  if (!profileDir) {
    profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-lo-'));
    process.on('exit', () => { try { fs.rmSync(profileDir, { recursive: true, force: true }); } catch { /* ignore */ } });
  }
  return path.join(profileDir, 'lo-profile');
}

/** Convert a .docx to PDF with LibreOffice; returns the PDF path. */
export function docxToPdf(docxPath, outDir) {
  return convertDocx(docxPath, outDir, 'pdf');
}

/**
 * Convert a .docx with LibreOffice to `target` ('pdf', 'fodt' — flat ODF XML, to see how LibreOffice read the
 * document, comments and their anchors included — or any --convert-to filter); returns the output path.
 */
export async function convertDocx(docxPath, outDir, target) {
  return (await convertDocxs([docxPath], outDir, target))[0];
}

/** Convert several .docx files to PDF with one LibreOffice start; returns their PDF paths in order. */
export function docxToPdfs(docxPaths, outDir) {
  return convertDocxs(docxPaths, outDir, 'pdf');
}

/**
 * Convert several .docx files to `target` with one LibreOffice start (a start costs about a second); returns the
 * output paths in order.
 */
export function convertDocxs(docxPaths, outDir, target) {
  const extension = target.split(':')[0];
  const job = queue.then(async () => {
    const prov = await provision();
    const out = path.resolve(outDir);
    fs.mkdirSync(out, { recursive: true });
    const sources = docxPaths.map((p) => path.resolve(p));
    for (const src of sources) if (!fs.existsSync(src)) throw new Error(`convertDocxs: no such file ${src}`);
    const outputs = sources.map((src) => path.join(out, `${path.basename(src).replace(/\.[^.]+$/, '')}.${extension}`));
    if (new Set(outputs).size !== outputs.length) throw new Error('convertDocxs: two inputs share a name');
    outputs.forEach((file) => fs.rmSync(file, { force: true }));
    const env = { ...process.env, FONTCONFIG_FILE: prov.fontconfigFile, SAL_USE_VCLPLUGIN: 'svp' };
    let res;
    try {
      res = await exec(prov.libreoffice, ['--headless', '--norestore', '--nolockcheck',
        `-env:UserInstallation=file://${loProfile()}`, '--convert-to', target, '--outdir', out, ...sources], { env, timeout: 600_000 });
    } catch (e) {
      throw new Error(`convertDocxs: libreoffice failed: ${e.message}\n${e.stderr || ''}`);
    }
    // LibreOffice exits 0 even when it could not convert: check the files.
    const missing = outputs.filter((file) => !fs.existsSync(file) || fs.statSync(file).size === 0);
    if (missing.length) throw new Error(`convertDocxs: no ${extension} produced for ${missing.join(', ')}\n${res.stdout}\n${res.stderr}`);
    return outputs;
  });
  queue = job.catch(() => {});
  return job;
}

export async function pdfLines(pdf, page) {
  const { stdout } = await exec('pdftotext', ['-bbox-layout', '-f', String(page), '-l', String(page), pdf, '-']);
  const lines = [];
  for (const m of stdout.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)) {
    const text = [...m[5].matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) => w[1]).join('')
      .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    lines.push({ text, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]) });
  }
  return lines;
}

async function grayPixels(pdf, page, box, dpi) {
  const scale = dpi / 72;
  const x = Math.floor(box.xMin * scale);
  const y = Math.floor(box.yMin * scale);
  const width = Math.max(1, Math.ceil((box.xMax - box.xMin) * scale));
  const height = Math.max(1, Math.ceil((box.yMax - box.yMin) * scale));
  const { stdout } = await execFileP('pdftoppm', ['-f', String(page), '-l', String(page), '-r', String(dpi), '-gray',
    '-x', String(x), '-y', String(y), '-W', String(width), '-H', String(height), pdf], { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 });
  // Binary PGM: "P5\n<w> <h>\n255\n" then one byte a pixel.
  const header = stdout.subarray(0, 64).toString('latin1').match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  if (!header) throw new Error('pdftoppm gave no PGM');
  const [w, h] = [Number(header[1]), Number(header[2])];
  const data = stdout.subarray(header[0].length);
  const darkInRow = (row) => {
    let dark = 0;
    for (let col = 0; col < w; col++) if (data[row * w + col] < 128) dark++;
    return dark / w;
  };
  return { rows: h, top: y / scale, scale, darkInRow };
}

export async function inkRules(pdf, page, box) {
  const px = await grayPixels(pdf, page, box, 288);
  const rules = [];
  for (let row = 0; row < px.rows; row++) {
    if (px.darkInRow(row) < 0.95) continue;
    const last = rules[rules.length - 1];
    if (last && last.end === row - 1) last.end = row;
    else rules.push({ start: row, end: row });
  }
  return rules.map((r) => ({ y: px.top + r.start / px.scale, heightPt: (r.end - r.start + 1) / px.scale }));
}

export async function inkTop(pdf, page, box) {
  const px = await grayPixels(pdf, page, box, 288);
  for (let row = 0; row < px.rows; row++) if (px.darkInRow(row) > 0.3) return px.top + row / px.scale;
  return undefined;
}

const PT_TO_MM = 25.4 / 72;

export async function pdfInfo(pdf) {
  const { stdout } = await exec('pdfinfo', [pdf]);
  const field = (k) => (stdout.match(new RegExp(`^${k}:\\s*(.*)$`, 'm')) || [])[1];
  const pages = Number(field('Pages'));
  const size = (field('Page size') || '').match(/([\d.]+) x ([\d.]+) pts(?: \((\w+)\))?/);
  if (!size || !Number.isFinite(pages)) throw new Error(`pdfInfo: cannot parse pdfinfo output:\n${stdout}`);
  const widthPt = Number(size[1]);
  const heightPt = Number(size[2]);
  const widthMm = Math.round(widthPt * PT_TO_MM * 10) / 10;
  const heightMm = Math.round(heightPt * PT_TO_MM * 10) / 10;
  return {
    pages, widthPt, heightPt, widthMm, heightMm, pageSizeName: size[3] || null,
    isA4: Math.abs(widthMm - 210) < 1 && Math.abs(heightMm - 297) < 1,
    raw: stdout,
  };
}

export async function pdfText(pdf, { layout = true, firstPage, lastPage } = {}) {
  const args = [];
  if (layout) args.push('-layout');
  if (firstPage) args.push('-f', String(firstPage));
  if (lastPage) args.push('-l', String(lastPage));
  const { stdout } = await exec('pdftotext', [...args, '-enc', 'UTF-8', pdf, '-']);
  return stdout;
}

export async function pdfFonts(pdf) {
  const { stdout } = await exec('pdffonts', [pdf]);
  const lines = stdout.split('\n').slice(2).filter((l) => l.trim());
  return lines.map((l) => {
    const cols = l.trim().split(/\s+/);
    // name type [encoding…] emb sub uni object ID — read from the right.
    const n = cols.length;
    return { name: cols[0], type: cols[1], embedded: cols[n - 5] === 'yes' };
  });
}

export async function pdfToPngs(pdf, outDir, { dpi = 60, prefix = 'page' } = {}) {
  fs.mkdirSync(outDir, { recursive: true });
  await exec('pdftoppm', ['-png', '-r', String(dpi), pdf, path.join(outDir, prefix)]);
  return fs.readdirSync(outDir)
    .filter((f) => f.startsWith(`${prefix}-`) && f.endsWith('.png'))
    .sort((a, b) => Number(a.match(/(\d+)\.png$/)[1]) - Number(b.match(/(\d+)\.png$/)[1]))
    .map((f) => path.join(outDir, f));
}

export async function docxToText(docxPath) {
  const { stdout } = await exec('pandoc', ['-f', 'docx', '-t', 'plain', '--wrap=none', docxPath]);
  return stdout;
}

// ---------------------------------------------------------------------------------------------- self-test
async function makeSampleDocx(file) {
  const { Document, Packer, Paragraph, TextRun, Footer, PageNumber, AlignmentType } = await import('docx');
  const run = (text, font, opts = {}) => new TextRun({ text, font: { ascii: 'Times New Roman', eastAsia: font }, size: 32, ...opts });
  const body = [];
  body.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [run('某市人民政府2024年法治政府建设年度报告', '方正小标宋简体', { size: 44 })] }));
  body.push(new Paragraph({ children: [run('一、主要举措和成效', '黑体')] }));
  for (let i = 0; i < 3; i++) {
    body.push(new Paragraph({ indent: { firstLine: 640 }, spacing: { line: 579, lineRule: 'exact' },
      children: [run('坚持以习近平法治思想为指导，全面推进严格规范公正文明执法，深化“放管服”改革，行政复议应诉工作扎实开展。', '仿宋_GB2312')] }));
  }
  body.push(new Paragraph({ children: [run('（一）深入推进依法行政', '楷体_GB2312')] }));
  const doc = new Document({
    sections: [{
      properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 2097, bottom: 1984, left: 1587, right: 1474 } } },
      footers: {
        default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.RIGHT,
          children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: { ascii: '宋体', eastAsia: '宋体' }, size: 28 })] })] }),
      },
      children: body,
    }],
  });
  fs.writeFileSync(file, await Packer.toBuffer(doc));
}

async function selfTest() {
  const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const out = path.join(repo, 'test-output', 'render-check');
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  let passed = 0; let failed = 0;
  const check = (name, cond, detail = '') => {
    if (cond) { passed++; console.log(`ok   ${name}`); } else { failed++; console.log(`FAIL ${name} ${detail}`); }
  };
  const t0 = Date.now();
  await provision();
  const docx = path.join(out, 'sample.docx');
  await makeSampleDocx(docx);
  const t1 = Date.now();
  const pdf = await docxToPdf(docx, out);
  const t2 = Date.now();
  const pdf2 = await docxToPdf(docx, path.join(out, 'again')); // warm profile
  const t3 = Date.now();
  check('docxToPdf produced a PDF (twice)', fs.existsSync(pdf) && fs.existsSync(pdf2));
  const info = await pdfInfo(pdf);
  check('pdfInfo: A4 210×297 mm', info.isA4, JSON.stringify({ w: info.widthMm, h: info.heightMm }));
  check('pdfInfo: ≥ 1 page', info.pages >= 1, String(info.pages));
  const text = await pdfText(pdf);
  check('pdfText: Chinese body text', text.includes('法治政府建设年度报告') && text.includes('主要举措和成效'));
  check('pdfText: footer "— 1 —"', /—\s*1\s*—/.test(text), JSON.stringify(text.slice(-200)));
  const fonts = await pdfFonts(pdf);
  const names = fonts.map((f) => f.name).join(' ');
  // PDF names are PostScript names: AR PL SungtiL GB = BousungEG-Light-GB, AR PL KaitiM GB = GBZenKai-Medium.
  // LibreOffice names subsets from a Noto CJK .ttc after its first face ("…CJKjp…") whatever face it used;
  // without the alias file every CJK run falls back to one NotoSansCJK face.
  check('pdfFonts: 仿宋_GB2312 → AR PL SungtiL GB', /BousungEG-Light-GB/.test(names), names);
  check('pdfFonts: 楷体_GB2312 → AR PL KaitiM GB', /GBZenKai-Medium/.test(names), names);
  check('pdfFonts: 黑体 → Noto Sans CJK', /NotoSansCJK/.test(names), names);
  check('pdfFonts: 方正小标宋简体 → Noto Serif CJK Bold', /NotoSerifCJK\w*-Bold/.test(names), names);
  check('pdfFonts: 宋体 (footer) → Noto Serif CJK', /NotoSerifCJK\w*-Regular/.test(names), names);
  const pngs = await pdfToPngs(pdf, out);
  check('pdfToPngs: one PNG per page', pngs.length === info.pages && pngs.every((p) => fs.statSync(p).size > 1000), String(pngs.length));
  const plain = await docxToText(docx);
  check('docxToText (pandoc): Chinese text', plain.includes('深入推进依法行政'));
  console.log(`fonts: ${fonts.map((f) => f.name).join(', ')}`);
  console.log(`pages: ${info.pages}, png: ${pngs.map((p) => path.relative(repo, p)).join(', ')}`);
  console.log(`timings (s): make docx=${((t1 - t0) / 1000).toFixed(2)}, first convert=${((t2 - t1) / 1000).toFixed(2)}, ` +
    `second convert=${((t3 - t2) / 1000).toFixed(2)}, total=${((Date.now() - t0) / 1000).toFixed(2)}`);
  console.log(`render-check selftest: ${passed} passed, ${failed} failed`);
  return failed === 0;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  selfTest().then((ok) => process.exit(ok ? 0 : 1), (e) => { console.error(e); process.exit(1); });
}
