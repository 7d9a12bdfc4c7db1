// meta/addressee-colon — the 主送机关 line ends with a full-width colon "：" (GB/T 9704).
import type { Rule } from '../rule';
import type { Finding } from '../types';

export const metaAddressee: Rule = {
  id: 'meta/addressee',
  codes: ['meta/addressee-colon'],
  meta: {
    severity: 'warning',
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
    const finding: Finding = {
      code: 'meta/addressee-colon',
      severity: 'warning',
      message: `主送机关应以全角冒号“：”结尾，实为半角“${colon}”`,
      span,
      fixes: [{ kind: 'certain', title: '改为全角冒号“：”', preferred: true, edits: [{ span, newText: '：' }] }],
      related: [],
    };
    return [finding];
  },
};
