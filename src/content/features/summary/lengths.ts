// What "short", "medium" and "long" mean for summarize(). The budget is in syllables (the unit the summarizer and
// its ROUGE evaluation count); the last sentence may run past it, so a summary is never cut mid-sentence.
import type { SummaryLength } from '../../../shared/settings';

export interface LengthBudget {
  maxSyllables: number;
  maxSentences: number;
}

export const LENGTH_BUDGETS: Readonly<Record<SummaryLength, LengthBudget>> = {
  // About a newsroom sapo (the summarizer's default is 37 syllables, the dev-set median sapo): one quick read.
  short: { maxSyllables: 40, maxSentences: 2 },
  // Two or three sentences: what was decided and the main figures.
  medium: { maxSyllables: 90, maxSentences: 4 },
  // A fuller outline for a long administrative article; still a fraction of it.
  long: { maxSyllables: 180, maxSentences: 7 },
};

/** Text summarised once, unseen, to compile the summarizer before the real call (see the feature's idle steps). */
export const WARM_UP_CHARS = 600;
