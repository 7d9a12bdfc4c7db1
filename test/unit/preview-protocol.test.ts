import assert from 'node:assert/strict';
import { findingsFromDiagnostics, type DiagnosticLike } from '../../src/preview/findings';
import { parseHostMessage, parseWebviewMessage } from '../../src/preview/protocol';
import { lastIndexAtOrBefore, monotonicAnchors, offsetForScrollTop, scrollTopForOffset } from '../../src/preview/source-map';
import { computeLineStarts, offsetAt, type Position } from '../../src/core/text';

describe('preview protocol', () => {
  it('accepts well-formed webview messages', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parseWebviewMessage({ type: 'reveal', offset: 12 }), { type: 'reveal', offset: 12 });
    assert.deepEqual(parseWebviewMessage({ type: 'jump', start: 3, end: 7, extra: 'x' }), { type: 'jump', start: 3, end: 7 });
  });

  it('rejects malformed or hostile webview messages', () => {
    for (const raw of [
      undefined, null, 'ready', 42, [], {}, { type: 'eval', code: 'x' },
      { type: 'reveal' }, { type: 'reveal', offset: -1 }, { type: 'reveal', offset: 1.5 }, { type: 'reveal', offset: '3' },
      { type: 'reveal', offset: Number.POSITIVE_INFINITY }, { type: 'jump', start: 5, end: 2 }, { type: 'jump', start: 1 },
    ]) {
      assert.equal(parseWebviewMessage(raw), undefined, JSON.stringify(raw));
    }
  });

  it('validates host messages', () => {
    assert.deepEqual(parseHostMessage({ type: 'scrollTo', offset: 0 }), { type: 'scrollTo', offset: 0 });
    assert.deepEqual(parseHostMessage({ type: 'render', html: '<p>', version: 2, uri: 'file:///a.md', offset: 9 }),
      { type: 'render', html: '<p>', version: 2, uri: 'file:///a.md', offset: 9 });
    assert.equal(parseHostMessage({ type: 'render', html: 1, version: 2, uri: '' }), undefined);
    assert.equal(parseHostMessage({ type: 'scrollTo', offset: -3 }), undefined);
  });
});

describe('preview scroll mapping', () => {
  const anchors = [
    { offset: 0, top: 0 },
    { offset: 100, top: 400 },
    { offset: 300, top: 600 },
  ];

  it('finds the last key at or before a value', () => {
    const keys = [1, 3, 3, 8];
    assert.equal(lastIndexAtOrBefore(keys, 0, (k) => k), -1);
    assert.equal(lastIndexAtOrBefore(keys, 3, (k) => k), 2);
    assert.equal(lastIndexAtOrBefore(keys, 7, (k) => k), 2);
    assert.equal(lastIndexAtOrBefore(keys, 99, (k) => k), 3);
    assert.equal(lastIndexAtOrBefore([], 5, (k: number) => k), -1);
  });

  it('maps a source offset to a scroll position, interpolating inside a block', () => {
    assert.equal(scrollTopForOffset(anchors, 0), 0);
    assert.equal(scrollTopForOffset(anchors, 50), 200);
    assert.equal(scrollTopForOffset(anchors, 200), 500);
    assert.equal(scrollTopForOffset(anchors, 10_000), 600);
    assert.equal(scrollTopForOffset([], 5), undefined);
  });

  it('maps a scroll position back to the source offset (inverse within a block)', () => {
    assert.equal(offsetForScrollTop(anchors, 0), 0);
    assert.equal(offsetForScrollTop(anchors, 200), 50);
    assert.equal(offsetForScrollTop(anchors, 500), 200);
    assert.equal(offsetForScrollTop(anchors, -40), 0);
    assert.equal(offsetForScrollTop(anchors, 9_999), 300);
    for (const offset of [0, 17, 100, 250]) {
      assert.equal(offsetForScrollTop(anchors, scrollTopForOffset(anchors, offset)!), offset);
    }
  });

  it('drops anchors that would make the mapping run backwards (nested blocks, equal tops, NaN)', () => {
    const kept = monotonicAnchors([
      { offset: 50, top: 100 },
      { offset: 0, top: 0 },
      { offset: 60, top: 100 }, // a cell on the same row
      { offset: 70, top: 90 }, // nested, above its parent's top
      { offset: 80, top: Number.NaN },
      { offset: 90, top: 140 },
    ]);
    assert.deepEqual(kept, [{ offset: 0, top: 0 }, { offset: 50, top: 100 }, { offset: 90, top: 140 }]);
  });
});

describe('preview findings from diagnostics', () => {
  const text = '一、主要举措\r\n共清理325件，保留204件。\n二、问题';
  const lineStarts = computeLineStarts(text);
  const offsetOf = (position: Position) => offsetAt(lineStarts, text.length, position);
  const diagnostic = (over: Partial<DiagnosticLike>): DiagnosticLike => ({
    range: { start: { line: 1, character: 3 }, end: { line: 1, character: 7 } },
    message: '204+… = 300，与总数325不符',
    severity: 0,
    code: 'figure/sum',
    source: 'fazhi-report',
    ...over,
  });

  it('maps line/character ranges to UTF-16 offsets of the same text', () => {
    const [finding] = findingsFromDiagnostics([diagnostic({})], offsetOf);
    assert.equal(text.slice(finding.span.start, finding.span.end), '325件');
    assert.equal(finding.code, 'figure/sum');
    assert.equal(finding.severity, 'error');
  });

  it('keeps only the report checker\'s diagnostics, reads object codes and clamps odd ranges', () => {
    const findings = findingsFromDiagnostics([
      diagnostic({ source: 'markdownlint' }),
      diagnostic({ code: { value: 'structure/numbering-style' }, severity: 3 }),
      diagnostic({ range: { start: { line: 99, character: 0 }, end: { line: 0, character: 0 } }, severity: 7, code: undefined }),
    ], offsetOf);
    assert.equal(findings.length, 2);
    assert.deepEqual(findings.map((f) => [f.code, f.severity]), [['structure/numbering-style', 'hint'], ['', 'warning']]);
    assert.deepEqual(findings[1].span, { start: text.length, end: text.length });
  });
});
