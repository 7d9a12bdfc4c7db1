// fazhiReport/figures: every figure of a report by section, with the relations it takes part in (findings and the
// relations that held), in ranges of the text as it is now — from the last check, mapped over the edits since.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { figuresRequest, type FiguresReply, type ReportFigure } from '../../src/server/figures-protocol';
import { TestClient } from './client';

const examples = join(__dirname, '..', '..', 'examples');
const sample = readFileSync(join(examples, 'sample-report.md'), 'utf8');
const corrected = readFileSync(join(examples, 'sample-report-corrected.md'), 'utf8');

function figureIn(reply: FiguresReply, section: string, text: string): ReportFigure {
  const figure = reply.sections.find((s) => s.title === section)?.figures.find((f) => f.text === text);
  assert.ok(figure, `${text} under ${section}`);
  return figure;
}

describe('language server: the figures of a report (fazhiReport/figures)', function () {
  this.timeout(20000);
  let client: TestClient;

  beforeEach(async () => {
    // A long pause before re-checking: the requests after an edit read the earlier check through the edit.
    client = TestClient.inProcess({ loadSegmenter: false });
    await client.initialize({ settings: { debounceMs: 5000 } });
  });
  afterEach(async () => client.stop());

  it('groups the figures by the section they are under, each with its metric and the finding it takes part in', async () => {
    const uri = 'file:///virtual/sample-report.md';
    client.open(uri, sample);
    await client.diagnostics(uri);
    const reply = await client.request<FiguresReply>(figuresRequest, { uri });
    assert.equal(reply.version, 1);
    const titles = reply.sections.map((s) => s.title);
    assert.ok(titles.includes('（二）健全依法行政制度体系'), titles.join(' | '));
    const total = figureIn(reply, '（二）健全依法行政制度体系', '126件');
    assert.equal(total.value, 126);
    assert.equal(total.unit, '件');
    assert.match(total.metric, /规范性文件/);
    const line = sample.split('\n').findIndex((l) => l.includes('共清理规范性文件126件'));
    assert.equal(total.range.start.line, line);
    assert.equal(total.range.start.character, sample.split('\n')[line].indexOf('126件'));
    const sum = total.relations.find((r) => r.code === 'figure/sum');
    assert.ok(sum && !sum.holds && sum.severity === 'error');
    assert.match(sum.message, /92\+21\+12=125/);
    // A part takes part in the same finding; a figure no rule related has no relations.
    assert.ok(figureIn(reply, '（二）健全依法行政制度体系', '12件').relations.some((r) => r.code === 'figure/sum'));
    assert.deepEqual(figureIn(reply, '（二）健全依法行政制度体系', '37件').relations, []);
  });

  it('says which relations were checked and held', async () => {
    const uri = 'file:///virtual/sample-report-corrected.md';
    client.open(uri, corrected);
    await client.diagnostics(uri);
    const reply = await client.request<FiguresReply>(figuresRequest, { uri });
    const total = figureIn(reply, '（二）健全依法行政制度体系', '126件');
    assert.deepEqual(total.relations.map((r) => [r.code, r.holds]), [['figure/sum', true]]);
    assert.match(total.relations[0].message, /92\+21\+13=126/);
    assert.deepEqual(figureIn(reply, '（二）健全依法行政制度体系', '13件').relations.map((r) => r.holds), [true]);
    // Rates and shares that check out are listed too.
    const heldOf = (section: string, text: string, code: string) => figureIn(reply, section, text).relations.find((r) => r.code === code && r.holds)?.message ?? '';
    assert.match(heldOf('（四）依法有效化解社会矛盾纠纷', '98.6%', 'figure/rate'), /5188件÷5260件/);
    assert.match(heldOf('（三）严格规范公正文明执法', '32.5%', 'figure/share'), /390卷÷1200卷/);
  });

  it('maps the ranges over edits made since the check, and leaves out the figures an edit reached into', async () => {
    const uri = 'file:///virtual/edited.md';
    client.open(uri, sample);
    await client.diagnostics(uri);
    const before = figureIn(await client.request<FiguresReply>(figuresRequest, { uri }), '（二）健全依法行政制度体系', '126件');
    // A new line above the section: the figure moves down a line.
    client.change(uri, sample.replace('### （二）健全依法行政制度体系', '新增一行。\n\n### （二）健全依法行政制度体系'));
    const moved = figureIn(await client.request<FiguresReply>(figuresRequest, { uri }), '（二）健全依法行政制度体系', '126件');
    assert.deepEqual(moved.range, {
      start: { line: before.range.start.line + 2, character: before.range.start.character },
      end: { line: before.range.end.line + 2, character: before.range.end.character },
    });
    // The 92 retyped: it may have changed, so it is left out until the next check; its neighbours stay.
    const version = client.change(uri, sample.replace('保留92件', '保留93件'));
    const after = await client.request<FiguresReply>(figuresRequest, { uri });
    assert.equal(after.version, version);
    const texts = after.sections.flatMap((s) => s.figures.map((f) => f.text));
    assert.ok(!texts.includes('92件') && !texts.includes('93件'));
    assert.deepEqual(figureIn(after, '（二）健全依法行政制度体系', '126件').range, before.range);
    figureIn(after, '（二）健全依法行政制度体系', '12件');
    assert.equal(await client.request<FiguresReply | null>(figuresRequest, { uri: 'file:///virtual/unknown.md' }), null);
  });
});
