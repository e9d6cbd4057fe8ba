// Ordered migrations from each stored schema version to the next. Pure.
// Each step takes what version N stored and returns what version N+1 stores; unknown shapes pass through
// unchanged, and the sanitizers in schema.ts repair whatever is still wrong afterwards.
import { SCHEMA_VERSION } from './schema';

type Migration = (raw: Record<string, unknown>) => Record<string, unknown>;

/** MIGRATIONS[n] upgrades version n to n + 1. Version 0 = data written before versions existed. */
export const MIGRATIONS: readonly Migration[] = [
  // 0 → 1: the first released schema; earlier data only lacked its version number.
  (raw) => ({ ...raw, version: 1 }),
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
