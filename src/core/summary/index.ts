// Summaries and key facts of an article's text.
export { summarize, DEFAULT_MAX_SENTENCES, DEFAULT_MAX_SYLLABLES } from './summarize';
export type { SummarizeOptions } from './summarize';
export { rougeTokens, rougeN, rougeL, lcsLength, cutTokens } from './rouge';
export type { RougeScore } from './rouge';
