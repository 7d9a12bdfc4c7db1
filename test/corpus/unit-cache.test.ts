// The unit cache must not change a single finding: every fixture is checked with and without it, and reports are
// edited block by block (a paragraph inserted, deleted, changed, moved; the title's year changed; a heading renumbered)
// with one cache kept through the edits, as the language server's worker keeps it, comparing after each edit.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport } from '../../src/core/document';
import { lintDocument, type LintRun } from '../../src/core/lint';
import type { Rule } from '../../src/core/rule';
import { loadSegmenter } from '../../src/core/segmenter';
import { UnitCache, UnitStore } from '../../src/core/unit-cache';
import { documentUnits, type UnitKey } from '../../src/core/units';

const root = join(__dirname, '..', '..');
const today = new Date('2025-03-01');
type Format = 'markdown' | 'plaintext';

const corpus = readdirSync(join(root, 'test', 'fixtures', 'corpus')).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => ({ name: f, text: readFileSync(join(root, 'test', 'fixtures', 'corpus', f), 'utf8'), format: 'plaintext' as Format }));
const concatenated = { name: 'the corpus reports one after the other', text: corpus.map((c) => c.text).join('\n'), format: 'plaintext' as Format };
const examples = readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.md')).sort()
  .map((f) => ({ name: f, text: readFileSync(join(root, 'examples', f), 'utf8'), format: 'markdown' as Format }));

/**
 * What a check gives the editor: the findings, the relations that held, the figure index, the prose numbers, the Han
 * characters of the prose and where the outline found each item.
 */
function outcome(run: LintRun): string {
  const { figures, sentences, asides } = run.analyses.figures();
  const index = { figures, sentences: sentences.map(({ firstMatches: _matches, readings: _readings, ...s }) => s), asides: [...asides] };
  const { headings, evidence } = run.analyses.outline();
  return JSON.stringify({
    findings: run.findings, held: run.analyses.held(), failures: run.failures, index, numbers: run.analyses.numbers(), han: run.analyses.han(),
    outline: { evidence, headings: headings.map((h) => [h.titleSpan, h.items]) },
  });
}

function compare(text: string, format: Format, cache: UnitCache, what: string): void {
  const segmenter = loadSegmenter();
  const doc = parseReport(text, { format });
  const whole = outcome(lintDocument(doc, { segmenter, options: { today } }));
  // Parsed as the language server's worker parses: the blocks and sentences of the cache's last parse moved where the
  // edit left them (parse/reuse.ts).
  const moved = parseReport(text, { format, memory: cache.parse });
  assert.equal(JSON.stringify(moved), JSON.stringify(doc), `${what}: the document parsed from the last parse differs from one parsed whole`);
  const cached = outcome(lintDocument(moved, { segmenter, options: { today }, unitCache: cache }));
  assert.equal(cached, whole, `${what}: the findings with the unit cache differ from those without`);
}

/** The body's paragraphs (a run-in heading "（一）……。" is one too) as [start, end) with their line break, for edits. */
function paragraphSpans(text: string, format: Format): { start: number; end: number }[] {
  const doc = parseReport(text, { format });
  return doc.blocks.filter((b) => (b.kind === 'paragraph' || b.kind === 'heading') && b.content.length > 20)
    .map((b) => ({ start: b.span.start, end: Math.min(text.length, b.span.end + 1) }));
}

/** The k-th paragraph, or the last of a shorter report. */
function paragraph(text: string, format: Format, k: number): { start: number; end: number } {
  const spans = paragraphSpans(text, format);
  return spans[Math.min(k, spans.length - 1)];
}

const edits: { name: string; apply(text: string, format: Format): string }[] = [
  { name: 'a character typed in the middle of a paragraph', apply: (t, f) => {
    const p = paragraph(t, f, 2);
    const at = (p.start + p.end) >> 1;
    return t.slice(0, at) + '一' + t.slice(at);
  } },
  // Every unit after the first paragraph moves, and then moves back: their figures and numbers are moved in place.
  { name: 'a character typed at the start of the first paragraph', apply: (t, f) => {
    const p = paragraph(t, f, 0);
    return `${t.slice(0, p.start)}一${t.slice(p.start)}`;
  } },
  { name: 'that character deleted again', apply: (t, f) => {
    const p = paragraph(t, f, 0);
    return t.slice(0, p.start) + t.slice(p.start + 1);
  } },
  { name: 'a figure changed', apply: (t) => t.replace(/(\d+)(件|人|个)/, (_m, n: string, u: string) => `${Number(n) + 7}${u}`) },
  { name: 'a paragraph inserted', apply: (t, f) => {
    const p = paragraph(t, f, 3);
    return `${t.slice(0, p.start)}全年共办理行政复议案件120件，其中维持80件、撤销30件、确认违法5件，纠错率29.2%。\n${t.slice(p.start)}`;
  } },
  { name: 'a paragraph deleted', apply: (t, f) => {
    const p = paragraph(t, f, 4);
    return t.slice(0, p.start) + t.slice(p.end);
  } },
  { name: 'a paragraph moved to the end of the body', apply: (t, f) => {
    const ps = paragraphSpans(t, f);
    const [moved, before] = [ps[1], ps[ps.length - 2]];
    const piece = t.slice(moved.start, moved.end).replace(/\n?$/, '\n');
    const rest = t.slice(0, moved.start) + t.slice(moved.end);
    const at = before.start - (moved.end - moved.start);
    return rest.slice(0, at) + piece + rest.slice(at);
  } },
  { name: 'the year in the title changed', apply: (t) => t.replace(/(19|20)(\d\d)(?=\s*年)/, (_m, c: string, y: string) => `${c}${String(Number(y) - 1).padStart(2, '0')}`) },
  { name: 'a heading renumbered', apply: (t) => t.replace(/^(\s*#*\s*)二、/m, '$1三、') },
  { name: 'two lines joined', apply: (t, f) => {
    const p = paragraph(t, f, 5);
    return t.slice(0, p.end - 1) + t.slice(p.end);
  } },
  { name: 'a paragraph split in two', apply: (t, f) => {
    const p = paragraph(t, f, 3);
    const at = t.indexOf('。', p.start);
    return at > 0 && at < p.end - 2 ? `${t.slice(0, at + 1)}\n${t.slice(at + 1)}` : t;
  } },
  // The head now reads as traditional script: every line's reading view (norm) is converted, no line's text changed
  // but the first.
  { name: 'the head written in traditional script', apply: (t) => `報告關於國家機構設置與實務\n${t}` },
  { name: 'a half-width comma and a stacked approximation typed', apply: (t, f) => {
    const p = paragraph(t, f, 2);
    return `${t.slice(0, p.start)}共约1000余人参加,覆盖15~30%的单位。${t.slice(p.start)}`;
  } },
  // What the marks to convert of a unit depend on besides its text (punctuation/half-width): the heading markers and
  // the spans skipped (a link).
  { name: 'a heading marker in half-width brackets and a link with commas typed', apply: (t, f) => {
    const marked = t.replace(/^(\s*#*\s*)（二）/m, '$1(二)');
    const p = paragraph(marked, f, 6);
    return `${marked.slice(0, p.start)}详见网站www.example.org/a,b,c(第2页),共3项。${marked.slice(p.start)}`;
  } },
  // punctuation/titles: a title inside a title, and 顿号 between titles, one of them in a link.
  { name: 'a nested title and titles joined by 顿号 typed', apply: (t, f) => {
    const p = paragraph(t, f, 7);
    return `${t.slice(0, p.start)}依照《关于修订《示例管理办法》的决定》、《示例细则》和[《示例规程》、《示例指引》](http://example.org/x、y)办理。${t.slice(p.start)}`;
  } },
  // meta/relative-year: the words read per unit, the report's year (changed above) only in the message.
  { name: 'relative years typed, one inside a title', apply: (t, f) => {
    const p = paragraph(t, f, 8);
    return `${t.slice(0, p.start)}今年印发《明年示例计划》，较去年多2项。\n${t.slice(p.start)}`;
  } },
  // structure/numbering-enumeration: the markers read per unit, the runs joined across paragraphs report-wide.
  { name: 'an enumeration typed over two paragraphs, one item skipped', apply: (t, f) => {
    const p = paragraph(t, f, 9);
    return `${t.slice(0, p.start)}一是完善示例机制，二是健全示例台账。\n四是加强示例督办。\n${t.slice(p.start)}`;
  } },
  // figure/conflict: list counts read per unit, one of them at the start of its line.
  { name: 'lists counted rightly and wrongly typed', apply: (t, f) => {
    const p = paragraph(t, f, 10);
    return `${t.slice(0, p.start)}围绕示例甲、示例乙、示例丙三个方面推进，覆盖示例丁、示例戊三个领域。\n两个环节、示例己、示例庚4个行业同步开展。\n${t.slice(p.start)}`;
  } },
];

// A made-up report whose figures are restated (figure/conflict's restatements): in a headline, under headings of
// periods, named short, of last year, as the frame of what follows, in the plans.
// Paragraphs longer than a unit's margin (UNIT_MARGIN): an edit changes the keys of its unit and the next ones' alone.
const filler = '持续深化示例改革，健全示例制度体系，推动各项示例工作落地见效。'.repeat(10);
const restatedReport = [
    '某县2023年法治政府建设年度报告', '',
    '全县办理示例复议案件186件 示例复议纠错率达17.35%', '',
    '一、2023年主要工作', '',
    `全年共办理示例复议案件186件，同比增长12.5%，示例复议纠错率为17.35%。${filler}`, '',
    `去年共受理示例投诉2453件，办结示例投诉2391件。${filler}`, '',
    '（一）上半年示例工作', '',
    `上半年共受理示例申请318件。其中，依法受理296件，不予受理22件。${filler}`, '',
    `受理的318件示例申请中，涉及示例登记的104件。${filler}`, '',
    '二、示例监督情况', '',
    `2023年共办理示例复议案件168件，纠错率17.53%。${filler}`, '',
    `2022年共受理示例投诉2453件，办结示例投诉2391件。${filler}`, '',
    `全县共有示例调解员1250名，示例调解组织86个。${filler}`, '',
    `全县示例调解员1205名，较上年增加35名。${filler}`, '',
  '各项示例工作有序开展。', '',
    '三、2024年工作安排', '',
    `计划办理示例复议案件200件。${filler}`, '',
    ].join('\n');

describe('unit cache', function () {
  this.timeout(120_000);

  for (const fixture of [...corpus, concatenated, ...examples]) {
    it(`finds the same with and without it, cold and warm: ${fixture.name}`, () => {
      // A first check runs the local rules on the whole report and splits their findings into units …
      const split = new UnitCache();
      compare(fixture.text, fixture.format, split, 'cold, split from the whole report');
      assert.ok(split.size > 0, 'the split findings were kept');
      compare(fixture.text, fixture.format, split, 'warm, after the split');
      // … or, as for an edit, runs them on each unit alone.
      const perUnit = new UnitCache({ maxMissingShare: 1 });
      compare(fixture.text, fixture.format, perUnit, 'cold, unit by unit');
      compare(fixture.text, fixture.format, perUnit, 'warm, after unit by unit');
    });
  }

  for (const fixture of [corpus[0], corpus[corpus.length - 1], examples[0]]) {
    it(`finds the same after each edit of ${fixture.name}, one cache kept through the edits`, () => {
      const cache = new UnitCache();
      let text = fixture.text;
      compare(text, fixture.format, cache, 'before any edit');
      for (const edit of edits) {
        text = edit.apply(text, fixture.format);
        compare(text, fixture.format, cache, edit.name);
      }
    });
  }

  it('finds the same when a section becomes the plans, though the units of its figures are unchanged', () => {
    // The restated figure stands more than a unit's margin below the heading: its unit's key stays the same, and what
    // figure/conflict kept of its sentence was read outside a plan.
    const filler = '坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻落实党中央、国务院关于法治政府建设的决策部署，扎实推进依法行政各项工作。'.repeat(6);
    const report = (second: string) =>
      `某市2023年法治政府建设年度报告\n\n一、主要举措\n\n${filler}\n\n全年共办理行政复议案件120件。\n\n二、${second}\n\n${filler}\n\n全年共办理行政复议案件150件。\n`;
    const cache = new UnitCache();
    const conflicts = (text: string) => lintDocument(parseReport(text, { format: 'plaintext' }), { segmenter: loadSegmenter(), unitCache: cache })
      .findings.filter((f) => f.code === 'figure/conflict').length;
    assert.equal(conflicts(report('其他工作')), 2);
    assert.equal(conflicts(report('2024年工作安排')), 0);
    compare(report('2024年工作安排'), 'plaintext', cache, 'the plans');
  });

  // figure/conflict keeps, from one check to the next, what it read of each set of mentions alike (figure-restated.ts
  // RestatedMemo): every edit below touches what one of its readings depends on — a value, the words, a period word before
  // the figures, a heading's period over them, the title's year, 去年 read as the report's year, a paragraph going on from
  // the one before, a block inserted between two mentions.
  it('finds the same as a whole check through edits of restated figures, one cache kept', () => {
    const edits: [string, (t: string) => string][] = [
      ['a character typed far from every figure', (t) => t.replace('各项示例工作有序开展。', '各项示例工作有序开展一。')],
      ['a value restated changed', (t) => t.replace('纠错率17.53%', '纠错率17.35%')],
      ['that value changed back', (t) => t.replace('168件，纠错率17.35%', '168件，纠错率17.53%')],
      ['the words of a mention changed', (t) => t.replace('2023年共办理示例复议案件168件', '2023年共审结示例复议案件168件')],
      ['a period word typed before a figure', (t) => t.replace('全县共有示例调解员1250名', '截至6月底，全县共有示例调解员1250名')],
      ['a heading\'s period changed', (t) => t.replace('（一）上半年示例工作', '（一）下半年示例工作')],
      ['the heading of a section of figures renamed', (t) => t.replace('二、示例监督情况', '二、2022年示例监督情况')],
      ['the title\'s year changed', (t) => t.replace('某县2023年', '某县2024年')],
      ['the title\'s year changed back', (t) => t.replace('某县2024年', '某县2023年')],
      ['last year\'s figures stated unlike', (t) => t.replace('2022年共受理示例投诉2453件', '2022年共受理示例投诉2435件')],
      ['a paragraph going on with 其中 split from the one before', (t) => t.replace('。其中，依法受理296件', '。\n其中，依法受理296件')],
      ['a block inserted between two mentions', (t) => t.replace('截至6月底，', `示例工作有序推进。${filler}\n\n截至6月底，`)],
      ['a headline\'s value changed', (t) => t.replace('示例复议案件186件 ', '示例复议案件185件 ')],
      ['the plans\' heading renamed', (t) => t.replace('三、2024年工作安排', '三、其他示例工作')],
    ];
    const cache = new UnitCache();
    let text = restatedReport;
    compare(text, 'plaintext', cache, 'before any edit');
    for (const [name, edit] of edits) {
      const next = edit(text);
      assert.notEqual(next, text, `${name}: the edit applies`);
      text = next;
      compare(text, 'plaintext', cache, name);
    }
  });

  // What a set's readings depend on outside the units of its mentions: each edit below changes whether two mentions are
  // one figure (and so the conflicts found) without changing a unit that holds either.
  const far = (head: string, ...paragraphs: string[]) => ['某县2023年法治政府建设年度报告', '', head, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
  const outsideTheirUnits: [string, string, string, string][] = [
    // The period of the headings over them.
    ['a heading\'s period', far('一、上半年示例工作', filler, `全县共受理示例申请3185件。${filler}`, filler, '二、下半年示例工作', filler, `全县共受理示例申请3158件。${filler}`), '二、下半年', '二、上半年'],
    // The period words of a paragraph whose 其中 goes on in the next block unit.
    ['the period word of the paragraph a 其中 goes on from', far('一、主要工作', `上半年，全县共办理示例案件5000件。${filler}`, '其中，审结示例案件2965件。', filler, `上半年，全县审结示例案件2695件。${filler}`), '上半年，全县共办理', '下半年，全县共办理'],
    // 去年 read as the report's year, where the figures of last year and of the year elsewhere agree.
    ['去年 read as the report\'s year', far('一、主要工作', `去年共办理示例复议案件1234件。${filler}`, `2023年共办理示例复议案件1234件。${filler}`, `去年共受理示例诉讼案件2345件。${filler}`,
      `2023年共受理示例诉讼案件2345件。${filler}`, `去年共调解示例纠纷3456件。${filler}`, `2023年共调解示例纠纷3465件。${filler}`), '2023年共受理示例诉讼案件2345件', '2023年共受理示例诉讼案件2346件'],
    // The report's year, in its title.
    ['the title\'s year', far('一、主要工作', filler, `全年共办理示例复议案件1867件。${filler}`, filler, `2023年共办理示例复议案件1876件。${filler}`), '某县2023年', '某县2024年'],
    // The one year months without a year are stated with elsewhere, in a report whose year is not known.
    ['the year of months stated without one', far('一、主要工作', filler, `上半年，共受理示例申请3185件。${filler}`, filler, `2023年上半年，共受理示例申请3158件。${filler}`, filler,
      `2023年1月1日至6月30日，共办理示例案件500件。${filler}`).replace('某县2023年', '某县'), '2023年1月1日', '2022年1月1日'],
  ];
  for (const [name, text, original, edited] of outsideTheirUnits) {
    it(`finds the same as a whole check when ${name} changes, the units of the mentions unchanged`, () => {
      assert.ok(text.includes(original), 'the edit applies');
      const after = text.replace(original, edited);
      const conflicts = (t: string) => lintDocument(parseReport(t, { format: 'plaintext' }), { segmenter: loadSegmenter(), options: { today } })
        .findings.filter((f) => f.code === 'figure/conflict').length;
      assert.notEqual(conflicts(after), conflicts(text), 'the edit changes what is found');
      const cache = new UnitCache();
      compare(text, 'plaintext', cache, 'before');
      compare(after, 'plaintext', cache, 'after');
      compare(text, 'plaintext', cache, 'back');
    });
  }

  it('keeps what figure/conflict read of the sets of mentions an edit left alone', () => {
    const [text, format] = [restatedReport, 'plaintext' as Format];
    const segmenter = loadSegmenter();
    const cache = new UnitCache();
    const kept = () => {
      const memos = [...cache.rules.values()] as { ties: Map<string, unknown>; components: Map<object, unknown> }[];
      return new Set(memos.flatMap((m) => [...m.ties.values(), ...m.components.values()]));
    };
    lintDocument(parseReport(text, { format }), { segmenter, unitCache: cache });
    const before = kept();
    assert.ok(before.size > 2, `${before.size} sets kept`);
    compare(text.replace('各项示例工作有序开展。', '各项示例工作有序开展一。'), format, cache, 'a character typed far from every figure');
    assert.deepEqual(kept(), before, 'every set read again');
    // A value changed: the sets it is in are read again, not the others.
    compare(text.replace('纠错率17.53%', '纠错率17.35%'), format, cache, 'a value changed');
    const after = kept();
    const same = [...after].filter((x) => before.has(x)).length;
    assert.ok(same > 0 && same < after.size, `${after.size - same} of ${after.size} sets read again`);
  });

  // Single characters typed and deleted where the figures are, at random (seeded): after each, the same as a whole check.
  for (const [name, start, format] of [['the made-up report', restatedReport, 'plaintext'], [corpus[2].name, corpus[2].text, corpus[2].format]] as const) {
  it(`finds the same as a whole check after random edits among the figures of ${name}, one cache kept`, () => {
    let seed = 12;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const typed = ['1', '7', '0', '年', '件', '率', '去年', '。', '\n', '其中', '%', '全县'];
    const cache = new UnitCache();
    let text = start;
    compare(text, format, cache, 'before any edit');
    for (let k = 0; k < 30; k++) {
      const digits = [...text.matchAll(/[0-9]/g)];
      const at = digits[Math.floor(random() * digits.length)].index as number;
      const edit = random() < 0.4 ? `delete at ${at}` : `type at ${at}`;
      text = edit.startsWith('delete') ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + typed[Math.floor(random() * typed.length)] + text.slice(at);
      compare(text, format, cache, `edit ${k}: ${edit}`);
    }
  });
  }

  it('finds the same where a paragraph opening with 其中 goes on from the block unit before', () => {
    const text = '某市2023年法治政府建设年度报告\n\n一、主要举措\n\n全年共收到群众来信240件。\n其中，省转办60件，市转办50件，区转办150件。\n';
    const cache = new UnitCache();
    compare(text, 'plaintext', cache, 'cold');
    compare(text.replace('240件', '260件'), 'plaintext', cache, 'the total changed');
  });

  it('finds the same after the writer\'s words change, one cache kept', () => {
    const { text, format } = corpus[0];
    const segmenter = loadSegmenter();
    const cache = new UnitCache();
    for (const words of [[], ['行政复议案件', '调解工作室'], []]) {
      const check = (unitCache?: UnitCache) => outcome(lintDocument(parseReport(text, { format }), { segmenter, options: { today, words }, unitCache }));
      assert.equal(check(cache), check(), `words ${words.join('、') || 'none'}`);
    }
  });

  it('reuses the units an edit did not touch', () => {
    const { text, format } = corpus[0];
    const segmenter = loadSegmenter();
    const cache = new UnitCache();
    lintDocument(parseReport(text, { format }), { segmenter, unitCache: cache });
    const kept = cache.size;
    const p = paragraph(text, format, 6);
    const at = (p.start + p.end) >> 1;
    lintDocument(parseReport(`${text.slice(0, at)}一${text.slice(at)}`, { format }), { segmenter, unitCache: cache });
    // The edited unit of each locality is new, and at most its neighbours (whose margins hold the edit); everything
    // else was found in the cache.
    const units = documentUnits(parseReport(text, { format }));
    assert.ok(units.block.length + units.section.length > 20);
    assert.ok(cache.size >= kept + 2 && cache.size <= kept + 6, `${cache.size - kept} units checked again`);
  });

  it('moves the blocks and sentences of the last parse that an edit left alone', () => {
    const { text, format } = corpus[0];
    const cache = new UnitCache();
    const before = parseReport(text, { format, memory: cache.parse });
    const [first, last] = [before.blocks[1], before.blocks[before.blocks.length - 2]];
    const [firstSentence, lastSentence] = [before.sentences[1], before.sentences[before.sentences.length - 2]];
    const p = paragraph(text, format, 6);
    const at = (p.start + p.end) >> 1;
    const after = parseReport(`${text.slice(0, at)}一${text.slice(at)}`, { format, memory: cache.parse });
    assert.equal(after.blocks[1], first, 'a block before the edit is the same object');
    assert.equal(after.blocks[after.blocks.length - 2], last, 'a block after the edit is the same object, moved');
    assert.equal(last.content, after.text.slice(last.contentSpan.start, last.contentSpan.end));
    assert.equal(after.sentences[1], firstSentence);
    assert.equal(after.sentences[after.sentences.length - 2], lastSentence);
    assert.equal(lastSentence.text, after.text.slice(lastSentence.span.start, lastSentence.span.end));
    // A head in traditional script reads whole phrases: nothing is taken.
    const traditional = `報告關於國家機構設置與實務\n${text}`;
    parseReport(traditional, { format, memory: cache.parse });
    const again = parseReport(`${traditional}一`, { format, memory: cache.parse });
    assert.ok(!again.blocks.some((b) => before.blocks.includes(b)));
  });

  it('gives a report-wide rule each unit\'s reading, read again only for the units an edit touched or whose other inputs changed', () => {
    const { text, format } = corpus[0];
    const key = {};
    let reads = 0;
    let fresh = true;
    const probe: Rule = {
      id: 'probe/units',
      codes: { 'probe/units': { severity: 'hint', description: 'units', descriptionEn: 'units', fixable: false, doc: '' } },
      meta: { description: 'units', descriptionEn: 'units' },
      check: (doc, ctx) => {
        const units = ctx.unitReadings(key, (unit, base, window) => {
          reads++;
          return { start: unit.span.start - base, text: window.slice(unit.span.start - base, unit.span.end - base) };
        }, () => fresh);
        // Each value is its unit's, in offsets from the unit's window.
        for (const { unit, base, value } of units ?? []) assert.equal(value.text, doc.text.slice(value.start + base, unit.span.end));
        return [];
      },
    };
    const cache = new UnitCache();
    const lint = (t: string) => lintDocument(parseReport(t, { format }), { rules: [probe], unitCache: cache });
    lint(text);
    const units = documentUnits(parseReport(text, { format })).block.length;
    assert.equal(reads, units);
    const p = paragraph(text, format, 6);
    const at = (p.start + p.end) >> 1;
    reads = 0;
    lint(`${text.slice(0, at)}一${text.slice(at)}`);
    // The edited unit, and the neighbours whose margins hold the edit.
    assert.ok(reads >= 1 && reads <= 5, `${reads} units read again`);
    // What the rule says the kept readings depend on changed: every unit is read again.
    fresh = false;
    reads = 0;
    lint(text);
    assert.equal(reads, units);
    // Without a unit cache the rule reads the report whole.
    assert.equal(lintDocument(parseReport(text, { format }), { rules: [{ ...probe, check: (_doc, ctx) => {
      assert.equal(ctx.unitReadings(key, () => 0, () => true), undefined);
      return [];
    } }] }).findings.length, 0);
  });

  it('numbers report-wide contexts without ever giving one number to two contexts', () => {
    const cache = new UnitCache();
    const first = cache.contextId('2023 options');
    assert.equal(cache.contextId('2023 options'), first);
    const second = cache.contextId('2024 options');
    assert.notEqual(second, first);
    // Past its bound the numbering is forgotten, never restarted: a context seen again gets a number of its own.
    const seen = new Set([first, second]);
    for (let k = 0; k < 100; k++) seen.add(cache.contextId(`context ${k}`));
    assert.equal(seen.size, 102);
    assert.ok(!seen.has(cache.contextId('2023 options')));
  });

  it('stays within its bounds, dropping the least recently used units', () => {
    const { text, format } = corpus[0];
    const doc = parseReport(text, { format });
    const units = documentUnits(doc);
    const cache = new UnitCache({ maxUnits: 5 });
    lintDocument(doc, { segmenter: loadSegmenter(), unitCache: cache });
    assert.ok(units.block.length + units.section.length > 5);
    // Past the bound the least recently used go down to seven eighths of it (4 of 5), then it fills up again.
    assert.ok(cache.size >= 4 && cache.size <= 5, `${cache.size} units kept`);
    const small = new UnitCache({ maxBytes: 2 * text.length });
    lintDocument(doc, { segmenter: loadSegmenter(), unitCache: small });
    assert.ok(small.size < units.block.length + units.section.length);
  });

  it('drops the least recently set or found units first, by their text, shape and context', () => {
    const store = new UnitStore<number>(8, 1e9, () => 0);
    const key = (k: number): UnitKey => ({ shape: `shape ${k % 2}`, text: `第${k}段`, hash: k % 3 });
    for (let k = 0; k < 8; k++) store.set(1, key(k), k);
    assert.equal(store.get(1, key(0)), 0);
    assert.equal(store.get(2, key(0)), undefined, 'another context');
    assert.equal(store.get(1, { ...key(0), shape: 'shape 1' }), undefined, 'another shape');
    assert.equal(store.get(1, { ...key(0), text: '第3段' }), undefined, 'another text of the same hash');
    store.set(1, key(8), 8);
    // Nine past a bound of eight: the two least recently used (1 and 2; 0 was just found) go, seven stay.
    assert.equal(store.size, 7);
    assert.deepEqual([0, 1, 2, 3, 8].map((k) => store.get(1, key(k))), [0, undefined, undefined, 3, 8]);
    store.set(1, key(3), 33);
    assert.equal(store.size, 7, 'set again, not added');
    assert.equal(store.get(1, key(3)), 33);
  });

  it('units cover every block once, on whole lines, in order', () => {
    for (const { text, format } of [...corpus, ...examples]) {
      const doc = parseReport(text, { format });
      for (const list of Object.values(documentUnits(doc))) {
        assert.deepEqual(list.flatMap((u) => Array.from({ length: u.last - u.first + 1 }, (_, k) => u.first + k)), doc.blocks.map((b) => b.index));
        for (const u of list) {
          assert.ok(u.span.start === 0 || /[\r\n]/.test(text[u.span.start - 1]));
          assert.ok(u.span.end === text.length || /[\r\n]/.test(text[u.span.end]));
        }
      }
    }
  });

  it('keys a unit by every field of its blocks, sentences and sections (a new field must join unitKey in units.ts)', () => {
    const known = {
      block: ['kind', 'span', 'contentSpan', 'content', 'heading', 'markdownDepth', 'listItem', 'rows', 'enumerations', 'index'],
      heading: ['level', 'ordinal', 'style', 'markerText', 'markerSpan', 'canonicalText'],
      enumeration: ['ordinal', 'markerText', 'markerSpan'],
      sentence: ['span', 'text', 'blockIndex'],
      section: ['heading', 'level', 'title', 'titleSpan', 'span', 'children', 'blocks'],
    };
    const fields = { block: new Set<string>(), heading: new Set<string>(), enumeration: new Set<string>(), sentence: new Set<string>(), section: new Set<string>() };
    const table = '| 项目 | 数量 |\n| --- | --- |\n| 行政复议 | 12件 |\n\n1. 第一项\n';
    for (const { text, format } of [...corpus, ...examples, { text: table, format: 'markdown' as Format }]) {
      const doc = parseReport(text, { format });
      for (const b of doc.blocks) {
        Object.keys(b).forEach((k) => fields.block.add(k));
        if (b.heading) Object.keys(b.heading).forEach((k) => fields.heading.add(k));
        for (const e of b.enumerations) Object.keys(e).forEach((k) => fields.enumeration.add(k));
      }
      for (const x of doc.sentences) Object.keys(x).forEach((k) => fields.sentence.add(k));
      const walk = (list: typeof doc.sections) => list.forEach((x) => { Object.keys(x).forEach((k) => fields.section.add(k)); walk(x.children); });
      walk(doc.sections);
    }
    for (const [what, seen] of Object.entries(fields)) {
      assert.deepEqual([...seen].filter((k) => !known[what as keyof typeof known].includes(k)), [], `${what} has fields unitKey does not know`);
    }
  });

  it('runs a local rule on each unit alone, and a report-wide rule on the whole report', () => {
    const { text, format } = corpus[0];
    const seen: Record<string, string[]> = { whole: [], block: [] };
    const probe = (id: 'whole' | 'block'): Rule => ({
      id: `probe/${id}`,
      codes: { [`probe/${id}`]: { severity: 'hint', description: id, descriptionEn: id, fixable: false, doc: '' } },
      meta: { description: id, descriptionEn: id, locality: id === 'block' ? 'block' : undefined },
      check: (doc) => { seen[id].push(doc.text); return []; },
    });
    const doc = parseReport(text, { format });
    lintDocument(doc, { rules: [probe('whole'), probe('block')], unitCache: new UnitCache({ maxMissingShare: 1 }) });
    assert.deepEqual(seen.whole, [text]);
    assert.equal(seen.block.length, documentUnits(doc).block.length);
    assert.ok(seen.block.every((t) => t.length < text.length && text.includes(t)));
  });
});
