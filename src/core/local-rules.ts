// The local rules of one check (RuleMeta.locality) with a unit cache: each unit's findings are taken from the cache
// while its key is unchanged. Where few units changed (an edit), the local rules run on the changed units alone.
// Where most are new (a document's first check), they run once on the whole report, sharing its analyses with the
// report-wide rules, and their findings are split into the units they lie in and kept — by the locality contract the
// same findings a run per unit gives (test/corpus/unit-cache.test.ts checks both ways).
import { createRuleContext, type HeldRelation } from './analyses';
import type { BlockReadings } from './block-readings';
import { errorText, LintCancelled } from './lint';
import type { ResolvedLintOptions, Rule, RuleLocality } from './rule';
import type { Segmenter } from './segmenter';
import type { Finding, ReportDocument, Span } from './types';
import { shiftFinding, shiftHeld, type UnitCache, type UnitResult } from './unit-cache';
import { type CheckUnits, type DocumentUnit, readsAsTraditional, unitDocument, type UnitKey, unitOffset } from './units';

export interface LocalFindings {
  findings: Finding[];
  held: HeldRelation[];
  error?: string;
}

interface Group {
  rules: Rule[];
  /** The report-wide context of its units' keys (UnitCache.contextId). */
  context: number;
  units: { unit: DocumentUnit; key: UnitKey; cached?: UnitResult }[];
  /** Per rule, what it found on the whole report (undefined: it threw), when the group runs whole this time. */
  whole?: Map<Rule, { findings?: Finding[]; held: HeldRelation[] }>;
  /** Per rule, its findings from the units, when the group runs per unit. */
  perUnit?: Map<Rule, LocalFindings>;
}

export class LocalRuns {
  private readonly groups: Group[] = [];

  /** `blocks`: the report's block readings, whose pieces a unit's document reads its numbers and figures from. */
  constructor(
    private readonly doc: ReportDocument, units: CheckUnits, private readonly blocks: BlockReadings, rules: Rule[],
    private readonly options: ResolvedLintOptions, private readonly segmenter: Segmenter | undefined, private readonly cache: UnitCache,
    cancelled: (() => boolean) | undefined,
  ) {
    if (!rules.length) return;
    const { rules: _settings, ignore: _ignore, ...read } = options;
    const traditional = readsAsTraditional(doc);
    for (const locality of ['block', 'section'] as RuleLocality[]) {
      const group = rules.filter((r) => r.meta.locality === locality);
      if (!group.length) continue;
      const context = cache.contextId(JSON.stringify([doc.year?.value, traditional, read, group.map((r) => r.id), !!segmenter]));
      const keys = units.keysOf(locality);
      const keyed = units.units[locality].map((unit, k) => ({ unit, key: keys[k], cached: cache.get(context, keys[k]) }));
      const missing = keyed.filter((u) => !u.cached).length;
      if (missing > keyed.length * cache.limits.maxMissingShare) this.groups.push({ rules: group, context, units: keyed, whole: new Map() });
      else this.groups.push({ rules: group, context, units: keyed, perUnit: this.runPerUnit(group, context, keyed, cancelled) });
    }
  }

  /** The rule's findings from the units, or undefined when it is to run on the whole report this time. */
  answered(rule: Rule): LocalFindings | undefined {
    return this.groups.find((g) => g.perUnit?.has(rule))?.perUnit!.get(rule);
  }

  /** What a local rule found on the whole report (undefined findings: it threw). */
  ranWhole(rule: Rule, findings: Finding[] | undefined, held: HeldRelation[]): void {
    this.groups.find((g) => g.rules.includes(rule))?.whole?.set(rule, { findings, held });
  }

  /** Keeps the units of the groups that ran whole, each with the findings that lie in it. */
  store(): void {
    for (const group of this.groups) {
      if (!group.whole || group.whole.size !== group.rules.length) continue;
      const runs = group.rules.map((r) => group.whole!.get(r)!);
      if (runs.some((r) => !r.findings)) continue;
      const split = splitIntoUnits(group.units.map((u) => u.unit), runs);
      if (!split) continue;
      group.units.forEach((u, k) => { if (!u.cached) this.cache.set(group.context, u.key, split[k]); });
    }
  }

  private runPerUnit(rules: Rule[], context: number, units: Group['units'], cancelled: (() => boolean) | undefined): Map<Rule, LocalFindings> {
    const out = new Map<Rule, LocalFindings>(rules.map((r) => [r, { findings: [], held: [] }]));
    for (const { unit, key, cached } of units) {
      if (cancelled?.()) throw new LintCancelled();
      let result = cached;
      if (!result) {
        const unitDoc = unitDocument(this.doc, unit);
        // Its numbers and figures from the block units' pieces, as the report's are: a section unit's figures were
        // read again whole on every edit of the section.
        const computed = checkUnit(unitDoc, rules, this.options, this.segmenter, this.blocks.ofUnit(unitDoc));
        result = computed.result;
        rules.forEach((rule, k) => {
          const error = computed.errors[k];
          if (error !== undefined) out.get(rule)!.error ??= error;
        });
        if (!computed.errors.some((e) => e !== undefined)) this.cache.set(context, key, result);
      }
      const offset = unitOffset(unit);
      rules.forEach((rule, k) => {
        const into = out.get(rule)!;
        for (const f of result.findings[k]) into.findings.push(shiftFinding(f, offset));
        for (const h of result.held[k]) into.held.push(shiftHeld(h, offset));
      });
    }
    return out;
  }
}

function checkUnit(unitDoc: ReportDocument, rules: Rule[], options: ResolvedLintOptions, segmenter: Segmenter | undefined, blocks: BlockReadings) {
  const ctx = createRuleContext(unitDoc, options, segmenter, undefined, blocks);
  const result: UnitResult = { findings: [], held: [] };
  const errors: (string | undefined)[] = [];
  for (const rule of rules) {
    const before = ctx.held().length;
    try {
      result.findings.push(rule.check(unitDoc, ctx));
      errors.push(undefined);
    } catch (error) {
      result.findings.push([]);
      errors.push(errorText(error));
    }
    result.held.push(ctx.held().slice(before));
  }
  return { result, errors };
}

/**
 * Whole-report findings and held relations of each rule, split into the units they lie in, in unit offsets; undefined
 * when one reaches outside a unit (then nothing is kept: the contract says it cannot, and a cache must not guess).
 */
function splitIntoUnits(units: DocumentUnit[], runs: { findings?: Finding[]; held: HeldRelation[] }[]): UnitResult[] | undefined {
  const out: UnitResult[] = units.map(() => ({ findings: runs.map(() => []), held: runs.map(() => []) }));
  const unitOf = (spans: Span[]): number => {
    const first = spans[0];
    let lo = 0;
    for (let hi = units.length - 1; lo < hi;) {
      const mid = (lo + hi + 1) >> 1;
      if (units[mid].span.start <= first.start) lo = mid;
      else hi = mid - 1;
    }
    const { start, end } = units[lo]?.span ?? { start: 0, end: -1 };
    return spans.every((s) => start <= s.start && s.end <= end) ? lo : -1;
  };
  for (const [r, run] of runs.entries()) {
    for (const f of run.findings!) {
      const k = unitOf([f.span, ...f.related.map((x) => x.span), ...f.fixes.flatMap((x) => x.edits.map((e) => e.span))]);
      if (k < 0) return undefined;
      out[k].findings[r].push(shiftFinding(f, -unitOffset(units[k])));
    }
    for (const h of run.held) {
      if (!h.spans.length) return undefined;
      const k = unitOf(h.spans);
      if (k < 0) return undefined;
      out[k].held[r].push(shiftHeld(h, -unitOffset(units[k])));
    }
  }
  return out;
}
