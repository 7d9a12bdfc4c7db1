// The command line on Word drafts: check and export take .docx, positions name the Word paragraph, --annotate writes
// the findings into a copy as comments and never touches the input.
import assert from 'node:assert/strict';
import { closeSync, copyFileSync, existsSync, lstatSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readReport } from '../../src/cli/input';
import { readDocx } from '../../src/import/docx';
import { unzip } from '../render/zip';
import { reportDocx, sampleItems } from '../unit/docx-fixture';
import { inDirectory, mkfifo, run as cli } from './helpers';

const fixture = join(__dirname, '..', 'fixtures', 'docx', '000_f822e31e0fec2d8c.docx');

describe('cli: Word drafts', () => {
  let dir: string;
  let sample: string;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'fazhi-docx-'));
    sample = join(dir, '某县报告.docx');
    writeFileSync(sample, await reportDocx(sampleItems, { commentOn: '无。', trackedChanges: true }));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('check prints file.docx:¶paragraph:character', async () => {
    const r = await cli(['check', sample]);
    assert.equal(r.code, 1, r.stderr);
    // The figure/sum error is in Word paragraph 6, at "126件" (character 20, 1-based).
    const paragraph = '开展规范性文件集中清理，共清理规范性文件126件，保留92件，修改21件，废止12件。';
    assert.match(r.stdout, new RegExp(`某县报告\\.docx:¶6:${paragraph.indexOf('126') + 1} error figure/sum `));
    assert.doesNotMatch(r.stdout, /:\d+:\d+ /, 'no line numbers of the converted text in text output');
  });

  it('json gives the converted text range and the Word paragraph range', async () => {
    const r = await cli(['check', '--format', 'json', sample]);
    const diagnostics = JSON.parse(r.stdout).files[0].diagnostics;
    const sum = diagnostics.find((d: { code: string }) => d.code === 'figure/sum');
    assert.deepEqual(Object.keys(sum), ['code', 'severity', 'message', 'range', 'docxRange', 'fixes', 'related']);
    assert.deepEqual(sum.docxRange, { start: { paragraph: 6, character: 20 }, end: { paragraph: 6, character: 24 } });
    const text = readDocx(readFileSync(sample)).markdown;
    const lineText = text.split('\n')[sum.range.start.line];
    assert.equal(lineText.slice(sum.range.start.character, sum.range.end.character), '126件');
    for (const related of sum.related) assert.equal(related.docxRange.start.paragraph, 6);
  });

  it('a folder stands for its .docx reports too, without Word\'s ~$ lock files', async () => {
    copyFileSync(fixture, join(dir, '慈溪.docx'));
    writeFileSync(join(dir, '~$某县报告.docx'), Buffer.from([0x05, 0x41, 0x42]));
    const r = await cli(['check', '--format', 'json', dir]);
    assert.equal(r.code, 1, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path), [join(dir, '慈溪.docx'), sample]);
  });

  it('a broken or legacy Word file is one clear line, exit 2', async () => {
    writeFileSync(join(dir, 'old.docx'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]));
    writeFileSync(join(dir, 'cut.docx'), readFileSync(sample).subarray(0, 200));
    for (const [name, reason] of [['old.docx', /旧版 Word/], ['cut.docx', /无法解压/]] as const) {
      const r = await cli(['check', join(dir, name)]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, reason);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    }
  });

  it('a .docx renamed to .txt is recognised as Word', async () => {
    copyFileSync(sample, join(dir, 'r.txt'));
    const r = await cli(['check', join(dir, 'r.txt')]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /扩展名改为 \.docx/);
  });

  it('--annotate writes 报告.批注.docx beside the input, with one comment per finding, and leaves the input alone', async () => {
    const before = readFileSync(sample);
    const json = JSON.parse((await cli(['check', '--format', 'json', sample])).stdout);
    const r = await cli(['check', '--annotate', sample]);
    assert.equal(r.code, 1, r.stderr);
    const annotated = join(dir, '某县报告.批注.docx');
    assert.match(r.stderr, /已写入批注副本/);
    assert.deepEqual(readFileSync(sample), before);
    const parts = unzip(readFileSync(annotated));
    const comments = parts.get('word/comments.xml')!.toString('utf8');
    // The reviewer's own comment stays; ours follow it with fresh ids.
    assert.match(comments, /<w:comment w:id="0"[^>]*w:author="审核人"/);
    const ours = [...comments.matchAll(/<w:comment w:id="(\d+)" w:author="法治报告助手"/g)].map((m) => Number(m[1]));
    assert.equal(ours.length, json.files[0].diagnostics.length);
    assert.ok(ours.every((id) => id > 0));
    assert.match(comments, /错误（figure\/sum）：分项之和与总数不符：92\+21\+12=125/);
    assert.match(comments, /可将总数改为125/);
    const document = parts.get('word/document.xml')!.toString('utf8');
    for (const id of ours) {
      assert.match(document, new RegExp(`<w:commentRangeStart w:id="${id}"/>`));
      assert.match(document, new RegExp(`<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`));
    }
    // The annotated copy reads back to the same text.
    assert.equal(readDocx(readFileSync(annotated)).markdown, readDocx(before).markdown);
    // Types and relationship are declared once.
    assert.equal(parts.get('[Content_Types].xml')!.toString('utf8').match(/\/word\/comments\.xml/g)?.length, 1);
    assert.equal(parts.get('word/_rels/document.xml.rels')!.toString('utf8').match(/relationships\/comments"/g)?.length, 1);
  });

  it('--annotate never overwrites: not the input, not an existing copy without --force', async () => {
    const before = readFileSync(sample);
    const same = await cli(['check', '--annotate', '-o', sample, sample]);
    assert.equal(same.code, 2);
    assert.match(same.stderr, /就是输入文件/);
    assert.deepEqual(readFileSync(sample), before);
    const out = join(dir, 'out.docx');
    writeFileSync(out, 'keep me');
    const refused = await cli(['check', '--annotate', '-o', out, sample]);
    assert.equal(refused.code, 2);
    assert.equal(readFileSync(out, 'utf8'), 'keep me');
    const forced = await cli(['check', '--annotate', '--force', '-o', out, sample]);
    assert.equal(forced.code, 1, forced.stderr);
    assert.ok(unzip(readFileSync(out)).has('word/comments.xml'));
  });

  it('-o NAME.docx without --annotate, or with several files, is a usage error', async () => {
    const plain = await cli(['check', '-o', join(dir, 'x.docx'), sample]);
    assert.equal(plain.code, 2);
    assert.match(plain.stderr, /要写批注副本请加 --annotate/);
    copyFileSync(fixture, join(dir, '慈溪.docx'));
    const r = await cli(['check', '--annotate', '-o', join(dir, 'x.docx'), dir]);
    assert.equal(r.code, 2);
    assert.ok(!existsSync(join(dir, 'x.docx')));
  });

  it('export takes a .docx: HTML beside it, Word as 报告.公文.docx', async () => {
    const html = await cli(['export', sample, '--to', 'html']);
    assert.equal(html.code, 0, html.stderr);
    const page = readFileSync(join(dir, '某县报告.html'), 'utf8');
    assert.match(page, /一、2023年推进法治政府建设的主要举措和成效/);
    assert.match(page, /<table/);
    const word = await cli(['export', sample, '--to', 'docx']);
    assert.equal(word.code, 0, word.stderr);
    assert.equal(word.stdout.trim(), join(dir, '某县报告.公文.docx'));
    assert.match(readDocx(readFileSync(join(dir, '某县报告.公文.docx'))).markdown, /（二）严格规范公正文明执法/);
  });

  it('`--` ends the options before a .docx named like an option', async () => {
    copyFileSync(sample, join(dir, '-草稿.docx'));
    await inDirectory(dir, async () => {
      const text = await cli(['check', '--', '-草稿.docx']);
      assert.equal(text.code, 1, text.stderr);
      assert.match(text.stdout, /^-草稿\.docx:¶6:\d+ error figure\/sum /m);
      const json = await cli(['check', '--format=json', '--', '-草稿.docx']);
      const file = JSON.parse(json.stdout).files[0];
      assert.equal(file.path, '-草稿.docx');
      assert.ok(file.diagnostics.every((d: { docxRange?: unknown }) => d.docxRange), 'every diagnostic of a .docx has its docxRange');
      const annotated = await cli(['check', '--annotate', '--', '-草稿.docx']);
      assert.equal(annotated.code, 1, annotated.stderr);
      assert.ok(existsSync(join(dir, '-草稿.批注.docx')));
      const exported = await cli(['export', '--to', 'docx', '--', '-草稿.docx']);
      assert.equal(exported.code, 0, exported.stderr);
      assert.equal(exported.stdout, '-草稿.公文.docx\n');
    });
  });

  it('a .docx name with control characters is quoted, ¶ position and all', async () => {
    const name = join(dir, 'a\nb.docx');
    copyFileSync(sample, name);
    const r = await cli(['check', name]);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, new RegExp(`^${escapeRegExp(JSON.stringify(name))}:¶6:\\d+ error figure/sum `, 'm'));
    assert.ok(r.stdout.split('\n').every((line) => !line.includes('b.docx') || line.startsWith(JSON.stringify(name))), r.stdout);
  });

  for (const flag of ['--fix', '--fix-dry-run']) {
    it(`${flag} on a .docx is refused with a message, the file untouched and (for --fix) its findings printed`, async () => {
      const text = join(dir, 'b.txt');
      writeFileSync(text, '一、主要举措\n共办理案件10件,其中……\n');
      const before = readFileSync(sample);
      const r = await cli(['check', flag, sample, text]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, new RegExp(`某县报告\\.docx：是 Word 文档，不支持在 Word 文档中修复（${flag}），未改动`));
      assert.deepEqual(readFileSync(sample), before);
      assert.deepEqual(readdirSync(dir).sort(), ['b.txt', '某县报告.docx'], 'no copy, no temporary file');
      if (flag === '--fix') {
        assert.match(r.stdout, /某县报告\.docx:¶6:\d+ error figure\/sum /);
        assert.match(r.stderr, /b\.txt：已修复/, 'the text file beside it is still fixed');
        assert.doesNotMatch(readFileSync(text, 'utf8'), /10件,/);
      } else {
        assert.match(r.stdout, /^--- .*b\.txt/m, 'the dry run still shows the text file\'s diff');
        assert.doesNotMatch(r.stdout, /某县报告/);
      }
    });
  }

  it('--annotate writes only a regular file or a new path: a FIFO, a symbolic link or a device is refused, even with --force', async () => {
    const fifo = join(dir, 'pipe.docx');
    mkfifo(fifo);
    writeFileSync(join(dir, 'target.docx'), 'keep me');
    const link = join(dir, 'link.docx');
    symlinkSync(join(dir, 'target.docx'), link);
    const cases: [string, RegExp][] = [
      [fifo, /是命名管道（FIFO），不是普通文件，拒绝写入/],
      [link, /是符号链接，不会替换它/],
      ['/dev/null', /是设备文件，不是普通文件，拒绝写入/],
    ];
    for (const [output, reason] of cases) {
      for (const force of [[], ['--force']]) {
        const r = await cli(['check', '--annotate', ...force, '-o', output, sample]);
        assert.equal(r.code, 2, `${output} ${force}`);
        assert.match(r.stderr, new RegExp(`某县报告\\.docx：批注副本“${escapeRegExp(output)}”${reason.source}`));
        assert.match(r.stdout, /error figure\/sum/, 'the findings are still printed');
      }
    }
    assert.ok(lstatSync(fifo).isFIFO());
    assert.ok(lstatSync(link).isSymbolicLink());
    assert.equal(readFileSync(join(dir, 'target.docx'), 'utf8'), 'keep me');
    assert.deepEqual(readdirSync(dir).filter((n) => n.endsWith('.tmp')), []);
  });

  it('a symbolic link to the input is the input: --annotate refuses it', async () => {
    const link = join(dir, 'link.docx');
    symlinkSync(sample, link);
    const before = readFileSync(sample);
    const r = await cli(['check', '--annotate', '--force', '-o', link, sample]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /就是输入文件，拒绝覆盖/);
    assert.deepEqual(readFileSync(sample), before);
  });

  it('standard input stays text: a .docx piped in is refused as ZIP, not read as Word', async () => {
    const fd = openSync(sample, 'r');
    try {
      const input = readReport('-', fd);
      assert.equal(input.ok, false);
      assert.match(!input.ok ? input.reason : '', /ZIP 格式.*扩展名改为 \.docx/);
    } finally {
      closeSync(fd);
    }
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
