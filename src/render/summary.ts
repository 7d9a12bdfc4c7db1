// The folder summary as a table (shared by the CSV and .xlsx files) and as one self-contained HTML page: no external
// resources, a Content-Security-Policy that runs only its own nonce-tagged style and script, and every piece of report
// text escaped — a report is hostile input. The same page is shown in the editor's webview (src/summary-view.ts).
import { describeDate, itemShortNames, summaryItems, type ReportSummary } from '../core/summary';
import { severityLabel, type Severity } from '../core/types';
import { escapeHtml } from './html';

export interface SummaryTable {
  header: string[];
  /** Cells as text; numbers as numbers, so a spreadsheet can sort and add them. */
  rows: (string | number)[][];
}


/** "● 一、主要举措和成效；二、……" or "○". */
function itemCell(summary: ReportSummary, k: number): string {
  const coverage = summary.items[k];
  return coverage.present ? `● ${coverage.where.join('；')}`.trim() : '○';
}

/** 文件, 发文机关, 年度, 文种, then the five items. */
const firstItemColumn = 4;

export function summaryTable(summaries: readonly ReportSummary[]): SummaryTable {
  return {
    header: ['文件', '发文机关', '年度', '文种', ...summaryItems.map((item) => itemShortNames[item]), '成文日期', '数字错误', '用词问题', '占位内容', '问题总数'],
    rows: summaries.map((s) => [
      s.path, s.issuer ?? '', s.year ?? '', s.docType ?? (s.title === undefined ? '（无标题）' : '（未写明）'),
      ...summaryItems.map((_, k) => itemCell(s, k)),
      describeDate(s), s.figureErrors, s.wordingFindings, s.placeholders, s.findings.length,
    ]),
  };
}

/** A cell as CSV: quoted when needed; text a spreadsheet would run as a formula (=, +, -, @ first) is made plain text. */
function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 with CRLF, after a UTF-8 BOM so that Excel reads the Chinese as UTF-8. */
export function renderSummaryCsv(summaries: readonly ReportSummary[]): string {
  const { header, rows } = summaryTable(summaries);
  return '\ufeff' + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export interface SummaryPageOptions {
  /** A fresh random value per page: only the page's own style and script run. */
  nonce: string;
  title?: string;
  /** Where the reports were read from, for the heading. */
  source?: string;
}

const style = `
body { font: 14px/1.5 system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; margin: 1.5em; color: #222; background: #fff; }
h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 2em; border-bottom: 1px solid #ccc; }
table { border-collapse: collapse; margin: .5em 0; }
th, td { border: 1px solid #ccc; padding: 3px 6px; vertical-align: top; text-align: left; }
th { background: #f3f3f3; position: sticky; top: 0; }
#summary th { cursor: pointer; user-select: none; }
#summary th[aria-sort="ascending"]::after { content: " ▲"; } #summary th[aria-sort="descending"]::after { content: " ▼"; }
td.num { text-align: right; } .absent { color: #b00; font-weight: bold; } .present { color: #070; } .optional { color: #888; }
.error { color: #b00; } .warning { color: #a60; } .information, .hint { color: #06c; }
.where { color: #666; font-size: .9em; }
@media (prefers-color-scheme: dark) { body { background: #1e1e1e; color: #ddd; } th { background: #333; } th, td { border-color: #555; } }
`;

// Sorts the summary by a clicked column: numbers by value, text by the Chinese collation; click again to reverse.
const script = `
const table = document.getElementById('summary');
const headers = [...table.tHead.rows[0].cells];
headers.forEach((th, column) => {
  th.tabIndex = 0;
  const sort = () => {
    const ascending = th.getAttribute('aria-sort') !== 'ascending';
    headers.forEach((h) => h.removeAttribute('aria-sort'));
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    const key = (row) => row.cells[column].dataset.sort ?? row.cells[column].textContent;
    const rows = [...table.tBodies[0].rows];
    const collator = new Intl.Collator('zh-CN', { numeric: true });
    rows.sort((a, b) => {
      const x = key(a), y = key(b);
      const order = x !== '' && y !== '' && !isNaN(x) && !isNaN(y) ? Number(x) - Number(y) : collator.compare(x, y);
      return ascending ? order : -order;
    });
    table.tBodies[0].append(...rows);
  };
  th.addEventListener('click', sort);
  th.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sort(); } });
});
`;

function reportAnchor(k: number): string {
  return `report-${k + 1}`;
}

export function renderSummaryHtml(summaries: readonly ReportSummary[], options: SummaryPageOptions): string {
  const { header, rows } = summaryTable(summaries);
  const nonce = escapeHtml(options.nonce);
  const title = escapeHtml(options.title ?? '法治政府建设年度报告汇总');
  const itemColumns = new Set(summaryItems.map((_, k) => firstItemColumn + k));
  const body = rows.map((row, k) => `<tr>${row.map((cell, column) => {
    if (column === 0) return `<td data-sort="${escapeHtml(String(cell))}"><a href="#${reportAnchor(k)}">${escapeHtml(String(cell))}</a></td>`;
    if (typeof cell === 'number') return `<td class="num" data-sort="${cell}">${cell}</td>`;
    if (itemColumns.has(column)) {
      const { item, present, where } = summaries[k].items[column - firstItemColumn];
      // Item 5 (其他需要报告的情况) is optional: its absence is no fault.
      return `<td data-sort="${present ? 1 : 0}"><span class="${present ? 'present' : item === 'other' ? 'optional' : 'absent'}">${present ? '●' : '○'}</span>${where.length ? ` <span class="where">${escapeHtml(where.join('；'))}</span>` : ''}</td>`;
    }
    return `<td>${escapeHtml(String(cell))}</td>`;
  }).join('')}</tr>`).join('\n');
  const sections = summaries.map((s, k) => {
    const list = s.findings.length
      ? `<table><thead><tr><th>位置</th><th>级别</th><th>规则</th><th>问题</th></tr></thead><tbody>\n${s.findings.map((f) =>
        `<tr><td>${escapeHtml(f.where)}</td><td class="${f.severity}">${severityLabel[f.severity]}</td><td>${escapeHtml(f.code)}</td><td>${escapeHtml(f.message)}</td></tr>`).join('\n')}\n</tbody></table>`
      : '<p>未发现问题。</p>';
    const counts = (Object.keys(severityLabel) as Severity[]).filter((v) => s.counts[v]).map((v) => `${severityLabel[v]} ${s.counts[v]}`).join('，');
    return `<section id="${reportAnchor(k)}"><h2>${escapeHtml(s.path)}</h2>\n<p>${escapeHtml([s.issuer, s.year === undefined ? undefined : `${s.year}年度`].filter(Boolean).join('，'))}${counts ? `（${counts}）` : ''} <a href="#top">返回汇总表</a></p>\n${list}</section>`;
  }).join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style nonce="${nonce}">${style}</style>
</head>
<body>
<h1 id="top">${title}</h1>
<p>${options.source ? `${escapeHtml(options.source)}：` : ''}共 ${summaries.length} 份报告。● 有该项内容（其后为对应的标题），○ 未见。点击表头排序，点击文件名查看该报告的全部问题。</p>
<table id="summary"><thead><tr>${header.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>
<tbody>
${body}
</tbody></table>
${sections}
<script nonce="${nonce}">${script}</script>
</body>
</html>
`;
}
