// A small XML reader for the parts of a .docx: a tree of elements that remembers where each one sits in the source,
// so the importer can map report text back into document.xml and the annotator can insert comment marks there.
// One linear pass; no DTDs or external entities (a .docx has none, and they are a known attack surface).

export interface XmlElement {
  /** Qualified name with the WordprocessingML prefix normalised to "w" ("w:p", "w:t", "mc:Fallback"). */
  name: string;
  attrs: Record<string, string>;
  /** Offset of "<". */
  start: number;
  /** Offset just after the start tag's ">". */
  openEnd: number;
  /** Offset of the end tag's "<" (equal to openEnd for an empty element). */
  closeStart: number;
  /** Offset just after the element. */
  end: number;
  children: XmlNode[];
}

export interface XmlText {
  name: '#text';
  start: number;
  end: number;
}

export type XmlNode = XmlElement | XmlText;

const wordNamespace = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const attributePattern = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const namedEntities: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export class XmlError extends Error {}

/** Real documents nest a few dozen levels (tables in tables, content controls); the readers walk the tree recursively. */
const maxDepth = 200;

/** Parses a whole XML document; throws XmlError on input that is not well-formed enough to read. */
export function parseXml(source: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, start: 0, openEnd: 0, closeStart: source.length, end: source.length, children: [] };
  const stack: XmlElement[] = [root];
  let wordPrefix: string | undefined;
  let at = 0;
  while (at < source.length) {
    const lt = source.indexOf('<', at);
    const textEnd = lt < 0 ? source.length : lt;
    if (textEnd > at) stack[stack.length - 1].children.push({ name: '#text', start: at, end: textEnd });
    if (lt < 0) break;
    if (source.startsWith('<?', lt)) { at = expectEnd(source, '?>', lt); continue; }
    if (source.startsWith('<!--', lt)) { at = expectEnd(source, '-->', lt); continue; }
    if (source.startsWith('<![CDATA[', lt)) {
      const close = expectEnd(source, ']]>', lt);
      stack[stack.length - 1].children.push({ name: '#text', start: lt, end: close });
      at = close;
      continue;
    }
    if (source.startsWith('<!', lt)) throw new XmlError('不支持 DTD');
    const gt = tagEnd(source, lt);
    if (source.charCodeAt(lt + 1) === 0x2f /* / */) {
      const name = normalise(source.slice(lt + 2, gt).trim(), wordPrefix);
      const open = stack.pop();
      if (!open || open === root || open.name !== name) throw new XmlError(`结束标签 ${name} 不匹配`);
      open.closeStart = lt;
      open.end = gt + 1;
      at = gt + 1;
      continue;
    }
    const selfClosing = source.charCodeAt(gt - 1) === 0x2f;
    const inner = source.slice(lt + 1, selfClosing ? gt - 1 : gt);
    const nameEnd = inner.search(/[\s/]|$/);
    const attrs: Record<string, string> = {};
    attributePattern.lastIndex = nameEnd;
    for (let m = attributePattern.exec(inner); m; m = attributePattern.exec(inner)) attrs[m[1]] = decodeXml(m[2] ?? m[3]);
    if (stack.length === 1) {
      wordPrefix = Object.entries(attrs).find(([key, value]) => key.startsWith('xmlns:') && value === wordNamespace)?.[0].slice(6);
    }
    const element: XmlElement = {
      name: normalise(inner.slice(0, nameEnd), wordPrefix), attrs: renameAttributes(attrs, wordPrefix),
      start: lt, openEnd: gt + 1, closeStart: gt + 1, end: gt + 1, children: [],
    };
    stack[stack.length - 1].children.push(element);
    if (!selfClosing) {
      if (stack.length > maxDepth) throw new XmlError('元素嵌套过深');
      stack.push(element);
    }
    at = gt + 1;
  }
  if (stack.length !== 1) throw new XmlError(`元素 ${stack[stack.length - 1].name} 未结束`);
  return root;
}

/** The ">" closing the tag at `lt`; a ">" inside a quoted attribute value does not count. */
function tagEnd(source: string, lt: number): number {
  let quote = '';
  for (let k = lt + 1; k < source.length; k++) {
    const c = source[k];
    if (quote) { if (c === quote) quote = ''; } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return k;
  }
  throw new XmlError('标签未结束');
}

function expectEnd(source: string, terminator: string, from: number): number {
  const end = source.indexOf(terminator, from);
  if (end < 0) throw new XmlError('XML 未结束');
  return end + terminator.length;
}

function normalise(name: string, wordPrefix: string | undefined): string {
  if (!wordPrefix || wordPrefix === 'w' || !name.startsWith(wordPrefix + ':')) return name;
  return 'w' + name.slice(wordPrefix.length);
}

function renameAttributes(attrs: Record<string, string>, wordPrefix: string | undefined): Record<string, string> {
  if (!wordPrefix || wordPrefix === 'w') return attrs;
  return Object.fromEntries(Object.entries(attrs).map(([key, value]) => [normalise(key, wordPrefix), value]));
}

export function decodeXml(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, entity: string) => decodeEntity(entity) ?? whole);
}

function decodeEntity(entity: string): string | undefined {
  if (entity.startsWith('#')) {
    const code = entity[1] === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
  }
  return namedEntities[entity];
}

/**
 * The characters of a text node (or CDATA) with the source offset where each UTF-16 unit begins and ends — an entity
 * such as "&amp;" is one character spanning five source characters.
 */
export function decodeWithOffsets(source: string, node: XmlText): { text: string; starts: number[]; ends: number[] } {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  if (source.startsWith('<![CDATA[', node.start)) {
    const from = node.start + 9;
    const to = node.end - 3;
    for (let k = from; k < to; k++) { starts.push(k); ends.push(k + 1); }
    return { text: source.slice(from, to), starts, ends };
  }
  for (let k = node.start; k < node.end;) {
    let piece = source[k];
    let next = k + 1;
    if (piece === '&') {
      const semi = source.indexOf(';', k);
      const decoded = semi > k && semi - k < 12 ? decodeEntity(source.slice(k + 1, semi)) : undefined;
      if (decoded !== undefined) { piece = decoded; next = semi + 1; }
    }
    for (let u = 0; u < piece.length; u++) { starts.push(k); ends.push(next); }
    text += piece;
    k = next;
  }
  return { text, starts, ends };
}

export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter((c): c is XmlElement => c.name !== '#text' && (name === undefined || c.name === name));
}

export function firstChild(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((c): c is XmlElement => c.name === name);
}

/** The w:val of a child element: `<w:numId w:val="3"/>` → "3". */
export function childValue(element: XmlElement | undefined, name: string): string | undefined {
  return firstChild(element, name)?.attrs['w:val'];
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c] as string);
}
