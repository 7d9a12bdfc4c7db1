// Table tests for the wording data under src/core/data: each file names its source, and its entries are well formed.
import assert from 'node:assert/strict';
import { classifyChar, isStandardChar } from '../../src/core/chinese-script';
import documentData from '../../src/core/data/central-documents.json';
import lawData from '../../src/core/data/national-laws.json';
import outdatedData from '../../src/core/data/outdated-names.json';
import meetingData from '../../src/core/data/party-meetings.json';
import standardData from '../../src/core/data/standard-chars.json';
import variantData from '../../src/core/data/variant-chars.json';
import termData from '../../src/core/data/wording-terms.json';
import typoData from '../../src/core/data/wording-typos.json';
import { boundedDistance, foldTitle } from '../../src/core/rules/wording-title';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const allStandard = (s: string) => [...s].every((c) => !/[\u4e00-\u9fff]/.test(c) || isStandardChar(c));

describe('wording data tables', () => {
  for (const [name, data] of Object.entries({ standardData, variantData, lawData, termData, outdatedData, typoData, documentData, meetingData })) {
    it(`${name} names its source`, () => assert.match((data as { source: string }).source, /[\u4e00-\u9fff]{4}/));
  }

  it('通用规范汉字表: 8,105 distinct characters, 一 first', () => {
    const chars = [...standardData.chars];
    assert.equal(chars.length, 8105);
    assert.equal(new Set(chars).size, 8105);
    assert.equal(chars[0], '一');
    for (const c of '法治政府暨於乾瘦县简') assert.ok(isStandardChar(c), c);
    for (const c of '縣簡痩將') assert.ok(!isStandardChar(c), c);
  });

  it('variant characters: keys outside the table, every form inside it', () => {
    const map = variantData.map as Record<string, string>;
    assert.ok(Object.keys(map).length > 3000);
    for (const [from, forms] of Object.entries(map)) {
      assert.ok(!isStandardChar(from), `${from} is standard`);
      assert.ok(forms.length >= 1 && [...forms].every(isStandardChar), `${from} → ${forms}`);
    }
    assert.deepEqual(classifyChar('縣'), { kind: 'variant', forms: ['县'] });
    assert.deepEqual(classifyChar('痩'), { kind: 'variant', forms: ['瘦'] });
    assert.deepEqual(classifyChar('鍾'), { kind: 'variant', forms: ['钟', '锺'] });
    assert.deepEqual(classifyChar('⼈'), { kind: 'compatibility', forms: ['人'] });
    assert.equal(classifyChar('於'), undefined);
    assert.equal(classifyChar('A'), undefined);
  });

  it('national laws: unique titles without 中华人民共和国, each a law-like name', () => {
    const titles = lawData.titles.map((t) => t[0]);
    assert.ok(titles.length > 900);
    assert.equal(new Set(titles).size, titles.length);
    for (const t of titles) assert.ok(!t.startsWith('中华人民共和国'), t);
    for (const t of ['行政复议法', '行政处罚法', '民法典', '信访工作条例', '噪声污染防治法', '政府信息公开条例']) assert.ok(titles.includes(t), t);
  });

  it('规范表述: dated, the right form differs from every wrong one and is standard, exceptions contain the wrong form', () => {
    for (const e of termData.entries) {
      assert.match(e.from, isoDate, e.right);
      assert.ok(e.basis.length > 6, e.right);
      for (const w of e.wrong) {
        const right = (e as { forms?: Record<string, string> }).forms?.[w] ?? e.right;
        assert.notEqual(w, right);
        assert.ok(allStandard(right), right);
      }
      for (const x of (e as { except?: string[] }).except ?? []) assert.ok(e.wrong.some((w) => x.includes(w)), x);
    }
  });

  it('outdated names: dated, kind, right forms, a certain fix only with one form', () => {
    for (const e of outdatedData.entries as { kind: string; wrong: string[]; right?: string[]; forms?: Record<string, string>; certain?: boolean; from: string; until?: string; except?: string[]; basis: string }[]) {
      assert.ok(e.kind === 'institution' || e.kind === 'law', e.wrong[0]);
      assert.match(e.from, isoDate);
      if (e.until) assert.ok(e.until > e.from);
      for (const w of e.wrong) {
        const forms = e.forms ? [e.forms[w]] : e.right ?? [];
        assert.ok(forms.length && forms.every((f) => f && f !== w && allStandard(f)), w);
        if (e.certain) assert.equal(forms.length, 1, `${w}: certain with ${forms.length} forms`);
      }
      for (const x of e.except ?? []) assert.ok(e.wrong.some((w) => x.includes(w)), x);
      assert.ok(e.basis.length > 6);
    }
  });

  it('公文易错词: distinct pairs, wrong ≠ right, never a part of another pair\'s right form', () => {
    const pairs = typoData.pairs as [string, string][];
    assert.equal(new Set(pairs.map((p) => p[0])).size, pairs.length);
    for (const [wrong, right] of pairs) {
      assert.notEqual(wrong, right);
      for (const [, other] of pairs) assert.ok(!other.includes(wrong), `${wrong} inside ${other}`);
    }
  });

  it('central documents: dated titles, more than the matching distance (2) apart', () => {
    const titles = documentData.documents.map((d) => foldTitle(d.title));
    for (const d of documentData.documents) assert.match(d.issued, isoDate);
    for (let i = 0; i < titles.length; i++) {
      for (let j = i + 1; j < titles.length; j++) assert.ok(boundedDistance(titles[i], titles[j], 2) > 2, `${titles[i]} ~ ${titles[j]}`);
    }
  });

  it('party meetings: in date order', () => {
    const dates = meetingData.meetings.map((m) => m.held);
    assert.deepEqual([...dates].sort(), dates);
  });

  it('bounded edit distance', () => {
    assert.equal(boundedDistance('法治政府', '法制政府', 2), 1);
    assert.equal(boundedDistance('abc', 'abc', 2), 0);
    assert.equal(boundedDistance('abcdef', 'xyzdef', 2), 3);
    assert.equal(boundedDistance('行政许可法', '行政许可实施法', 2), 2);
  });
});
