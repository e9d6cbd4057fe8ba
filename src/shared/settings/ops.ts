// Settings changes as data: what a write changed, path by path, and how a change lands on what storage holds.
// Pure. Content, popup and options send these to the background (settings/apply); storage.ts applies them to the
// stored objects themselves, so whatever a newer version stored and this one does not know stays as it was.
import { migrate } from './migrations';
import { SCHEMA_VERSION, isKnownPath, type Settings } from './schema';

/** One change of a settings write: set the value at a path (or delete what is there). */
export interface SettingsOp {
  path: string[];
  value?: unknown;
  isDelete?: boolean;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * What a write changed, as the smallest paths: ["sites", "kiengiang.gov.vn", "scale"] = 1.5, not the whole map.
 * Arrays (userSites) are values of their own.
 */
export function diffSettings(before: unknown, after: unknown, path: string[] = []): SettingsOp[] {
  if (isPlainObject(before) && isPlainObject(after)) {
    const ops: SettingsOp[] = [];
    for (const key of Object.keys(after)) {
      if (!(key in before)) ops.push({ path: [...path, key], value: after[key] });
      else ops.push(...diffSettings(before[key], after[key], [...path, key]));
    }
    for (const key of Object.keys(before)) if (!(key in after)) ops.push({ path: [...path, key], isDelete: true });
    return ops;
  }
  return JSON.stringify(before) === JSON.stringify(after) ? [] : [{ path, value: after }];
}

const FORBIDDEN_SEGMENTS = new Set(['__proto__', 'prototype', 'constructor']);

export function isValidPath(path: unknown): path is string[] {
  return (
    Array.isArray(path) &&
    path.length > 0 &&
    path.every((k) => typeof k === 'string' && !FORBIDDEN_SEGMENTS.has(k))
  );
}

/** Applies ops to a record in place; a delete keeps what this version does not know below the deleted path. */
function applyOpsTo(target: Record<string, unknown>, ops: readonly SettingsOp[]): void {
  for (const op of ops) {
    if (!isValidPath(op.path)) throw new Error(`invalid settings path: ${JSON.stringify(op.path)}`);
    let parent = target;
    for (const key of op.path.slice(0, -1)) {
      if (!isPlainObject(parent[key])) parent[key] = {};
      parent = parent[key] as Record<string, unknown>;
    }
    const last = op.path[op.path.length - 1]!;
    if (!op.isDelete) {
      parent[last] = structuredClone(op.value);
      continue;
    }
    const old = parent[last];
    const unknown = isPlainObject(old)
      ? Object.entries(old).filter(([key]) => !isKnownPath([...op.path, key]))
      : [];
    if (unknown.length > 0) parent[last] = Object.fromEntries(unknown);
    else delete parent[last];
  }
}

/** Applies ops to a copy of the settings; throws on a path that cannot be one (another context's bug). */
export function applySettingsOps(settings: Settings, ops: readonly SettingsOp[]): Settings {
  const next = structuredClone(settings) as unknown as Record<string, unknown>;
  applyOpsTo(next, ops);
  return next as unknown as Settings;
}

/** The schema version a stored object carries (0 without one). */
function versionOf(value: unknown): number {
  const version = isPlainObject(value) ? value.version : undefined;
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : 0;
}

/**
 * What storage should hold after `ops`: the stored object (migrated when older) with the ops applied, so every
 * field the ops do not name stays as it is — also the fields, and the values of known fields, that only a newer
 * Dễ Đọc understands. The version is never written down.
 */
export function applyToStored(raw: unknown, ops: readonly SettingsOp[]): Record<string, unknown> {
  const { value } = migrate(raw);
  const next = isPlainObject(value) ? structuredClone(value) : {};
  applyOpsTo(next, ops);
  next.version = Math.max(SCHEMA_VERSION, versionOf(value));
  return next;
}

/**
 * The ops that repair a stored object into `repaired` (its valid reading) without deleting what this version
 * does not know: a broken known field is replaced, an unknown one stays.
 */
export function repairOps(raw: unknown, repaired: unknown): SettingsOp[] {
  const { value } = migrate(raw);
  if (!isPlainObject(value)) return diffSettings({}, repaired);
  return diffSettings(value, repaired).filter((op) => !op.isDelete || isKnownPath(op.path));
}
