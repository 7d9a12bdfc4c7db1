import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runExport } from '../../src/cli/export';
import { unzip } from './zip';

const sample = readFileSync(join(__dirname, '..', 'fixtures', 'corpus', '000_f822e31e0fec2d8c.txt'), 'utf8');

async function exportWith(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runExport(args, { stdout: (s) => out.push(s), stderr: (s) => err.push(s) });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('fazhi-report export', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'fazhi-export-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes FILE.docx next to the input and prints its path', async () => {
    const input = join(dir, '报告.txt');
    writeFileSync(input, sample);
    const r = await exportWith([input, '--to', 'docx']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, `${join(dir, '报告.docx')}\n`);
    assert.ok(unzip(readFileSync(join(dir, '报告.docx'))).has('word/document.xml'));
    assert.deepEqual(readdirSync(dir).sort(), ['报告.docx', '报告.txt']); // no temp file left behind
  });

  it('writes HTML to -o, reading .md as Markdown', async () => {
    const input = join(dir, 'r.md');
    writeFileSync(input, '# 某县2023年法治政府建设年度报告\n\n县委：\n\n正文**加粗**。\n');
    const out = join(dir, 'out.html');
    const r = await exportWith([input, '--to=html', '-o', out]);
    assert.equal(r.code, 0, r.stderr);
    const html = readFileSync(out, 'utf8');
    assert.match(html, /<h1 class="title">某县2023年法治政府建设年度报告<\/h1>/);
    assert.match(html, /<strong>加粗<\/strong>/);
  });

  it('--sealed lays the 落款 out for a seal: the date 右空四字 in Word, room for the seal in HTML', async () => {
    const input = join(dir, 'r.md');
    writeFileSync(input, '# 某县2023年法治政府建设年度报告\n\n县委：\n\n正文。\n\n某县人民政府\n\n2024年2月1日\n');
    assert.equal((await exportWith([input, '--to', 'docx', '--sealed'])).code, 0);
    const document = unzip(readFileSync(join(dir, 'r.docx'))).get('word/document.xml')!.toString('utf8');
    const date = /<w:p>(?:(?!<w:p>)[\s\S])*?2024年2月1日/.exec(document)?.[0] ?? '';
    assert.match(date, /<w:ind w:left="0" w:right="1264"/, '4 cells of 8845/28 twips');
    assert.equal((await exportWith([input, '--to', 'html', '--sealed', '-o', join(dir, 'r.html')])).code, 0);
    assert.match(readFileSync(join(dir, 'r.html'), 'utf8'), /class="signature [^"]*seal-room"/);
  });

  it('keeps an existing output (the writer’s own Word file) unless --force, then replaces it atomically', async () => {
    const input = join(dir, 'r.txt');
    writeFileSync(input, sample);
    writeFileSync(join(dir, 'r.docx'), 'my own draft');
    const refused = await exportWith([input, '--to', 'docx']);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /输出文件“.*r\.docx”已存在，未覆盖；确需覆盖请加 --force/);
    assert.equal(readFileSync(join(dir, 'r.docx'), 'utf8'), 'my own draft');
    writeFileSync(join(dir, 'r.html'), 'old');
    assert.equal((await exportWith([input, '--to', 'html', '--force'])).code, 0);
    assert.match(readFileSync(join(dir, 'r.html'), 'utf8'), /^<!DOCTYPE html>/);
    assert.deepEqual(readdirSync(dir).sort(), ['r.docx', 'r.html', 'r.txt']);
  });

  it('refuses to overwrite the input', async () => {
    const input = join(dir, 'r.html');
    writeFileSync(input, sample);
    const r = await exportWith([input, '--to', 'html']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /就是输入文件，拒绝覆盖/);
    assert.equal(readFileSync(input, 'utf8'), sample);
    const other = join(dir, 'a.txt');
    writeFileSync(other, sample);
    assert.equal((await exportWith([other, '--to', 'docx', '-o', join(dir, '.', 'a.txt')])).code, 2);
    assert.equal(readFileSync(other, 'utf8'), sample);
  });

  it('exits 2 with one Chinese line for usage errors and unreadable input', async () => {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const blank = join(dir, 'blank.md');
    writeFileSync(blank, ' \n\n\t\n');
    const binary = join(dir, 'x.docx.txt');
    writeFileSync(binary, Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 1, 2]));
    const good = join(dir, 'good.txt');
    writeFileSync(good, sample);
    mkdirSync(join(dir, 'sub'));
    const cases: [string[], RegExp][] = [
      [[], /缺少要导出的文件/],
      [[good], /缺少 --to html 或 --to docx/],
      [[good, '--to', 'pdf'], /--to 应为 html 或 docx，而不是“pdf”/],
      [[good, '--to', 'html', '--bogus'], /未知选项“--bogus”/],
      [[good, good, '--to', 'html'], /只能导出一个文件/],
      [['-', '--to', 'html'], /不支持标准输入/],
      [[good, '--to', 'html', '-o'], /-o 后应跟输出文件路径/],
      [[join(dir, 'missing.txt'), '--to', 'html'], /文件不存在/],
      [[join(dir, 'sub'), '--to', 'html'], /是目录/],
      [[empty, '--to', 'docx'], /空文件/],
      [[blank, '--to', 'docx'], /只有空白/],
      [[binary, '--to', 'html'], /二进制文件/],
      [[good, '--to', 'html', '-o', join(dir, 'sub')], /是目录，请给出文件名/],
      [[good, '--to', 'html', '-o', join(dir, 'no', 'such', 'x.html')], /无法写入.*目录不存在/],
    ];
    for (const [args, message] of cases) {
      const r = await exportWith(args);
      assert.equal(r.code, 2, `${args.join(' ')} → ${r.code}`);
      assert.match(r.stderr, message);
      assert.match(r.stderr, /^fazhi-report export：/);
      assert.equal(r.stdout, '');
    }
    assert.ok(!existsSync(join(dir, 'good.html')));
  });
});
