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

/** Last year's report as read from its file: parsed by whoever checks with it (the CLI here, the server's lint worker). */
export interface PreviousFile {
  path: string;
  text: string;
  format: 'markdown' | 'plaintext';
}

export interface PreviousLookup {
  file?: PreviousFile;
  /** Why a named previous report could not be used (Chinese). */
  problem?: string;
}

/**
 * Last year's report for the report at `path`: `named` (--previous, the settings' `previous`) or the report of the year
 * before by the same issuer in its folder. `current` parses this year's report, asked only when the folder holds a
 * report with a year.
 */
export function findPreviousFile(path: string, current: () => ReportDocument, named: string | undefined): PreviousLookup {
  // Last year's report checked along with this year's is not compared with itself.
  if (named !== undefined && resolve(named) === resolve(path)) return {};
  const fileOf = (file: string, c: Candidate): PreviousLookup => ({ file: { path: file, text: c.text!, format: c.format! } });
  if (named !== undefined) {
    const c = candidate(resolve(named));
    if (c.doc) return fileOf(named, c);
    const failed = readReport(named);
    return { problem: `上年报告 ${named} 无法读取：${failed.ok ? '未知原因' : failed.reason}` };
  }
  if (path === '-') return {};
  const self = resolve(path);
  const others = expandInputs([dirname(self)]).files.filter((file) => resolve(file) !== self && !/\.批注\.docx$/i.test(file));
  const dated = others.filter((file) => candidate(resolve(file)).doc?.year !== undefined);
  if (!dated.length) return {};
  const doc = current();
  const found = dated.filter((file) => isPreviousReportOf(candidate(resolve(file)).doc!, doc));
  // The same report as .docx and as the .md imported from it: the one of this report's kind.
  const chosen = found.find((file) => extname(file).toLowerCase() === extname(path).toLowerCase()) ?? found[0];
  return chosen ? fileOf(chosen, candidate(resolve(chosen))) : {};
}

/** Last year's report read and analysed for the check of `path` (this year's report parsed as `doc`). */
export function previousReportFor(path: string, doc: ReportDocument, named: string | undefined, segmenter: Segmenter | undefined, words: string[]): { previous?: PreviousReport; problem?: string } {
  const { file, problem } = findPreviousFile(path, () => doc, named);
  return { problem, previous: file && readPreviousReport(file.text, { format: file.format }, basename(file.path), segmenter, words) };
}
