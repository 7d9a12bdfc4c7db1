// Reads, checks and summarises report files one after another: the work of `fazhi-report summary` and of the editor's
// 检查文件夹中的全部报告, which differ only in where progress and problems are shown.
import { summarizeReport, type ReportSummary } from '../core/summary';
import { readReport } from './input';
import { displayPath, positionLabel } from './output';
import type { ReportLinter } from './report-linter';

export interface SummarizeHooks {
  /** How a report is named in the table and in problems (the path as given, or relative to the workspace folder). */
  name?(path: string): string;
  /** Called before each report (k from 0 of `total`) and once at the end with k = total. Awaited: it may yield. */
  progress?(k: number, path: string, total: number): void | Promise<void>;
  /** Stop before the next report when it returns true. */
  cancelled?(): boolean;
}

export async function summarizeFiles(paths: readonly string[], linter: ReportLinter, hooks: SummarizeHooks = {}): Promise<{ summaries: ReportSummary[]; troubles: string[] }> {
  const name = hooks.name ?? displayPath;
  const summaries: ReportSummary[] = [];
  const troubles: string[] = [];
  for (const [k, path] of paths.entries()) {
    if (hooks.cancelled?.()) break;
    await hooks.progress?.(k, path, paths.length);
    try {
      const input = readReport(path);
      if (!input.ok) {
        troubles.push(`${name(path)}：${input.reason}`);
        continue;
      }
      const options = linter.optionsFor(path, (p) => troubles.push(p));
      const run = linter.lint(input.text, input.format, options);
      run.failures.forEach((f) => troubles.push(`${name(path)}：规则 ${f.rule} 内部错误，该规则未检查：${f.error}`));
      summaries.push(summarizeReport(name(path), run, {
        segmenter: linter.segmenter, where: (span) => positionLabel(run.doc, span.start, input.word),
      }));
    } catch (error) {
      troubles.push(`${name(path)}：汇总时出错，未完成：${error instanceof Error ? error.message : String(error)}`);
    }
  }
  await hooks.progress?.(paths.length, '', paths.length);
  return { summaries, troubles };
}
