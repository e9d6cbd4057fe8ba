// A cheap first look at a page: may it hold an article? The content script's boot asks this on every page, and
// loads the full detection (detect.ts: the adapters' models, Readability) only where the answer is yes. So it must
// be much cheaper than detection, and it must never say no where detectArticle would find an article (a superset):
// a wrong yes costs a few milliseconds of detection on that page, a wrong no would lose the page's article.
// Fixtures: every page of tests/fixtures/pages (tests/unit/article/probe.test.ts checks yes on each article,
// with and without the site data, and no on the list and search pages).

import { applicableAdapters } from './adapters';
import { queryFirst, selectorList } from './dom';
import { isListingUrl } from './urls';
import type { SiteAdapter } from './types';

/**
 * Text of a block that counts as a paragraph: Readability ignores shorter ones (its paragraph minimum is 25
 * characters), so a page made of shorter blocks never gives it an article.
 */
export const PROBE_MIN_BLOCK_CHARS = 25;
/**
 * Non-link text a run of paragraphs needs before the full detection is worth loading: the detection's own
 * minimum for an article found by Readability (MIN_GENERIC_BODY_CHARS in model.ts; a test keeps them equal).
 */
export const PROBE_MIN_TEXT_CHARS = 400;
/** Paragraphs a run needs: the detection's MIN_GENERIC_PARAGRAPHS (one paragraph alone is an intro box). */
export const PROBE_MIN_PARAGRAPHS = 2;
/** A wrapper holding a link with this much text is a teaser (a linked headline): its summary is not article text. */
export const PROBE_TEASER_LINK_CHARS = 20;

/** Elements whose text never is article text. */
const SKIPPED_PARENTS = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'title', 'option', 'select', 'button']);
/** Phrasing elements: their text belongs to the block around them. */
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'em', 'font', 'i', 'kbd', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var']);

/**
 * True when the page may hold an article: not a home or search page, and either a site or platform adapter's
 * article root is present, or some part of the page holds paragraphs of prose (see hasProse). Linear in the page.
 */
export function mayHoldArticle(doc: Document, url: string, sites: readonly SiteAdapter[] = []): boolean {
  const body = doc.body;
  if (!body) return false;
  if (isListingUrl(url)) return false;
  for (const { adapter } of applicableAdapters(doc, url, sites)) {
    if (selectorList(adapter.selectors.root).some((selector) => queryFirst(doc, selector) !== null)) return true;
  }
  return hasProse(doc, body);
}

/**
 * Prose: one block with PROBE_MIN_TEXT_CHARS of its own text (lines separated by <br>), or blocks of at least
 * PROBE_MIN_BLOCK_CHARS that together reach PROBE_MIN_TEXT_CHARS side by side in one parent — or one level further
 * up, for pages that wrap each paragraph in an element of its own, unless the wrapper holds a linked headline (the
 * items of a list page: headline, date, summary). Link text never counts.
 */
function hasProse(doc: Document, body: HTMLElement): boolean {
  const textOf = new Map<Element, number>();
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || SKIPPED_PARENTS.has(parent.localName)) continue;
    const length = (node as Text).data.trim().length;
    if (length === 0) continue;
    let block: Element | null = parent;
    let isLink = false;
    while (block && INLINE.has(block.localName)) {
      if (block.localName === 'a') isLink = true;
      block = block.parentElement;
    }
    if (!block || isLink) continue;
    textOf.set(block, (textOf.get(block) ?? 0) + length);
  }
  const runs = new Map<Element, { chars: number; count: number }>();
  const add = (group: Element, chars: number): boolean => {
    const run = runs.get(group) ?? { chars: 0, count: 0 };
    run.chars += chars;
    run.count += 1;
    runs.set(group, run);
    return run.chars >= PROBE_MIN_TEXT_CHARS && run.count >= PROBE_MIN_PARAGRAPHS;
  };
  const isTeaser = new Map<Element, boolean>();
  const teaser = (wrapper: Element): boolean => {
    let known = isTeaser.get(wrapper);
    if (known === undefined) {
      known = Array.from(wrapper.getElementsByTagName('a')).some((a) => (a.textContent ?? '').trim().length >= PROBE_TEASER_LINK_CHARS);
      isTeaser.set(wrapper, known);
    }
    return known;
  };
  for (const [block, chars] of textOf) {
    if (chars < PROBE_MIN_BLOCK_CHARS) continue;
    if (chars >= PROBE_MIN_TEXT_CHARS) return true;
    const parent = block.parentElement;
    if (!parent) continue;
    if (add(parent, chars)) return true;
    const grandparent = parent.parentElement;
    if (grandparent && parent !== body && !teaser(parent) && add(grandparent, chars)) return true;
  }
  return false;
}
