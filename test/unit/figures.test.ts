import assert from 'node:assert/strict';
import { parseReport } from '../../src/core/document';
import { createRuleContext } from '../../src/core/analyses';
import { extractFigures, judgeRounding, percentInterval, type Figure } from '../../src/core/figures';
import { roundHalfUp, truncate } from '../../src/core/numbers';
import { defaultLintOptions } from '../../src/core/rule';
import { loadSegmenter } from '../../src/core/segmenter';

function figures(body: string, withSegmenter = false): { text: string; list: Figure[] } {
  const text = `${body}\n`;
  const index = extractFigures(parseReport(text, { format: 'markdown' }), withSegmenter ? loadSegmenter() : undefined);
  return { text, list: index.figures };
}

const texts = (r: { text: string; list: Figure[] }) => r.list.map((f) => r.text.slice(f.span.start, f.span.end));

describe('figure engine', () => {
  it('extracts value, unit, approximation and exact ranges', () => {
    const r = figures('全市共清理规范性文件325件，取消40余项，核减3.7亿元，成功率99.51%。');
    assert.deepEqual(texts(r), ['325件', '40余项', '3.7亿元', '99.51%']);
    const [total, approx, money, rate] = r.list;
    assert.equal(total.value, 325);
    assert.equal(total.unit, '件');
    assert.equal(total.totalCue, true);
    assert.equal(approx.approx, true);
    assert.equal(money.value, 370000000);
    assert.equal(money.unit, '元');
    assert.equal(money.halfUlp, 5000000);
    assert.equal(rate.percent, true);
    assert.equal(rate.value, 99.51);
    assert.equal(r.text.slice(money.numeralSpan.start, money.numeralSpan.end), '3.7');
  });

  it('counts joined by 、 before the one measure word count in it ("812、946、703起"); not ordinals, heading markers or a line break', () => {
    const r = figures('三镇查处量较高，分别为812、946、703起，共计2461起。');
    assert.deepEqual(r.list.map((f) => [r.text.slice(f.span.start, f.span.end), f.value, f.unit]), [['812', 812, '起'], ['946', 946, '起'], ['703起', 703, '起'], ['2461起', 2461, '起']]);
    assert.deepEqual(texts(figures('第1、2、3批共计120件。')), ['3批', '120件']);
    assert.deepEqual(texts(figures('1、2、3件共计6件。')), ['3件', '6件']);
    assert.deepEqual(texts(figures('分别为812、\n946起。')), ['946起']);
  });

  it('marks 共/合计/累计 totals, not the 共 of 公共 or 共建', () => {
    const r = figures('共办理案件30件，合计120件，建成公共法律服务站12个，共建基地3个，累计培训500人。');
    assert.deepEqual(r.list.map((f) => f.totalCue), [true, true, false, false, true]);
  });

  it('reads Chinese numerals that count, and skips fixed expressions, years, dates, ordinals and titles', () => {
    const r = figures('深入学习党的十九届六中全会精神，推进“八五”普法，推行三项制度，一是抓落实，2023年3月5日召开第一次会议，印发《关于3项制度的通知》，手册三万余册，局领导集体学法五次。');
    assert.deepEqual(texts(r), ['三万余册', '五次']);
  });

  it('positions figures in sentence, clause and segment; asides belong to the figure before them', () => {
    const r = figures('新收申请75件，受理68件，不予受理、告知7件，共审结79件（其中上年结转16件）。其中维持5件。');
    const [a, b, c, d, e, f] = r.list;
    assert.deepEqual([a.clause, b.clause, c.clause, d.clause], [0, 1, 2, 3]);
    assert.equal(c.segment, 3); // 、 splits segments inside clause 2
    assert.equal(c.lone && c.final, true);
    assert.equal(e.inParens, true);
    assert.equal(e.parenOwner, d.id);
    assert.equal(e.subsetCue, true);
    assert.equal(d.final, true);
    assert.equal(f.sentence, a.sentence + 1);
    assert.equal(f.subsetCue, true);
  });

  it('和, 及 or 以及 right after a count and its measure word opens a segment, as 、 does; a number after 和 does not', () => {
    const r = figures('网站公开300条、公示系统4,600条和其他平台120条，来信20件及来访15件，办结30件以及在办5件，收到12和8件。');
    const [a, b, c, d, e, f, g, h] = r.list;
    assert.deepEqual([b.segment + 1, b.lone, b.final, c.before], [c.segment, true, true, '其他平台']);
    assert.deepEqual([d.clause, e.segment, e.before], [1, d.segment + 1, '来访']);
    assert.deepEqual([f.segment + 1, f.final, g.before], [g.segment, true, '及在办']);
    // "12和8件": 和 after a bare number joins no item; 12 is no count of its own.
    assert.deepEqual([r.list.length, h.segment, h.before], [8, g.segment + 1, '收到12和']);
    assert.equal(a.segment + 1, b.segment);
  });

  it('a comparison written around the period states a change (与上月相比下降, 和去年同期相比增长)', () => {
    const r = figures('共收到来信200件，与上月相比下降1.5%；受理申请120件，和去年同期相比增长20%，与2022年相比增加8件。');
    assert.deepEqual(r.list.map((f) => f.change), [false, true, false, true, true]);
  });

  it('分别 before the change word of a change said of several counts in turn states a change (分别增长, 分别比去年同期增长)', () => {
    const r = figures('其中企业22774家，个体户28858家，分别增长9.09%和9.28%；受理1200件，分别比去年同期增长12%。');
    assert.deepEqual(r.list.map((f) => f.change), [false, false, true, false, false, true]);
  });

  it('a measure named before the comparison states a change (案件数同比下降); a name that is no measure does not', () => {
    const r = figures('查办案件2318件，罚没款4862.3万元，案件数同比下降4.2%，办件量较上年增长6%，其中同比下降的3个。');
    assert.deepEqual(r.list.map((f) => f.change), [false, false, true, true, false]);
  });

  it('和 after a number and a name that is no measure word joins no item ("12345热线和网站"); after 万 and a measure word it does', () => {
    const r = figures('全区12345热线和网站共接收群众诉求5.27万件，网上受理1.8万件和来电受理3.47万件。');
    const [total, online, calls] = r.list;
    assert.deepEqual([total.before, total.lone], ['全区12345热线和网站共接收群众诉求', true]);
    assert.equal(online.segment + 1, calls.segment);
  });

  it('a thousands comma inside a number splits no clause', () => {
    const r = figures('税务部门完成13,866万元，占一般公共预算收入的48.51%,比上年增长5%。');
    const [part, share, change] = r.list;
    assert.equal(part.value, 138660000);
    assert.deepEqual([part.clause, share.clause, change.clause], [0, 1, 2]);
    assert.equal(share.segment, part.segment + 1);
  });

  it('names the metric before the number, or after the measure word', () => {
    const r = figures('全市共有调解员1597人，19个镇(街道)配备专职调解员53人，新收行政复议申请75件。', true);
    const metrics = r.list.map((f) => f.metric);
    assert.equal(metrics[0], '调解员');
    assert.equal(metrics[1], '镇(街道)');
    assert.equal(metrics[3], '新收行政复议申请');
    for (const f of r.list) assert.equal(r.text.slice(f.metricSpan.start, f.metricSpan.end), f.metric);
  });

  it('is cached per lint run', () => {
    const doc = parseReport('受理75件。\n', { format: 'markdown' });
    const ctx = createRuleContext(doc, { ...defaultLintOptions, profile: 'government' });
    assert.equal(ctx.figures(), ctx.figures());
  });

  it('judges rounding: half-up, truncation, mismatch, lenient', () => {
    const v = (8454 / 8495) * 100;
    assert.equal(judgeRounding(99.52, 2, v, v, 'half-up'), 'match');
    assert.equal(judgeRounding(99.51, 2, v, v, 'half-up'), 'truncation');
    assert.equal(judgeRounding(99.51, 2, v, v, 'lenient'), 'match');
    assert.equal(judgeRounding(98, 0, v, v, 'half-up'), 'mismatch');
  });

  it('rejects values farther than a unit of the last place as the decimal arithmetic does', () => {
    // The verdict by the decimal arithmetic alone, as judgeRounding decides it for values near the interval.
    const decimal = (stated: number, decimals: number, low: number, high: number): string => {
      const eps = 1e-9 * Math.max(1, Math.abs(stated));
      if (roundHalfUp(low, decimals) <= stated + eps && stated - eps <= roundHalfUp(high, decimals)) return 'match';
      return truncate(low, decimals) <= stated + eps && stated - eps <= truncate(high, decimals) ? 'truncation' : 'mismatch';
    };
    for (const decimals of [0, 1, 2]) {
      for (let stated = -3; stated <= 103; stated += 10 ** -decimals * 7) {
        const s = Number(stated.toFixed(decimals));
        for (const [low, high] of [[s - 0.06, s - 0.06], [s + 0.994, s + 0.994], [s - 1.2, s - 0.9], [s + 2, s + 3], [s - 0.004, s + 0.004], [s + 1.01, Infinity]]) {
          assert.equal(judgeRounding(s, decimals, low, high, 'half-up'), decimal(s, decimals, low, high), `${s} ${decimals} ${low}..${high}`);
        }
      }
    }
  });

  it('widens ratios of rounded inputs', () => {
    const r = figures('审核资金29.9亿元，核减3.7亿元。');
    const ratio = percentInterval(r.list[1], r.list[0]);
    assert.ok(ratio);
    assert.ok(ratio.low < 12.3 && ratio.high > 12.5, `${ratio.low}..${ratio.high}`);
  });

  it('survives empty, binary-ish and huge input', () => {
    assert.deepEqual(figures('').list, []);
    assert.doesNotThrow(() => figures('\u0000\uffff（（（（ 1 件，，，、、、其中 ））》《“'));
    const big = '全市共清理规范性文件325件，保留204件，修改52件，废止36件，失效33件。'.repeat(3000);
    const started = Date.now();
    assert.equal(figures(big).list.length, 15000);
    assert.ok(Date.now() - started < 5000);
  });
});
