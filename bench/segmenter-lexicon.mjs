// Could a small domain lexicon with forward maximum matching replace jieba for the word boundaries the rules ask
// about (今年/明年/去年 at a word start, a conjunction word in a list, heading words, where a metric's words end)?
// Measured, not assumed: findings on every fixture with each segmenter, the load time of each, and jieba's share of
// the package. Imports the TypeScript sources: run under tsx, as bench/run.mjs is.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import { lintText } from '../src/core/lint.ts';
import { domainWords, loadSegmenter } from '../src/core/segmenter.ts';
import { segmenterLoad } from './segmenter.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// The domain words plus the words of the boundaries the rules test and of common report vocabulary.
const lexiconWords = [...domainWords,
  '今年', '明年', '去年', '以及', '或者', '全年', '全市', '全区', '全县', '工作', '情况', '报告', '关于', '年度', '主要', '举措', '成效',
  '存在', '不足', '问题', '原因', '下一步', '打算', '安排', '计划', '第一责任人', '职责', '履行', '推进', '法治', '政府', '建设',
  '行政', '执法', '复议', '诉讼', '应诉', '案件', '受理', '办结', '审结', '决定', '文件', '审查', '备案', '清理', '人民', '调解',
  '纠纷', '矛盾', '法律', '服务', '援助', '顾问', '普法', '宣传', '教育', '培训', '人员', '干部', '领导', '部门', '单位', '机关'];

export function lexiconSegmenter(words = lexiconWords) {
  const lexicon = new Set(words);
  const longest = Math.max(...words.map((w) => w.length));
  const alnum = /[A-Za-z0-9.%]/;
  return {
    cut(text) {
      const out = [];
      for (let i = 0; i < text.length;) {
        let len = 1;
        if (alnum.test(text[i])) while (i + len < text.length && alnum.test(text[i + len])) len++;
        else for (let l = Math.min(longest, text.length - i); l > 1; l--) if (lexicon.has(text.slice(i, i + l))) { len = l; break; }
        out.push({ word: text.slice(i, i + len), start: i, end: i + len });
        i += len;
      }
      return out;
    },
  };
}

function fixtures() {
  const dir = join(root, 'test', 'fixtures', 'corpus');
  const list = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ text: readFileSync(join(dir, f), 'utf8'), format: 'plaintext' }));
  list.push({ text: list.map((f) => f.text).join('\n'), format: 'plaintext' });
  for (const f of readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.md'))) list.push({ text: readFileSync(join(root, 'examples', f), 'utf8'), format: 'markdown' });
  return list;
}

export async function benchSegmenterLexicon() {
  const jieba = loadSegmenter();
  const started = performance.now();
  const lexicon = lexiconSegmenter();
  lexicon.cut('法治政府建设');
  const lexiconLoad = performance.now() - started;
  let findings = 0;
  let differing = 0;
  for (const { text, format } of fixtures()) {
    const key = (f) => JSON.stringify([f.code, f.severity, f.span, f.message, f.fixes, f.related]);
    const run = (segmenter) => lintText(text, { format }, { segmenter, options: { today: new Date('2025-02-20') } }).findings.map(key);
    const [a, b] = [run(jieba), run(lexicon)];
    findings += a.length;
    differing += a.filter((k) => !b.includes(k)).length + b.filter((k) => !a.includes(k)).length;
  }
  const load = segmenterLoad();
  const dictionary = join(root, 'dist', 'jieba.dict');
  const vsix = readdirSync(root).find((f) => f.endsWith('.vsix'));
  return {
    'fixture findings with jieba': String(findings),
    'of them differing with a lexicon of maximum matching': String(differing),
    'jieba load and first cut (fresh process)': `${load.toFixed(0)} ms`,
    'lexicon segmenter build and first cut': `${lexiconLoad.toFixed(1)} ms`,
    'jieba.dict, deflated as in the .vsix': existsSync(dictionary) ? `${(deflateRawSync(readFileSync(dictionary), { level: 9 }).length / 1e6).toFixed(2)} MB` : 'missing (npm run build)',
    '.vsix size': vsix ? `${(statSync(join(root, vsix)).size / 1e6).toFixed(2)} MB` : 'not packaged (npm run package)',
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  benchSegmenterLexicon().then((r) => console.log(r));
}
