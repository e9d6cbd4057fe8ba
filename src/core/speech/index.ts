// Read-aloud, as pure logic: text as it is spoken (with a map back to the page's characters), chunks an engine
// can speak, the engine interface and the choice of voice, word highlights on a clock, and the built-in voice's
// synthesizer (module and data injected).
export { normalizeForSpeech, speechText, acronymResolverFor } from './normalize';
export type { NormalizeOptions } from './normalize';
export { SpeechMap, SpeechBuilder } from './speech-text';
export type { SpeechSegment, SpeechText, SourceRange } from './speech-text';
export { chunkForSpeech } from './chunk';
export type { ChunkOptions, SpeechChunk } from './chunk';
export {
  MAX_CHUNK_SECONDS,
  SPOKEN_CHARS_PER_SECOND,
  estimateSecondsFromLength,
  estimateSourceWords,
  estimateWordTimes,
  spokenWords,
} from './timing';
export type { EstimatedSourceWord, EstimatedWord, SpokenWord } from './timing';
export { BUILTIN_VOICES, chooseVoice, isVietnameseVoice } from './engine';
export type {
  SpeakSettings,
  SpeechEngine,
  SpeechEngineEvent,
  SpeechEngineKind,
  VoiceChoice,
  VoiceChoiceReason,
  VoiceDescriptor,
} from './engine';
export { WordSchedule } from './word-clock';
export type { Clock, TimedWord } from './word-clock';
export { BuiltinSynthesizer, BuiltinVoiceError, ESPEAK_DEFAULT_WPM, engineText } from './builtin-voice';
export type {
  BuiltinAudio,
  BuiltinVoiceName,
  BuiltinWord,
  EspeakEvent,
  EspeakModule,
  EspeakModuleFactory,
  EspeakModuleOptions,
  EspeakWorkerInstance,
  SynthesisResult,
} from './builtin-voice';
