// fazhi-report summary: one row per report (the five items, 成文日期 against the deadlines, counts) as HTML, CSV, .xlsx.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { unzip } from '../render/zip';
import { corpus, run, tempDir } from './helpers';

const docxFixture = join(__dirname, '..', 'fixtures', 'docx', '000_f822e31e0fec2d8c.docx');

/** Parses the CSV the summary writes (RFC 4180, CRLF, quoted cells). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let k = 0; k < text.length; k++) {
    const c = text[k];
    if (quoted) {
      if (c === '"' && text[k + 1] === '"') { cell += '"'; k++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\r' && text[k + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; k++; } else cell += c;
  }
  return rows;
}

async function csvOf(...inputs: string[]) {
  const out = join(tempDir(), 'summary.csv');
  const r = await run(['summary', '-o', out, ...inputs]);
  const text = readFileSync(out, 'utf8');
  return { r, text, rows: parseCsv(text.replace(/^\ufeff/, '')) };
}

describe('cli summary', () => {
  it('the corpus: one row per report, the five items right (as structure/missing-section sees them), dates judged', async () => {
    const { r, text, rows } = await csvOf(corpus);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /已汇总 5 份报告/);
    assert.ok(text.startsWith('\ufeff'), 'UTF-8 BOM for Excel');
    assert.ok(text.endsWith('\r\n'));
    const [header, ...body] = rows;
    assert.deepEqual(header, ['文件', '发文机关', '年度', '文种', '举措和成效', '不足和原因', '第一责任人职责', '下一年度安排', '其他情况', '成文日期', '数字错误', '用词问题', '占位内容', '问题总数']);
    assert.equal(body.length, 5);
    const byFile = new Map(body.map((row) => [row[0].replace(/^.*\//, '').slice(0, 3), row]));
    const items = (id: string) => byFile.get(id)!.slice(4, 9).map((cell) => cell[0]).join('');
    // structure.test.ts: 000 lacks item 2, 003 lacks item 3, the others have all four; none has item 5.
    assert.equal(items('000'), '●○●●○');
    assert.equal(items('001'), '●●●●○');
    assert.equal(items('002'), '●●●●○');
    assert.equal(items('003'), '●●○●○');
    assert.equal(items('004'), '●●●●○');
    // With the headings (or the sentence) that cover them.
    assert.equal(byFile.get('004')![5], '● 存在的不足和原因');
    assert.equal(byFile.get('004')![6], '● 党政主要负责人履行推进法治建设第一责任人职责情况');
    assert.equal(byFile.get('001')![7], '● 下一步打算');
    assert.match(byFile.get('000')![6], /^● 段落：落实第一责任人职责/);
    assert.deepEqual(byFile.get('000')!.slice(1, 4), ['慈溪市司法局', '2019', '报告']);
    assert.deepEqual(byFile.get('001')!.slice(1, 4), ['商洛市', '2021', '总结']);
    assert.deepEqual(byFile.get('003')!.slice(1, 4), ['白城市司法局', '2023', '报告']);
    // 成文日期 against 3月1日/4月1日 (seed C17: 2020年1月21日 for 2019), before the year ended (002), missing (001, 003).
    assert.equal(byFile.get('000')![9], '2020年1月21日（2020年3月1日前，按时）');
    assert.equal(byFile.get('002')![9], '2019年12月5日（早于报告年度结束）');
    assert.equal(byFile.get('001')![9], '缺少成文日期');
    // 慈溪: the two figure errors of the seed (C1 411≠410, C2 48%).
    assert.equal(byFile.get('000')![10], '2');
  });

  it('reads .docx like the CLI: the Word draft of 慈溪 gives the same row as its text', async () => {
    const dir = tempDir();
    copyFileSync(docxFixture, join(dir, '慈溪.docx'));
    copyFileSync(join(corpus, '000_f822e31e0fec2d8c.txt'), join(dir, '慈溪.txt'));
    const { rows } = await csvOf(dir);
    assert.equal(rows.length, 3);
    assert.deepEqual(rows[1].slice(1, 12), rows[2].slice(1, 12));
  });

  it('CSV: cells quoted where needed, and report text never becomes a spreadsheet formula', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'r.md'), '# =HYPERLINK("http://x","点我")市人民政府关于2023年法治政府建设情况的报告\n\n一、主要举措和成效\n\n2023年，我市扎实推进法治政府建设，共办理案件12件。\n');
    const { rows } = await csvOf(dir);
    assert.equal(rows[1][1], `'=HYPERLINK("http://x","点我")市人民政府`);
  });

  it('HTML: self-contained, sortable, a section of findings per report, and hostile report text escaped', async () => {
    const dir = tempDir();
    const hostile = '# <script>alert(1)</script>市人民政府关于2023年法治政府建设情况的报告\n\n一、<img src=x onerror=alert(2)>主要举措和成效\n\n2023年，我市推进法治政府建设，全市受理案件411件，其中甲类19件，乙类360件。\n\n<iframe src="javascript:alert(3)"></iframe>\n';
    writeFileSync(join(dir, 'a"<b>.md'), hostile);
    copyFileSync(join(corpus, '003_eab364f8fc6d6607.txt'), join(dir, 'b.txt'));
    const out = join(dir, 'summary.html');
    const r = await run(['summary', '-o', out, dir]);
    assert.equal(r.code, 0, r.stderr);
    const page = readFileSync(out, 'utf8');
    const nonce = /script-src 'nonce-([^']+)'/.exec(page)![1];
    assert.match(page, new RegExp(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${nonce.replace(/[+/]/g, '\\$&')}'`));
    // Nothing from outside: no src/href to anything but the page's own anchors.
    assert.deepEqual([...page.matchAll(/<(script|style|img|iframe|link)\b[^>]*>/g)].map((m) => m[0].replace(nonce, 'N')), ['<style nonce="N">', '<script nonce="N">']);
    assert.deepEqual([...new Set([...page.matchAll(/href="([^"]*)"/g)].map((m) => m[1].replace(/\d+$/, 'N')))], ['#report-N', '#top']);
    assert.match(page, /&lt;script&gt;alert\(1\)&lt;\/script&gt;市人民政府/);
    assert.match(page, /a&quot;&lt;b&gt;\.md/);
    // One summary row and one findings section per report, linked.
    assert.equal((page.match(/<tbody>/g) ?? []).length, 3);
    assert.match(page, /<td data-sort="[^"]*b\.txt"><a href="#report-2">/);
    assert.match(page, /<section id="report-2"><h2>[^<]*b\.txt<\/h2>/);
    assert.match(page, /<td data-sort="0"><span class="absent">○<\/span><\/td>/);
    assert.match(page, /<td data-sort="0"><span class="optional">○<\/span><\/td>/, 'item 5 is optional');
    assert.match(page, /<td class="error">错误<\/td><td>figure\/target<\/td><td>下一年度目标低于本年已达到的水平/);
    assert.match(page, /<th scope="col">成文日期<\/th>/);
  });

  it('.xlsx: a worksheet with the header row and one row per report', async () => {
    const out = join(tempDir(), 'summary.xlsx');
    const r = await run(['summary', '-o', out, corpus]);
    assert.equal(r.code, 0, r.stderr);
    const files = unzip(readFileSync(out));
    const sheet = [...files.entries()].find(([name]) => /xl\/worksheets\/sheet1\.xml$/.test(name))![1].toString('utf8');
    const strings = files.get('xl/sharedStrings.xml')?.toString('utf8') ?? sheet;
    assert.equal((sheet.match(/<row\b/g) ?? []).length, 6);
    for (const text of ['发文机关', '慈溪市司法局', '白城市司法局', '2020年1月21日（2020年3月1日前，按时）']) assert.ok(strings.includes(text), text);
  });

  it('a progress bar on stderr only when it is a terminal', async () => {
    const out = join(tempDir(), 's.csv');
    let stderr = '';
    const code = await main(['summary', '-o', out, corpus], { stdout: () => undefined, stderr: (t) => { stderr += t; }, isTty: false, stderrIsTty: true });
    assert.equal(code, 0);
    assert.match(stderr, /\r\x1b\[K\[#*-*\] 4\/5 /);
    assert.match(stderr, /\r\x1b\[K(?!\[)/, 'cleared at the end');
    const quiet = await run(['summary', '-o', out, corpus]);
    assert.doesNotMatch(quiet.stderr, /\x1b/);
  });

  it('usage: -o is required with .html, .csv or .xlsx; a report that cannot be read is named, the others summarised', async () => {
    assert.match((await run(['summary', corpus])).stderr, /请用 -o 指定汇总文件/);
    assert.match((await run(['summary', '-o', 'x.pdf', corpus])).stderr, /扩展名应为 \.html、\.csv 或 \.xlsx/);
    const dir = tempDir();
    writeFileSync(join(dir, 'empty.md'), '');
    copyFileSync(join(corpus, '004_7bf61fff27766dcc.txt'), join(dir, 'b.txt'));
    const { r, rows } = await csvOf(dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /empty\.md：是空文件/);
    assert.equal(rows.length, 2);
  });
});
