import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import {
  decideTarget, defaultExportPath, fileNameFromTitle, temporaryPathFor, writeFileAtomic,
} from '../../src/preview/export-target';

describe('preview export target', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'fazhi-export-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('defaults next to the source file with the format\'s extension', () => {
    const source = path.join('/reports', '2023', '海宁市2022年度法治政府建设情况报告.md');
    assert.equal(defaultExportPath({ fsPath: source }, 'html', '/home/u'),
      path.join('/reports', '2023', '海宁市2022年度法治政府建设情况报告.html'));
    assert.equal(defaultExportPath({ fsPath: path.join('/r', 'report.v2.txt') }, 'docx', '/home/u'), path.join('/r', 'report.v2.docx'));
  });

  it('names an unsaved report after its title, made safe as a file name', () => {
    assert.equal(defaultExportPath({ title: '慈溪市司法局关于2019年法治政府建设情况的报告' }, 'docx', '/ws'),
      path.join('/ws', '慈溪市司法局关于2019年法治政府建设情况的报告.docx'));
    assert.equal(fileNameFromTitle('a/b\\c:d*e?"<f>|\u0000g'), 'abcdefg');
    assert.equal(fileNameFromTitle('../../etc/passwd'), 'etcpasswd');
    assert.equal(fileNameFromTitle('   '), '法治政府建设年度报告');
    assert.equal(fileNameFromTitle(undefined), '法治政府建设年度报告');
    assert.equal(Array.from(fileNameFromTitle('长'.repeat(500))).length, 80);
  });

  it('decides: write a new file, confirm before overwriting, never overwrite the report itself', () => {
    const source = path.join(dir, 'report.md');
    assert.equal(decideTarget(path.join(dir, 'report.html'), source, false), 'write');
    assert.equal(decideTarget(path.join(dir, 'report.html'), source, true), 'confirm-overwrite');
    assert.equal(decideTarget(path.join(dir, 'sub', '..', 'report.md'), source, true), 'refuse-source');
    assert.equal(decideTarget(path.join(dir, 'report.html'), undefined, true), 'confirm-overwrite');
  });

  it('writes atomically: a hidden temporary sibling, renamed over the target, nothing left behind', async () => {
    const target = path.join(dir, '报告.html');
    assert.equal(path.dirname(temporaryPathFor(target)), dir);
    assert.match(path.basename(temporaryPathFor(target)), /^\.报告\.html\.\d+-[0-9a-f]{8}\.tmp$/);
    writeFileSync(target, 'old');
    await writeFileAtomic(target, '<p>新</p>');
    assert.equal(readFileSync(target, 'utf8'), '<p>新</p>');
    await writeFileAtomic(path.join(dir, 'a.docx'), new Uint8Array([0x50, 0x4b, 3, 4]));
    assert.deepEqual([...readFileSync(path.join(dir, 'a.docx'))], [0x50, 0x4b, 3, 4]);
    assert.deepEqual(readdirSync(dir).sort(), ['a.docx', '报告.html']);
  });

  it('leaves the old file intact and no temporary file when the write fails', async () => {
    const target = path.join(dir, 'missing-dir', 'x.html');
    await assert.rejects(writeFileAtomic(target, 'x'));
    const blocked = path.join(dir, 'is-a-dir');
    writeFileSync(path.join(dir, 'keep.html'), 'old');
    // Renaming a file over a non-empty directory fails after the temporary file was written.
    mkdirSync(path.join(blocked, 'child'), { recursive: true });
    await assert.rejects(writeFileAtomic(blocked, 'new'));
    assert.equal(readFileSync(path.join(dir, 'keep.html'), 'utf8'), 'old');
    assert.deepEqual(readdirSync(dir).sort(), ['is-a-dir', 'keep.html']);
  });
});
