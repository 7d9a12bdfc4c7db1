// The JSON schema of `.fazhirc.json` and the rule keys of the `fazhiReport.rules` setting, built from the rule
// registry, so editors complete and validate rule codes. Written to schemas/fazhirc.schema.json and package.json by
// `node --import tsx schemas/generate.mjs`; test/unit/config-schema.test.ts fails when the committed files are stale.
import { configFileName } from './config';
import { ruleCatalog } from './rule-catalog';

const severities = ['error', 'warning', 'information', 'hint'];

/**
 * Every key a rule setting may have: each code, and each prefix that settings match (lint.ts `codeMatches`): the part
 * before a "/" or "-" ("figure", "meta/date"), and a family with its "/" ("figure/").
 */
export function ruleSettingKeys(): string[] {
  const keys = new Set<string>();
  for (const { code } of ruleCatalog()) {
    keys.add(code);
    for (const cut of code.matchAll(/[/-]/g)) {
      keys.add(code.slice(0, cut.index));
      if (cut[0] === '/') keys.add(code.slice(0, cut.index + 1));
    }
  }
  return [...keys].sort();
}

const ruleSetting = {
  description: '"off" 关闭；"on" 开启；或改用的严重级别 / "off", "on", or the severity to use; or {"enabled", "severity"}',
  anyOf: [
    { enum: ['off', 'on', ...severities] },
    { type: 'boolean' },
    {
      type: 'object',
      properties: { enabled: { type: 'boolean' }, severity: { enum: severities } },
      additionalProperties: false,
    },
  ],
};

export function configSchema() {
  const catalog = new Map(ruleCatalog().map((entry) => [entry.code, entry]));
  const ruleProperties = Object.fromEntries(ruleSettingKeys().map((key) => {
    const entry = catalog.get(key);
    const description = entry
      ? `${entry.description} / ${entry.descriptionEn}（${entry.doc}）`
      : `以“${key}”开头的全部规则代码 / every rule code starting with "${key}"`;
    return [key, { description, $ref: '#/definitions/ruleSetting' }];
  }));
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: configFileName,
    description: 'fazhi-report 的检查设置（与 VS Code 设置 fazhiReport.* 相同，优先于它们） / fazhi-report settings',
    type: 'object',
    definitions: { ruleSetting },
    properties: {
      $schema: { type: 'string' },
      rules: {
        description: '按规则代码或代码前缀设置开关和严重级别 / on/off and severity by rule code or code prefix',
        type: 'object',
        properties: ruleProperties,
        additionalProperties: false,
      },
      rounding: { description: '比率、百分数的取整方式 / how stated rates must be rounded', enum: ['half-up', 'lenient'] },
      profile: { description: '报告机关：政府或部门 / the kind of body writing the report', enum: ['government', 'department'] },
      words: { description: '分词用的补充词语 / extra words for segmentation', type: 'array', items: { type: 'string' } },
      allow: { description: '用词规则认可的写法 / words the wording rules accept as written', type: 'array', items: { type: 'string' } },
      previous: {
        description: '上年报告的路径（相对于本文件所在文件夹），用于同比核对；不设时在报告所在文件夹中查找 / last year\'s report (relative to this file), for the year-over-year checks',
        type: 'string',
      },
    },
    additionalProperties: false,
  };
}

/** The text of schemas/fazhirc.schema.json. */
export function configSchemaText(): string {
  return JSON.stringify(configSchema(), null, 2) + '\n';
}
