// Every rule code the engine can report, with what tools outside the editor need to name it: its default severity,
// zh-cn and en descriptions and its doc page. SARIF's rules array and the settings schema are built from it.
import { allRules } from './rules/index';
import type { Severity } from './types';

export interface CodeEntry {
  code: string;
  severity: Severity;
  description: string;
  descriptionEn: string;
  /** Path of its doc page inside the repository, e.g. "docs/rules/figure-sum.md". */
  doc: string;
}

export function docPathFor(code: string): string {
  return `docs/rules/${code.replace(/\//g, '-')}.md`;
}

/** Sorted by code. */
export function ruleCatalog(): CodeEntry[] {
  return allRules
    .flatMap((rule) => rule.codes.map((code) => ({
      code, severity: rule.meta.severity, description: rule.meta.description, descriptionEn: rule.meta.descriptionEn, doc: docPathFor(code),
    })))
    .sort((a, b) => a.code.localeCompare(b.code));
}
