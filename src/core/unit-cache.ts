// The findings of local rules (RuleMeta.locality) per unit of a report (units.ts), kept between checks of one document
// being edited: a unit whose text, shape and report-wide context are unchanged is not checked again. Bounded: least
// recently used units go first once there are more than `maxUnits` or they hold more than `maxBytes`. Beside them,
// bounded likewise, each block unit's numbers and figures (block-readings.ts) and the document's Markdown read chunk by chunk
// (parse/segments.ts).
import type { HeldRelation } from './analyses';
import { BoundedCache } from './bounded-cache';
import type { BlockPiece } from './block-readings';
import { chunkSegmentsBytes, type ChunkSegments } from './parse/segments';
import { detached } from './text';
import type { Finding, Span } from './types';
import type { RuleLocality } from './rule';
import type { UnitKey } from './units';

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
  private readonly units: UnitStore<UnitResult>;
  /**
   * The numbers and figures of each block unit (block-readings.ts) in the unit's offsets, for the report's numbers and
   * figure index: a unit whose key is unchanged is not read again.
   */
  readonly blocks = new UnitStore<BlockPiece>(maxBlockUnits, maxBlockBytes, blockPieceBytes);
  /** The Markdown segments of each chunk of the document's text (parse/segments.ts), for the next parse. */
  readonly markdownChunks = new BoundedCache<ChunkSegments>(maxMarkdownChunks, maxMarkdownChunkBytes, chunkSegmentsBytes);

  /** The unit keys of the last check (CheckUnits): their texts' hashes are reused where the text is the same. */
  lastKeys: Partial<Record<RuleLocality, UnitKey[]>> = {};

  readonly limits: UnitCacheLimits;
  private readonly contexts = new Map<string, number>();
  private nextContextId = 0;

  constructor(limits: Partial<UnitCacheLimits> = {}) {
    this.limits = { ...defaultUnitCacheLimits, ...limits };
    this.units = new UnitStore(this.limits.maxUnits, this.limits.maxBytes, resultBytes);
  }

  /**
   * A short number standing for a report-wide context (report year, options, rules, segmenter …), the prefix of every
   * unit key of a check: the context itself, hundreds of characters of options, was hashed again in every key. A
   * number is never reused for another context; beyond 64 contexts all are forgotten (their units then go unused).
   */
  contextId(context: string): number {
    let id = this.contexts.get(context);
    if (id === undefined) {
      if (this.contexts.size >= maxContexts) this.contexts.clear();
      this.contexts.set(context, (id = this.nextContextId++));
    }
    return id;
  }

  get size(): number {
    return this.units.size;
  }

  get(context: number, key: UnitKey): UnitResult | undefined {
    return this.units.get(context, key);
  }

  set(context: number, key: UnitKey, result: UnitResult): void {
    this.units.set(context, key, result);
  }
}

/** Values per unit key and context, the unit's text compared on a hit; least recently used first to go. */
export class UnitStore<V> {
  private readonly entries: BoundedCache<{ text: string; value: V }>;

  constructor(maxUnits: number, maxBytes: number, sizeOf: (value: V) => number) {
    this.entries = new BoundedCache(maxUnits, maxBytes, (key, entry) => 2 * (key.length + entry.text.length) + sizeOf(entry.value));
  }

  get size(): number {
    return this.entries.size;
  }

  get(context: number, key: UnitKey): V | undefined {
    const entry = this.entries.get(entryKey(context, key));
    return entry?.text === key.text ? entry.value : undefined;
  }

  set(context: number, key: UnitKey, value: V): void {
    // A copy of the text: a slice would keep the whole report it was cut from.
    this.entries.set(entryKey(context, key), { text: detached(key.text), value });
  }
}

// The map is keyed by the context, a unit's shape and a hash of its text, the text compared on a hit: a key holding
// the whole text was copied and hashed again for every unit of the report on every check.
function entryKey(context: number, key: UnitKey): string {
  return `${context}\u0002${key.shape}\u0003${key.hash}`;
}

const maxContexts = 64;

// A 200,000-character report is about 1,000 block units holding 3,700 numbers and 2,500 figures, some 6 MB with their
// texts by blockPieceBytes.
const maxBlockUnits = 4096;
const maxBlockBytes = 8 * 1024 * 1024;

// A 200,000-character Markdown report is about 1,000 chunks and 0.4 MB of keys a version: a few versions fit.
const maxMarkdownChunks = 4096;
const maxMarkdownChunkBytes = 4 * 1024 * 1024;

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

/**
 * A rough size of a unit's numbers and of the figures read from them later (as many at most, each with its words
 * before and after, up to a few hundred characters): a fixed cost per number, its text two bytes a character.
 */
function blockPieceBytes(piece: BlockPiece): number {
  let bytes = 64;
  for (const n of piece.numbers) bytes += 1280 + 2 * n.text.length;
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
