// The metamorphic check (bench/metamorphic.ts) over a handful of seeds, so the dev tool cannot rot: every rewrite
// applies to some seed, the caught relations survive the rewrites that change no word the rules read, and no corrected
// text draws a finding under any rewrite.
import assert from 'node:assert/strict';
import { caughtSeeds, rewrites, runRewrite, seedsFromTable, tally, type Outcome, type Seed } from '../../bench/metamorphic';
import { loadSegmenter } from '../../src/core/segmenter';

const SEEDS = [
  '全年共收到行政复议申请86件，受理84件，不予受理6件。',
  '梳理行政执法事项900项，其中：行政许可事项240项，行政处罚事项700项。',
  '全年共收到信访事项420件，其中来信150件，来访180件，网上信访100件。',
  '全年12345热线共受理群众诉求15600件，其中咨询类8200件，投诉类5100件，求助类2400件。',
  '全年共培训执法人员1200人次，其中线上培训700人次，线下培训520人次。',
  '全年共调解矛盾纠纷500件，调解成功480件，调解成功率98%。',
  '2023年，全县共办理法律援助案件90件。其中，刑事案件30件，民事案件50件，行政案件15件。',
];

describe('metamorphic check of the figure rules', () => {
  let seeds: Seed[] = [];
  let outcomes: Outcome[] = [];
  before(() => {
    const segmenter = loadSegmenter();
    seeds = caughtSeeds(SEEDS, segmenter);
    outcomes = rewrites.flatMap((r) => seeds.map((s) => runRewrite(s, r, segmenter)).filter((o) => o !== undefined));
  });

  it('reads the invalid rows of a rule table', () => {
    const source = "ruleTable(x, {\n  valid: [p('共受理10件，其中A类6件，B类4件。')],\n  invalid: [\n    sumRow('n', '共受理10件，其中A类6件，B类5件。', 'm', '10件'),\n  ],\n});";
    assert.deepEqual(seedsFromTable(source), ['共受理10件，其中A类6件，B类5件。']);
  });

  it('catches every seed and corrects it to a silent text', () => {
    assert.equal(seeds.length, SEEDS.length);
    assert.ok(seeds.every((s) => s.corrected !== undefined));
  });

  it('applies every rewrite it names somewhere, and tallies each', () => {
    const names = new Set(tally(outcomes).map((t) => t.rewrite));
    const unused = rewrites.map((r) => r.name).filter((n) => !names.has(n) && !n.startsWith('subject') && !/人次|人→|万|共 added|brackets|、→，/.test(n));
    assert.deepEqual(unused, []);
  });

  it('keeps the findings under measure words, punctuation, number forms and total words', () => {
    const robust = /^(measure|punct|number|total 共→|brackets|leading heading|period prefix)/;
    const lost = outcomes.filter((o) => robust.test(o.rewrite) && o.kept.includes('lost')).map((o) => `${o.rewrite}: ${o.rewritten}`);
    assert.deepEqual(lost, []);
  });

  it('finds nothing on a corrected text under any rewrite', () => {
    assert.deepEqual(outcomes.filter((o) => o.falseFindings.length).map((o) => `${o.rewrite}: ${o.falseFindings.join('; ')}`), []);
  });
});
