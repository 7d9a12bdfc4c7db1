// Writes schemas/fazhirc.schema.json and the rule keys of the fazhiReport.rules setting in package.json from the rule
// registry (src/core/config-schema.ts), so editors complete and validate rule codes. test/unit/config-schema.test.ts
// fails when either is stale.
//   node --import tsx schemas/generate.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configSchemaText, ruleSettingKeys } from '../src/core/config-schema.ts';

const dir = dirname(fileURLToPath(import.meta.url));
writeFileSync(join(dir, 'fazhirc.schema.json'), configSchemaText());
console.log('wrote schemas/fazhirc.schema.json');
const packagePath = join(dir, '..', 'package.json');
const manifest = JSON.parse(readFileSync(packagePath, 'utf8'));
manifest.contributes.configuration.properties['fazhiReport.rules'].propertyNames = { enum: ruleSettingKeys() };
writeFileSync(packagePath, JSON.stringify(manifest, null, 2) + '\n');
console.log('wrote the fazhiReport.rules keys into package.json');
