// fazhi-report export [--] FILE --to html|docx [-o OUT] [--force]: the report (text, Markdown or a Word draft) laid out
// per GB/T 9704, written next to the input.
import { statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { parseReport } from '../core/document';
import { renderHtml } from '../render/html';
import { type OptionTable, parseCommandLine } from './args';
import { readReport } from './input';
import { displayPath as shown } from './output';
import { alreadyExistsReason, beginWrite, deliverPendingSignals, type PendingWrite, TargetError, writeFailureReason } from './safe-write';

export interface ExportIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

type Target = 'html' | 'docx';

interface ExportArgs {
  input: string;
  to: Target;
  output?: string;
  /** Replace an existing output file (without it, an existing file — perhaps the writer's own Word draft — is kept). */
  force: boolean;
  /** The 落款 laid out for a seal (GB/T 9704 7.3.5.1). */
  sealed: boolean;
}

const usage = '用法：fazhi-report export [--] FILE --to html|docx [-o OUT] [--force] [--sealed]';

const exportOptions: OptionTable = {
  to: { type: 'string', short: 't', value: '导出格式 html 或 docx' },
  output: { type: 'string', short: 'o', value: '输出文件路径' },
  force: { type: 'boolean', short: 'f' },
  sealed: { type: 'boolean' },
};

function parseExportArgs(args: string[]): ExportArgs | string {
  const parsed = parseCommandLine(args, exportOptions);
  if (typeof parsed === 'string') return parsed;
  const [input, extra] = parsed.positionals;
  const { to, output } = parsed.values as { to?: string; output?: string };
  if (extra !== undefined) return `只能导出一个文件，多出了“${extra}”`;
  if (input === undefined) return '缺少要导出的文件';
  if (input === '-') return '导出需要文件路径，不支持标准输入';
  if (to !== 'html' && to !== 'docx') return to === undefined ? '缺少 --to html 或 --to docx' : `--to 应为 html 或 docx，而不是“${to}”`;
  return { input, to, output, force: parsed.values.force === true, sealed: parsed.values.sealed === true };
}

function defaultOutput(input: string, to: Target): string {
  const ext = extname(input);
  // A Word draft exported to Word: "报告.docx" → "报告.公文.docx", beside it rather than over it.
  const suffix = to === 'docx' && ext.toLowerCase() === '.docx' ? '.公文' : '';
  return join(dirname(input), `${basename(input, ext)}${suffix}.${to}`);
}

export function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  try {
    const sa = statSync(a);
    const sb = statSync(b);
    return sa.ino === sb.ino && sa.dev === sb.dev;
  } catch {
    return false;
  }
}

/**
 * Why `output` was not written, for a message. `names`: what the file is called when it already exists, and what its
 * path is called when something else (a FIFO, a symbolic link, …) stands there.
 */
export function writeFailure(output: string, error: unknown, names: readonly [existing: string, target: string] = ['输出文件', '输出路径']): string {
  return error instanceof TargetError && error.message === alreadyExistsReason
    ? `${names[0]}“${shown(output)}”已存在，未覆盖；确需覆盖请加 --force，或用 -o 指定其他路径`
    : `${names[1]}“${shown(output)}”${writeFailureReason(error)}`;
}

/** The Word writer (the docx library, its own bundle in the CLI), loaded for --to docx only. */
const docxWriter = () => require('../render/docx') as typeof import('../render/docx');

export async function runExport(args: string[], io: ExportIo): Promise<number> {
  const parsed = parseExportArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`fazhi-report export：${parsed}\n${usage}\n`);
    return 2;
  }
  const output = parsed.output ?? defaultOutput(parsed.input, parsed.to);
  if (sameFile(parsed.input, output)) {
    io.stderr(`fazhi-report export：输出文件“${shown(output)}”就是输入文件，拒绝覆盖；请用 -o 指定其他路径\n`);
    return 2;
  }
  const input = readReport(parsed.input);
  if (!input.ok) {
    io.stderr(`fazhi-report export：${shown(input.path)}：${input.reason}\n`);
    return 2;
  }
  if (input.note) io.stderr(`fazhi-report export：${shown(input.path)}：${input.note}\n`);
  // The temporary file is opened before rendering: the target is checked first, and an interrupt while rendering
  // leaves nothing behind.
  let pending: PendingWrite | undefined;
  try {
    pending = beginWrite(output, { replace: parsed.force });
    const doc = parseReport(input.text, { format: input.format });
    doc.notices.forEach((notice) => io.stderr(`fazhi-report export：${input.path}：${notice}\n`));
    const layout = { sealed: parsed.sealed };
    pending.write(parsed.to === 'html' ? renderHtml(doc, { mode: 'export', ...layout }) : await docxWriter().renderDocx(doc, layout));
    await deliverPendingSignals(); // interrupted while rendering: the handler removes the temporary file and exits
    pending.commit();
  } catch (error) {
    io.stderr(`fazhi-report export：${writeFailure(output, error)}\n`);
    return 2;
  } finally {
    pending?.discard();
  }
  io.stdout(`${shown(output)}\n`);
  return 0;
}
