#!/usr/bin/env node
// `npm start`: the main job on the bundled example — build, check it, export it to HTML and Word, package the .vsix.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAll } from './build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
const example = join(root, 'examples', 'sample-report.md');
const corrected = join(root, 'examples', 'sample-report-corrected.md');
const wordDraft = join(root, 'examples', 'sample-report.docx');
const out = join(root, 'out');

function run(title, cmd, args, okCodes = [0]) {
  console.log(`\n━━ ${title}\n$ ${[relative(root, cmd) || cmd, ...args.map((a) => (a.startsWith(root) ? relative(root, a) : a))].join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.error || !okCodes.includes(r.status)) {
    console.error(`✗ ${title} failed (exit ${r.status ?? r.error?.message})`);
    process.exit(1);
  }
}

await buildAll();
// Exit 1 means "the report has errors" — expected for the example, which carries deliberate mistakes.
run('检查示例报告（含故意留下的错误）', process.execPath, [cli, 'check', example], [0, 1]);
run('检查改正后的示例报告', process.execPath, [cli, 'check', corrected]);
mkdirSync(out, { recursive: true });
run('检查 Word 稿并写出批注副本', process.execPath, [cli, 'check', wordDraft, '--annotate', '-o', join(out, 'sample-report.批注.docx'), '--force'], [0, 1]);
// out/ is this script's own output: replace what an earlier run wrote.
run('导出 HTML', process.execPath, [cli, 'export', corrected, '--to', 'html', '-o', join(out, 'sample-report.html'), '--force']);
run('导出 Word', process.execPath, [cli, 'export', corrected, '--to', 'docx', '-o', join(out, 'sample-report.docx'), '--force']);
run('打包 VS Code 扩展', process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', 'package']);
console.log(`
完成 / Done:
  out/sample-report.html, out/sample-report.docx — 改正后示例报告的公文版式导出
  out/sample-report.批注.docx — Word 示例稿，每个问题一条批注
  fazhi-report.vsix — 安装：code --install-extension fazhi-report.vsix
  命令行：npx fazhi-report check 报告.md   （或 node dist/cli.js check 报告.md）`);
