// Chinese word segmentation behind a small interface: jieba (src/core/jieba.ts, its dictionary in dist/jieba.dict) is
// loaded on the first cut, off the first-diagnostics path.

import { jiebaDataFile } from './jieba-data-file';
import { Jieba, JIEBA_RUN_CHAR } from './jieba';

export interface Token {
  word: string;
  /** UTF-16 offsets into the string that was cut. */
  start: number;
  end: number;
}

export interface Segmenter {
  cut(text: string): Token[];
}

/** Domain words jieba does not know; they keep metrics whole ("行政复议申请", "一网通办"). */
export const domainWords = [
  '法治政府', '法治建设', '第一责任人', '行政复议', '行政应诉', '行政诉讼', '规范性文件', '行政规范性文件',
  '合法性审查', '重大行政决策', '行政执法', '执法人员', '人民调解', '调解委员会', '调委会', '矛盾纠纷',
  '公共法律服务', '法律顾问', '法律援助', '普法', '谁执法谁普法', '一网通办', '最多跑一次', '放管服',
  '司法所', '公证', '败诉率', '纠错率', '调撤率', '出庭率', '胜诉率', '成功率', '办结率', '法律明白人',
];

class JiebaSegmenter implements Segmenter {
  constructor(private readonly jieba: Jieba) {
    for (const word of new Set(domainWords)) jieba.addWord(word);
  }
  cut(text: string): Token[] {
    let start = 0;
    return this.jieba.cutEnds(text).map((end) => {
      const token = { word: text.slice(start, end), start, end };
      start = end;
      return token;
    });
  }
}

/**
 * `base` keeping the writer's `words` whole, applied per cut: jieba's dictionary is one per process, so words added
 * to it would reach every other folder's reports. Each occurrence of a word (longest first, left to right) becomes one
 * token; the cut around it is jieba's, split at the word's edges where a token straddles them.
 */
class WordsSegmenter implements Segmenter {
  /** Words by first character, longest first. */
  private readonly byFirst = new Map<string, string[]>();
  constructor(private readonly base: Segmenter, words: readonly string[]) {
    for (const word of new Set(words)) {
      if (!word) continue;
      const list = this.byFirst.get(word[0]) ?? [];
      list.push(word);
      this.byFirst.set(word[0], list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }

  cut(text: string): Token[] {
    const tokens = this.base.cut(text);
    const hits: { start: number; end: number }[] = [];
    for (let i = 0; i < text.length;) {
      const word = this.byFirst.get(text[i])?.find((w) => text.startsWith(w, i));
      if (word) { hits.push({ start: i, end: i + word.length }); i += word.length; } else i++;
    }
    if (!hits.length) return tokens;
    // Cut points: jieba's, minus those inside a word, plus the words' edges.
    const points = new Set<number>([0, text.length]);
    let h = 0;
    for (const t of tokens) {
      while (h < hits.length && hits[h].end <= t.start) h++;
      if (!(h < hits.length && hits[h].start < t.start && t.start < hits[h].end)) points.add(t.start);
    }
    for (const hit of hits) { points.add(hit.start); points.add(hit.end); }
    const sorted = [...points].sort((a, b) => a - b);
    const out: Token[] = [];
    for (let k = 1; k < sorted.length; k++) out.push({ word: text.slice(sorted[k - 1], sorted[k]), start: sorted[k - 1], end: sorted[k] });
    return out;
  }
}

const wordViews = new WeakMap<Segmenter, Map<string, Segmenter>>();
const maxWordSets = 32;

/** `base` with the writer's words (one view per word set, so one folder's words never reach another's cuts). */
export function segmenterWithWords(base: Segmenter, words: readonly string[] | undefined): Segmenter {
  if (!words?.length) return base;
  const key = [...new Set(words)].sort().join('\n');
  const views = wordViews.get(base) ?? new Map<string, Segmenter>();
  wordViews.set(base, views);
  let view = views.get(key);
  if (!view) {
    if (views.size >= maxWordSets) views.clear();
    view = new WordsSegmenter(base, words);
    views.set(key, view);
  }
  return view;
}

/**
 * Remembers the last cuts: the rules cut the same short windows again on every check of a document being edited.
 * The token arrays are shared: callers never change them.
 */
class MemoSegmenter implements Segmenter {
  private readonly cuts = new Map<string, Token[]>();
  constructor(private readonly base: Segmenter, private readonly capacity = 4096) {}
  cut(text: string): Token[] {
    let tokens = this.cuts.get(text);
    if (tokens) {
      // Most recently used last, so the oldest is the first to go.
      this.cuts.delete(text);
    } else {
      tokens = this.base.cut(text);
      if (this.cuts.size >= this.capacity) this.cuts.delete(this.cuts.keys().next().value!);
    }
    this.cuts.set(text, tokens);
    return tokens;
  }
}

// jieba cuts each run of JIEBA_RUN_CHAR on its own: a window that begins and ends outside such a run is cut exactly as
// the whole text would be around it.
/** How far a window reaches for the end of jieba's run on each side before it settles for an approximate cut. */
const WINDOW_REACH = 32;

/**
 * The tokens of a small window of `text` around [from, to), in offsets of `text`: from the start of jieba's run that
 * holds `from` to the end of the run that holds `to` (at most WINDOW_REACH characters away on each side). A check of
 * one boundary costs the same in a long paragraph as in a short one.
 */
export function cutAround(segmenter: Segmenter, text: string, from: number, to: number): Token[] {
  let start = from;
  while (start > 0 && from - start < WINDOW_REACH && JIEBA_RUN_CHAR.test(text[start - 1])) start--;
  let end = to;
  while (end < text.length && end - to < WINDOW_REACH && JIEBA_RUN_CHAR.test(text[end])) end++;
  return segmenter.cut(text.slice(start, end)).map((t) => ({ word: t.word, start: t.start + start, end: t.end + start }));
}

let loaded: Segmenter | undefined;

/**
 * Loads jieba once; later calls return the same instance. `data`: dist/jieba.dict's bytes, already read (a launcher
 * reads them while its bundle compiles: readDictionary in jieba-data-file.ts); without them it reads the file here (5 MB, ≈15 ms).
 */
export function loadSegmenter(data?: Uint8Array): Segmenter {
  loaded ??= new MemoSegmenter(new JiebaSegmenter(data ? new Jieba(data) : Jieba.load(jiebaDataFile())));
  return loaded;
}

/**
 * A segmenter that loads jieba on its first cut: a run that never cuts (a file that is no report) never loads it.
 * `data` as for loadSegmenter.
 */
export function lazySegmenter(data?: Uint8Array): Segmenter {
  return { cut: (text) => loadSegmenter(data).cut(text) };
}

export function segmenterIfLoaded(): Segmenter | undefined {
  return loaded;
}
