import assert from 'node:assert/strict';
import { fillPages, lineCount, type FlowItem, type Grid } from '../../src/render/page-fill';

// The export's grid: 22 lines of 579 twips in a 12757-twip 版心, 28 condensed 3号 characters in 8845 twips.
const grid: Grid = { height: 12757, width: 8845, line: 579, condensing: -6 };
const para = (lines: number, keepNext = false, pageBreakBefore = false): FlowItem => ({ lines: Array(lines).fill(579), keepNext, pageBreakBefore });

describe('page fill estimate (where the 版记 goes)', () => {
  it('counts lines on the 22-line grid and starts a page when the 23rd comes', () => {
    assert.deepEqual(fillPages([para(22)], grid), { pages: 1, used: 22 * 579 });
    assert.deepEqual(fillPages([para(22), para(1)], grid), { pages: 2, used: 579 });
    assert.deepEqual(fillPages([para(23)], grid), { pages: 2, used: 2 * 579 }, 'its last line does not stand alone');
    assert.deepEqual(fillPages([para(3), para(1, false, true)], grid), { pages: 2, used: 579 });
  });

  it('leaves no single line of a paragraph at the foot or the head of a page (widow and orphan control)', () => {
    // 21 lines, then a 4-line paragraph: one line would stand alone at the foot, so all four move on.
    assert.deepEqual(fillPages([para(21), para(4)], grid), { pages: 2, used: 4 * 579 });
    // 19 lines, then a 4-line paragraph: three would fit, but the last would stand alone; two and two.
    assert.deepEqual(fillPages([para(19), para(4)], grid), { pages: 2, used: 2 * 579 });
  });

  it('moves a heading kept with the next paragraph along with that paragraph\'s first two lines', () => {
    // 19 lines, two headings kept with the text, a 6-line paragraph: 19 + 1 + 1 + 2 > 22, so the headings move.
    assert.deepEqual(fillPages([para(19), para(1, true), para(1, true), para(6)], grid), { pages: 2, used: 8 * 579 });
    assert.deepEqual(fillPages([para(18), para(1, true), para(1, true), para(6)], grid), { pages: 2, used: 4 * 579 });
  });

  it('breaks a block that may not part but is taller than a page where the page ends', () => {
    assert.deepEqual(fillPages([para(30, true), para(1)], grid), { pages: 2, used: 9 * 579 });
  });

  it('breaks lines like Word and LibreOffice: 28 characters, 26 after the indent, numbers whole, closing marks hang', () => {
    const cjk = (n: number) => '法'.repeat(n);
    assert.equal(lineCount(cjk(26), 8845 - 632, 8845, grid), 1);
    assert.equal(lineCount(cjk(27), 8845 - 632, 8845, grid), 2);
    assert.equal(lineCount(cjk(26 + 28), 8845 - 632, 8845, grid), 2);
    assert.equal(lineCount(`${cjk(26)}。`, 8845 - 632, 8845, grid), 1, 'a closing mark hangs past the line end');
    // Digits are half as wide, with a quarter of a character of space on each side next to Chinese.
    assert.equal(lineCount(`${cjk(20)}12345678${cjk(1)}`, 8845 - 632, 8845, grid), 1);
    assert.equal(lineCount(`${cjk(24)}2024年`, 8845 - 632, 8845, grid), 2, '"2024" does not fit the 2 cells left and moves down whole');
  });
});
