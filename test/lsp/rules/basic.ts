import { brokenRule, commaRule, sumRule } from './test-rules';

export const rules = [commaRule, sumRule, brokenRule];
