// Quick fixes, "fix all of this kind", source.fixAll(.fazhi) for fix-on-save, and the two "ignore" actions that
// write the disable comments the engine honours.
import {
  CodeActionKind, type CodeAction, type CodeActionContext, type Diagnostic, type Position, type TextEdit, type WorkspaceEdit,
} from 'vscode-languageserver';
import { diagnosticData, diagnosticSource } from './diagnostics';
import type { FixAllOutcome, FixTarget } from './snapshot';

export const fixAllFazhiKind = `${CodeActionKind.SourceFixAll}.fazhi`;
/** Server command run after a "fix all of this kind" edit: tells the writer what changed. */
export const fixSummaryCommand = 'fazhiReport.server.fixSummary';

export interface CodeActionInput {
  uri: string;
  /** The document's current version. */
  version: number;
  context: CodeActionContext;
  /** Client supports versioned `documentChanges` (edits are then refused if the document moved on). */
  documentChanges: boolean;
  /** Client resolves code actions: fix-all edits are computed only when one is chosen, not on every lightbulb. */
  resolveEdits: boolean;
  /** Certain fixes per finding code in the current version, once its check is done; undefined while it runs. */
  certainFixes?: Record<string, number>;
  /** The certain fixes (of one code) applied until stable, for the current text (computed in the lint worker). */
  fixAll: (code?: string) => Promise<FixAllOutcome>;
  /** The edits of a deferred fix (one of many places), for the current text (computed in the lint worker). */
  fixEdits: (target: FixTarget) => Promise<TextEdit[]>;
  lineCount: number;
  /** The document's line break, for the disable comments. */
  eol: string;
  /** Where a file-wide disable comment goes. */
  filePosition: Position;
  /**
   * A plain-text report takes no comments (they would travel into Word on copy-paste): its "ignore here" goes into
   * .fazhirc.json instead — the edit that adds the entry for a diagnostic, or undefined when it cannot be written.
   */
  ignoreInConfig?: (diagnostic: Diagnostic) => { edit: WorkspaceEdit; file: string } | undefined;
}

export async function provideCodeActions(input: CodeActionInput): Promise<CodeAction[]> {
  const { context } = input;
  const actions: CodeAction[] = [];
  if (kindRequested(CodeActionKind.QuickFix, context.only)) {
    const codesDone = new Set<string>();
    for (const diagnostic of context.diagnostics ?? []) {
      if (diagnostic?.source !== diagnosticSource || typeof diagnostic.code !== 'string') continue;
      actions.push(...await quickFixes(input, diagnostic));
      if (!codesDone.has(diagnostic.code)) {
        codesDone.add(diagnostic.code);
        const all = await fixAllOfCode(input, diagnostic.code);
        if (all) actions.push(all);
      }
      actions.push(...ignoreActions(input, diagnostic));
    }
  }
  if (kindRequested(fixAllFazhiKind, context.only, true)) {
    const fixAll = await sourceFixAll(input);
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

async function quickFixes(input: CodeActionInput, diagnostic: Diagnostic): Promise<CodeAction[]> {
  const data = diagnosticData(diagnostic);
  // A diagnostic from an older version has edits for text that is no longer there.
  if (!data || data.version !== input.version) return [];
  const fixes = [...data.fixes].sort((a, b) => Number(!!b.preferred) - Number(!!a.preferred));
  return Promise.all(fixes.map(async (fix) => {
    const action: CodeAction = { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: fix.preferred === true };
    if (!fix.deferred) return { ...action, edit: workspaceEdit(input, fix.edits) };
    // A fix of many places: its edits are computed when it is chosen (on resolve), or now for a client without resolve.
    const target: FixTarget = { code: String(diagnostic.code), range: diagnostic.range, title: fix.title };
    if (!input.resolveEdits) return { ...action, edit: workspaceEdit(input, await input.fixEdits(target)) };
    const deferred: DeferredFixData = { deferredFix: { uri: input.uri, version: input.version, ...target } };
    return { ...action, data: deferred };
  }));
}

/** Data of a quick fix whose edits are computed on resolve. */
export interface DeferredFixData {
  deferredFix: FixTarget & { uri: string; version: number };
}

export function deferredFixData(action: CodeAction): DeferredFixData['deferredFix'] | undefined {
  const data = (action.data as Partial<DeferredFixData> | undefined)?.deferredFix;
  if (!data || typeof data.uri !== 'string' || typeof data.version !== 'number' || typeof data.code !== 'string' || typeof data.title !== 'string') return undefined;
  const position = (p: unknown) => Number.isInteger((p as { line?: unknown })?.line) && Number.isInteger((p as { character?: unknown })?.character);
  return position(data.range?.start) && position(data.range?.end) ? data : undefined;
}

/** Offered once the current version is checked (until then its quick fixes are not offered either). */
async function fixAllOfCode(input: CodeActionInput, code: string): Promise<CodeAction | undefined> {
  const count = input.certainFixes?.[code] ?? 0;
  if (count < 2) return undefined;
  return fixAllAction(input, `修复本文档中全部“${code}”问题（${count} 处）`, CodeActionKind.QuickFix, code);
}

/** Fix on save asks right after typing: while the current version is being checked, the fixes are computed now. */
async function sourceFixAll(input: CodeActionInput): Promise<CodeAction | undefined> {
  if (input.certainFixes) {
    const count = Object.values(input.certainFixes).reduce((a, b) => a + b, 0);
    return count ? fixAllAction(input, `修复全部可自动修复的问题（${count} 处）`, fixAllFazhiKind) : undefined;
  }
  const outcome = await input.fixAll();
  if (!outcome.edits.length) return undefined;
  return fixAllAction(input, `修复全部可自动修复的问题（${outcome.count} 处）`, fixAllFazhiKind, undefined, outcome);
}

/** Data of a fix-all action whose edit is computed on resolve (it re-checks the text until it is stable). */
export interface FixAllActionData {
  fixAll: { uri: string; version: number; code?: string };
}

async function fixAllAction(input: CodeActionInput, title: string, kind: string, code?: string, computed?: FixAllOutcome): Promise<CodeAction> {
  const data: FixAllActionData = { fixAll: { uri: input.uri, version: input.version, ...(code ? { code } : {}) } };
  const action: CodeAction = { title, kind, data };
  // Without resolve support the edits and summary are needed now; with it, the server computes them on resolve.
  const eager = computed ?? (input.resolveEdits ? undefined : await input.fixAll(code));
  if (eager) action.edit = workspaceEdit(input, eager.edits);
  // Fixes of one kind are asked for from the lightbulb: say afterwards what changed (fix on save stays quiet).
  if (kind === CodeActionKind.QuickFix) {
    action.command = { title: '报告修复结果', command: fixSummaryCommand, arguments: eager ? [input.uri, eager.summary] : [input.uri] };
  }
  return action;
}

export function fixAllActionData(action: CodeAction): FixAllActionData['fixAll'] | undefined {
  const data = (action.data as Partial<FixAllActionData> | undefined)?.fixAll;
  if (!data || typeof data.uri !== 'string' || typeof data.version !== 'number') return undefined;
  if (data.code !== undefined && typeof data.code !== 'string') return undefined;
  return data;
}

function ignoreActions(input: CodeActionInput, diagnostic: Diagnostic): CodeAction[] {
  const { eol, filePosition } = input;
  const code = String(diagnostic.code);
  if (input.ignoreInConfig) {
    const written = input.ignoreInConfig(diagnostic);
    return written ? [{
      title: `在此处忽略“${code}”（记入 ${written.file}）`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: written.edit,
    }] : [];
  }
  const line = diagnostic.range?.start?.line;
  if (!Number.isInteger(line) || line < 0 || line >= input.lineCount) return [];
  const lineStart = { line, character: 0 };
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

export function workspaceEdit(input: Pick<CodeActionInput, 'uri' | 'version' | 'documentChanges'>, edits: TextEdit[]): WorkspaceEdit {
  if (input.documentChanges) return { documentChanges: [{ textDocument: { uri: input.uri, version: input.version }, edits }] };
  return { changes: { [input.uri]: edits } };
}
