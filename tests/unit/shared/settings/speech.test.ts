// Read-aloud's settings slice (`speech`: the chosen voice, a rate per voice language, captions): defaults, repair of
// broken stored values, the 1 → 2 migration, the checks every change passes, and what a page may change.
import { describe, expect, it } from 'vitest';
import { checkSettingsChange } from '../../../../src/background/policy';
import {
  defaultSettings,
  diffSettings,
  migrate,
  sanitizePrefs,
  snapSpeechRate,
  speechRateKey,
  type Repair,
} from '../../../../src/shared/settings';
import { settingsOpProblem } from '../../../../src/shared/settings/check';

describe('speech settings', () => {
  it('defaults: the voice chosen for the reader, no rate of its own, captions read', () => {
    expect(defaultSettings().speech).toEqual({ voiceId: '', rates: {}, captions: true });
  });

  it('migration 1 → 2 writes the slice in, keeping one a newer copy already wrote', () => {
    expect(migrate({ version: 1, summaryLength: 'short' }).value).toEqual({
      version: 2,
      summaryLength: 'short',
      speech: { voiceId: '', rates: {}, captions: true },
    });
    const kept = { voiceId: 'Microsoft An', rates: { vi: 1.2 }, captions: false };
    expect((migrate({ version: 1, speech: kept }).value as { speech: unknown }).speech).toBe(kept);
  });

  it('keeps valid values, snaps rates to the 0.1 grid inside 0.5–2, repairs the rest', () => {
    const repairs: Repair[] = [];
    const prefs = sanitizePrefs({ version: 2, speech: { voiceId: 'vi+klatt', rates: { vi: 1.23, en: 9, 'bad key!': 1, fr: 'x' }, captions: 'no' } }, repairs);
    expect(prefs.speech).toEqual({ voiceId: 'vi+klatt', rates: { vi: 1.2, en: 2 }, captions: true });
    expect(repairs.map((r) => r.path).sort()).toEqual(['speech.captions', 'speech.rates.bad key!', 'speech.rates.fr']);
    expect(sanitizePrefs({ version: 2, speech: 'loud' }, []).speech).toEqual(defaultSettings().speech);
  });

  it('a voice language is its primary subtag', () => {
    expect(speechRateKey('vi-VN-X-SOUTH')).toBe('vi');
    expect(speechRateKey('vi_VN')).toBe('vi');
    expect(speechRateKey('')).toBe('und');
    expect(snapSpeechRate(0.2)).toBe(0.5);
    expect(snapSpeechRate(1.04)).toBe(1);
    expect(snapSpeechRate(Number.NaN)).toBe(1);
  });

  it('every change is checked: known fields, rates on the grid, a short voice id', () => {
    expect(settingsOpProblem({ path: ['speech', 'rates', 'vi'], value: 1.1 })).toBeNull();
    expect(settingsOpProblem({ path: ['speech', 'rates', 'vi'], value: 1.15 })).toMatch(/rate/);
    expect(settingsOpProblem({ path: ['speech', 'rates', 'Vi-VN'], value: 1.1 })).toMatch(/language/);
    expect(settingsOpProblem({ path: ['speech', 'voiceId'], value: 'x'.repeat(201) })).toMatch(/voice/);
    expect(settingsOpProblem({ path: ['speech', 'captions'], value: false })).toBeNull();
    expect(settingsOpProblem({ path: ['speech', 'volume'], value: 1 })).toMatch(/unknown setting/);
    expect(settingsOpProblem({ path: ['speech'], value: { voiceId: '', rates: { vi: 2 }, captions: true } })).toBeNull();
  });

  it('the page’s player may change the voice, a rate and captions, nothing else', () => {
    const settings = defaultSettings();
    const page = { kind: 'page' as const, host: 'kiengiang.gov.vn', tabId: 1, url: 'http://kiengiang.gov.vn/' };
    const after = { ...settings, speech: { ...settings.speech, rates: { vi: 1.1 }, voiceId: 'builtin:vi-VN-x-south' } };
    const ops = diffSettings(settings, after);
    expect(checkSettingsChange(page, ops, settings)).toEqual(ops);
    expect(() => checkSettingsChange(page, [{ path: ['speech'], isDelete: true }], settings)).toThrow(/refused/);
  });
});
