// Vietnamese text utilities: normalisation, comparison keys, syllables and sentence splitting.
export { nfc, nfd, foldDiacritics, isCombiningMark, syllables, syllableSpans, MAX_MARKS_PER_BASE } from './normalize';
export type { TokenSpan } from './normalize';
export { foldKey, normalizeTonePlacement, normalizeVietnamese } from './tone';
export { splitSentences } from './sentences';
export type { SentenceSpan } from './sentences';
export { cutBefore, lineRanges, MAX_LINE_CHARS, sentencePieces, sentencesIn } from './sentence-pieces';
export { isVietnameseSyllable, parseSyllable, withTone, MAX_SYLLABLE_LENGTH } from './syllable';
export type { SyllableParts, Tone } from './syllable';
