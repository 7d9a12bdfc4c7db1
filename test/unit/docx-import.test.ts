import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { parseReport } from '../../src/core/document';
import { lintText } from '../../src/core/lint';
import { docxPosition, DocxError, readDocx, type DocxImport } from '../../src/import/docx';
import { chineseCounting } from '../../src/import/numbering';
import { renderDocx } from '../../src/render/docx';
import { plainText, reportDocx, sampleItems, signature, signatureDate } from './docx-fixture';

const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A .docx from hand-written parts: only what the reader needs. */
function handMade(body: string, parts: Record<string, string> = {}, prefix = 'w'): Uint8Array {
  const ns = prefix === 'w' ? w : `xmlns:${prefix}="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`;
  const files: Record<string, Uint8Array> = {
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><${prefix}:document ${ns} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><${prefix}:body>${body}</${prefix}:body></${prefix}:document>`),
  };
  for (const [name, xml] of Object.entries(parts)) files[name] = strToU8(xml);
  return zipSync(files);
}

const p = (inner: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${inner}</w:p>`;
const r = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const numPr = (numId: number, ilvl = 0) => `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;

function numbering(levels: string, nums: string): string {
  return `<w:numbering ${w}><w:abstractNum w:abstractNumId="0">${levels}</w:abstractNum>${nums}</w:numbering>`;
}
const lvl = (ilvl: number, format: string, text: string, extra = '') =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/><w:suff w:val="nothing"/>${extra}</w:lvl>`;
const headingLevels = lvl(0, 'chineseCounting', '%1、') + lvl(1, 'chineseCounting', '（%2）') + lvl(2, 'decimal', '%3.') + lvl(3, 'decimal', '（%4）');

function lines(source: DocxImport): string[] {
  return source.markdown.split('\n').filter((line) => line.trim());
}

describe('readDocx', () => {
  let sample: DocxImport;
  before(async () => {
    sample = readDocx(await reportDocx(sampleItems, { commentOn: '无。', trackedChanges: true }));
  });

  it('renders Word automatic numbering back as the markers the writer sees, restarting lower levels', () => {
    const headings = parseReport(sample.markdown, { format: 'markdown' }).headings;
    assert.deepEqual(headings.map((h) => sample.markdown.slice(h.span.start, h.span.end).replace(/(、|）|\.).*/u, '$1')),
      ['一、', '（一）', '1.', '2.', '（二）', '1.', '二、', '三、', '四、', '五、']);
    assert.deepEqual(headings.map((h) => h.heading?.level), [1, 2, 3, 3, 2, 3, 1, 1, 1, 1]);
  });

  it('gives the same figure and structure findings as the plain-text version of the same report', () => {
    const fromText = lintText(plainText(), { format: 'plaintext' });
    const fromWord = lintText(sample.markdown, { format: 'markdown' });
    const key = (text: string) => (f: { code: string; message: string; span: { start: number; end: number } }) => `${f.code}|${text.slice(f.span.start, f.span.end)}|${f.message}`;
    const codes = fromWord.findings.map((f) => f.code);
    assert.ok(codes.includes('figure/sum') && codes.includes('figure/share'), codes.join());
    assert.deepEqual(fromWord.findings.map(key(sample.markdown)), fromText.findings.map(key(plainText())));
  });

  it('keeps a line break as a line break: the 落款 and the date stay apart', () => {
    const doc = parseReport(sample.markdown, { format: 'markdown' });
    assert.equal(doc.signature?.content, signature);
    assert.deepEqual([doc.date?.year, doc.date?.month, doc.date?.day], [2024, 2, 28]);
    assert.ok(sample.markdown.includes(`${signature}\n${signatureDate}`));
  });

  it('keeps tables as tables the figure rules can read', () => {
    const table = parseReport(sample.markdown, { format: 'markdown' }).blocks.find((b) => b.kind === 'table');
    assert.ok(table?.rows);
    assert.deepEqual(table.rows.map((row) => row.map((cell) => cell.text)), [['项目', '数量'], ['行政复议', '120件'], ['行政诉讼', '45件']]);
  });

  it('takes the accepted text of tracked changes and leaves comments out', () => {
    assert.ok(sample.markdown.includes('2023年，我县坚持以习近平法治思想为指导，全面推进法治政府建设。'));
    assert.ok(!sample.markdown.includes('删去的文字'));
    assert.ok(!sample.markdown.includes('请核对数字'));
  });

  it('maps a finding back to its Word paragraph and character', () => {
    const run = lintText(sample.markdown, { format: 'markdown' });
    const share = run.findings.find((f) => f.code === 'figure/share');
    assert.ok(share);
    const at = docxPosition(sample, share.span.start);
    // Paragraphs in Word: title, addressee, lead, 一、, （一）, text, 1., 2., （二）, 1., this one.
    const paragraph = '组织行政执法案卷评查，共评查案卷200卷，其中优秀卷60卷，合格卷140卷，优秀卷占35%。';
    assert.equal(at.paragraph, 11);
    assert.equal(at.character, paragraph.indexOf(sample.markdown.slice(share.span.start, share.span.end)));
  });

  it('maps an automatic numbering marker to the start of its paragraph', () => {
    const offset = sample.markdown.indexOf('二、存在');
    // 11 paragraphs before the table, 6 in its cells.
    assert.deepEqual(docxPosition(sample, offset), { paragraph: 18, character: 0 });
  });

  it('reads the LibreOffice .docx of a corpus report with the same findings as its text', () => {
    const text = readFileSync('test/fixtures/corpus/000_f822e31e0fec2d8c.txt', 'utf8');
    const word = readDocx(readFileSync('test/fixtures/docx/000_f822e31e0fec2d8c.docx'));
    const fromText = lintText(text, { format: 'plaintext' }).findings;
    const fromWord = lintText(word.markdown, { format: 'markdown' }).findings;
    assert.ok(fromWord.length >= 5);
    assert.deepEqual(fromWord.map((f) => `${f.code}|${f.message}`), fromText.map((f) => `${f.code}|${f.message}`));
    // LibreOffice made every line of the text one Word paragraph: a finding's paragraph is its line.
    fromWord.forEach((f, k) => {
      const line = text.slice(0, fromText[k].span.start).split('\n').length;
      const column = fromText[k].span.start - (text.lastIndexOf('\n', fromText[k].span.start - 1) + 1);
      assert.deepEqual(docxPosition(word, f.span.start), { paragraph: line, character: column }, f.message);
    });
  });
});

describe('readDocx: damaged files', () => {
  it('never throws anything but a DocxError, whatever is cut out of document.xml or numbering.xml', async () => {
    const parts = unzipSync(await reportDocx(sampleItems, { commentOn: '无。', trackedChanges: true }));
    let seed = 7;
    const random = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
    for (let k = 0; k < 120; k++) {
      const name = k % 2 ? 'word/document.xml' : 'word/numbering.xml';
      const xml = strFromU8(parts[name]);
      const at = random(xml.length);
      const damaged = xml.slice(0, at) + xml.slice(at + 1 + random(40));
      try {
        const source = readDocx(zipSync({ ...parts, [name]: strToU8(damaged) }));
        docxPosition(source, random(source.markdown.length));
      } catch (error) {
        assert.ok(error instanceof DocxError, `${name} cut at ${at}: ${String(error)}`);
      }
    }
  });
});

describe('readDocx: numbering.xml', () => {
  it('formats chineseCounting like a writer: 十一, 二十, 二十三', () => {
    assert.deepEqual([1, 10, 11, 20, 23, 99].map(chineseCounting), ['一', '十', '十一', '二十', '二十三', '九十九']);
  });

  it('honours w:start, w:startOverride and level restarts, and ignores numId 0', () => {
    const body = [
      p(r('甲'), numPr(1, 0)), p(r('乙'), numPr(1, 1)), p(r('丙'), numPr(1, 1)), p(r('丁'), numPr(1, 0)), p(r('戊'), numPr(1, 1)),
      p(r('己'), numPr(2, 0)), p(r('庚'), numPr(0, 0)), p(r('辛'), numPr(1, 3)),
    ].join('');
    const nums = '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="8"/></w:lvlOverride></w:num>';
    const source = readDocx(handMade(body, { 'word/numbering.xml': numbering(headingLevels, nums) }));
    assert.deepEqual(lines(source), ['一、甲', '（一）乙', '（二）丙', '二、丁', '（一）戊', '八、己', '庚', '（1）辛']);
  });

  it('finds numbering in the paragraph style, following w:basedOn', () => {
    const styles = `<w:styles ${w}><w:style w:type="paragraph" w:styleId="H1"><w:pPr>${numPr(1, 0)}</w:pPr></w:style><w:style w:type="paragraph" w:styleId="Mine"><w:basedOn w:val="H1"/></w:style></w:styles>`;
    const body = p(r('总体情况'), '<w:pStyle w:val="Mine"/>') + p(r('主要举措'), '<w:pStyle w:val="H1"/>');
    const source = readDocx(handMade(body, { 'word/styles.xml': styles, 'word/numbering.xml': numbering(headingLevels, '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>') }));
    assert.deepEqual(lines(source), ['一、总体情况', '二、主要举措']);
  });

  it('puts a space after a marker that ends in a letter unless w:suff is nothing; reads ">" inside an attribute', () => {
    const levels = '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="第%1章"/></w:lvl>' +
      '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2>"/><w:suff w:val="nothing"/></w:lvl>';
    const source = readDocx(handMade(p(r('总则'), numPr(1)) + p(r('条'), numPr(1, 1)), { 'word/numbering.xml': numbering(levels, '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>') }));
    assert.deepEqual(lines(source), ['第一章 总则', '1>条']);
  });
});

describe('readDocx: document.xml content', () => {
  it('reads text boxes once (mc:Fallback repeats them), skips deleted text and field codes', () => {
    const box = `<w:txbxContent>${p(r('框内文字'))}</w:txbxContent>`;
    const body = p(`${r('正文')}<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>${box}</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict>${box}</w:pict></mc:Fallback></mc:AlternateContent></w:r>`) +
      p(`<w:del><w:r><w:delText>旧</w:delText></w:r></w:del><w:r><w:instrText> PAGE </w:instrText></w:r><w:ins>${r('新')}</w:ins><w:r><w:tab/></w:r>${r('尾&amp;&lt;')}`);
    assert.deepEqual(lines(readDocx(handMade(body))), ['正文', '框内文字', '新\t尾&<']);
  });

  it('joins a paragraph whose mark was deleted in tracked changes with the next one', () => {
    const body = p(r('前半句，'), '<w:rPr><w:del w:id="1" w:author="a" w:date="2024-01-01T00:00:00Z"/></w:rPr>') + p(r('后半句。'));
    const source = readDocx(handMade(body));
    assert.deepEqual(lines(source), ['前半句，后半句。']);
    // In the file they are still two paragraphs: "后" is the first character of the second.
    assert.deepEqual(docxPosition(source, source.markdown.indexOf('后')), { paragraph: 2, character: 0 });
  });

  it('joins a run-in heading with its body: Word\'s style separator, and the drop-cap frame of this project\'s export', () => {
    const separator = p(r('（一）夯实基础。'), '<w:pStyle w:val="Heading2"/><w:rPr><w:vanish/><w:specVanish/></w:rPr>') + p(r('高规格完成年度任务。'));
    assert.deepEqual(lines(readDocx(handMade(separator))), ['（一）夯实基础。高规格完成年度任务。']);
    const frame = p(r('（二）强化监督。'), '<w:pStyle w:val="Heading2"/><w:framePr w:dropCap="drop" w:lines="1" w:wrap="around" w:vAnchor="text" w:hAnchor="text"/>') + p(r('建立监督机制。'));
    assert.deepEqual(lines(readDocx(handMade(frame))), ['（二）强化监督。建立监督机制。']);
    // A frame that is no drop cap, and a mark hidden but not as a separator, stay paragraphs of their own.
    const apart = p(r('图文框'), '<w:framePr w:w="2000" w:h="600" w:wrap="around"/>') + p(r('正文。')) +
      p(r('隐藏标记'), '<w:rPr><w:specVanish w:val="0"/></w:rPr>') + p(r('下一段。'));
    assert.deepEqual(lines(readDocx(handMade(apart))), ['图文框', '正文。', '隐藏标记', '下一段。']);
  });

  it('reads back a run-in heading of its own Word export as one paragraph', async () => {
    const text = '# 某县2023年法治政府建设情况报告\n\n（一）夯实基础。高规格完成年度任务。\n\n某县人民政府\n\n2024年2月1日\n';
    const source = readDocx(await renderDocx(parseReport(text, { format: 'markdown' })));
    assert.ok(lines(source).includes('（一）夯实基础。高规格完成年度任务。'), lines(source).join(' / '));
  });

  it('reads a document whose WordprocessingML prefix is not "w"', () => {
    const body = '<x:p><x:r><x:t>一、总体情况</x:t></x:r></x:p>';
    assert.deepEqual(lines(readDocx(handMade(body, {}, 'x'))), ['一、总体情况']);
  });

  it('escapes what Markdown would read as syntax and drops typed indentation', () => {
    const body = p(r('# 不是标题')) + p(r('    缩进的正文')) + p(r('- 列表符号')) + p(r('&lt;b&gt;尖括号')) +
      `<w:tbl><w:tr><w:tc>${p(r('甲|乙'))}</w:tc><w:tc>${p(r('第一段'))}${p(r('第二段'))}</w:tc></w:tr></w:tbl>`;
    const source = readDocx(handMade(body));
    assert.deepEqual(lines(source), ['\\# 不是标题', '缩进的正文', '\\- 列表符号', '\\<b>尖括号', '| 甲\\|乙 | 第一段 第二段 |', '| --- | --- |']);
    const table = parseReport(source.markdown, { format: 'markdown' }).blocks.find((b) => b.kind === 'table');
    // The table model keeps the escape as written, as it does in a hand-written Markdown table.
    assert.deepEqual(table?.rows?.[0].map((c) => c.text), ['甲\\|乙', '第一段 第二段']);
    // The indentation still counts in Word's paragraph: "缩" is its fifth character.
    assert.deepEqual(docxPosition(source, source.markdown.indexOf('缩进')), { paragraph: 2, character: 4 });
  });

  it('pads merged cells so every row has the same columns', () => {
    const tc = (text: string, pr = '') => `<w:tc>${pr ? `<w:tcPr>${pr}</w:tcPr>` : ''}${p(r(text))}</w:tc>`;
    const body = `<w:tbl><w:tr>${tc('合并', '<w:gridSpan w:val="2"/>')}${tc('丙')}</w:tr><w:tr>${tc('甲', '<w:vMerge w:val="restart"/>')}${tc('乙')}${tc('丙')}</w:tr><w:tr>${tc('', '<w:vMerge/>')}${tc('乙2')}${tc('丙2')}</w:tr></w:tbl>`;
    assert.deepEqual(lines(readDocx(handMade(body))), ['| 合并 |  | 丙 |', '| --- | --- | --- |', '| 甲 | 乙 | 丙 |', '|  | 乙2 | 丙2 |']);
  });

  it('says what is wrong with a file that is not a readable .docx', () => {
    const reject = (bytes: Uint8Array, pattern: RegExp) => assert.throws(() => readDocx(bytes), (e: Error) => e instanceof DocxError && pattern.test(e.message));
    reject(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), /旧版 Word/);
    reject(Buffer.from('hello'), /不是 ZIP/);
    reject(Buffer.from([0x50, 0x4b, 3, 4, 0, 0]), /无法解压/);
    reject(zipSync({ 'xl/workbook.xml': strToU8('<x/>') }), /缺少 word\/document.xml/);
    reject(zipSync({ 'word/document.xml': strToU8(`<w:document ${w}><w:body><w:p>`) }), /格式错误/);
    reject(handMade('<w:sdt><w:sdtContent>'.repeat(5000) + p(r('深')) + '</w:sdtContent></w:sdt>'.repeat(5000)), /嵌套过深/);
  });
});
