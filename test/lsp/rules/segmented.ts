import { commaRule, segmentedRule } from './test-rules';

export const rules = [commaRule, segmentedRule];
