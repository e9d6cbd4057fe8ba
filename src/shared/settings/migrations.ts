// Ordered migrations from each stored schema version to the next. Pure.
// Each step takes what version N stored and returns what version N+1 stores; unknown shapes pass through
// unchanged, and the sanitizers in schema.ts repair whatever is still wrong afterwards.
//
// Going the other way (a downgrade, or an older copy on another computer syncing the same preferences), an older
// Dễ Đọc reads what it knows and, when it saves, changes only the paths it changed (ops.ts applyToStored): fields it
// does not know stay, and the version is never written down. So a new version may add fields (and feature ids,
// enum values) freely; a field whose meaning changes gets a new name, because an older version may still write it.
import { SCHEMA_VERSION } from './schema';

type Migration = (raw: Record<string, unknown>) => Record<string, unknown>;

/** MIGRATIONS[n] upgrades version n to n + 1. Version 0 = data written before versions existed. */
export const MIGRATIONS: readonly Migration[] = [
  // 0 → 1: the first released schema; earlier data only lacked its version number.
  (raw) => ({ ...raw, version: 1 }),
  // 1 → 2: read-aloud's slice (`speech`: the chosen voice, a rate per voice language, captions read or not). A
  // version 1 copy never stored it; the step writes the defaults in, so that an export, and an older copy syncing
  // these preferences, see one whole slice. A slice already there (written by a newer copy meanwhile) is kept.
  (raw) => ({ ...raw, speech: raw.speech ?? { voiceId: '', rates: {}, captions: true }, version: 2 }),
];

export interface MigrationResult {
  value: unknown;
  /** The version the data was stored with (0 when it had none). */
  from: number;
  /** True when the stored data is from a newer Dễ Đọc: it is read as far as it fits, and left as it is. */
  isFromFuture: boolean;
}

export function migrate(raw: unknown): MigrationResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { value: raw, from: 0, isFromFuture: false };
  let value = raw as Record<string, unknown>;
  const stored = value.version;
  const from = typeof stored === 'number' && Number.isInteger(stored) && stored >= 0 ? stored : 0;
  if (from > SCHEMA_VERSION) return { value, from, isFromFuture: true };
  for (let version = from; version < SCHEMA_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (step) value = step(value);
  }
  return { value, from, isFromFuture: false };
}
