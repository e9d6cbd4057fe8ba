// Summaries and key facts of an article's text.
export { summarize, summaryPreparation, summarizePrepared, DEFAULT_MAX_SENTENCES, DEFAULT_MAX_SYLLABLES, FILL_MARGIN, MAX_FILL_DISTANCE } from './summarize';
export type { PreparedSummary, SummarizeOptions } from './summarize';
export { extractKeyFacts, keyFactsSteps, normaliseVietnamese, warmUpKeyFacts } from './facts';
export type {
  KeyFacts,
  KeyFactOptions,
  Span,
  WhenFact,
  WhereFact,
  PersonFact,
  OrganisationFact,
  FigureFact,
} from './facts';
export { rougeTokens, rougeN, rougeL, lcsLength, cutTokens } from './rouge';
export type { RougeScore } from './rouge';
export { textRank } from './textrank';
