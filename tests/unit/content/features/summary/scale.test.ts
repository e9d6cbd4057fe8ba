// The panel follows html[data-dedoc-scale], written by the text-size feature as a factor ("1.5") or a percent ("150").
import { describe, expect, it } from 'vitest';
import { parseScale } from '../../../../../src/content/features/summary/index';

describe('reading the text-size factor', () => {
  it.each([
    ['1', 1],
    ['1.5', 1.5],
    ['2', 2],
    ['150', 1.5],
    ['300', 3],
  ])('%s → %d', (value, factor) => expect(parseScale(value)).toBe(factor));

  it.each([[null], [''], ['abc'], ['0'], ['-2']])('%j → 1 (the page’s own size)', (value) => expect(parseScale(value)).toBe(1));

  it('never goes below 100 % or past 400 %', () => {
    expect(parseScale('0.5')).toBe(1);
    expect(parseScale('9')).toBe(4);
  });
});
