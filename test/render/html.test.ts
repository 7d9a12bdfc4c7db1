import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport } from '../../src/core/document';
import type { Finding } from '../../src/core/types';
import { renderHtml } from '../../src/render/html';
import { titleBreaks } from '../../src/render/model';
import { report } from './sample-report';

const corpusDir = join(__dirname, '..', 'fixtures', 'corpus');
const corpus = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(corpusDir, f), 'utf8'));

const md = (text: string) => parseReport(text, { format: 'markdown' });
const plain = (text: string) => parseReport(text, { format: 'plaintext' });
const bodyOf = (html: string) => html.slice(html.indexOf('<body>'));

/** Every tag in the body is one the renderer writes, with only the attributes it writes. */
function assertOnlyOwnMarkup(html: string): void {
  const allowedTags = /^\/?(html|body|article|header|div|h[1-5]|p|span|br|strong|em|mark|table|thead|tbody|tr|th|td)$/;
  const allowedAttributes = /^(class|title|data-[a-z]+)$/;
  for (const tag of bodyOf(html).match(/<[^>]*>/g) ?? []) {
    const [, name, rest] = /^<(\/?[a-z0-9]+)([\s\S]*)>$/i.exec(tag) ?? [];
    assert.match(name ?? tag, allowedTags, `unexpected tag ${tag}`);
    const withoutValues = rest.replace(/="[^"]*"/g, '');
    for (const attribute of withoutValues.split(/\s+/).filter(Boolean)) assert.match(attribute, allowedAttributes, `unexpected attribute in ${tag}`);
  }
  assert.doesNotMatch(html, /<script(?! nonce="n0nce" src="x\.js")/i);
}

describe('renderHtml', () => {
  it('writes one self-contained page: doctype, zh-CN, charset, a strict CSP, no script, no remote resource', () => {
    const html = renderHtml(md(report));
    assert.match(html, /^<!DOCTYPE html>\n<html lang="zh-CN">/);
    assert.match(html, /<meta charset="utf-8">/);
    assert.match(html, /Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:"/);
    assert.doesNotMatch(html, /<script|<link|https?:\/\/|@import|url\(/i);
    assert.match(html, /<title>某市司法局关于2023年法治政府建设情况的报告<\/title>/);
  });

  it('lays out A4 with GB/T 9704 margins, a 22 × 28 grid and "— n —" page numbers odd right / even left', () => {
    const html = renderHtml(md(report));
    assert.match(html, /@page \{ size: A4; margin: 37mm 26mm 35mm 28mm; \}/);
    assert.match(html, /--cell: calc\(156mm \/ 28\)/);
    assert.match(html, /--line: calc\(225mm \/ 22\)/);
    assert.match(html, /@page :right \{ @bottom-right \{ content: "\\2014  " counter\(page\) " \\2014"/);
    assert.match(html, /@page :left \{ @bottom-left \{ content: "\\2014  " counter\(page\)/);
    assert.match(html, /padding: 37mm 26mm 35mm 28mm/);
  });

  it('gives every role a GB font stack with fallbacks ending in a generic family', () => {
    const html = renderHtml(md(report));
    assert.match(html, /font-family: "仿宋_GB2312", "仿宋", "FangSong", "FangSong_GB2312", "STFangsong", serif; font-size: 16pt/);
    assert.match(html, /\.font-heiti \{ font-family: "黑体", "SimHei"[^}]*sans-serif; \}/);
    assert.match(html, /\.font-kaiti \{ font-family: "楷体_GB2312", "楷体", "KaiTi"[^}]*serif; \}/);
    assert.match(html, /h1\.title \{\s*font-family: "方正小标宋简体"[^;]*serif; font-size: 22pt; text-align: center; text-indent: 0;[^}]*word-break: keep-all/);
  });

  it('marks up title, 主送机关, headings by level, body, table, 附件说明, 落款 and 成文日期', () => {
    const body = bodyOf(renderHtml(md(report)));
    // 21 cells of 2号 do not fit the 20 of the 版心: broken at a word boundary.
    assert.match(body, /<h1 class="title">某市司法局关于2023年<br>法治政府建设情况的报告<\/h1>/);
    assert.match(body, /<p class="addressee gap">市人民政府：<\/p>/);
    assert.match(body, /<h2 class="heading level-1"><span class="font-heiti">一、主要举措和成效<\/span><\/h2>/);
    // A run-in heading: the heading proper is the heading element, the body text after it in the same paragraph.
    assert.match(body, /<div class="run-in"><h3 class="heading level-2"><span class="font-kaiti">（一）深化依法行政。<\/span><\/h3>全年审核规范性文件<strong>37件<\/strong>，提出修改意见112条。<\/div>/);
    assert.match(body, /<div class="run-in"><h4 class="heading level-3">1\.完善制度。<\/h4>制定规则3项。<\/div>/);
    assert.match(body, /<div class="run-in"><h5 class="heading level-4">（1）加强审核。<\/h5>审核合同12件。<\/div>/);
    // A Markdown ordered list is a list (body text, marker kept), not a run of level-3 headings.
    const listed = bodyOf(renderHtml(md(report.replace('1.完善制度。制定规则3项。', '1.完善制度。制定规则3项。\n\n1. 建立台账\n2. 定期通报'))));
    assert.match(listed, /<p>1\. 建立台账<\/p>\n<p>2\. 定期通报<\/p>/);
    assert.match(listed, /<h4 class="heading level-3">1\.完善制度。<\/h4>/);
    assert.match(body, /<table><thead><tr><th>项目<\/th><th>数量<\/th><\/tr><\/thead><tbody><tr><td>复议<\/td><td>218<\/td><\/tr><\/tbody><\/table>/);
    assert.match(body, /<p>基层力量薄弱。<\/p>/);
    // 附件说明: "附件" 左空二字 after a blank line; every name starts under the first one's, wrapped lines too.
    assert.match(body, /<p class="attachment hang-6-4 gap">附件：1\.行政复议案件统计表<\/p>\n<p class="attachment hang-6-1">2\.行政执法数据统计表<\/p>/);
    assert.match(renderHtml(md(report)), /\.page \.attachment, \.page \.signature, \.page \.date \{ break-before: avoid; break-inside: avoid; \}/);
    assert.match(renderHtml(md(report)), /\.hang-6-4 \{ padding-left: calc\(6 \* var\(--cell\)\); text-indent: calc\(-4 \* var\(--cell\)\); \}/);
    // 落款 右空二字 (28 − 2 − 5 = 21 would put the date past 右空二字): the date keeps 右空二字, the name starts 2 cells left of it.
    assert.match(body, /<p class="signature col-17_5 gap"><span>某市司法局<\/span><\/p>/);
    assert.match(body, /<p class="date col-19_5">2024年2月20日<\/p>/);
    assert.match(renderHtml(md(report)), /\.col-17_5 \{ padding-left: calc\(17\.5 \* var\(--cell\)\); \}/);
  });

  it('centres a meeting report\'s delivery and speaker lines in 楷体 under the title, the blank line after them', () => {
    const body = bodyOf(renderHtml(plain('关于2023年度法治政府建设情况的报告\n——在市人大常委会第十八次会议上\n市人民政府副市长  张三\n\n主任、各位副主任、秘书长、各位委员：\n\n我受市人民政府委托，报告如下。')));
    assert.match(body, /<h1 class="title">[^<]+<\/h1>\n<p class="subtitle"><span class="font-kaiti">——在市人大常委会第十八次会议上<\/span><\/p>\n<p class="subtitle"><span class="font-kaiti">市人民政府副市长  张三<\/span><\/p>\n<p class="addressee gap">/);
  });

  it('starts each attachment after the 成文日期 on a new page: “附件” 顶格 in 黑体, its title centred', () => {
    const html = renderHtml(plain('某县2023年法治政府建设情况报告\n\n县委：\n\n正文。\n\n某县人民政府\n\n2024年2月1日\n\n附件2\n\n行政执法数据统计表\n\n全年办理案件1200件。'));
    assert.match(bodyOf(html), /<p class="date col-\d+(_5)?">2024年2月1日<\/p>\n<p class="appendix-label"><span class="font-heiti">附件2<\/span><\/p>\n<h2 class="appendix-title gap">行政执法数据统计表<\/h2>\n<p>全年办理案件1200件。<\/p>/);
    assert.match(html, /\.page \.appendix-label \{ break-before: page; text-indent: 0;/);
  });

  it('sets the 版记 apart with a rule, 4号, the 印发 date flush right', () => {
    const html = renderHtml(plain('某县2023年法治政府建设情况报告\n\n县委：\n\n正文。\n\n某县人民政府\n\n2024年2月1日\n\n抄送：县委办公室。\n\n某县人民政府办公室 2024年2月1日印发'));
    assert.match(bodyOf(html), /<p class="imprint gap"><span>抄送：县委办公室。<\/span><\/p>\n<p class="imprint"><span>某县人民政府办公室<\/span><span>2024年2月1日印发<\/span><\/p>/);
    assert.match(html, /\.page \.imprint \{[^}]*font-size: 14pt;[^}]*justify-content: space-between;/);
    assert.match(html, /\.page \.imprint \{ border-top: 0\.25mm solid #000; \}/);
    assert.match(html, /\.page \.imprint\.gap \{ border-top: 0\.35mm solid #000; \}/);
    assert.match(html, /\.page \.imprint:last-child \{ border-bottom: 0\.35mm solid #000; \}/);
  });

  it('puts a joint 落款 one body per line, the lead body first', () => {
    const body = bodyOf(renderHtml(plain('某市2023年法治政府建设情况报告\n\n市委：\n\n正文。\n\n中共某市委 某市人民政府\n\n2024年2月1日')));
    assert.match(body, /<p class="signature col-\d+(_5)? gap"><span>中共某市委<\/span><span>某市人民政府<\/span><\/p>/);
  });

  it('escapes hostile text everywhere: nothing it contains becomes markup', () => {
    const hostile = '<script>alert(1)</script>';
    const img = '<img src=x onerror=alert(1)>';
    const text = [
      `# ${hostile}关于2023年法治政府建设情况的报告`, '', `${img}：`, '', `导语${hostile}${img}。`, '',
      `## 一、${img}`, '', `| ${hostile} | b |`, '| --- | --- |', `| ${img} | "q" |`, '', `**${hostile}**`, '',
      '<div onclick="x()">raw html block</div>', '', `[${img}](javascript:alert(1))`, '', '某局', '', '2024年1月5日',
    ].join('\n');
    for (const doc of [md(text), plain(text)]) {
      const findings: Finding[] = [{ code: 'x/y', severity: 'error', message: `"><script>alert(2)</script>`, span: { start: 5, end: 12 }, fixes: [], related: [] }];
      const html = renderHtml(doc, { findings, sourceMap: true, mode: 'preview', nonce: 'abc', cspSource: 'vscode-resource:' });
      assertOnlyOwnMarkup(html);
      assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
      assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
    }
  });

  it('shows the words of inline HTML, links, images, autolinks and raw HTML blocks, never their markup', () => {
    const text = ['# 某县2023年法治政府建设情况的报告', '', '县人民政府：', '',
      '全年<b>办结</b>案件12件，详见[附表](javascript:alert(1))。见![示意图](pic.png "图")，网址<https://www.gov.cn/x>。<!-- 备注 -->', '',
      '<div class="x">', '原始 HTML 块里的文字。', '</div>', '', '<script>alert(1)</script>', '', '某县人民政府', '', '2024年2月1日'].join('\n');
    const body = bodyOf(renderHtml(md(text)));
    assert.match(body, /<p>全年办结案件12件，详见附表。见示意图，网址https:\/\/www\.gov\.cn\/x。<\/p>/);
    assert.match(body, /<p>原始 HTML 块里的文字。<\/p>/);
    assert.doesNotMatch(body, /&lt;b&gt;|&lt;div|alert|备注|!示意图|\)。/);
  });

  it('sealed: room for the seal, the date 右空四字, the name centred over it; a 版头 over a red rule, escaped', () => {
    const sealed = bodyOf(renderHtml(md(report), { sealed: true, letterhead: { mark: '某市<司法局>', number: '某司〔2024〕3号', signer: '王五' } }));
    // "2024年2月20日" is 6.5 cells: 28 − 4 − 6.5 = 17.5; "某市司法局" (5) centred over it: 17.5 + 0.75.
    assert.match(sealed, /<p class="signature col-18_25 seal-room"><span>某市司法局<\/span><\/p>\n<p class="date col-17_5">2024年2月20日<\/p>/);
    assert.match(sealed, /^<body>\n<article class="page">\n<header class="letterhead"><p class="mark">某市&lt;司法局&gt;<\/p><p class="number"><span>某司〔2024〕3号<\/span><span>签发人：<span class="font-kaiti">王五<\/span><\/span><\/p><\/header>\n<h1 class="title">/);
  });

  it('escapes font names given as options so they cannot leave the stylesheet', () => {
    const html = renderHtml(md(report), { fonts: { fangsong: '</style><script>alert(1)</script>' } });
    assert.doesNotMatch(html, /<\/style><script/);
  });

  it('marks findings with a wavy underline, the message as tooltip and source offsets', () => {
    const doc = md(report);
    const at = report.indexOf('112条');
    const findings: Finding[] = [
      { code: 'figure/sum', severity: 'error', message: '37+1 = 38，与总数112不符', span: { start: at, end: at + 3 }, fixes: [], related: [] },
      { code: 'number/space', severity: 'warning', message: '数字与单位间不应有空格', span: { start: at + 2, end: at + 4 }, fixes: [], related: [] },
    ];
    const body = bodyOf(renderHtml(doc, { findings }));
    assert.ok(body.includes(`<mark class="finding severity-error" title="37+1 = 38，与总数112不符（figure/sum）" data-codes="figure/sum" data-findings="0" data-offset="${at}" data-end="${at + 2}">11</mark>`));
    assert.ok(body.includes(`<mark class="finding severity-error" title="37+1 = 38，与总数112不符（figure/sum）\n数字与单位间不应有空格（number/space）" data-codes="figure/sum number/space" data-findings="0 1" data-offset="${at + 2}" data-end="${at + 3}">2</mark>`));
    assert.ok(body.includes(`data-findings="1" data-offset="${at + 3}" data-end="${at + 4}">条</mark>`));
  });

  it('puts data-line and source offsets on every block when asked (scroll sync), and none otherwise', () => {
    const doc = md(report);
    const withMap = bodyOf(renderHtml(doc, { sourceMap: true }));
    // A run-in heading's data attributes are on its paragraph (div), not on the heading inside it.
    const blocks = withMap.replace(/(<div class="run-in[^>]*>)<h\d [^>]*>/g, '$1').match(/<(h\d|p|table|div)\b[^>]*>/g) ?? [];
    assert.ok(blocks.length >= 10);
    for (const tag of blocks) assert.match(tag, /data-line="\d+" data-offset="\d+" data-end="\d+"/);
    assert.match(withMap, /<h2 class="heading level-1" data-line="6" data-offset="\d+"/);
    assert.doesNotMatch(bodyOf(renderHtml(doc)), /data-line/);
  });

  it('preview mode: the CSP the caller controls, a nonce on the style, and the caller\'s head markup', () => {
    const html = renderHtml(md(report), { mode: 'preview', nonce: 'n0nce', cspSource: 'https://file+.vscode-resource.vscode-cdn.net', extraHead: '<script nonce="n0nce" src="x.js"></script>' });
    assert.match(html, /content="default-src &#39;none&#39;; style-src https:\/\/file\+\.vscode-resource\.vscode-cdn\.net &#39;nonce-n0nce&#39;; script-src &#39;nonce-n0nce&#39;;/);
    assert.match(html, /<style nonce="n0nce">/);
    assert.match(html, /<script nonce="n0nce" src="x.js"><\/script>\n<\/head>/);
    assert.doesNotMatch(bodyOf(html), /style="/); // inline style attributes would be blocked by the CSP
  });

  it('hides fazhi-disable comments and renders Markdown emphasis minimally', () => {
    const text = '# 某县2023年法治政府建设年度报告\n\n县委：\n\n<!-- fazhi-disable number/space -->\n\n正文*强调*与`代码`、\\*星号\\*和[链接](https://x.invalid)。\n\n某县人民政府\n\n2024年1月2日';
    const body = bodyOf(renderHtml(md(text)));
    assert.doesNotMatch(body, /fazhi-disable|https:|`/);
    assert.match(body, /<p>正文<em>强调<\/em>与代码、\*星号\*和链接。<\/p>/);
  });

  it('drops the bold marks of a heading set in bold, as web pages copied to Markdown write it', () => {
    const text = '# 某县2023年法治政府建设年度报告\n\n**一、主要举措和成效**\n\n**（一）深化改革。**全年审核文件**37件**。\n\n某县人民政府\n\n2024年1月2日';
    const body = bodyOf(renderHtml(md(text)));
    assert.match(body, /<h2 class="heading level-1 gap"><span class="font-heiti">一、主要举措和成效<\/span><\/h2>/);
    assert.match(body, /<div class="run-in"><h3 class="heading level-2"><span class="font-kaiti">（一）深化改革。<\/span><\/h3>全年审核文件<strong>37件<\/strong>。<\/div>/);
  });

  it('breaks a long title at the edges of title words into balanced lines no wider than the 版心 (no segmenter)', () => {
    const title = '中共某某省某某市委员会全面依法治市委员会办公室关于2023年度法治政府建设工作情况的报告';
    const breaks = titleBreaks(title, { start: 0, end: title.length });
    assert.equal(breaks.length, 2);
    const lines = [0, ...breaks, title.length].slice(1).map((end, i, all) => title.slice(i ? all[i - 1] : 0, end));
    assert.deepEqual(lines, ['中共某某省某某市委员会全面', '依法治市委员会办公室关于2023年度', '法治政府建设工作情况的报告']);
    const html = renderHtml(md(`# ${title}\n\n市委：\n\n正文。`));
    assert.match(html, /<h1 class="title">中共某某省某某市委员会全面<br>依法治市委员会办公室关于2023年度<br>法治政府建设工作情况的报告<\/h1>/);
  });

  it('breaks a title only around words certain in a report title, or not at all', () => {
    const title = '慈溪市司法局关于2019年法治政府建设情况的报告';
    assert.deepEqual(titleBreaks(title, { start: 0, end: title.length }).map((b) => [title.slice(0, b), title.slice(b)]), [['慈溪市司法局关于2019年', '法治政府建设情况的报告']]);
    assert.deepEqual(titleBreaks('短标题的报告', { start: 0, end: 6 }), []);
    const unbreakable = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥天地玄黄宇宙洪荒';
    assert.deepEqual(titleBreaks(unbreakable, { start: 0, end: unbreakable.length }), []);
  });

  it('renders every corpus report with all its paragraph text', () => {
    for (const text of corpus) {
      const doc = plain(text);
      const html = renderHtml(doc);
      const visible = bodyOf(html).replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, '');
      for (const b of doc.blocks.filter((x) => x.kind === 'paragraph' || x.kind === 'heading')) {
        assert.ok(visible.includes(b.content.replace(/\s+/g, '')), `missing: ${b.content.slice(0, 40)}`);
      }
    }
  });

  it('never throws on empty, binary-ish, unbalanced or huge input', () => {
    const inputs = ['', '\n\n\n', '\u0000\u0001\u0002\ud800abc\uffff', '**'.repeat(5000), '*a'.repeat(3000), '['.repeat(2000) + ']('.repeat(2000), '一、'.repeat(3000), '| a |\n| - |\n' + '| x |\n'.repeat(2000)];
    for (const text of inputs) {
      for (const doc of [md(text), plain(text)]) {
        const html = renderHtml(doc, { sourceMap: true });
        assert.doesNotMatch(html, /[\u0000-\u0008\ud800]/);
      }
    }
    const big = corpus.join('\n\n').repeat(4);
    const started = Date.now();
    renderHtml(plain(big));
    assert.ok(Date.now() - started < 2000, 'renders ~300k characters in well under 2 s');
  });
});
