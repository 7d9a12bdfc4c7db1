// `export` sets the title without the segmenter: jieba's dictionary is never loaded.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

describe('export without the segmenter', () => {
  for (const to of ['html', 'docx']) {
    it(`export --to ${to} of the example loads no segmenter`, function () {
      this.timeout(60000);
      const dir = mkdtempSync(join(tmpdir(), 'fazhi-export-'));
      try {
        const script = `
          const { runExport } = require(${JSON.stringify(join(root, 'src', 'cli', 'export.ts'))});
          runExport([${JSON.stringify(join(root, 'examples', 'sample-report.md'))}, '--to', '${to}', '-o', ${JSON.stringify(join(dir, `out.${to}`))}],
            { stdout: () => {}, stderr: (t) => process.stderr.write(t) })
            .then((code) => console.log(JSON.stringify({ code, segmenter: Boolean(require(${JSON.stringify(join(root, 'src', 'core', 'segmenter.ts'))}).segmenterIfLoaded()) })));`;
        const run = spawnSync(process.execPath, ['--require', 'tsx/cjs', '-e', script], { cwd: root, encoding: 'utf8' });
        assert.equal(run.status, 0, run.stderr);
        assert.deepEqual(JSON.parse(run.stdout.trim().split('\n').pop()!), { code: 0, segmenter: false });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
