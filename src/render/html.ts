// The report as one self-contained HTML page that looks like the printed 公文 (GB/T 9704): A4 sheet, 22 × 28 grid,
// GB fonts with fallbacks, print CSS with "— n —" page numbers. No script, no remote resources, every text escaped.
import type { Finding, ReportDocument } from '../core/types';
import {
  type FontOverrides, type FontRole, fontSizePt, fontStack, genericFamily, page, textHeightMm, textWidthMm, type Letterhead, letterheadMm, letterheadRed,
} from './gbt9704';
import { buildRenderModel, type InlineRun, type RenderBlock } from './model';

export interface HtmlRenderOptions {
  /** 'preview' adds the Content-Security-Policy the webview caller controls (nonce, cspSource). */
  mode?: 'export' | 'preview';
  /** Marked in the text: wavy underline, the message as a tooltip, source offsets in data attributes. */
  findings?: Finding[];
  /** data-line (0-based source line) and data-offset/data-end (UTF-16 source offsets) on every block, for scroll sync. */
  sourceMap?: boolean;
  /** Nonce for the <style> element (and for the caller's scripts in extraHead) under the preview CSP. */
  nonce?: string;
  /** The webview's resource origin (vscode `webview.cspSource`), allowed for styles, images and fonts. */
  cspSource?: string;
  /** Trusted markup the caller appends to <head> (e.g. its own script tag). Never report text. */
  extraHead?: string;
  boldLevel3?: boolean;
  fonts?: FontOverrides;
  /** The 落款 for a seal (GB/T 9704 7.3.5.1). */
  sealed?: boolean;
  /** A 版头 above the title, unless the report's front matter names one (发文机关标志, 发文字号, 签发人). */
  letterhead?: Letterhead;
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => escapes[c]);
}

/** A font name inside a CSS string: quotes, backslashes and anything that could close the <style> element dropped. */
function cssFontName(name: string): string {
  return `"${name.replace(/["'\\<>;{}\n\r]/g, '')}"`;
}

function cssFonts(role: FontRole, overrides: FontOverrides | undefined): string {
  return [...fontStack(role, overrides).map(cssFontName), genericFamily[role]].join(', ');
}

const severityColor: Record<Finding['severity'], string> = {
  error: '#d32f2f', warning: '#c77700', information: '#1769aa', hint: '#5f6b7a',
};

function stylesheet(options: HtmlRenderOptions, layoutRules: Map<string, string>): string {
  const f = (role: FontRole) => cssFonts(role, options.fonts);
  const margins = `${page.marginTopMm}mm ${page.marginRightMm}mm ${page.marginBottomMm}mm ${page.marginLeftMm}mm`;
  const pageNumber = `content: "\\2014  " counter(page) " \\2014"; font-family: ${f('songti')}; font-size: ${fontSizePt.pageNumber}pt;` +
    // The dash of "— 1 —" 7 mm below the 版心 (GB/T 9704 7.5): on a one-em line its top edge is 0.63 em down (measured
    // in a Chromium print with 宋体 and its stand-ins).
    ` vertical-align: top; line-height: 1; padding-top: calc(${page.footerBelowTextMm}mm - 0.63em);`;
  return `
:root {
  --cell: calc(${textWidthMm}mm / ${page.charsPerLine});
  --line: calc(${textHeightMm}mm / ${page.linesPerPage});
  color-scheme: light;
}
html { background: #e8e8e8; }
body { margin: 0; padding: 16px 0; }
.page {
  box-sizing: border-box; width: ${page.widthMm}mm; min-height: ${page.heightMm}mm; margin: 0 auto; padding: ${margins};
  background: #fff; color: #000; box-shadow: 0 1px 6px rgba(0, 0, 0, 0.25);
  font-family: ${f('fangsong')}; font-size: ${fontSizePt.body}pt; line-height: var(--line);
  letter-spacing: calc(var(--cell) - 1em); text-align: justify; overflow-wrap: anywhere;
}
.page p, .page h1, .page h2, .page h3, .page h4, .page h5 { margin: 0; font-size: inherit; font-weight: normal; }
.page p, .page h2, .page h3, .page h4, .page h5, .page .run-in { text-indent: calc(2 * var(--cell)); }
.page .run-in > .heading { display: inline; }
.page h1.title {
  font-family: ${f('title')}; font-size: ${fontSizePt.title}pt; text-align: center; text-indent: 0;
  letter-spacing: 0; word-break: keep-all; overflow-wrap: anywhere;
}
.page .addressee { text-indent: 0; }
.page .subtitle { text-indent: 0; text-align: center; font-family: ${f('kaiti')}; }
.page .gap { margin-top: var(--line); }
.font-heiti { font-family: ${f('heiti')}; }
.font-kaiti { font-family: ${f('kaiti')}; }
.font-fangsong { font-family: ${f('fangsong')}; }
.font-title { font-family: ${f('title')}; }
.page .signature, .page .date { text-indent: 0; text-align: left; white-space: nowrap; }
.page .seal-room { margin-top: calc(2 * var(--line)); }
.page .letterhead { text-indent: 0; }
.page .letterhead .mark { margin: ${letterheadMm.markTop}mm 0 0; text-indent: 0; text-align: center; color: #${letterheadRed}; font-family: ${f('title')}; font-size: ${fontSizePt.letterhead}pt; line-height: 1.2; }
.page .letterhead .number { margin: calc(2 * var(--line)) 0 calc(2 * var(--line)); padding: 0 var(--cell) ${letterheadMm.ruleBelowNumber}mm; text-indent: 0; display: flex; justify-content: space-between; border-bottom: 0.35mm solid #${letterheadRed}; }
.page .signature > span { display: block; }
/* 版记: 4号, one character in from both sides, a rule above it; the 印发 date flush right. */
.page .imprint { text-indent: 0; padding: 0 var(--cell); font-size: ${fontSizePt.imprint}pt; letter-spacing: 0; display: flex; justify-content: space-between; break-inside: avoid; }
/* GB/T 9704 7.4: rules as wide as the 版心, 0.35 mm above the first line and below the last, 0.25 mm between. */
.page .imprint { border-top: 0.25mm solid #000; }
.page .imprint.gap { border-top: 0.35mm solid #000; }
.page .imprint:last-child { border-bottom: 0.35mm solid #000; }
/* An attachment starts a new page (on screen: a dashed line), "附件" 顶格, its title centred. */
.page .appendix-label { break-before: page; text-indent: 0; margin-top: calc(2 * var(--line)); border-top: 1px dashed #999; }
.page h2.appendix-title { font-family: ${f('title')}; font-size: ${fontSizePt.title}pt; text-align: center; text-indent: 0; letter-spacing: 0; }
/* Printing: the 附件说明 and the 落款 stay with the text above them (a 落款 alone on a page is not a 公文). */
.page .attachment, .page .signature, .page .date { break-before: avoid; break-inside: avoid; }
${[...layoutRules].map(([name, rule]) => `.page .${name} { ${rule} }`).join('\n')}
.page table { border-collapse: collapse; width: 100%; margin: 0 0 var(--line); font-size: ${fontSizePt.table}pt; line-height: 1.5; letter-spacing: 0; }
.page th, .page td { border: 1px solid #000; padding: 0 0.3em; text-align: center; vertical-align: middle; font-weight: normal; }
.page code { font-family: inherit; }
mark.finding { background: none; color: inherit; text-decoration: underline wavy; text-decoration-skip-ink: none; text-underline-offset: 3px; }
${Object.entries(severityColor).map(([s, c]) => `mark.finding.severity-${s} { text-decoration-color: ${c}; }`).join('\n')}
@page { size: A4; margin: ${margins}; }
@page :right { @bottom-right { ${pageNumber} padding-right: 1em; } }
@page :left { @bottom-left { ${pageNumber} padding-left: 1em; } }
@media print {
  html, body { background: none; padding: 0; }
  .page .appendix-label { margin-top: 0; border-top: none; }
  .page { width: auto; min-height: 0; padding: 0; box-shadow: none; }
  mark.finding { text-decoration: none; }
}`;
}

export function renderHtml(doc: ReportDocument, options: HtmlRenderOptions = {}): string {
  const model = buildRenderModel(doc, options);
  // Per-block horizontal positions become classes (inline style attributes would need 'unsafe-inline' in the CSP).
  const layoutRules = new Map<string, string>();
  const blocks = model.blocks.map((b) => {
    if (b.column !== undefined) layoutRules.set(columnClass(b.column), `padding-left: calc(${b.column} * var(--cell));`);
    if (b.hang) layoutRules.set(hangClass(b.hang), `padding-left: calc(${b.hang.left} * var(--cell)); text-indent: calc(${-b.hang.hanging} * var(--cell));`);
    return renderBlock(b, model.findings, options);
  });
  const body = [...(model.letterhead ? [renderLetterhead(model.letterhead)] : []), ...blocks].join('\n');
  const nonce = options.nonce ? ` nonce="${escapeHtml(options.nonce)}"` : '';
  const csp = contentSecurityPolicy(options);
  const title = escapeHtml(model.titleText || '法治政府建设年度报告');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="fazhi-report">
<title>${title}</title>
<style${nonce}>${stylesheet(options, layoutRules)}
</style>
${options.extraHead ?? ''}
</head>
<body>
<article class="page">
${body}
</article>
</body>
</html>
`;
}

function contentSecurityPolicy(options: HtmlRenderOptions): string {
  if (options.mode !== 'preview') return "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
  const source = options.cspSource ? ` ${options.cspSource}` : '';
  const nonce = options.nonce ? ` 'nonce-${options.nonce}'` : '';
  return `default-src 'none'; style-src${source}${nonce}; script-src${nonce || " 'none'"}; img-src${source} data:; font-src${source}`;
}

function sourceAttributes(b: RenderBlock, options: HtmlRenderOptions): string {
  return options.sourceMap ? ` data-line="${b.line}" data-offset="${b.span.start}" data-end="${b.span.end}"` : '';
}

function renderBlock(b: RenderBlock, findings: Finding[], options: HtmlRenderOptions): string {
  const attrs = sourceAttributes(b, options);
  const classes = (...names: (string | false | undefined)[]) => {
    const list = names.filter(Boolean);
    return list.length ? ` class="${list.join(' ')}"` : '';
  };
  const gap = b.blankBefore && 'gap';
  const line = (runs: InlineRun[]) => runs.map((r) => renderRun(r, findings)).join('');
  const column = b.column !== undefined && columnClass(b.column);
  const sealRoom = b.sealRoom && 'seal-room';
  switch (b.kind) {
    case 'title':
      return `<h1${classes('title', gap)}${attrs}>${b.lines.map(line).join('<br>')}</h1>`;
    case 'addressee':
      return `<p${classes('addressee', gap)}${attrs}>${line(b.lines[0])}</p>`;
    case 'subtitle':
      return `<p${classes('subtitle', gap)}${attrs}>${line(b.lines[0])}</p>`;
    case 'heading': {
      const tag = `h${(b.level ?? 1) + 1}`;
      // A heading with body text run in after it: only the heading proper is the heading element (the outline shows
      // titles, not paragraphs), set inline at the start of the paragraph's first line.
      if (b.runInAt) {
        const heading = `<${tag}${classes(`heading level-${b.level}`)}>${line(b.lines[0].slice(0, b.runInAt))}</${tag}>`;
        return `<div${classes('run-in', gap)}${attrs}>${heading}${line(b.lines[0].slice(b.runInAt))}</div>`;
      }
      return `<${tag}${classes(`heading level-${b.level}`, gap)}${attrs}>${line(b.lines[0])}</${tag}>`;
    }
    case 'paragraph':
      return `<p${classes(gap)}${attrs}>${line(b.lines[0])}</p>`;
    case 'table': {
      const rows = (b.rows ?? []).map((row, r) => {
        const cell = r === 0 ? 'th' : 'td';
        return `<tr>${row.map((c) => `<${cell}>${line(c)}</${cell}>`).join('')}</tr>`;
      });
      const [head, ...rest] = rows;
      return `<table${classes(gap)}${attrs}>${head ? `<thead>${head}</thead>` : ''}<tbody>${rest.join('')}</tbody></table>`;
    }
    case 'signature':
      return `<p${classes('signature', column, sealRoom || gap)}${attrs}>${b.lines.map((l) => `<span>${line(l)}</span>`).join('')}</p>`;
    case 'date':
      return `<p${classes('date', column, gap)}${attrs}>${line(b.lines[0])}</p>`;
    case 'imprint':
      return `<p${classes('imprint', gap)}${attrs}>${b.lines.map((l) => `<span>${line(l)}</span>`).join('')}</p>`;
    case 'appendix-label':
      return `<p${classes('appendix-label', gap)}${attrs}>${line(b.lines[0])}</p>`;
    case 'appendix-title':
      return `<h2${classes('appendix-title', gap)}${attrs}>${b.lines.map(line).join('<br>')}</h2>`;
    case 'attachment':
      return `<p${classes('attachment', b.hang && hangClass(b.hang), gap)}${attrs}>${line(b.lines[0])}</p>`;
  }
}

const cssName = (n: number) => String(n).replace('.', '_').replace('-', 'm');
/** 版头 (GB/T 9704 7.2, 上行文): the mark in red, the 发文字号 and 签发人 on one line over a red rule as wide as the 版心. */
function renderLetterhead(head: Letterhead): string {
  const number = head.number ? `<span>${escapeHtml(head.number)}</span>` : '<span></span>';
  const signer = head.signer ? `<span>签发人：<span class="font-kaiti">${escapeHtml(head.signer)}</span></span>` : '';
  return `<header class="letterhead"><p class="mark">${escapeHtml(head.mark)}</p><p class="number">${number}${signer}</p></header>`;
}

const columnClass = (column: number) => `col-${cssName(column)}`;
const hangClass = (hang: { left: number; hanging: number }) => `hang-${cssName(hang.left)}-${cssName(hang.hanging)}`;

const fontClass: Record<FontRole, string> = {
  title: 'font-title', heiti: 'font-heiti', kaiti: 'font-kaiti', fangsong: 'font-fangsong', songti: 'font-fangsong',
};

function renderRun(run: InlineRun, findings: Finding[]): string {
  let html = escapeHtml(run.text);
  if (run.italic) html = `<em>${html}</em>`;
  if (run.bold) html = `<strong>${html}</strong>`;
  if (run.findings.length) {
    const list = run.findings.map((i) => findings[i]);
    const worst = (['error', 'warning', 'information', 'hint'] as const).find((s) => list.some((f) => f.severity === s))!;
    const attrs = ` title="${escapeHtml(list.map((f) => `${f.message}（${f.code}）`).join('\n'))}"` +
      ` data-codes="${escapeHtml(list.map((f) => f.code).join(' '))}" data-findings="${run.findings.join(' ')}"` +
      ` data-offset="${run.start}" data-end="${run.end}"`;
    html = `<mark class="finding severity-${worst}"${attrs}>${html}</mark>`;
  }
  // Headings carry run-in body text in the body font; everything else inherits its block's font.
  return run.font === 'fangsong' || run.font === 'title' ? html : `<span class="${fontClass[run.font]}">${html}</span>`;
}
