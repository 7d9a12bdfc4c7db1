// The extension manifest: contributions refer to each other and to files that exist, every %key% is translated.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRules } from '../../src/core/rules/index';

const root = join(__dirname, '..', '..');
const read = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8'));

interface Manifest {
  activationEvents: string[];
  contributes: {
    commands: { command: string; title: string; category: string }[];
    menus: Record<string, { command: string }[]>;
    configuration: { properties: Record<string, unknown> };
    snippets: { language: string; path: string }[];
    grammars: { path: string; injectTo: string[] }[];
  };
}

describe('extension manifest', () => {
  const manifest = read('package.json') as Manifest;
  const nls = { en: read('package.nls.json') as Record<string, string>, zh: read('package.nls.zh-cn.json') as Record<string, string> };

  it('activates only on Markdown, plain text, its own commands, views and Word documents (never "*")', () => {
    for (const event of manifest.activationEvents) {
      assert.match(event, /^onLanguage:(markdown|plaintext)$|^onCommand:fazhiReport\.|^onWebviewPanel:fazhiReport\.|^onCustomEditor:fazhiReport\.|^onFileSystem:fazhi-docx$/);
    }
  });

  it('opens .docx with its own read-only editor, the one src/word registers', () => {
    const editors = (manifest.contributes as unknown as { customEditors: { viewType: string; selector: { filenamePattern: string }[] }[] }).customEditors;
    assert.deepEqual(editors.map((e) => [e.viewType, e.selector[0].filenamePattern]), [['fazhiReport.docx', '*.docx']]);
    assert.ok(manifest.activationEvents.includes('onCustomEditor:fazhiReport.docx'));
    assert.match(readFileSync(join(root, 'src', 'word', 'register.ts'), 'utf8'), /customEditorViewType = 'fazhiReport\.docx'/);
  });

  it('declares the ten commands in one category, and menus use only declared commands', () => {
    const ids = manifest.contributes.commands.map((c) => c.command);
    assert.deepEqual(ids, [
      'fazhiReport.newReport', 'fazhiReport.fixAll', 'fazhiReport.openPreview', 'fazhiReport.exportHtml', 'fazhiReport.exportDocx',
      'fazhiReport.importDocx', 'fazhiReport.toggleChecking', 'fazhiReport.openDocx', 'fazhiReport.refreshFigures', 'fazhiReport.summarizeFolder',
    ]);
    assert.equal(new Set(manifest.contributes.commands.map((c) => c.category)).size, 1);
    for (const items of Object.values(manifest.contributes.menus)) {
      for (const item of items) assert.ok(ids.includes(item.command), item.command);
    }
  });

  it('translates every %key% into English and Chinese, with no unused keys', () => {
    const used = [...JSON.stringify(manifest).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    assert.deepEqual(Object.keys(nls.en).sort(), Object.keys(nls.zh).sort());
    assert.deepEqual([...new Set(used)].sort(), Object.keys(nls.en).sort());
    assert.equal(nls.zh['command.newReport'], '新建年度报告');
    assert.equal(nls.zh.category, '法治报告');
    assert.equal(nls.zh['command.summarizeFolder'], '检查文件夹中的全部报告');
  });

  it('contributes the figures view to the Explorer for Markdown and plain-text editors, with its refresh in the title', () => {
    const views = (manifest.contributes as unknown as { views: Record<string, { id: string; name: string; when: string }[]> }).views;
    assert.deepEqual(views.explorer.map((v) => [v.id, v.when]), [['fazhiReport.figures', 'editorLangId == markdown || editorLangId == plaintext']]);
    assert.equal(nls.zh[views.explorer[0].name.replace(/%/g, '')], '数字核对');
    assert.match(readFileSync(join(root, 'src', 'figures-view.ts'), 'utf8'), /figuresViewId = 'fazhiReport\.figures'[^]*refreshFiguresCommand = 'fazhiReport\.refreshFigures'/);
    assert.deepEqual(manifest.contributes.menus['view/title'].map((m) => [m.command, (m as { when?: string }).when]), [['fazhiReport.refreshFigures', 'view == fazhiReport.figures']]);
  });

  it('has the settings the server and the preview read', () => {
    const keys = Object.keys(manifest.contributes.configuration.properties);
    for (const key of ['rules', 'rounding', 'profile', 'words', 'allow', 'include', 'debounceMs', 'preview.debounceMs', 'preview.scrollSync', 'export.boldLevel3', 'export.fonts']) {
      assert.ok(keys.includes(`fazhiReport.${key}`), key);
    }
  });

  it('points at snippet and grammar files that exist and parse', () => {
    for (const { path } of [...manifest.contributes.snippets, ...manifest.contributes.grammars]) {
      assert.ok(existsSync(join(root, path)), path);
      read(path);
    }
    assert.deepEqual(manifest.contributes.grammars[0].injectTo, ['text.html.markdown', 'text.plain']);
  });

  it('translates every runtime string of the extension into Chinese', () => {
    const source = ['extension.ts', 'figures-view.ts', join('word', 'register.ts'), 'summary-view.ts'].map((file) => readFileSync(join(root, 'src', file), 'utf8')).join('\n');
    const strings = [...source.matchAll(/l10n\.t\('((?:[^'\\]|\\.)*)'\)/g)].map((m) => m[1].replace(/\\'/g, "'"));
    const bundle = read('l10n/bundle.l10n.zh-cn.json') as Record<string, string>;
    assert.ok(strings.length > 0);
    for (const s of strings) assert.ok(bundle[s], `missing zh-cn translation: ${s}`);
  });

  it('packages the bundles, the grammar, snippets and every rule page the diagnostics link to, and no sources', () => {
    // `vsce ls` lists what .vscodeignore lets into the .vsix (offline, no build needed).
    const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
    const files = execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' })
      .split('\n').map((l) => l.trim()).filter(Boolean);
    for (const file of ['package.json', 'dist/extension.js', 'dist/server.js', 'dist/lint-worker.js', 'dist/preview-webview.js', 'dist/jieba.dict', 'ThirdPartyNotices.txt', 'dist/folder-summary.js', 'schemas/fazhirc.schema.json']) {
      assert.ok(files.includes(file), `${file} is packaged`);
    }
    for (const code of allRules.flatMap((rule) => Object.keys(rule.codes))) {
      const page = `docs/rules/${code.replace(/\//g, '-')}.md`;
      assert.ok(files.includes(page), `${page} is packaged`);
    }
    assert.deepEqual(files.filter((f) => /^(src|test|node_modules|bench|scripts|examples)\//.test(f) || f.endsWith('.map')), []);
  });
});
