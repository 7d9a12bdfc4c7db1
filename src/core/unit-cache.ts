// The findings of local rules (RuleMeta.locality) per unit of a report (units.ts), kept between checks of one document
// being edited: a unit whose text, shape and report-wide context are unchanged is not checked again. Bounded: least
// recently used units go first once there are more than `maxUnits` or they hold more than `maxBytes`. Beside them,
// bounded likewise, each block unit's numbers, figures and Han characters (block-readings.ts), the items its heading titles
// name, the document's Markdown read chunk by chunk (parse/segments.ts) and its last parse (parse/reuse.ts).
import type { HeldRelation } from './analyses';
import { BoundedCache } from './bounded-cache';
import type { BlockPiece } from './block-readings';
import { ParseMemory } from './parse/reuse';
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
   * The numbers, figures and Han characters of each block unit (block-readings.ts) in the unit's offsets, for the
   * report's numbers, figure index and Han reading: a unit whose key is unchanged is not read again.
   */
  readonly blocks = new UnitStore<BlockPiece>(maxBlockUnits, maxBlockBytes, blockPieceBytes);
  /** The items each heading title names (sections.ts titleMatches), by block-reading context and title. */
  readonly titles = new BoundedCache<number>(maxTitles, maxTitleBytes, (key) => 64 + 2 * key.length);
  /** The Markdown segments of each chunk of the document's text (parse/segments.ts), for the next parse. */
  readonly markdownChunks = new BoundedCache<ChunkSegments>(maxMarkdownChunks, maxMarkdownChunkBytes, chunkSegmentsBytes);
  /** What report-wide rules keep from one check of the document to the next (DocumentAnalyses.kept), by their keys. */
  readonly rules = new Map<object, unknown>();
  /** The document's last parse, whose blocks and sentences the next parse moves where an edit left them (parse/reuse.ts). */
  readonly parse = new ParseMemory();

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

/**
 * Values per unit key and context, the unit's text compared on a hit; least recently used first to go. Entries are found
 * by the hash of the unit's text, a number: a key string built and hashed for every lookup, and the entry moved to the
 * end of an ordered map on every hit, were most of what a check's thousands of lookups cost. Recency is a stamp per
 * entry instead, and beyond a bound the least recently used go in one pass, down to seven eighths of the bound, so a
 * store kept full does not sort itself at every new unit.
 */
export class UnitStore<V> {
  private readonly byHash = new Map<number, UnitEntry<V>[]>();
  private count = 0;
  private bytes = 0;
  private clock = 0;

  constructor(private readonly maxUnits: number, private readonly maxBytes: number, private readonly sizeOf: (value: V) => number) {}

  get size(): number {
    return this.count;
  }

  get(context: number, key: UnitKey): V | undefined {
    const entry = this.find(context, key);
    if (!entry) return undefined;
    entry.used = ++this.clock;
    return entry.value;
  }

  set(context: number, key: UnitKey, value: V): void {
    const old = this.find(context, key);
    if (old) this.remove(old);
    // A copy of the text: a slice would keep the whole report it was cut from.
    const text = detached(key.text);
    const entry: UnitEntry<V> = { context, shape: key.shape, hash: key.hash, text, value, bytes: 2 * (key.shape.length + text.length) + this.sizeOf(value), used: ++this.clock };
    const list = this.byHash.get(key.hash);
    if (list) list.push(entry);
    else this.byHash.set(key.hash, [entry]);
    this.count++;
    this.bytes += entry.bytes;
    if (this.count > this.maxUnits || this.bytes > this.maxBytes) this.evict();
  }

  private find(context: number, key: UnitKey): UnitEntry<V> | undefined {
    const list = this.byHash.get(key.hash);
    if (!list) return undefined;
    for (let k = 0; k < list.length; k++) {
      const e = list[k];
      if (e.context === context && e.shape === key.shape && e.text === key.text) return e;
    }
    return undefined;
  }

  private remove(entry: UnitEntry<V>): void {
    const list = this.byHash.get(entry.hash)!;
    if (list.length === 1) this.byHash.delete(entry.hash);
    else list.splice(list.indexOf(entry), 1);
    this.count--;
    this.bytes -= entry.bytes;
  }

  /** Drops the least recently used entries down to seven eighths of the bounds. */
  private evict(): void {
    const all: UnitEntry<V>[] = [];
    for (const list of this.byHash.values()) for (const e of list) all.push(e);
    all.sort((a, b) => a.used - b.used);
    const units = Math.floor((this.maxUnits * 7) / 8);
    const bytes = (this.maxBytes * 7) / 8;
    for (let k = 0; k < all.length && (this.count > units || this.bytes > bytes); k++) this.remove(all[k]);
  }
}

interface UnitEntry<V> {
  context: number;
  shape: string;
  hash: number;
  text: string;
  value: V;
  bytes: number;
  /** The clock when it was last set or found. */
  used: number;
}

const maxContexts = 64;

// A 200,000-character report is about 1,000 block units holding 3,700 numbers and 2,500 figures, some 6 MB with their
// texts by blockPieceBytes.
const maxBlockUnits = 4096;
const maxBlockBytes = 8 * 1024 * 1024;

// A 200,000-character report has a few hundred headings.
const maxTitles = 4096;
const maxTitleBytes = 1024 * 1024;

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

export function shiftSpan(s: Span, by: number): Span {
  return { start: s.start + by, end: s.end + by };
}
