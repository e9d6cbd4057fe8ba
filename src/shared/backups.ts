// Copies of stored data kept before a repair replaces it (settings and the user's dictionary), in storage.local
// under "<prefix><ISO time>". Only the last few of each kind are kept: repeated repairs must not fill storage.
import { browser } from './browser';

/** Backups kept of each kind: enough to go back past a repair that went wrong, few enough to stay small. */
export const MAX_BACKUPS = 3;

/** The keys of one kind of backup, oldest first. A kind's stamps start with a digit ("backup:2026-…"), which
 *  tells "backup:<time>" apart from "backup:dictionary:<time>". */
async function backupKeys(prefix: string): Promise<string[]> {
  const all = await browser.storage.local.get(null);
  return Object.keys(all)
    .filter((key) => key.startsWith(prefix) && /^\d/.test(key.slice(prefix.length)))
    .sort();
}

/**
 * Stores `value` as the newest backup of its kind (with `extra` items written in the same call), after removing
 * the oldest ones beyond MAX_BACKUPS. Throws when storage refuses: the caller then leaves the original alone.
 */
export async function writeBackup(prefix: string, value: unknown, extra: Record<string, unknown> = {}): Promise<string> {
  const keys = await backupKeys(prefix);
  const stale = keys.slice(0, Math.max(0, keys.length - (MAX_BACKUPS - 1)));
  if (stale.length > 0) await browser.storage.local.remove(stale);
  let key = `${prefix}${new Date().toISOString()}`;
  // Two repairs in the same millisecond must not share a key.
  for (let n = 2; keys.includes(key); n++) key = `${prefix}${new Date().toISOString()}-${n}`;
  await browser.storage.local.set({ [key]: value ?? null, ...extra });
  return key;
}
