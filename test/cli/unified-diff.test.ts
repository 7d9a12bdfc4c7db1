import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits } from '../../src/core/fixes';
import type { TextEdit } from '../../src/core/types';
import { unifiedDiff } from '../../src/cli/unified-diff';
import { tempDir } from './helpers';

const edit = (start: number, end: number, newText: string): TextEdit => ({ span: { start, end }, newText });

/** Applies the diff with the system's `patch` and returns the result. */
function patched(text: string, diff: string): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'r.txt'), text);
  const r = spawnSync('patch', ['-p1', '--quiet', '--no-backup-if-mismatch'], { cwd: dir, input: diff });
  assert.equal(r.status, 0, `${r.stdout}${r.stderr}\n${diff}`);
  return readFileSync(join(dir, 'r.txt'), 'utf8');
}

describe('unified diff of a fix', () => {
  it('prints hunks with three lines of context, as diff -u does', () => {
    const text = Array.from({ length: 12 }, (_, k) => `第${k + 1}行`).join('\n') + '\n';
    const at = text.indexOf('第6行');
    const diff = unifiedDiff('a/r.txt', 'b/r.txt', text, [edit(at, at + 1, '（第）')]);
    assert.equal(diff, [
      '--- a/r.txt', '+++ b/r.txt', '@@ -3,7 +3,7 @@', ' 第3行', ' 第4行', ' 第5行', '-第6行', '+（第）6行', ' 第7行', ' 第8行', ' 第9行', '',
    ].join('\n'));
    const dir = tempDir();
    writeFileSync(join(dir, 'old'), text);
    writeFileSync(join(dir, 'new'), applyEdits(text, [edit(at, at + 1, '（第）')]));
    const gnu = spawnSync('diff', ['-u', '--label', 'a/r.txt', '--label', 'b/r.txt', 'old', 'new'], { cwd: dir, encoding: 'utf8' });
    assert.equal(diff, gnu.stdout);
  });

  it('is empty when nothing changes', () => {
    assert.equal(unifiedDiff('a', 'b', '一\n二\n', []), '');
    assert.equal(unifiedDiff('a', 'b', '一\n二\n', [edit(0, 1, '一')]), '');
  });

  it('marks a missing final newline, keeps CRLF, and merges nearby changes', () => {
    const text = '一、总体情况\r\n内容,内容\r\n\r\n二、存在问题\r\n末行没有换行,';
    const edits = [edit(text.indexOf(','), text.indexOf(',') + 1, '，'), edit(text.length - 1, text.length, '。')];
    const diff = unifiedDiff('a/r.txt', 'b/r.txt', text, edits);
    assert.match(diff, /^@@ -1,5 \+1,5 @@$/m);
    assert.match(diff, /-末行没有换行,\n\\ No newline at end of file\n\+末行没有换行。\n\\ No newline at end of file\n$/);
    assert.equal(patched(text, diff), applyEdits(text, edits));
  });

  it('round-trips through patch for many edits of every shape', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const pieces = ['一、', '（二）', '3.', '内容', ',', '。', '\n', '\r\n', '\n\n', '  '];
    for (let round = 0; round < 60; round++) {
      const text = Array.from({ length: 20 + random(200) }, () => pieces[random(pieces.length)]).join('');
      const edits: TextEdit[] = [];
      for (let at = random(8); at < text.length; at += 1 + random(60)) {
        const end = Math.min(text.length, at + random(4));
        edits.push(edit(at, end, pieces[random(pieces.length)]));
        at = end;
      }
      if (random(3) === 0) edits.push(edit(text.length, text.length, random(2) ? '\n' : '末尾'));
      const diff = unifiedDiff('a/r.txt', 'b/r.txt', text, edits);
      const fixed = applyEdits(text, edits);
      if (fixed === text) assert.equal(diff, '');
      else assert.equal(patched(text, diff), fixed, `round ${round}`);
    }
  });
});
