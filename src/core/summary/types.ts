// Types shared by the summary model's two halves, the start features (sentence-features.ts) and the token model
// (token-model.ts): kept apart so that neither imports the other for a type.

export interface PreparedSentence {
  text: string;
  /** Lowercase syllables, punctuation stripped: the ROUGE tokens. */
  tokens: string[];
  /** The same syllables with their case (aligned with `tokens`), for capital-letter features. */
  cased: string[];
}

/** Looks up a syllable's inverse document frequency. */
export type IdfLookup = (token: string) => number;
