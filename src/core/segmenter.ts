// Chinese word segmentation behind a small interface: jieba-wasm is loaded lazily, off the first-diagnostics path.

export interface Token {
  word: string;
  /** UTF-16 offsets into the string that was cut. */
  start: number;
  end: number;
}

export interface Segmenter {
  cut(text: string): Token[];
  addWords(words: string[]): void;
}

/** Domain words jieba does not know; they keep metrics whole ("行政复议申请", "一网通办"). */
export const domainWords = [
  '法治政府', '法治建设', '第一责任人', '行政复议', '行政应诉', '行政诉讼', '规范性文件', '行政规范性文件',
  '合法性审查', '重大行政决策', '行政执法', '执法人员', '人民调解', '调解委员会', '调委会', '矛盾纠纷',
  '公共法律服务', '法律顾问', '法律援助', '普法', '谁执法谁普法', '一网通办', '最多跑一次', '放管服',
  '司法所', '公证', '败诉率', '纠错率', '调撤率', '出庭率', '胜诉率', '成功率', '办结率', '法律明白人',
];

interface JiebaModule {
  cut(text: string, hmm?: boolean | null): string[];
  add_word(word: string, freq?: number | null, tag?: string | null): number;
}

class JiebaSegmenter implements Segmenter {
  private readonly added = new Set<string>();
  constructor(private readonly jieba: JiebaModule) {
    this.addWords(domainWords);
  }
  /**
   * jieba's cut returns the words as JS strings, which partition the text: their UTF-16 lengths give the offsets (a
   * lone surrogate comes back as U+FFFD, also one unit: the word is taken from the text). Its tokenize gives code point
   * offsets and builds an object per word across the WASM boundary: several times slower, and the figure engine cuts
   * a phrase per figure.
   */
  cut(text: string): Token[] {
    if (!text) return [];
    let at = 0;
    return this.jieba.cut(text, true).map((word) => {
      const start = at;
      at += word.length;
      return { word: text.slice(start, at), start, end: at };
    });
  }
  addWords(words: string[]): void {
    for (const w of words) {
      if (w && !this.added.has(w)) { this.jieba.add_word(w, null, null); this.added.add(w); }
    }
  }
}

let loaded: Segmenter | undefined;

/** Loads jieba-wasm once (≈200 ms); later calls return the same instance. */
export function loadSegmenter(): Segmenter {
  if (!loaded) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const jieba = require('jieba-wasm') as JiebaModule;
    loaded = new JiebaSegmenter(jieba);
  }
  return loaded;
}

export function segmenterIfLoaded(): Segmenter | undefined {
  return loaded;
}
