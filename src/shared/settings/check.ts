// What a settings change may say, whoever sends it: a path this version knows, and a value exactly as this version
// stores it (right type, on its grid, no unknown keys). Pure. The background runs every settings/apply through it
// before its per-sender rules (src/background/policy.ts), so no sender can write a made-up key or a value that
// would need repairing on the next read.
import { isHostName } from '../hosts';
import { isValidPath, type SettingsOp } from './ops';
import {
  ACRONYM_FIELDS,
  COMFORT_RANGES,
  FEATURE_IDS,
  FONT_CHOICES,
  MAX_SPEECH_RATES,
  MAX_VOICE_ID,
  SITE_FIELDS,
  SPEECH_FIELDS,
  SUMMARY_LENGTHS,
  THEMES,
  TOOLBAR_FIELDS,
  TOOLTIP_OPENINGS,
  clampScale,
  isKnownPath,
  isSpeechRate,
  isSpeechRateKey,
  snapComfort,
  type ComfortNumber,
} from './schema';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The fields of one entry of `sites`: a site's values and its own feature switches. */
const SITE_ENTRY_FIELDS: ReadonlySet<string> = new Set([...SITE_FIELDS, 'features']);

function booleanProblem(_field: string, value: unknown): string | null {
  return typeof value === 'boolean' ? null : 'expected true/false';
}

/** Why a value cannot be stored as one field of a site's settings, or null. */
function siteFieldProblem(field: string, value: unknown): string | null {
  switch (field) {
    case 'enabled':
    case 'scaleWholePage':
      return typeof value === 'boolean' ? null : 'expected true/false';
    case 'scale':
      return typeof value === 'number' && Number.isFinite(value) && clampScale(value) === value ? null : 'expected a size step of 1…3';
    case 'font':
      return (FONT_CHOICES as readonly unknown[]).includes(value) ? null : `expected ${FONT_CHOICES.join(' / ')}`;
    case 'theme':
      return (THEMES as readonly unknown[]).includes(value) ? null : `expected ${THEMES.join(' / ')}`;
    default:
      if (field in COMFORT_RANGES) {
        const key = field as ComfortNumber;
        return typeof value === 'number' && Number.isFinite(value) && snapComfort(key, value) === value ? null : `expected 0 or a step of ${key}`;
      }
      return 'not a setting';
  }
}

function recordProblem(value: unknown, fields: ReadonlySet<string>, check: (field: string, value: unknown) => string | null): string | null {
  if (!isRecord(value)) return 'expected an object';
  for (const [field, fieldValue] of Object.entries(value)) {
    if (!fields.has(field)) return `unknown field ${JSON.stringify(field.slice(0, 40))}`;
    const problem = check(field, fieldValue);
    if (problem) return `${field}: ${problem}`;
  }
  return null;
}

/** Why a value cannot be the defaults of every site (all of them, or some fields), or null. */
function siteProblem(value: unknown): string | null {
  return recordProblem(value, SITE_FIELDS, siteFieldProblem);
}

/** Why a value cannot be a field of one entry of `sites`: a site field, or its feature switches. */
function siteEntryFieldProblem(field: string, value: unknown): string | null {
  return field === 'features' ? recordProblem(value, FEATURE_IDS, booleanProblem) : siteFieldProblem(field, value);
}

/** Why a value cannot be one entry of `sites` (all of it, or some fields of it), or null. */
function siteEntryProblem(value: unknown): string | null {
  return recordProblem(value, SITE_ENTRY_FIELDS, siteEntryFieldProblem);
}

function toolbarFieldProblem(field: string, value: unknown): string | null {
  if (field === 'collapsed') return typeof value === 'boolean' ? null : 'expected true/false';
  return value === 'left' || value === 'right' ? null : 'expected left / right';
}

function acronymFieldProblem(field: string, value: unknown): string | null {
  if (field === 'isUnderlined') return booleanProblem(field, value);
  return (TOOLTIP_OPENINGS as readonly unknown[]).includes(value) ? null : `expected ${TOOLTIP_OPENINGS.join(' / ')}`;
}

function speechFieldProblem(field: string, value: unknown): string | null {
  switch (field) {
    case 'voiceId':
      return typeof value === 'string' && value.length <= MAX_VOICE_ID ? null : 'expected a voice id';
    case 'captions':
      return booleanProblem(field, value);
    case 'rates': {
      if (!isRecord(value)) return 'expected an object';
      const entries = Object.entries(value);
      if (entries.length > MAX_SPEECH_RATES) return `at most ${MAX_SPEECH_RATES} languages`;
      for (const [lang, rate] of entries) {
        const problem = speechRateProblem(lang, rate);
        if (problem) return problem;
      }
      return null;
    }
    default:
      return 'not a setting';
  }
}

function speechRateProblem(lang: string, rate: unknown): string | null {
  if (!isSpeechRateKey(lang)) return 'not a language';
  return isSpeechRate(rate) ? null : 'expected a rate step of 0.5…2';
}

/**
 * Why one change cannot be applied as sent, or null. Deletions only of per-site values (a site back to the
 * defaults); `userSites` changes only through site/enable and site/disable (they grant and revoke permissions).
 */
export function settingsOpProblem(op: unknown): string | null {
  if (!isRecord(op) || !isValidPath(op.path)) return 'not a change';
  const path = op.path;
  if (!isKnownPath(path)) return `unknown setting ${JSON.stringify(path.join('.').slice(0, 80))}`;
  const [head, key, field, sub] = path;
  if (head === 'sites' && key !== undefined && !isHostName(key)) return 'not a host name';
  if (op.isDelete === true) return head === 'sites' && key !== undefined ? null : 'only per-site values can be removed';
  const value = op.value;
  switch (head) {
    case 'version':
      return 'the version is not a setting';
    case 'userSites':
      return 'sites are added and removed with site/enable and site/disable';
    case 'summaryLength':
      return (SUMMARY_LENGTHS as readonly unknown[]).includes(value) ? null : `expected ${SUMMARY_LENGTHS.join(' / ')}`;
    case 'features':
      if (key === undefined) return recordProblem(value, FEATURE_IDS, booleanProblem);
      return booleanProblem(key, value);
    case 'toolbar':
      if (key === undefined) return recordProblem(value, TOOLBAR_FIELDS, toolbarFieldProblem);
      return toolbarFieldProblem(key, value);
    case 'acronyms':
      if (key === undefined) return recordProblem(value, ACRONYM_FIELDS, acronymFieldProblem);
      return acronymFieldProblem(key, value);
    case 'speech':
      if (key === undefined) return recordProblem(value, SPEECH_FIELDS, speechFieldProblem);
      if (field !== undefined) return speechRateProblem(field, value);
      return speechFieldProblem(key, value);
    case 'siteDefaults':
      return key === undefined ? siteProblem(value) : siteFieldProblem(key, value);
    case 'sites':
      if (key === undefined) {
        if (!isRecord(value)) return 'expected an object';
        for (const [host, site] of Object.entries(value)) {
          if (!isHostName(host)) return 'not a host name';
          const problem = siteEntryProblem(site);
          if (problem) return `${host}: ${problem}`;
        }
        return null;
      }
      if (field === undefined) return siteEntryProblem(value);
      return sub === undefined ? siteEntryFieldProblem(field, value) : booleanProblem(sub, value);
    default:
      return `unknown setting ${JSON.stringify(String(head).slice(0, 40))}`;
  }
}

/** The ops, checked one by one: throws "settings change refused: …" on the first that cannot be applied. */
export function checkSettingsOps(ops: unknown): SettingsOp[] {
  if (!Array.isArray(ops)) throw new Error('settings change refused: no list of changes');
  for (const op of ops) {
    const problem = settingsOpProblem(op);
    if (problem) throw new Error(`settings change refused: ${problem}`);
  }
  return ops as SettingsOp[];
}
