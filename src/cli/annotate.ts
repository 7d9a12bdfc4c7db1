// check --annotate: the findings as Word comments in a copy of the .docx (the input file is never written).
import { severityLabel, type Finding } from '../core/types';
import type { DocxImport } from '../import/docx';
import { sameFile, writeFailure } from './export';
import { displayPath as shown } from './output';
import { writeFileSafely } from './safe-write';

/** The comment for one finding: what is wrong (with its arithmetic), then the corrections on offer. */
export function commentParagraphs(f: Finding): string[] {
  return [`${severityLabel[f.severity]}（${f.code}）：${f.message}`, ...f.fixes.slice(0, 3).map((fix) => `可${fix.title}`)];
}

/**
 * Writes the annotated copy, by the same rules as export: only to a new path or a regular file (a FIFO, device,
 * directory or symbolic link there is refused), an existing file only with `force`, never the input itself.
 * Returns the reason when it was not written.
 */
export function writeAnnotated(input: string, bytes: Uint8Array, docx: DocxImport, findings: Finding[], output: string, force: boolean): string | undefined {
  if (sameFile(input, output)) return `批注副本“${shown(output)}”就是输入文件，拒绝覆盖；请用 -o 指定其他路径`;
  // Loaded for --annotate only (its own bundle in the CLI).
  const { annotateDocx } = require('../import/annotate') as typeof import('../import/annotate');
  const data = annotateDocx(bytes, docx, findings.map((f) => ({ start: f.span.start, end: f.span.end, paragraphs: commentParagraphs(f) })));
  try {
    writeFileSafely(output, data, { replace: force });
  } catch (error) {
    return writeFailure(output, error, ['批注副本', '批注副本']);
  }
  return undefined;
}
