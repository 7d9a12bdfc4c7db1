// Makes a bundle ASCII-only, and moves its source map's columns to match. esbuild escapes non-ASCII characters
// everywhere but in regular expression literals, and the CJK of the rules' patterns there (8,000 characters) made the
// CLI's whole 1 MB bundle a two-byte string: twice the memory to decode into and to compile from at every start.
// Each non-ASCII UTF-16 unit becomes \uXXXX, which a pattern reads as the same unit, with or without the u flag (an
// escaped surrogate pair is one code point under u, as the literal pair is); an identity escape of such a character
// (`\，`, only valid without u) loses its backslash. Only RegExp#source and #toString show the escaped spelling.
import { readFileSync, writeFileSync } from 'node:fs';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * The text with every non-ASCII UTF-16 unit escaped, and per line the edits made: at `column` of the original line the
 * text grew by `delta` characters (5 for an escape, -1 for a dropped backslash).
 */
export function escapeNonAscii(code) {
  const lines = code.split('\n');
  const edits = lines.map(() => []);
  const escaped = lines.map((line, n) => line.replace(/(\\*)([^\x00-\x7f])/g, (_match, slashes, unit, at) => {
    const column = at + slashes.length;
    const kept = slashes.length % 2 ? slashes.slice(1) : slashes;
    if (kept !== slashes) edits[n].push({ column: column - 1, delta: -1 });
    edits[n].push({ column, delta: 5 });
    return `${kept}\\u${unit.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  }));
  return { code: escaped.join('\n'), edits };
}

function decodeVlq(text, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const digit = BASE64.indexOf(text[at++]);
    value += (digit & 31) * 2 ** shift;
    shift += 5;
    if (!(digit & 32)) break;
  }
  return { value: value % 2 ? -(value - 1) / 2 : value / 2, end: at };
}

function encodeVlq(value) {
  let rest = value < 0 ? -value * 2 + 1 : value * 2;
  let out = '';
  do {
    const digit = rest % 32;
    rest = Math.floor(rest / 32);
    out += BASE64[digit | (rest ? 32 : 0)];
  } while (rest);
  return out;
}

/**
 * A source map's `mappings` with the generated columns moved by the edits of escapeNonAscii. Only the first field of
 * a segment (the generated column, relative to the previous segment of its line) changes; the others are relative
 * across the whole map and stay as they are.
 */
export function shiftMappings(mappings, edits) {
  return mappings.split(';').map((line, n) => {
    const lineEdits = edits[n] ?? [];
    if (!lineEdits.length || !line) return line;
    // A line's segments come in column order, as do its edits: the growth before a column is summed once.
    let column = 0;
    let shifted = 0;
    let next = 0;
    let growth = 0;
    return line.split(',').map((segment) => {
      const { value, end } = decodeVlq(segment, 0);
      column += value;
      if (value < 0) [next, growth] = [0, 0];
      for (; next < lineEdits.length && lineEdits[next].column < column; next++) growth += lineEdits[next].delta;
      const moved = column + growth;
      const out = encodeVlq(moved - shifted) + segment.slice(end);
      shifted = moved;
      return out;
    }).join(',');
  }).join(';');
}

/** Rewrites a built bundle (and its linked map, if any) ASCII-only; true when anything changed. */
export function asciiBundle(file, mapFile) {
  const code = readFileSync(file, 'utf8');
  if (!/[^\x00-\x7f]/.test(code)) return false;
  const escaped = escapeNonAscii(code);
  writeFileSync(file, escaped.code);
  if (mapFile) {
    const map = JSON.parse(readFileSync(mapFile, 'utf8'));
    map.mappings = shiftMappings(map.mappings, escaped.edits);
    writeFileSync(mapFile, JSON.stringify(map));
  }
  return true;
}
