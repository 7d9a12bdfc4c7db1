// `check --fix` / `--fix-dry-run`: the certain fixes (punctuation, numbering markers, number forms — never a figure)
// applied to a report and written back in place in the encoding it was read in; or, dry, the unified diff of it.
import { readBounded } from '../core/bounded-read';
import { fixAll } from '../core/fixes';
import type { Finding } from '../core/types';
import { encodeLike, maxInputBytes, type TextEncodingName, type TextReport } from './input';
import { displayPath } from './output';
import { writeFailureReason, writeFileSafely } from './safe-write';
import { unifiedDiff } from './unified-diff';

export type FixMode = 'fix' | 'dry-run';

export interface FixOutcome {
  /** The text whose findings are reported: the fixed one, or the original when the file was left alone. */
  text: string;
  /** For standard input under --fix: the bytes to pass on (fixed, or as read when fixing was refused). */
  output?: Buffer;
  /** Dry run: what --fix would change, as a unified diff ('' for nothing). */
  diff: string;
  /** The summary of the fixes, for stderr. */
  summary?: string;
  /** Why the file was left as it is (then exit code 2). */
  refusal?: string;
}

/** `findings`: those of `input.text`, already at hand. */
export function fixReport(input: TextReport, findings: readonly Finding[], lint: (text: string) => readonly Finding[], mode: FixMode): FixOutcome {
  const stdin = input.path === '-';
  const result = fixAll(input.text, lint, undefined, findings);
  const unchanged: FixOutcome = { text: input.text, diff: '', output: stdin && mode === 'fix' ? input.bytes : undefined };
  if (result.text === input.text) return unchanged;
  const bytes = encodeLike(result.text, input);
  if (!bytes) return { ...unchanged, refusal: cannotEncode(input.encoding) };
  if (mode === 'dry-run') {
    const name = displayPath(input.path);
    return { text: result.text, diff: unifiedDiff(name, name, input.text, result.edits), summary: result.summary.replace(/^已修复/, '可修复') };
  }
  if (stdin) return { text: result.text, diff: '', output: bytes, summary: result.summary };
  // Someone (an editor saving) may have written the file since it was read: their text wins.
  const onDisk = readBounded(input.path, maxInputBytes);
  if (!onDisk.ok || !onDisk.bytes.equals(input.bytes)) return { ...unchanged, refusal: '检查期间文件被改动，未修复' };
  try {
    writeFileSafely(input.path, bytes, { replace: true });
  } catch (error) {
    return { ...unchanged, refusal: `${writeFailureReason(error)}，未修复` };
  }
  return { text: result.text, diff: '', summary: result.summary };
}

function cannotEncode(encoding: TextEncodingName): string {
  return encoding === 'gb18030'
    ? '是 GB18030 编码，--fix 无法按原编码写回，未修复；请另存为 UTF-8 后再修复'
    : '按原编码写回会改变其中无法解码的字节，未修复；请另存为 UTF-8 后再修复';
}
