// Which site and platform adapters apply to a page: shared by the full detection (detect.ts) and the cheap check
// that decides whether the full detection is worth loading at all (probe.ts).

import { queryFirst } from './dom';
import { hostMatches, hostOfUrl, hostSpecificity } from './urls';
import type { SiteAdapter } from './types';

export interface Candidate {
  adapter: SiteAdapter;
  source: 'site' | 'platform';
}

/**
 * The adapters that apply to this page, in the order to try them: site adapters whose host matches
 * (most specific pattern first), then platform adapters whose `detect` selector is present (higher
 * priority first, then list order).
 */
export function applicableAdapters(doc: Document, url: string, sites: readonly SiteAdapter[]): Candidate[] {
  const host = hostOfUrl(url) ?? '';
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

