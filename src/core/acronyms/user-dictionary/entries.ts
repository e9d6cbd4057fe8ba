// The user's own acronym dictionary as data: validation of one entry, import from CSV and JSON with errors that
// name the line, export to both, merging, and repair of whatever storage holds. Pure, so the options page, the
// content script and the unit tests share one behaviour.
import { foldDiacritics } from '../../text/index';
import { shortFormKey } from '../dictionary/normalize';
import { JsonSyntaxError, parseJsonWithLines } from './json-lines';

export interface UserAcronym {
  /** The acronym as the user writes it ("UBND", "Sở GD&ĐT"); case matters as in the built-in dictionary. */
  short: string;
  long: string;
  note?: string;
}

export const USER_DICTIONARY_VERSION = 1;
/** The `format` of our JSON export, so a file can be recognised. */
export const USER_DICTIONARY_FORMAT = 'de-doc-acronyms';

/** Limits that keep one entry readable in a tooltip and the whole dictionary small in storage.local. */
export const MAX_SHORT_CHARS = 40;
export const MAX_LONG_CHARS = 300;
export const MAX_NOTE_CHARS = 500;
export const MAX_ENTRIES = 20_000;

export type EntryProblem =
  | 'short-missing'
  | 'long-missing'
  | 'short-too-long'
  | 'long-too-long'
  | 'note-too-long'
  | 'short-no-letter'
  | 'same-as-long';

export type ImportProblem =
  | EntryProblem
  | 'empty'
  | 'too-many'
  | 'csv-unclosed-quote'
  | 'csv-too-many-columns'
  | 'json-syntax'
  | 'json-shape'
  | 'json-entry-not-object'
  | 'json-field-not-text'
  | 'duplicate';

export interface ImportError {
  /** 1-based line in the file; null when the problem is the file as a whole. */
  line: number | null;
  problem: ImportProblem;
  /** What the message may quote: the other line of a duplicate, the expected JSON token, a field name. */
  detail?: string;
}

export type ImportResult =
  | { ok: true; format: 'csv' | 'json'; entries: UserAcronym[] }
  | { ok: false; format: 'csv' | 'json'; errors: ImportError[] };

/** The key one entry is stored and looked up under: the same as the built-in dictionary's. */
export function dictionaryKey(short: string): string {
  return shortFormKey(short);
}

function clean(value: string): string {
  return value.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Trims and NFC-normalises an entry; the note disappears when empty. */
export function cleanEntry(entry: { short: string; long: string; note?: string | undefined }): UserAcronym {
  const short = clean(entry.short);
  const long = clean(entry.long);
  const note = entry.note === undefined ? '' : clean(entry.note);
  return note ? { short, long, note } : { short, long };
}

/** What is wrong with an entry (after cleanEntry), or null. */
export function validateEntry(entry: UserAcronym): EntryProblem | null {
  if (!entry.short) return 'short-missing';
  if (!entry.long) return 'long-missing';
  if (entry.short.length > MAX_SHORT_CHARS) return 'short-too-long';
  if (entry.long.length > MAX_LONG_CHARS) return 'long-too-long';
  if ((entry.note?.length ?? 0) > MAX_NOTE_CHARS) return 'note-too-long';
  if (!/\p{L}/u.test(entry.short)) return 'short-no-letter';
  if (dictionaryKey(entry.short) === dictionaryKey(entry.long)) return 'same-as-long';
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// CSV (RFC 4180; Excel's ";" and tab-separated exports too)

interface CsvRecord {
  line: number;
  cells: string[];
}

function detectDelimiter(firstLine: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let inQuotes = false;
  for (const ch of firstLine) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && ch in counts) counts[ch]!++;
  }
  const best = Object.entries(counts).sort((a, b) => b[1] - a[1])[0];
  return best && best[1] > 0 ? best[0] : ',';
}

function parseCsvRecords(text: string): { records: CsvRecord[] } | { error: ImportError } {
  const delimiter = detectDelimiter(text.split('\n', 1)[0] ?? '');
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let quoteLine = 0;
  let inQuotes = false;
  let isQuoted = false;
  const endCell = (): void => {
    cells.push(isQuoted ? cell : cell.trim());
    cell = '';
    isQuoted = false;
  };
  const endRecord = (): void => {
    endCell();
    if (cells.some((c) => c.trim() !== '')) records.push({ line: recordLine, cells });
    cells = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell.trim() === '') {
      inQuotes = true;
      isQuoted = true;
      quoteLine = line;
      cell = '';
    } else if (ch === delimiter) endCell();
    else if (ch === '\n') {
      endRecord();
      line++;
      recordLine = line;
    } else if (ch !== '\r') cell += ch;
  }
  if (inQuotes) return { error: { line: quoteLine, problem: 'csv-unclosed-quote' } };
  endRecord();
  return { records };
}

const HEADER_NAMES: Record<'short' | 'long' | 'note', readonly string[]> = {
  short: ['short', 'acronym', 'abbreviation', 'viet tat', 'tu viet tat', 'chu viet tat'],
  long: ['long', 'expansion', 'meaning', 'nghia', 'nghia day du', 'giai thich', 'ten day du', 'day du'],
  note: ['note', 'notes', 'ghi chu'],
};

function headerField(cell: string): 'short' | 'long' | 'note' | null {
  const folded = foldDiacritics(clean(cell).toLowerCase()).replace(/đ/g, 'd');
  for (const field of ['short', 'long', 'note'] as const) if (HEADER_NAMES[field].includes(folded)) return field;
  return null;
}

export function parseCsvDictionary(text: string): ImportResult {
  const parsed = parseCsvRecords(text.replace(/^\uFEFF/, ''));
  if ('error' in parsed) return { ok: false, format: 'csv', errors: [parsed.error] };
  const { records } = parsed;
  if (records.length === 0) return { ok: false, format: 'csv', errors: [{ line: null, problem: 'empty' }] };
  let columns: Record<'short' | 'long' | 'note', number> = { short: 0, long: 1, note: 2 };
  let rows = records;
  const header = records[0]!.cells.map(headerField);
  if (header.includes('short') && header.includes('long')) {
    columns = { short: header.indexOf('short'), long: header.indexOf('long'), note: header.indexOf('note') };
    rows = records.slice(1);
  }
  const used = new Set(Object.values(columns).filter((c) => c >= 0));
  const errors: ImportError[] = [];
  const entries: Array<UserAcronym & { line: number }> = [];
  for (const record of rows) {
    const extra = record.cells.findIndex((c, i) => !used.has(i) && c.trim() !== '');
    if (extra >= 0) {
      errors.push({ line: record.line, problem: 'csv-too-many-columns', detail: String(record.cells.length) });
      continue;
    }
    const cell = (column: number): string | undefined => {
      const value = column >= 0 ? record.cells[column] : undefined;
      return value === undefined ? undefined : unneutralise(value);
    };
    const entry = cleanEntry({ short: cell(columns.short) ?? '', long: cell(columns.long) ?? '', note: cell(columns.note) });
    const problem = validateEntry(entry);
    if (problem) errors.push({ line: record.line, problem });
    else entries.push({ ...entry, line: record.line });
  }
  return finish('csv', entries, errors);
}

// ---------------------------------------------------------------------------------------------------------
// JSON: our export ({ format, version, entries: [...] }) or a bare array of { short, long, note? }

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parseJsonDictionary(text: string): ImportResult {
  if (text.trim() === '') return { ok: false, format: 'json', errors: [{ line: null, problem: 'empty' }] };
  let parsed: ReturnType<typeof parseJsonWithLines>;
  try {
    parsed = parseJsonWithLines(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      return { ok: false, format: 'json', errors: [{ line: error.line, problem: 'json-syntax', detail: error.expected }] };
    }
    throw error;
  }
  return dictionaryFromJson(parsed.value, parsed.lineOf);
}

/**
 * The entries of a parsed JSON dictionary (our export, or a bare array of { short, long, note? }), with errors that
 * name the line of the file (`lineOf`: parseJsonWithLines's). The settings file keeps its dictionary this way.
 */
export function dictionaryFromJson(value: unknown, lineOf: WeakMap<object, number>): ImportResult {
  const list = Array.isArray(value) ? value : isRecord(value) && Array.isArray(value.entries) ? value.entries : null;
  if (!list) return { ok: false, format: 'json', errors: [{ line: (isRecord(value) ? lineOf.get(value) : undefined) ?? 1, problem: 'json-shape' }] };
  const errors: ImportError[] = [];
  const entries: Array<UserAcronym & { line: number }> = [];
  const listLine = lineOf.get(list) ?? 1;
  for (const item of list) {
    const line = (typeof item === 'object' && item !== null ? lineOf.get(item) : undefined) ?? listLine;
    if (!isRecord(item)) {
      errors.push({ line, problem: 'json-entry-not-object' });
      continue;
    }
    const field = (['short', 'long', 'note'] as const).find((f) => item[f] !== undefined && typeof item[f] !== 'string');
    if (field) {
      errors.push({ line, problem: 'json-field-not-text', detail: field });
      continue;
    }
    const entry = cleanEntry({
      short: (item.short as string | undefined) ?? '',
      long: (item.long as string | undefined) ?? '',
      note: item.note as string | undefined,
    });
    const problem = validateEntry(entry);
    if (problem) errors.push({ line, problem });
    else entries.push({ ...entry, line });
  }
  return finish('json', entries, errors);
}

function finish(format: 'csv' | 'json', entries: Array<UserAcronym & { line: number }>, errors: ImportError[]): ImportResult {
  const firstLine = new Map<string, number>();
  for (const entry of entries) {
    const key = dictionaryKey(entry.short);
    const seen = firstLine.get(key);
    if (seen !== undefined) errors.push({ line: entry.line, problem: 'duplicate', detail: String(seen) });
    else firstLine.set(key, entry.line);
  }
  if (entries.length + errors.length === 0) errors.push({ line: null, problem: 'empty' });
  if (entries.length > MAX_ENTRIES) errors.push({ line: null, problem: 'too-many', detail: String(MAX_ENTRIES) });
  if (errors.length > 0) {
    errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    return { ok: false, format, errors };
  }
  return { ok: true, format, entries: entries.map(({ line: _line, ...entry }) => entry) };
}

/** Picks the parser by file name, falling back to the content (JSON starts with "[" or "{"). */
export function parseDictionaryFile(name: string, text: string): ImportResult {
  const lower = name.toLowerCase();
  if (lower.endsWith('.json')) return parseJsonDictionary(text);
  if (lower.endsWith('.csv') || lower.endsWith('.tsv') || lower.endsWith('.txt')) return parseCsvDictionary(text);
  return /^\uFEFF?\s*[[{]/.test(text) ? parseJsonDictionary(text) : parseCsvDictionary(text);
}

// ---------------------------------------------------------------------------------------------------------
// Export

/** First characters that make a spreadsheet program read a cell as a formula (CSV injection). */
const FORMULA_STARTS = new Set(['=', '+', '-', '@', '\t', '\r']);

/** True when the value, after any leading apostrophes, starts a formula. A scan, linear in the apostrophes. */
function startsFormula(value: string): boolean {
  let i = 0;
  while (value[i] === "'") i++;
  return FORMULA_STARTS.has(value[i] ?? '');
}

/**
 * A risky cell gets one leading apostrophe (spreadsheets then take it as text); import removes exactly one from a
 * cell that is apostrophes followed by a risky character. Values the user wrote with apostrophes of their own
 * ("'=1") get one more on export and lose it on import, so what export writes always comes back unchanged.
 */
function neutralise(value: string): string {
  return startsFormula(value) ? `'${value}` : value;
}

function unneutralise(value: string): string {
  return value.startsWith("'") && startsFormula(value) ? value.slice(1) : value;
}

function csvCell(raw: string): string {
  const value = neutralise(raw);
  return /[",;\t\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** UTF-8 CSV with a byte-order mark (so spreadsheet programs read the Vietnamese letters right). */
export function toCsv(entries: readonly UserAcronym[]): string {
  const rows = [['short', 'long', 'note'], ...entries.map((e) => [e.short, e.long, e.note ?? ''])];
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export function toJson(entries: readonly UserAcronym[]): string {
  return `${JSON.stringify({ format: USER_DICTIONARY_FORMAT, version: USER_DICTIONARY_VERSION, entries }, null, 2)}\n`;
}

// ---------------------------------------------------------------------------------------------------------
// Editing

export interface MergeResult {
  entries: UserAcronym[];
  added: number;
  updated: number;
  unchanged: number;
}

/** Adds or replaces (same key) the incoming entries; everything else stays. */
export function mergeEntries(existing: readonly UserAcronym[], incoming: readonly UserAcronym[]): MergeResult {
  const byKey = new Map<string, UserAcronym>();
  for (const entry of existing) byKey.set(dictionaryKey(entry.short), entry);
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  for (const entry of incoming) {
    const key = dictionaryKey(entry.short);
    const before = byKey.get(key);
    if (!before) added++;
    else if (before.long === entry.long && before.note === entry.note && before.short === entry.short) unchanged++;
    else updated++;
    byKey.set(key, entry);
  }
  return { entries: sortEntries([...byKey.values()]), added, updated, unchanged };
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

export function sortEntries(entries: UserAcronym[]): UserAcronym[] {
  return entries.sort((a, b) => collator.compare(a.short, b.short) || collator.compare(a.long, b.long));
}

/** Folds for search: no diacritics (Đ too), lower case, single spaces. "uy ban" finds "Ủy ban". */
export function foldForSearch(text: string): string {
  return foldDiacritics(text.normalize('NFC').toLowerCase()).replace(/đ/g, 'd').replace(/\s+/g, ' ').trim();
}

/** The entries whose acronym or expansion contains the query (folded). */
export function searchEntries(entries: readonly UserAcronym[], query: string): UserAcronym[] {
  const q = foldForSearch(query);
  if (!q) return [...entries];
  return entries.filter((e) => foldForSearch(`${e.short}\u0000${e.long}\u0000${e.note ?? ''}`).includes(q));
}

// ---------------------------------------------------------------------------------------------------------
// Storage repair

export interface SanitizedDictionary {
  entries: UserAcronym[];
  /** Something in storage was not a valid dictionary: the caller keeps a backup of the original. */
  isRepaired: boolean;
  /** Written by a newer Dễ Đọc: read as far as it fits, never repaired (what this version rejects may be valid there). */
  isFromFuture: boolean;
}

/** The version a stored dictionary carries (0 without one, or for a bare list). */
export function storedDictionaryVersion(raw: unknown): number {
  const version = isRecord(raw) ? raw.version : undefined;
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : 0;
}

/** Turns whatever storage.local holds under "dictionary" into valid entries, keeping every valid one. */
export function sanitizeStoredDictionary(raw: unknown): SanitizedDictionary {
  const isFromFuture = storedDictionaryVersion(raw) > USER_DICTIONARY_VERSION;
  if (raw === undefined || raw === null) return { entries: [], isRepaired: false, isFromFuture };
  const list = Array.isArray(raw) ? raw : isRecord(raw) && Array.isArray(raw.entries) ? raw.entries : null;
  if (!list) return { entries: [], isRepaired: !isFromFuture, isFromFuture };
  let isRepaired = Array.isArray(raw) || !isRecord(raw) || raw.version !== USER_DICTIONARY_VERSION;
  const byKey = new Map<string, UserAcronym>();
  for (const item of list) {
    if (!isRecord(item) || typeof item.short !== 'string' || typeof item.long !== 'string') {
      isRepaired = true;
      continue;
    }
    const entry = cleanEntry({ short: item.short, long: item.long, note: typeof item.note === 'string' ? item.note : undefined });
    if (validateEntry(entry)) {
      isRepaired = true;
      continue;
    }
    if (entry.short !== item.short || entry.long !== item.long) isRepaired = true;
    const key = dictionaryKey(entry.short);
    if (byKey.has(key)) isRepaired = true;
    byKey.set(key, entry);
  }
  return { entries: [...byKey.values()], isRepaired: isRepaired && !isFromFuture, isFromFuture };
}
