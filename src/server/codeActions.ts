// Quick fixes, "fix all of this kind", source.fixAll(.fazhi) for fix-on-save, and the two "ignore" actions that
// write the disable comments the engine honours.
import {
  CodeActionKind, type CodeAction, type CodeActionContext, type Diagnostic, type TextEdit, type WorkspaceEdit,
} from 'vscode-languageserver';
import { certainFixes, fixAll, type FixAllResult } from '../core/fixes';
import type { LintRun } from '../core/lint';
import { positionAt } from '../core/text';
import type { Finding, ReportDocument } from '../core/types';
import { diagnosticData, diagnosticSource } from './diagnostics';
import { toRange } from './ranges';

export const fixAllFazhiKind = `${CodeActionKind.SourceFixAll}.fazhi`;
/** Server command run after a "fix all of this kind" edit: tells the writer what changed. */
export const fixSummaryCommand = 'fazhiReport.server.fixSummary';

export interface CodeActionInput {
  uri: string;
  /** Version of the document `run` was linted from (the current one). */
  version: number;
  run: LintRun;
  context: CodeActionContext;
  /** Client supports versioned `documentChanges` (edits are then refused if the document moved on). */
  documentChanges: boolean;
  /** Checks a text as this document is checked (same rules and settings): fix-all re-checks until stable. */
  relint: (text: string) => readonly Finding[];
  /** Client resolves code actions: fix-all edits are computed only when one is chosen, not on every lightbulb. */
  resolveEdits: boolean;
}

export function provideCodeActions(input: CodeActionInput): CodeAction[] {
  const { context } = input;
  const actions: CodeAction[] = [];
  if (kindRequested(CodeActionKind.QuickFix, context.only)) {
    const codesDone = new Set<string>();
    for (const diagnostic of context.diagnostics ?? []) {
      if (diagnostic?.source !== diagnosticSource || typeof diagnostic.code !== 'string') continue;
      actions.push(...quickFixes(input, diagnostic));
      if (!codesDone.has(diagnostic.code)) {
        codesDone.add(diagnostic.code);
        const all = fixAllOfCode(input, diagnostic.code);
        if (all) actions.push(all);
      }
      actions.push(...ignoreActions(input, diagnostic));
    }
  }
  if (kindRequested(fixAllFazhiKind, context.only, true)) {
    const fixAll = sourceFixAll(input);
    if (fixAll) actions.push(fixAll);
  }
  return actions;
}

/**
 * Whether actions of `kind` answer a request limited to `only`. Source actions are computed only when asked for
 * (the editor asks for them on save or from the Source Action menu), not on every cursor move.
 */
function kindRequested(kind: string, only: string[] | undefined, sourceAction = false): boolean {
  if (!only?.length) return !sourceAction;
  return only.some((o) => kind === o || kind.startsWith(o + '.'));
}

function quickFixes(input: CodeActionInput, diagnostic: Diagnostic): CodeAction[] {
  const data = diagnosticData(diagnostic);
  // A diagnostic from an older version has edits for text that is no longer there.
  if (!data || data.version !== input.version) return [];
  const fixes = [...data.fixes].sort((a, b) => Number(!!b.preferred) - Number(!!a.preferred));
  return fixes.map((fix) => ({
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: fix.preferred === true,
    edit: workspaceEdit(input, fix.edits),
  }));
}

function fixAllOfCode(input: CodeActionInput, code: string): CodeAction | undefined {
  const certain = certainFixes(input.run.findings.filter((f) => f.code === code));
  if (certain.length < 2) return undefined;
  return fixAllAction(input, `修复本文档中全部“${code}”问题（${certain.length} 处）`, CodeActionKind.QuickFix, code);
}

function sourceFixAll(input: CodeActionInput): CodeAction | undefined {
  const certain = certainFixes(input.run.findings);
  if (!certain.length) return undefined;
  return fixAllAction(input, `修复全部可自动修复的问题（${certain.length} 处）`, fixAllFazhiKind);
}

/** Data of a fix-all action whose edit is computed on resolve (it re-checks the text until it is stable). */
export interface FixAllActionData {
  fixAll: { uri: string; version: number; code?: string };
}

function fixAllAction(input: CodeActionInput, title: string, kind: string, code?: string): CodeAction {
  const data: FixAllActionData = { fixAll: { uri: input.uri, version: input.version, ...(code ? { code } : {}) } };
  const action: CodeAction = { title, kind, data };
  // Without resolve support the summary is known now; with it, the server keeps it from the resolve for the command.
  const eager = input.resolveEdits ? undefined : fixAllTextEdits(input, code);
  if (eager) action.edit = workspaceEdit(input, eager.edits);
  // Fixes of one kind are asked for from the lightbulb: say afterwards what changed (fix on save stays quiet).
  if (kind === CodeActionKind.QuickFix) {
    action.command = { title: '报告修复结果', command: fixSummaryCommand, arguments: eager ? [input.uri, eager.result.summary] : [input.uri] };
  }
  return action;
}

export function fixAllActionData(action: CodeAction): FixAllActionData['fixAll'] | undefined {
  const data = (action.data as Partial<FixAllActionData> | undefined)?.fixAll;
  if (!data || typeof data.uri !== 'string' || typeof data.version !== 'number') return undefined;
  if (data.code !== undefined && typeof data.code !== 'string') return undefined;
  return data;
}

/** The certain fixes of the document (of one code), applied until stable, as LSP edits of the current text. */
export function fixAllTextEdits(input: Pick<CodeActionInput, 'run' | 'relint'>, code?: string): { edits: TextEdit[]; result: FixAllResult } {
  const { doc } = input.run;
  const result = fixAll(doc.text, input.relint, code ? (f) => f.code === code : undefined, input.run.findings);
  return { edits: result.edits.map((e) => ({ range: toRange(doc, e.span), newText: e.newText })), result };
}

function ignoreActions(input: CodeActionInput, diagnostic: Diagnostic): CodeAction[] {
  const { doc } = input.run;
  const code = String(diagnostic.code);
  const line = diagnostic.range?.start?.line;
  if (!Number.isInteger(line) || line < 0 || line >= doc.lineStarts.length) return [];
  const eol = /\r\n|\r|\n/.exec(doc.text)?.[0] ?? '\n';
  const lineStart = { line, character: 0 };
  // The file directive goes first, after any front matter (which must stay first in Markdown) and the BOM.
  const fileOffset = doc.frontMatter ? nextLineStart(doc, doc.frontMatter.span.end) : doc.text.startsWith('\ufeff') ? 1 : 0;
  const filePosition = toRange(doc, { start: fileOffset, end: fileOffset }).start;
  return [
    {
      title: `在此行忽略“${code}”`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: workspaceEdit(input, [{ range: { start: lineStart, end: lineStart }, newText: `<!-- fazhi-disable-next-line ${code} -->${eol}` }]),
    },
    {
      title: `在本文件中忽略“${code}”`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: workspaceEdit(input, [{ range: { start: filePosition, end: filePosition }, newText: `<!-- fazhi-disable ${code} -->${eol}` }]),
    },
  ];
}

function nextLineStart(doc: ReportDocument, offset: number): number {
  return doc.lineStarts[positionAt(doc.lineStarts, offset).line + 1] ?? doc.text.length;
}

export function workspaceEdit(input: Pick<CodeActionInput, 'uri' | 'version' | 'documentChanges'>, edits: TextEdit[]): WorkspaceEdit {
  if (input.documentChanges) return { documentChanges: [{ textDocument: { uri: input.uri, version: input.version }, edits }] };
  return { changes: { [input.uri]: edits } };
}
