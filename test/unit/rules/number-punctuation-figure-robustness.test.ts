// Hostile input for helper C's rules: nothing throws, nothing hangs, every range stays inside the text.
import assert from 'node:assert/strict';
import { lintText } from '../../../src/core/lint';
import { loadSegmenter } from '../../../src/core/segmenter';
import { figureChange } from '../../../src/core/rules/figure-change';
import { figureConflict } from '../../../src/core/rules/figure-conflict';
import { figureTarget } from '../../../src/core/rules/figure-target';
import { numberApprox } from '../../../src/core/rules/number-approx';
import { numberConsistentForm } from '../../../src/core/rules/number-consistent-form';
import { numberMixedForm } from '../../../src/core/rules/number-mixed-form';
import { numberMonthDay } from '../../../src/core/rules/number-month-day';
import { numberRange } from '../../../src/core/rules/number-range';
import { numberSpace } from '../../../src/core/rules/number-space';
import { punctuationHalfWidth } from '../../../src/core/rules/punctuation-half-width';
import { punctuationTitles } from '../../../src/core/rules/punctuation-titles';
import { cpuTime } from '../cpu-time';

const rules = [figureChange, figureConflict, figureTarget, numberApprox, numberConsistentForm, numberMixedForm, numberMonthDay, numberRange, numberSpace, punctuationHalfWidth, punctuationTitles];

const sentence = '全市13个乡镇（街道）办理案件1113件,较2022年558件增加555件,同比增长99.5%,“12.4”宪法日(略)《甲》、《乙》。';
const hostile: Record<string, string> = {
  empty: '',
  spaces: ' \n\t\u3000\n',
  binaryish: Array.from({ length: 4000 }, (_, k) => String.fromCharCode((k * 7919) % 0xffff)).join(''),
  brackets: '('.repeat(20000) + '《'.repeat(20000) + '》'.repeat(5000) + ')'.repeat(3000),
  digits: '1 '.repeat(20000) + '1-'.repeat(20000) + '1.'.repeat(20000),
  longLine: sentence.repeat(3000),
  manyLines: `${sentence}\n\n`.repeat(2000),
  unpaired: '\ud800\udc00\ud800 “《〈”（(((',
  // One 、-list of 20000 items, and 20000 short lists each closed by a count (figure/conflict reads a list back from its count).
  longList: `${'甲乙、'.repeat(20000)}甲乙三级。`,
  manyLists: '甲、乙三级'.repeat(20000),
};

describe('number/*, punctuation/*, figure/change|conflict|target on hostile input', function () {
  this.timeout(60000);
  for (const [name, text] of Object.entries(hostile)) {
    for (const format of ['markdown', 'plaintext'] as const) {
      it(`${name} (${format})`, () => {
        const started = Date.now();
        const run = lintText(text, { format }, { rules });
        assert.deepEqual(run.failures, []);
        for (const f of run.findings) {
          assert.ok(f.span.start >= 0 && f.span.end <= text.length && f.span.start <= f.span.end, `${f.code} span`);
          for (const fix of f.fixes) for (const e of fix.edits) assert.ok(e.span.start >= 0 && e.span.end <= text.length);
        }
        assert.ok(Date.now() - started < 15000, `took ${Date.now() - started} ms`);
      });
    }
  }
});

// Runs a document of nearly this size can hold, each the worst case of some scan: every rule, with the segmenter, must
// check it in under a second of CPU time (best of three).
const SIZE = 50_000;
const BOUND_MS = 1000;
const fill = (unit: string, size = SIZE) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const pathological: Record<string, string> = {
  'a total and its parts without 。 (figure/sum)': `全年共12件，${fill('12件，')}`,
  '“件1.2万” over and over: the phrase before every figure': fill('件1.2万'),
  'figures glued together': fill('12件'),
  'a 、-list of figures': fill('12件、'),
  'asides never closed': fill('（12件'),
  'quotes never closed': fill('“12件'),
  '其中 after 其中': `共12件，${fill('其中12件，')}`,
  'changes against bases': fill('较上年12件增长12%，'),
  'rates and their counts': fill('调解12件，成功12件，调解成功率95%，'),
  'shares of a total': fill('案卷12件，优秀卷占5%，'),
  'one count stated over and over': fill('全市19个镇，全市18个镇，'),
  'targets against this year’s rates': `${fill('考试合格率95%，', SIZE / 2)}\n一、下一步工作安排\n${fill('考试合格率达到90%，', SIZE / 2)}`,
  'Chinese and Arabic counts': fill('百余场，100余场，'),
  'totals and their parts by definition (figure/partition)': fill('常住人口12万人，城镇人口5万人，乡村人口8万人，城镇化率40%，地区生产总值9亿元，第一产业增加值3亿元，'),
  'relative years': fill('今年'),
  'quotes joined by 、': fill('》、“a'),
  'headings only': fill('一、\n'),
  'a Markdown table': `|a|b|\n|-|-|\n${fill('|1件|2件|\n')}`,
  'an average after every count (figure/sum)': fill('日均12件，'),
  'closed counts after closed counts (figure/sum)': fill('办结12件，'),
  'a count, an amount and a named change over and over (figure/sum)': fill('办理12件，罚款3万元，案件数同比下降4%，'),
  'a sentence of rates after a sentence of counts (figure/rate)': `受理12件，办结10件。${fill('办结率95%，')}`,
  'amounts of change without a percent (figure/change)': fill('比上年减少12件，'),
  'changes of a share after a table of two periods (figure/change)': `|月份|占比|\n|-|-|\n|10月|31%|\n|11月|29%|\n\n占比变化：${fill('下降了1.5%，')}`,
};

describe('every rule on 50,000 pathological characters, with the segmenter', function () {
  this.timeout(120000);
  const segmenter = loadSegmenter();
  for (const [name, text] of Object.entries(pathological)) {
    for (const format of ['markdown', 'plaintext'] as const) {
      it(`${name} (${format}) in under ${BOUND_MS} ms`, () => {
        let best = Infinity;
        for (let k = 0; k < 3 && best >= BOUND_MS; k++) {
          const { ms, result: run } = cpuTime(() => lintText(text, { format }, { segmenter }));
          best = Math.min(best, ms);
          assert.deepEqual(run.failures, []);
        }
        assert.ok(best < BOUND_MS, `took ${best.toFixed(0)} ms`);
      });
    }
  }
});
