// The settings file (src/shared/settings/transfer.ts): everything out and back in unchanged; a reset and an import
// through the background's own rules; every problem of a file named by line and setting, and nothing taken from it.
import { beforeEach, describe, expect, it } from 'vitest';
import { senders, stub } from '../../browser-stub';
import { applySettingsOps, defaultSettings, loadSettings, type Settings } from '../../../../src/shared/settings';
import { checkSettingsOps } from '../../../../src/shared/settings/check';
import { SETTINGS_FILE_FORMAT, parseSettingsFile, replaceOps, settingsFileName, toSettingsFile } from '../../../../src/shared/settings/transfer';
import type { UserAcronym } from '../../../../src/core/index';

const AT = new Date('2026-05-28T08:34:00Z');

function richSettings(): Settings {
  const settings = defaultSettings();
  settings.features.summary = false;
  settings.toolbar = { collapsed: true, side: 'left' };
  settings.siteDefaults = { ...settings.siteDefaults, scale: 1.5, theme: 'sepia', font: 'legible', lineHeight: 1.5, letterSpacing: 0.12, wordSpacing: 0.16, paragraphSpacing: 2 };
  settings.summaryLength = 'short';
  settings.acronyms = { isUnderlined: false, openOn: 'click' };
  settings.sites = {
    'kiengiang.gov.vn': { scale: 2, maxLineLength: 70, features: { acronyms: false } },
    'qdnd.vn': { enabled: false },
    'tintuc.example.com': { scale: 1.3 },
  };
  settings.userSites = ['tintuc.example.com'];
  return settings;
}

const DICTIONARY: UserAcronym[] = [
  { short: 'BCĐ', long: 'Ban Chỉ đạo', note: 'ở Sở Nội vụ' },
  { short: 'KT-XH', long: 'kinh tế - xã hội' },
];

beforeEach(() => stub.reset());

describe('settings file', () => {
  it('takes everything out and back in unchanged', () => {
    const settings = richSettings();
    const text = toSettingsFile(settings, DICTIONARY, AT);
    expect(JSON.parse(text)).toMatchObject({ format: SETTINGS_FILE_FORMAT, version: 1, exportedAt: '2026-05-28T08:34:00.000Z' });
    const result = parseSettingsFile(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.file.settings).toEqual(settings);
    expect(result.file.userSites).toEqual(['tintuc.example.com']);
    expect(result.file.dictionary).toEqual(DICTIONARY);
    expect(settingsFileName(AT)).toBe('de-doc-cai-dat-2026-05-28.json');
  });

  it('replaces what is stored: the background accepts the change, and nothing of the old settings survives under it', () => {
    const settings = richSettings();
    const ops = replaceOps(settings);
    expect(checkSettingsOps(ops)).toEqual(ops);
    const before: Settings = { ...defaultSettings(), sites: { 'moit.gov.vn': { scale: 3 } }, userSites: ['tintuc.example.com'] };
    expect(applySettingsOps(before, ops)).toEqual(settings);
    expect(applySettingsOps(settings, replaceOps())).toEqual({ ...defaultSettings(), userSites: ['tintuc.example.com'] });
  });

  it('export, reset, import through the background gives the same settings', async () => {
    const send = (ops: unknown) => stub.dispatch({ type: 'settings/apply', payload: { ops } }, senders.options());
    await import('../../../../src/background/index');
    const settings = { ...richSettings(), userSites: [] };
    await send(replaceOps(settings));
    const exported = toSettingsFile((await loadSettings()).settings, DICTIONARY, AT);
    await send(replaceOps());
    expect((await loadSettings()).settings).toEqual(defaultSettings());
    const result = parseSettingsFile(exported);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    await send(replaceOps(result.file.settings));
    expect((await loadSettings()).settings).toEqual(settings);
  });

  it('a file from before a setting existed gets that setting’s default', () => {
    const result = parseSettingsFile(JSON.stringify({ format: SETTINGS_FILE_FORMAT, version: 1, settings: { version: 1, siteDefaults: { scale: 1.3 } } }));
    expect(result.ok && result.file.settings).toEqual({ ...defaultSettings(), siteDefaults: { ...defaultSettings().siteDefaults, scale: 1.3 } });
    expect(result.ok && result.file.dictionary).toEqual([]);
  });

  it('names each problem by line and setting, and gives nothing', () => {
    const text = `{
  "format": "de-doc-settings",
  "version": 1,
  "settings": {
    "version": 1,
    "siteDefaults": { "scale": 1.55, "theme": "neon" },
    "colour": "red",
    "sites": {
      "kiengiang.gov.vn": { "scale": 2, "features": { "acronyms": "no" } },
      "bad host!": { "scale": 2 }
    },
    "acronyms": { "openOn": "always" }
  },
  "dictionary": { "entries": [
    { "short": "UBND", "long": "Ủy ban nhân dân" },
    { "short": "", "long": "không có gì" }
  ] }
}`;
    const result = parseSettingsFile(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.line, e.path.join('.'), e.problem])).toEqual([
      [6, 'siteDefaults.scale', 'invalid-value'],
      [6, 'siteDefaults.theme', 'invalid-value'],
      [4, 'colour', 'unknown-setting'],
      [9, 'sites.kiengiang.gov.vn.features.acronyms', 'invalid-value'],
      [10, 'sites.bad host!', 'not-host'],
      [12, 'acronyms.openOn', 'invalid-value'],
      [16, 'dictionary', 'dictionary'],
    ].sort((a, b) => (a[0] as number) - (b[0] as number)));
    expect(result.errors.find((e) => e.path.join('.') === 'dictionary')?.detail).toBe('short-missing');
  });

  it('says what is wrong with a file that is not one', () => {
    const problems = (text: string) => {
      const result = parseSettingsFile(text);
      return result.ok ? [] : result.errors.map((e) => [e.line, e.problem, e.detail]);
    };
    expect(problems('{ "format": "de-doc-settings", ')).toEqual([[1, 'json-syntax', '"']]);
    expect(problems('[1, 2]')).toEqual([[1, 'not-settings-file', undefined]]);
    expect(problems(JSON.stringify({ format: 'de-doc-acronyms', version: 1, entries: [] }))).toEqual([[1, 'not-settings-file', undefined]]);
    expect(problems(JSON.stringify({ format: SETTINGS_FILE_FORMAT, version: 2, settings: {} }))).toEqual([[1, 'newer-file', '2']]);
    expect(problems(JSON.stringify({ format: SETTINGS_FILE_FORMAT, version: 1, settings: { version: 9 } }))).toEqual([[1, 'newer-file', '1']]);
    expect(problems(JSON.stringify({ format: SETTINGS_FILE_FORMAT, version: 1, settings: { userSites: ['ok.example', 'not a host'] } }))).toEqual([[1, 'not-host', '"not a host"']]);
  });
});
