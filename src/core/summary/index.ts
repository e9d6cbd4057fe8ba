// Summaries and key facts of an article's text.
export { summarize, summaryPreparation, summarizePrepared, useSummaryModel, DEFAULT_MAX_SENTENCES, DEFAULT_MAX_SYLLABLES, FILL_MARGIN, MAX_FILL_DISTANCE } from './summarize';
export type { PreparedSummary, SummarizeOptions } from './summarize';
export type { SummaryModel } from './model';
export { extractKeyFacts, keyFactsSteps, warmUpKeyFacts, MAX_FACTS_PER_KIND } from './facts/index';
export { isBodyName } from './facts/organisations';
export type {
  AcronymMeaning,
  KeyFacts,
  KeyFactOptions,
  Span,
  WhenFact,
  WhereFact,
  PersonFact,
  OrganisationFact,
  FigureFact,
} from './facts/index';
export { rougeTokens, rougeN, rougeL, lcsLength, cutTokens } from './rouge';
export type { RougeScore } from './rouge';
export { textRank } from './textrank';
