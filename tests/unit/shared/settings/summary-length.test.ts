// The remembered summary length: a valid stored choice is kept, anything else becomes the default with a repair note.
import { describe, expect, it } from 'vitest';
import { defaultPrefs, sanitizePrefs, type Repair } from '../../../../src/shared/settings';

describe('summaryLength preference', () => {
  it('defaults to medium', () => {
    expect(defaultPrefs().summaryLength).toBe('medium');
    expect(sanitizePrefs({ version: 1 }, []).summaryLength).toBe('medium');
  });

  it.each(['short', 'medium', 'long'] as const)('keeps a stored %s', (length) => {
    const repairs: Repair[] = [];
    expect(sanitizePrefs({ version: 1, summaryLength: length }, repairs).summaryLength).toBe(length);
    expect(repairs).toEqual([]);
  });

  it.each([['huge'], [3], [null], [{}]])('repairs %j to the default and says so', (value) => {
    const repairs: Repair[] = [];
    expect(sanitizePrefs({ version: 1, summaryLength: value }, repairs).summaryLength).toBe('medium');
    expect(repairs.map((r) => r.path)).toEqual(['summaryLength']);
  });
});
