// `.fazhirc.json`: the same settings the editor has, for the CLI and the language server.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { readBounded } from './bounded-read';
import type { IgnoreEntry, LintOptions, RuleSetting } from './rule';
import type { Severity } from './types';

export const configFileName = '.fazhirc.json';
/** A settings file is a few hundred bytes; anything near this is not one (and would stall every check). */
export const maxConfigBytes = 1024 * 1024;

const severities: Severity[] = ['error', 'warning', 'information', 'hint'];

export interface LoadedConfig {
  options: Partial<LintOptions>;
  /** Chinese, one per problem; the valid parts of the config still apply. */
  problems: string[];
}

/** Validate untrusted settings (JSON file or editor settings); unknown or bad values are reported and dropped. */
export function normalizeConfig(raw: unknown): LoadedConfig {
  const options: Partial<LintOptions> = {};
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { options, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { options, problems: ['配置应为 JSON 对象'] };
  const r = raw as Record<string, unknown>;
  if (r.rules !== undefined) {
    if (typeof r.rules !== 'object' || r.rules === null || Array.isArray(r.rules)) problems.push('“rules”应为对象：规则代码 → "off" 或严重级别');
    else {
      options.rules = {};
      for (const [code, value] of Object.entries(r.rules as Record<string, unknown>)) {
        const setting = ruleSetting(value);
        if (setting) options.rules[code] = setting;
        else problems.push(`规则“${code}”的设置无效：应为 "off"、"on"、${severities.map((s) => `"${s}"`).join('、')} 或 {"enabled", "severity"}`);
      }
    }
  }
  if (r.rounding !== undefined) {
    if (r.rounding === 'half-up' || r.rounding === 'lenient') options.rounding = r.rounding;
    else problems.push('“rounding”应为 "half-up" 或 "lenient"');
  }
  if (r.profile !== undefined) {
    if (r.profile === 'government' || r.profile === 'department' || r.profile === 'auto') options.profile = r.profile;
    else problems.push('“profile”应为 "auto"（按发文机关判断）、"government"（政府）或 "department"（部门）');
  }
  for (const key of ['words', 'allow'] as const) {
    const value = r[key];
    if (value === undefined) continue;
    if (Array.isArray(value) && value.every((w) => typeof w === 'string')) options[key] = (value as string[]).map((w) => w.trim()).filter(Boolean);
    else problems.push(`“${key}”应为字符串数组`);
  }
  if (r.previous !== undefined) {
    if (typeof r.previous === 'string' && r.previous.trim() !== '') options.previous = r.previous.trim();
    else problems.push('“previous”应为上年报告的文件路径');
  }
  if (r.ignore !== undefined) {
    const entries = Array.isArray(r.ignore) ? r.ignore : [];
    options.ignore = entries.filter(isIgnoreEntry).map((e) => ({ code: e.code.trim(), text: e.text }));
    if (!Array.isArray(r.ignore) || options.ignore.length !== entries.length) {
      problems.push(`“ignore”应为数组，每项为 {"code": 规则代码, "text": 原文中的一段文字（1–${maxIgnoreText} 字）}`);
    }
  }
  return { options, problems };
}

const maxIgnoreText = 200;

function isIgnoreEntry(value: unknown): value is IgnoreEntry {
  if (typeof value !== 'object' || value === null) return false;
  const { code, text } = value as Record<string, unknown>;
  return typeof code === 'string' && code.trim() !== '' && typeof text === 'string' && text.trim() !== '' && text.length <= maxIgnoreText;
}

function ruleSetting(value: unknown): RuleSetting | undefined {
  if (value === 'off' || value === false) return { enabled: false };
  if (value === 'on' || value === true) return { enabled: true };
  if (typeof value === 'string') return (severities as string[]).includes(value) ? { enabled: true, severity: value as Severity } : undefined;
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const v = value as Record<string, unknown>;
    if (v.enabled !== undefined && typeof v.enabled !== 'boolean') return undefined;
    if (v.severity !== undefined && !(severities as unknown[]).includes(v.severity)) return undefined;
    return { enabled: v.enabled as boolean | undefined, severity: v.severity as Severity | undefined };
  }
  return undefined;
}

/** The nearest `.fazhirc.json` in `startDir` or a parent directory. */
export function findConfigFile(startDir: string): string | undefined {
  for (let dir = startDir, k = 0; k < 64; k++) {
    const candidate = join(dir, configFileName);
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
  return undefined;
}

export function loadConfigFile(path: string): LoadedConfig {
  let text: string;
  try {
    const read = readBounded(path, maxConfigBytes);
    if (!read.ok) return { options: {}, problems: [`配置文件 ${path} 过大，超过 ${maxConfigBytes / 1048576} MB 上限，未读取`] };
    text = read.bytes.toString('utf8');
  } catch (error) {
    return { options: {}, problems: [`无法读取配置文件 ${path}：${(error as NodeJS.ErrnoException).code ?? String(error)}`] };
  }
  try {
    const loaded = normalizeConfig(JSON.parse(text.replace(/^\ufeff/, '')));
    // A path in the file means one beside it, wherever the report that uses it is.
    if (loaded.options.previous !== undefined) loaded.options.previous = resolve(dirname(path), loaded.options.previous);
    return { options: loaded.options, problems: loaded.problems.map((p) => `${path}：${p}`) };
  } catch (error) {
    return { options: {}, problems: [`${path} 不是有效的 JSON：${(error as Error).message}`] };
  }
}

/** Later layers win; rule settings merge per code; ignore entries add up. */
export function mergeOptions(...layers: Partial<LintOptions>[]): Partial<LintOptions> {
  const out: Partial<LintOptions> = {};
  for (const layer of layers) {
    const { rules, ignore, ...rest } = layer;
    Object.assign(out, Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)));
    if (rules) out.rules = { ...out.rules, ...rules };
    if (ignore) out.ignore = [...(out.ignore ?? []), ...ignore];
  }
  return out;
}
