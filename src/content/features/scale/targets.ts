// Which elements of the page grow: the article's outermost parts, marked with data-dedoc-scale-target (the CSS of
// packaged scale/page.css keys on it). Pages that show it: the demo kiengiang.gov.vn article (root inside an
// inline SharePoint field, title and date line outside it) and the fixtures (tests/unit/content/features/scale/targets.test.ts).
//
// Before the first paint scale/early/mark.js (early-mark.ts) has already marked what the site data found while the page
// was parsed. Here the full detection (the ArticleModel) takes over: parts that an early mark already covers keep
// it, so nothing that is drawn changes size when the content script starts; marks on anything else go.
import type { ArticleModel } from '../../../core/index';
import { TARGET_ATTRIBUTE } from '../../../shared/settings/scale';

/** An early mark that covers an article part is kept unless it holds much more than the article: a page
 *  wrapper found by a loose selector must not make the whole page grow. */
const MAX_COVER_TEXT_RATIO = 1.25;
const MAX_COVER_EXTRA_CHARS = 300;
/** Phrasing elements, for a DOM that computes no display (the unit tests' happy-dom). */
const INLINE_TAGS = new Set(['a', 'abbr', 'b', 'cite', 'em', 'font', 'i', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u']);

function textLength(element: Element): number {
  return (element.textContent ?? '').replace(/\s+/g, '').length;
}

/** The outermost elements of a list: those not inside another one of the list. */
export function outermost(elements: readonly Element[]): Element[] {
  const unique = [...new Set(elements)];
  return unique.filter((element) => !unique.some((other) => other !== element && other.contains(element)));
}

/**
 * An inline part (a <span> date, SharePoint's display:inline rich-text field) takes the place of its parent
 * block when that parent holds nothing else: a theme's background and a width limit need a block box.
 */
function blockOf(element: Element, view: Window): Element {
  let current = element;
  for (;;) {
    const computed = view.getComputedStyle(current).display;
    const display = computed || (INLINE_TAGS.has(current.localName) ? 'inline' : 'block');
    if (!display.startsWith('inline') && display !== 'contents') return current;
    const parent = current.parentElement;
    if (!parent || parent === current.ownerDocument.body || parent === current.ownerDocument.documentElement) return current;
    if (textLength(parent) > textLength(current)) return current;
    current = parent;
  }
}

/** The article's parts that must grow together: its root, and every block of it outside the root. */
export function articleParts(model: ArticleModel, view: Window): Element[] {
  const outside = model.blocks.map((block) => block.element).filter((element) => !model.root.contains(element));
  return outermost([model.root, ...outside].map((element) => blockOf(element, view)));
}

/**
 * The targets for a model: each part, or the early mark that already covers it (when it is not much more).
 * Without a model there is no article to grow: the detection is the judge, and marks the site data made while
 * the page was parsed go (on a list page they fall on its first item: dienbien.gov.vn--list-no-article).
 */
export function computeTargets(model: ArticleModel | null, doc: Document): Element[] {
  const view = doc.defaultView;
  if (!model || !view || !model.root.isConnected) return [];
  const early = [...doc.querySelectorAll(`[${TARGET_ATTRIBUTE}]`)];
  const parts = articleParts(model, view);
  const articleChars = parts.reduce((sum, part) => sum + textLength(part), 0);
  const targets = parts.map((part) => {
    const cover = early.find((mark) => mark !== part && mark.contains(part));
    if (!cover) return part;
    const isSmall = textLength(cover) <= articleChars * MAX_COVER_TEXT_RATIO + MAX_COVER_EXTRA_CHARS;
    return isSmall ? cover : part;
  });
  // Document order: the same page gives the same marks in the same order.
  return outermost(targets).sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
}

/** Marks exactly `targets` in the document (adds what is missing, removes every other mark). */
export function markTargets(doc: Document, targets: readonly Element[]): void {
  const wanted = new Set(targets);
  for (const element of doc.querySelectorAll(`[${TARGET_ATTRIBUTE}]`)) {
    if (!wanted.has(element)) element.removeAttribute(TARGET_ATTRIBUTE);
  }
  for (const element of wanted) {
    if (!element.hasAttribute(TARGET_ATTRIBUTE)) element.setAttribute(TARGET_ATTRIBUTE, '');
  }
}
