import { describe, expect, it } from 'vitest';
import { builtinAcronyms, shortFormKey } from '../../../../src/core/acronyms/index';
import type { BuiltinEntry, ContextCue } from '../../../../src/core/acronyms/index';

const entries = builtinAcronyms();
const label = (e: BuiltinEntry): string => `${e.short} = ${e.long}`;

function cuesOf(e: BuiltinEntry): ContextCue[] {
  return [...(e.context?.before ?? []), ...(e.context?.after ?? []), ...(e.context?.near ?? [])];
}

/** Every Vietnamese string an entry carries: what the tooltip shows and what cues match. */
function textsOf(e: BuiltinEntry): string[] {
  const texts = [e.short, e.long, ...(e.variants ?? [])];
  if (e.note !== undefined) texts.push(e.note);
  if (e.successor !== undefined) texts.push(e.successor);
  for (const cue of cuesOf(e)) if (typeof cue === 'string') texts.push(cue);
  return texts;
}

// Old-style tone placement in open syllables ("hoà", "khoẻ", "uỷ"); state documents use "hòa", "khỏe", "ủy".
const OLD_STYLE_TONE = /(?:[oO][àáảãạèéẻẽẹ]|(?<![qQ])[uU][ỳýỷỹỵ])(?![\p{L}\p{M}])/u;

describe('built-in dictionary data', () => {
  it('has a sensible size', () => {
    expect(entries.length).toBeGreaterThan(500);
  });

  it.each(entries.map((e) => [label(e), e] as const))('%s: strings are NFC, trimmed and non-empty', (_l, e) => {
    for (const text of textsOf(e)) {
      expect(text.length, JSON.stringify(text)).toBeGreaterThan(0);
      expect(text, JSON.stringify(text)).toBe(text.normalize('NFC'));
      expect(text, JSON.stringify(text)).toBe(text.trim());
      expect(text, JSON.stringify(text)).not.toMatch(/\s{2,}/);
    }
  });

  it('uses new-style tone placement ("Ủy ban", "hòa") everywhere', () => {
    const offenders = entries.flatMap((e) => textsOf(e).filter((t) => OLD_STYLE_TONE.test(t)));
    expect(offenders).toEqual([]);
  });

  it('writes Đ as U+0110, never the look-alike eth U+00D0', () => {
    const offenders = entries.flatMap((e) => textsOf(e).filter((t) => /[\u00D0\u00F0]/.test(t)));
    expect(offenders).toEqual([]);
  });

  it('has no duplicate (acronym, expansion) pairs', () => {
    const seen = new Set<string>();
    const duplicates: string[] = [];
    for (const e of entries) {
      const key = `${e.short}\u0000${e.long}`;
      if (seen.has(key)) duplicates.push(label(e));
      seen.add(key);
    }
    expect(duplicates).toEqual([]);
  });

  // Pairs that differ only by case are deliberate: the capital marks a different body.
  const CASE_ONLY_PAIRS: Readonly<Record<string, string>> = {
    'BTC = ban tổ chức':
      'Ban Tổ chức (of a Party committee) and ban tổ chức (of an event) read the same; notes tell them apart.',
  };

  it('has no pairs that differ only by case, except the listed ones', () => {
    const seen = new Map<string, BuiltinEntry>();
    const found: string[] = [];
    for (const e of entries) {
      const key = `${e.short} = ${e.long.toLowerCase()}`;
      if (seen.has(key)) found.push(key);
      seen.set(key, e);
    }
    expect(found.sort()).toEqual(Object.keys(CASE_ONLY_PAIRS).sort());
  });

  it('stores acronyms in their normalised form', () => {
    const off = entries.filter((e) => shortFormKey(e.short) !== e.short).map(label);
    expect(off).toEqual([]);
  });

  it('gives variants that are new spellings, and never another acronym', () => {
    const shorts = new Set(entries.map((e) => e.short));
    for (const e of entries) {
      for (const variant of e.variants ?? []) {
        const key = shortFormKey(variant);
        expect(key, `${label(e)}: variant ${variant} only repeats the acronym`).not.toBe(e.short);
        if (shorts.has(key)) {
          throw new Error(`${label(e)}: variant ${variant} is the acronym of other entries`);
        }
      }
    }
  });

  // A variant maps to the meanings that list it. Usually a spelling belongs to the acronym, so all meanings
  // list it; these are spellings that only one meaning uses.
  const MEANING_SPECIFIC_VARIANTS: Readonly<Record<string, string>> = {
    TP: '"Tp" and "Tp." are written for thành phố (before a place name), never for Trưởng phòng',
  };

  it('gives every meaning of one acronym the same variants, except the listed ones', () => {
    const byShort = new Map<string, string[]>();
    for (const e of entries) {
      const variants = [...(e.variants ?? [])].sort().join('|');
      const seen = byShort.get(e.short);
      if (seen === undefined) byShort.set(e.short, [variants]);
      else seen.push(variants);
    }
    const mixed = [...byShort].filter(([, lists]) => new Set(lists).size > 1).map(([short]) => short);
    expect(mixed.sort()).toEqual(Object.keys(MEANING_SPECIFIC_VARIANTS).sort());
  });

  it('puts context rules only on ambiguous acronyms', () => {
    const counts = new Map<string, number>();
    for (const e of entries) counts.set(e.short, (counts.get(e.short) ?? 0) + 1);
    const dead = entries.filter((e) => e.context !== undefined && counts.get(e.short) === 1).map(label);
    expect(dead).toEqual([]);
  });

  it('never gives a RegExp cue the g or y flag (lastIndex would leak between lookups)', () => {
    for (const e of entries) {
      for (const cue of cuesOf(e)) {
        if (cue instanceof RegExp) expect(cue.flags, `${label(e)}: ${String(cue)}`).not.toMatch(/[gy]/);
      }
    }
  });

  it('dates a status, and names a successor where there is one', () => {
    for (const e of entries) {
      if (e.since !== undefined) expect(e.since, label(e)).toMatch(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/);
      if (e.status === undefined) {
        expect(e.successor, label(e)).toBeUndefined();
        continue;
      }
      expect(e.since, label(e)).toBeDefined();
      expect(e.note, label(e)).toBeDefined();
      if (e.status === 'merged' || e.status === 'renamed' || e.status === 'superseded') {
        expect(e.successor, label(e)).toBeDefined();
      }
    }
  });

  it('keeps foreign names in parentheses at the end of the expansion', () => {
    for (const e of entries) {
      const open = e.long.indexOf('(');
      if (open < 0) continue;
      expect(e.long.endsWith(')'), label(e)).toBe(true);
      expect(e.long.slice(0, open).trim().length, label(e)).toBeGreaterThan(0);
    }
  });

  it('is frozen', () => {
    expect(Object.isFrozen(entries)).toBe(true);
    expect(entries.every((e) => Object.isFrozen(e))).toBe(true);
  });
});
