// Colours for a plain-text report: VS Code has no grammar for plain text, so the injection grammar that colours
// figures and 层次序数 in Markdown never runs there; the server marks them as semantic tokens instead (reports only —
// other .txt files stay uncoloured). Markdown keeps its grammar and gets no tokens (no double colouring).
import type { LintRun } from '../core/lint';
import type { Span } from '../core/types';

export const semanticTokenTypes = ['number', 'keyword'] as const;
export type SemanticTokenType = (typeof semanticTokenTypes)[number];

export interface SpanToken extends Span {
  type: SemanticTokenType;
}

/** The 层次序数 of the headings (keyword) and the numbers of the prose (number), in text order, never overlapping. */
export function reportTokens(run: LintRun): SpanToken[] {
  if (run.doc.format !== 'plaintext') return [];
  const tokens: SpanToken[] = [
    ...run.doc.headings.flatMap((h) => (h.heading ? [{ ...h.heading.markerSpan, type: 'keyword' as const }] : [])),
    ...run.analyses.numbers().map((n) => ({ start: n.start, end: n.end, type: 'number' as const })),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: SpanToken[] = [];
  for (const token of tokens) if (token.end > token.start && (out.length === 0 || token.start >= out[out.length - 1].end)) out.push(token);
  return out;
}

/**
 * LSP's relative encoding (5 integers a token: line delta, start delta, length, type, modifiers). A token is cut at
 * a line end, since a semantic token may not span lines.
 */
export function encodeTokens(tokens: readonly SpanToken[], positionAt: (offset: number) => { line: number; character: number }, lineEndAt: (line: number) => number): number[] {
  const data: number[] = [];
  let lastLine = 0;
  let lastChar = 0;
  for (const token of tokens) {
    const start = positionAt(token.start);
    const end = Math.min(token.end, lineEndAt(start.line));
    const length = end - token.start;
    if (length <= 0) continue;
    data.push(start.line - lastLine, start.line === lastLine ? start.character - lastChar : start.character, length, semanticTokenTypes.indexOf(token.type), 0);
    lastLine = start.line;
    lastChar = start.character;
  }
  return data;
}
