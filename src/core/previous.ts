// Last year's report, for the year-over-year checks (rules year-*): parsed and analysed once (its figures, its outline),
// then handed to every check of this year's report. Which file is last year's report is decided here too: the one
// whose year is this year − 1 and whose issuer is this report's.
import { createRuleContext, type DocumentAnalyses } from './analyses';
import { parseReport, type ParseOptions } from './document';
import { issuerOf } from './profile';
import { defaultLintOptions } from './rule';
import { segmenterWithWords, type Segmenter } from './segmenter';
import type { ReportDocument } from './types';

export interface PreviousReport {
  /** How messages name it: its file name ("某县2024年法治政府建设情况的报告.md"). */
  name: string;
  doc: ReportDocument;
  /** Its figures and outline, read as the rules read this year's. */
  analyses: DocumentAnalyses;
}

/** Last year's report from its text. `words` are the writer's extra words (the same as this year's check uses). */
export function readPreviousReport(text: string, parse: ParseOptions, name: string, segmenter?: Segmenter, words: string[] = []): PreviousReport {
  const doc = parseReport(text, parse);
  const analyses = createRuleContext(doc, { ...defaultLintOptions, profile: 'government' }, segmenter && segmenterWithWords(segmenter, words));
  return { name, doc, analyses };
}

/** The issuer as the year-over-year match compares it: without spaces. */
function issuerKey(doc: ReportDocument): string | undefined {
  return issuerOf(doc)?.replace(/\s+/g, '');
}

/** Whether `candidate` is last year's report of the body that wrote `current`: its year is one before, the issuer the same. */
export function isPreviousReportOf(candidate: ReportDocument, current: ReportDocument): boolean {
  if (!candidate.year || !current.year || candidate.year.value !== current.year.value - 1) return false;
  const issuer = issuerKey(current);
  return issuer !== undefined && issuer === issuerKey(candidate);
}
