// What a diagnostic carries in `data` (diagnostics.ts): its fixes, each edit as five values, read back as LSP text edits;
// whatever the client sends back malformed is dropped.
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver';
import { diagnosticData } from '../../src/server/diagnostics';

const withData = (data: unknown): Diagnostic => ({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: '', data });

describe('diagnostic data', () => {
  it('reads each carried edit back as a text edit', () => {
    const read = diagnosticData(withData({ version: 3, fixes: [{ title: '改为“甲”', preferred: true, edits: [[2, 4, 2, 6, '甲'], [5, 0, 6, 1, '']] }] }));
    assert.deepEqual(read, {
      version: 3,
      fixes: [{
        title: '改为“甲”', preferred: true, edits: [
          { range: { start: { line: 2, character: 4 }, end: { line: 2, character: 6 } }, newText: '甲' },
          { range: { start: { line: 5, character: 0 }, end: { line: 6, character: 1 } }, newText: '' },
        ],
      }],
    });
  });

  it('drops fixes whose edits are malformed, and data that is no fix list', () => {
    const malformed = [[1, 2, 3, '甲'], [1, 2, 3, 4, 5], [-1, 0, 0, 0, '甲'], [1.5, 0, 2, 0, '甲'], { range: {}, newText: '甲' }, null];
    for (const edit of malformed) {
      assert.deepEqual(diagnosticData(withData({ version: 1, fixes: [{ title: 't', edits: [edit] }] }))?.fixes, [], JSON.stringify(edit));
    }
    assert.equal(diagnosticData(withData({ fixes: [] })), undefined);
    assert.equal(diagnosticData(withData(undefined)), undefined);
  });
});
