// Metamorphic check of the figure rules (a dev tool, not a test; see bench/metamorphic.ts):
//   node --import tsx bench/metamorphic.mjs [--rewrite NAME] [--show N]
// Seeds: the invalid rows of the figure rule tables plus the made-up sentences below. Prints, per rewrite, how many
// caught relations it loses or changes the arithmetic of, and how many corrected texts it makes a finding appear on.
import { caughtSeeds, rewrites, runRewrite, seedsFromFile, tally } from './metamorphic.ts';
import { loadSegmenter } from '../src/core/segmenter.ts';

const MADE_UP = [
  '全年共受理行政复议申请86件，其中不予受理6件，受理78件。',
  '全年共收到信访事项420件，其中来信150件，来访180件，网上信访100件。',
  '全年12345热线共受理群众诉求15600件，其中咨询类8200件，投诉类5100件，求助类2400件。',
  '全年共调解矛盾纠纷1380件，调解成功1300件，调解不成功90件。',
  '全年共办理法律援助案件560件，其中刑事案件210件，民事案件300件，行政案件40件。',
  '全年共开展执法检查320次，其中联合检查120次，专项检查190次。',
  '全年共审查规范性文件48件，其中通过44件，退回修改5件。',
  '全年共培训执法人员1200人次，其中线上培训700人次，线下培训520人次。',
  '全年共主动公开政府信息3600条，其中政策文件1200条，工作动态2300条，其他信息200条。',
  '全年共办理行政应诉案件64件，其中胜诉52件，败诉4件，撤诉10件。',
  '全年共受理行政复议案件120件，其中维持80件，撤销12件，确认违法8件，终止25件。',
  '全年共开展普法活动260场，其中进机关60场，进校园90场，进社区120场。',
  '全年共收到政府信息公开申请150件，其中予以公开90件，部分公开30件，不予公开35件。',
  '全年共受理行政复议申请200件，审结180件，审结率92%。',
  '全年12345热线共受理群众诉求8000件，按时办结7600件，按时办结率96%。',
  '全年共调解矛盾纠纷500件，调解成功480件，调解成功率98%。',
  '全年共审查合法性审查事项250件，提出修改意见100件，占比45%。',
  '全年共受理信访事项400件，其中涉及城乡建设的120件，占35%。',
  '全年共办理法律援助案件600件，其中刑事案件240件，占比45%。',
  '全年共受理行政复议案件150件，同比增长25%（2022年为125件）。',
  '全年共受理信访事项380件，较上年的400件下降8%。',
  '全年共办理法律援助案件660件，比上年600件增加了15%。',
  '全年共开展执法检查1500次，其中检查企业1100家次，检查个体工商户450家次。',
  '全年共办理政务服务事项25000件，其中即办件18000件，承诺件6000件。',
  '2023年，全县共受理行政复议案件90件。其中，维持60件，撤销10件，驳回25件。',
];

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at < 0 ? fallback : args[at + 1];
};
const only = option('--rewrite', undefined);
const show = Number(option('--show', '5'));

const segmenter = loadSegmenter();
const tables = ['sum', 'share', 'rate', 'relations', 'conflict'].map((t) => `test/unit/rules/figure-${t}.test.ts`);
const seeds = caughtSeeds([...tables.flatMap(seedsFromFile), ...MADE_UP], segmenter);
console.log(`seeds with a figure finding: ${seeds.length} (with a silent corrected text: ${seeds.filter((s) => s.corrected).length})`);

const outcomes = [];
for (const rewrite of rewrites) {
  if (only && !rewrite.name.includes(only)) continue;
  for (const seed of seeds) {
    const o = runRewrite(seed, rewrite, segmenter);
    if (o) outcomes.push(o);
  }
}
console.log('rewrite'.padEnd(44), 'applied  lost  changed  false');
for (const t of tally(outcomes)) {
  console.log(t.rewrite.padEnd(44), String(t.applied).padStart(7), String(t.lost).padStart(5), String(t.changed).padStart(8), String(t.falseFindings).padStart(6));
}
for (const t of tally(outcomes)) {
  const bad = outcomes.filter((o) => o.rewrite === t.rewrite && (o.falseFindings.length || o.kept.includes('lost'))).sort((a, b) => b.falseFindings.length - a.falseFindings.length);
  if (!bad.length) continue;
  console.log(`\n== ${t.rewrite}`);
  for (const o of bad.slice(0, show)) {
    console.log(`  ${o.falseFindings.length ? 'FALSE' : 'lost '} ${o.rewritten.replace(/\n/g, '⏎')}`);
    for (const f of o.falseFindings) console.log(`        ${f}`);
  }
}
