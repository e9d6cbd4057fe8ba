// The user's dictionary as data: CSV and JSON import with line-numbered errors, export round trips, merging,
// search, and repair of broken storage. Plain Node.
import { describe, expect, it } from 'vitest';
import {
  mergeEntries,
  parseCsvDictionary,
  parseDictionaryFile,
  parseJsonDictionary,
  parseJsonWithLines,
  sanitizeStoredDictionary,
  searchEntries,
  toCsv,
  toJson,
  validateEntry,
  type UserAcronym,
} from '../../../../src/core/index';

describe('CSV import', () => {
  it('reads entries with or without a header, quoted fields, ";" and tab separators, and a BOM', () => {
    const withHeader = '\uFEFFshort,long,note\nUBND,Ủy ban nhân dân,\n"KT-XH","kinh tế, xã hội","có ""dấu"" phẩy"\n';
    expect(parseCsvDictionary(withHeader)).toEqual({
      ok: true,
      format: 'csv',
      entries: [
        { short: 'UBND', long: 'Ủy ban nhân dân' },
        { short: 'KT-XH', long: 'kinh tế, xã hội', note: 'có "dấu" phẩy' },
      ],
    });
    const vietnameseHeader = 'Viết tắt;Nghĩa đầy đủ\r\nHĐND;Hội đồng nhân dân\r\n';
    expect(parseCsvDictionary(vietnameseHeader)).toMatchObject({ ok: true, entries: [{ short: 'HĐND', long: 'Hội đồng nhân dân' }] });
    expect(parseCsvDictionary('SXKD\tsản xuất kinh doanh\n')).toMatchObject({ ok: true, entries: [{ short: 'SXKD', long: 'sản xuất kinh doanh' }] });
    // Reordered columns follow the header.
    expect(parseCsvDictionary('long,short\nỦy ban nhân dân,UBND\n')).toMatchObject({ ok: true, entries: [{ short: 'UBND', long: 'Ủy ban nhân dân' }] });
  });

  it('names the line of the first problem, and returns no entries at all', () => {
    const result = parseCsvDictionary('short,long\nUBND,Ủy ban nhân dân\nHĐND,\nTTXVN,Thông tấn xã Việt Nam\n');
    expect(result).toEqual({ ok: false, format: 'csv', errors: [{ line: 3, problem: 'long-missing' }] });
  });

  it('counts lines inside quoted fields that span lines', () => {
    const result = parseCsvDictionary('A1,"dòng một\ndòng hai"\n,thiếu viết tắt\n');
    expect(result).toMatchObject({ ok: false, errors: [{ line: 3, problem: 'short-missing' }] });
  });

  it('reports an unclosed quote where it opens, extra columns, duplicates and an empty file', () => {
    expect(parseCsvDictionary('UBND,Ủy ban\nHĐND,"Hội đồng\n')).toMatchObject({ ok: false, errors: [{ line: 2, problem: 'csv-unclosed-quote' }] });
    expect(parseCsvDictionary('UBND,Ủy ban,ghi chú,thừa\n')).toMatchObject({ ok: false, errors: [{ line: 1, problem: 'csv-too-many-columns' }] });
    expect(parseCsvDictionary('UBND,Ủy ban\nHĐND,Hội đồng\nUBND,khác\n')).toMatchObject({
      ok: false,
      errors: [{ line: 3, problem: 'duplicate', detail: '1' }],
    });
    expect(parseCsvDictionary('\n\n')).toMatchObject({ ok: false, errors: [{ line: null, problem: 'empty' }] });
  });
});

describe('JSON import', () => {
  it('reads our export and a bare list', () => {
    const ours = toJson([{ short: 'UBND', long: 'Ủy ban nhân dân' }]);
    expect(parseJsonDictionary(ours)).toEqual({ ok: true, format: 'json', entries: [{ short: 'UBND', long: 'Ủy ban nhân dân' }] });
    expect(parseJsonDictionary('[{"short":"HĐND","long":"Hội đồng nhân dân","note":"x"}]')).toMatchObject({
      ok: true,
      entries: [{ short: 'HĐND', long: 'Hội đồng nhân dân', note: 'x' }],
    });
  });

  it('names the line of a syntax error and of a bad entry', () => {
    const broken = '[\n  {"short": "UBND", "long": "Ủy ban"},\n  {"short": "HĐND" "long": "Hội đồng"}\n]';
    expect(parseJsonDictionary(broken)).toMatchObject({ ok: false, errors: [{ line: 3, problem: 'json-syntax' }] });
    const bad = '[\n  {"short": "UBND", "long": "Ủy ban"},\n  {"short": "HĐND"},\n  {"short": 5, "long": "x"},\n  "chữ"\n]';
    expect(parseJsonDictionary(bad)).toMatchObject({
      ok: false,
      errors: [
        { line: 3, problem: 'long-missing' },
        { line: 4, problem: 'json-field-not-text', detail: 'short' },
        { line: 1, problem: 'json-entry-not-object' },
      ].sort((a, b) => a.line - b.line),
    });
    expect(parseJsonDictionary('{"a": 1}')).toMatchObject({ ok: false, errors: [{ problem: 'json-shape' }] });
  });

  it('parses JSON like JSON.parse, remembering lines, and never writes to a prototype', () => {
    const text = '{"a": [1, 2.5e3, -0.5, true, false, null, "\\u00e1\\n"], "__proto__": {"x": 1}}';
    const { value } = parseJsonWithLines(text);
    expect(JSON.stringify(value)).toBe(JSON.stringify(JSON.parse(text)));
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    const { value: list, lineOf } = parseJsonWithLines('[\n{},\n\n{}\n]');
    expect((list as object[]).map((o) => lineOf.get(o))).toEqual([2, 4]);
  });

  it('picks the parser by file name or content', () => {
    expect(parseDictionaryFile('tu-dien.json', '[]')).toMatchObject({ format: 'json' });
    expect(parseDictionaryFile('tu-dien.csv', 'UBND,Ủy ban nhân dân')).toMatchObject({ format: 'csv', ok: true });
    expect(parseDictionaryFile('tu-dien', ' [{"short":"A1","long":"b"}]')).toMatchObject({ format: 'json', ok: true });
  });
});

describe('export, merge, search, validation', () => {
  const entries: UserAcronym[] = [
    { short: 'UBND', long: 'Ủy ban nhân dân' },
    { short: 'KT-XH', long: 'kinh tế, xã hội', note: 'có "ngoặc", dấu phẩy; chấm phẩy' },
  ];

  it('round-trips through CSV and JSON', () => {
    expect(parseCsvDictionary(toCsv(entries))).toEqual({ ok: true, format: 'csv', entries });
    expect(parseJsonDictionary(toJson(entries))).toEqual({ ok: true, format: 'json', entries });
    // Line breaks inside a field are one space in a tooltip: they become one on import.
    expect(parseCsvDictionary('A1,"hai\ndòng"')).toMatchObject({ ok: true, entries: [{ short: 'A1', long: 'hai dòng' }] });
  });

  it('merges by key: adds new, replaces changed, counts unchanged', () => {
    const result = mergeEntries(entries, [
      { short: 'UBND', long: 'Ủy ban nhân dân' },
      { short: 'KT–XH', long: 'kinh tế - xã hội' },
      { short: 'HĐND', long: 'Hội đồng nhân dân' },
    ]);
    expect(result).toMatchObject({ added: 1, updated: 1, unchanged: 1 });
    expect(result.entries.map((e) => e.short)).toEqual(['HĐND', 'KT–XH', 'UBND']);
  });

  it('searches without diacritics, in acronym, expansion and note', () => {
    expect(searchEntries(entries, 'uy ban').map((e) => e.short)).toEqual(['UBND']);
    expect(searchEntries(entries, 'XÃ HỘI').map((e) => e.short)).toEqual(['KT-XH']);
    expect(searchEntries(entries, '')).toHaveLength(2);
  });

  it('validates one entry', () => {
    expect(validateEntry({ short: '', long: 'x' })).toBe('short-missing');
    expect(validateEntry({ short: 'A1', long: '' })).toBe('long-missing');
    expect(validateEntry({ short: '123', long: 'số' })).toBe('short-no-letter');
    expect(validateEntry({ short: 'X'.repeat(41), long: 'x' })).toBe('short-too-long');
    expect(validateEntry({ short: 'UBND', long: 'UBND' })).toBe('same-as-long');
    expect(validateEntry({ short: 'UBND', long: 'Ủy ban nhân dân' })).toBeNull();
  });
});

describe('repair of stored data', () => {
  it('keeps every valid entry and says when something was wrong', () => {
    expect(sanitizeStoredDictionary(undefined)).toEqual({ entries: [], isRepaired: false, isFromFuture: false });
    expect(sanitizeStoredDictionary({ version: 1, entries: [{ short: 'UBND', long: 'Ủy ban nhân dân' }] })).toEqual({
      entries: [{ short: 'UBND', long: 'Ủy ban nhân dân' }],
      isRepaired: false,
      isFromFuture: false,
    });
    const broken = sanitizeStoredDictionary({ version: 1, entries: [{ short: 'UBND', long: 'Ủy ban nhân dân' }, { short: 7 }, 'x', { short: 'HĐND', long: '' }] });
    expect(broken).toEqual({ entries: [{ short: 'UBND', long: 'Ủy ban nhân dân' }], isRepaired: true, isFromFuture: false });
    expect(sanitizeStoredDictionary([{ short: 'A1', long: 'b' }])).toEqual({ entries: [{ short: 'A1', long: 'b' }], isRepaired: true, isFromFuture: false });
    expect(sanitizeStoredDictionary('rác')).toEqual({ entries: [], isRepaired: true, isFromFuture: false });
    // A newer version's dictionary is read as far as it fits and never flagged for repair.
    expect(sanitizeStoredDictionary({ version: 99, entries: [{ short: 'UBND', long: 'Ủy ban nhân dân' }, { short: 7 }] })).toEqual({
      entries: [{ short: 'UBND', long: 'Ủy ban nhân dân' }],
      isRepaired: false,
      isFromFuture: true,
    });
  });
});
