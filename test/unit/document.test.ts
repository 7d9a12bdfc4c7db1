import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport } from '../../src/core/document';
import { ParseMemory } from '../../src/core/parse/reuse';
import { positionAt } from '../../src/core/text';
import type { ReportDocument, Section } from '../../src/core/types';

const corpusDir = join(__dirname, '..', 'fixtures', 'corpus');
const corpus = Object.fromEntries(readdirSync(corpusDir).map((f) => [f.slice(0, 3), readFileSync(join(corpusDir, f), 'utf8')]));
const parse = (id: string) => parseReport(corpus[id], { format: 'plaintext' });
const titles = (sections: Section[]) => sections.map((s) => s.title);
const at = (doc: ReportDocument, span: { start: number; end: number }) => doc.text.slice(span.start, span.end);

describe('document model on the corpus', () => {
  it('000 慈溪: title, chrome, addressee, 落款, 成文日期, year, 3 first-level sections', () => {
    const doc = parse('000');
    assert.equal(doc.title?.content, '慈溪市司法局关于2019年法治政府建设情况的报告');
    assert.equal(doc.addressee?.content, '市人民政府:');
    assert.equal(doc.signature?.content, '慈溪市司法局');
    assert.deepEqual([doc.date?.year, doc.date?.month, doc.date?.day], [2020, 1, 21]);
    assert.equal(doc.year?.value, 2019);
    assert.equal(doc.year?.source, 'title');
    assert.ok(doc.blocks.some((b) => b.kind === 'chrome' && b.content.startsWith('发布日期')));
    assert.equal(doc.sections.length, 3);
    assert.deepEqual(titles(doc.sections[0].children), ['夯实全面依法治市基础', '深化全市法治政府建设', '加大全民普法力度']);
    assert.deepEqual(doc.missing, []);
  });

  it('001 商洛: web chrome around the text, "1、" headings at level 3, no 落款', () => {
    const doc = parse('001');
    assert.equal(doc.title?.content, '商洛市2021年法治政府建设工作总结');
    assert.ok(doc.blocks[0].kind === 'chrome');
    assert.equal(doc.blocks.at(-1)?.kind, 'chrome');
    assert.deepEqual(titles(doc.sections), ['工作开展情况', '存在的问题', '下一步打算']);
    assert.equal(doc.sections[0].children[0].children[0].heading.heading?.style, 'ar-dun');
    assert.deepEqual(doc.missing.map((m) => m.element).sort(), ['addressee', 'date', 'signature']);
  });

  it('002 崇川: no title line, year from the lead, 一是… enumerations, date before year end', () => {
    const doc = parse('002');
    assert.equal(doc.title, undefined);
    assert.match(doc.missing.find((m) => m.element === 'title')!.reason, /不像标题/);
    assert.equal(doc.year?.value, 2019);
    assert.equal(doc.year?.source, 'lead');
    assert.deepEqual([doc.date?.year, doc.date?.month, doc.date?.day], [2019, 12, 5]);
    assert.equal(doc.signature?.content, '南通市崇川区人民政府');
    assert.ok(doc.blocks.filter((b) => b.enumerations.length).length >= 8);
    const first = doc.blocks.find((b) => b.enumerations.length)!;
    assert.deepEqual(first.enumerations.slice(0, 2).map((e) => e.markerText), ['一是', '二是']);
    assert.equal(titles(doc.sections)[1], '存在问题及2020年工作打算');
  });

  it('003 白城: title, seven first-level sections, no 落款 and no date', () => {
    const doc = parse('003');
    assert.equal(doc.title?.content, '白城市司法局2023年度法治政府建设工作报告');
    assert.equal(doc.sections.length, 7);
    assert.equal(doc.sections[6].title, '2024年工作安排');
    assert.equal(doc.signature, undefined);
    assert.equal(doc.date, undefined);
  });

  it('004 海宁: the whole report on one line is still split into addressee, sections, 落款 and date', () => {
    const doc = parse('004');
    assert.equal(doc.lineStarts.length <= 2, true);
    assert.equal(doc.addressee?.content, '中共嘉兴市委、嘉兴市人民政府:');
    assert.deepEqual(titles(doc.sections), ['党政主要负责人履行推进法治建设第一责任人职责情况', '推进法治政府建设的主要举措和成效', '存在的不足和原因', '2023年度工作计划']);
    assert.equal(doc.signature?.content, '中共海宁市委 海宁市人民政府');
    assert.equal(doc.date?.text, '2023年2月28日');
    assert.equal(at(doc, doc.date!.span), '2023年2月28日');
    assert.equal(doc.year?.value, 2022);
  });

  it('every span points into the text and sentences do not overlap', () => {
    for (const id of Object.keys(corpus)) {
      const doc = parse(id);
      let last = 0;
      for (const s of doc.sentences) {
        assert.ok(s.span.start >= last && s.span.end <= doc.text.length, `${id}: sentence out of order`);
        assert.equal(at(doc, s.span), s.text);
        last = s.span.end;
      }
      for (const h of doc.headings) assert.equal(at(doc, h.heading!.markerSpan), h.heading!.markerText);
    }
  });
});

describe('document model on edge inputs', () => {
  it('empty and whitespace-only text', () => {
    for (const text of ['', '   \n\n\t', '\ufeff']) {
      const doc = parseReport(text, { format: 'markdown' });
      assert.equal(doc.sections.length, 0);
      assert.ok(doc.missing.some((m) => m.element === 'title'));
    }
  });

  it('Markdown headings, CRLF, BOM and full-width markers keep exact offsets', () => {
    const text = '\ufeff# 某市2023年法治政府建设情况报告\r\n\r\n省人民政府：\r\n\r\n2023年，我市……。\r\n\r\n## 一、主要举措和成效\r\n\r\n### （一）完善制度\r\n\r\n正文。\r\n\r\n### （二）规范执法\r\n\r\n正文。\r\n\r\n## 二、存在的不足和原因\r\n\r\n某市人民政府\r\n\r\n２０２４年２月２６日\r\n';
    const doc = parseReport(text, { format: 'markdown' });
    assert.equal(doc.title?.content, '某市2023年法治政府建设情况报告');
    assert.equal(doc.addressee?.content, '省人民政府：');
    assert.deepEqual(titles(doc.sections), ['主要举措和成效', '存在的不足和原因']);
    assert.deepEqual(titles(doc.sections[0].children), ['完善制度', '规范执法']);
    assert.equal(doc.sections[0].children[0].heading.heading?.style, 'cn-paren');
    assert.equal(doc.date?.year, 2024);
    assert.equal(at(doc, doc.sections[0].titleSpan), '主要举措和成效');
  });

  it('code blocks, HTML comments and tables are not prose', () => {
    const text = '# 某市2023年法治政府建设情况报告\n\n```\n一、不是标题\n```\n\n<!-- 一、也不是 -->\n\n| 项目 | 数量 |\n| --- | --- |\n| 复议 | 12件 |\n\n一、真正的标题\n';
    const doc = parseReport(text, { format: 'markdown' });
    assert.deepEqual(titles(doc.sections), ['真正的标题']);
    const table = doc.blocks.find((b) => b.kind === 'table')!;
    assert.equal(table.rows?.[1][1].text, '12件');
  });

  it('marks the items of a Markdown ordered list ("1. …", in a quote too), not a "1.标题" line without the space', () => {
    const text = '# 某市2023年法治政府建设情况报告\n\n（一）夯实基础。\n\n1.完善制度。正文。\n\n1. 建立台账\n2. 定期通报\n\n> 3. 引用中的一项\n\n- 无序的一项\n';
    const doc = parseReport(text, { format: 'markdown' });
    const listed = doc.blocks.filter((b) => b.listItem).map((b) => b.content);
    assert.deepEqual(listed, ['建立台账', '定期通报', '引用中的一项']);
    assert.equal(parseReport('1. 建立台账\n', { format: 'plaintext' }).blocks.some((b) => b.listItem), false);
  });

  it('a title broken over two lines is one title; a first line that is the addressee or a sentence is not joined', () => {
    for (const [first, second] of [['东湖县人民政府', '关于2024年法治政府建设情况的报告'], ['东湖县司法局关于2024年度法治政府建设', '工作情况的报告']]) {
      const doc = parseReport(`${first}\n${second}\n2024年，全县深入推进依法行政。\n一、主要举措和成效\n正文。`, { format: 'plaintext' });
      assert.equal(doc.title?.content, `${first}\n${second}`);
      assert.equal(doc.year?.value, 2024);
      assert.equal(doc.lead?.content, '2024年，全县深入推进依法行政。');
    }
    const addressed = parseReport('东湖县人民政府：\n关于2024年法治政府建设情况的报告\n正文。', { format: 'plaintext' });
    assert.equal(addressed.title, undefined);
    const prose = parseReport('东湖县司法局\n2024年，我局依法行政，现报告如下。', { format: 'plaintext' });
    assert.equal(prose.title, undefined);
    const column = parseReport('法治政府建设\n东湖县2024年度法治政府建设情况报告\n正文。', { format: 'plaintext' });
    assert.ok(!column.title?.content.includes('\n'), 'a line before a complete title is not its first half');
  });

  it('a title broken over three lines (issuer, 关于 and the year, the rest with 报告) is one title; short lines of prose are not', () => {
    const lines = ['东湖县司法局', '关于2024年度依法治县暨法治政府', '建设工作情况的报告'];
    const doc = parseReport(`${lines.join('\n')}\n县委、县政府：\n2024年，我局深入推进依法行政。\n一、主要举措和成效\n正文。`, { format: 'plaintext' });
    assert.equal(doc.title?.content, lines.join('\n'));
    assert.equal(doc.year?.value, 2024);
    assert.deepEqual(doc.missing.map((m) => m.element).filter((e) => e === 'title' || e === 'addressee'), []);
    // The middle line already ends the title: the third line is no part of it.
    const two = parseReport('东湖县司法局\n关于2024年度法治政府建设情况的报告\n工作总结\n正文。', { format: 'plaintext' });
    assert.equal(two.title?.content, '东湖县司法局\n关于2024年度法治政府建设情况的报告');
    // Without the year opening the middle line, three short lines are not read as one title.
    const menu = parseReport('东湖县司法局\n依法行政暨法治政府\n建设工作情况的报告\n正文。', { format: 'plaintext' });
    assert.ok(!menu.title?.content.includes('依法行政暨'), 'no year: not joined');
  });

  it('page furniture above the title is skipped, the first half of a broken title is not', () => {
    const header = '东湖县人民政府 2019年12月3日星期二\n无障碍 简体| 繁体\n';
    const broken = parseReport(`${header}东湖县人民政府关于\n2024年法治政府建设情况的报告\n正文。`, { format: 'plaintext' });
    assert.equal(broken.title?.content, '东湖县人民政府关于\n2024年法治政府建设情况的报告');
    const whole = parseReport(`${header}返回顶部\n东湖县人民政府关于2024年法治政府建设情况的报告\n正文。`, { format: 'plaintext' });
    assert.equal(whole.title?.content, '东湖县人民政府关于2024年法治政府建设情况的报告');
    assert.equal(whole.year?.value, 2024);
  });

  it('a cover note sent with the report (主送机关, a sentence, the sender, the date) is no part of it; its title follows', () => {
    const cover = '中共东湖县委、东湖县人民政府：\n根据《法治政府建设与责任落实督察工作规定》，现将我局2023年度法治政府建设情况报告如下。\n东湖县司法局\n2024年1月29日\n';
    const doc = parseReport(`${cover}东湖县司法局2023年度法治政府建设工作报告\n2023年，我局深入推进法治政府建设。`, { format: 'plaintext' });
    assert.equal(doc.title?.content, '东湖县司法局2023年度法治政府建设工作报告');
    assert.deepEqual(doc.missing.map((m) => m.element).filter((e) => e === 'title' || e === 'addressee'), []);
    assert.equal(doc.year?.value, 2023);
    // Without a date closing it, a 主送机关 line opens the report, title or not.
    const opening = parseReport('中共东湖县委、东湖县人民政府：\n根据有关规定，现将情况报告如下。\n东湖县司法局2023年度法治政府建设工作报告\n正文。', { format: 'plaintext' });
    assert.equal(opening.title, undefined);
  });

  it('page chrome glued to the title or sharing its line is parted from it', () => {
    const crumb = parseReport('首页 >> 政务公开 >> 法治政府建设\n东湖县人民政府关于2024年法治政府建设情况的报告\n正文。', { format: 'plaintext' });
    assert.equal(crumb.title?.content, '东湖县人民政府关于2024年法治政府建设情况的报告');
    const mark = parseReport('某某网—资源每日更新www.example123.com东湖县人民政府关于2024年法治政府建设情况的报告\n县人民政府：\n正文。', { format: 'plaintext' });
    assert.equal(mark.title?.content, '东湖县人民政府关于2024年法治政府建设情况的报告');
    assert.equal(mark.blocks[0].kind, 'chrome');
    const oneLine = parseReport('东湖县人民政府关于2024年法治政府建设情况的报告 市人民政府： 2024年，东湖县深入推进法治政府建设，现将有关情况报告如下。', { format: 'plaintext' });
    assert.equal(oneLine.title?.content, '东湖县人民政府关于2024年法治政府建设情况的报告');
    assert.equal(oneLine.addressee?.content, '市人民政府：');
    assert.match(oneLine.lead?.content ?? '', /^2024年，东湖县/);
    const crumbed = parseReport('首页 >> 政务公开 >> 东湖县人民政府关于2024年法治政府建设情况的报告 市人民政府： 2024年，东湖县深入推进法治政府建设，现将有关情况报告如下。', { format: 'plaintext' });
    assert.equal(crumbed.title?.content, '东湖县人民政府关于2024年法治政府建设情况的报告');
    assert.equal(crumbed.addressee?.content, '市人民政府：');
    // A breadcrumb whose last crumb names the report, above the title line, stays chrome.
    const above = parseReport('首页 >> 政务公开 >> 东湖县人民政府关于2024年法治政府建设情况的报告\n东湖县人民政府关于2024年法治政府建设情况的报告\n正文。', { format: 'plaintext' });
    assert.deepEqual(above.blocks.slice(0, 2).map((b) => b.kind), ['chrome', 'title']);
    // A short note after the title is not a lost line break; a title run into its lead without a space stays as written.
    const note = parseReport('东湖县人民政府关于2024年法治政府建设情况的报告 （定稿）\n正文。', { format: 'plaintext' });
    assert.equal(note.title?.content, '东湖县人民政府关于2024年法治政府建设情况的报告 （定稿）');
    const glued = parseReport('东湖县2024年度法治政府建设情况报告2024年，东湖县深入推进法治政府建设。', { format: 'plaintext' });
    assert.equal(glued.title, undefined);
  });

  it('metadata labels in brackets or above their values are chrome; the title under them is the title', () => {
    const title = '东湖县司法局2024年度法治政府建设情况报告';
    const bracketed = parseReport(`[ 索引号 ] 11330000/2025-00012 [ 发布机构 ] 东湖县司法局\n[ 名称 ] ${title}\n${title}\n县人民政府：\n正文。`, { format: 'plaintext' });
    assert.equal(bracketed.title?.span.start, bracketed.text.lastIndexOf(title), 'the visible title line, not the metadata value');
    assert.equal(bracketed.addressee?.content, '县人民政府：');
    const stacked = parseReport(`- 索引号\n- 11330000/2025-00012\n- 发布机构\n- 东湖县司法局\n- 名称\n- ${title}\n- 文号\n- 无\n县人民政府：\n正文。`, { format: 'plaintext' });
    assert.equal(stacked.title?.content, title);
    assert.equal(stacked.addressee?.content, '县人民政府：');
  });

  it('a two-line title without 报告 is a title; a news line under a name is not', () => {
    const doc = parseReport('东湖镇人民政府\n2024年法治政府建设情况\n2024年，我镇推进法治政府建设。', { format: 'plaintext' });
    assert.equal(doc.title?.content, '东湖镇人民政府\n2024年法治政府建设情况');
    const news = parseReport('东湖镇人民政府\n2024年东湖镇召开法治政府建设推进会\n3月5日，我镇召开会议。', { format: 'plaintext' });
    assert.ok(!news.title?.content.includes('\n'));
  });

  it('the report year: the title’s, unless two other places agree on another; else the lead’s first single year', () => {
    const stale = parseReport('东湖县人民政府关于2023年法治政府建设情况的报告\n\n2024年，东湖县深入推进法治政府建设。\n\n一、主要举措和成效\n\n正文。\n\n二、2025年工作安排\n\n正文。\n\n东湖县人民政府\n\n2025年2月20日', { format: 'plaintext' });
    assert.deepEqual([stale.year?.value, stale.year?.source], [2024, 'lead']);
    assert.deepEqual(stale.year?.votes.map((v) => `${v.source} ${v.value}`), ['title 2023', 'lead 2024', 'date 2024', 'plan 2024']);
    const lone = parseReport('东湖县人民政府关于2023年法治政府建设情况的报告\n\n2024年，东湖县深入推进法治政府建设。\n\n一、主要举措和成效\n\n正文。', { format: 'plaintext' });
    assert.deepEqual([lone.year?.value, lone.year?.source], [2023, 'title'], 'one place against the title does not outvote it');
    const untitled = parseReport('根据《全面深化法治领域改革纲要（2023—2027年）》要求，2023年，东湖街道深入推进法治政府建设。现将有关情况报告如下：\n\n一、主要举措和成效\n\n正文。', { format: 'plaintext' });
    assert.equal(untitled.year?.value, 2023);
    const since = parseReport('市人民政府：\n\n2022年以来，东湖县人社局坚持依法行政，2021年获评示范单位。\n\n一、主要举措和成效\n\n正文。', { format: 'plaintext' });
    assert.equal(since.year?.value, 2022, 'a lead opening on “2022年以来” speaks of 2022');
  });

  it('a traditional-script copy is read in simplified script at the same offsets', () => {
    const text = '東湖縣人民政府關於2024年法治政府建設情況的報告\n縣人民政府：\n2024年，我縣推進法治政府建設，審核規範性文件37件。';
    const doc = parseReport(text, { format: 'plaintext' });
    assert.equal(doc.norm.length, text.length);
    assert.equal(doc.norm.split('\n')[0], '东湖县人民政府关于2024年法治政府建设情况的报告');
    assert.equal(doc.title?.content, '東湖縣人民政府關於2024年法治政府建設情況的報告');
    assert.equal(doc.addressee?.content, '縣人民政府：');
    // Taiwan phrasing of a converted copy reads as the mainland terms; 檔案 alone stays an archive.
    const taiwan = parseReport('東湖縣人民政府關於2024年法治政府建設情況的報告\n入口網站公開規範性檔案12件，網路申請3件，檔案館1個。', { format: 'plaintext' });
    assert.equal(taiwan.norm.split('\n')[1], '门户网站公开规范性文件12件,网络申请3件,档案馆1个。');
    const simplified = '东湖县人民政府关于2024年法治政府建设情况的报告\n乾隆年间的古建筑。';
    assert.equal(parseReport(simplified, { format: 'plaintext' }).norm, simplified);
  });

  it('a 街道办事处 signs the 落款', () => {
    const doc = parseReport('东湖街道2024年法治政府建设工作报告\n\n一、主要举措和成效\n\n正文。\n\n东湖县人民政府东湖街道办事处\n\n2025年1月20日', { format: 'plaintext' });
    assert.equal(doc.signature?.content, '东湖县人民政府东湖街道办事处');
    assert.equal(doc.date?.text, '2025年1月20日');
    const cut = parseReport('东湖街道2024年法治政府建设工作报告\n\n一、主要举措和成效\n\n正文。\n\n街道', { format: 'plaintext' });
    assert.equal(cut.signature, undefined);
  });

  it('the 附件说明 between the body and the 落款 is its own kind, outside the body and its sections', () => {
    const text = '东湖县2024年法治政府建设情况报告\n\n一、主要举措和成效\n\n正文。\n\n附件：1.行政复议案件统计表\n2、行政执法数据统计表\n\n东湖县人民政府\n\n2025年1月20日';
    const doc = parseReport(text, { format: 'plaintext' });
    const notes = doc.blocks.filter((b) => b.kind === 'attachment');
    assert.deepEqual(notes.map((b) => b.content), ['附件：1.行政复议案件统计表', '2、行政执法数据统计表']);
    assert.equal(notes[1].heading, undefined, '“2、” is the attachment number, not a heading');
    assert.deepEqual(doc.headings.map((h) => h.content), ['主要举措和成效']);
    assert.equal(at(doc, doc.bodySpan).endsWith('正文。'), true);
    assert.equal(doc.signature?.content, '东湖县人民政府');
    // Without a 落款, a body that merely ends in a list is still the body.
    const list = parseReport('东湖县2024年法治政府建设情况报告\n\n一、主要举措和成效\n\n正文如下：\n\n1.要点一\n\n2.要点二', { format: 'plaintext' });
    assert.equal(list.blocks.some((b) => b.kind === 'attachment'), false);
  });

  it('a report delivered at a meeting: where, when and by whom under the title, then the addressee', () => {
    const text = '关于2023年度法治政府建设情况的报告\n——在市第十七届人民代表大会常务委员会第十八次会议上\n市人民政府副市长  张三\n（2024年4月25日）\n\n主任、各位副主任、秘书长、各位委员：\n\n我受市人民政府委托，向市人大常委会报告2023年度法治政府建设情况，请予审议。\n\n一、主要举措和成效\n\n全年审核规范性文件37件。';
    const doc = parseReport(text, { format: 'plaintext' });
    assert.deepEqual(doc.blocks.filter((b) => b.kind === 'subtitle').map((b) => b.content),
      ['——在市第十七届人民代表大会常务委员会第十八次会议上', '市人民政府副市长  张三', '（2024年4月25日）']);
    assert.equal(doc.addressee?.content, '主任、各位副主任、秘书长、各位委员：');
    assert.match(doc.lead?.content ?? '', /^我受市人民政府委托/);
    // Without a line saying where it was delivered, short lines under a title are not subtitles.
    const plain = parseReport('某县2023年法治政府建设情况报告\n县人民政府 办公室\n\n2023年，我县推进法治政府建设。', { format: 'plaintext' });
    assert.equal(plain.blocks.some((b) => b.kind === 'subtitle'), false);
  });

  it('attachments after the 成文日期: each under its label “附件2”, with its title; the 落款 is still the 落款', () => {
    const text = '东湖县2024年法治政府建设情况报告\n\n一、主要举措和成效\n\n正文。\n\n东湖县人民政府\n\n2025年1月20日\n\n附件1\n\n行政复议案件统计表\n\n| 项目 | 数量 |\n| --- | --- |\n| 受理 | 218 |\n\n附件2\n\n行政执法数据统计表\n\n全年办理行政处罚案件1200件。';
    const doc = parseReport(text, { format: 'markdown' });
    assert.equal(doc.signature?.content, '东湖县人民政府');
    assert.equal(doc.date?.text, '2025年1月20日');
    assert.deepEqual(doc.blocks.filter((b) => b.kind.startsWith('appendix')).map((b) => `${b.kind} ${b.content}`),
      ['appendix-label 附件1', 'appendix-title 行政复议案件统计表', 'appendix-label 附件2', 'appendix-title 行政执法数据统计表']);
    assert.ok(doc.bodySpan.end < doc.signature!.span.start, 'the attachments are not body');
    // A bare “附件” line that does not follow the 成文日期 is text.
    const inBody = parseReport('东湖县2024年法治政府建设情况报告\n\n正文。\n\n附件\n\n统计表', { format: 'markdown' });
    assert.equal(inBody.blocks.some((b) => b.kind.startsWith('appendix')), false);
  });

  it('a 附注 between the 成文日期 and the attachments: 落款, 附件说明 and attachments are all found', () => {
    const text = ['东湖县2024年法治政府建设情况报告', '一、主要举措和成效', '正文。', '附件：1.行政复议案件统计表', '2.行政执法数据统计表',
      '东湖县人民政府', '2025年1月20日', '（此件公开发布）', '附件1', '行政复议案件统计表', '全年受理218件。', '附件2', '行政执法数据统计表', '全年办理1200件。'].join('\n\n');
    for (const format of ['markdown', 'plaintext'] as const) {
      const doc = parseReport(text, { format });
      assert.equal(doc.signature?.content, '东湖县人民政府', format);
      assert.equal(doc.date?.text, '2025年1月20日', format);
      assert.deepEqual(doc.blocks.filter((b) => b.kind === 'attachment').map((b) => b.content), ['附件：1.行政复议案件统计表', '2.行政执法数据统计表'], format);
      assert.deepEqual(doc.blocks.filter((b) => b.kind.startsWith('appendix')).map((b) => b.kind),
        ['appendix-label', 'appendix-title', 'appendix-label', 'appendix-title'], format);
      assert.ok(!doc.headings.some((h) => h.content.includes('行政执法数据统计表')), 'the 附件说明 “2.” is no heading');
    }
  });

  it('the 版记 at the end (抄送, 印发) and a 附注 do not hide the 落款', () => {
    const text = '东湖县2024年法治政府建设情况报告\n\n一、主要举措和成效\n\n正文。\n\n东湖县人民政府\n\n2025年1月20日\n\n（此件公开发布）\n\n抄送：县委办公室，县人大常委会办公室。\n\n东湖县人民政府办公室 2025年1月20日印发';
    const doc = parseReport(text, { format: 'plaintext' });
    assert.equal(doc.signature?.content, '东湖县人民政府');
    assert.equal(doc.date?.text, '2025年1月20日');
    assert.deepEqual(doc.blocks.filter((b) => b.kind === 'imprint').map((b) => b.content),
      ['抄送：县委办公室，县人大常委会办公室。', '东湖县人民政府办公室 2025年1月20日印发']);
  });

  it('a huge single line does not blow up', () => {
    const text = '一、测试标题 '.concat('这是一句很长的正文，包含数字123件。'.repeat(20000));
    const t = Date.now();
    const doc = parseReport(text, { format: 'plaintext' });
    assert.ok(Date.now() - t < 3000);
    assert.ok(doc.sentences.length >= 20000);
  });

  it('head and tail lines full of breadcrumb arrows, labels or file names do not blow up', () => {
    const hostile = ['a' + '›a'.repeat(5000) + '。x', '首页' + ' › 栏目'.repeat(2000), '文号:'.repeat(3000), 'x.pdf'.repeat(3000), '(此件'.repeat(3000)];
    const t = Date.now();
    for (const line of hostile) parseReport(`${line}\n东湖县2024年度法治政府建设情况报告\n正文。\n${line}`, { format: 'plaintext' });
    assert.ok(Date.now() - t < 3000);
  });
});

describe('line ends and soft breaks', () => {
  it('a lone CR ends a line, as LSP counts lines: lines, blocks and sentences split there', () => {
    const text = '东湖县2023年法治政府建设情况报告\r县委：\r2023年，全县推进依法行政\r一、主要举措和成效\r正文。';
    const doc = parseReport(text, { format: 'plaintext' });
    assert.deepEqual(doc.lineStarts, [0, 19, 23, 38, 48]);
    assert.equal(positionAt(doc.lineStarts, text.indexOf('正文')).line, 4);
    assert.equal(doc.title?.content, '东湖县2023年法治政府建设情况报告');
    assert.equal(doc.addressee?.content, '县委：');
    assert.deepEqual(titles(doc.sections), ['主要举措和成效']);
    assert.deepEqual(doc.sentences.map((s) => s.text).slice(-3), ['2023年，全县推进依法行政', '主要举措和成效', '正文。']);
    const md = parseReport(text, { format: 'markdown' });
    assert.deepEqual(md.lineStarts, doc.lineStarts);
    assert.deepEqual(titles(md.sections), ['主要举措和成效']);
    // CRLF stays one line end; mixed files count each kind once.
    assert.deepEqual(parseReport('a\r\nb\rc\nd', { format: 'plaintext' }).lineStarts, [0, 3, 5, 7]);
  });

  it('a soft break inside a Markdown paragraph does not end the sentence', () => {
    const text = '全年共评查案卷1216卷，其中优秀卷406卷，合格\n卷734卷，不合格卷76卷。\n\n下一段。\n';
    const doc = parseReport(text, { format: 'markdown' });
    assert.deepEqual(doc.sentences.map((s) => s.text), ['全年共评查案卷1216卷，其中优秀卷406卷，合格\n卷734卷，不合格卷76卷。', '下一段。']);
    // Lines stay blocks of their own (a heading line is still found), and a heading line never runs on.
    const headed = parseReport('一、主要举措\n全年受理12件\n（一）加强领导\n正文。\n', { format: 'markdown' });
    assert.deepEqual(headed.sentences.map((s) => s.text), ['主要举措', '全年受理12件', '加强领导', '正文。']);
  });

  it('plain text: a line is a paragraph (pasted from Word), unless it ends in ，、 or the file is hard-wrapped', () => {
    const word = parseReport('全年受理12件\n审结10件。\n', { format: 'plaintext' });
    assert.deepEqual(word.sentences.map((s) => s.text), ['全年受理12件', '审结10件。']);
    const comma = parseReport('全年受理12件，\n审结10件。\n', { format: 'plaintext' });
    assert.deepEqual(comma.sentences.map((s) => s.text), ['全年受理12件，\n审结10件。']);
    const wrapped = [
      '　　2023年，全县共评查行政执法案卷1216卷，其中优秀卷406卷，合格',
      '卷734卷，不合格卷76卷，优秀卷占33.4%，合格卷占60.4%，不合格卷占',
      '6.3%。全县行政复议机关共收到行政复议申请120件，依法受理112件，',
      '不予受理8件；审结105件，其中维持80件，撤销15件，确认违法10件。',
      '　　二是规范行政执法行为，全面推行行政执法三项制度，执法人员持证上',
      '岗率达到100%，全年组织执法人员培训12期，参训人员达1500人次。',
    ].join('\n');
    const doc = parseReport(wrapped, { format: 'plaintext' });
    const sentences = doc.sentences.map((s) => s.text.replace(/\n/g, '⏎'));
    assert.ok(sentences.includes('2023年，全县共评查行政执法案卷1216卷，其中优秀卷406卷，合格⏎卷734卷，不合格卷76卷，优秀卷占33.4%，合格卷占60.4%，不合格卷占⏎6.3%。'), sentences.join('\n'));
    // An indented line opens a paragraph: the sentence before it is not joined to it.
    assert.ok(sentences.includes('二是规范行政执法行为，全面推行行政执法三项制度，执法人员持证上⏎岗率达到100%，全年组织执法人员培训12期，参训人员达1500人次。'), sentences.join('\n'));
    // Rows of a table written as text are alike in width and end without punctuation, yet wrap nothing: lines stay paragraphs.
    const table = parseReport([
      '全区12315平台共接收投诉举报咨询1.60万件，其中投诉1.35万件，举报1667件，咨询787件；挽回经济损失493.46万元',
      '从数据来源来看，话务接收0件，占比0%；群众互联网填写3997件，占比24.94%；',
      '类型 | 2022年(件) | 去年同时期 | 同比(%)',
      '接收量 | 13572 | 12736 | ↑6.56%',
      '受理量 | 12612 | 12071 | ↑4.48%',
    ].join('\n'), { format: 'plaintext' });
    assert.ok(table.sentences.some((s) => s.text.startsWith('从数据来源来看')), table.sentences.map((s) => s.text).join('\n'));
  });
});

describe('a parse from the last parse of the same document (parse/reuse.ts)', () => {
  // Random characters typed and deleted one after another, among them those that end a sentence or a line, open a
  // heading marker or an enumeration, or trim: each version parsed from the last is the version parsed whole.
  const typed = ['一', '。', '\n', ' ', '、', '是', '（', '二', '\n\n', '；'];
  const cases: { name: string; text: string; format: 'markdown' | 'plaintext' }[] = [
    { name: 'plain text', text: corpus['000'], format: 'plaintext' },
    { name: 'Markdown', text: readFileSync(join(__dirname, '..', '..', 'examples', 'sample-report.md'), 'utf8'), format: 'markdown' },
  ];
  for (const { name, text: start, format } of cases) {
    it(`gives what a whole parse gives, edit after edit (${name})`, () => {
      let seed = 7;
      const random = (n: number) => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return seed % n;
      };
      const memory = new ParseMemory();
      let text = start;
      parseReport(text, { format, memory });
      for (let k = 0; k < 60; k++) {
        const at = random(text.length);
        text = k % 3 === 2 ? text.slice(0, at) + text.slice(at + 1 + random(3)) : text.slice(0, at) + typed[random(typed.length)] + text.slice(at);
        const moved = JSON.stringify(parseReport(text, { format, memory }));
        assert.equal(moved, JSON.stringify(parseReport(text, { format })), `edit ${k} at ${at}`);
      }
    });
  }
});
