// The built-in dictionary as the extension ships it (compact JSON, core/acronyms/dictionary/data.ts): exactly the
// typed source after a round trip, regular-expression cues included, and malformed data refused with a message.
import { describe, expect, it, vi } from 'vitest';
import { BUILTIN_ENTRIES } from '../../../../src/core/acronyms/dictionary/builtin';
import { decodeBuiltinDictionary, encodeBuiltinDictionary } from '../../../../src/core/acronyms/dictionary/data';
import { hasBuiltin, lookupBuiltin, useBuiltinDictionary } from '../../../../src/core/acronyms/dictionary/lookup';

/** Entries for comparing: regular expressions written out, keys in one order. */
const comparable = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof RegExp) return `/${v.source}/${v.flags}`;
    if (v && typeof v === 'object' && !Array.isArray(v)) return Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)));
    return v;
  });

describe('the shipped built-in dictionary', () => {
  it('decodes to exactly the typed source, through JSON text', () => {
    const text = JSON.stringify(encodeBuiltinDictionary(BUILTIN_ENTRIES));
    const decoded = decodeBuiltinDictionary(JSON.parse(text));
    expect(decoded).toHaveLength(BUILTIN_ENTRIES.length);
    expect(comparable(decoded)).toBe(comparable(BUILTIN_ENTRIES));
    expect(decoded.some((e) => [...(e.context?.before ?? []), ...(e.context?.after ?? [])].some((cue) => cue instanceof RegExp))).toBe(true);
  });

  it('looks up the same from the decoded data as from the source', () => {
    const decoded = decodeBuiltinDictionary(JSON.parse(JSON.stringify(encodeBuiltinDictionary(BUILTIN_ENTRIES))));
    const context = 'Theo Thông tư 05/2026/TT-BTC của Bộ Tài chính, BTC tỉnh';
    const fromSource = lookupBuiltin('BTC', context);
    try {
      useBuiltinDictionary(() => decoded);
      expect(lookupBuiltin('BTC', context)).toEqual(fromSource);
      expect(hasBuiltin('UBND')).toBe(true);
    } finally {
      useBuiltinDictionary(() => BUILTIN_ENTRIES);
    }
  });

  it('refuses malformed data with a clear message instead of using half of it', () => {
    expect(() => decodeBuiltinDictionary(null)).toThrow(/not a version 1 dictionary/);
    expect(() => decodeBuiltinDictionary({ format: 'dedoc-builtin-acronyms', version: 2, entries: [] })).toThrow(/version 1/);
    const good = encodeBuiltinDictionary(BUILTIN_ENTRIES.slice(0, 1));
    expect(() => decodeBuiltinDictionary({ ...good, entries: [{ short: 'A' }] })).toThrow(/entry 0/);
    const cue = { ...good, entries: [{ short: 'A', long: 'Bê', category: 'general', context: { before: [{ re: 'x$', flags: 'g' }] } }] };
    expect(() => decodeBuiltinDictionary(cue)).toThrow(/g or y flag/);
    const bad = { ...good, entries: [{ short: 'A', long: 'Bê', category: 'general', context: { after: [42] } }] };
    expect(() => decodeBuiltinDictionary(bad)).toThrow(/neither a string/);
  });

  it('is not read until the first lookup, and says so when it was never given', async () => {
    let reads = 0;
    useBuiltinDictionary(() => {
      reads++;
      return BUILTIN_ENTRIES;
    });
    expect(reads).toBe(0);
    hasBuiltin('UBND');
    hasBuiltin('HĐND');
    expect(reads).toBe(1);
    // A fresh copy of the module, as a page has it before the data came.
    vi.resetModules();
    const fresh = await import('../../../../src/core/acronyms/dictionary/lookup');
    expect(() => fresh.hasBuiltin('UBND')).toThrow(/not loaded/);
    useBuiltinDictionary(() => BUILTIN_ENTRIES);
  });
});
