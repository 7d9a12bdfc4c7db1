// Effective settings for one document: editor settings (section "fazhiReport", pulled per document) overridden by
// the nearest .fazhirc.json above the document's folder.
import { dirname, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import { findConfigFile, loadConfigFile, mergeOptions, normalizeConfig, type LoadedConfig } from '../core/config';
import type { LintOptions } from '../core/rule';

export const settingsSection = 'fazhiReport';
export const defaultDebounceMs = 150;

export interface DocumentSettings {
  lint: Partial<LintOptions>;
  /** Globs: documents matching one are checked even when their content does not look like a report. */
  include: string[];
  /** Globs: documents matching one are never checked (the writer turned checking off for them); wins over include. */
  exclude: string[];
  debounceMs: number;
  /** The .fazhirc.json that applied, if any. */
  configFile?: string;
  /** Chinese, one per invalid setting; the valid parts still apply. */
  problems: string[];
}

/** The .fazhirc.json that applies to the files of a folder, read. */
export type ConfigLookup = (folder: string) => { file: string; loaded: LoadedConfig } | undefined;

export const readNearestConfig: ConfigLookup = (folder) => {
  const file = findConfigFile(folder);
  return file ? { file, loaded: loadConfigFile(file) } : undefined;
};

/** .fazhirc.json per folder, read once: the server clears it when the file watcher reports a change. */
export class ConfigCache {
  private readonly byFolder = new Map<string, ReturnType<ConfigLookup>>();
  readonly lookup: ConfigLookup = (folder) => {
    if (!this.byFolder.has(folder)) this.byFolder.set(folder, readNearestConfig(folder));
    return this.byFolder.get(folder);
  };
  clear(): void {
    this.byFolder.clear();
  }
}

/** `editorSection` is the raw value of the "fazhiReport" section (untrusted); `documentPath` a file path or undefined. */
export function resolveSettings(editorSection: unknown, documentPath: string | undefined, lookup: ConfigLookup = readNearestConfig): DocumentSettings {
  const editor = normalizeConfig(isObject(editorSection) ? pickLintKeys(editorSection) : undefined);
  const problems = editor.problems.map((p) => `编辑器设置 fazhiReport：${p}`);
  const section = isObject(editorSection) ? editorSection : {};
  const include = globList(section, 'include', problems);
  const exclude = globList(section, 'exclude', problems);
  let debounceMs = defaultDebounceMs;
  if (typeof section.debounceMs === 'number' && Number.isFinite(section.debounceMs)) debounceMs = Math.min(5000, Math.max(0, section.debounceMs));
  else if (section.debounceMs !== undefined) problems.push('编辑器设置 fazhiReport.debounceMs 应为毫秒数');

  let lint = editor.options;
  let configFile: string | undefined;
  const config = documentPath ? lookup(dirname(documentPath)) : undefined;
  if (config) {
    configFile = config.file;
    problems.push(...config.loaded.problems);
    lint = mergeOptions(lint, config.loaded.options);
  }
  return { lint, include, exclude, debounceMs, configFile, problems };
}

function globList(section: Record<string, unknown>, key: 'include' | 'exclude', problems: string[]): string[] {
  const value = section[key];
  if (value !== undefined && !Array.isArray(value)) problems.push(`编辑器设置 fazhiReport.${key} 应为 glob 字符串数组`);
  return Array.isArray(value) ? value.filter((g): g is string => typeof g === 'string' && g.trim() !== '') : [];
}

function pickLintKeys(section: Record<string, unknown>): Record<string, unknown> {
  // fazhiReport.previousReport is .fazhirc.json's `previous`; an empty setting is no setting.
  const { rules, rounding, profile, words, allow, previousReport } = section;
  const previous = previousReport === '' ? undefined : previousReport;
  return Object.fromEntries(Object.entries({ rules, rounding, profile, words, allow, previous }).filter(([, v]) => v !== undefined));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Whether a file matches one of the include globs. A glob without "/" matches the file name anywhere ("*.report.md");
 * others match the path relative to a workspace folder ("reports/**​/*.md") or the absolute path.
 */
export function matchesInclude(globs: string[], filePath: string | undefined, workspaceFolders: string[]): boolean {
  if (!filePath || !globs.length) return false;
  const slash = (p: string) => p.split(sep).join('/');
  const candidates = [slash(filePath)];
  for (const folder of workspaceFolders) {
    const rel = relative(folder, filePath);
    if (rel && !rel.startsWith('..')) candidates.push(slash(rel));
  }
  return globs.some((glob) => candidates.some(globMatcher(glob)));
}

const matcherCache = new Map<string, (path: string) => boolean>();

/**
 * picomatch's matcher for one setting glob. A glob without "/" matches the file name; a relative one may match below
 * any folder (as VS Code's files.exclude does); an absolute one anchors at the root. A malformed glob matches nothing.
 */
export function globMatcher(glob: string): (path: string) => boolean {
  let matcher = matcherCache.get(glob);
  if (matcher) return matcher;
  const pattern = glob.replace(/^\.\//, '');
  try {
    matcher = pattern.startsWith('/') || !pattern.includes('/')
      ? picomatch(pattern, { dot: true, basename: !pattern.includes('/') })
      : picomatch([pattern, `**/${pattern}`], { dot: true });
  } catch {
    matcher = () => false;
  }
  matcherCache.set(glob, matcher);
  return matcher;
}
