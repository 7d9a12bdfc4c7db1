// One check of one document version, as the language server keeps it: everything its requests need, computed in the
// lint worker and sent back as plain data (cheap to pass between threads), with offsets into the text that was checked.
import type { Diagnostic, Range, TextEdit } from 'vscode-languageserver';
import { basename } from 'node:path';
import { findPreviousFile } from '../cli/previous-file';
import { parseReport, type ParseOptions } from '../core/document';
import { readPreviousReport, type PreviousReport } from '../core/previous';
import { certainFixes, fixAll } from '../core/fixes';
import { LintCancelled, lintDocument, type LintRun } from '../core/lint';
import type { Rule } from '../core/rule';
import type { Segmenter } from '../core/segmenter';
import type { UnitCache } from '../core/unit-cache';
import { positionAt } from '../core/text';
import type { Finding, ReportDocument, Span } from '../core/types';
import { completionModel, type CompletionModel } from './completion';
import { toDiagnostic } from './diagnostics';
import { figuresModel, noFigures, type FiguresModel } from './figures-model';
import { foldingSpans } from './folding';
import { hoverModel, noHover, type HoverModel } from './hover';
import { toRange } from './ranges';
import type { ResolvedProfile } from '../core/profile';
import { looksLikeReport } from '../core/report-detection';
import { matchesInclude, type DocumentSettings } from './settings';
import { reportTokens, type TokenTable } from './semantic-tokens';
import { documentSymbols, type SpanSymbol } from './symbols';
import { isReportLanguage } from '../languages';

// A document far longer than any report (a few tens of thousands of characters) is not read at all: its check would
// hold up the checks of every other document for seconds.
export const maxCheckedLength = 400_000;

export interface LintJob {
  uri: string;
  version: number;
  text: string;
  languageId: string;
  /** The file path, when the document is a file (for the include globs). */
  path?: string;
  settings: DocumentSettings;
  workspaceFolders: string[];
}

export interface Snapshot {
  version: number;
  /** Whether the document is checked at all (looks like a report, or matches fazhiReport.include). */
  isReport: boolean;
  /** Whether fazhiReport.exclude turned checking off for this document. */
  excluded: boolean;
  /** Whether the segmenter-dependent rules ran. */
  withSegmenter: boolean;
  /** How the document was read (one-line notices shown once). */
  notices: string[];
  failures: LintRun['failures'];
  diagnostics: Diagnostic[];
  /** Certain fixes per finding code: the counts in the fix-all titles. */
  certainFixes: Record<string, number>;
  /** Where a file-wide disable comment goes: after the front matter (which must stay first) and the BOM. */
  fileDirectiveOffset: number;
  symbols: SpanSymbol[];
  folds: Span[];
  hover: HoverModel;
  /** The figures view: every figure by section, with the relations it takes part in. */
  figures: FiguresModel;
  completion: CompletionModel;
  /** The profile the rules used (reports only): the client's status bar shows it. */
  profile?: ResolvedProfile;
  /** Semantic tokens of a plain-text report (figures, 层次序数). */
  tokens: TokenTable;
}

/**
 * What the writer waits for after an edit, sent ahead of the rest of the snapshot (hover, figures view, outline and
 * tokens take as long again to build and to pass between threads on a long report).
 */
export type EarlyDiagnostics = Pick<Snapshot, 'version' | 'isReport' | 'diagnostics'>;

export interface CheckContext {
  rules: Rule[];
  segmenter?: Segmenter;
  cancelled?: () => boolean;
  /** The findings of local rules kept from the document's earlier checks (lint.ts). */
  unitCache?: UnitCache;
}

export function checkDocument(job: LintJob, context: CheckContext, onDiagnostics?: (early: EarlyDiagnostics) => void): Snapshot {
  const check = startCheck(job, context);
  if (check.early && onDiagnostics) {
    onDiagnostics(check.early);
    return check.finish(true);
  }
  return check.finish(false);
}

/** A check whose rules have run: its diagnostics (a report's), and the rest of its snapshot, built when asked for. */
export interface StartedCheck {
  early?: EarlyDiagnostics;
  /** The snapshot; without its diagnostics when they were sent ahead. Throws LintCancelled once a newer version waits. */
  finish(sentEarly: boolean): Snapshot;
}

/**
 * The rules of a check, the rest of its snapshot left for later: the lint worker sends the diagnostics and builds the
 * rest once the server has published them (on two busy cores the two would otherwise share one).
 */
export function startCheck(job: LintJob, context: CheckContext): StartedCheck {
  const { text, settings } = job;
  const format = formatOf(job);
  const included = matchesInclude(settings.include, job.path, job.workspaceFolders);
  const tooLong = text.length > maxCheckedLength;
  // An over-long document is not read: an empty model stands in.
  const doc = parseReport(tooLong ? '' : text, parseOptions(job, context));
  const excluded = matchesInclude(settings.exclude, job.path, job.workspaceFolders);
  const isReport = !tooLong && !excluded && (included || (isReportLanguage(job.languageId) && looksLikeReport(doc)));
  const notices: string[] = [];
  if (tooLong && (included || isReportLanguage(job.languageId))) {
    notices.push(`文档过长（${text.length} 字符），超过 ${maxCheckedLength} 字符的检查上限，未检查`);
  }
  const base = { version: job.version, isReport, excluded, withSegmenter: !!context.segmenter, notices, failures: [], diagnostics: [], certainFixes: {} };
  if (!isReport) {
    const snapshot: Snapshot = {
      ...base, fileDirectiveOffset: 0, symbols: [], folds: [], hover: noHover(), figures: noFigures(),
      completion: { format, headings: [], missing: [] }, tokens: new Int32Array(0),
    };
    return { finish: () => snapshot };
  }
  notices.push(...doc.notices);
  const previous = previousOf(job, doc, context.segmenter, notices);
  const run = lintDocument(doc, { options: settings.lint, ...context, previous });
  const diagnostics = run.findings.map((f) => toDiagnostic(doc, job.uri, job.version, f));
  return { early: { version: job.version, isReport, diagnostics }, finish: (sentEarly) => finishSnapshot(job, context, doc, run, base, diagnostics, sentEarly) };
}

function finishSnapshot(
  job: LintJob, context: CheckContext, doc: ReportDocument, run: LintRun, base: Pick<Snapshot, 'version' | 'isReport' | 'excluded' | 'withSegmenter' | 'notices'>,
  diagnostics: Diagnostic[], sentEarly: boolean,
): Snapshot {
  // The rest serves requests (hover, outline, figures view …) and takes about as long again on a long report, then as
  // long to pass to the server: once a newer version is waiting, it would be stale before it is read and would hold
  // up that version's check, so it is dropped (requests read the last finished check meanwhile).
  const wanted = <T>(build: () => T): T => {
    if (context.cancelled?.()) throw new LintCancelled();
    return build();
  };
  const counts = wanted(() => certainFixCounts(run.findings));
  const snapshot: Snapshot = {
    ...base,
    failures: run.failures,
    // Passed once: sent ahead, they are put back into the snapshot on the server's side (lint-host.ts).
    diagnostics: sentEarly ? [] : diagnostics,
    certainFixes: counts,
    fileDirectiveOffset: fileDirectiveOffset(doc),
    symbols: wanted(() => documentSymbols(doc)),
    folds: foldingSpans(doc),
    hover: wanted(() => hoverModel(run)),
    figures: wanted(() => figuresModel(run)),
    completion: wanted(() => completionModel(doc, run.analyses.outline())),
    profile: run.profile,
    tokens: wanted(() => reportTokens(run)),
  };
  return wanted(() => snapshot);
}

function certainFixCounts(findings: Finding[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const finding of findings) if (certainFixes([finding]).length) counts[finding.code] = (counts[finding.code] ?? 0) + 1;
  return counts;
}

const formatOf = (job: LintJob) => (job.languageId === 'markdown' ? 'markdown' : 'plaintext');

/** A job's format, and the Markdown chunks the worker read in the document's earlier versions. */
function parseOptions(job: LintJob, context: CheckContext): ParseOptions {
  return { format: formatOf(job), markdownChunks: context.unitCache?.markdownChunks, memory: context.unitCache?.parse };
}

function fileDirectiveOffset(doc: ReportDocument): number {
  if (doc.frontMatter) return doc.lineStarts[positionAt(doc.lineStarts, doc.frontMatter.span.end).line + 1] ?? doc.text.length;
  return doc.text.startsWith('\ufeff') ? 1 : 0;
}

export interface FixAllOutcome {
  edits: TextEdit[];
  summary: string;
  /** Certain fixes found in the text as it is (the count a fix-all title shows). */
  count: number;
}

// Last year's reports as analysed, by path: parsed again only when the text, the segmenter or the writer's words changed.
// The files are found here, in the worker, so that the server's own thread never reads a folder of reports.
const previousReports = new Map<string, { key: string; report: PreviousReport }>();
const maxPreviousReports = 16;

/**
 * Last year's report for a file of the workspace: the one the settings name (fazhiReport.previousReport, .fazhirc.json),
 * else the report of the year before by the same issuer in its folder. A named file that cannot be read is a notice.
 */
function previousOf(job: LintJob, doc: ReportDocument, segmenter: Segmenter | undefined, notices: string[] = []): PreviousReport | undefined {
  if (!job.path) return undefined;
  const { file, problem } = findPreviousFile(job.path, () => doc, job.settings.lint.previous);
  if (problem) notices.push(problem);
  if (!file) return undefined;
  const words = job.settings.lint.words ?? [];
  const key = `${!!segmenter}\u0000${words.join('\u0000')}\u0000${file.text}`;
  const known = previousReports.get(file.path);
  if (known?.key === key) return known.report;
  if (previousReports.size >= maxPreviousReports) previousReports.clear();
  const report = readPreviousReport(file.text, { format: file.format }, basename(file.path), segmenter, words);
  previousReports.set(file.path, { key, report });
  return report;
}

/** The certain fixes of the document (of one code), applied until stable, as LSP edits of the job's text. */
export function fixAllEdits(job: LintJob, context: CheckContext, code?: string): FixAllOutcome {
  const parse = parseOptions(job, context);
  const doc = parseReport(job.text, parse);
  const request = {
    options: job.settings.lint, rules: context.rules, segmenter: context.segmenter, unitCache: context.unitCache, previous: previousOf(job, doc, context.segmenter),
  };
  const first = lintDocument(doc, request).findings;
  const relint = (text: string) => lintDocument(parseReport(text, parse), request).findings;
  const only = code ? (f: Finding) => f.code === code : () => true;
  const result = fixAll(doc.text, relint, only, first);
  return {
    edits: result.edits.map((e) => ({ range: toRange(doc, e.span), newText: e.newText })),
    summary: result.summary,
    count: certainFixes(first.filter(only)).length,
  };
}

/** A deferred fix of a diagnostic: the finding is found again by its code and range, the fix by its title. */
export interface FixTarget {
  code: string;
  range: Range;
  title: string;
}

/** The edits of a deferred fix in the job's text; empty when the text no longer has that finding. */
export function deferredFixEdits(job: LintJob, context: CheckContext, target: FixTarget): TextEdit[] {
  const doc = parseReport(job.text, parseOptions(job, context));
  const { findings } = lintDocument(doc, {
    options: job.settings.lint, rules: context.rules, segmenter: context.segmenter, unitCache: context.unitCache, previous: previousOf(job, doc, context.segmenter),
  });
  const same = (a: Range, b: Range) => a.start.line === b.start.line && a.start.character === b.start.character &&
    a.end.line === b.end.line && a.end.character === b.end.character;
  const finding = findings.find((f) => f.code === target.code && same(toRange(doc, f.span), target.range));
  const fix = finding?.fixes.find((f) => f.title === target.title);
  return fix ? fix.edits.map((e) => ({ range: toRange(doc, e.span), newText: e.newText })) : [];
}
