// Analyses of one document that several rules read — the figures, the prose numbers, the outline … — computed on
// first use, once per lint run, and typed: a rule asks `ctx.figures()`, not a string-keyed cache with casts. The
// lint result keeps them, so the server's hover reads the figures the rules already extracted.
import { readHan, type HanReading } from './chinese-script';
import { extractFigures, type FigureIndex } from './figures';
import { findNumbers, type ParsedNumber } from './numbers';
import type { PreviousReport } from './previous';
import type { ResolvedLintOptions, RuleContext } from './rule';
import { findProseNumbers, findSkippedSpans, proseBlocks } from './rules/number-scope';
import { reportOutline, type ReportOutline } from './sections';
import type { Segmenter } from './segmenter';
import type { ReportDocument, Span } from './types';
import type { DocumentUnit } from './units';
import type { UnitValue } from './block-readings';

/** An analysis a rule family shares (bases of figures, spans of 《》 titles …): computed once per run by `compute`. */
export interface Analysis<T> {
  name: string;
  compute(doc: ReportDocument, ctx: RuleContext): T;
}

export function defineAnalysis<T>(name: string, compute: (doc: ReportDocument, ctx: RuleContext) => T): Analysis<T> {
  return { name, compute };
}

/** What every rule may read besides the document; the same object is the lint result's `analyses`. */
export interface DocumentAnalyses {
  /** Every figure with its sentence, clause and list position (figures.ts). */
  figures(): FigureIndex;
  /** The numbers of the prose — not in code, URLs, chrome or front matter — in document offsets. */
  numbers(): ParsedNumber[];
  /** Sorted spans inside the prose that rules must not touch (inline code, HTML, URLs, e-mail addresses). */
  skipped(): Span[];
  /** Where the report covers each required item (sections.ts). */
  outline(): ReportOutline;
  /** The Han characters of the prose blocks: how many, and where the non-standard ones stand (chinese-script.ts). */
  han(): HanReading;
  analysis<T>(analysis: Analysis<T>): T;
  /**
   * With a unit cache (the editor's checks): a report-wide rule's reading of each block unit, kept while the unit is
   * unchanged (BlockReadings.unitReadings); undefined without one, the rule then reads the report whole.
   */
  unitReadings<T>(key: object, read: (unit: DocumentUnit, base: number, window: string) => T, fresh: (kept: T, unit: DocumentUnit, base: number) => boolean): UnitValue<T>[] | undefined;
  /**
   * With a unit cache: what a report-wide rule keeps from one check of the document to the next under `key`, made by
   * `make` on the first ask; undefined without one. The rule must check that what it kept still holds.
   */
  kept<T>(key: object, make: () => T): T | undefined;
  /** A relation a rule checked and found to hold (no finding): the editor's figures view shows what was checked. */
  noteHeld(relation: HeldRelation): void;
  /** The relations noted so far, in the order the rules noted them. */
  held(): readonly HeldRelation[];
}

/** A checked relation between figures that holds ("分项之和：92+21+13=126，与总数一致"). */
export interface HeldRelation {
  code: string;
  /** The figures it relates. */
  spans: Span[];
  /** Its arithmetic, in Chinese. */
  message: string;
}

// The number reader runs once per check: the figures and the prose numbers are read from the same list.
const TEXT_NUMBERS = defineAnalysis<ParsedNumber[]>('text-numbers', (doc) => findNumbers(doc.reading));
const FIGURES = defineAnalysis<FigureIndex>('figures', (doc, ctx) => extractFigures(doc, ctx.segmenter, ctx.analysis(TEXT_NUMBERS)));
const SKIPPED = defineAnalysis<Span[]>('skipped', (doc) => findSkippedSpans(doc));
const proseNumbers = (text: Analysis<ParsedNumber[]>) =>
  defineAnalysis<ParsedNumber[]>('numbers', (doc, ctx) => findProseNumbers(doc, ctx.analysis(text), ctx.skipped()));
const NUMBERS = proseNumbers(TEXT_NUMBERS);
const HAN = defineAnalysis<HanReading>('han', (doc) => {
  const reading: HanReading = { han: 0, odd: [] };
  for (const b of proseBlocks(doc)) readHan(doc.text, b.span.start, b.span.end, 0, reading);
  return reading;
});
const OUTLINE = defineAnalysis<ReportOutline>('outline', (doc, ctx) => reportOutline(doc, ctx.segmenter));

/**
 * Where a check with a unit cache takes the text's numbers, figures, Han characters and the sentences' marks and the
 * headings' items for the outline from (block-readings.ts), not reading them whole.
 */
export interface BlockSource {
  numbers(): ParsedNumber[];
  figures(): FigureIndex;
  han(): HanReading;
  sentenceMarks(): (number | undefined)[];
  titleMatches(title: string): number;
  unitReadings: DocumentAnalyses['unitReadings'];
  kept: DocumentAnalyses['kept'];
}

export function createRuleContext(
  doc: ReportDocument, options: ResolvedLintOptions, segmenter?: Segmenter, previous?: PreviousReport, blocks?: BlockSource,
): RuleContext {
  const done = new Map<Analysis<unknown>, unknown>();
  const figures = blocks ? defineAnalysis<FigureIndex>('figures', () => blocks.figures()) : FIGURES;
  const numbers = blocks ? proseNumbers(defineAnalysis('text-numbers', () => blocks.numbers())) : NUMBERS;
  const han = blocks ? defineAnalysis<HanReading>('han', () => blocks.han()) : HAN;
  const outline = blocks ? defineAnalysis<ReportOutline>('outline', (d, c) => reportOutline(d, c.segmenter, blocks.sentenceMarks(), (title) => blocks.titleMatches(title))) : OUTLINE;
  const held: HeldRelation[] = [];
  const ctx: RuleContext = {
    options,
    segmenter,
    previous,
    analysis<T>(analysis: Analysis<T>): T {
      // One look-up per ask (the figures are asked for in every helper of every figure rule).
      let value = done.get(analysis);
      if (value === undefined && !done.has(analysis)) done.set(analysis, (value = analysis.compute(doc, ctx)));
      return value as T;
    },
    figures: () => ctx.analysis(figures),
    numbers: () => ctx.analysis(numbers),
    skipped: () => ctx.analysis(SKIPPED),
    outline: () => ctx.analysis(outline),
    han: () => ctx.analysis(han),
    unitReadings: (key, read, fresh) => blocks?.unitReadings(key, read, fresh),
    kept: (key, make) => blocks?.kept(key, make),
    noteHeld: (relation) => held.push(relation),
    held: () => held,
  };
  return ctx;
}
