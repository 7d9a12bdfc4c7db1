// The .fazhirc.json schema and the fazhiReport.rules keys are generated from the rule registry and kept current.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { normalizeConfig } from '../../src/core/config';
import { configSchema, configSchemaText, ruleSettingKeys } from '../../src/core/config-schema';
import { settingFor } from '../../src/core/lint';
import { defaultLintOptions } from '../../src/core/rule';
import { ruleCatalog } from '../../src/core/rule-catalog';

const root = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

describe('.fazhirc.json schema', () => {
  it('schemas/fazhirc.schema.json is generated from the rule registry (node --import tsx schemas/generate.mjs)', () => {
    assert.equal(readFileSync(join(root, 'schemas', 'fazhirc.schema.json'), 'utf8'), configSchemaText());
  });

  it('the fazhiReport.rules setting lists the same keys (node --import tsx schemas/generate.mjs)', () => {
    assert.deepEqual(manifest.contributes.configuration.properties['fazhiReport.rules'].propertyNames, { enum: ruleSettingKeys() });
  });

  it('package.json validates .fazhirc.json with it', () => {
    assert.deepEqual(manifest.contributes.jsonValidation, [{ fileMatch: '.fazhirc.json', url: './schemas/fazhirc.schema.json' }]);
  });

  it('keys: every code, and the prefixes settings match by ("figure", "figure/", "meta/date")', () => {
    const keys = ruleSettingKeys();
    for (const { code } of ruleCatalog()) assert.ok(keys.includes(code), code);
    for (const prefix of ['figure', 'figure/', 'meta/date', 'structure/numbering', 'wording']) assert.ok(keys.includes(prefix), prefix);
    assert.ok(!keys.includes('figure/su'), 'no arbitrary cut');
    // Each key selects at least one code the way the engine matches settings.
    const codes = ruleCatalog().map((e) => e.code);
    for (const key of keys) {
      const options = { ...defaultLintOptions, rules: { [key]: { enabled: false } } };
      assert.ok(codes.some((code) => settingFor(options, code).enabled === false), key);
    }
  });

  it('accepts what the CLI accepts and rejects unknown codes and bad values', () => {
    const validate = new Ajv({ allErrors: true, strict: true }).compile(configSchema());
    const good = { $schema: './schemas/fazhirc.schema.json', rules: { 'figure/sum': 'warning', figure: 'off', 'meta/date': { severity: 'hint' }, 'wording/': true, number: 'on' }, rounding: 'lenient', profile: 'department', words: ['一网通办'], allow: ['张堃'] };
    assert.ok(validate(good), JSON.stringify(validate.errors));
    assert.deepEqual(normalizeConfig(good).problems, []);
    for (const bad of [
      { rules: { 'figure/summ': 'off' } },
      { rules: { 'figure/sum': 'fatal' } },
      { rules: { 'figure/sum': { severity: 'off' } } },
      { rounding: 'down' },
      { colour: true },
    ]) assert.equal(validate(bad), false, JSON.stringify(bad));
  });

  it('describes each code in zh-cn and en with its doc page', () => {
    const sum = (configSchema().properties.rules.properties as Record<string, { description: string }>)['figure/sum'];
    assert.match(sum.description, /总数.* \/ Totals.*docs\/rules\/figure-sum\.md/);
  });
});
