// What the `docx` library cannot say, written into its package afterwards: paragraph styles that must not snap to the
// document's line grid, widow control in the document defaults, and the font table that tells Word and WPS how to
// substitute the GB fonts.
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { escapeHtml as escapeXml } from './html';

export interface FontDeclaration {
  name: string;
  altName: string;
  panose: string;
  family: string;
  pitch: string;
}

export interface PackageFinish {
  /**
   * Paragraph style ids laid out off the line grid: a 2号 title line is taller than one 28.95 pt grid line, so on the
   * grid each one takes two (20 mm instead of 10); table rows likewise.
   */
  offGridStyles: string[];
  fonts: FontDeclaration[];
}

export function finishDocxPackage(bytes: Uint8Array, finish: PackageFinish): Uint8Array {
  const files = unzipSync(bytes);
  const styles = files['word/styles.xml'];
  if (styles) files['word/styles.xml'] = strToU8(widowControl(offGrid(strFromU8(styles), finish.offGridStyles)));
  const fontTable = files['word/fontTable.xml'];
  if (fontTable) files['word/fontTable.xml'] = strToU8(declareFonts(strFromU8(fontTable), finish.fonts));
  // Keep the package's order ([Content_Types].xml first) and compression.
  const out: Zippable = {};
  for (const [name, data] of Object.entries(files)) out[name] = [data, { level: 6 }];
  return zipSync(out);
}

/** `<w:snapToGrid w:val="0"/>` in the pPr of each named style, where the schema wants it (before w:spacing). */
function offGrid(xml: string, styleIds: string[]): string {
  let out = xml;
  for (const id of styleIds) {
    out = out.replace(new RegExp(`(<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?<w:pPr>)([\\s\\S]*?)(</w:pPr>)`), (_, open: string, body: string, close: string) => {
      if (body.includes('<w:snapToGrid')) return open + body + close;
      const at = body.search(/<w:(spacing|ind|contextualSpacing|mirrorIndents|suppressOverlap|jc|textDirection|textAlignment|textboxTightWrap|outlineLvl|divId|cnfStyle|rPr|sectPr|pPrChange)\b/);
      const tag = '<w:snapToGrid w:val="0"/>';
      return at < 0 ? open + body + tag + close : open + body.slice(0, at) + tag + body.slice(at) + close;
    });
  }
  return out;
}

/**
 * Widow and orphan control stated in the document defaults rather than left to the application: LibreOffice keeps
 * two lines of a paragraph together where the property is missing and Word does not, so their pages (and the place
 * of the 版记, which the export computes) would differ.
 */
function widowControl(xml: string): string {
  return xml.includes('<w:widowControl') ? xml : xml.replace(/<w:pPrDefault>\s*<w:pPr>/, (m) => `${m}<w:widowControl/>`);
}

function declareFonts(xml: string, fonts: FontDeclaration[]): string {
  const declared = fonts.map((f) => `<w:font w:name="${escapeXml(f.name)}"><w:altName w:val="${escapeXml(f.altName)}"/>`
    + `<w:panose1 w:val="${f.panose}"/><w:charset w:val="86"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`).join('');
  const names = new Set(fonts.map((f) => escapeXml(f.name)));
  const kept = xml.replace(/<w:font w:name="([^"]*)"[\s\S]*?<\/w:font>/g, (whole, name: string) => (names.has(name) ? '' : whole));
  return /<w:fonts\b[^>]*\/>/.test(kept)
    ? kept.replace(/<w:fonts\b([^>]*)\/>/, `<w:fonts$1>${declared}</w:fonts>`)
    : kept.replace('</w:fonts>', `${declared}</w:fonts>`);
}
