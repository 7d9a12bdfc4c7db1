// Last year's report for a report checked on the command line: the file named by --previous (or `previous` in
// .fazhirc.json), else the report in the same folder whose year is one before and whose issuer is the same. Each
// candidate is read and parsed once per process (again only when its size or time stamp changed).
import { statSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import { parseReport } from '../core/document';
import { isPreviousReportOf, readPreviousReport, type PreviousReport } from '../core/previous';
import type { Segmenter } from '../core/segmenter';
import type { ReportDocument } from '../core/types';
import { expandInputs, readReport } from './input';

interface Candidate {
  stamp: string;
  text?: string;
  format?: 'markdown' | 'plaintext';
  doc?: ReportDocument;
}

const candidates = new Map<string, Candidate>();

function candidate(path: string): Candidate {
  let stamp = '';
  try {
    const stat = statSync(path);
    stamp = `${stat.size}:${stat.mtimeMs}`;
  } catch {
    return { stamp };
  }
  const known = candidates.get(path);
  if (known?.stamp === stamp) return known;
  const read = readReport(path);
  const fresh: Candidate = read.ok ? { stamp, text: read.text, format: read.format, doc: parseReport(read.text, { format: read.format }) } : { stamp };
  candidates.set(path, fresh);
  return fresh;
}

export interface PreviousLookup {
  previous?: PreviousReport;
  /** Why a named previous report could not be used (Chinese). */
  problem?: string;
}

/** Last year's report for `path` (this year's report parsed as `doc`); `named` is --previous or the config's `previous`. */
export function previousReportFor(path: string, doc: ReportDocument, named: string | undefined, segmenter: Segmenter | undefined, words: string[]): PreviousLookup {
  const read = (file: string, c: Candidate) => readPreviousReport(c.text!, { format: c.format! }, basename(file), segmenter, words);
  // Last year's report checked along with this year's is not compared with itself.
  if (named !== undefined && resolve(named) === resolve(path)) return {};
  if (named !== undefined) {
    const c = candidate(resolve(named));
    if (!c.doc) {
      const failed = readReport(named);
      return { problem: `上年报告 ${named} 无法读取：${failed.ok ? '未知原因' : failed.reason}` };
    }
    return { previous: read(named, c) };
  }
  if (path === '-' || !doc.year) return {};
  const self = resolve(path);
  const found = expandInputs([dirname(self)]).files
    .filter((file) => resolve(file) !== self && !/\.批注\.docx$/i.test(file))
    .filter((file) => {
      const c = candidate(resolve(file));
      return c.doc !== undefined && isPreviousReportOf(c.doc, doc);
    });
  // The same report as .docx and as the .md imported from it: the one of this report's kind.
  const chosen = found.find((file) => extname(file).toLowerCase() === extname(path).toLowerCase()) ?? found[0];
  return chosen ? { previous: read(chosen, candidate(resolve(chosen))) } : {};
}
