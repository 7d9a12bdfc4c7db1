// fazhi-report export FILE --to html|docx [-o OUT] [--force]: the report laid out per GB/T 9704, written next to the input.
import { renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { parseReport } from '../core/document';
import { loadSegmenter, type Segmenter } from '../core/segmenter';
import { renderDocx } from '../render/docx';
import { renderHtml } from '../render/html';
import { readReport } from './input';

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
}

const usage = '用法：fazhi-report export FILE --to html|docx [-o OUT] [--force]';

function parseArgs(args: string[]): ExportArgs | string {
  let input: string | undefined;
  let to: string | undefined;
  let output: string | undefined;
  let force = false;
  for (let k = 0; k < args.length; k++) {
    const arg = args[k];
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const value = () => (eq > 0 ? arg.slice(eq + 1) : args[++k]);
    switch (flag) {
      case '--to': case '-t': to = value(); break;
      case '--force': case '-f': force = true; break;
      case '--output': case '-o': {
        output = value();
        if (!output) return '-o 后应跟输出文件路径';
        break;
      }
      default:
        if (arg.startsWith('-') && arg !== '-') return `未知选项“${arg}”`;
        if (input !== undefined) return `只能导出一个文件，多出了“${arg}”`;
        input = arg;
    }
  }
  if (input === undefined) return '缺少要导出的文件';
  if (input === '-') return '导出需要文件路径，不支持标准输入';
  if (to !== 'html' && to !== 'docx') return to === undefined ? '缺少 --to html 或 --to docx' : `--to 应为 html 或 docx，而不是“${to}”`;
  return { input, to, output, force };
}

function defaultOutput(input: string, to: Target): string {
  const ext = extname(input);
  return join(dirname(input), `${basename(input, ext)}.${to}`);
}

function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  try {
    const sa = statSync(a);
    const sb = statSync(b);
    return sa.ino === sb.ino && sa.dev === sb.dev;
  } catch {
    return false;
  }
}

/** Writes through a temporary file in the same directory, so a reader never sees half a file. */
function writeAtomically(path: string, data: string | Uint8Array): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(temp, data);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

function segmenterOrNone(): Segmenter | undefined {
  try {
    return loadSegmenter();
  } catch {
    return undefined; // the title then breaks only around words certain in a report title
  }
}

export async function runExport(args: string[], io: ExportIo): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`fazhi-report export：${parsed}\n${usage}\n`);
    return 2;
  }
  const output = parsed.output ?? defaultOutput(parsed.input, parsed.to);
  if (sameFile(parsed.input, output)) {
    io.stderr(`fazhi-report export：输出文件“${output}”就是输入文件，拒绝覆盖；请用 -o 指定其他路径\n`);
    return 2;
  }
  const input = readReport(parsed.input);
  if (!input.ok) {
    io.stderr(`fazhi-report export：${input.path}：${input.reason}\n`);
    return 2;
  }
  if (!input.text.trim()) {
    io.stderr(`fazhi-report export：${input.path}：只有空白，没有可导出的内容\n`);
    return 2;
  }
  if (input.note) io.stderr(`fazhi-report export：${input.path}：${input.note}\n`);
  let existing: ReturnType<typeof statSync> | undefined;
  try {
    existing = statSync(output);
  } catch { /* the output does not exist yet: the usual case */ }
  if (existing?.isDirectory()) {
    io.stderr(`fazhi-report export：输出路径“${output}”是目录，请给出文件名\n`);
    return 2;
  }
  if (existing && !parsed.force) {
    io.stderr(`fazhi-report export：输出文件“${output}”已存在，未覆盖；确需覆盖请加 --force，或用 -o 指定其他路径\n`);
    return 2;
  }

  const doc = parseReport(input.text, { format: input.format });
  const segmenter = segmenterOrNone();
  const data = parsed.to === 'html' ? renderHtml(doc, { mode: 'export', segmenter }) : await renderDocx(doc, { segmenter });
  try {
    writeAtomically(output, data);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.stderr(`fazhi-report export：无法写入“${output}”（${code === 'ENOENT' ? '目录不存在' : code === 'EACCES' ? '没有写权限' : code ?? String(error)}）\n`);
    return 2;
  }
  io.stdout(`${output}\n`);
  return 0;
}
