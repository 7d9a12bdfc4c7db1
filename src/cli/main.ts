// fazhi-report check | export | lsp — the engine on the command line, for reviewers who receive dozens of reports.
import { dirname, resolve } from 'node:path';
import { findConfigFile, loadConfigFile, mergeOptions, normalizeConfig } from '../core/config';
import { lintText } from '../core/lint';
import type { LintOptions } from '../core/rule';
import { loadSegmenter } from '../core/segmenter';
import type { Severity } from '../core/types';
import { runExport } from './export';
import { expandInputs, readReport } from './input';
import { jsonDiagnostic, summaryLine, textLines } from './output';

declare const FAZHI_VERSION: string | undefined;

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  isTty: boolean;
}

const usage = `用法 / Usage:
  fazhi-report check [--format text|json] [--config FILE | --no-config] [--profile government|department]
                     [--rounding half-up|lenient] [--color | --no-color] FILE|DIR|- …
  fazhi-report export FILE --to html|docx [-o OUT] [--force]
  fazhi-report lsp --stdio
退出码 / exit code: 0 无错误级问题, 1 有错误级问题, 2 用法错误或输入无法读取`;

export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(usage + '\n');
    return 0;
  }
  switch (command) {
    case 'check': return check(rest, io);
    case 'export': return runExport(rest, io);
    case 'lsp': return lsp(rest, io);
    case '--version': case '-v': io.stdout(`${typeof FAZHI_VERSION === 'string' ? FAZHI_VERSION : 'dev'}\n`); return 0;
    case undefined: case '--help': case '-h': case 'help': io.stdout(usage + '\n'); return command ? 0 : 2;
    default: io.stderr(`未知命令“${command}”\n${usage}\n`); return 2;
  }
}

interface CheckArgs {
  format: 'text' | 'json';
  config?: string;
  noConfig: boolean;
  cliOptions: Partial<LintOptions>;
  color?: boolean;
  files: string[];
}

function parseCheckArgs(args: string[]): CheckArgs | string {
  const out: CheckArgs = { format: 'text', noConfig: false, cliOptions: {}, files: [] };
  const cliConfig: Record<string, unknown> = {};
  for (let k = 0; k < args.length; k++) {
    const arg = args[k];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? args[++k];
    switch (flag) {
      case '--format': case '-f': {
        const v = value();
        if (v !== 'text' && v !== 'json') return `--format 应为 text 或 json，而不是“${v ?? ''}”`;
        out.format = v;
        break;
      }
      case '--config': case '-c': {
        const v = value();
        if (!v) return '--config 后应跟配置文件路径';
        out.config = v;
        break;
      }
      case '--no-config': out.noConfig = true; break;
      case '--profile': cliConfig.profile = value(); break;
      case '--rounding': cliConfig.rounding = value(); break;
      case '--color': out.color = true; break;
      case '--no-color': out.color = false; break;
      default:
        if (arg.startsWith('-') && arg !== '-') return `未知选项“${arg}”`;
        out.files.push(arg);
    }
  }
  const normalized = normalizeConfig(cliConfig);
  if (normalized.problems.length) return normalized.problems.join('；');
  out.cliOptions = normalized.options;
  if (!out.files.length) return '缺少要检查的文件';
  return out;
}

function check(args: string[], io: Io): number {
  const parsed = parseCheckArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`fazhi-report check：${parsed}\n${usage}\n`);
    return 2;
  }
  let explicitConfig: Partial<LintOptions> = {};
  if (parsed.config) {
    const loaded = loadConfigFile(resolve(parsed.config));
    if (loaded.problems.length) {
      io.stderr(loaded.problems.map((p) => `fazhi-report：${p}`).join('\n') + '\n');
      return 2;
    }
    explicitConfig = loaded.options;
  }
  const color = parsed.color ?? (io.isTty && !process.env.NO_COLOR);
  const segmenter = loadSegmenter();
  const addedWords = new Set<string>();
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  const { files, problems } = expandInputs(parsed.files);
  const unreadable = problems.map((p) => (p.ok ? '' : `${p.path}：${p.reason}`));
  const jsonFiles: unknown[] = [];
  const textBlocks: string[] = [];
  let checked = 0;
  for (const path of files) {
    const input = readReport(path);
    if (!input.ok) {
      unreadable.push(`${input.path}：${input.reason}`);
      continue;
    }
    if (input.note) io.stderr(`fazhi-report：${path}：${input.note}\n`);
    let fileConfig: Partial<LintOptions> = {};
    if (!parsed.config && !parsed.noConfig && path !== '-') {
      const found = findConfigFile(dirname(resolve(path)));
      if (found) {
        const loaded = loadConfigFile(found);
        loaded.problems.forEach((p) => io.stderr(`fazhi-report：${p}\n`));
        fileConfig = loaded.options;
      }
    }
    const options = mergeOptions(fileConfig, explicitConfig, parsed.cliOptions);
    const newWords = (options.words ?? []).filter((w) => !addedWords.has(w));
    if (newWords.length) {
      segmenter.addWords(newWords);
      newWords.forEach((w) => addedWords.add(w));
    }
    const run = lintText(input.text, { format: input.format }, { options, segmenter });
    run.failures.forEach((f) => io.stderr(`fazhi-report：${path}：规则 ${f.rule} 内部错误，已跳过：${f.error}\n`));
    checked++;
    run.findings.forEach((f) => counts[f.severity]++);
    if (parsed.format === 'json') jsonFiles.push({ path, diagnostics: run.findings.map((f) => jsonDiagnostic(run.doc, f)) });
    else if (run.findings.length) textBlocks.push([color ? `\x1b[1m${path}\x1b[0m` : path, ...textLines(path, run.doc, run.findings, color)].join('\n'));
  }
  const errors = unreadable.filter(Boolean);
  errors.forEach((line) => io.stderr(`fazhi-report：${line}\n`));
  if (parsed.format === 'json') io.stdout(JSON.stringify({ files: jsonFiles }, null, 2) + '\n');
  else {
    if (textBlocks.length) io.stdout(textBlocks.join('\n\n') + '\n\n');
    io.stdout(summaryLine(counts, checked, errors.length) + '\n');
  }
  if (errors.length) return 2;
  return counts.error ? 1 : 0;
}

async function lsp(args: string[], io: Io): Promise<number> {
  if (!args.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'))) {
    io.stderr('fazhi-report lsp：请指定传输方式，如 --stdio\n');
    return 2;
  }
  // Loaded only here: `check` and `export` must not pay for the LSP library.
  const { createConnection, ProposedFeatures } = await import('vscode-languageserver/node');
  const { startServer } = await import('../server/server');
  startServer(createConnection(ProposedFeatures.all));
  return new Promise<number>(() => { /* the connection keeps the process alive until the client exits it */ });
}

if (require.main === module) {
  main(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    isTty: Boolean(process.stdout.isTTY),
  }).then((code) => {
    if (code !== undefined) process.exitCode = code;
  }, (error) => {
    process.stderr.write(`fazhi-report：内部错误：${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  });
}
