// Findings in the formats CI systems read: SARIF 2.1.0 (code scanning), GitHub workflow commands (annotations),
// Checkstyle XML and JUnit XML. Lines and columns are 1-based, columns in UTF-16 code units as in the editor; for a
// Word file the "line" is the Word paragraph, as in the text output (报告.docx:¶12:5).
import { relative, isAbsolute, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repository, version } from '../../package.json';
import { ruleCatalog } from '../core/rule-catalog';
import { positionAt } from '../core/text';
import type { Finding, FixKind, ReportDocument, Severity, Span } from '../core/types';
import type { DocxImport } from '../import/docx';
import { docxRange } from '../import/docx-position';

export const ciFormats = ['sarif', 'github', 'checkstyle', 'junit'] as const;
export type CiFormat = (typeof ciFormats)[number];

/** A region in 1-based lines and columns (UTF-16 code units); for a Word file the line is the Word paragraph. */
export interface Region { startLine: number; startColumn: number; endLine: number; endColumn: number }

/**
 * A file's findings with their positions worked out, as plain data: it is built where the file was checked (a batch
 * worker thread too) and rendered in the main thread once every file is in.
 */
export interface LocatedFile {
  path: string;
  findings: LocatedFinding[];
}

export interface LocatedFinding {
  code: string;
  severity: Severity;
  message: string;
  region: Region;
  related: { message: string; region: Region }[];
  /** None for a Word file: the edits are in its converted text, no artifact a consumer could apply them to. */
  fixes: { title: string; kind: FixKind; replacements: { region: Region; text: string }[] }[];
}

export function locateFindings(path: string, doc: ReportDocument, findings: readonly Finding[], docx?: DocxImport): LocatedFile {
  const region = (span: Span): Region => {
    if (docx) {
      const r = docxRange(docx, span);
      return { startLine: r.start.paragraph, startColumn: r.start.character + 1, endLine: r.end.paragraph, endColumn: r.end.character + 1 };
    }
    const start = positionAt(doc.lineStarts, span.start);
    const end = positionAt(doc.lineStarts, span.end);
    return { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
  };
  return {
    path,
    findings: findings.map((f) => ({
      code: f.code, severity: f.severity, message: f.message, region: region(f.span),
      related: f.related.map((r) => ({ message: r.message, region: region(r.span) })),
      fixes: docx ? [] : f.fixes.map((fix) => ({
        title: fix.title, kind: fix.kind, replacements: fix.edits.map((e) => ({ region: region(e.span), text: e.newText })),
      })),
    })),
  };
}

export function renderCiFormat(format: CiFormat, files: LocatedFile[]): string {
  switch (format) {
    case 'sarif': return JSON.stringify(sarifLog(files), null, 2) + '\n';
    case 'github': return githubCommands(files);
    case 'checkstyle': return checkstyleXml(files);
    case 'junit': return junitXml(files);
  }
}

// ---- SARIF 2.1.0 ----

const sarifLevel: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** The repository's web address: "https://host/owner/name" from "git+https://host/owner/name.git". */
export function repositoryWebUrl(): string {
  return repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
}

/** A path as a SARIF artifact URI: relative to the working directory when inside it (as code scanning wants), else file:. */
function artifactUri(path: string): string {
  if (path === '-') return 'stdin';
  const rel = relative(process.cwd(), path);
  if (rel.startsWith('..') || isAbsolute(rel)) return pathToFileURL(path).href;
  return rel.split(sep).map(encodeURIComponent).join('/');
}

export function sarifLog(files: LocatedFile[]) {
  const catalog = ruleCatalog();
  const ruleIndex = new Map(catalog.map((entry, k) => [entry.code, k]));
  const base = repositoryWebUrl();
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'fazhi-report',
          version,
          informationUri: base,
          language: 'zh-CN',
          // zh-cn in shortDescription, en in fullDescription: SARIF has one text per message string.
          rules: catalog.map((entry) => ({
            id: entry.code,
            shortDescription: { text: entry.description },
            fullDescription: { text: entry.descriptionEn },
            helpUri: `${base}/blob/main/${entry.doc}`,
            defaultConfiguration: { level: sarifLevel[entry.severity] },
          })),
        },
      },
      columnKind: 'utf16CodeUnits',
      artifacts: files.map((file) => ({ location: { uri: artifactUri(file.path) } })),
      results: files.flatMap((file, artifactIndex) => {
        const location = { uri: artifactUri(file.path), index: artifactIndex };
        return file.findings.map((f) => ({
          ruleId: f.code,
          ...(ruleIndex.has(f.code) ? { ruleIndex: ruleIndex.get(f.code) } : {}),
          level: sarifLevel[f.severity],
          message: { text: f.message },
          locations: [{ physicalLocation: { artifactLocation: location, region: f.region } }],
          ...(f.related.length ? {
            relatedLocations: f.related.map((r, id) => ({ id, message: { text: r.message }, physicalLocation: { artifactLocation: location, region: r.region } })),
          } : {}),
          ...(f.fixes.length ? {
            fixes: f.fixes.map((fix) => ({
              description: { text: fix.title },
              artifactChanges: [{
                artifactLocation: location,
                replacements: fix.replacements.map((e) => ({ deletedRegion: e.region, insertedContent: { text: e.text } })),
              }],
              properties: { kind: fix.kind },
            })),
          } : {}),
        }));
      }),
    }],
  };
}

// ---- GitHub Actions workflow commands ----

const githubCommand: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

/** Escaping of a workflow command's message (GitHub toolkit `escapeData`). */
export function escapeGithubData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of a workflow command's property value (GitHub toolkit `escapeProperty`). */
export function escapeGithubProperty(text: string): string {
  return escapeGithubData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function githubPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel.split(sep).join('/');
}

function githubCommands(files: LocatedFile[]): string {
  return files.flatMap((file) => file.findings.map((f) => {
    const r = f.region;
    const props = [
      `file=${escapeGithubProperty(githubPath(file.path))}`, `line=${r.startLine}`, `col=${r.startColumn}`,
      `endLine=${r.endLine}`, `endColumn=${r.endColumn}`, `title=${escapeGithubProperty(f.code)}`,
    ];
    return `::${githubCommand[f.severity]} ${props.join(',')}::${escapeGithubData(f.message)}\n`;
  })).join('');
}

// ---- XML (Checkstyle, JUnit) ----

/** Text for an XML 1.0 attribute: escaped, and characters XML cannot carry at all (control characters, lone surrogates) replaced. */
export function xmlAttribute(text: string): string {
  return text
    .replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .replace(/[&<>"\n\r\t]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\n': '&#10;', '\r': '&#13;', '\t': '&#9;' })[c]!);
}

const checkstyleSeverity: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'info', hint: 'info' };

function checkstyleXml(files: LocatedFile[]): string {
  const body = files.map((file) => {
    const errors = file.findings.map((f) => {
      const r = f.region;
      return `    <error line="${r.startLine}" column="${r.startColumn}" severity="${checkstyleSeverity[f.severity]}" message="${xmlAttribute(f.message)}" source="fazhi-report.${xmlAttribute(f.code)}"/>\n`;
    }).join('');
    return `  <file name="${xmlAttribute(file.path)}">\n${errors}  </file>\n`;
  }).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<checkstyle version="4.3">\n${body}</checkstyle>\n`;
}

/** One test suite per file, one failing test case per finding; a file without findings passes one test case. */
function junitXml(files: LocatedFile[]): string {
  const total = files.reduce((n, file) => n + Math.max(1, file.findings.length), 0);
  const failures = files.reduce((n, file) => n + file.findings.length, 0);
  const suites = files.map((file) => {
    const name = xmlAttribute(file.path);
    const cases = file.findings.length
      ? file.findings.map((f) => {
        const r = f.region;
        const at = `${r.startLine}:${r.startColumn}`;
        return `    <testcase classname="${name}" name="${xmlAttribute(`${f.code} ${at}`)}">\n` +
          `      <failure type="${f.severity}" message="${xmlAttribute(f.message)}">${xmlAttribute(`${file.path}:${at} ${f.severity} ${f.code} ${f.message}`)}</failure>\n` +
          '    </testcase>\n';
      }).join('')
      : `    <testcase classname="${name}" name="未发现问题"/>\n`;
    return `  <testsuite name="${name}" tests="${Math.max(1, file.findings.length)}" failures="${file.findings.length}" errors="0">\n${cases}  </testsuite>\n`;
  }).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="fazhi-report" tests="${total}" failures="${failures}" errors="0">\n${suites}</testsuites>\n`;
}
