// What `check` and `summary` share for each report: its settings (a --config file, or the nearest .fazhirc.json,
// under the command-line options), the segmenter with the settings' extra words, and the lint run.
import { dirname, resolve } from 'node:path';
import { findConfigFile, loadConfigFile, mergeOptions } from '../core/config';
import { lintText, type LintRun } from '../core/lint';
import type { LintOptions } from '../core/rule';
import { loadSegmenter, type Segmenter } from '../core/segmenter';

export interface LinterSettings {
  /** Beneath everything else: the editor's fazhiReport.* settings (a .fazhirc.json overrides them, as in the editor). */
  defaults?: Partial<LintOptions>;
  /** A --config FILE: used for every report instead of the .fazhirc.json files. */
  config?: string;
  noConfig: boolean;
  cliOptions: Partial<LintOptions>;
}

export interface ReportLinter {
  segmenter: Segmenter;
  /** The options for one report; problems of its .fazhirc.json are passed to `warn`. */
  optionsFor(path: string, warn: (problem: string) => void): Partial<LintOptions>;
  lint(text: string, format: 'markdown' | 'plaintext', options: Partial<LintOptions>): LintRun;
}

/** The linter, or the problems of an explicit --config file (a usage error). */
export function createReportLinter(settings: LinterSettings): ReportLinter | { problems: string[] } {
  let explicitConfig: Partial<LintOptions> = {};
  if (settings.config) {
    const loaded = loadConfigFile(resolve(settings.config));
    if (loaded.problems.length) return { problems: loaded.problems };
    explicitConfig = loaded.options;
  }
  const segmenter = loadSegmenter();
  const addedWords = new Set<string>();
  return {
    segmenter,
    optionsFor(path, warn) {
      let fileConfig: Partial<LintOptions> = {};
      if (!settings.config && !settings.noConfig && path !== '-') {
        const found = findConfigFile(dirname(resolve(path)));
        if (found) {
          const loaded = loadConfigFile(found);
          loaded.problems.forEach(warn);
          fileConfig = loaded.options;
        }
      }
      const options = mergeOptions(settings.defaults ?? {}, fileConfig, explicitConfig, settings.cliOptions);
      const newWords = (options.words ?? []).filter((w) => !addedWords.has(w));
      if (newWords.length) {
        segmenter.addWords(newWords);
        newWords.forEach((w) => addedWords.add(w));
      }
      return options;
    },
    lint: (text, format, options) => lintText(text, { format }, { options, segmenter }),
  };
}
