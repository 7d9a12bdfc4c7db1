// Writes snippets/markdown.json and snippets/plaintext.json from the skeleton template in src/core/skeleton.ts,
// so the snippets and the 新建年度报告 command never drift apart (test/unit/skeleton.test.ts checks it).
//   node --import tsx snippets/generate.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSnippets, snippetFileText } from '../src/core/skeleton.ts';

const dir = dirname(fileURLToPath(import.meta.url));
for (const format of ['markdown', 'plaintext']) {
  writeFileSync(join(dir, `${format}.json`), snippetFileText(buildSnippets(format)));
  console.log(`wrote snippets/${format}.json`);
}
