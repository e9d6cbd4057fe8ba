// Finds "the article" on a live page, in three layers: a site adapter chosen by host, then a platform
// adapter recognised by its markup, then Readability. Every feature (text size, acronyms, summary,
// read-aloud) works on the result, so a wrong guess reads menus aloud: when in doubt, return null.

import { detectWithReadability } from './generic';
import { hostMatches, hostSpecificity, hostnameOf, isListingUrl } from './hosts';
import { queryFirst } from './dom';
import { readMetadata } from './metadata';
import { MIN_ADAPTER_BODY_CHARS, MIN_ADAPTER_PARAGRAPHS, buildModel } from './model';
import { findRoot } from './parts';
import type { ArticleModel, DetectOptions, SiteAdapter } from './types';

interface Candidate {
  adapter: SiteAdapter;
  source: 'site' | 'platform';
}

/**
 * The adapters that apply to this page, in the order to try them: site adapters whose host matches
 * (most specific pattern first), then platform adapters whose `detect` selector is present (higher
 * priority first, then list order).
 */
export function applicableAdapters(doc: Document, url: string, sites: readonly SiteAdapter[]): Candidate[] {
  const host = hostnameOf(url);
  const bySite: { adapter: SiteAdapter; specificity: number }[] = [];
  const byPlatform: { adapter: SiteAdapter; index: number }[] = [];
  sites.forEach((adapter, index) => {
    if (adapter.detect && !queryFirst(doc, adapter.detect)) return;
    if (adapter.hosts && adapter.hosts.length > 0) {
      const matching = adapter.hosts.filter((pattern) => hostMatches(pattern, host));
      if (matching.length > 0) bySite.push({ adapter, specificity: Math.max(...matching.map(hostSpecificity)) });
    } else if (adapter.detect) {
      byPlatform.push({ adapter, index });
    }
  });
  bySite.sort((a, b) => b.specificity - a.specificity);
  byPlatform.sort((a, b) => (b.adapter.priority ?? 0) - (a.adapter.priority ?? 0) || a.index - b.index);
  return [
    ...bySite.map(({ adapter }) => ({ adapter, source: 'site' as const })),
    ...byPlatform.map(({ adapter }) => ({ adapter, source: 'platform' as const })),
  ];
}

/**
 * The article of `doc`, or null for pages without one (home, list and search pages). All elements in
 * the model are live nodes of `doc`. Pass `sites` (src/sites) for the adapter layers; without it only
 * the generic layer runs.
 */
export function detectArticle(doc: Document, options: DetectOptions = {}): ArticleModel | null {
  if (!doc.body) return null;
  const url = options.url ?? doc.URL;
  if (isListingUrl(url)) return null;
  const meta = readMetadata(doc);
  const candidates = applicableAdapters(doc, url, options.sites ?? []);
  for (const { adapter, source } of candidates) {
    const root = findRoot(doc, adapter.selectors.root);
    if (!root) continue;
    const model = buildModel(doc, root, meta, {
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
  return detectWithReadability(doc, meta, hints);
}
