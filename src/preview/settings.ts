// Preview/export settings as read from the user's configuration (untrusted JSON): validated and clamped here,
// without vscode, so the rules are unit-tested.
import type { FontOverrides, FontRole, Letterhead } from '../render/gbt9704';
import type { RenderSettings } from './page';

export const DEFAULT_DEBOUNCE_MS = 200;

const fontRoles: readonly FontRole[] = ['title', 'heiti', 'kaiti', 'fangsong', 'songti'];

/** `fazhiReport.preview.debounceMs`: a whole number of milliseconds in 0–5000, else the default. */
export function debounceMs(raw: unknown): number {
  return typeof raw === 'number' && Number.isFinite(raw) ? Math.min(5000, Math.max(0, Math.round(raw))) : DEFAULT_DEBOUNCE_MS;
}

/**
 * `fazhiReport.export.boldLevel3` and `fazhiReport.export.fonts` ({"fangsong": "仿宋", …}): unknown roles and
 * non-string or blank names are ignored; font names lose characters that could break out of a CSS string.
 */
export function renderSettings(boldLevel3: unknown, fonts: unknown, sealed?: unknown, letterhead?: unknown): RenderSettings {
  const overrides: FontOverrides = {};
  if (typeof fonts === 'object' && fonts !== null && !Array.isArray(fonts)) {
    for (const role of fontRoles) {
      const name = (fonts as Record<string, unknown>)[role];
      if (typeof name !== 'string') continue;
      const cleaned = name.replace(/["'\\<>;{}\u0000-\u001f]/g, '').trim().slice(0, 100);
      if (cleaned) overrides[role] = cleaned;
    }
  }
  return { boldLevel3: boldLevel3 === true, fonts: overrides, sealed: sealed === true, letterhead: letterheadSetting(letterhead) };
}

/** `fazhiReport.export.letterhead` ({"mark": …, "number": …, "signer": …}): only with a mark; strings trimmed and capped. */
function letterheadSetting(raw: unknown): Letterhead | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const field = (key: string) => {
    const value = (raw as Record<string, unknown>)[key];
    return typeof value === 'string' && value.trim() ? value.replace(/[\u0000-\u001f]/g, '').trim().slice(0, 60) : undefined;
  };
  const mark = field('mark');
  return mark ? { mark, number: field('number'), signer: field('signer') } : undefined;
}
