// The full article detection as the page's article tracker uses it: core's detectArticle with the site data. Not in
// the boot script (it brings Readability and the article model): the article bundle hands it over (bundles/article.ts).
import { detectArticle, detectArticleSteps, isArticleConnected, isSameArticle } from '../core/index';
import { SITES } from '../sites/index';
import type { ArticleDetector } from './runtime';

export const FULL_DETECTION: ArticleDetector = {
  detect: (doc) => detectArticle(doc, { url: doc.URL, sites: [...SITES] }),
  detectSteps: (doc) => detectArticleSteps(doc, { url: doc.URL, sites: [...SITES] }),
  isSame: isSameArticle,
  isConnected: isArticleConnected,
};
