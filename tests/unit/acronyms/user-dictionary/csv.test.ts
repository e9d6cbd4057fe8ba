// CSV export of the user's dictionary opens in spreadsheet programs: a cell that starts with = + - @ (or a tab or
// carriage return) would be read as a formula there. Export neutralises such cells with a leading apostrophe, and
// import takes exactly one such apostrophe off again, so what export writes comes back unchanged.
import { describe, expect, it } from 'vitest';
import { parseCsvDictionary, toCsv, type UserAcronym } from '../../../../src/core/index';

/** The cells of a CSV text (RFC 4180 quoting), to look at them as a spreadsheet program would. */
function cells(csv: string): string[] {
  const out: string[] = [];
  let cell = '';
  let inQuotes = false;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i]!;
    if (inQuotes) {
      if (ch === '"' && csv[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') inQuotes = false;
      else cell += ch;
    } else if (ch === '"') inQuotes = true;
    else if (ch === ',' || ch === '\n') {
      out.push(cell);
      cell = '';
    } else if (ch !== '\r') cell += ch;
  }
  return out.map((c) => c.replace(/^\uFEFF/, ''));
}

const RISKY: UserAcronym[] = [
  { short: 'CT', long: '=HYPERLINK("http://example.invalid","bấm")', note: '+84 28 3829 1234' },
  { short: 'ND', long: '-5 độ C', note: '@nhóm' },
  { short: 'QĐ', long: "'=1+1", note: "''-giữ nguyên" },
  { short: 'UBND', long: 'Ủy ban nhân dân', note: "'trích dẫn" },
];

describe('CSV export and import', () => {
  it('neutralises every cell that a spreadsheet would take for a formula', () => {
    for (const cell of cells(toCsv(RISKY))) {
      expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
    }
    expect(cells(toCsv(RISKY))).toContain('\'=HYPERLINK("http://example.invalid","bấm")');
  });

  it('round-trips what export writes, apostrophes of the user included', () => {
    const result = parseCsvDictionary(toCsv(RISKY));
    expect(result).toEqual({ ok: true, format: 'csv', entries: RISKY });
  });

  it('neutralises a cell that starts with a tab or a carriage return (not produced by cleanEntry, but by hand)', () => {
    const csv = toCsv([{ short: 'A1', long: '\t=cmd', note: '\r+x' }]);
    for (const cell of cells(csv)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('handles runs of apostrophes with and without a risky character after them (a scan, no regular expression)', () => {
    for (const tail of ['x', '=x']) {
      const huge = `${"'".repeat(50_000)}${tail}`;
      const exported = cells(toCsv([{ short: 'A1', long: huge }]))[4]!;
      expect(exported).toBe(tail === 'x' ? huge : `'${huge}`);
      const list = [{ short: 'A1', long: `${"'".repeat(290)}${tail}` }];
      expect(parseCsvDictionary(toCsv(list))).toEqual({ ok: true, format: 'csv', entries: list });
    }
  });
});
