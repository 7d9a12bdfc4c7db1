import assert from 'node:assert/strict';
import { parseReport } from '../../src/core/document';
import { renderDocx } from '../../src/render/docx';
import { report } from './sample-report';
import { unzip } from './zip';

async function render(text = report, options: Parameters<typeof renderDocx>[1] = {}, format: 'markdown' | 'plaintext' = 'markdown') {
  const files = unzip(await renderDocx(parseReport(text, { format }), options));
  const part = (name: string) => {
    const xml = files.get(name);
    assert.ok(xml, `missing part ${name}`);
    return xml.toString('utf8');
  };
  return { files, part, document: part('word/document.xml'), styles: part('word/styles.xml') };
}

/** The paragraphs of a part, each with its properties and its runs' text. */
function paragraphs(xml: string): { xml: string; style?: string; text: string }[] {
  return (xml.match(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g) ?? []).map((p) => ({
    xml: p,
    style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1],
    text: (p.match(/<w:t[^>]*>[^<]*<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join(''),
  }));
}

function styleXml(styles: string, id: string): string {
  const m = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(styles);
  assert.ok(m, `style ${id} missing`);
  return m[0];
}

describe('renderDocx', () => {
  it('is a valid zip with the parts Word needs', async () => {
    const { files } = await render();
    for (const part of ['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml', 'word/settings.xml']) assert.ok(files.has(part), part);
  });

  it('sets A4 and the GB/T 9704 margins in twips, and 22 lines of 579 twips', async () => {
    const { document } = await render();
    assert.match(document, /<w:pgSz w:w="11906" w:h="16838"/);
    assert.match(document, /<w:pgMar w:top="2097" w:right="1474" w:bottom="1984" w:left="1587"/);
    assert.match(document, /<w:docGrid w:type="lines" w:linePitch="579"\/>/);
    // 22 × 579 fits in the 版心 (16838 − 2097 − 1984 = 12757), 23 would not.
    assert.ok(22 * 579 <= 12757 && 23 * 579 > 12757);
  });

  it('condenses 3号 text so 28 characters fill a line of the 版心: in the styles, not on each run', async () => {
    const { styles } = await render();
    for (const id of ['Normal', 'Heading1', 'Heading2', 'Heading3', 'Heading4']) assert.match(styleXml(styles, id), /<w:spacing w:val="-6"\/>/, id);
    for (const id of ['Title', 'TableText', 'Imprint']) assert.doesNotMatch(styleXml(styles, id), /<w:spacing w:val=/, `${id} is not condensed`);
    // 28 × (16 − 0.3) pt fits the 8845 twips (442.25 pt) line with some slack, 29 do not.
    assert.ok(28 * 15.7 <= 442.25 - 2 && 29 * 15.7 > 442.25);
  });

  it('keeps runs clean: fonts and sizes come from the paragraph styles, a run names only what differs', async () => {
    const { document, styles, part } = await render();
    const styleFont = (id: string) => /w:eastAsia="([^"]+)"/.exec(styleXml(styles, id))?.[1];
    for (const p of paragraphs(document)) {
      const base = styleFont(p.style ?? 'Normal');
      for (const r of p.xml.match(/<w:r>[\s\S]*?<\/w:r>/g) ?? []) {
        assert.doesNotMatch(r, /<w:sz |<w:spacing w:val=|<w:color /, `a run repeats its style: ${r}`);
        const own = /w:eastAsia="([^"]+)"/.exec(r)?.[1];
        assert.notEqual(own, base, `a run names its paragraph style's font: ${r}`);
      }
    }
    // The page number is in the footer, with no style of its own: its run names 宋体.
    for (const footer of [part('word/footer1.xml'), part('word/footer2.xml')]) assert.match(footer, /<w:rFonts [^>]*w:eastAsia="宋体"/);
  });

  it('uses 3号仿宋 for the body (Normal), justified, with a two-character first-line indent', async () => {
    const { styles, document } = await render();
    const normal = styleXml(styles, 'Normal');
    assert.match(normal, /w:default="1"/);
    assert.match(normal, /w:eastAsia="仿宋_GB2312"/);
    assert.match(normal, /<w:sz w:val="32"\/>/);
    assert.match(normal, /<w:ind w:firstLine="632" w:firstLineChars="200"\/>/);
    assert.match(normal, /<w:spacing w:after="0" w:before="0" w:line="579" w:lineRule="exact"\/>/);
    assert.match(normal, /<w:jc w:val="both"\/>/);
    const lead = paragraphs(document).find((p) => p.text.startsWith('2023年，我局'))!;
    assert.equal(lead.style, undefined, 'Normal');
  });

  it('centres the title in 2号小标宋 with no indent, and puts one blank line before the 主送机关 flush left', async () => {
    const { styles, document } = await render();
    const title = styleXml(styles, 'Title');
    assert.match(title, /<w:ind w:firstLine="0" w:firstLineChars="0"\/>/);
    assert.match(title, /<w:jc w:val="center"\/>/);
    const ps = paragraphs(document);
    assert.equal(ps[0].style, 'Title');
    assert.match(title, /w:eastAsia="方正小标宋简体"[^>]*\/>[\s\S]*<w:sz w:val="44"\/>/);
    assert.match(ps[0].xml, /<w:br\/>/); // 21 cells of 2号: broken into two lines
    assert.equal(ps[0].text, '某市司法局关于2023年法治政府建设情况的报告');
    assert.equal(ps[1].text, '');
    assert.equal(ps[2].text, '市人民政府：');
    assert.match(ps[2].xml, /<w:ind w:firstLine="0" w:firstLineChars="0"\/>/);
  });

  it('puts headings in Word\'s built-in Heading 1–4 styles with the GB font per level', async () => {
    const { styles, document } = await render();
    const fonts = { 1: '黑体', 2: '楷体_GB2312', 3: '仿宋_GB2312', 4: '仿宋_GB2312' } as const;
    for (const level of [1, 2, 3, 4] as const) {
      const style = styleXml(styles, `Heading${level}`);
      assert.match(style, new RegExp(`<w:name w:val="Heading ${level}"/>`));
      assert.match(style, new RegExp(`<w:outlineLvl w:val="${level - 1}"/>`));
      assert.match(style, new RegExp(`w:eastAsia="${fonts[level]}"`));
      assert.match(style, /<w:color w:val="000000"\/>/);
      assert.doesNotMatch(style, /<w:b\/>/);
    }
    const ps = paragraphs(document);
    assert.equal(ps.find((p) => p.text === '一、主要举措和成效')!.style, 'Heading1');
    const h2 = ps.find((p) => p.text.startsWith('（一）'))!;
    assert.equal(h2.style, 'Heading2');
    assert.match(ps.find((p) => p.text === '一、主要举措和成效')!.xml, /<w:keepNext\/>/);
    assert.equal(ps.find((p) => p.text.startsWith('1.完善'))!.style, 'Heading3');
    assert.equal(ps.find((p) => p.text.startsWith('（1）'))!.style, 'Heading4');
  });

  it('gives a run-in heading\'s outline level to the heading proper only: a one-line drop-cap frame before the body', async () => {
    const { styles, document } = await render();
    const ps = paragraphs(document);
    const at = ps.findIndex((p) => p.text.startsWith('（一）'));
    const [heading, body] = [ps[at], ps[at + 1]];
    // Only the title is in the Heading paragraph (the navigation pane and a TOC show it); Word runs the body on
    // beside the frame, LibreOffice takes the frame's text into the body paragraph.
    assert.equal(heading.text, '（一）深化依法行政。');
    assert.match(heading.xml, /<w:framePr w:dropCap="drop" [^>]*w:hAnchor="text" w:vAnchor="text" w:lines="1" w:wrap="around"\/>/);
    assert.match(heading.xml, /<w:rStyle w:val="Heading2Char"\/>/);
    assert.equal(body.style, undefined, 'Normal');
    assert.equal(body.text, '全年审核规范性文件37件，提出修改意见112条。');
    assert.match(body.xml, /<w:b\/>[\s\S]*37件/); // **bold** survives
    assert.doesNotMatch(body.xml, /<w:keepNext\/>/);
    // The character style carries the heading's face, linked to the paragraph style so Word restyles both.
    assert.match(styleXml(styles, 'Heading2Char'), /<w:link w:val="Heading2"\/>[\s\S]*w:eastAsia="楷体_GB2312"/);
    assert.match(styleXml(styles, 'Heading2'), /<w:link w:val="Heading2Char"\/>/);
    for (const title of ['1.完善制度。', '（1）加强审核。']) assert.ok(ps.some((p) => p.text === title && /<w:framePr /.test(p.xml)), title);
  });

  it('keeps a heading proper too long to leave room beside its frame a whole Heading paragraph', async () => {
    const long = report.replace('（一）深化依法行政。', '（一）深化依法行政推进法治政府建设取得明显成效的主要做法。');
    const h2 = paragraphs((await render(long)).document).find((p) => p.text.startsWith('（一）'))!;
    assert.equal(h2.style, 'Heading2');
    assert.doesNotMatch(h2.xml, /<w:framePr /);
    assert.match(h2.text, /主要做法。全年审核/);
  });

  it('sets a Markdown ordered list as body text, marker kept; "1.标题" without the space stays a Heading 3', async () => {
    const text = report.replace('1.完善制度。制定规则3项。', '1.完善制度。制定规则3项。\n\n主要做法有：\n\n1. 建立台账\n2. 定期通报\n\n> 3. 引用中的一项');
    const ps = paragraphs((await render(text)).document);
    assert.equal(ps.find((p) => p.text === '1.完善制度。')!.style, 'Heading3');
    for (const item of ['1. 建立台账', '2. 定期通报', '3. 引用中的一项']) {
      const p = ps.find((q) => q.text === item);
      assert.ok(p, item);
      assert.equal(p.style, undefined, `${item} is a list item, not a heading`);
    }
  });

  it('bolds level 3 only when asked, and takes alternative font names', async () => {
    const { styles } = await render(report, { boldLevel3: true, fonts: { fangsong: '仿宋', heiti: 'SimHei' } });
    assert.match(styleXml(styles, 'Heading3'), /<w:b\/>/);
    assert.match(styleXml(styles, 'Normal'), /w:eastAsia="仿宋"/);
    assert.match(styleXml(styles, 'Heading1'), /w:eastAsia="SimHei"/);
  });

  it('places 落款 and 成文日期 after a blank line, the longer date flush right 右空二字, the name two cells left of it', async () => {
    const { document } = await render();
    const ps = paragraphs(document);
    const sig = ps.findIndex((p) => p.text === '某市司法局');
    assert.equal(ps[sig - 1].text, '');
    const left = (p: { xml: string }) => Number(/<w:ind w:left="(\d+)"/.exec(p.xml)?.[1]);
    const right = (p: { xml: string }) => Number(/<w:ind [^>]*w:right="(\d+)"/.exec(p.xml)?.[1]);
    const cell = 8845 / 28;
    const date = ps[sig + 1];
    assert.equal(date.text, '2024年2月20日');
    // The date is longer than the name + 2: it stands 右空二字, set flush right so the gap is exact whatever the
    // digits measure (Word adds space between Chinese and digits: 6.5 cells + 5 × ¼ = 7.75).
    assert.match(date.xml, /<w:jc w:val="right"\/>/);
    assert.ok(Math.abs(right(date) - 2 * cell) < 1);
    assert.ok(Math.abs(left(ps[sig]) - (28 - 2 - 7.75 - 2) * cell) < 1);
  });

  it('sets a short date two cells right of a long name, the name 右空二字', async () => {
    const { document } = await render(report.replace('某市司法局\n', '某某市人民政府办公室\n'));
    const ps = paragraphs(document);
    const sig = ps.findIndex((p) => p.text === '某某市人民政府办公室');
    assert.match(ps[sig].xml, /<w:jc w:val="right"\/>/);
    assert.ok(Math.abs(Number(/<w:ind [^>]*w:right="(\d+)"/.exec(ps[sig].xml)?.[1]) - 2 * (8845 / 28)) < 1);
    // The name is all Chinese (10 cells): the date's column follows exactly, 28 − 2 − 10 + 2.
    assert.ok(Math.abs(Number(/<w:ind w:left="(\d+)"/.exec(ps[sig + 1].xml)?.[1]) - 18 * (8845 / 28)) < 1);
  });

  it('writes the words of inline HTML, links, images and autolinks, never their markup', async () => {
    const { document } = await render(report.replace('基层力量薄弱。', '基层<b>力量</b>薄弱，见[附表](javascript:alert(1))、![示意图](a.png)和<https://www.gov.cn/x>。'));
    const p = paragraphs(document).find((x) => x.text.startsWith('基层'))!;
    assert.equal(p.text, '基层力量薄弱，见附表、示意图和https://www.gov.cn/x。');
  });

  it('sealed (GB/T 9704 7.3.5.1): two blank lines for the seal, the date 右空四字, the name centred over it', async () => {
    const { document } = await render(report, { sealed: true });
    const ps = paragraphs(document);
    const sig = ps.findIndex((p) => p.text === '某市司法局');
    assert.deepEqual([ps[sig - 2].text, ps[sig - 1].text], ['', '']);
    const right = (p: { xml: string }) => Number(/<w:ind [^>]*w:right="(\d+)"/.exec(p.xml)?.[1]);
    const cell = 8845 / 28;
    for (const p of [ps[sig], ps[sig + 1]]) assert.match(p.xml, /<w:jc w:val="right"\/>/);
    assert.ok(Math.abs(right(ps[sig + 1]) - 4 * cell) < 1, 'the date 右空四字');
    // "2024年2月20日" sets 7.75 cells wide, "某市司法局" 5: centred, the name stands (7.75 − 5) ÷ 2 further in.
    assert.ok(Math.abs(right(ps[sig]) - (4 + (7.75 - 5) / 2) * cell) < 1);
  });

  it('a 版头 from the options or the front matter: the red mark, the 发文字号 and 签发人 over a red rule, then the title', async () => {
    const head = { mark: '某市司法局', number: '某司〔2024〕3号', signer: '王五' };
    for (const { document } of [await render(report, { letterhead: head }), await render(`---\n发文机关标志: 某市司法局\n发文字号: 某司〔2024〕3号\n签发人: 王五\n---\n${report}`)]) {
      const ps = paragraphs(document);
      assert.equal(ps[0].text, '某市司法局');
      assert.match(ps[0].xml, /<w:color w:val="C00000"\/>/);
      assert.match(ps[0].xml, /<w:spacing w:after="0" w:before="4535"/, '80 mm below the 版心 top (上行文)');
      assert.equal(ps[1].text, '某司〔2024〕3号签发人：王五');
      assert.match(ps[1].xml, /<w:bottom w:val="single" w:color="C00000" w:sz="8" w:space="11"\/>/, 'a red rule 4 mm under the number');
      assert.equal(ps[2].style, 'Title');
    }
  });

  it('keeps the title and table text off the line grid, so a 2号 line takes one line, not two', async () => {
    const { styles } = await render();
    for (const id of ['Title', 'TableText']) assert.match(styleXml(styles, id), /<w:pPr>(?:(?!<\/w:pPr>)[\s\S])*<w:snapToGrid w:val="0"\/><w:spacing /, id);
  });

  it('sets digits in the title and 黑体 headings in their own face, body digits in Times New Roman', async () => {
    const { styles } = await render();
    assert.match(styleXml(styles, 'Title'), /w:ascii="方正小标宋简体"[^>]*w:eastAsia="方正小标宋简体"/);
    assert.match(styleXml(styles, 'Heading1'), /w:ascii="黑体"[^>]*w:eastAsia="黑体"/);
    assert.match(styleXml(styles, 'Normal'), /w:ascii="Times New Roman"[^>]*w:eastAsia="仿宋_GB2312"/);
  });

  it('declares the GB fonts in the font table with an alternate name, PANOSE and the GB2312 character set', async () => {
    const { part } = await render(report, { fonts: { fangsong: '仿宋' } });
    const fonts = part('word/fontTable.xml');
    assert.match(fonts, /<w:font w:name="仿宋_GB2312">|<w:font w:name="仿宋"><w:altName w:val="仿宋"\/>/);
    assert.match(fonts, /<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"\/><w:panose1 w:val="[0-9A-F]{20}"\/><w:charset w:val="86"\/>/);
    assert.match(fonts, /<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"\/>/);
    assert.match(fonts, /<w:font w:name="黑体"><w:altName w:val="SimHei"\/>/);
  });

  it('sets the 附件说明 off by a blank line, "附件" 左空二字, each name under the first with a hanging indent', async () => {
    const { document } = await render();
    const ps = paragraphs(document);
    const first = ps.findIndex((p) => p.text === '附件：1.行政复议案件统计表');
    assert.equal(ps[first - 1].text, '');
    assert.equal(ps[first + 1].text, '2.行政执法数据统计表');
    const cell = 8845 / 28;
    const ind = (p: { xml: string }) => {
      const m = /<w:ind ([^>]*)\/>/.exec(p.xml);
      assert.ok(m, 'paragraph indent');
      return { left: Number(/w:left="(\d+)"/.exec(m[1])?.[1]), hanging: Number(/w:hanging="(\d+)"/.exec(m[1])?.[1]), chars: /w:firstLineChars="0"/.test(m[1]) };
    };
    // "附件：" (3 cells) + "1." (1 cell) hang from 6 cells: the first line starts 2 cells in, the names at 6.
    assert.ok(Math.abs(ind(ps[first]).left - 6 * cell) < 1 && Math.abs(ind(ps[first]).hanging - 4 * cell) < 1);
    assert.ok(Math.abs(ind(ps[first + 1]).left - 6 * cell) < 1 && Math.abs(ind(ps[first + 1]).hanging - 1 * cell) < 1);
    assert.ok(ind(ps[first]).chars, 'the Normal style\'s first-line indent in characters is switched off');
  });

  it('keeps the body\'s last paragraph, the 附件说明 and the 落款 together so the 落款 never starts a page alone', async () => {
    const { document } = await render();
    const ps = paragraphs(document);
    const keeps = (p: { xml: string }) => /<w:keepNext\/>/.test(p.xml);
    const last = ps.findIndex((p) => p.text === '基层力量薄弱。');
    const date = ps.findIndex((p) => p.text === '2024年2月20日');
    assert.ok(last > 0 && date > last);
    for (const p of ps.slice(last, date)) assert.ok(keeps(p), `“${p.text}” keeps with the next`);
    assert.equal(keeps(ps[date]), false, 'the date ends the chain');
    assert.equal(keeps(ps[last - 1]), true, 'the heading before it keeps with it anyway');
    assert.equal(ps.slice(1, last - 1).filter((p) => p.style === undefined && p.text && keeps(p)).length, 0, 'body paragraphs elsewhere flow freely');
  });

  it('centres a meeting report\'s delivery line in 楷体 under the title', async () => {
    const text = '关于2023年度法治政府建设情况的报告\n——在市人大常委会第十八次会议上\n\n主任、各位委员：\n\n我受市人民政府委托，报告如下。';
    const ps = paragraphs((await render(text, {}, 'plaintext')).document);
    const line = ps.find((p) => p.text === '——在市人大常委会第十八次会议上');
    assert.ok(line, 'the delivery line is in the document');
    assert.match(line.xml, /<w:jc w:val="center"\/>/);
    assert.match(line.xml, /w:eastAsia="楷体_GB2312"/);
  });

  it('starts an attachment after the 成文日期 on a new page, its title in the Title style, the 落款 still kept together', async () => {
    const text = '某县2023年法治政府建设情况报告\n\n县委：\n\n正文。\n\n某县人民政府\n\n2024年2月1日\n\n附件\n\n行政执法数据统计表\n\n全年办理案件1200件。';
    const ps = paragraphs((await render(text, {}, 'plaintext')).document);
    const label = ps.findIndex((p) => p.text === '附件');
    assert.match(ps[label].xml, /<w:pageBreakBefore\/>/);
    // GB/T 9704 8: the title on the third line, under a blank one.
    assert.equal(ps[label + 1].text, '');
    assert.equal(ps[label + 2].style, 'Title');
    assert.equal(ps[label + 2].text, '行政执法数据统计表');
    const signature = ps.findIndex((p) => p.text === '某县人民政府');
    assert.match(ps[signature].xml, /<w:keepNext\/>/);
    assert.doesNotMatch(ps[signature + 1].xml, /<w:keepNext\/>/, 'the chain ends at the date, not at the attachment');
  });

  it('writes the 版记 in 4号 as wide as the 版心: thick rules above and below, a thin one between, the 印发 date at a right tab', async () => {
    const text = '某县2023年法治政府建设情况报告\n\n县委：\n\n正文。\n\n某县人民政府\n\n2024年2月1日\n\n抄送：县委办公室。\n\n某县人民政府办公室 2024年2月1日印发';
    const { document } = await render(text, {}, 'plaintext');
    const table = /<w:tbl>(?:(?!<w:tbl>)[\s\S])*?抄送(?:(?!<\/w:tbl>)[\s\S])*<\/w:tbl>/.exec(document)?.[0] ?? '';
    assert.match(table, /<w:tblW w:type="dxa" w:w="8845"\/>|<w:tblW w:w="8845" w:type="dxa"\/>/, 'as wide as the 版心');
    assert.match(table, /<w:top w:val="single" w:color="000000" w:sz="8"\/>/);
    assert.match(table, /<w:bottom w:val="single" w:color="000000" w:sz="8"\/>/);
    assert.match(table, /<w:insideH w:val="single" w:color="000000" w:sz="6"\/>/);
    const ps = paragraphs(table);
    const cc = ps.find((p) => p.text === '抄送：县委办公室。')!;
    assert.equal(cc.style, 'Imprint');
    const { styles } = await render(text, {}, 'plaintext');
    assert.match(styleXml(styles, 'Imprint'), /<w:sz w:val="28"\/>/, '4号 = 14 pt');
    const issued = ps.find((p) => p.text === '某县人民政府办公室2024年2月1日印发')!;
    assert.match(issued.xml, /<w:tab w:val="right" w:pos="\d+"\/>/);
    assert.match(issued.xml, /<w:tab\/>/);
  });

  it('sets the 版记 at the foot of an even page: a spacer after a page break when the text ends on page 1', async () => {
    const text = '某县2023年法治政府建设情况报告\n\n县委：\n\n正文。\n\n某县人民政府\n\n2024年2月1日\n\n抄送：县委办公室。\n\n某县人民政府办公室 2024年2月1日印发';
    const { document, styles } = await render(text, {}, 'plaintext');
    const ps = paragraphs(document.slice(0, document.indexOf('<w:tbl>')));
    const spacer = ps[ps.length - 1];
    assert.match(spacer.xml, /<w:pageBreakBefore\/>/);
    // 版心 12757 twips − two 版记 lines of 420, their rules (20 + 15 + 20) and 40 to spare.
    assert.match(spacer.xml, /<w:spacing w:after="0" w:before="0" w:line="11822" w:lineRule="exact"\/>/);
    assert.equal(spacer.style, 'Imprint', 'off the grid');
    // Widow control stated, so Word breaks pages where LibreOffice does (and where the estimate says).
    assert.match(styles, /<w:pPrDefault><w:pPr><w:widowControl\/>/);
    // A table makes the pages unsure: the 版记 then follows the 落款 after a blank line.
    const withTable = await render(text.replace('正文。', '正文。\n\n| 项目 | 数量 |\n| --- | --- |\n| 复议 | 218 |'), {}, 'markdown');
    assert.doesNotMatch(withTable.document, /<w:pageBreakBefore\/>/);
  });

  it('writes Markdown tables as Word tables', async () => {
    const { document } = await render();
    const table = /<w:tbl>[\s\S]*<\/w:tbl>/.exec(document)?.[0] ?? '';
    assert.equal((table.match(/<w:tr>|<w:tr /g) ?? []).length, 2);
    assert.match(table, /<w:tblHeader\/>/);
    assert.match(table, /项目[\s\S]*数量[\s\S]*复议[\s\S]*218/);
    assert.match(table, /<w:tblBorders>/);
  });

  it('numbers pages "— N —": odd pages right, even pages left, one character in from the edge', async () => {
    const { part, document, files } = await render();
    assert.match(part('word/settings.xml'), /<w:evenAndOddHeaders\/>/);
    const rels = part('word/_rels/document.xml.rels');
    const target = (type: string) => {
      const id = new RegExp(`<w:footerReference w:type="${type}" r:id="([^"]+)"`).exec(document)![1];
      return files.get(`word/${new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)![1]}`)!.toString('utf8');
    };
    const odd = target('default');
    const even = target('even');
    for (const [footer, side] of [[odd, 'right'], [even, 'left']] as const) {
      assert.match(footer, new RegExp(`<w:jc w:val="${side}"/>`));
      assert.match(footer, new RegExp(`<w:ind w:${side}="280"`));
      assert.match(footer, /<w:t xml:space="preserve">\u2014 <\/w:t>[\s\S]*<w:instrText xml:space="preserve">PAGE<\/w:instrText>[\s\S]*<w:t xml:space="preserve"> \u2014<\/w:t>/);
      assert.match(footer, /w:ascii="宋体"[^>]*w:eastAsia="宋体"/);
      assert.match(footer, /<w:sz w:val="28"\/>/);
    }
  });

  it('drops characters XML cannot hold and never throws on odd input', async () => {
    for (const text of ['', '\n', '\u0000\u0001标题\u000b报告\ud800', '<w:p>&amp;</w:p>', '一、'.repeat(500), 'x'.repeat(100000)]) {
      for (const format of ['markdown', 'plaintext'] as const) {
        const { document } = await render(text, {}, format);
        assert.doesNotMatch(document, /[\u0000-\u0008\u000b\u000c\u000e-\u001f]|[\ud800-\udbff](?![\udc00-\udfff])/);
        assert.doesNotMatch(document, /<w:p>&amp;/);
      }
    }
  });
});
