// Command-line options through node:util parseArgs (strict, `--` ends the options), with usage errors in Chinese.
import { parseArgs, type ParseArgsConfig } from 'node:util';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** For string options: what must follow the flag, as in "--config 后应跟配置文件路径". */
  value?: string;
}

export type OptionTable = Record<string, OptionSpec>;

export interface ParsedArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
  /** Boolean options in the order given, so that the last of a pair such as --color/--no-color wins. */
  flagsInOrder: string[];
}

/** True when -h/--help stands among the options (before any `--`). */
export function asksForHelp(args: string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

export function parseCommandLine(args: string[], table: OptionTable): ParsedArgs | string {
  const options = Object.fromEntries(Object.entries(table).map(([name, spec]) => [name, { type: spec.type, ...(spec.short ? { short: spec.short } : {}) }]));
  try {
    const { values, positionals, tokens } = parseArgs({ args, options, allowPositionals: true, strict: true, tokens: true });
    for (const [name, value] of Object.entries(values)) {
      if (value === '') return missingValue(table, name, `--${name}`);
    }
    const flagsInOrder = tokens.flatMap((t) => (t.kind === 'option' && table[t.name]?.type === 'boolean' ? [t.name] : []));
    return { values, positionals, flagsInOrder };
  } catch (error) {
    return explain(args, table, options) ?? `参数有误：${error instanceof Error ? error.message : String(error)}`;
  }
}

function missingValue(table: OptionTable, name: string, rawName: string): string {
  return `${rawName} 后应跟${table[name]?.value ?? '取值'}`;
}

/** Strict parsing failed: find the offending argument in a lenient parse and say in Chinese what is wrong with it. */
function explain(args: string[], table: OptionTable, options: ParseArgsConfig['options']): string | undefined {
  const { tokens } = parseArgs({ args, options, allowPositionals: true, strict: false, tokens: true });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const spec = table[token.name];
    if (!spec) return `未知选项“${token.rawName}”`;
    if (spec.type === 'boolean' && token.value !== undefined) return `${token.rawName} 不带取值`;
    if (spec.type === 'boolean') continue;
    if (token.value === undefined || token.value === '') return missingValue(table, token.name, token.rawName);
    if (!token.inlineValue && token.value.length > 1 && token.value.startsWith('-')) {
      return `${missingValue(table, token.name, token.rawName)}（以“-”开头的值请写成 ${token.rawName.startsWith('--') ? `${token.rawName}=${token.value}` : `--${token.name}=${token.value}`}）`;
    }
  }
  return undefined;
}
