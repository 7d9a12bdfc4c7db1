// fazhi-report check | export | lsp — the engine on the command line, for reviewers who receive dozens of reports.
import { normalizeConfig } from '../core/config';
import type { LintOptions } from '../core/rule';
import type { Severity } from '../core/types';
import { pool } from './check-pool';
import { asksForHelp, type OptionTable, parseCommandLine } from './args';
import { type CheckSettings, emptyCounts, type FileOutcome, loadExplicitConfig } from './check-file';
import { checkFiles } from './check-files';
import { runExport, sameFile, writeFailure } from './export';
import type { FixMode } from './fix';
import { type CiFormat, ciFormats, type LocatedFile, renderCiFormat } from './formats';
import { writeFileSafely } from './safe-write';
import { runSummary } from './summary';
import { expandInputs, isDocxPath } from './input';
import { colorWanted, displayPath as shown, summaryLine } from './output';

declare const FAZHI_VERSION: string | undefined;

export interface Io {
  /** Bytes only for the fixed text of standard input, passed on in the encoding it came in. */
  stdout(data: string | Uint8Array): void;
  stderr(text: string): void;
  isTty: boolean;
  /** Whether stderr is a terminal (summary draws its progress bar there). */
  stderrIsTty?: boolean;
  /** jieba's dictionary, when the launcher started reading it (readDictionary): `check` and `summary` cut with it. */
  dictionary?: Promise<Uint8Array | undefined>;
}

const usage = `用法 / Usage:
  fazhi-report check [--format text|json|sarif|github|checkstyle|junit] [-o FILE] [--config FILE | --no-config]
                     [--profile auto|government|department] [--rounding half-up|lenient] [--color | --no-color]
                     [--fix | --fix-dry-run] [--annotate [-o OUT.docx] [--force]] [--jobs N] [--previous FILE] [--] FILE|DIR|- …
  fazhi-report summary [--config FILE | --no-config] [--profile auto|government|department] [--rounding half-up|lenient]
                       -o summary.html|summary.csv|summary.xlsx [--] DIR|FILE …
  fazhi-report export [--] FILE --to html|docx [-o OUT] [--force] [--sealed]
  fazhi-report lsp --stdio
  FILE           .md、.txt 或 Word 稿 .docx（位置写作 文件.docx:¶段落:字符）；DIR 代表其中的这些文件；“-”为标准输入（纯文本）
  --format       text（默认，终端上着色；FORCE_COLOR、NO_COLOR 环境变量同样适用）、json、sarif（SARIF 2.1.0）、
                 github（GitHub Actions 注释）、checkstyle、junit
  -o FILE        把检查结果写入文件（替换已有的普通文件）；与 --annotate 同用时是批注副本的路径
  --fix          应用确定的修复（标点、层次序数、数字写法，从不改统计数字）并原地改写文件，再报告改后的问题；“-”时改后的文本写到标准输出；
                 不支持在 Word 文档（.docx）中修复
  --fix-dry-run  不写文件，以统一差异格式（diff -u）列出 --fix 将作的改动
  summary        每份报告一行：发文机关、年度、文种、五项内容（●/○ 及对应标题）、成文日期与 3月1日/4月1日 时限、
                 数字错误、用词问题、占位内容；-o 的扩展名决定格式：.html（可排序，含每份报告的问题）、.csv（带 BOM）、.xlsx
  --annotate     把每个 .docx 的问题写成 Word 批注，存为旁边的副本“X.批注.docx”（-o 指定一个文件的副本路径，--force 覆盖已有副本），不改原文件
  --jobs N       同时检查的线程数（默认为处理器核数）；结果总按输入顺序输出
  --previous FILE 上年报告，用于同比核对（较上年变化、照抄上年的段落、上年安排未提及）；不指定时用同一文件夹中
                 同一发文机关上一年度的报告
  --format json  输出一个紧凑的 JSON 文档 {"files":[{"path","diagnostics"}…]}，边检查边写出
  --             其后的参数都是文件名 / arguments after -- are file names
退出码 / exit code: 0 无错误级问题, 1 有错误级问题,
  2 用法错误、输入无法读取、某个文件未检查完整、未能修复（含对 .docx 用 --fix），或输出路径被拒绝（FIFO、设备、符号链接、目录）`;

export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (asksForHelp(rest)) {
    io.stdout(usage + '\n');
    return 0;
  }
  switch (command) {
    case 'check': return check(rest, io);
    case 'summary': return runSummary(rest, io, usage);
    case 'export': return runExport(rest, io);
    case 'lsp': return lsp(rest, io);
    case '--version': case '-v': io.stdout(`${typeof FAZHI_VERSION === 'string' ? FAZHI_VERSION : 'dev'}\n`); return 0;
    case undefined: case '--help': case '-h': case 'help': io.stdout(usage + '\n'); return command ? 0 : 2;
    default: io.stderr(`未知命令“${command}”\n${usage}\n`); return 2;
  }
}

type CheckFormat = 'text' | 'json' | CiFormat;
const checkFormats: readonly CheckFormat[] = ['text', 'json', ...ciFormats];

interface CheckArgs {
  format: CheckFormat;
  config?: string;
  noConfig: boolean;
  cliOptions: Partial<LintOptions>;
  color?: boolean;
  fix?: FixMode;
  /** Write each .docx's findings into a copy as Word comments. */
  annotate: boolean;
  /** With --annotate the annotated copy's path, else the file the findings are written to. */
  output?: string;
  force: boolean;
  /** --jobs: worker threads for several files (default: one per core). */
  jobs?: number;
  /** --previous: last year's report. */
  previous?: string;
  files: string[];
}

const checkOptions: OptionTable = {
  format: { type: 'string', short: 'f', value: `输出格式 ${checkFormats.join('、')}` },
  config: { type: 'string', short: 'c', value: '配置文件路径' },
  'no-config': { type: 'boolean' },
  profile: { type: 'string', value: '报告类型 auto（默认，按发文机关判断）、government 或 department' },
  rounding: { type: 'string', value: '取整方式 half-up 或 lenient' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  annotate: { type: 'boolean' },
  output: { type: 'string', short: 'o', value: '输出文件的路径' },
  force: { type: 'boolean' },
  jobs: { type: 'string', short: 'j', value: '并行检查的线程数' },
  previous: { type: 'string', value: '上年报告的路径' },
};

function parseCheckArgs(args: string[]): CheckArgs | string {
  const parsed = parseCommandLine(args, checkOptions);
  if (typeof parsed === 'string') return parsed;
  const { format = 'text', config, profile, rounding, output, jobs, previous } = parsed.values as Record<string, string | undefined>;
  if (!(checkFormats as readonly string[]).includes(format)) return `--format 应为 ${checkFormats.join('、')} 之一，而不是“${format}”`;
  if (jobs !== undefined && !/^[1-9][0-9]{0,2}$/.test(jobs)) return `--jobs 应为 1 到 999 的整数，而不是“${jobs}”`;
  const normalized = normalizeConfig({ profile, rounding });
  if (normalized.problems.length) return normalized.problems.join('；');
  const lastColor = parsed.flagsInOrder.filter((f) => f === 'color' || f === 'no-color').pop();
  if (!parsed.positionals.length) return '缺少要检查的文件';
  if (parsed.values.fix && parsed.values['fix-dry-run']) return '--fix 与 --fix-dry-run 只能选一个';
  if (parsed.values['fix-dry-run'] && format !== 'text') return `--fix-dry-run 输出差异（diff），不能与 --format ${format} 同用`;
  const annotate = parsed.values.annotate === true;
  const force = parsed.values.force === true;
  if (force && !annotate) return '--force 只用于 --annotate（覆盖已有的批注副本）';
  if (output !== undefined && !annotate && parsed.values['fix-dry-run']) return '--fix-dry-run 的差异写到标准输出，不能与 -o 同用';
  if (output !== undefined && !annotate && isDocxPath(output)) return `-o “${output}”是 Word 文件名：检查结果不是 Word 文档；要写批注副本请加 --annotate`;
  return {
    format: format as CheckFormat, config, noConfig: parsed.values['no-config'] === true, cliOptions: normalized.options,
    color: lastColor === undefined ? undefined : lastColor === 'color', files: parsed.positionals,
    fix: parsed.values.fix ? 'fix' : parsed.values['fix-dry-run'] ? 'dry-run' : undefined,
    annotate, output, force, jobs: jobs === undefined ? undefined : Number(jobs), previous,
  };
}

async function check(args: string[], io: Io): Promise<number> {
  const parsed = parseCheckArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`fazhi-report check：${parsed}\n${usage}\n`);
    return 2;
  }
  const explicit = loadExplicitConfig(parsed.config);
  if ('problems' in explicit) {
    io.stderr(explicit.problems.map((p) => `fazhi-report：${p}`).join('\n') + '\n');
    return 2;
  }
  const reportFile = parsed.annotate ? undefined : parsed.output;
  const color = parsed.format === 'text' && !reportFile && (parsed.color ?? colorWanted(process.env, io.isTty));
  const { files, problems } = expandInputs(parsed.files);
  if (reportFile !== undefined && files.some((f) => f !== '-' && sameFile(f, reportFile))) {
    io.stderr(`fazhi-report check：输出文件“${shown(reportFile)}”是要检查的报告之一，拒绝覆盖；请用 -o 指定其他路径\n`);
    return 2;
  }
  if (parsed.annotate && parsed.output && files.length !== 1) {
    io.stderr(`fazhi-report check：-o 只能用于一个 .docx 文件；检查多个文件时批注副本写在各自旁边（报告.批注.docx）\n`);
    return 2;
  }
  const settings: CheckSettings = {
    format: parsed.format, color, explicitConfig: explicit.options, noConfig: parsed.noConfig,
    cliOptions: parsed.cliOptions, fix: parsed.fix, annotate: parsed.annotate, output: parsed.output, force: parsed.force,
    previous: parsed.previous,
  };
  const counts = emptyCounts();
  // One line per problem; a file counts once however many lines it has.
  const troubles: { path: string; line: string }[] = [];
  const trouble = (path: string, reason: string) => troubles.push({ path, line: `${shown(path)}：${reason}` });
  problems.forEach((p) => { if (!p.ok) trouble(p.path, p.reason); });
  const located: LocatedFile[] = [];
  const diffs: string[] = [];
  // --fix with standard input passes the fixed text on through stdout: the findings go to stderr then.
  const fixedStdin = parsed.fix === 'fix' && files.includes('-');
  const report = fixedStdin ? io.stderr : io.stdout;
  // With -o the findings are collected and written to the file in one piece at the end.
  const collected: string[] = [];
  const emit = reportFile === undefined ? report : (text: string) => { collected.push(text); };
  // JSON is written as the files are checked: one document, compact, never held whole in memory.
  let jsonFiles = 0;
  if (parsed.format === 'json' && parsed.fix !== 'dry-run') emit('{"files":[');
  let checked = 0;
  const deliver = (outcome: FileOutcome, index: number) => {
    const path = files[index];
    outcome.messages.forEach((m) => io.stderr(`${m}\n`));
    outcome.troubles.forEach((reason) => trouble(path, reason));
    if (outcome.stdout) io.stdout(outcome.stdout);
    if (outcome.diff) diffs.push(outcome.diff);
    if (outcome.checked) checked++;
    for (const severity of Object.keys(counts) as Severity[]) counts[severity] += outcome.counts[severity];
    if (outcome.located) located.push(outcome.located);
    if (outcome.block === undefined || parsed.fix === 'dry-run') return;
    if (parsed.format === 'json') emit(`${jsonFiles++ ? ',' : ''}${outcome.block}`);
    else emit(`${outcome.block}\n\n`);
  };
  await checkFiles(files, settings, parsed.jobs, deliver, io.dictionary);
  troubles.forEach((t) => io.stderr(`fazhi-report：${t.line}\n`));
  const troubledFiles = new Set(troubles.map((t) => t.path)).size;
  if (parsed.fix === 'dry-run') io.stdout(diffs.join(''));
  else if (parsed.format === 'json') emit(']}\n');
  else if (parsed.format !== 'text') emit(renderCiFormat(parsed.format, located));
  else emit(summaryLine(counts, checked, troubledFiles) + '\n');
  if (reportFile !== undefined && parsed.fix !== 'dry-run') {
    try {
      // Generated output: an existing regular file is replaced (never a FIFO, device, link or directory).
      writeFileSafely(reportFile, collected.join(''), { replace: true });
    } catch (error) {
      io.stderr(`fazhi-report check：${writeFailure(reportFile, error)}\n`);
      return 2;
    }
    io.stderr(`fazhi-report：${summaryLine(counts, checked, troubledFiles)}，结果已写入 ${shown(reportFile)}\n`);
  }
  if (troubles.length) return 2;
  return counts.error ? 1 : 0;
}

async function lsp(args: string[], io: Io): Promise<number> {
  if (!args.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'))) {
    io.stderr('fazhi-report lsp：请指定传输方式，如 --stdio\n');
    return 2;
  }
  // Loaded only here, and the editor's own server (dist/server.js in the CLI): it reads the transport from the
  // command line as it does when the editor starts it.
  require('../server/launch');
  return new Promise<number>(() => { /* the connection keeps the process alive until the client exits it */ });
}

/** The command line of this process: runs `main` with the process's streams and sets the exit code. */
/** Whether this run checked in worker threads too (a batch): the launcher then keeps no code cache of it. */
export const ranInThreads = () => pool.started;

export function runCli(argv: string[], dictionary?: Io['dictionary']): Promise<void> {
  // A reader that stops early (`check … | head`) closes the pipe: stop quietly as Unix tools do, not with a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') process.stderr.write(`fazhi-report：无法写入标准输出：${error.message}\n`);
    process.exit(error.code === 'EPIPE' ? (process.exitCode ?? 0) : 2);
  });
  return main(argv, {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    isTty: Boolean(process.stdout.isTTY),
    stderrIsTty: Boolean(process.stderr.isTTY),
    dictionary,
  }).then((code) => {
    if (code !== undefined) process.exitCode = code;
  }, (error) => {
    process.stderr.write(`fazhi-report：内部错误：${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  });
}

// Run from the sources (tests, `tsx src/cli/main.ts`); the built CLI starts through dist/cli.js (launch.ts).
if (require.main === module) void runCli(process.argv.slice(2));
