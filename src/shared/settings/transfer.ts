// All of the reader's settings in one file, to move them to another computer or to set up a parent's: the
// preferences, every site's own values and switches, the sites they added, and their acronym dictionary. Pure.
//
// The file (JSON, UTF-8):
//   {
//     "format": "de-doc-settings",          what the file is
//     "version": 1,                         the file format's version (SETTINGS_FILE_VERSION)
//     "exportedAt": "2026-05-28T08:34:00Z", when (informative)
//     "settings": { "version": 1, … },      the settings as stored (schema version inside; migrated on import)
//     "dictionary": { "format": "de-doc-acronyms", "version": 1, "entries": [ … ] }   the user's dictionary
//   }
// A feature's own preferences (read-aloud's voice and speed, when it has them) are part of "settings".
//
// Import checks the whole file before anything is written: each setting with the very rules the background applies
// to every change (check.ts), each dictionary entry with the dictionary's (core), and each problem names its line
// and its setting. A file with a problem changes nothing.
import { SCHEMA_VERSION, defaultSettings, isKnownPath, sanitizePrefs, sanitizeSitesState, type Settings } from './schema';
import { migrate } from './migrations';
import { settingsOpProblem } from './check';
import type { SettingsOp } from './ops';
import { isHostName, normalizeHost } from '../hosts';
import {
  JsonSyntaxError,
  USER_DICTIONARY_FORMAT,
  USER_DICTIONARY_VERSION,
  dictionaryFromJson,
  parseJsonWithLines,
  type ImportError,
  type UserAcronym,
} from '../../core/index';

export const SETTINGS_FILE_FORMAT = 'de-doc-settings';
export const SETTINGS_FILE_VERSION = 1;

/** The settings a file carries, written as they are stored (userSites aside: they need the reader's permission). */
export const TRANSFERRED_KEYS = ['features', 'toolbar', 'siteDefaults', 'summaryLength', 'acronyms', 'speech', 'sites'] as const;

export type TransferProblem =
  /** Not JSON (detail: what was expected where). */
  | 'json-syntax'
  /** JSON, but not a Dễ Đọc settings file. */
  | 'not-settings-file'
  /** Made by a newer Dễ Đọc (detail: its version): update first. */
  | 'newer-file'
  | 'not-object'
  /** A setting this version does not know. */
  | 'unknown-setting'
  /** A known setting with a value it cannot take (detail: what the rules say). */
  | 'invalid-value'
  | 'not-host'
  /** A dictionary entry's problem (detail: the dictionary's own problem code, ImportProblem). */
  | 'dictionary';

export interface TransferError {
  /** 1-based line of the file; null for the file as a whole. */
  line: number | null;
  /** The setting, as its path ("sites › kiengiang.gov.vn › scale"); empty for the file as a whole. */
  path: string[];
  problem: TransferProblem;
  detail?: string;
}

export interface SettingsFile {
  /** Every setting, with the defaults for what the file leaves out. */
  settings: Settings;
  /** The sites outside the state list the file switches on (each needs the reader's permission here). */
  userSites: string[];
  dictionary: UserAcronym[];
}

export type SettingsFileResult = { ok: true; file: SettingsFile } | { ok: false; errors: TransferError[] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The file for these settings and this dictionary. */
export function toSettingsFile(settings: Settings, dictionary: readonly UserAcronym[], at: Date): string {
  const stored: Record<string, unknown> = { version: SCHEMA_VERSION };
  for (const key of TRANSFERRED_KEYS) stored[key] = settings[key];
  stored.userSites = settings.userSites;
  const file = {
    format: SETTINGS_FILE_FORMAT,
    version: SETTINGS_FILE_VERSION,
    exportedAt: at.toISOString(),
    settings: stored,
    dictionary: { format: USER_DICTIONARY_FORMAT, version: USER_DICTIONARY_VERSION, entries: dictionary },
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The file name an export gets: de-doc-cai-dat-2026-05-28.json. */
export function settingsFileName(at: Date): string {
  return `de-doc-cai-dat-${at.toISOString().slice(0, 10)}.json`;
}

/** Stored bookkeeping that is no setting: the schema version and the sync revision. */
const BOOKKEEPING = new Set(['version', 'rev']);

function checkSettings(raw: Record<string, unknown>, lineOf: WeakMap<object, number>, errors: TransferError[]): void {
  const lineAt = (holder: object): number | null => lineOf.get(holder) ?? null;
  /** One value at a path, by the background's own rule for a change of it. */
  const check = (path: string[], value: unknown, holder: object): void => {
    if (!isKnownPath(path)) {
      errors.push({ line: lineAt(holder), path, problem: 'unknown-setting' });
      return;
    }
    const problem = settingsOpProblem({ path, value });
    if (problem) errors.push({ line: lineAt(isRecord(value) || Array.isArray(value) ? value : holder), path, problem: 'invalid-value', detail: problem });
  };
  /** A group of fields: each field on its own, so that each problem names its field. */
  const checkFields = (path: string[], value: unknown, holder: object): void => {
    if (!isRecord(value)) {
      errors.push({ line: lineAt(holder), path, problem: 'not-object' });
      return;
    }
    for (const [field, fieldValue] of Object.entries(value)) check([...path, field], fieldValue, value);
  };
  for (const [key, value] of Object.entries(raw)) {
    if (BOOKKEEPING.has(key)) continue;
    switch (key) {
      case 'features':
      case 'toolbar':
      case 'acronyms':
      case 'speech':
      case 'siteDefaults':
        checkFields([key], value, raw);
        break;
      case 'userSites':
        if (!Array.isArray(value)) errors.push({ line: lineAt(raw), path: [key], problem: 'invalid-value', detail: 'expected a list of host names' });
        else {
          for (const host of value) {
            if (typeof host !== 'string' || !isHostName(normalizeHost(host))) {
              errors.push({ line: lineAt(value), path: [key], problem: 'not-host', detail: JSON.stringify(host).slice(0, 60) });
            }
          }
        }
        break;
      case 'sites':
        if (!isRecord(value)) {
          errors.push({ line: lineAt(raw), path: [key], problem: 'not-object' });
          break;
        }
        for (const [host, entry] of Object.entries(value)) {
          if (!isHostName(host)) {
            errors.push({ line: lineAt(isRecord(entry) ? entry : value), path: [key, host.slice(0, 80)], problem: 'not-host' });
            continue;
          }
          if (!isRecord(entry)) {
            errors.push({ line: lineAt(value), path: [key, host], problem: 'not-object' });
            continue;
          }
          for (const [field, fieldValue] of Object.entries(entry)) {
            if (field === 'features') checkFields([key, host, field], fieldValue, entry);
            else check([key, host, field], fieldValue, entry);
          }
        }
        break;
      default:
        check([key], value, raw);
    }
  }
}

/** Reads a settings file: everything in it, or every problem found (then nothing may be changed). */
export function parseSettingsFile(text: string): SettingsFileResult {
  let parsed: ReturnType<typeof parseJsonWithLines>;
  try {
    parsed = parseJsonWithLines(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { ok: false, errors: [{ line: error.line, path: [], problem: 'json-syntax', detail: error.expected }] };
    throw error;
  }
  const { value, lineOf } = parsed;
  if (!isRecord(value) || value.format !== SETTINGS_FILE_FORMAT || !isRecord(value.settings)) {
    return { ok: false, errors: [{ line: 1, path: [], problem: 'not-settings-file' }] };
  }
  const fileVersion = value.version;
  if (typeof fileVersion !== 'number' || !Number.isInteger(fileVersion) || fileVersion < 1) {
    return { ok: false, errors: [{ line: 1, path: ['version'], problem: 'not-settings-file' }] };
  }
  const migrated = migrate(value.settings);
  if (fileVersion > SETTINGS_FILE_VERSION || migrated.isFromFuture) {
    return { ok: false, errors: [{ line: 1, path: [], problem: 'newer-file', detail: String(fileVersion) }] };
  }
  const errors: TransferError[] = [];
  const raw = migrated.value as Record<string, unknown>;
  // A migration step makes a new top-level object: its problems are on the lines of the one in the file.
  const fileLine = lineOf.get(value.settings);
  if (raw !== value.settings && fileLine !== undefined) lineOf.set(raw, fileLine);
  checkSettings(raw, lineOf, errors);

  let dictionary: UserAcronym[] = [];
  const rawDictionary = value.dictionary;
  const list = Array.isArray(rawDictionary) ? rawDictionary : isRecord(rawDictionary) ? rawDictionary.entries : undefined;
  if (rawDictionary !== undefined && !(Array.isArray(list) && list.length === 0)) {
    const result = dictionaryFromJson(rawDictionary, lineOf);
    if (result.ok) dictionary = result.entries;
    else errors.push(...result.errors.map((e: ImportError) => ({ line: e.line, path: ['dictionary'], problem: 'dictionary' as const, detail: e.detail === undefined ? e.problem : `${e.problem} ${e.detail}` })));
  }
  if (errors.length > 0) return { ok: false, errors: errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };

  // Every value passed the rules: reading it as stored settings repairs nothing, and fills in what the file left out.
  const repairs: Array<{ path: string; problem: string }> = [];
  const prefs = sanitizePrefs(raw, repairs);
  const { version: _v, ...sites } = sanitizeSitesState({ sites: raw.sites ?? {}, userSites: [] }, repairs);
  const userSites = Array.isArray(raw.userSites) ? [...new Set((raw.userSites as string[]).map(normalizeHost))] : [];
  return { ok: true, file: { settings: { ...prefs, ...sites, userSites }, userSites, dictionary } };
}

/**
 * The change that makes the stored settings those of `file` (or the defaults, for a reset): whole values per
 * setting, in one settings/apply, so no part of the old settings survives under it. The sites the reader added go
 * through site/enable and site/disable (their permissions), not here.
 */
export function replaceOps(settings: Settings = defaultSettings()): SettingsOp[] {
  return TRANSFERRED_KEYS.map((key) => ({ path: [key], value: structuredClone(settings[key]) }));
}
