// Colours for a plain-text report: VS Code has no grammar for plain text, so the injection grammar that colours
// figures and 层次序数 in Markdown never runs there; the server marks them as semantic tokens instead (reports only —
// other .txt files stay uncoloured). Markdown keeps its grammar and gets no tokens (no double colouring).
import type { LintRun } from '../core/lint';
import type { Span } from '../core/types';

export const semanticTokenTypes = ['number', 'keyword'] as const;
export type SemanticTokenType = (typeof semanticTokenTypes)[number];

/**
 * Tokens in text order as start, end, type (index in semanticTokenTypes) triples: passed between threads as one
 * array, not an object each.
 */
export type TokenTable = Int32Array;

/** The 层次序数 of the headings (keyword) and the numbers of the prose (number), in text order, never overlapping. */
export function reportTokens(run: LintRun): TokenTable {
  if (run.doc.format !== 'plaintext') return new Int32Array(0);
  const markers: Span[] = [];
  for (const h of run.doc.headings) if (h.heading) markers.push(h.heading.markerSpan);
  const numbers = run.analyses.numbers();
  const out = new Int32Array(3 * (markers.length + numbers.length));
  let size = 0;
  let lastEnd = -1;
  // Both lists are in text order: merged, the earlier start (then the longer token) first; an overlapping one dropped.
  for (let m = 0, n = 0; m < markers.length || n < numbers.length;) {
    const marker = markers[m];
    const number = numbers[n];
    const takeMarker = !number || (marker && (marker.start < number.start || (marker.start === number.start && marker.end >= number.end)));
    const start = takeMarker ? marker.start : number.start;
    const end = takeMarker ? marker.end : number.end;
    if (takeMarker) m++;
    else n++;
    if (end <= start || start < lastEnd) continue;
    out[size++] = start;
    out[size++] = end;
    out[size++] = takeMarker ? keywordToken : numberToken;
    lastEnd = end;
  }
  return out.slice(0, size);
}

const numberToken = semanticTokenTypes.indexOf('number');
const keywordToken = semanticTokenTypes.indexOf('keyword');

/**
 * LSP's relative encoding (5 integers a token: line delta, start delta, length, type, modifiers). A token is cut at
 * a line end, since a semantic token may not span lines.
 */
export function encodeTokens(tokens: TokenTable, positionAt: (offset: number) => { line: number; character: number }, lineEndAt: (line: number) => number): number[] {
  const data: number[] = [];
  let lastLine = 0;
  let lastChar = 0;
  for (let k = 0; k < tokens.length; k += 3) {
    const start = positionAt(tokens[k]);
    const end = Math.min(tokens[k + 1], lineEndAt(start.line));
    const length = end - tokens[k];
    if (length <= 0) continue;
    data.push(start.line - lastLine, start.line === lastLine ? start.character - lastChar : start.character, length, tokens[k + 2], 0);
    lastLine = start.line;
    lastChar = start.character;
  }
  return data;
}
