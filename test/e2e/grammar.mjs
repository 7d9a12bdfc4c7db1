// The injection grammar (syntaxes/fazhi-report.injection.tmLanguage.json) tokenised by the real TextMate engine of
// the provisioned code-server (vscode-textmate + vscode-oniguruma) on top of VS Code's own Markdown grammar.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const injectionScope = 'fazhi-report.injection';

async function loadMarkdownGrammar(repo, codeServerBin) {
  const vscodeDir = path.join(path.dirname(codeServerBin), '..', '..', 'lib', 'vscode');
  const require = createRequire(path.join(vscodeDir, 'package.json'));
  const textmate = require('vscode-textmate');
  const oniguruma = require('vscode-oniguruma');
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const read = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));
  const grammars = {
    'text.html.markdown': read(path.join(vscodeDir, 'extensions', 'markdown-basics', 'syntaxes', 'markdown.tmLanguage.json')),
    [injectionScope]: read(path.join(repo, 'syntaxes', 'fazhi-report.injection.tmLanguage.json')),
  };
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scope) => grammars[scope] ?? null,
    getInjections: (scope) => (scope === 'text.html.markdown' ? [injectionScope] : []),
  });
  const grammar = await registry.loadGrammar('text.html.markdown');
  return { grammar, INITIAL: textmate.INITIAL };
}

/** Tokens of a Markdown text that carry one of our scopes: [text, scope][]. */
function ourTokens(markdown, text) {
  const out = [];
  let state = markdown.INITIAL;
  for (const line of text.split('\n')) {
    const result = markdown.grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    for (const token of result.tokens) {
      const scope = token.scopes.find((s) => s.endsWith('.fazhi-report'));
      if (scope) out.push([line.slice(token.startIndex, token.endIndex), scope]);
    }
  }
  return out;
}

const cases = [
  ['marks the level-1 number of a Markdown heading and its title', '## 一、2024年主要举措和成效', [
    ['一、', 'keyword.control.numbering.level-1.fazhi-report'],
    ['2024年主要举措和成效', 'markup.heading.level-1.fazhi-report'],
  ]],
  ['marks （一） and (一) at the start of a line, up to the first 。', '（一）加强组织领导。全年召开会议3次\n(二)健全制度', [
    ['（一）', 'keyword.control.numbering.level-2.fazhi-report'],
    ['加强组织领导。', 'markup.heading.level-2.fazhi-report'],
    ['3次', 'constant.numeric.figure.fazhi-report'],
    ['(二)', 'keyword.control.numbering.level-2.fazhi-report'],
    ['健全制度', 'markup.heading.level-2.fazhi-report'],
  ]],
  ['marks 1. and （1） but not a decimal at the start of a line', '1.制度建设\n（1）第一项\n3.5万元用于普法', [
    ['1.', 'keyword.control.numbering.level-3.fazhi-report'],
    ['（1）', 'keyword.control.numbering.level-4.fazhi-report'],
    ['3.5万元', 'constant.numeric.figure.fazhi-report'],
  ]],
  ['marks figures with measure words, 万/亿 and percentages, not years or bare numbers', '2024年共清理文件325件，发放4.2万份，成功率99.51%，提高5个百分点，编号123', [
    ['325件', 'constant.numeric.figure.fazhi-report'],
    ['4.2万份', 'constant.numeric.figure.fazhi-report'],
    ['99.51%', 'constant.numeric.percent.fazhi-report'],
    ['5个百分点', 'constant.numeric.percent.fazhi-report'],
  ]],
  ['leaves fenced code and numbers inside Latin words alone', '```\n一、代码\n325件\n```\nv2件 abc3%', []],
  ['does not take a sentence-internal 一、 for a heading', '做到了一、二、三', []],
];

/** Runs the grammar checks; returns [{ title, ok, error? }]. */
export async function runGrammarTests({ repo, codeServerBin }) {
  const markdown = await loadMarkdownGrammar(repo, codeServerBin);
  return cases.map(([title, text, expected]) => {
    const actual = ourTokens(markdown, text);
    const ok = JSON.stringify(actual) === JSON.stringify(expected);
    return { title: `grammar ${title}`, ok, error: ok ? undefined : `expected ${JSON.stringify(expected)}\n     got      ${JSON.stringify(actual)}` };
  });
}
