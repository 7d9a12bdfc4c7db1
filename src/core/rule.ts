import type { Finding, Fix, RelatedLocation, ReportDocument, Severity, Span } from './types';
import type { DocumentAnalyses } from './analyses';
import type { PreviousReport } from './previous';
import type { Segmenter } from './segmenter';

export type RoundingPolicy = 'half-up' | 'lenient';
export type ReportProfile = 'government' | 'department';

export interface RuleSetting {
  enabled?: boolean;
  severity?: Severity;
}

export interface IgnoreEntry {
  code: string;
  text: string;
}

export interface LintOptions {
  /** Per rule code (or code prefix such as "figure/") on/off and severity. */
  rules: Record<string, RuleSetting>;
  /** 'half-up': a value only truncation explains is a warning; 'lenient': such values are accepted. */
  rounding: RoundingPolicy;
  /** 'auto': read from the issuer in the title or the signature (src/core/profile.ts). */
  profile: ReportProfile | 'auto';
  /** Extra words for the segmenter (一网通办, 谁执法谁普法 …). */
  words: string[];
  /** Words the writer declares correct: a wording/* finding inside one of them is not reported (a name with a rare
   * character, a quoted old title). */
  allow: string[];
  /**
   * Findings the writer chose to ignore where a comment cannot go (a .txt report): the rule code (or prefix) and the
   * text around the finding, so the entry survives edits elsewhere. Kept in .fazhirc.json; the CLI honours it too.
   */
  ignore: IgnoreEntry[];
  /**
   * Last year's report (a path; in .fazhirc.json relative to its folder): the year-over-year rules compare with it. Without
   * it, the report of the year before by the same issuer in the report's folder.
   */
  previous?: string;
  /** Date the report is checked on; rules that speak of deadlines use it. Tests fix it. */
  today?: Date;
}

export const defaultLintOptions: LintOptions = {
  rules: {},
  rounding: 'half-up',
  profile: 'auto',
  words: [],
  allow: [],
  ignore: [],
};

/** What rules see: the profile is decided. */
export type ResolvedLintOptions = LintOptions & { profile: ReportProfile };

export interface RuleContext extends DocumentAnalyses {
  options: ResolvedLintOptions;
  /** Loaded segmenter, or undefined when rules must work without one (tests, first fast pass). */
  segmenter?: Segmenter;
  /** Last year's report of the same body, when one was found or named: the year-over-year rules compare with it. */
  previous?: PreviousReport;
}

/** What every rule code is, at run time: its default severity, what it checks, whether it offers fixes, its page. */
export interface CodeMeta {
  /** Default severity of a finding; a rule may state a weaker one for a weaker case, the user's setting overrides both. */
  severity: Severity;
  /** zh-cn description, one line. */
  description: string;
  /** en description, one line. */
  descriptionEn: string;
  /** Whether findings of this code can come with fixes (quick fixes, fix-all for certain ones). */
  fixable: boolean;
  /** Documentation page, relative to the repository root: docs/rules/<code with "-" for "/">.md. */
  doc: string;
}

export type CodeTable = Readonly<Record<string, CodeMeta>>;

const declaredCodes = new Map<string, CodeMeta>();

/** One table per rule file: its codes and their metadata. Registers them for `report()` and `codeMeta()`. */
export function defineCodes(table: Record<string, Omit<CodeMeta, 'doc'>>): CodeTable {
  const out: Record<string, CodeMeta> = {};
  for (const [code, meta] of Object.entries(table)) {
    out[code] = { ...meta, doc: `docs/rules/${code.replace(/\//g, '-')}.md` };
    declaredCodes.set(code, out[code]);
  }
  return out;
}

export function codeMeta(code: string): CodeMeta | undefined {
  return declaredCodes.get(code);
}

export interface FindingFields {
  message: string;
  span: Span;
  fixes?: Fix[];
  related?: RelatedLocation[];
  /** Only where the case is weaker (or stronger) than the code's default, e.g. a rate only truncation explains. */
  severity?: Severity;
}

/** A finding of a declared code, its severity the code's default unless stated. */
export function report(code: string, fields: FindingFields): Finding {
  const meta = declaredCodes.get(code);
  if (!meta) throw new Error(`rule code ${code} is not declared by any rule`);
  return {
    code,
    severity: fields.severity ?? meta.severity,
    message: fields.message,
    span: fields.span,
    fixes: fields.fixes ?? [],
    related: fields.related ?? [],
  };
}

/**
 * What a rule's findings depend on, when not the whole report. 'block': the text of the lines it reads (and at most
 * UNIT_MARGIN characters beyond), their blocks (kind, heading marker …) and sentences, the report year's value and the
 * options — never another block, the sections, the title's or the date's place, last year's report (ctx.previous).
 * 'section': the same of one top-level section (or of the part before the first, or of the tail), its section tree
 * included. The engine may then run the rule on each such unit alone and reuse the findings of a unit whose text is
 * unchanged (local-rules.ts); the findings must be the same as on the whole report.
 */
export type RuleLocality = 'block' | 'section';

export interface RuleMeta {
  /** zh-cn description, one line. */
  description: string;
  /** en description, one line. */
  descriptionEn: string;
  /** Whether the rule needs the segmenter (it then runs only once one is loaded). */
  needsSegmenter?: boolean;
  /** Unset: the rule reads the whole report. */
  locality?: RuleLocality;
}

export interface Rule {
  /** Code family this file reports, e.g. "structure/numbering" reports "structure/numbering-style" … */
  id: string;
  /** Every code this rule can emit, with its metadata (settings, docs and `report()` read it). */
  codes: CodeTable;
  meta: RuleMeta;
  check(doc: ReportDocument, ctx: RuleContext): Finding[];
}

export function ruleCodes(rule: Rule): string[] {
  return Object.keys(rule.codes);
}
