// What passes between the server and its lint worker for an edit (lint-deltas.ts): the text as the stretch that
// changed, the diagnostics as those that changed — and, through the lint host, every check's diagnostics the same as a
// check of the whole text from scratch, whatever the sequence of edits.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver';
import { allRules } from '../../src/core/rules/index';
import { loadSegmenter } from '../../src/core/segmenter';
import type { DiagnosticData } from '../../src/server/diagnostics';
import { DiagnosticsReceiver, DiagnosticsSender, sameDiagnostic, TextReceiver, TextSender } from '../../src/server/lint-deltas';
import { LintHost } from '../../src/server/lint-host';
import { checkDocument, type EarlyDiagnostics, type LintJob } from '../../src/server/snapshot';

const corpusDir = join(__dirname, '..', 'fixtures', 'corpus');
const firstReport = readFileSync(join(corpusDir, readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort()[0]), 'utf8');

/** Edits of a text: each takes the text and returns the next. */
const edits: ((text: string) => string)[] = [
  (t) => `${t.slice(0, t.length >> 1)}一${t.slice(t.length >> 1)}`,
  (t) => `${t.slice(0, t.length >> 1)}${t.slice((t.length >> 1) + 1)}`,
  (t) => `${t}\n全年共办理行政复议案件25件，同比增长20%。\n`,
  (t) => t.replace('25件', '52件'),
  (t) => `新的一行。\n${t}`,
  (t) => t.slice(0, t.length - 10),
  (t) => t,
  () => '',
  (t) => `${t}明湖市。`,
];

const diagnostic = (line: number, message: string, version: number): Diagnostic => ({
  range: { start: { line, character: 0 }, end: { line, character: 2 } },
  code: 'test/x', source: 'fazhi-report', message,
  data: { version, fixes: [{ title: '改', edits: [[line, 0, line, 1, '甲']] }] } satisfies DiagnosticData,
});

describe('lint deltas', () => {
  it('a text passes as the stretch that changed, and reads back whole on the other side', () => {
    const sender = new TextSender();
    const receiver = new TextReceiver();
    let text = firstReport;
    let version = 1;
    const first = sender.delta('u', text, version);
    assert.equal(first.base, 0);
    assert.equal(receiver.text('u', first), text);
    for (const edit of edits) {
      text = edit(text);
      const delta = sender.delta('u', text, ++version);
      assert.ok(delta.insert.length <= 60, `only the edited stretch passes: ${delta.insert.length} characters`);
      assert.equal(receiver.text('u', delta), text);
    }
  });

  it('a text delta of a copy the other side does not have is refused; a forgotten document passes whole', () => {
    const sender = new TextSender();
    const receiver = new TextReceiver();
    receiver.text('u', sender.delta('u', 'ab', 1));
    receiver.forget('u');
    assert.equal(receiver.text('u', sender.delta('u', 'abc', 2)), undefined);
    sender.forget('u');
    const whole = sender.delta('u', 'abcd', 3);
    assert.equal(whole.base, 0);
    assert.equal(receiver.text('u', whole), 'abcd');
  });

  it('an edit noted from the version last sent to the one sent is the delta; any other is not read', () => {
    const sender = new TextSender();
    const receiver = new TextReceiver();
    receiver.text('u', sender.delta('u', '全年办结示例案件120件。', 1));
    sender.noteEdit('u', 1, 2, { start: 8, end: 11, insert: '1200' });
    const noted = sender.delta('u', '全年办结示例案件1200件。', 2);
    assert.deepEqual([noted.start, noted.end, noted.insert], [8, 11, '1200']);
    assert.equal(receiver.text('u', noted), '全年办结示例案件1200件。');
    // Noted from a version that was not sent (a job for version 3 was dropped): the texts are compared.
    sender.noteEdit('u', 3, 4, { start: 0, end: 2, insert: '' });
    const compared = sender.delta('u', '共办结示例案件1200件。', 4);
    assert.equal(receiver.text('u', compared), '共办结示例案件1200件。');
    // A change that was not one edit, then a text sent again of that version.
    sender.noteEdit('u', 4, 5, undefined);
    assert.equal(receiver.text('u', sender.delta('u', '共办结示例案件1300件。', 5)), '共办结示例案件1300件。');
  });

  it('diagnostics pass as those that changed; those kept read back with the new version', () => {
    const sender = new DiagnosticsSender();
    const receiver = new DiagnosticsReceiver();
    const v1 = [diagnostic(1, '甲', 1), diagnostic(2, '乙', 1), diagnostic(3, '丙', 1)];
    assert.deepEqual(receiver.diagnostics('u', sender.delta('u', 1, v1)), v1);
    const v2 = [diagnostic(1, '甲', 2), diagnostic(2, '乙改', 2), diagnostic(3, '丙', 2)];
    const delta = sender.delta('u', 2, v2);
    assert.deepEqual(delta.middle, [v2[1]]);
    assert.deepEqual(receiver.diagnostics('u', delta), v2);
    const v3 = [diagnostic(3, '丙', 3)];
    assert.deepEqual(receiver.diagnostics('u', sender.delta('u', 3, v3)), v3);
    assert.deepEqual(receiver.diagnostics('u', sender.delta('u', 4, [])), []);
    receiver.clear();
    assert.equal(receiver.diagnostics('u', sender.delta('u', 5, v1)), undefined);
  });

  it('two diagnostics are alike when all but the version in their data is', () => {
    const a = { ...diagnostic(1, '甲', 1), relatedInformation: [{ location: { uri: 'u', range: diagnostic(2, '', 1).range }, message: '另处' }] };
    assert.ok(sameDiagnostic(a, { ...a, data: { ...(a.data as DiagnosticData), version: 7 } }));
    const fixes = (a.data as DiagnosticData).fixes;
    const unlike: Diagnostic[] = [
      { ...a, message: '乙' },
      { ...a, severity: 2 },
      { ...a, codeDescription: { href: 'file:///doc.md' } },
      { ...a, range: diagnostic(2, '', 1).range },
      { ...a, relatedInformation: [] },
      { ...a, relatedInformation: [{ ...a.relatedInformation[0], message: '别处' }] },
      { ...a, data: { version: 1, fixes: [{ ...fixes[0], title: '另改' }] } },
      { ...a, data: { version: 1, fixes: [{ ...fixes[0], edits: [[1, 0, 1, 1, '乙']] }] } },
      { ...a, data: { version: 1, fixes: [{ ...fixes[0], edits: [[1, 0, 1, 2, '甲']] }] } },
      { ...a, data: { version: 1, fixes: [{ ...fixes[0], preferred: true }] } },
      { ...a, data: { version: 1, fixes: [] } },
      { ...a, tags: [1] },
    ];
    for (const b of unlike) {
      assert.equal(sameDiagnostic(a, b), false, JSON.stringify(b));
      assert.equal(sameDiagnostic(b, a), false, JSON.stringify(b));
    }
    assert.ok(sameDiagnostic({ ...a, tags: [1] }, { ...a, tags: [1] }));
  });

  it('through the lint host, every check of a sequence of edits has the diagnostics a check from scratch has', async function () {
    this.timeout(120000);
    const segmenter = loadSegmenter();
    const host = new LintHost({ loadSegmenter: true, timeoutMs: 60000, onSegmenterError: () => undefined });
    const settings = { lint: {}, include: [], exclude: [], debounceMs: 0, problems: [] };
    const job = (version: number, text: string): LintJob => ({ uri: 'file:///ws/edits.txt', version, text, languageId: 'plaintext', settings, workspaceFolders: [] });
    try {
      let text = firstReport;
      for (let version = 1; version <= edits.length + 1; version++) {
        if (version > 1) text = edits[version - 2](text);
        let early: EarlyDiagnostics | undefined;
        const outcome = await host.check(job(version, text), version === 1, (d) => { early = d; });
        assert.equal(outcome.kind, 'snapshot');
        const fresh = checkDocument(job(version, text), { rules: allRules, segmenter });
        assert.deepEqual(early?.diagnostics ?? [], fresh.diagnostics, `version ${version}`);
        if (outcome.kind === 'snapshot') assert.deepEqual(outcome.snapshot.diagnostics, fresh.diagnostics, `version ${version}`);
        // A fix-all between the checks passes its text by the same copies.
        if (version === 4) assert.equal((await host.fixAll(job(version, text))).kind, 'fixAll');
      }
    } finally {
      host.dispose();
    }
  });
});
