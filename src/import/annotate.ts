// Findings written back into the writer's own .docx as Word comments (批注): reviewers work in Word. The comment
// marks are inserted into the original document.xml — splitting a run where a finding starts or ends inside it, with
// the run's formatting copied — so everything else in the file stays byte-for-byte what the writer made.
import { strToU8, zipSync } from 'fflate';
import { docxPosition, DocxError, unzipParts, type DocxImport } from './docx';
import { escapeXml } from './xml';

export interface Annotation {
  /** Offsets in `DocxImport.markdown`. */
  start: number;
  end: number;
  /** One paragraph of the comment per entry. */
  paragraphs: string[];
}

export interface AnnotateOptions {
  author?: string;
  initials?: string;
  /** ISO date of the comments (Word shows it); defaults to now. */
  date?: string;
}

const wordNamespace = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const commentsType = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const commentsContentType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';

interface Insertion {
  at: number;
  /** Split the run here (inside a w:t, or between run children) rather than insert at paragraph level. */
  split?: { run: number; inText: boolean };
  ends: string[];
  starts: string[];
}

/** A copy of the .docx with one Word comment per annotation; `bytes` itself is not modified. */
export function annotateDocx(bytes: Uint8Array, source: DocxImport, annotations: Annotation[], options: AnnotateOptions = {}): Uint8Array {
  const parts = unzipParts(bytes, () => true);
  if (!parts['word/document.xml']) throw new DocxError('不是 Word 文档（缺少 word/document.xml）');
  const decoder = new TextDecoder('utf-8');
  const existingComments = parts['word/comments.xml'] ? decoder.decode(parts['word/comments.xml']) : undefined;
  const usedIds = [...(existingComments ?? '').matchAll(/<w:comment\b[^>]*\bw:id="(\d+)"/g), ...source.documentXml.matchAll(/<w:comment(?:RangeStart|Reference)\b[^>]*\bw:id="(\d+)"/g)].map((m) => Number(m[1]));
  const firstId = usedIds.length ? Math.max(...usedIds) + 1 : 0;

  const insertions = new Map<number, Insertion>();
  const insert = (at: number, split: Insertion['split'], mark: string, side: 'starts' | 'ends') => {
    const entry = insertions.get(at) ?? { at, split, ends: [], starts: [] };
    insertions.set(at, entry);
    entry[side].push(mark);
  };
  annotations.forEach((annotation, index) => {
    const id = firstId + index;
    const startMark = `<w:commentRangeStart w:id="${id}"/>`;
    const endMark = `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`;
    const [first, last] = wordCharacters(source, annotation.start, Math.max(annotation.end, annotation.start + 1));
    if (first === undefined || last === undefined) {
      // Only text the importer added (an automatic numbering marker): the comment covers the whole paragraph.
      const paragraph = source.paragraphs[docxPosition(source, annotation.start).paragraph - 1];
      if (!paragraph) return;
      insert(paragraph.contentStart, undefined, startMark, 'starts');
      insert(paragraph.contentEnd, undefined, endMark, 'ends');
      return;
    }
    insert(source.xmlStart[first], { run: source.runAt[first], inText: source.inText[first] === 1 }, startMark, 'starts');
    insert(source.xmlEnd[last], { run: source.runAt[last], inText: source.inText[last] === 1 }, endMark, 'ends');
  });

  const xml = source.documentXml;
  let out = '';
  let cursor = 0;
  for (const entry of [...insertions.values()].sort((a, b) => a.at - b.at)) {
    out += xml.slice(cursor, entry.at);
    const marks = entry.ends.join('') + entry.starts.join('');
    const run = entry.split && source.runs[entry.split.run];
    if (!run) out += marks;
    else if (entry.split?.inText) out += `</w:t></w:r>${marks}${run.openTag}${run.properties}<w:t xml:space="preserve">`;
    else out += `</w:r>${marks}${run.openTag}${run.properties}`;
    cursor = entry.at;
  }
  out += xml.slice(cursor);

  const date = options.date ?? new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const author = escapeXml(options.author ?? '法治报告助手');
  const initials = escapeXml(options.initials ?? 'FZ');
  const comments = annotations.map((annotation, index) =>
    `<w:comment w:id="${firstId + index}" w:author="${author}" w:date="${date}" w:initials="${initials}">` +
    annotation.paragraphs.map((text) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`).join('') +
    '</w:comment>').join('');
  const commentsXml = existingComments
    ? existingComments.replace(/<\/w:comments>\s*$/, `${comments}</w:comments>`)
    : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${wordNamespace}">${comments}</w:comments>`;
  if (!commentsXml.includes(comments)) throw new DocxError('word/comments.xml 格式错误，无法添加批注');

  const updated: Record<string, Uint8Array> = { ...parts, 'word/document.xml': strToU8(out), 'word/comments.xml': strToU8(commentsXml) };
  const types = parts['[Content_Types].xml'] && decoder.decode(parts['[Content_Types].xml']);
  if (types && !types.includes('PartName="/word/comments.xml"')) {
    updated['[Content_Types].xml'] = strToU8(types.replace('</Types>', `<Override PartName="/word/comments.xml" ContentType="${commentsContentType}"/></Types>`));
  }
  const relsName = 'word/_rels/document.xml.rels';
  const rels = parts[relsName] ? decoder.decode(parts[relsName]) : '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  if (!rels.includes(commentsType)) {
    updated[relsName] = strToU8(rels.replace('</Relationships>', `<Relationship Id="rIdFazhiComments" Type="${commentsType}" Target="comments.xml"/></Relationships>`));
  }
  return zipSync(updated, { level: 6 });
}

/** The first and last characters in [start, end) that exist in document.xml (not numbering markers or separators). */
function wordCharacters(source: DocxImport, start: number, end: number): [number | undefined, number | undefined] {
  let first: number | undefined;
  let last: number | undefined;
  for (let k = Math.max(0, start); k < Math.min(end, source.xmlStart.length); k++) {
    if (source.xmlStart[k] < 0) continue;
    first ??= k;
    last = k;
  }
  return [first, last];
}
