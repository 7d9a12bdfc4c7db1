// The language server reads an edited Markdown report chunk by chunk (parse/segments.ts): every chunk boundary must be
// one remark reads alike alone and within the whole text. Every line that may start a chunk is tried as one (spread 1)
// on the examples, the corpus read as Markdown, and Markdown built to put fences, HTML, front matter, lists, tables,
// footnotes and quotes across a blank line before a line that starts with a Han character.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport } from '../../src/core/document';
import { markdownChunks, segmentsByChunks, type ChunkSegments } from '../../src/core/parse/segments';
import { UnitCache } from '../../src/core/unit-cache';

const root = join(__dirname, '..', '..');
const read = (dir: string, ext: string) => readdirSync(join(root, dir)).filter((f) => f.endsWith(ext)).sort()
  .map((f) => ({ name: f, text: readFileSync(join(root, dir, f), 'utf8') }));
const examples = read('examples', '.md');
const corpus = read(join('test', 'fixtures', 'corpus'), '.txt');
// The corpus as a writer would put it in Markdown: a blank line between paragraphs.
const markdownCorpus = corpus.map(({ name, text }) => ({ name: `${name} as Markdown paragraphs`, text: text.replace(/\r?\n/g, '\n\n') }));

const tricky: { name: string; text: string }[] = [
  { name: 'a fence holding a blank line and a Han line', text: '# 报告\n\n正文。\n\n```\n代码\n\n中文行\n```\n\n正文二。\n' },
  { name: 'a tilde fence', text: '正文。\n\n~~~\n\n中文行\n~~~\n\n正文。\n' },
  { name: 'a comment over several lines', text: '正文。\n\n<!--\n注释\n\n中文\n-->\n\n正文。\n' },
  { name: 'one-line disable comments', text: '正文。\n\n<!-- fazhi-disable-next-line number/space -->\n中文 1 件。\n\n中文二。\n\n中文三。\n' },
  { name: 'a pre block', text: '正文。\n\n<pre>\n\n中文\n</pre>\n\n正文。\n' },
  { name: 'front matter with a blank line', text: '---\ntitle: 报告\n\n年度: 2023\n---\n\n# 标题\n\n正文。\n\n中文。\n' },
  { name: 'a thematic break', text: '正文。\n\n---\n\n中文。\n\n***\n\n中文二。\n' },
  { name: 'a loose ordered list', text: '1. 第一项\n\n2. 第二项\n\n中文段落\n\n3. 第三项\n\n   续写\n\n中文。\n' },
  { name: 'a list item continued after a blank line', text: '- 第一项\n\n  第一项续\n\n中文。\n' },
  { name: 'a table', text: '| 项目 | 数量 |\n| --- | --- |\n| 复议 | 12件 |\n\n中文12件。\n\n| 甲 | 乙 |\n|---|---|\n| 1 | 2 |\n中文紧随表格\n\n中文。\n' },
  { name: 'indented code', text: '正文。\n\n    代码\n\n    代码二\n\n中文。\n' },
  { name: 'a block quote', text: '> 引用\n>\n> 引用二\n\n中文。\n\n> 引用\n中文懒续行\n\n中文。\n' },
  { name: 'footnotes', text: '正文[^1]。\n\n[^1]: 注释\n\n    续行\n\n中文。\n' },
  { name: 'a setext heading and a definition', text: '标题\n===\n\n中文[a]。\n\n[a]: http://example.com\n\n中文。\n' },
  { name: 'ATX headings and bold headings', text: '# 一、标题\n\n正文。\n\n## （一）小标题\n\n**二、加粗标题**\n\n正文。\n\n#标签\n\n中文。\n' },
  { name: 'CRLF line ends', text: '正文。\r\n\r\n中文一。\r\n\r\n```\r\n\r\n中文\r\n```\r\n\r\n中文二。\r\n' },
  { name: 'full-width openings and a line of ideographic spaces', text: '正文。\n\n（一）小标题\n\n《条例》施行。\n\n“三查”工作。\n\n\u3000\u3000\n中文续行\n\n１．全角序号\n\n中文。\n' },
  { name: 'lines opening with digits and brackets', text: '1. 第一项\n\n2023年，正文。\n\n2) 第二项\n\n(一)小标题\n\n3.第三项\n\n12件。\n\n10) 十\n\n中文。\n' },
  { name: 'a BOM', text: '\ufeff# 报告\n\n中文。\n\n中文二。\n' },
];

describe('Markdown read chunk by chunk', function () {
  this.timeout(60_000);

  for (let { name, text } of [...tricky, ...examples, ...corpus, ...markdownCorpus]) {
    it(`reads every chunk boundary alike: ${name}`, () => {
      // As parseReport gives it to remark: a byte-order mark read as a space (remark would shift every offset after it).
      text = text.replace(/^\ufeff/, ' ');
      const whole = segmentsByChunks(text, [{ start: 0, end: text.length }]);
      const chunks = markdownChunks(text, 1);
      assert.deepStrictEqual(segmentsByChunks(text, chunks), whole);
      assert.equal(JSON.stringify(segmentsByChunks(text, chunks)), JSON.stringify(whole));
    });
  }

  it('parses a report the same with a chunk store as without, through edits', () => {
    const store = new UnitCache().markdownChunks;
    for (const { text } of [...examples, ...tricky]) {
      let current = text;
      for (const edit of [(t: string) => t, (t: string) => t.replace('。', '，新增内容。'), (t: string) => `${t}\n\n中文追加一段。\n`, (t: string) => t.replace(/\n\n/, '\n\n中文插入段。\n\n')]) {
        current = edit(current);
        assert.equal(JSON.stringify(parseReport(current, { format: 'markdown', markdownChunks: store })), JSON.stringify(parseReport(current, { format: 'markdown' })));
      }
    }
  });

  it('reads again only the chunk an edit changed', () => {
    const text = markdownCorpus.map((c) => c.text).join('\n\n');
    const store = new UnitCache().markdownChunks;
    parseReport(text, { format: 'markdown', markdownChunks: store });
    const chunks = markdownChunks(text);
    assert.ok(chunks.length > 10, `${chunks.length} chunks`);
    let read = 0;
    const counted = { get: (key: string) => store.get(key), set: (key: string, chunk: ChunkSegments) => { read++; store.set(key, chunk); } };
    const at = text.indexOf('。', text.length >> 1);
    parseReport(`${text.slice(0, at)}，新增一句${text.slice(at)}`, { format: 'markdown', markdownChunks: counted });
    assert.equal(read, 1);
  });
});
