// Registry of every rule. One import per rule file; keep the list sorted by rule id.
import type { Rule } from '../rule';
import { figureChange } from './figure-change';
import { figureConflict } from './figure-conflict';
import { figurePartition } from './figure-partition';
import { figureRate } from './figure-rate';
import { figureShare } from './figure-share';
import { figureSum } from './figure-sum';
import { figureTable } from './figure-table';
import { figureTableColumn } from './figure-table-column';
import { figureTarget } from './figure-target';
import { metaAddressee } from './meta-addressee';
import { metaAttachment } from './meta-attachment';
import { metaClosing } from './meta-closing';
import { metaTitle } from './meta-title';
import { metaYear } from './meta-year';
import { numberApprox } from './number-approx';
import { numberConsistentForm } from './number-consistent-form';
import { numberMixedForm } from './number-mixed-form';
import { numberMonthDay } from './number-month-day';
import { numberRange } from './number-range';
import { numberSpace } from './number-space';
import { punctuationHalfWidth } from './punctuation-half-width';
import { punctuationTitles } from './punctuation-titles';
import { structureNumbering } from './structure-numbering';
import { structureSections } from './structure-sections';
import { wordingChar } from './wording-char';
import { wordingMeeting } from './wording-meeting';
import { wordingOutdated } from './wording-outdated';
import { wordingPlaceholder } from './wording-placeholder';
import { wordingTerm } from './wording-term';
import { wordingTitle } from './wording-title';
import { wordingTypo } from './wording-typo';
import { yearChange } from './year-change';
import { yearCopied } from './year-copied';
import { yearPlans } from './year-plans';

export const allRules: Rule[] = [
  figureChange,
  figureConflict,
  figurePartition,
  figureRate,
  figureShare,
  figureSum,
  figureTable,
  figureTableColumn,
  figureTarget,
  metaAddressee,
  metaAttachment,
  metaClosing,
  metaTitle,
  metaYear,
  numberApprox,
  numberConsistentForm,
  numberMixedForm,
  numberMonthDay,
  numberRange,
  numberSpace,
  punctuationHalfWidth,
  punctuationTitles,
  structureNumbering,
  structureSections,
  wordingChar,
  wordingMeeting,
  wordingOutdated,
  wordingPlaceholder,
  wordingTerm,
  wordingTitle,
  wordingTypo,
  yearChange,
  yearCopied,
  yearPlans,
];
