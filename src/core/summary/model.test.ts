import { describe, expect, it } from 'vitest';
import { createGroupedLookup, dot, groupByValue } from './model';
import modelData from './summary-model.json';
import { DENSE_FEATURE_NAMES } from './sentence-features';
import { TOKEN_FEATURE_NAMES, expectedOverlap } from './token-model';

describe('grouped tables', () => {
  it('round-trips values rounded to one decimal', () => {
    const grouped = groupByValue([
      ['tỉnh', 2.34],
      ['huyện', 2.31],
      ['và', 0.04],
    ]);
    expect(grouped).toEqual({ '0.0': 'và', '2.3': 'huyện tỉnh' });
    const lookup = createGroupedLookup({ unknown: 9, byValue: grouped });
    expect(lookup('tỉnh')).toBe(2.3);
    expect(lookup('và')).toBe(0);
    expect(lookup('chưa-thấy')).toBe(9);
  });
  it('dot multiplies weights and features', () => {
    expect(dot([1, 2, 3], [1, 0, -1])).toBe(-2);
  });
});

describe('the shipped model file', () => {
  it('matches the features the code computes', () => {
    const model = modelData as { featureNames: string[]; openers: string[]; weights: { plain: number[]; withTitle: number[] }; tokenWeights: { plain: number[]; withTitle: number[] } };
    expect(model.featureNames.slice(0, DENSE_FEATURE_NAMES.length)).toEqual([...DENSE_FEATURE_NAMES]);
    expect(model.featureNames).toHaveLength(DENSE_FEATURE_NAMES.length + model.openers.length);
    expect(model.weights.plain).toHaveLength(model.featureNames.length);
    expect(model.weights.withTitle).toHaveLength(model.featureNames.length);
    expect(model.tokenWeights.plain).toHaveLength(TOKEN_FEATURE_NAMES.length);
    expect(model.tokenWeights.withTitle).toHaveLength(TOKEN_FEATURE_NAMES.length);
  });
});

describe('expectedOverlap', () => {
  it('counts each distinct syllable once', () => {
    const p = new Map([
      ['khởi', 0.5],
      ['tố', 0.5],
      ['và', 0.1],
    ]);
    expect(expectedOverlap(['khởi', 'tố', 'và', 'khởi', 'lạ'], p)).toBeCloseTo(1.1);
  });
});
