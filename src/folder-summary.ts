// The work behind 检查文件夹中的全部报告, without the editor: the reports directly inside a folder, checked as `check`
// checks them (checkFile) with the editor's settings beneath each .fazhirc.json, as the summary page. Bundled on its
// own (dist/folder-summary.js) and loaded on first use, so that activating the extension does not pay for the engine.
import { randomBytes } from 'node:crypto';
import { relative } from 'node:path';
import { type CheckSettings, checkFile } from './cli/check-file';
import { expandInputs } from './cli/input';
import { normalizeConfig } from './core/config';
import { lazySegmenter } from './core/segmenter';
import type { ReportSummary } from './core/summary';
import { renderSummaryHtml } from './render/summary';

export interface FolderSummary {
  reports: number;
  /** One line per report that could not be read or checked completely. */
  troubles: string[];
  html: string;
}

export interface FolderSummaryHooks {
  /** Before each report (k from 0 of `total`). Awaited: the editor lets its window update there. */
  progress?(k: number, path: string, total: number): void | Promise<void>;
  /** Stop before the next report when it returns true. */
  cancelled?(): boolean;
}

/** Undefined when the folder has no report files; `settings` is the editor's fazhiReport section. */
export async function summarizeFolder(folder: string, settings: unknown, title: string, hooks: FolderSummaryHooks = {}): Promise<FolderSummary | undefined> {
  const { files, problems } = expandInputs([folder]);
  if (!files.length) return undefined;
  const check: CheckSettings = {
    format: 'summary', color: false, defaults: normalizeConfig(settings).options, noConfig: false, cliOptions: {}, annotate: false, force: false,
  };
  const segmenter = lazySegmenter();
  const name = (path: string) => relative(folder, path);
  const summaries: ReportSummary[] = [];
  const troubles = problems.flatMap((p) => (p.ok ? [] : [p.reason]));
  for (const [k, path] of files.entries()) {
    if (hooks.cancelled?.()) break;
    await hooks.progress?.(k, path, files.length);
    const outcome = checkFile(path, check, segmenter);
    troubles.push(...outcome.troubles.map((reason) => `${name(path)}：${reason}`));
    if (outcome.summary) summaries.push({ ...outcome.summary, path: name(path) });
  }
  return {
    reports: files.length,
    troubles,
    html: renderSummaryHtml(summaries, { nonce: randomBytes(16).toString('base64'), title, source: folder }),
  };
}
