// The generic fallback: Mozilla Readability on a clone of the page (it rewrites what it reads), mapped
// back to the live page. Before the run every element of the clone gets its index in the live page's
// element list; Readability keeps attributes even when it retags a node, so the elements it returns
// name the live elements they came from.

import { Readability } from '@mozilla/readability';
import { commonAncestor } from './dom';
import type { PageMetadata } from './metadata';
import { MIN_GENERIC_BODY_CHARS, MIN_GENERIC_PARAGRAPHS, buildModel } from './model';
import { normalizeText } from './text';
import type { ArticleModel, SiteSelectors } from './types';

/** Attribute carrying a clone element's index in the live body's element list. Only ever set on the clone. */
const INDEX_ATTRIBUTE = 'data-dedoc-index';

/**
 * Readability gives up on pages with more elements than this and we keep the page responsive:
 * the biggest saved portal page (tuoitre.vn, 500 KB) has about 1,800 elements in its body.
 */
export const READABILITY_MAX_ELEMENTS = 20000;

export function detectWithReadability(
  doc: Document,
  meta: PageMetadata,
  hints: Partial<SiteSelectors> = {},
): ArticleModel | null {
  const body = doc.body;
  if (!body) return null;
  const liveElements = Array.from(body.getElementsByTagName('*'));
  if (liveElements.length > READABILITY_MAX_ELEMENTS) return null;

  const clone = doc.cloneNode(true) as Document;
  const cloneBody = clone.body;
  if (!cloneBody) return null;
  // A static copy: indexing a live HTMLCollection can cost O(n) per access in some DOMs.
  const cloneElements = Array.from(cloneBody.getElementsByTagName('*'));
  if (cloneElements.length !== liveElements.length) return null;
  cloneElements.forEach((el, i) => el.setAttribute(INDEX_ATTRIBUTE, String(i)));

  let result: ReturnType<Readability<Element>['parse']>;
  try {
    result = new Readability<Element>(clone, { serializer: (node) => node as Element }).parse();
  } catch {
    return null;
  }
  const content = result?.content;
  if (!content) return null;

  const kept = new Set<Element>();
  const mapBack = (el: Element): void => {
    const index = el.getAttribute(INDEX_ATTRIBUTE);
    if (index === null) return;
    const live = liveElements[Number(index)];
    if (live) kept.add(live);
  };
  mapBack(content);
  for (const el of Array.from(content.querySelectorAll(`[${INDEX_ATTRIBUTE}]`))) mapBack(el);
  if (kept.size === 0) return null;
  const root = commonAncestor(Array.from(kept));
  if (!root) return null;

  const byline = normalizeText(result?.byline ?? '');
  const titles = normalizeText(result?.title ?? '');
  const enriched: PageMetadata = titles ? { ...meta, titles: [...meta.titles, titles] } : meta;
  return buildModel(doc, root, enriched, {
    source: 'readability',
    selectors: hints,
    kept,
    bylines: byline ? [byline] : [],
    tightenRoot: true,
    minBodyChars: MIN_GENERIC_BODY_CHARS,
    minParagraphs: MIN_GENERIC_PARAGRAPHS,
    requireConfirmedTitle: true,
  });
}
