// Which voice speaks: the user's choice, else a local Vietnamese browser voice, else the built-in voice.
import { describe, expect, it } from 'vitest';
import { BUILTIN_VOICES, chooseVoice, isVietnameseVoice, type VoiceDescriptor } from '../../../src/core/speech/index';

function voice(id: string, lang: string, extra: Partial<VoiceDescriptor> = {}): VoiceDescriptor {
  return { id, name: id, lang, engine: 'browser', isLocal: true, hasWordBoundaries: false, ...extra };
}

// What Linux speech-dispatcher offers (RECIPES): an Afrikaans default, Vietnamese only as vi and two regional tags.
const LINUX = [
  voice('Afrikaans', 'af', { isDefault: true }),
  voice('English', 'en-GB'),
  voice('Vietnamese (Northern)', 'vi'),
  voice('Vietnamese (Central)', 'vi-VN-X-CENTRAL'),
  voice('Vietnamese (Southern)', 'vi-VN-X-SOUTH'),
];

describe('isVietnameseVoice', () => {
  it.each(['vi', 'vi-VN', 'VI-vn', 'vi_VN', 'vi-VN-X-CENTRAL', 'vi-VN-X-SOUTH'])('%s is Vietnamese', (lang) => {
    expect(isVietnameseVoice({ lang })).toBe(true);
  });
  it.each(['', 'en-US', 'vo', 'vie-x', 'af', 'zh-VN'])('%s is not', (lang) => {
    expect(isVietnameseVoice({ lang })).toBe(false);
  });
});

describe('chooseVoice', () => {
  it('takes the voice the user chose when it is there', () => {
    expect(chooseVoice(LINUX, 'Vietnamese (Southern)')).toEqual({ voice: LINUX[4], reason: 'chosen' });
    expect(chooseVoice(LINUX, 'builtin:vi-VN-x-central')).toEqual({ voice: BUILTIN_VOICES[1], reason: 'chosen' });
  });

  it('falls back when the chosen voice is gone (another computer, voices not loaded yet)', () => {
    expect(chooseVoice(LINUX, 'Microsoft An')).toEqual({ voice: LINUX[2], reason: 'vietnamese' });
  });

  it('picks a Vietnamese voice although none has lang exactly vi-VN and the default is Afrikaans', () => {
    expect(chooseVoice(LINUX, undefined).voice.lang).toBe('vi');
  });

  it('prefers voices with word boundaries, then the standard tag', () => {
    const voices = [
      voice('Southern', 'vi-VN-X-SOUTH', { hasWordBoundaries: true }),
      voice('Plain', 'vi-VN'),
      voice('An', 'vi-VN', { hasWordBoundaries: true }),
    ];
    expect(chooseVoice(voices, undefined).voice.id).toBe('An');
    expect(chooseVoice(voices.slice(0, 2), undefined).voice.id).toBe('Southern');
  });

  it('never picks a network voice on the user’s behalf: the article would leave the device', () => {
    const voices = [voice('HoaiMy Online (Natural)', 'vi-VN', { isLocal: false, hasWordBoundaries: true })];
    expect(chooseVoice(voices, undefined)).toEqual({ voice: BUILTIN_VOICES[0], reason: 'builtin' });
    expect(chooseVoice(voices, 'HoaiMy Online (Natural)').reason).toBe('chosen');
  });

  it('uses the built-in voice where the browser has no Vietnamese voice (headless Chromium has none at all)', () => {
    expect(chooseVoice([], undefined)).toEqual({ voice: BUILTIN_VOICES[0], reason: 'builtin' });
    expect(chooseVoice(LINUX.slice(0, 2), undefined).reason).toBe('builtin');
  });

  it('chooses from a partial list while voices are still arriving', () => {
    expect(chooseVoice(LINUX.slice(0, 1), undefined).reason).toBe('builtin');
    expect(chooseVoice(LINUX.slice(0, 3), undefined).reason).toBe('vietnamese');
  });
});
