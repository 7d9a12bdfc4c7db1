// Regenerates the generated data files of the wording rules (src/core/data/). Run once when a source changes:
//   npm pack opencc-js@1.4.2 && tar xzf opencc-js-1.4.2.tgz      (the OpenCC dictionaries, Apache-2.0)
//   node scripts/wording-data.mjs <opencc-js package dir> <dir with 通用规范汉字表.txt and national-laws.tsv>
// The curated tables (wording-terms.json, outdated-names.json, wording-typos.json) are written by hand.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [openccDir, referenceDir] = process.argv.slice(2);
if (!openccDir || !referenceDir) {
  console.error('usage: node scripts/wording-data.mjs <opencc-js package dir> <reference data dir>');
  process.exit(2);
}
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'core', 'data');
const write = (name, data) => writeFileSync(join(out, name), JSON.stringify(data, null, 1) + '\n');

// 通用规范汉字表: one character a line, in table order.
const standard = readFileSync(join(referenceDir, '通用规范汉字表.txt'), 'utf8').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
if (standard.length !== 8105) throw new Error(`通用规范汉字表 has ${standard.length} characters, expected 8105`);
const inTable = new Set(standard);
write('standard-chars.json', {
  source: '《通用规范汉字表》（国务院 国发〔2013〕23号），8105字，按表序：1–3500 一级，3501–6500 二级，其余三级',
  chars: standard.join(''),
});

// Traditional and variant characters outside the table → their standard forms (in the table).
const dict = async (name) => {
  const text = (await import(pathToFileURL(join(openccDir, 'dist', 'esm-lib', 'dict', `${name}.js`)).href)).default;
  return text.split('|').map((entry) => entry.split(' ')).filter(([from, to]) => [...from].length === 1 && to);
};
const ts = new Map(await dict('TSCharacters'));
const forms = new Map(); // non-standard char → Set of standard chars
const add = (from, to) => {
  if (inTable.has(from) || !inTable.has(to) || from === to) return;
  if (!forms.has(from)) forms.set(from, new Set());
  forms.get(from).add(to);
};
const simplify = (c) => (inTable.has(c) ? c : ts.get(c));
for (const [trad, simp] of ts) add(trad, simp);
// Simplified characters whose traditional form is also the traditional form of another standard character
// (钟/锺 ← 鍾, 余/馀 ← 餘): the traditional character then has more than one standard form.
for (const [simp, trad] of await dict('STCharacters')) if (ts.get(trad) !== undefined && ts.get(trad) !== simp) add(trad, simp);
// Japanese shinjitai (痩 for 瘦), Taiwan and Hong Kong variants: variant → traditional → standard.
for (const [jp, trad] of await dict('JPShinjitaiCharacters')) { const s = simplify(trad); if (s) add(jp, s); }
for (const name of ['TWVariants', 'HKVariants']) for (const [trad, variant] of await dict(name)) { const s = simplify(trad); if (s) add(variant, s); }
const map = Object.fromEntries([...forms].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, [...v].join('')]));
write('variant-chars.json', {
  source: 'OpenCC 字典 TSCharacters、STCharacters、JPShinjitaiCharacters、TWVariants、HKVariants（opencc-js 1.4.2，Apache-2.0），' +
    '只保留不在《通用规范汉字表》中的字，值为表内的规范字（多于一个时由上下文决定）',
  license: 'Apache-2.0 (OpenCC)',
  map,
});

// National laws and administrative regulations: titles without 中华人民共和国, latest date.
const laws = new Map();
for (const line of readFileSync(join(referenceDir, 'national-laws.tsv'), 'utf8').split(/\r?\n/)) {
  const [category, title, date] = line.split('\t');
  if (!title || category === '民法典') continue; // the 民法典 rows are its books (合同编 …), not titles
  if (!laws.has(title) || (date ?? '') > laws.get(title).date) laws.set(title, { category, date: date ?? '' });
}
laws.set('民法典', { category: '民法典', date: '2020-05-28' });
write('national-laws.json', {
  source: '全国人大及其常委会制定的法律、国务院行政法规及部分部门规章的名称（按公布时的名称，不含“中华人民共和国”），' +
    '据公开法规汇编的文件名整理；不完整，只用于判断《》中的全国性法规名称是否写错，地方性法规从不检查',
  titles: [...laws].sort(([a], [b]) => (a < b ? -1 : 1)).map(([title, { category, date }]) => [title, category, date]),
});
console.log(`standard ${standard.length}, variants ${Object.keys(map).length}, laws ${laws.size}`);
