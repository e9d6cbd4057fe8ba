// The listening step saves the voice and the pace tried only when chosen, and nothing else of the draft.
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../src/shared/settings';
import { WELCOME_STEPS } from '../../../src/welcome/steps';
import { speechText } from '../../../src/core/index';

const listen = WELCOME_STEPS.find((s) => s.id === 'listen')!;

describe('welcome listening step', () => {
  it('comes after the acronyms and before the toolbar', () => {
    expect(WELCOME_STEPS.map((s) => s.id)).toEqual(['size', 'look', 'acronyms', 'listen', 'toolbar']);
  });

  it('saves the voice and the Vietnamese pace, and no look', () => {
    const settings = defaultSettings();
    const draft = { ...settings.siteDefaults, scale: 2, speechVoiceId: 'builtin:vi-VN-x-south', speechRate: 1.2 };
    const after = listen.choose!(settings, draft);
    expect(after.speech).toEqual({ ...settings.speech, voiceId: 'builtin:vi-VN-x-south', rates: { vi: 1.2 } });
    expect(after.siteDefaults).toEqual(settings.siteDefaults);
  });

  it('keeps what the reader did not touch', () => {
    const settings = { ...defaultSettings(), speech: { voiceId: 'Microsoft An', rates: { vi: 0.9, en: 1.3 }, captions: false } };
    expect(listen.choose!(settings, { ...settings.siteDefaults }).speech).toEqual(settings.speech);
    expect(listen.choose!(settings, { ...settings.siteDefaults, speechRate: 1 }).speech.rates).toEqual({ vi: 1, en: 1.3 });
  });

  it('the sample is spoken the Vietnamese way: the acronym in full, the date and the number in words', () => {
    const spoken = speechText('Ngày 27-5, UBND tỉnh đã giải quyết 1.500 hồ sơ trực tuyến.').text;
    expect(spoken).toContain('hai mươi bảy tháng năm');
    expect(spoken).toContain('Ủy ban nhân dân');
    expect(spoken).toContain('một nghìn năm trăm');
  });
});
