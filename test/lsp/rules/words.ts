import { commaRule, segmentedRule, wordRule } from './test-rules';

export const rules = [commaRule, segmentedRule, wordRule];
