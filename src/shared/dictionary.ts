// The user's own acronym dictionary in storage.local (key "dictionary"; storage.sync's 8 KB items are far too
// small for 5,000 entries). Whatever storage holds is repaired on read, and a broken original is first copied
// under a backup key, so no entry the user typed is ever lost to a repair (STYLE.md, Settings).
import { browser } from './browser';
import {
  USER_DICTIONARY_VERSION,
  cleanEntry,
  dictionaryKey,
  mergeEntries,
  sanitizeStoredDictionary,
  sortEntries,
  type MergeResult,
  type UserAcronym,
} from '../core/index';

export const DICTIONARY_KEY = 'dictionary';
/** Same prefix as the settings backups (settings/storage.ts), so one place lists everything kept. */
export const DICTIONARY_BACKUP_PREFIX = 'backup:dictionary:';

interface StoredDictionary {
  version: number;
  entries: UserAcronym[];
}

export interface LoadedDictionary {
  entries: UserAcronym[];
  /** Storage held something broken; the original is kept under the returned backup key. */
  backupKey: string | null;
}

function toStored(entries: readonly UserAcronym[]): StoredDictionary {
  return { version: USER_DICTIONARY_VERSION, entries: entries.map((e) => ({ ...e })) };
}

export async function loadDictionary(): Promise<LoadedDictionary> {
  const raw = (await browser.storage.local.get(DICTIONARY_KEY))[DICTIONARY_KEY];
  const { entries, isRepaired } = sanitizeStoredDictionary(raw);
  if (!isRepaired) return { entries, backupKey: null };
  const backupKey = `${DICTIONARY_BACKUP_PREFIX}${new Date().toISOString()}`;
  // Backup first: if the second write fails, the original is still there (in two places).
  await browser.storage.local.set({ [backupKey]: raw });
  await browser.storage.local.set({ [DICTIONARY_KEY]: toStored(sortEntries([...entries])) });
  return { entries, backupKey };
}

export async function saveDictionary(entries: readonly UserAcronym[]): Promise<void> {
  await browser.storage.local.set({ [DICTIONARY_KEY]: toStored(entries) });
}

/** Read-modify-write; `change` is a pure function of the current entries. */
export async function updateDictionary(change: (entries: UserAcronym[]) => UserAcronym[]): Promise<UserAcronym[]> {
  const { entries } = await loadDictionary();
  const next = sortEntries(change(entries.map((e) => ({ ...e }))));
  await saveDictionary(next);
  return next;
}

/** Adds one entry or replaces the one with the same key. */
export async function putEntry(entry: UserAcronym, replacing?: string): Promise<UserAcronym[]> {
  const clean = cleanEntry(entry);
  return updateDictionary((entries) => {
    const drop = new Set([dictionaryKey(clean.short), ...(replacing === undefined ? [] : [dictionaryKey(replacing)])]);
    return [...entries.filter((e) => !drop.has(dictionaryKey(e.short))), clean];
  });
}

export async function deleteEntry(short: string): Promise<UserAcronym[]> {
  const key = dictionaryKey(short);
  return updateDictionary((entries) => entries.filter((e) => dictionaryKey(e.short) !== key));
}

/** Merges imported entries in one write: all of them or, if the write fails, none. */
export async function importEntries(incoming: readonly UserAcronym[]): Promise<MergeResult> {
  const { entries } = await loadDictionary();
  const result = mergeEntries(entries, incoming);
  await saveDictionary(result.entries);
  return result;
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
