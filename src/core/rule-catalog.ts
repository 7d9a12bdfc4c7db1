// Every rule code the engine can report with its metadata (default severity, zh-cn/en description, doc page), in one
// sorted list: SARIF's rules array and the settings schema are built from it.
import type { CodeMeta } from './rule';
import { allRules } from './rules/index';

export interface CodeEntry extends CodeMeta {
  code: string;
}

/** Sorted by code. */
export function ruleCatalog(): CodeEntry[] {
  return allRules
    .flatMap((rule) => Object.entries(rule.codes).map(([code, meta]) => ({ code, ...meta })))
    .sort((a, b) => a.code.localeCompare(b.code));
}
