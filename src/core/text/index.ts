// Vietnamese text utilities: normalisation, syllables and sentence splitting.
export { nfc, foldDiacritics, syllables, syllableSpans } from './normalize';
export type { TokenSpan } from './normalize';
export { splitSentences } from './sentences';
export type { SentenceSpan } from './sentences';
