// Finds "the article" on a live page, in three layers: a site adapter chosen by host, then a platform
// adapter recognised by its markup, then Readability. Every feature (text size, acronyms, summary,
// read-aloud) works on the result, so a wrong guess reads menus aloud: when in doubt, return null.

import { applicableAdapters } from './adapters';
import { detectWithReadability } from './generic';
import { isListingUrl } from './urls';
import { readMetadata } from './metadata';
import { drainSteps } from './blocks';
import { MIN_ADAPTER_BODY_CHARS, MIN_ADAPTER_PARAGRAPHS, buildModelSteps } from './model';
import { findRoot } from './parts';
import type { ArticleModel, DetectOptions } from './types';

export { applicableAdapters } from './adapters';

/**
 * The article of `doc`, or null for pages without one (home, list and search pages). All elements in
 * the model are live nodes of `doc`. Pass `sites` (src/sites) for the adapter layers; without it only
 * the generic layer runs.
 */
export function detectArticle(doc: Document, options: DetectOptions = {}): ArticleModel | null {
  return drainSteps(detectArticleSteps(doc, options));
}

/**
 * detectArticle in steps, for a caller that spreads a huge page over several tasks: the walks of the body yield
 * every WALK_STEP_NODES nodes (the generic layer, Readability, is one step). The answer is the page's as it was if
 * the page did not change in between; a caller that lets it change checks the model (isArticleConnected) and looks
 * again when it changed.
 */
export function* detectArticleSteps(doc: Document, options: DetectOptions = {}): Generator<void, ArticleModel | null> {
  if (!doc.body) return null;
  const url = options.url ?? doc.URL;
  if (isListingUrl(url)) return null;
  const meta = readMetadata(doc);
  const candidates = applicableAdapters(doc, url, options.sites ?? []);
  for (const { adapter, source } of candidates) {
    const root = findRoot(doc, adapter.selectors.root);
    if (!root) continue;
    const model = yield* buildModelSteps(doc, root, meta, {
      source,
      siteId: adapter.id,
      selectors: adapter.selectors,
      minBodyChars: MIN_ADAPTER_BODY_CHARS,
      minParagraphs: MIN_ADAPTER_PARAGRAPHS,
      requireConfirmedTitle: source === 'platform',
    });
    if (model) return model;
  }
  // A site adapter whose body selector failed (a redesign) still knows where the title and sapo are.
  const siteSelectors = candidates.find((candidate) => candidate.source === 'site')?.adapter.selectors;
  const { root: _unusedRoot, ...hints } = siteSelectors ?? { root: '' };
  yield;
  return detectWithReadability(doc, meta, hints);
}
