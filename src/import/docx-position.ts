// Report offsets in Word terms, from the source map readDocx builds: apart from the reader, so that printing a
// finding's position needs neither the zip nor the XML reader.
import type { DocxImport } from './docx';

/** Where a report offset is in Word: paragraph 1-based in document order (table cells included), character 0-based. */
export interface DocxPosition {
  paragraph: number;
  character: number;
}

/** Word paragraph and character of a report offset; text the importer added maps to the next real character. */
export function docxPosition(source: DocxImport, offset: number): DocxPosition {
  const { paragraphAt, characterAt } = source;
  const n = paragraphAt.length;
  let k = Math.max(0, Math.min(offset, n - 1));
  while (k < n - 1 && !paragraphAt[k]) k++;
  while (k > 0 && !paragraphAt[k]) k--;
  const paragraph = paragraphAt[k];
  for (let j = k; j < n && paragraphAt[j] === paragraph; j++) if (characterAt[j] >= 0) return { paragraph, character: characterAt[j] };
  for (let j = k - 1; j >= 0 && paragraphAt[j] === paragraph; j--) if (characterAt[j] >= 0) return { paragraph, character: characterAt[j] + 1 };
  return { paragraph: Math.max(1, paragraph), character: 0 };
}

/** A report span in Word terms; the end is just after the span's last character. */
export function docxRange(source: DocxImport, span: { start: number; end: number }): { start: DocxPosition; end: DocxPosition } {
  const start = docxPosition(source, span.start);
  if (span.end <= span.start) return { start, end: start };
  const last = docxPosition(source, span.end - 1);
  return { start, end: { paragraph: last.paragraph, character: last.character + 1 } };
}
