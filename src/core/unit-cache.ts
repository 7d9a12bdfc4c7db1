// The findings of local rules (RuleMeta.locality) per unit of a report (units.ts), kept between checks of one document
// being edited: a unit whose text, shape and report-wide context are unchanged is not checked again. Bounded: least
// recently used units go first once there are more than `maxUnits` or they hold more than `maxBytes`.
import type { HeldRelation } from './analyses';
import type { Finding, Span } from './types';

/** One unit's result: per local rule (in the order of the run's rules), its findings and held relations. */
export interface UnitResult {
  findings: Finding[][];
  held: HeldRelation[][];
}

export interface UnitCacheLimits {
  maxUnits: number;
  maxBytes: number;
  /**
   * Beyond this share of a check's units missing (a document's first check), the local rules run once on the whole
   * report and their findings are split into the units; below it, they run on the missing units alone.
   */
  maxMissingShare: number;
}

// A 200,000-character report is about 1,000 units and 3 MB of keys a version: a few versions of the longest report fit.
export const defaultUnitCacheLimits: UnitCacheLimits = { maxUnits: 4096, maxBytes: 8 * 1024 * 1024, maxMissingShare: 0.5 };

export class UnitCache {
  private readonly entries = new Map<string, { result: UnitResult; bytes: number }>();
  private bytes = 0;

  readonly limits: UnitCacheLimits;

  constructor(limits: Partial<UnitCacheLimits> = {}) {
    this.limits = { ...defaultUnitCacheLimits, ...limits };
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string): UnitResult | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    // Most recently used last: the first key is the next to go.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.result;
  }

  set(key: string, result: UnitResult): void {
    const old = this.entries.get(key);
    if (old) {
      this.bytes -= old.bytes;
      this.entries.delete(key);
    }
    const bytes = 2 * key.length + resultBytes(result);
    this.entries.set(key, { result, bytes });
    this.bytes += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.entries.size <= this.limits.maxUnits && this.bytes <= this.limits.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.bytes;
    }
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }
}

/** A rough size: the strings a result holds, two bytes a character, and a fixed cost per object. */
function resultBytes(result: UnitResult): number {
  let bytes = 64;
  for (const list of result.findings) {
    for (const f of list) {
      bytes += 128 + 2 * f.message.length;
      for (const fix of f.fixes) for (const e of fix.edits) bytes += 64 + 2 * (fix.title.length + e.newText.length);
      for (const r of f.related) bytes += 64 + 2 * r.message.length;
    }
  }
  for (const list of result.held) for (const h of list) bytes += 64 + 2 * h.message.length + 32 * h.spans.length;
  return bytes;
}

/** A finding (or held relation) moved by `by` characters: from a unit's offsets to the report's, or back. */
export function shiftFinding(f: Finding, by: number): Finding {
  return {
    ...f,
    span: shiftSpan(f.span, by),
    fixes: f.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((e) => ({ ...e, span: shiftSpan(e.span, by) })) })),
    related: f.related.map((r) => ({ ...r, span: shiftSpan(r.span, by) })),
  };
}

export function shiftHeld(h: HeldRelation, by: number): HeldRelation {
  return { ...h, spans: h.spans.map((s) => shiftSpan(s, by)) };
}

function shiftSpan(s: Span, by: number): Span {
  return { start: s.start + by, end: s.end + by };
}
