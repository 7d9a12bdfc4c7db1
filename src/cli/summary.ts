// fazhi-report summary DIR… -o summary.html|summary.csv|summary.xlsx — one row per report for the reviewer who
// receives dozens of them: issuer, year, 文种, the five items with their headings, the 成文日期 against the deadlines,
// and the counts of figure errors, wording findings and placeholders; the HTML page also lists each report's findings.
import { extname } from 'node:path';
import { normalizeConfig } from '../core/config';
import type { ReportSummary } from '../core/summary';
import { renderSummaryCsv, renderSummaryHtml, summaryTable } from '../render/summary';
import { type OptionTable, parseCommandLine } from './args';
import { sameFile, writeFailure } from './export';
import { expandInputs } from './input';
import { displayPath as shown } from './output';
import { type CheckSettings, loadExplicitConfig } from './check-file';
import { checkFiles } from './check-files';
import { writeFileSafely } from './safe-write';

export interface SummaryIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stderr is a terminal: the progress bar is drawn only there. */
  stderrIsTty?: boolean;
  /** jieba's dictionary, when the launcher started reading it (as Io's). */
  dictionary?: Promise<Uint8Array | undefined>;
}

const summaryOptions: OptionTable = {
  output: { type: 'string', short: 'o', value: '汇总文件的路径（.html、.csv 或 .xlsx）' },
  config: { type: 'string', short: 'c', value: '配置文件路径' },
  'no-config': { type: 'boolean' },
  profile: { type: 'string', value: '报告类型 auto（默认，按发文机关判断）、government 或 department' },
  rounding: { type: 'string', value: '取整方式 half-up 或 lenient' },
};

type SummaryFormat = 'html' | 'csv' | 'xlsx';
const formatsByExtension: Record<string, SummaryFormat> = { '.html': 'html', '.htm': 'html', '.csv': 'csv', '.xlsx': 'xlsx' };

interface SummaryArgs {
  output: string;
  format: SummaryFormat;
  inputs: string[];
  config?: string;
  noConfig: boolean;
  cliOptions: CheckSettings['cliOptions'];
}

function parseSummaryArgs(args: string[]): SummaryArgs | string {
  const parsed = parseCommandLine(args, summaryOptions);
  if (typeof parsed === 'string') return parsed;
  const { output, config, profile, rounding } = parsed.values as Record<string, string | undefined>;
  const normalized = normalizeConfig({ profile, rounding });
  if (normalized.problems.length) return normalized.problems.join('；');
  if (!parsed.positionals.length) return '缺少要汇总的文件夹或文件';
  if (output === undefined) return '请用 -o 指定汇总文件（summary.html、summary.csv 或 summary.xlsx）';
  const format = formatsByExtension[extname(output).toLowerCase()];
  if (!format) return `-o “${output}”：汇总文件的扩展名应为 .html、.csv 或 .xlsx`;
  return { output, format, inputs: parsed.positionals, config, noConfig: parsed.values['no-config'] === true, cliOptions: normalized.options };
}

export async function runSummary(args: string[], io: SummaryIo, usage: string): Promise<number> {
  const parsed = parseSummaryArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`fazhi-report summary：${parsed}\n${usage}\n`);
    return 2;
  }
  const { files, problems } = expandInputs(parsed.inputs);
  if (files.some((f) => f !== '-' && sameFile(f, parsed.output))) {
    io.stderr(`fazhi-report summary：输出文件“${shown(parsed.output)}”是要汇总的报告之一，拒绝覆盖；请用 -o 指定其他路径\n`);
    return 2;
  }
  const explicit = loadExplicitConfig(parsed.config);
  if ('problems' in explicit) {
    io.stderr(explicit.problems.map((p) => `fazhi-report：${p}`).join('\n') + '\n');
    return 2;
  }
  const settings: CheckSettings = {
    format: 'summary', color: false, explicitConfig: explicit.options, noConfig: parsed.noConfig, cliOptions: parsed.cliOptions,
    annotate: false, force: false,
  };
  const troubles = problems.flatMap((p) => (p.ok ? [] : [`${shown(p.path)}：${p.reason}`]));
  const notes: string[] = [];
  const summaries: ReportSummary[] = [];
  const bar = io.stderrIsTty ? progressBar(io, files.length) : undefined;
  let done = 0;
  bar?.(0, files[0] ?? '');
  await checkFiles(files, settings, undefined, (outcome, index) => {
    notes.push(...outcome.messages);
    outcome.troubles.forEach((reason) => troubles.push(`${shown(files[index])}：${reason}`));
    if (outcome.summary) summaries.push(outcome.summary);
    bar?.(++done, files[index]);
  }, io.dictionary);
  notes.forEach((m) => io.stderr(`${m}\n`));
  troubles.forEach((t) => io.stderr(`fazhi-report：${t}\n`));
  try {
    // Generated output: an existing regular file is replaced (never a FIFO, device, link or directory).
    writeFileSafely(parsed.output, await renderSummary(parsed.format, summaries, parsed.inputs.join('、')), { replace: true });
  } catch (error) {
    io.stderr(`fazhi-report summary：${writeFailure(parsed.output, error)}\n`);
    return 2;
  }
  io.stderr(`fazhi-report：已汇总 ${summaries.length} 份报告，写入 ${shown(parsed.output)}\n`);
  return troubles.length ? 2 : 0;
}

async function renderSummary(format: SummaryFormat, summaries: ReportSummary[], source: string): Promise<string | Uint8Array> {
  if (format === 'html') {
    // node:crypto is loaded here, not at start: `check` has no use for it.
    const { randomBytes } = await import('node:crypto');
    return renderSummaryHtml(summaries, { nonce: randomBytes(16).toString('base64'), source });
  }
  if (format === 'csv') return renderSummaryCsv(summaries);
  const { header, rows } = summaryTable(summaries);
  const bold = { fontWeight: 'bold' as const };
  // Loaded for an .xlsx only (its own bundle in the CLI).
  const writeXlsxFile = (require('write-excel-file/node') as typeof import('write-excel-file/node')).default;
  return writeXlsxFile([header.map((value) => ({ value, ...bold })), ...rows], {
    sheet: '汇总', stickyRowsCount: 1,
    columns: header.map((_, k) => ({ width: k === 0 ? 36 : k >= 4 && k <= 8 ? 30 : 14 })),
  }).toBuffer();
}

/** "[#####-----] 12/40 文件名" on one line of a terminal, redrawn per report and cleared once all are done. */
function progressBar(io: SummaryIo, total: number): (done: number, path: string) => void {
  const width = 24;
  return (done, path) => {
    if (done >= total) {
      io.stderr('\r\x1b[K');
      return;
    }
    const filled = Math.round((done / total) * width);
    io.stderr(`\r\x1b[K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${shown(path).slice(-40)}`);
  };
}
