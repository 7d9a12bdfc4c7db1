// The preview page: renderHtml in preview mode (source map + finding marks) plus the CSP and our nonce'd script.
// No vscode import: URIs arrive as strings, so the hostile-input tests run without an editor.
import { randomBytes } from 'node:crypto';
import { escapeHtml, renderHtml } from '../render/html';
import type { FontOverrides, Letterhead } from '../render/gbt9704';
import { parseReport } from '../core/document';
import type { Finding } from '../core/types';

export interface RenderSettings {
  boldLevel3?: boolean;
  fonts?: FontOverrides;
  sealed?: boolean;
  letterhead?: Letterhead;
}

export interface PreviewPageOptions extends RenderSettings {
  findings: readonly Finding[];
  /** webview.cspSource */
  cspSource: string;
  nonce: string;
  /** webview.asWebviewUri(dist/preview-webview.js), as a string. */
  scriptUri: string;
}

/** Above this size the preview shows a notice instead of rendering (keeps the editor responsive on pasted dumps). */
export const MAX_PREVIEW_CHARS = 2_000_000;

export function createNonce(): string {
  // Hex keeps the length fixed (32 characters, 128 bits); stripped base64 was sometimes shorter.
  return randomBytes(16).toString('hex');
}

/**
 * Nothing remote, no inline script, no eval: only our nonce'd bundle and styles run. renderHtml writes the same
 * policy into preview pages (asserted in test/unit/preview-page.test.ts); the notice page uses this one.
 */
export function previewCsp(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspSource} 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    `img-src ${cspSource} data:`,
    `font-src ${cspSource}`,
  ].join('; ');
}

type PageBasics = Omit<PreviewPageOptions, 'findings' | keyof RenderSettings>;

function scriptTag(options: PageBasics): string {
  return `<script nonce="${escapeHtml(options.nonce)}" src="${escapeHtml(options.scriptUri)}" defer></script>`;
}

/** The preview of `text`: renderHtml in preview mode with source offsets on every block and the findings marked. */
export function buildPreviewPage(text: string, format: 'markdown' | 'plaintext', options: PreviewPageOptions): string {
  if (text.length > MAX_PREVIEW_CHARS) {
    return noticePage(`文档过大（${text.length} 个字符，上限 ${MAX_PREVIEW_CHARS} 个），不生成预览；可使用“导出为 HTML”。`, options);
  }
  const doc = parseReport(text, { format });
  return renderHtml(doc, {
    mode: 'preview',
    // Diagnostics may lag behind the text by one edit: drop marks that no longer fit.
    findings: options.findings.filter((f) => f.span.start <= f.span.end && f.span.end <= text.length),
    sourceMap: true,
    nonce: options.nonce,
    cspSource: options.cspSource,
    extraHead: scriptTag(options),
    boldLevel3: options.boldLevel3,
    fonts: options.fonts,
    sealed: options.sealed,
    letterhead: options.letterhead,
  });
}

/** A one-paragraph page for states where there is no report to render. */
export function noticePage(message: string, options: PageBasics): string {
  const csp = previewCsp(options.cspSource, options.nonce);
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">${scriptTag(options)}` +
    `<style nonce="${escapeHtml(options.nonce)}">body{font-family:sans-serif;padding:2em;color:var(--vscode-foreground)}</style>` +
    `</head><body><p class="fazhi-notice">${escapeHtml(message)}</p></body></html>`;
}
