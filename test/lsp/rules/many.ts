import { allCommasRule } from './test-rules';

export const rules = [allCommasRule];
