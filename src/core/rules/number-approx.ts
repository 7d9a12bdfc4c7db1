// number/approx-* — GB/T 15835 approximate numbers: one approximation marker per number ("约1000余人"), and 余/多 only
// after a round number ("47余件", "6.9万多件").
import { APPROX_AFTER, APPROX_BEFORE, type Approx } from '../lexicon';
import { isRound, type ParsedNumber } from '../numbers';
import { defineCodes, report, type Rule } from '../rule';
import type { Finding, Fix, Span } from '../types';
import { q } from './number-scope';

// 突破 ("突破5万余件") names a threshold passed, no GB/T 15835 marker: it stacks with none.
const BEFORE = new Set<Approx>(APPROX_BEFORE.filter((m) => m !== '突破'));
const AFTER = new Set<Approx>(APPROX_AFTER);

const CODES = defineCodes({
  'number/approx-stacked': {
    severity: 'warning',
    fixable: true,
    description: '约数标记不应叠用（“约1000余人”）',
    descriptionEn: 'Stacked approximation markers ("约1000余人")',
  },
  'number/approx-non-round': {
    severity: 'warning',
    fixable: true,
    description: '“余”“多”只用于整数约数之后（不写“47余件”“6.9万多件”）',
    descriptionEn: '余/多 only after a round number (not "47余件", "6.9万多件")',
  },
});

export const numberApprox: Rule = {
  id: 'number/approx',
  codes: CODES,
  meta: {
    description: '约数表达：不叠用约数标记（“约1000余人”），“余”“多”只用于整数约数（“47余件”“6.9万多件”）',
    descriptionEn: 'Approximate numbers: no stacked markers ("约1000余人"); 余/多 only after a round number',
    locality: 'block',
  },
  check(doc, ctx) {
    const out: Finding[] = [];
    for (const n of ctx.numbers()) {
      if (n.approx.length === 0 || n.percent) continue;
      const before = n.approx.find((a) => BEFORE.has(a));
      const after = n.approx.find((a) => AFTER.has(a));
      const afterSpan = after ? markerSpan(doc.text, n, after) : undefined;
      const whole = { start: n.start, end: Math.max(n.end, n.unitEnd ?? n.end, afterSpan?.end ?? 0) };
      const found = doc.text.slice(whole.start, whole.end);
      if (before && after) {
        const beforeSpan = { start: n.start, end: n.start + before.length };
        const fixes: Fix[] = [];
        if (doc.text.startsWith(before, n.start)) fixes.push(dropFix(doc.text, whole, beforeSpan));
        if (afterSpan) fixes.push(dropFix(doc.text, whole, afterSpan));
        out.push(report('number/approx-stacked', {
          message: `约数标记不应叠用（GB/T 15835）：${q(found)}同时用了${q(before)}和${q(after)}，只保留其一`,
          span: whole,
          fixes,
        }));
        continue;
      }
      const yuDuo = n.approx.find((a) => a === '余' || a === '多');
      if (!yuDuo) continue;
      const decimal = n.decimals > 0;
      if (!decimal && isRound(n.value, n.multiplier)) continue;
      const numeral = doc.text.slice(n.numeralStart, n.numeralEnd);
      const message = decimal
        ? `小数后不应再加${q(yuDuo)}表示约数（GB/T 15835）：${q(found)}中的${q(numeral)}已是近似值，应写确数或改用整数约数`
        : `${q(yuDuo)}应跟在整十、整百等约整数之后（GB/T 15835）：${q(found)}中的${numeral}不是约整数，应写确数（如${q(found.replace(yuDuo, ''))}）或整数约数`;
      out.push(report('number/approx-non-round', {
        message,
        span: whole,
        fixes: afterSpan ? [dropFix(doc.text, whole, afterSpan)] : [],
      }));
    }
    return out;
  },
};

/** Where a trailing marker (余/多 after the numeral or 万, 以上/左右 after the unit) sits. */
function markerSpan(text: string, n: ParsedNumber, marker: string): Span | undefined {
  const limit = Math.max(n.end, n.unitEnd ?? n.end) + marker.length;
  const at = text.indexOf(marker, n.numeralEnd);
  return at >= 0 && at + marker.length <= limit ? { start: at, end: at + marker.length } : undefined;
}

function dropFix(text: string, whole: Span, drop: Span): Fix {
  const result = text.slice(whole.start, drop.start) + text.slice(drop.end, whole.end);
  return { kind: 'choice', title: `删除${q(text.slice(drop.start, drop.end))}，改为${q(result)}`, edits: [{ span: drop, newText: '' }] };
}
