// meta/addressee-colon — the 主送机关 line ends with a full-width colon "：" (GB/T 9704).
import { defineCodes, report, type Rule } from '../rule';
import type { Finding } from '../types';

const CODES = defineCodes({
  'meta/addressee-colon': {
    severity: 'warning',
    fixable: true,
    description: '主送机关应以全角冒号“：”结尾',
    descriptionEn: 'The addressee line ends with a full-width colon',
  },
});

export const metaAddressee: Rule = {
  id: 'meta/addressee',
  codes: CODES,
  meta: {
    description: '主送机关应以全角冒号“：”结尾',
    descriptionEn: 'The addressee line ends with a full-width colon',
  },
  check(doc) {
    const a = doc.addressee;
    if (!a) return [];
    const at = a.contentSpan.end - 1;
    const colon = doc.text[at];
    if (colon === '：') return [];
    const span = { start: at, end: at + 1 };
    const finding: Finding = report('meta/addressee-colon', {
      message: `主送机关应以全角冒号“：”结尾，实为半角“${colon}”`,
      span,
      fixes: [{ kind: 'certain', title: '改为全角冒号“：”', preferred: true, edits: [{ span, newText: '：' }] }],
    });
    return [finding];
  },
};
