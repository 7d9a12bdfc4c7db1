import { createRuleContext, type DocumentAnalyses } from './analyses';
import { BlockReadings } from './block-readings';
import { parseReport, type ParseOptions } from './document';
import { defaultLintOptions, ruleCodes, type IgnoreEntry, type LintOptions, type Rule, type RuleSetting } from './rule';
import { allRules } from './rules/index';
import type { PreviousReport } from './previous';
import { resolveProfile, type ResolvedProfile } from './profile';
import { segmenterIfLoaded, segmenterWithWords, type Segmenter } from './segmenter';
import { positionAt } from './text';
import type { Finding, ReportDocument } from './types';
import { LocalRuns } from './local-rules';
import type { UnitCache } from './unit-cache';
import { CheckUnits, readsAsTraditional } from './units';

export interface LintRun {
  doc: ReportDocument;
  findings: Finding[];
  /** The analyses the rules computed (figures, numbers, outline …), computed on demand for those no rule asked for. */
  analyses: DocumentAnalyses;
  /** The profile the rules used, and how it was decided (the editor's status bar shows it). */
  profile: ResolvedProfile;
  /** Rules that threw: the run goes on without them (one broken rule must not silence the others). */
  failures: { rule: string; error: string }[];
}

export interface LintRequest {
  options?: Partial<LintOptions>;
  /** Defaults to the already-loaded segmenter; rules that need one are skipped without it. */
  segmenter?: Segmenter;
  rules?: Rule[];
  /** Last year's report (previous.ts): the year-over-year rules run only with one. */
  previous?: PreviousReport;
  /** Polled between rules: once it says true the run stops with LintCancelled (a newer version superseded it). */
  cancelled?: () => boolean;
  /**
   * Findings of the local rules (RuleMeta.locality) per unit, kept between checks of one document (the language
   * server's worker keeps one per open document): local rules then run on each changed unit alone. Without it every
   * rule reads the whole report. The findings are the same either way. A run's figures and numbers, and the spans of
   * its findings that are a figure's, are the cache's and are moved by its next run (block-readings.ts): read what a
   * run gives before the next run with the same cache.
   */
  unitCache?: UnitCache;
}

export class LintCancelled extends Error {
  constructor() {
    super('lint cancelled');
  }
}

export function lintText(text: string, parse: ParseOptions, request: LintRequest = {}): LintRun {
  return lintDocument(parseReport(text, parse), request);
}

export function lintDocument(doc: ReportDocument, request: LintRequest = {}): LintRun {
  const requested: LintOptions = { ...defaultLintOptions, ...request.options, rules: { ...request.options?.rules } };
  const profile = resolveProfile(doc, requested.profile);
  const options = { ...requested, profile: profile.profile };
  // The writer's words apply to this run only: other folders' reports are cut without them.
  const base = request.segmenter ?? segmenterIfLoaded();
  const segmenter = base && segmenterWithWords(base, options.words);
  const cache = request.unitCache && cacheable(options) ? request.unitCache : undefined;
  const units = cache && new CheckUnits(doc, cache.lastKeys);
  const blocks = units && new BlockReadings(doc, units, cache, cache.contextId(JSON.stringify(['blocks', readsAsTraditional(doc), options.words, !!segmenter])), segmenter);
  const ctx = createRuleContext(doc, options, segmenter, request.previous, blocks);
  const findings: Finding[] = [];
  const failures: LintRun['failures'] = [];
  const rules = (request.rules ?? allRules).filter((rule) =>
    !(rule.meta.needsSegmenter && !ctx.segmenter) && !ruleCodes(rule).every((code) => settingFor(options, code).enabled === false));
  const keep = (finding: Finding) => {
    const setting = settingFor(options, finding.code);
    if (setting.enabled !== false) findings.push(setting.severity ? { ...finding, severity: setting.severity } : finding);
  };
  const local = units && blocks && new LocalRuns(doc, units, blocks, rules.filter((r) => r.meta.locality), options, ctx.segmenter, cache, request.cancelled);
  for (const rule of rules) {
    if (request.cancelled?.()) throw new LintCancelled();
    const fromUnits = local?.answered(rule);
    if (fromUnits) {
      fromUnits.held.forEach(ctx.noteHeld);
      fromUnits.findings.forEach(keep);
      if (fromUnits.error) failures.push({ rule: rule.id, error: fromUnits.error });
      continue;
    }
    const heldBefore = ctx.held().length;
    try {
      const found = rule.check(doc, ctx);
      found.forEach(keep);
      local?.ranWhole(rule, found, ctx.held().slice(heldBefore));
    } catch (error) {
      failures.push({ rule: rule.id, error: errorText(error) });
      local?.ranWhole(rule, undefined, []);
    }
  }
  local?.store();
  if (cache && units) cache.lastKeys = units.built;
  return { doc, findings: sortFindings(dropIgnored(doc, options.ignore, dropSuppressed(doc, findings))), analyses: ctx, profile, failures };
}

export const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** An allow word that holds a line break could join two units: such a run reads the whole report. */
function cacheable(options: LintOptions): boolean {
  return !options.allow.some((word) => /[\r\n]/.test(word));
}

/** The most specific setting: exact code, then the longest matching prefix ("figure/" or "figure"). */
export function settingFor(options: LintOptions, code: string): RuleSetting {
  let best: RuleSetting = {};
  let bestLength = -1;
  for (const [key, setting] of Object.entries(options.rules)) {
    if (codeMatches(key, code) && key.length > bestLength) {
      best = setting;
      bestLength = key.length;
    }
  }
  return best;
}

function codeMatches(pattern: string, code: string): boolean {
  const p = pattern.replace(/\/$/, '');
  return code === p || code.startsWith(p + '/') || code.startsWith(p + '-');
}

function dropSuppressed(doc: ReportDocument, findings: Finding[]): Finding[] {
  if (!doc.directives.length) return findings;
  const covers = (codes: string[], code: string) => codes.length === 0 || codes.some((c) => codeMatches(c, code));
  return findings.filter((f) => {
    const line = positionAt(doc.lineStarts, f.span.start).line;
    return !doc.directives.some((d) =>
      covers(d.codes, f.code) && (d.kind === 'file' || d.targetLine === line));
  });
}

/** An ignore entry covers a finding of its code that lies inside one of the places where its text occurs. */
function dropIgnored(doc: ReportDocument, ignore: IgnoreEntry[], findings: Finding[]): Finding[] {
  if (!ignore.length || !findings.length) return findings;
  const covered: { code: string; start: number; end: number }[] = [];
  for (const entry of ignore.slice(0, maxIgnoreEntries)) {
    for (let at = doc.text.indexOf(entry.text), k = 0; at >= 0 && k < maxPlacesPerEntry; at = doc.text.indexOf(entry.text, at + 1), k++) {
      covered.push({ code: entry.code, start: at, end: at + entry.text.length });
    }
  }
  return findings.filter((f) => !covered.some((c) => codeMatches(c.code, f.code) && c.start <= f.span.start && f.span.end <= c.end));
}

const maxIgnoreEntries = 1000;
const maxPlacesPerEntry = 1000;

/**
 * In text order, each finding once: the same code, span and message twice is one finding. Duplicates sort next to each
 * other (a stable sort keeps the first), so they are dropped by comparing neighbours — no key string per finding.
 */
function sortFindings(findings: Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.code.localeCompare(b.code));
  const out: Finding[] = [];
  for (const f of sorted) {
    let duplicate = false;
    for (let k = out.length - 1; k >= 0 && out[k].span.start === f.span.start && out[k].span.end === f.span.end && out[k].code === f.code; k--) {
      if (out[k].message === f.message) duplicate = true;
    }
    if (!duplicate) out.push(f);
  }
  return out;
}
