// Quick fixes, "fix all of this kind", source.fixAll(.fazhi) for fix-on-save, and the two "ignore" actions that
// write the disable comments the engine honours.
import {
  CodeActionKind, type CodeAction, type CodeActionContext, type Diagnostic, type TextEdit, type WorkspaceEdit,
} from 'vscode-languageserver';
import type { LintRun } from '../core/lint';
import type { Finding, Fix, Span } from '../core/types';
import { diagnosticData, diagnosticSource } from './diagnostics';
import { toRange } from './ranges';

export const fixAllFazhiKind = `${CodeActionKind.SourceFixAll}.fazhi`;

export interface CodeActionInput {
  uri: string;
  /** Version of the document `run` was linted from (the current one). */
  version: number;
  run: LintRun;
  context: CodeActionContext;
  /** Client supports versioned `documentChanges` (edits are then refused if the document moved on). */
  documentChanges: boolean;
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
  if (input.run.findings.filter((f) => f.code === code && f.fixes.length > 0).length < 2) return undefined;
  const fixes = fixAllEdits(input.run, code);
  return {
    title: `修复本文档中全部“${code}”问题（${fixes.length} 处）`,
    kind: CodeActionKind.QuickFix,
    edit: workspaceEdit(input, fixesToEdits(input, fixes)),
  };
}

function sourceFixAll(input: CodeActionInput): CodeAction | undefined {
  const fixes = fixAllEdits(input.run);
  if (!fixes.length) return undefined;
  return {
    title: `修复全部可自动修复的问题（${fixes.length} 处）`,
    kind: fixAllFazhiKind,
    edit: workspaceEdit(input, fixesToEdits(input, fixes)),
  };
}

/** Each fixable finding's preferred (else first) fix, minus those that would collide; optionally of one code only. */
export function fixAllEdits(run: LintRun, code?: string): Fix[] {
  return chooseNonOverlapping(run.findings.filter((f) => f.fixes.length > 0 && (!code || f.code === code)).map(firstChoiceFix));
}

function firstChoiceFix(finding: Finding): Fix {
  return finding.fixes.find((f) => f.preferred) ?? finding.fixes[0];
}

/** Keeps whole fixes whose edits touch nothing an earlier kept fix touches (a fix is applied entirely or not at all). */
export function chooseNonOverlapping(fixes: Fix[]): Fix[] {
  const kept: Fix[] = [];
  const taken: Span[] = [];
  const ordered = fixes
    .filter((f) => f.edits.length > 0)
    .sort((a, b) => Math.min(...a.edits.map((e) => e.span.start)) - Math.min(...b.edits.map((e) => e.span.start)));
  for (const fix of ordered) {
    if (fix.edits.some((e) => taken.some((t) => editsConflict(e.span, t)))) continue;
    kept.push(fix);
    taken.push(...fix.edits.map((e) => e.span));
  }
  return kept;
}

function editsConflict(a: Span, b: Span): boolean {
  if (a.start === b.start) return true; // two inserts (or an insert and a replace) at one point: order would be ambiguous
  return a.start < b.end && b.start < a.end;
}

function fixesToEdits(input: CodeActionInput, fixes: Fix[]): TextEdit[] {
  return fixes.flatMap((fix) => fix.edits.map((e) => ({ range: toRange(input.run.doc, e.span), newText: e.newText })));
}

function ignoreActions(input: CodeActionInput, diagnostic: Diagnostic): CodeAction[] {
  const { doc } = input.run;
  const code = String(diagnostic.code);
  const line = diagnostic.range?.start?.line;
  if (!Number.isInteger(line) || line < 0 || line >= doc.lineStarts.length) return [];
  const eol = doc.text.includes('\r\n') ? '\r\n' : '\n';
  const lineStart = { line, character: 0 };
  // The file directive goes first, after any front matter (which must stay first in Markdown) and the BOM.
  const fileOffset = doc.frontMatter ? nextLineStart(doc.text, doc.frontMatter.span.end) : doc.text.startsWith('\ufeff') ? 1 : 0;
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

function nextLineStart(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

export function workspaceEdit(input: Pick<CodeActionInput, 'uri' | 'version' | 'documentChanges'>, edits: TextEdit[]): WorkspaceEdit {
  if (input.documentChanges) return { documentChanges: [{ textDocument: { uri: input.uri, version: input.version }, edits }] };
  return { changes: { [input.uri]: edits } };
}
