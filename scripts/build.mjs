// Builds the bundles with esbuild (CommonJS for Node/VS Code; unified/remark are ESM-only and get bundled in).
// Usage: node scripts/build.mjs [cli] [check-worker] [server] [lint-worker] [extension] [folder-summary] [webview]   (no names = all)
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const node = { platform: 'node', format: 'cjs', target: 'node20', mainFields: ['module', 'main'], conditions: ['node', 'require'] };

export const bundles = {
  cli: { entry: 'src/cli/main.ts', out: 'dist/cli.js', ...node, banner: { js: '#!/usr/bin/env node' }, define: { FAZHI_VERSION: JSON.stringify(version) } },
  server: { entry: 'src/server/main.ts', out: 'dist/server.js', ...node },
  // The server's checks run in this worker thread (dist/server.js and dist/cli.js start it from beside themselves).
  'lint-worker': { entry: 'src/server/lint-worker.ts', out: 'dist/lint-worker.js', ...node },
  // `check` of several files hands them to these worker threads (--jobs).
  'check-worker': { entry: 'src/cli/check-worker.ts', out: 'dist/check-worker.js', ...node },
  extension: { entry: 'src/extension.ts', out: 'dist/extension.js', ...node, external: ['vscode'] },
  // 检查文件夹中的全部报告: the engine, loaded by the extension on first use only.
  'folder-summary': { entry: 'src/folder-summary.ts', out: 'dist/folder-summary.js', ...node },
  webview: { entry: 'src/preview/webview/main.ts', out: 'dist/preview-webview.js', platform: 'browser', format: 'iife', target: 'es2022' },
};

export async function buildAll(names = Object.keys(bundles), { quiet = false } = {}) {
  const unknown = names.filter((n) => !bundles[n]);
  if (unknown.length) throw new Error(`unknown bundle(s): ${unknown.join(', ')} (known: ${Object.keys(bundles).join(', ')})`);
  const missing = names.filter((n) => !existsSync(join(root, bundles[n].entry)));
  if (missing.length) {
    throw new Error(`missing entry file(s): ${missing.map((n) => bundles[n].entry).join(', ')}\n` +
      `build only some bundles with: node scripts/build.mjs ${names.filter((n) => !missing.includes(n)).join(' ')}`);
  }
  mkdirSync(join(root, 'dist'), { recursive: true });
  const started = Date.now();
  await Promise.all(names.map((n) => {
    const { entry, out, ...options } = bundles[n];
    return build({
      entryPoints: [join(root, entry)], outfile: join(root, out), bundle: true, minify: true, sourcemap: 'linked',
      legalComments: 'none', logLevel: 'warning', ...options,
    });
  }));
  // The segmenter reads jieba's dictionary and HMM beside the bundle (extracted from jieba-wasm, a dev dependency).
  require('./jieba-data.cjs').ensureJiebaData(join(root, 'dist', 'jieba.dict'));
  if (!quiet) console.log(`built ${names.join(', ')} in ${Date.now() - started} ms → dist/`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildAll(process.argv.slice(2).length ? process.argv.slice(2) : undefined).catch((error) => {
    console.error(`build failed: ${error.message}`);
    process.exit(1);
  });
}
