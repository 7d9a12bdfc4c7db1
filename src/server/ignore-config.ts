// "在此处忽略" for a plain-text report: an entry {code, text} added to the nearest .fazhirc.json (or a new one beside
// the report), written as a workspace edit the writer sees and can undo. A config file that is not valid JSON is
// never rewritten (nothing the writer wrote is lost).
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, WorkspaceEdit } from 'vscode-languageserver';
import { readBounded } from '../core/bounded-read';
import { configFileName, findConfigFile, maxConfigBytes } from '../core/config';
import { ignoreEntryFor } from '../core/ignore-entry';
import { computeLineStarts, positionAt } from '../core/text';

/** `documentText`/`documentPath`: the report as it is now; the diagnostic's range is in that text. */
export function ignoreInConfigEdit(documentText: string, documentPath: string, diagnostic: Diagnostic, documentChanges: boolean): { edit: WorkspaceEdit; file: string } | undefined {
  const lineStarts = computeLineStarts(documentText);
  const offsetOf = (p: { line: number; character: number }) => Math.min(documentText.length, (lineStarts[p.line] ?? documentText.length) + p.character);
  const span = { start: offsetOf(diagnostic.range.start), end: offsetOf(diagnostic.range.end) };
  const entry = ignoreEntryFor({ text: documentText, lineStarts }, { code: String(diagnostic.code), span });
  if (entry.text.trim() === '' || entry.text.length > 200) return undefined;

  const existing = findConfigFile(dirname(documentPath));
  const file = existing ?? join(dirname(documentPath), configFileName);
  const uri = pathToFileURL(file).href;
  let config: Record<string, unknown> = {};
  let oldText = '';
  if (existing) {
    try {
      const read = readBounded(existing, maxConfigBytes);
      if (!read.ok) return undefined;
      oldText = read.bytes.toString('utf8');
      const parsed: unknown = JSON.parse(oldText.replace(/^\ufeff/, ''));
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
      config = parsed as Record<string, unknown>;
    } catch {
      return undefined;
    }
  }
  const ignore = Array.isArray(config.ignore) ? config.ignore : [];
  if (ignore.some((e) => (e as { code?: unknown; text?: unknown })?.code === entry.code && (e as { text?: unknown }).text === entry.text)) return undefined;
  const newText = `${JSON.stringify({ ...config, ignore: [...ignore, entry] }, null, 2)}\n`;
  const oldLines = computeLineStarts(oldText);
  const edits = [{ range: { start: { line: 0, character: 0 }, end: positionAt(oldLines, oldText.length) }, newText }];
  const label = existing ? configFileName : `${configFileName}（新建）`;
  if (!documentChanges) return existing ? { edit: { changes: { [uri]: edits } }, file: label } : undefined;
  return {
    file: label,
    edit: {
      documentChanges: [
        ...(existing ? [] : [{ kind: 'create' as const, uri, options: { ignoreIfExists: true } }]),
        { textDocument: { uri, version: null }, edits },
      ],
    },
  };
}
