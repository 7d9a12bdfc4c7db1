// Traditional-script copies (a government site's 繁体 page) are read as simplified text, so that every pattern written
// in simplified characters (报告, 关于, 万元 …) matches them too. The conversion is OpenCC's t→cn (opencc-js), loaded
// on the first text that needs it; a text is converted only when its head is written in traditional script.
import type { ConverterFunction } from 'opencc-js';

let converter: ConverterFunction | undefined;

function traditionalToSimplified(): ConverterFunction {
  // Lazy require: the dictionaries (~110 KB) are evaluated only for a traditional-script text.
  converter ??= (require('opencc-js/t2cn') as typeof import('opencc-js')).Converter({ from: 't', to: 'cn' });
  return converter;
}

/** Characters that occur only in traditional script and in nearly every report's head (報告, 關於, 與, 為, 實, 務, 設, 國). */
const traditionalHint = /[報關與為實務設國構機會發單縣區鎮們這進規協調審議]/g;

/** Whether `s` is read as a traditional-script copy: its first 2,000 characters hold three traditional-only characters. */
export function headInTraditional(s: string): boolean {
  const hints = s.slice(0, 2000).match(traditionalHint);
  return !!hints && hints.length >= 3;
}

/**
 * `s` in simplified script with the same length (offsets stay valid), whatever its head (a window of a text known to be
 * traditional, too). A converted line whose length would change keeps its own characters wherever a one-character
 * conversion would not be one character.
 */
export function toSimplified(s: string): string {
  const convert = traditionalToSimplified();
  return s.split('\n').map((line) => {
    const out = convert(line);
    if (out.length === line.length) return mainlandTerms(out);
    return mainlandTerms([...line].map((ch) => {
      const c = convert(ch);
      return c.length === ch.length ? c : ch;
    }).join(''));
  }).join('\n');
}

// A traditional copy made by a converter with Taiwan phrasing writes 规范性文件 as 規範性檔案, 网络 as 網路, 门户网站 as 入口網站:
// the mainland terms, each of the same length, as every rule reads them. (檔案 alone is also an archive: only the phrase.)
const TAIWAN_TERMS: readonly (readonly [string, string])[] = [['规范性档案', '规范性文件'], ['网路', '网络'], ['入口网站', '门户网站']];
const TAIWAN_TERM = new RegExp(TAIWAN_TERMS.map(([tw]) => tw).join('|'), 'g');
const MAINLAND_TERM = new Map(TAIWAN_TERMS);

function mainlandTerms(line: string): string {
  return line.replace(TAIWAN_TERM, (tw) => MAINLAND_TERM.get(tw) as string);
}
