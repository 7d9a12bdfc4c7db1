// The work behind 检查文件夹中的全部报告, without the editor: the reports directly inside a folder, checked with the
// editor's settings beneath each .fazhirc.json, as the summary page. Bundled on its own (dist/folder-summary.js) and
// loaded on first use, so that activating the extension does not pay for parsing the engine.
import { randomBytes } from 'node:crypto';
import { relative } from 'node:path';
import { expandInputs } from './cli/input';
import { createReportLinter } from './cli/report-linter';
import { summarizeFiles, type SummarizeHooks } from './cli/summarize-files';
import { normalizeConfig } from './core/config';
import { renderSummaryHtml } from './render/summary';

export interface FolderSummary {
  reports: number;
  /** One line per report that could not be read or checked completely. */
  troubles: string[];
  html: string;
}

/** Undefined when the folder has no report files; `settings` is the editor's fazhiReport section. */
export async function summarizeFolder(
  folder: string, settings: unknown, title: string, hooks: Omit<SummarizeHooks, 'name'>,
): Promise<FolderSummary | undefined> {
  const { files, problems } = expandInputs([folder]);
  if (!files.length) return undefined;
  const linter = createReportLinter({ defaults: normalizeConfig(settings).options, noConfig: false, cliOptions: {} });
  if ('problems' in linter) throw new Error(linter.problems.join('；')); // only an explicit config file can fail, and there is none
  const result = await summarizeFiles(files, linter, { ...hooks, name: (path) => relative(folder, path) });
  return {
    reports: files.length,
    troubles: [...problems.flatMap((p) => (p.ok ? [] : [p.reason])), ...result.troubles],
    html: renderSummaryHtml(result.summaries, { nonce: randomBytes(16).toString('base64'), title, source: folder }),
  };
}
