// Registry of every rule. One import per rule file; keep the list sorted by rule id.
import type { Rule } from '../rule';

export const allRules: Rule[] = [
];
