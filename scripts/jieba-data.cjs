// Extracts jieba's dictionary and HMM tables from the jieba-wasm package (the reference implementation, a dev
// dependency) into dist/jieba.dict, a binary file src/core/jieba.ts maps into typed arrays in a few milliseconds.
// jieba-rs (MIT, the Rust crate jieba-wasm compiles) embeds both: dict.txt as a raw-deflate stream (include-flate) and
// the HMM as f64 statics and phf maps of (&str, f64) records in the data section.
//
// File layout (little-endian): Uint32 header[8] = magic, node count, 0 …;
// Float64 total, initial[4], transition[16], emission[4 × 0x51D6] (state B/E/M/S, then character − 0x4E00;
// -3.14e100 where jieba has no value); Uint32 freq[nodes], blockFirst[ceil(nodes / 64)]; Int32 rootChild[0x10000];
// Uint16 childCount[nodes], unit[nodes].
// The trie is in breadth-first order, so a node's children follow each other: their first index is a running sum of
// childCount, stored for every 64th node (blockFirst) so a reader sums only the blocks it visits. rootChild is the
// root's child for each UTF-16 unit (-1: none). A node's freq is 0 when it is only a prefix (jieba's dictionary has no
// word of frequency 0). Everything a reader needs is stored as it reads it: loading is a read and views, no loop.
'use strict';
const { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const { inflateRawSync } = require('node:zlib');

const MAGIC = 0x3241424a; // "JBA2"
/** Nodes per stored running sum of childCount (src/core/jieba.ts FIRST_BLOCK_BITS). */
const FIRST_BLOCK = 64;
/** The HMM is only asked about the characters of its own han blocks, [\u4E00-\u9FD5]. */
const HMM_FIRST = 0x4e00;
const HMM_LAST = 0x9fd5;

// Where jieba-wasm 2.4.0 keeps its data: file offset of the dict stream, memory addresses of the HMM statics.
const LAYOUTS = {
  '2.4.0': { dict: 871183, initial: 3109992, transition: 3773992, emission: [[3141576, 6857], [3267856, 7439], [3397560, 6409], [3541648, 14519]] },
};
const MIN_FLOAT = -3.14e100;

function wasmFile() {
  const dir = dirname(require.resolve('jieba-wasm')); // …/jieba-wasm/pkg/nodejs
  return { file: join(dir, 'jieba_rs_wasm_bg.wasm'), version: JSON.parse(readFileSync(join(dir, '..', '..', 'package.json'), 'utf8')).version };
}

/** The wasm's linear memory as its active data segments initialise it. */
function dataMemory(wasm) {
  let at = 8;
  const uleb = () => { let r = 0, s = 0, b; do { b = wasm[at++]; r += (b & 0x7f) * 2 ** s; s += 7; } while (b & 0x80); return r; };
  const segments = [];
  while (at < wasm.length) {
    const id = wasm[at++];
    const size = uleb();
    const end = at + size;
    if (id === 11) {
      for (let n = uleb(); n > 0; n--) {
        if (uleb() !== 0 || wasm[at++] !== 0x41) throw new Error('unexpected data segment kind');
        let offset = 0, s = 0, b;
        do { b = wasm[at++]; offset |= (b & 0x7f) << s; s += 7; } while (b & 0x80);
        if (wasm[at++] !== 0x0b) throw new Error('unexpected data segment offset');
        const length = uleb();
        segments.push({ offset: offset >>> 0, bytes: wasm.subarray(at, at + length) });
        at += length;
      }
    }
    at = end;
  }
  const memory = Buffer.alloc(Math.max(...segments.map((s) => s.offset + s.bytes.length)));
  for (const s of segments) s.bytes.copy(memory, s.offset);
  return memory;
}

function readHmm(memory, layout) {
  const doubles = (address, n) => Array.from({ length: n }, (_, k) => memory.readDoubleLE(address + 8 * k));
  const initial = doubles(layout.initial, 4);
  const transition = doubles(layout.transition, 16);
  // States B, E, M, S: only B and S may start; B→B, B→S, E→E, E→M, M→B, M→S, S→E, S→M are impossible.
  const impossible = [initial[1], initial[2], ...[0, 3, 5, 6, 8, 11, 13, 14].map((k) => transition[k])];
  if (impossible.some((p) => p !== MIN_FLOAT) || initial[0] >= 0 || initial[3] >= 0) throw new Error('HMM start/transition tables not found');
  const emission = layout.emission.map(([address, count], state) => {
    const entries = [];
    for (let k = 0; k < count; k++) {
      const record = address + 16 * k; // (&str pointer, length, f64)
      const key = memory.toString('utf8', memory.readUInt32LE(record), memory.readUInt32LE(record) + memory.readUInt32LE(record + 4));
      const p = memory.readDoubleLE(record + 8);
      if ([...key].length !== 1 || !(p < 0)) throw new Error(`HMM emission table ${state} not found`);
      const code = key.codePointAt(0);
      if (code >= HMM_FIRST && code <= HMM_LAST) entries.push([code, p]);
    }
    return entries;
  });
  return { initial, transition, emission };
}

/** Words and frequencies as jieba-rs's load_dict reads them: the first two whitespace-separated fields, the last line of a word wins. */
function readDictionary(wasm, layout) {
  const text = inflateRawSync(wasm.subarray(layout.dict)).toString('utf8');
  const freqs = new Map();
  for (const line of text.split('\n')) {
    const [word, freq] = line.split(/\p{White_Space}+/u).filter(Boolean);
    if (!word) continue;
    if (!/^\d+$/.test(freq ?? '0')) throw new Error(`dict.txt: bad frequency in "${line}"`);
    freqs.set(word, Number(freq ?? 0));
  }
  if (!freqs.has('1号店') || freqs.size < 300000 || [...freqs.values()].some((f) => f === 0)) throw new Error('dict.txt not found');
  return freqs;
}

function buildTrie(freqs) {
  const words = [...freqs.keys()].sort();
  const unit = [0], freq = [0], childCount = [];
  const queue = [{ lo: 0, hi: words.length, depth: 0 }];
  for (let q = 0; q < queue.length; q++) {
    const { lo, hi, depth } = queue[q];
    let i = lo;
    if (i < hi && words[i].length === depth) freq[q] = freqs.get(words[i++]);
    let children = 0;
    while (i < hi) {
      const u = words[i].charCodeAt(depth);
      let j = i + 1;
      while (j < hi && words[j].charCodeAt(depth) === u) j++;
      queue.push({ lo: i, hi: j, depth: depth + 1 });
      unit.push(u);
      freq.push(0);
      children++;
      i = j;
    }
    if (children > 0xffff) throw new Error('too many children for a Uint16 count');
    childCount.push(children);
  }
  return { unit, freq, childCount };
}

function encode({ freqs, trie, hmm }) {
  const nodes = trie.unit.length;
  const header = new Uint32Array([MAGIC, nodes, 0, 0, 0, 0, 0, 0]);
  let total = 0;
  for (const f of freqs.values()) total += f;
  const size = HMM_LAST - HMM_FIRST + 1;
  const emission = new Float64Array(4 * size).fill(MIN_FLOAT);
  hmm.emission.forEach((entries, state) => { for (const [code, p] of entries) emission[state * size + code - HMM_FIRST] = p; });
  const doubles = new Float64Array([total, ...hmm.initial, ...hmm.transition, ...emission]);
  const freq = Uint32Array.from(trie.freq);
  const blockFirst = new Uint32Array(Math.ceil(nodes / FIRST_BLOCK));
  const rootChild = new Int32Array(0x10000).fill(-1);
  for (let k = 0, first = 1; k < nodes; first += trie.childCount[k++]) {
    if (k % FIRST_BLOCK === 0) blockFirst[k / FIRST_BLOCK] = first;
    if (k === 0) for (let c = first; c < first + trie.childCount[0]; c++) rootChild[trie.unit[c]] = c;
  }
  const units = new Uint16Array(2 * nodes);
  units.set(trie.childCount, 0);
  units.set(trie.unit, nodes);
  return Buffer.concat([header, doubles, freq, blockFirst, rootChild, units].map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength)));
}

/** Writes `out` from the installed jieba-wasm unless it is newer than both the package and this script. */
function ensureJiebaData(out) {
  const { file, version } = wasmFile();
  if (existsSync(out) && statSync(out).mtimeMs > Math.max(statSync(file).mtimeMs, statSync(__filename).mtimeMs)) return false;
  const layout = LAYOUTS[version];
  if (!layout) throw new Error(`jieba-wasm ${version}: its data offsets are unknown; add them to LAYOUTS in scripts/jieba-data.cjs`);
  const wasm = readFileSync(file);
  const freqs = readDictionary(wasm, layout);
  const bytes = encode({ freqs, trie: buildTrie(freqs), hmm: readHmm(dataMemory(wasm), layout) });
  mkdirSync(dirname(out), { recursive: true });
  // Renamed into place: a process loading the segmenter meanwhile reads the old file or the new one, never half of one.
  writeFileSync(`${out}.${process.pid}.tmp`, bytes);
  renameSync(`${out}.${process.pid}.tmp`, out);
  return true;
}

module.exports = { ensureJiebaData };
