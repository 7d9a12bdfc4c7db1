import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Finding } from '../../src/core/types';
import { buildPreviewPage, createNonce, MAX_PREVIEW_CHARS, noticePage, previewCsp } from '../../src/preview/page';
import { debounceMs, renderSettings } from '../../src/preview/settings';

const cspSource = 'https://*.vscode-cdn.net';
const scriptUri = 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/preview-webview.js';
const nonce = 'n0nce123';

const hostile = [
  '# 某市2023年度法治政府建设情况报告<script>alert(1)</script>',
  '',
  '市人民政府：',
  '',
  '一、主要举措<img src=x onerror=alert(1)>',
  '',
  '共清理规范性文件325件，[点我](javascript:alert(1))保留204件</style><script>alert(2)</script>。',
  '',
  '<iframe src="javascript:alert(3)"></iframe><a href="javascript:alert(4)" onclick="alert(5)">链接</a>',
  '',
  '| 项目 | <b onmouseover=alert(6)>数量</b> |',
  '| --- | --- |',
  '| "><svg onload=alert(7)> | 3 |',
  '',
  '某市人民政府',
  '',
  '2024年2月28日',
].join('\n');

/** Start tags as the browser would see them (text is escaped, so `&lt;img` is not a tag). */
function startTags(html: string): string[] {
  return html.match(/<[a-zA-Z][^>]*>/g) ?? [];
}

function assertNothingExecutable(html: string): void {
  const scripts = startTags(html).filter((tag) => /^<script\b/i.test(tag));
  assert.deepEqual(scripts, [`<script nonce="${nonce}" src="${scriptUri}" defer>`], 'only the nonce\'d bundle');
  for (const tag of startTags(html)) {
    assert.doesNotMatch(tag, /\son[a-z]+\s*=/i, `event handler attribute in ${tag}`);
    assert.doesNotMatch(tag, /^<(iframe|img|svg|object|embed|a|link|base|form)\b/i, `unexpected element ${tag}`);
    assert.doesNotMatch(tag, /javascript:/i, `javascript: URL in ${tag}`);
  }
  assert.equal(html.match(/<\/style>/gi)?.length, 1, 'one real </style>: the document text cannot close the stylesheet');
  assert.equal(html.match(/<\/script>/gi)?.length, 1);
  const meta = startTags(html).filter((tag) => /^<meta http-equiv="Content-Security-Policy"/i.test(tag));
  assert.equal(meta.length, 1, 'one CSP meta');
  assert.ok(meta[0].includes(`content="${previewCsp(cspSource, nonce).replace(/'/g, '&#39;')}"`), meta[0]);
}

describe('preview page', () => {
  it('the CSP allows nothing remote and only nonce\'d scripts and styles', () => {
    assert.equal(previewCsp(cspSource, nonce),
      `default-src 'none'; style-src ${cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src ${cspSource} data:; font-src ${cspSource}`);
    // Many draws: a nonce whose length depends on its random bytes fails here only now and then.
    const nonces = new Set(Array.from({ length: 2000 }, createNonce));
    assert.equal(nonces.size, 2000);
    for (const n of nonces) assert.match(n, /^[0-9a-f]{32}$/);
  });

  for (const format of ['markdown', 'plaintext'] as const) {
    it(`renders hostile ${format} text escaped: no script but ours, no handlers, CSP present`, () => {
      const html = buildPreviewPage(hostile, format, { findings: [], cspSource, nonce, scriptUri });
      assertNothingExecutable(html);
      assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), 'the text is shown, escaped');
      assert.ok(html.includes('onerror=alert(1)'), 'the text is kept (as text)');
    });
  }

  it('marks findings with their source range and an escaped message, and every block with its offset', () => {
    const start = hostile.indexOf('325件');
    const finding: Finding = {
      code: 'figure/sum', severity: 'error', message: '204 = 204，与总数325不符"><script>alert(8)</script>',
      span: { start, end: start + 4 }, fixes: [], related: [],
    };
    const stale: Finding = { ...finding, span: { start: hostile.length - 1, end: hostile.length + 50 } };
    const html = buildPreviewPage(hostile, 'markdown', { findings: [finding, stale], cspSource, nonce, scriptUri });
    assertNothingExecutable(html);
    const marks = startTags(html).filter((tag) => tag.startsWith('<mark'));
    assert.equal(marks.length, 1, 'the stale finding (beyond the text) is dropped');
    assert.match(marks[0], new RegExp(`data-offset="${start}" data-end="${start + 4}"`));
    assert.match(marks[0], /title="204 = 204，与总数325不符&quot;&gt;&lt;script&gt;/);
    const offsets = [...html.matchAll(/<(?:h\d|p|table)\b[^>]*data-offset="(\d+)"/g)].map((m) => Number(m[1]));
    assert.ok(offsets.length >= 5, `blocks with offsets: ${offsets.length}`);
    assert.deepEqual(offsets, [...offsets].sort((a, b) => a - b), 'block offsets ascend');
    assert.ok(html.includes(`data-offset="${hostile.indexOf('2024年2月28日')}"`), 'the date block points at its source');
  });

  it('escapes a hostile nonce or script URI', () => {
    const html = noticePage('<b>x</b>', { cspSource, nonce: '"><script>alert(1)</script>', scriptUri: 'x" onload="alert(1)' });
    assert.ok(!html.includes('<b>'));
    for (const tag of startTags(html)) assert.doesNotMatch(tag, /\son[a-z]+\s*=\s*"/i, tag);
  });

  it('shows a notice instead of rendering an oversized document, and survives odd input', () => {
    const notice = buildPreviewPage('一'.repeat(MAX_PREVIEW_CHARS + 1), 'plaintext', { findings: [], cspSource, nonce, scriptUri });
    assert.match(notice, /文档过大/);
    for (const text of ['', '\u0000\u0001\ufffe', '\ud800', '<'.repeat(10_000), '# \n\n|||\n|-|\n']) {
      assertNothingExecutable(buildPreviewPage(text, 'markdown', { findings: [], cspSource, nonce, scriptUri }));
    }
  });

  it('renders every corpus report quickly', () => {
    const dir = path.join(__dirname, '..', 'fixtures', 'corpus');
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    assert.ok(files.length > 0);
    for (const file of files) {
      const text = readFileSync(path.join(dir, file), 'utf8');
      const started = Date.now();
      const html = buildPreviewPage(text, 'plaintext', { findings: [], cspSource, nonce, scriptUri });
      // Generous (the machine may be busy with other suites); bench/ measures the real figure.
      assert.ok(Date.now() - started < 3000, `${file} rendered in ${Date.now() - started} ms`);
      assertNothingExecutable(html);
    }
  });
});

describe('preview settings', () => {
  it('debounce: clamps to 0–5000 ms, default 200', () => {
    assert.equal(debounceMs(undefined), 200);
    assert.equal(debounceMs('50'), 200);
    assert.equal(debounceMs(Number.NaN), 200);
    assert.equal(debounceMs(-5), 0);
    assert.equal(debounceMs(120.4), 120);
    assert.equal(debounceMs(1e9), 5000);
  });

  it('fonts: known roles with clean names only; boldLevel3 only when true', () => {
    assert.deepEqual(renderSettings(true, { fangsong: ' 仿宋 ', heiti: 3, kaiti: '', bogus: '宋体', title: 'X";}body{color:red' }),
      { boldLevel3: true, fonts: { fangsong: '仿宋', title: 'Xbodycolor:red' }, sealed: false, letterhead: undefined });
    assert.deepEqual(renderSettings('yes', ['仿宋']), { boldLevel3: false, fonts: {}, sealed: false, letterhead: undefined });
    assert.deepEqual(renderSettings(undefined, null), { boldLevel3: false, fonts: {}, sealed: false, letterhead: undefined });
  });

  it('sealed only when true; a letterhead only with a mark, its strings trimmed', () => {
    assert.equal(renderSettings(false, {}, true).sealed, true);
    assert.equal(renderSettings(false, {}, 'true').sealed, false);
    assert.deepEqual(renderSettings(false, {}, false, { mark: ' 明湖市人民政府 ', number: '明政〔2025〕3号', signer: 7 }).letterhead,
      { mark: '明湖市人民政府', number: '明政〔2025〕3号', signer: undefined });
    assert.equal(renderSettings(false, {}, false, { number: '明政〔2025〕3号' }).letterhead, undefined);
    assert.equal(renderSettings(false, {}, false, ['明湖']).letterhead, undefined);
  });
});
