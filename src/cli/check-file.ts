// `check` of one file, from reading it to the lines to print: the same function runs in the main thread (--jobs 1,
// --fix, standard input) and in the batch workers, so a file's output cannot depend on where it was checked.
import { dirname, resolve } from 'node:path';
import { findConfigFile, loadConfigFile, mergeOptions } from '../core/config';
import { parseReport } from '../core/document';
import { lintDocument } from '../core/lint';
import type { LintOptions } from '../core/rule';
import type { Segmenter } from '../core/segmenter';
import { summarizeReport, type ReportSummary } from '../core/summary';
import type { Severity } from '../core/types';
import { writeAnnotated } from './annotate';
import { type FixMode, fixReport } from './fix';
import { type CiFormat, type LocatedFile, locateFindings } from './formats';
import { annotatedPath, readReport } from './input';
import { previousReportFor } from './previous-file';
import { displayPath as shown, jsonDiagnostic, positionLabel, textLines } from './output';

export interface CheckSettings {
  /** 'summary': no output lines, the report's row for `summary` and 检查文件夹中的全部报告. */
  format: 'text' | 'json' | CiFormat | 'summary';
  /** Beneath every other layer: the editor's fazhiReport.* settings (a .fazhirc.json overrides them, as in the editor). */
  defaults?: Partial<LintOptions>;
  color: boolean;
  /** Options of --config (then no .fazhirc.json is looked up) or undefined. */
  explicitConfig?: Partial<LintOptions>;
  noConfig: boolean;
  cliOptions: Partial<LintOptions>;
  fix?: FixMode;
  annotate: boolean;
  output?: string;
  force: boolean;
  /** --previous: last year's report; else `previous` of the settings, else the one found in the report's folder. */
  previous?: string;
}

export interface FileOutcome {
  /** For stderr, in order (one line each). */
  messages: string[];
  /** Reasons the file was not read or not checked completely (exit code 2), printed after all files. */
  troubles: string[];
  /** Standard input under --fix: the text to pass on through stdout. */
  stdout?: Uint8Array;
  /** The findings: text lines (none when there are none) or one compact JSON object for the "files" array. */
  block?: string;
  /** For the CI formats: the findings located, rendered once every file is in. */
  located?: LocatedFile;
  /** For the summary: the report's row and findings. */
  summary?: ReportSummary;
  /** --fix-dry-run: the unified diff. */
  diff?: string;
  checked: boolean;
  counts: Record<Severity, number>;
}

/** The options of a --config FILE (then no .fazhirc.json is looked up), or its problems: a usage error. */
export function loadExplicitConfig(path: string | undefined): { options?: Partial<LintOptions> } | { problems: string[] } {
  if (path === undefined) return {};
  const loaded = loadConfigFile(resolve(path));
  return loaded.problems.length ? { problems: loaded.problems } : { options: loaded.options };
}

export function emptyCounts(): Record<Severity, number> {
  return { error: 0, warning: 0, information: 0, hint: 0 };
}

/** Whatever goes wrong with one file is reported for that file: the caller goes on with the others. */
export function checkFile(path: string, settings: CheckSettings, segmenter: Segmenter): FileOutcome {
  const outcome: FileOutcome = { messages: [], troubles: [], checked: false, counts: emptyCounts() };
  const say = (line: string) => outcome.messages.push(`fazhi-report：${line}`);
  try {
    const input = readReport(path);
    if (!input.ok) {
      outcome.troubles.push(input.reason);
      return outcome;
    }
    if (input.note) say(`${shown(path)}：${input.note}`);
    let fileConfig: Partial<LintOptions> = {};
    if (!settings.explicitConfig && !settings.noConfig && path !== '-') {
      const found = findConfigFile(dirname(resolve(path)));
      if (found) {
        const loaded = loadConfigFile(found);
        loaded.problems.forEach((p) => say(p));
        fileConfig = loaded.options;
      }
    }
    const options = mergeOptions(settings.defaults ?? {}, fileConfig, settings.explicitConfig ?? {}, settings.cliOptions);
    const doc = parseReport(input.text, { format: input.format });
    const { previous, problem } = previousReportFor(path, doc, settings.previous ?? options.previous, segmenter, options.words ?? []);
    if (problem) outcome.troubles.push(problem);
    const lint = (text: string) => lintDocument(text === input.text ? doc : parseReport(text, { format: input.format }), { options, segmenter, previous });
    let run = lint(input.text);
    run.doc.notices.forEach((notice) => say(`${shown(path)}：${notice}`));
    if (settings.fix && input.word !== undefined) {
      outcome.troubles.push(`是 Word 文档，不支持在 Word 文档中修复（${settings.fix === 'fix' ? '--fix' : '--fix-dry-run'}），未改动；可用 --annotate 写出批注后在 Word 中修改`);
    } else if (settings.fix && input.word === undefined) {
      const fixed = fixReport(input, run.findings, (t) => lint(t).findings, settings.fix);
      if (fixed.refusal) outcome.troubles.push(fixed.refusal);
      if (fixed.summary) say(`${shown(path)}：${fixed.summary}`);
      if (fixed.output) outcome.stdout = fixed.output;
      if (fixed.diff) outcome.diff = fixed.diff;
      if (fixed.text !== input.text) run = lint(fixed.text);
    }
    // A rule that threw leaves the check incomplete: the other rules' findings print, and the exit code says so.
    run.failures.forEach((f) => outcome.troubles.push(`规则 ${f.rule} 内部错误，该规则未检查：${f.error}`));
    if (settings.format === 'json') {
      outcome.block = JSON.stringify({ path, diagnostics: run.findings.map((f) => jsonDiagnostic(run.doc, f, input.word)) });
    } else if (settings.format === 'summary') {
      outcome.summary = summarizeReport(path, run, { segmenter, where: (span) => positionLabel(run.doc, span.start, input.word) });
    } else if (settings.format !== 'text') {
      outcome.located = locateFindings(path, run.doc, run.findings, input.word);
    } else if (run.findings.length) {
      outcome.block = [settings.color ? `\x1b[1m${shown(path)}\x1b[0m` : shown(path), ...textLines(path, run.doc, run.findings, settings.color, input.word)].join('\n');
    }
    outcome.checked = true;
    run.findings.forEach((f) => outcome.counts[f.severity]++);
    if (settings.annotate && input.word) {
      const output = settings.output ?? annotatedPath(path);
      const refused = writeAnnotated(path, input.bytes, input.word, run.findings, output, settings.force);
      if (refused) outcome.troubles.push(refused);
      else say(`${shown(path)}：已写入批注副本 ${shown(output)}（${run.findings.length} 条批注）`);
    } else if (settings.annotate) {
      say(`${shown(path)}：不是 .docx，未写批注副本`);
    }
  } catch (error) {
    outcome.troubles.push(`检查时出错，未完成：${error instanceof Error ? error.message : String(error)}`);
  }
  return outcome;
}
