import type { Finding, ReportDocument, Severity } from './types';
import type { Segmenter } from './segmenter';

export type RoundingPolicy = 'half-up' | 'lenient';
export type ReportProfile = 'government' | 'department';

export interface RuleSetting {
  enabled?: boolean;
  severity?: Severity;
}

export interface LintOptions {
  /** Per rule code (or code prefix such as "figure/") on/off and severity. */
  rules: Record<string, RuleSetting>;
  /** 'half-up': a value only truncation explains is a warning; 'lenient': such values are accepted. */
  rounding: RoundingPolicy;
  profile: ReportProfile;
  /** Extra words for the segmenter (一网通办, 谁执法谁普法 …). */
  words: string[];
  /** Words the writer declares correct: a wording/* finding inside one of them is not reported (a name with a rare
   * character, a quoted old title). */
  allow: string[];
  /** Date the report is checked on; rules that speak of deadlines use it. Tests fix it. */
  today?: Date;
}

export const defaultLintOptions: LintOptions = {
  rules: {},
  rounding: 'half-up',
  profile: 'government',
  words: [],
  allow: [],
};

export interface RuleContext {
  options: LintOptions;
  /** Loaded segmenter, or undefined when rules must work without one (tests, first fast pass). */
  segmenter?: Segmenter;
  /** Per-document cache shared by the rules of one lint run (e.g. the figure index). */
  cache: Map<string, unknown>;
}

export interface RuleMeta {
  severity: Severity;
  /** zh-cn description, one line. */
  description: string;
  /** en description, one line. */
  descriptionEn: string;
  /** Whether the rule needs the segmenter (it then runs only once one is loaded). */
  needsSegmenter?: boolean;
}

export interface Rule {
  /** Code family this file reports, e.g. "structure/numbering" reports "structure/numbering-style" … */
  id: string;
  /** Every code this rule can emit, so settings and docs can list them. */
  codes: string[];
  meta: RuleMeta;
  check(doc: ReportDocument, ctx: RuleContext): Finding[];
}
