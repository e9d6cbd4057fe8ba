// The user's own acronym dictionary in storage.local (key "dictionary"; storage.sync's 8 KB items are far too
// small for 20,000 entries). Whatever storage holds is repaired on read, and a broken original is first copied
// under a backup key, so no entry the user typed is ever lost to a repair (STYLE.md, Settings).
//
// Writes are changes (add, put, delete, import), validated and capped before anything is written, and applied one
// at a time on what storage holds then. Content scripts and extension pages send their changes to the background
// (dictionary/apply), so two tabs writing at once cannot undo each other; the background checks who may make
// which change (a page may only add an acronym it does not have yet).
import { browser } from './browser';
import { writeBackup } from './backups';
import {
  MAX_ENTRIES,
  USER_DICTIONARY_VERSION,
  cleanEntry,
  dictionaryKey,
  mergeEntries,
  sanitizeStoredDictionary,
  sortEntries,
  storedDictionaryVersion,
  validateEntry,
  type EntryProblem,
  type MergeResult,
  type UserAcronym,
} from '../core/index';

export const DICTIONARY_KEY = 'dictionary';
/** Same prefix as the settings backups (settings/storage.ts), so one place lists everything kept. */
export const DICTIONARY_BACKUP_PREFIX = 'backup:dictionary:';

export interface LoadedDictionary {
  entries: UserAcronym[];
  /** Storage held something broken; the original is kept under the returned backup key. */
  backupKey: string | null;
  /** Storage held something broken and was too full to take the repair: read as repaired, stored as it was. */
  isStorageFull: boolean;
}

/** A change of the dictionary, as sent to the background. */
export type DictionaryChange =
  /** A new acronym the reader typed on a page; it never replaces an entry the user already has. */
  | { kind: 'add'; entry: UserAcronym }
  /** Adds or replaces one entry; `replacing` names the acronym an edit renamed. */
  | { kind: 'put'; entry: UserAcronym; replacing?: string }
  | { kind: 'delete'; short: string }
  /** Merges a parsed file (same acronym: the file's entry wins). */
  | { kind: 'import'; entries: UserAcronym[] };

export interface DictionaryChangeResult extends Omit<MergeResult, 'entries'> {
  /** Entries after the change. */
  count: number;
}

/** Why a change was refused. The entry problems are validateEntry's; the others are the dictionary's. */
export type DictionaryProblem =
  | EntryProblem
  /** Not a change this version knows, or fields of the wrong type. */
  | 'invalid-change'
  /** A page tried to add an acronym the user already explained differently. */
  | 'exists'
  /** A new acronym while the dictionary holds MAX_ENTRIES. */
  | 'full'
  /** An import that would make the dictionary larger than MAX_ENTRIES; detail "<after>/<max>". */
  | 'too-many-after-merge'
  /** storage.local refused the write (its quota). */
  | 'storage-full'
  /** The sender may not make this change (the background's checks). */
  | 'not-allowed';

const REFUSED = 'dictionary change refused: ';

/** A refused change. Its message survives the trip through runtime messaging; dictionaryProblemOf reads it back. */
export class DictionaryError extends Error {
  constructor(
    readonly problem: DictionaryProblem,
    readonly detail?: string,
  ) {
    super(`${REFUSED}${problem}${detail === undefined ? '' : ` ${detail}`}`);
    this.name = 'DictionaryError';
  }
}

/** The problem behind a refused change (also one that came back from the background as a plain Error). */
export function dictionaryProblemOf(error: unknown): { problem: DictionaryProblem; detail?: string } | null {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  const at = message.indexOf(REFUSED);
  if (at < 0) return null;
  const [problem, ...rest] = message.slice(at + REFUSED.length).split(' ');
  const detail = rest.join(' ');
  return detail ? { problem: problem as DictionaryProblem, detail } : { problem: problem as DictionaryProblem };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isQuotaError(error: unknown): boolean {
  return /quota/i.test(error instanceof Error ? `${error.name} ${error.message}` : String(error));
}

async function readRaw(): Promise<unknown> {
  return (await browser.storage.local.get(DICTIONARY_KEY))[DICTIONARY_KEY];
}

const ENTRY_FIELDS = new Set(['short', 'long', 'note']);

/**
 * What storage should hold for `entries`, written onto what it holds now: the version is never written down,
 * fields this version does not know stay (on the dictionary and on each entry), and a newer dictionary's entries
 * that this version cannot read stay unless the change removed their acronym.
 */
function toStored(entries: readonly UserAcronym[], raw: unknown, removed: ReadonlySet<string> = new Set()): Record<string, unknown> {
  const base = isRecord(raw) ? raw : {};
  const rawList = Array.isArray(base.entries) ? base.entries : Array.isArray(raw) ? raw : [];
  const extraByKey = new Map<string, Record<string, unknown>>();
  const unreadable: unknown[] = [];
  const isFromFuture = storedDictionaryVersion(raw) > USER_DICTIONARY_VERSION;
  for (const item of rawList) {
    const key = isRecord(item) && typeof item.short === 'string' ? dictionaryKey(item.short) : null;
    if (key !== null && isRecord(item)) {
      const extra = Object.fromEntries(Object.entries(item).filter(([field]) => !ENTRY_FIELDS.has(field)));
      if (Object.keys(extra).length > 0) extraByKey.set(key, extra);
    }
    if (isFromFuture && !isReadable(item) && (key === null || !removed.has(key))) unreadable.push({ key, item });
  }
  const written = new Set(entries.map((e) => dictionaryKey(e.short)));
  const kept = (unreadable as Array<{ key: string | null; item: unknown }>).filter(({ key }) => key === null || !written.has(key));
  return {
    ...base,
    version: Math.max(USER_DICTIONARY_VERSION, storedDictionaryVersion(raw)),
    entries: [
      ...entries.map((e) => ({ ...extraByKey.get(dictionaryKey(e.short)), ...e })),
      ...kept.map(({ item }) => item),
    ],
  };
}

function isReadable(item: unknown): boolean {
  if (!isRecord(item) || typeof item.short !== 'string' || typeof item.long !== 'string') return false;
  return validateEntry(cleanEntry({ short: item.short, long: item.long, note: typeof item.note === 'string' ? item.note : undefined })) === null;
}

export async function loadDictionary(): Promise<LoadedDictionary> {
  const raw = await readRaw();
  const { entries, isRepaired } = sanitizeStoredDictionary(raw);
  if (!isRepaired) return { entries, backupKey: null, isStorageFull: false };
  try {
    // Backup first: if the second write fails, the original is still there (in two places).
    const backupKey = await writeBackup(DICTIONARY_BACKUP_PREFIX, raw);
    await browser.storage.local.set({ [DICTIONARY_KEY]: toStored(sortEntries([...entries]), raw) });
    return { entries, backupKey, isStorageFull: false };
  } catch (error) {
    // A full storage.local must not stop Dễ Đọc from starting on a page: the entries are read as repaired, and
    // storage keeps the original until a repair fits.
    console.warn('[Dễ Đọc] dictionary: repair not stored', error);
    return { entries, backupKey: null, isStorageFull: isQuotaError(error) };
  }
}

/** The change as sent (untrusted: it may come from another context): a valid change with clean entries, or a refusal. */
function checkedEntry(value: unknown): UserAcronym {
  if (!isRecord(value) || typeof value.short !== 'string' || typeof value.long !== 'string') {
    throw new DictionaryError('invalid-change');
  }
  if (value.note !== undefined && typeof value.note !== 'string') throw new DictionaryError('invalid-change');
  const entry = cleanEntry({ short: value.short, long: value.long, note: value.note });
  const problem = validateEntry(entry);
  if (problem) throw new DictionaryError(problem);
  return entry;
}

export function checkDictionaryChange(change: unknown): DictionaryChange {
  if (!isRecord(change)) throw new DictionaryError('invalid-change');
  switch (change.kind) {
    case 'add':
      return { kind: 'add', entry: checkedEntry(change.entry) };
    case 'put': {
      if (change.replacing !== undefined && typeof change.replacing !== 'string') throw new DictionaryError('invalid-change');
      const entry = checkedEntry(change.entry);
      return change.replacing === undefined ? { kind: 'put', entry } : { kind: 'put', entry, replacing: change.replacing };
    }
    case 'delete':
      if (typeof change.short !== 'string' || change.short.length > 1000) throw new DictionaryError('invalid-change');
      return { kind: 'delete', short: change.short };
    case 'import': {
      if (!Array.isArray(change.entries)) throw new DictionaryError('invalid-change');
      // More than a full dictionary can never fit: refused before looking at each entry.
      if (change.entries.length > MAX_ENTRIES) {
        throw new DictionaryError('too-many-after-merge', `${change.entries.length}/${MAX_ENTRIES}`);
      }
      return { kind: 'import', entries: change.entries.map(checkedEntry) };
    }
    default:
      throw new DictionaryError('invalid-change');
  }
}

/** The entries after a change, and what it did; throws DictionaryError when the change cannot be made. */
function computeChange(current: UserAcronym[], change: DictionaryChange): { result: MergeResult; removed: Set<string> } {
  const removed = new Set<string>();
  switch (change.kind) {
    case 'add': {
      const key = dictionaryKey(change.entry.short);
      const existing = current.find((e) => dictionaryKey(e.short) === key);
      if (existing) {
        if (existing.long === change.entry.long) return { result: { entries: current, added: 0, updated: 0, unchanged: 1 }, removed };
        throw new DictionaryError('exists');
      }
      if (current.length >= MAX_ENTRIES) throw new DictionaryError('full', String(MAX_ENTRIES));
      return { result: mergeEntries(current, [change.entry]), removed };
    }
    case 'put': {
      const key = dictionaryKey(change.entry.short);
      const renamed = change.replacing === undefined ? null : dictionaryKey(change.replacing);
      const base = renamed !== null && renamed !== key ? current.filter((e) => dictionaryKey(e.short) !== renamed) : current;
      if (renamed !== null && renamed !== key) removed.add(renamed);
      const isNew = !base.some((e) => dictionaryKey(e.short) === key);
      if (isNew && base.length >= MAX_ENTRIES) throw new DictionaryError('full', String(MAX_ENTRIES));
      return { result: mergeEntries(base, [change.entry]), removed };
    }
    case 'delete': {
      const key = dictionaryKey(change.short);
      removed.add(key);
      const entries = current.filter((e) => dictionaryKey(e.short) !== key);
      return { result: { entries, added: 0, updated: 0, unchanged: 0 }, removed };
    }
    case 'import': {
      const result = mergeEntries(current, change.entries);
      if (result.entries.length > MAX_ENTRIES) {
        throw new DictionaryError('too-many-after-merge', `${result.entries.length}/${MAX_ENTRIES}`);
      }
      return { result, removed };
    }
  }
}

/** Changes of this context, one after the other (each reads what the previous one wrote). */
let queue: Promise<unknown> = Promise.resolve();
/** Set in content, popup and options: their changes go to the background, which applies them one at a time. */
let remoteWriter: ((change: DictionaryChange) => Promise<DictionaryChangeResult>) | null = null;

/**
 * Applies one change to what storage holds now (the background's handler of dictionary/apply, or this context
 * when it writes itself). All of it or, if a check or the write fails, nothing.
 */
export function applyDictionaryChange(change: DictionaryChange): Promise<DictionaryChangeResult> {
  const run = queue.then(async () => {
    const checked = checkDictionaryChange(change);
    const raw = await readRaw();
    const current = sanitizeStoredDictionary(raw).entries;
    const { result, removed } = computeChange(current, checked);
    const { entries, ...counts } = result;
    try {
      await browser.storage.local.set({ [DICTIONARY_KEY]: toStored(sortEntries([...entries]), raw, removed) });
    } catch (error) {
      if (isQuotaError(error)) throw new DictionaryError('storage-full');
      throw error;
    }
    return { ...counts, count: entries.length };
  });
  queue = run.catch(() => undefined);
  return run;
}

/** Routes this context's dictionary changes through `send` (the background); null writes here. */
export function routeDictionaryWrites(send: ((change: DictionaryChange) => Promise<DictionaryChangeResult>) | null): void {
  remoteWriter = send;
}

async function writeChange(change: DictionaryChange): Promise<DictionaryChangeResult> {
  if (!remoteWriter) return applyDictionaryChange(change);
  try {
    return await remoteWriter(change);
  } catch (error) {
    // A refused change stays refused; an unreachable background (being restarted) must not lose the change.
    if (dictionaryProblemOf(error)) throw error;
    return applyDictionaryChange(change);
  }
}

/** Adds one entry or replaces the one with the same key (or `replacing`, when an edit renamed the acronym). */
export async function putEntry(entry: UserAcronym, replacing?: string): Promise<UserAcronym[]> {
  await writeChange(replacing === undefined ? { kind: 'put', entry } : { kind: 'put', entry, replacing });
  return (await loadDictionary()).entries;
}

/** Adds an acronym the reader typed on a page: refused ("exists") when the user already has another meaning. */
export async function addEntry(entry: UserAcronym): Promise<void> {
  await writeChange({ kind: 'add', entry });
}

export async function deleteEntry(short: string): Promise<UserAcronym[]> {
  await writeChange({ kind: 'delete', short });
  return (await loadDictionary()).entries;
}

/** Merges imported entries in one write: all of them or, if it does not fit or the write fails, none. */
export async function importEntries(incoming: readonly UserAcronym[]): Promise<MergeResult> {
  const counts = await writeChange({ kind: 'import', entries: [...incoming] });
  const { entries } = await loadDictionary();
  return { entries, added: counts.added, updated: counts.updated, unchanged: counts.unchanged };
}

/** Calls back with the repaired entries whenever the dictionary changes (options page, tooltip, another tab). */
export function onDictionaryChanged(callback: (entries: UserAcronym[]) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area !== 'local' || !(DICTIONARY_KEY in changes)) return;
    callback(sanitizeStoredDictionary(changes[DICTIONARY_KEY]?.newValue).entries);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
