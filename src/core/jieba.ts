// jieba's `cut(text, hmm)` as jieba-rs (MIT; the crate jieba-wasm compiles) does it, on its own dictionary and HMM,
// read from the file scripts/jieba-data.cjs extracts from jieba-wasm: the same words, without compiling 4 MB of wasm
// and building a trie of 350k words on the first cut. Offsets are UTF-16 units; a lone surrogate is one character,
// as jieba-wasm cuts the U+FFFD it becomes.

import { readFileSync } from 'node:fs';

const MAGIC = 0x3241424a;
/** The file stores the running sum of child counts for every 2^FIRST_BLOCK_BITS-th node (scripts/jieba-data.cjs). */
const FIRST_BLOCK_BITS = 6;
const MIN_FLOAT = -3.14e100;
/** The HMM's han blocks are [\u4E00-\u9FD5]: its emission tables are dense over that range. */
const HMM_FIRST = 0x4e00;
const HMM_SIZE = 0x9fd5 - HMM_FIRST + 1;
const B = 0, E = 1, M = 2, S = 3;
/** The two states that may precede each state, in jieba-rs's order (it breaks ties by state, not by this order). */
const ALLOWED_PREV = [[E, S], [B, M], [M, B], [S, E]] as const;

/**
 * A character of the runs jieba cuts by its dictionary (jieba-rs RE_HAN_DEFAULT); between runs, whitespace is a word
 * and anything else a character.
 */
export const JIEBA_RUN_CHAR = /[\u{3400}-\u{4DBF}\u{4E00}-\u{9FFF}\u{F900}-\u{FAFF}\u{20000}-\u{2A6DF}\u{2A700}-\u{2B73F}\u{2B740}-\u{2B81F}\u{2B820}-\u{2CEAF}\u{2CEB0}-\u{2EBEF}\u{2F800}-\u{2FA1F}a-zA-Z0-9+#&._%-]/u;
const RUN = new RegExp(`${JIEBA_RUN_CHAR.source}+`, 'gu');
// Rust's regex: \s and \d are Unicode, `.` is anything but \n.
const SKIP = /\r\n|\p{White_Space}/gu;
const HMM_HAN = /[\u4E00-\u9FD5]+/g;
const HMM_SKIP = /[a-zA-Z0-9]+(?:[^\n]\p{Nd}+)?%?/gu;

type Ends = number[];

/** Calls `piece` for each match of `re` in text[from, to) and each stretch between matches, in order. */
function split(re: RegExp, text: string, from: number, to: number, piece: (start: number, end: number, matched: boolean) => void): void {
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  let last = 0;
  re.lastIndex = 0;
  for (let m = re.exec(part); m; m = re.exec(part)) {
    if (m.index > last) piece(from + last, from + m.index, false);
    last = m.index + m[0].length;
    piece(from + m.index, from + last, true);
  }
  if (last < part.length) piece(from + last, from + part.length, false);
}

/** Where the character at `i` ends: a surrogate pair is one character. */
function charEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? i + 2 : i + 1;
}

function pushChars(text: string, from: number, to: number, ends: Ends): void {
  for (let i = from; i < to; i = charEnd(text, i)) ends.push(charEnd(text, i));
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export class Jieba {
  /**
   * Trie in breadth-first order: node k's children are first[k] … first[k] + childCount[k] - 1, sorted by unit. first
   * is summed a block of nodes at a time, when a cut first visits the block (a report visits a few thousand of 500k).
   */
  private readonly first: Uint32Array;
  private readonly blockFirst: Uint32Array;
  private readonly blockSummed: Uint8Array;
  private readonly childCount: Uint16Array;
  private readonly unit: Uint16Array;
  /** Frequency of the word ending at a node; 0 for a node that is only a prefix. */
  private readonly freq: Uint32Array;
  private readonly fileNodes: number;
  /** The root's child for each UTF-16 unit (-1: none): every position of a run starts there. */
  private readonly rootChild: Int32Array;
  /** Nodes addWord created (the file's arrays are fixed): parent → unit → node, and their frequencies. */
  private readonly addedChildren = new Map<number, Map<number, number>>();
  private readonly addedFreq: number[] = [];
  private total: number;
  private readonly initial: Float64Array;
  private readonly transition: Float64Array;
  /** Log emission probability of state s for character c at s * HMM_SIZE + c - HMM_FIRST (MIN_FLOAT when absent). */
  private readonly emission: Float64Array;

  /** `bytes`: the contents of dist/jieba.dict (see scripts/jieba-data.cjs for the layout), read in place. */
  constructor(bytes: Uint8Array) {
    // Typed arrays need aligned offsets: a Buffer's bytes may start anywhere in its ArrayBuffer.
    const buffer = bytes.byteOffset % 8 === 0 ? bytes : new Uint8Array(bytes);
    const header = new Uint32Array(buffer.buffer, buffer.byteOffset, Math.min(8, buffer.byteLength >> 2));
    const nodes = header[1];
    const blocks = Math.ceil(nodes / 2 ** FIRST_BLOCK_BITS);
    if (header[0] !== MAGIC || buffer.byteLength !== 32 + 8 * (21 + 4 * HMM_SIZE) + 4 * (nodes + blocks + 0x10000) + 2 * 2 * nodes) {
      throw new Error('jieba.dict is damaged or not a jieba data file: run npm run build');
    }
    let at = buffer.byteOffset + 32;
    const doubles = new Float64Array(buffer.buffer, at, 21 + 4 * HMM_SIZE);
    at += doubles.byteLength;
    this.freq = new Uint32Array(buffer.buffer, at, nodes);
    at += this.freq.byteLength;
    this.blockFirst = new Uint32Array(buffer.buffer, at, blocks);
    at += this.blockFirst.byteLength;
    this.rootChild = new Int32Array(buffer.buffer, at, 0x10000);
    at += this.rootChild.byteLength;
    this.childCount = new Uint16Array(buffer.buffer, at, nodes);
    this.unit = new Uint16Array(buffer.buffer, at + 2 * nodes, nodes);
    this.fileNodes = nodes;
    this.first = new Uint32Array(nodes);
    this.blockSummed = new Uint8Array(blocks);
    this.total = doubles[0];
    this.initial = doubles.subarray(1, 5);
    this.transition = doubles.subarray(5, 21);
    this.emission = doubles.subarray(21);
  }

  static load(file: string): Jieba {
    return new Jieba(readFileSync(file));
  }

  /** The words of `text` as jieba-rs's `cut(text, hmm)` returns them. */
  cut(text: string, hmm = true): string[] {
    let start = 0;
    return this.cutEnds(text, hmm).map((end) => text.slice(start, (start = end)));
  }

  /** Where each word of `text` ends (the words partition the text). */
  cutEnds(text: string, hmm = true): Ends {
    const ends: Ends = [];
    split(RUN, text, 0, text.length, (start, end, matched) => {
      if (matched) this.cutRun(text, start, end, hmm, ends);
      else split(SKIP, text, start, end, (s, e, space) => (space ? ends.push(e) : pushChars(text, s, e, ends)));
    });
    return ends;
  }

  /**
   * jieba-rs's add_word(word, None, None): the frequency that makes the word win over its own cut (suggest_freq),
   * returned as jieba-rs returns it.
   */
  addWord(word: string): number {
    const freq = this.suggestFreq(word);
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      let next = this.child(node, word.charCodeAt(i));
      if (next < 0) {
        next = this.fileNodes + this.addedFreq.length;
        this.addedFreq.push(0);
        if (node === 0) this.rootChild[word.charCodeAt(i)] = next;
        else {
          const children = this.addedChildren.get(node) ?? new Map<number, number>();
          children.set(word.charCodeAt(i), next);
          this.addedChildren.set(node, children);
        }
      }
      node = next;
    }
    this.total += freq - this.freqOf(node);
    if (node < this.fileNodes) this.freq[node] = freq;
    else this.addedFreq[node - this.fileNodes] = freq;
    return freq;
  }

  private suggestFreq(segment: string): number {
    const logTotal = Math.log(this.total);
    let logFreq = 0;
    for (const word of this.cut(segment, false)) logFreq = logFreq + Math.log(this.wordFreq(word) || 1) - logTotal;
    return Math.max(Math.trunc(Math.exp(logFreq + logTotal)) + 1, this.wordFreq(segment) || 1);
  }

  private child(node: number, unit: number): number {
    if (node === 0) return this.rootChild[unit];
    if (node < this.fileNodes) {
      let lo = this.firstChild(node);
      let hi = lo + this.childCount[node];
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        const u = this.unit[mid];
        if (u < unit) lo = mid + 1;
        else if (u > unit) hi = mid;
        else return mid;
      }
    }
    return this.addedChildren.get(node)?.get(unit) ?? -1;
  }

  private firstChild(node: number): number {
    const block = node >>> FIRST_BLOCK_BITS;
    if (this.blockSummed[block] === 0) {
      const end = Math.min((block + 1) << FIRST_BLOCK_BITS, this.fileNodes);
      for (let k = block << FIRST_BLOCK_BITS, next = this.blockFirst[block]; k < end; next += this.childCount[k++]) this.first[k] = next;
      this.blockSummed[block] = 1;
    }
    return this.first[node];
  }

  private freqOf(node: number): number {
    return node < this.fileNodes ? this.freq[node] : this.addedFreq[node - this.fileNodes];
  }

  /** The word's frequency, 0 when it is not in the dictionary. */
  private wordFreq(word: string): number {
    let node = 0;
    for (let i = 0; i < word.length && node >= 0; i++) node = this.child(node, word.charCodeAt(i));
    return node < 0 ? 0 : this.freqOf(node);
  }

  /**
   * One run of RE_HAN_DEFAULT: the most probable route through the dictionary's words (from the end back), then
   * single characters in a row go to the HMM as one piece unless that piece is a word (hmm), or single ASCII letters
   * and digits in a row are joined (no hmm).
   */
  private cutRun(text: string, from: number, to: number, hmm: boolean, ends: Ends): void {
    const logTotal = Math.log(this.total);
    const route = new Float64Array(to - from + 1);
    const next = new Int32Array(to - from + 1);
    for (let i = to - 1; i >= from; i--) {
      if ((text.charCodeAt(i) & 0xfc00) === 0xdc00 && i > from && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800) continue;
      let best = -1;
      let bestP = 0;
      // Words starting at i, shortest first; the more probable route wins, on a tie the longer word.
      for (let node = 0, j = i; j < to; j++) {
        node = this.child(node, text.charCodeAt(j));
        if (node < 0) break;
        const f = this.freqOf(node);
        if (f === 0) continue;
        const p = Math.log(f) - logTotal + route[j + 1 - from];
        if (best < 0 || p >= bestP) { best = j + 1; bestP = p; }
      }
      if (best < 0) { best = charEnd(text, i); bestP = -logTotal + route[best - from]; }
      route[i - from] = bestP;
      next[i - from] = best;
    }
    let left = -1;
    for (let x = from; x < to;) {
      const y = next[x - from];
      if (y === charEnd(text, x) && (hmm || isAsciiAlnum(text.charCodeAt(x)))) {
        if (left < 0) left = x;
      } else {
        if (left >= 0) this.cutSingles(text, left, x, hmm, ends);
        left = -1;
        ends.push(y);
      }
      x = y;
    }
    if (left >= 0) this.cutSingles(text, left, to, hmm, ends);
  }

  private cutSingles(text: string, from: number, to: number, hmm: boolean, ends: Ends): void {
    if (!hmm || charEnd(text, from) === to) ends.push(to);
    else if (this.wordFreq(text.slice(from, to)) === 0) this.cutHmm(text, from, to, ends);
    else pushChars(text, from, to, ends);
  }

  /** jieba-rs's hmm::cut: Viterbi on each han block, the rest by its own skip pattern, each piece one word. */
  private cutHmm(text: string, from: number, to: number, ends: Ends): void {
    split(HMM_HAN, text, from, to, (start, end, han) => {
      if (han) this.viterbi(text, start, end, ends);
      else split(HMM_SKIP, text, start, end, (_, e) => ends.push(e));
    });
  }

  private viterbi(text: string, from: number, to: number, ends: Ends): void {
    const n = to - from;
    const v = new Float64Array(4 * n);
    const prev = new Uint8Array(4 * n);
    const c0 = text.charCodeAt(from) - HMM_FIRST;
    for (let y = 0; y < 4; y++) v[y] = this.initial[y] + this.emission[y * HMM_SIZE + c0];
    for (let t = 1; t < n; t++) {
      const c = text.charCodeAt(from + t) - HMM_FIRST;
      for (let y = 0; y < 4; y++) {
        const em = this.emission[y * HMM_SIZE + c];
        const [a, b] = ALLOWED_PREV[y];
        const pa = v[4 * (t - 1) + a] + this.transition[4 * a + y] + em;
        const pb = v[4 * (t - 1) + b] + this.transition[4 * b + y] + em;
        // Rust's max_by on (probability, state): the larger probability, on a tie the later state.
        const fromA = pa > pb || (pa === pb && a > b);
        v[4 * t + y] = fromA ? pa : pb;
        prev[4 * t + y] = fromA ? a : b;
      }
    }
    let state = v[4 * (n - 1) + E] > v[4 * (n - 1) + S] ? E : S;
    const path = new Uint8Array(n);
    for (let t = n - 1; t >= 0; t--) {
      path[t] = state;
      state = prev[4 * t + state];
    }
    // A word ends at each E and S; the path allows no other end (the last state is E or S).
    for (let t = 0; t < n; t++) if (path[t] === E || path[t] === S) ends.push(from + t + 1);
  }
}
