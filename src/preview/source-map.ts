// Scroll synchronisation arithmetic, shared by the host and the webview script (no DOM, no vscode here).
// The rendered page carries data-offset (source start offset) on every block; the webview measures each block's
// top and hands this module a list of anchors sorted by offset.

export interface Anchor {
  /** Source offset (UTF-16) where the block starts. */
  offset: number;
  /** The block's top in the preview's scroll coordinates (px). */
  top: number;
}

/** Index of the last element whose key is ≤ x (keys ascending), or -1 when x precedes all. */
export function lastIndexAtOrBefore<T>(items: readonly T[], x: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) <= x) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/**
 * Keeps anchors whose offsets and tops both increase, so both directions of the mapping are monotonic
 * (nested or floated elements such as table cells would otherwise make the scroll position jump back).
 */
export function monotonicAnchors(anchors: readonly Anchor[]): Anchor[] {
  const sorted = anchors
    .filter((a) => Number.isFinite(a.offset) && Number.isFinite(a.top))
    .sort((a, b) => a.offset - b.offset || a.top - b.top);
  const kept: Anchor[] = [];
  for (const anchor of sorted) {
    const last = kept[kept.length - 1];
    if (!last || (anchor.offset > last.offset && anchor.top > last.top)) kept.push(anchor);
  }
  return kept;
}

/** Preview scroll position that shows `offset` at the top, interpolating inside a block. */
export function scrollTopForOffset(anchors: readonly Anchor[], offset: number): number | undefined {
  if (anchors.length === 0) return undefined;
  const i = lastIndexAtOrBefore(anchors, offset, (a) => a.offset);
  if (i < 0) return anchors[0].top;
  const here = anchors[i];
  const next = anchors[i + 1];
  if (!next) return here.top;
  const fraction = (offset - here.offset) / (next.offset - here.offset);
  return here.top + Math.min(1, Math.max(0, fraction)) * (next.top - here.top);
}

/** Source offset shown at preview scroll position `top` (inverse of scrollTopForOffset). */
export function offsetForScrollTop(anchors: readonly Anchor[], top: number): number | undefined {
  if (anchors.length === 0) return undefined;
  const i = lastIndexAtOrBefore(anchors, top, (a) => a.top);
  if (i < 0) return anchors[0].offset;
  const here = anchors[i];
  const next = anchors[i + 1];
  if (!next) return here.offset;
  const fraction = (top - here.top) / (next.top - here.top);
  return Math.floor(here.offset + Math.min(1, Math.max(0, fraction)) * (next.offset - here.offset));
}
