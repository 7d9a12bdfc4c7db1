// Writes examples/sample-report.docx: examples/sample-report.md as a writer's Word draft — 一、 and （一） headings
// numbered by Word's automatic Chinese list (the misnumbered （七） typed by hand, as a writer would), a table, the
// 落款 and 成文日期 parted by a line break. Run: npx tsx scripts/sample-docx.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { reportDocx, type Item } from '../test/unit/docx-fixture';

const root = join(__dirname, '..');
const lines = readFileSync(join(root, 'examples', 'sample-report.md'), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
const closing = lines.splice(-2) as [string, string];
const items: Item[] = [];
let level2 = 0;
for (const line of lines) {
  const text = line.replace(/^#+\s*/, '');
  const heading = /^([一二三四五六七八九十]+、|（([一二三四五六七八九十]+)）)(.*)$/.exec(text);
  if (heading?.[1].endsWith('、')) {
    level2 = 0;
    items.push({ heading: 1, text: heading[3] });
  } else if (heading && '一二三四五六七八九十'.indexOf(heading[2]) === level2++) {
    items.push({ heading: 2, text: heading[3] });
  } else {
    items.push({ text });
  }
  if (text.startsWith('发挥行政复议化解行政争议主渠道作用')) {
    items.push({ table: [['行政复议', '件数'], ['收到申请', '218'], ['受理', '196'], ['审结', '180']] });
  }
}
const out = join(root, 'examples', 'sample-report.docx');
reportDocx(items, { closing }).then((bytes) => {
  writeFileSync(out, bytes);
  console.log(out);
});
