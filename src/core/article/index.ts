// Article detection: which part of a live page is "the article", as blocks every feature works on.
// Fixtures: tests/fixtures/pages/* (walked by tests/unit/article/fixtures.test.ts).
export { detectArticle, detectArticleSteps, applicableAdapters } from './detect';
export { mayHoldArticle } from './probe';
export { articleText, isSameArticle, isArticleConnected, ARTICLE_TEXT_KINDS } from './compare';
export { hostMatches, hostOfUrl, isValidHostPattern } from './urls';
export { isValidSelector } from './dom';
export { normalizeText, stripDateline } from './text';
export type {
  ArticleModel,
  ArticleSource,
  Block,
  BlockKind,
  DetectOptions,
  SelectorSpec,
  SiteAdapter,
  SiteSelectors,
} from './types';
export { findInText, mapBlockText, mapText, rangeOfText } from './text-map';
export type { TextMap, TextOrigin } from './text-map';
