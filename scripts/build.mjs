// Builds the bundles with esbuild (CommonJS for Node/VS Code; unified/remark are ESM-only and get bundled in).
// Usage: node scripts/build.mjs [cli] [check-worker] [server] [lint-worker] [extension] [folder-summary] [webview]   (no names = all)
// A build of all bundles also removes from dist/ whatever it no longer produces.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { asciiBundle } from './ascii-bundle.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const node = { platform: 'node', format: 'cjs', target: 'node20', mainFields: ['module', 'main'], conditions: ['node', 'require'] };

/**
 * What only some commands need, each its own bundle: the sources `require()` these modules at the point of use, and
 * the CLI's bundles require the part's bundle from beside themselves instead, so `check` of a text report compiles
 * neither Word, Excel, OpenCC nor the language server.
 */
export const cliParts = {
  'src/import/docx.ts': 'docx-reader', // reading a .docx (fflate, the XML reader)
  'src/import/annotate.ts': 'docx-annotate', // --annotate
  'src/render/docx.ts': 'docx-writer', // export --to docx (the docx library)
  'write-excel-file/node': 'xlsx-writer', // summary -o x.xlsx
  'opencc-js/t2cn': 'opencc-t2cn', // a report in traditional script
  'src/server/launch.ts': 'server', // lsp (dist/server.js, the editor's server)
};

/** Turns a `require()` of a part into a require of its bundle (static imports stay bundled: only lazy loads split). */
const requireParts = {
  name: 'cli-parts',
  setup(build) {
    build.onResolve({ filter: /./ }, ({ path, importer, kind }) => {
      if (kind !== 'require-call') return undefined;
      const key = path.startsWith('.') ? ['', '.ts'].map((ext) => relative(root, resolve(dirname(importer), path) + ext).split(sep).join('/'))
        .find((file) => cliParts[file]) : path;
      const part = cliParts[key];
      return part ? { path: `./${part}.js`, external: true } : undefined;
    });
  },
};
const cli = { ...node, plugins: [requireParts] };
const partBundles = Object.fromEntries(Object.entries(cliParts).filter(([, name]) => name !== 'server')
  .map(([entry, name]) => [name, { entry, out: `dist/${name}.js`, ...node }]));

export const bundles = {
  // dist/cli.js starts dist/cli-main.js from V8's code cache (src/cli/launch.ts); the parts load on first use.
  cli: { entry: 'src/cli/launch.ts', out: 'dist/cli.js', ...node, banner: { js: '#!/usr/bin/env node' }, with: ['cli-main', ...Object.keys(partBundles), 'server'] },
  'cli-main': { entry: 'src/cli/main.ts', out: 'dist/cli-main.js', ...cli, define: { FAZHI_VERSION: JSON.stringify(version) } },
  ...partBundles,
  server: { entry: 'src/server/launch.ts', out: 'dist/server.js', ...node },
  // The server's checks run in this worker thread (dist/server.js and dist/cli.js start it from beside themselves).
  // dist/lint-worker.js starts dist/lint-worker-main.js from V8's code cache (src/server/lint-worker-launch.ts).
  'lint-worker': { entry: 'src/server/lint-worker-launch.ts', out: 'dist/lint-worker.js', ...node, with: ['lint-worker-main'] },
  'lint-worker-main': { entry: 'src/server/lint-worker.ts', out: 'dist/lint-worker-main.js', ...node },
  // `check` of several files hands them to these worker threads (--jobs).
  'check-worker': { entry: 'src/cli/check-worker.ts', out: 'dist/check-worker.js', ...cli, with: Object.keys(partBundles) },
  extension: { entry: 'src/extension.ts', out: 'dist/extension.js', ...node, external: ['vscode'] },
  // 检查文件夹中的全部报告: the engine, loaded by the extension on first use only.
  'folder-summary': { entry: 'src/folder-summary.ts', out: 'dist/folder-summary.js', ...node },
  webview: { entry: 'src/preview/webview/main.ts', out: 'dist/preview-webview.js', platform: 'browser', format: 'iife', target: 'es2022' },
};

/** A bundle's entry: a file of this project, or a package's module (resolved as Node requires it). */
const entryFile = (entry) => (entry.startsWith('src/') ? join(root, entry) : require.resolve(entry, { paths: [root] }));

export async function buildAll(requested = Object.keys(bundles), { quiet = false } = {}) {
  const unknown = requested.filter((n) => !bundles[n]);
  if (unknown.length) throw new Error(`unknown bundle(s): ${unknown.join(', ')} (known: ${Object.keys(bundles).join(', ')})`);
  // A bundle comes with the bundles it loads.
  const names = [...new Set(requested.flatMap((n) => [n, ...(bundles[n].with ?? [])]))];
  const missing = names.filter((n) => bundles[n].entry.startsWith('src/') && !existsSync(entryFile(bundles[n].entry)));
  if (missing.length) {
    throw new Error(`missing entry file(s): ${missing.map((n) => bundles[n].entry).join(', ')}\n` +
      `build only some bundles with: node scripts/build.mjs ${names.filter((n) => !missing.includes(n)).join(' ')}`);
  }
  mkdirSync(join(root, 'dist'), { recursive: true });
  const started = Date.now();
  await Promise.all(names.map(async (n) => {
    const { entry, out, with: _companions, ...options } = bundles[n];
    await build({
      entryPoints: [entryFile(entry)], outfile: join(root, out), bundle: true, minify: true, sourcemap: 'linked',
      legalComments: 'none', logLevel: 'warning', ...options,
    });
    // esbuild leaves the CJK of regular expression literals as it is: escaped here, so each bundle is a one-byte string.
    asciiBundle(join(root, out), `${join(root, out)}.map`);
  }));
  // The segmenter reads jieba's dictionary and HMM beside the bundle (extracted from jieba-wasm, a dev dependency).
  const dictionary = join(root, 'dist', 'jieba.dict');
  require('./jieba-data.cjs').ensureJiebaData(dictionary);
  if (names.length === Object.keys(bundles).length) removeStale([dictionary, ...names.flatMap((n) => [join(root, bundles[n].out), `${join(root, bundles[n].out)}.map`])]);
  if (!quiet) console.log(`built ${names.join(', ')} in ${Date.now() - started} ms → dist/`);
}

/** Files in dist/ that no bundle produces any more (an old wasm, a renamed bundle): a fresh package never has them. */
function removeStale(produced) {
  const keep = new Set(produced);
  for (const name of readdirSync(join(root, 'dist'))) {
    const file = join(root, 'dist', name);
    if (!keep.has(file) && statSync(file).isFile()) rmSync(file, { force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildAll(process.argv.slice(2).length ? process.argv.slice(2) : undefined).catch((error) => {
    console.error(`build failed: ${error.message}`);
    process.exit(1);
  });
}
