// Voices as the player offers them: Vietnamese voices of the computer (a voice for another language reads
// Vietnamese as gibberish), then the built-in voice's three accents, each named for the reader. A network voice
// says that it sends the text away.
import { isVietnameseVoice, type VoiceDescriptor } from '../core/speech/engine';
import { t } from './i18n';

const BUILTIN_NAMES: Readonly<Record<string, Parameters<typeof t>[0]>> = {
  'builtin:vi': 'speech_voiceBuiltinNorth',
  'builtin:vi-VN-x-central': 'speech_voiceBuiltinCentral',
  'builtin:vi-VN-x-south': 'speech_voiceBuiltinSouth',
};

/** The voices the reader may choose from, in the order shown. */
export function voicesToOffer(voices: readonly VoiceDescriptor[]): VoiceDescriptor[] {
  const browserVoices = voices.filter((v) => v.engine === 'browser' && isVietnameseVoice(v));
  const builtin = voices.filter((v) => v.engine === 'builtin');
  return [...browserVoices, ...builtin];
}

/** The voice's name for the reader. */
export function voiceLabel(voice: VoiceDescriptor): string {
  const builtin = BUILTIN_NAMES[voice.id];
  if (builtin) return t(builtin);
  return voice.isLocal ? voice.name : t('speech_voiceNetwork', voice.name);
}

/** A rate as the reader reads it: one decimal, Vietnamese decimal comma, no ",0" ("1", "1,2", "0,5"). */
export function formatRate(rate: number): string {
  const tenths = Math.round(rate * 10);
  const whole = Math.trunc(tenths / 10);
  const rest = Math.abs(tenths % 10);
  return rest === 0 ? String(whole) : `${whole},${rest}`;
}
