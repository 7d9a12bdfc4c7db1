import { commaRule, hangRule, slowRule, sumRule } from './test-rules';

// Five slow passes: a check of a “慢速检查” text takes about two seconds, and can be stopped between them.
export const rules = [commaRule, sumRule, slowRule, slowRule, slowRule, slowRule, slowRule, hangRule];
