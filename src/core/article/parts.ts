// The parts of an article around its body: root, title, sapo, date line and author. Site selectors
// first; otherwise matched against what the page's metadata says, in the short stretch of the page
// between the title and the body.

import { AUTHOR_MAX_CHARS } from './boilerplate';
import { isBlockLevel } from './blocks';
import { ELEMENT_NODE, hasAncestor, isHiddenElement, isSkippedTag, queryAll, queryBySpec, selectorList } from './dom';
import type { PageMetadata } from './metadata';
import { collectText, comparableText, stripDateline, textSimilarity } from './text';
import type { SelectorSpec } from './types';

/** Titles are one line; a longer "title" candidate is a paragraph or a whole header. */
export const TITLE_MAX_CHARS = 400;
/** The shortest plausible article title ("Tết 2026" is a tag, not a title). */
export const TITLE_MIN_CHARS = 8;
/**
 * How close (word-set Dice) a heading must be to a metadata title to be the title. og:title often
 * rewords the h1 slightly: nld.com.vn's "…quy định thuế mới" vs "…quy định mới về thuế" scores 0.9.
 */
export const TITLE_MIN_SIMILARITY = 0.6;
/** Elements looked at between the title and the body for sapo, date and byline: headers are small. */
export const HEAD_SCAN_MAX_ELEMENTS = 400;
/** A sapo is one paragraph; anything longer is the body or a wrapper around it. */
export const SAPO_MAX_CHARS = 1200;
/** A shorter "summary" block is a label or a date, not a sapo. */
export const SAPO_MIN_CHARS = 40;
/** Meta descriptions are often cut: matching the first this-many comparable characters is enough. */
export const DESCRIPTION_PREFIX_CHARS = 80;
/** A date line ("Thứ bảy, 07/03/2026 - 08:07", "(08:34 | 28/05/2019)") is short. */
export const DATELINE_MAX_CHARS = 80;
/** Elements after the body searched for a byline ("NHẬT XUÂN - NGHI VŨ" under tuoitre.vn's body). */
export const AUTHOR_SCAN_AFTER_BODY = 40;
/** Author elements from site selectors can hold "Tác giả: " and a name or two, not more. */
export const AUTHOR_ELEMENT_MAX_CHARS = 100;

const SAPO_CLASS = /sapo|lead|summary|description|desc\b|intro|tom-?tat|chapeau|excerpt|abstract/i;
/** "image-desc", "photo-desc", "pic-summary": a photo's caption, which the sapo class words would match too
 *  (the demo portal's caption cell is td.image-desc). */
const CAPTION_CLASS = /image|img|photo|pic|caption|figure|anh\b|hinh/i;
const DATE_PATTERN = /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/;
/** Containers that never hold the article: a root candidate inside them is page chrome. */
const CHROME_ANCESTOR = /(?:^|[\s_-])(?:footer|header|menu|nav)(?:$|[\s_-])/i;
/**
 * Titles do sit in "article-header"s (OneCMS, SharePoint layouts), so for them only footers, menus and
 * navigation count as chrome; a logo in the site header is ruled out by its text instead.
 */
const TITLE_CHROME_ANCESTOR = /(?:^|[\s_-])(?:footer|menu|nav)(?:$|[\s_-])/i;

export interface FoundPart {
  element: Element;
  text: string;
}

export interface FoundTitle extends FoundPart {
  /** Found by a site selector or matching the page's metadata, not merely by position. */
  confirmed: boolean;
}

function firstWithText(candidates: Element[], maxChars: number): FoundPart | null {
  for (const element of candidates) {
    if (isHiddenElement(element)) continue;
    const text = collectText(element);
    if (text && text.length <= maxChars) return { element, text };
  }
  return null;
}

function hasChromeAncestor(el: Element, tags: readonly string[], pattern: RegExp): boolean {
  return hasAncestor(el.parentElement ?? el, (node) => {
    if (tags.includes(node.localName)) return true;
    return pattern.test(`${node.id} ${node.getAttribute('class') ?? ''}`);
  });
}

function isInPageChrome(el: Element): boolean {
  return hasChromeAncestor(el, ['footer', 'nav', 'header'], CHROME_ANCESTOR);
}

function isInTitleChrome(el: Element): boolean {
  return hasChromeAncestor(el, ['footer', 'nav'], TITLE_CHROME_ANCESTOR);
}

/**
 * The body element for a root selector spec: the first spec entry with a match wins; among its
 * matches the one with the most text (a page can carry an empty popup copy of the body, or a short
 * rich-text field in the footer). textContent is read once per candidate, and there are few.
 */
export function findRoot(doc: Document, spec: SelectorSpec): Element | null {
  for (const selector of selectorList(spec)) {
    let best: Element | null = null;
    let bestLength = 0;
    for (const el of queryAll(doc, selector)) {
      if (isHiddenElement(el) || isInPageChrome(el)) continue;
      const length = (el.textContent ?? '').length;
      if (length > bestLength) {
        best = el;
        bestLength = length;
      }
    }
    if (best) return best;
  }
  return null;
}

/** Elements in document order after `start` (not inside it), up to `stopAt` (excluded) or `limit` elements. */
export function elementsAfter(start: Element, stopAt: Element | null, limit: number): Element[] {
  const out: Element[] = [];
  let node: Element | null = nextSkippingSubtree(start);
  while (node && out.length < limit) {
    if (node === stopAt) break;
    out.push(node);
    node = isSkippedTag(node) ? nextSkippingSubtree(node) : nextInOrder(node);
  }
  return out;
}

/** Elements in document order from `first` (included), at most `limit`. */
function elementsFrom(first: Element | null, limit: number): Element[] {
  const out: Element[] = [];
  for (let node = first; node && out.length < limit; node = isSkippedTag(node) ? nextSkippingSubtree(node) : nextInOrder(node)) {
    out.push(node);
  }
  return out;
}

function nextInOrder(el: Element): Element | null {
  return el.firstElementChild ?? nextSkippingSubtree(el);
}

function nextSkippingSubtree(el: Element): Element | null {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.nextElementSibling) return node.nextElementSibling;
  }
  return null;
}

/** Where the article's header starts when the title is unknown: a couple of levels above the body. */
function headStart(root: Element): Element {
  const parent = root.parentElement;
  return parent?.parentElement?.firstElementChild ?? parent?.firstElementChild ?? root;
}

/**
 * The stretch between the title (or the top of the body's section) and the body, plus the body's
 * opening elements: where sapo, date line and byline sit.
 */
export function headRegion(root: Element, title: Element | null): Element[] {
  const opening = HEAD_SCAN_MAX_ELEMENTS / 4;
  if (title && root.contains(title)) {
    // The header is inside the body element (OneCMS): the title's followers up to the first paragraphs.
    return elementsAfter(title, null, opening).filter((el) => root.contains(el));
  }
  const start = title ?? headStart(root);
  const before = start === root || start.contains(root) ? [] : elementsAfter(start, root, HEAD_SCAN_MAX_ELEMENTS);
  if (!title && start !== root && !start.contains(root)) before.unshift(start);
  const inside: Element[] = [];
  for (let node = root.firstElementChild; node && inside.length < opening; node = nextInOrder(node)) {
    if (!root.contains(node)) break;
    inside.push(node);
  }
  return [...before.filter((el) => !el.contains(root)), ...inside];
}

/**
 * Portal names ("Cổng thông tin điện tử tỉnh Kiên Giang") head every page of a portal and often fill its
 * <title> on the home page: never an article title.
 */
const PORTAL_NAME = /^(?:cổng|trang) thông tin điện tử(?:\s|$)/i;

export function findTitle(
  doc: Document,
  spec: SelectorSpec | undefined,
  root: Element,
  meta: PageMetadata,
): FoundTitle | null {
  const bySelector = firstWithText(queryBySpec(doc, spec), TITLE_MAX_CHARS);
  if (bySelector) return { ...bySelector, confirmed: true };

  const siteNames = new Set(meta.siteNames.map(comparableText));
  let best: FoundTitle | null = null;
  let bestScore = 0;
  const consider = (el: Element, bonus: number): void => {
    if (isHiddenElement(el) || hasAncestor(el, (node) => node.localName === 'a')) return;
    if (el.contains(root) || isInTitleChrome(el)) return;
    const text = collectText(el);
    if (text.length < TITLE_MIN_CHARS || text.length > TITLE_MAX_CHARS) return;
    if (PORTAL_NAME.test(text) || siteNames.has(comparableText(text))) return;
    let similarity = 0;
    for (const title of meta.titles) similarity = Math.max(similarity, textSimilarity(text, title));
    if (similarity < TITLE_MIN_SIMILARITY) return;
    const score = similarity + bonus;
    if (score > bestScore) {
      best = { element: el, text, confirmed: true };
      bestScore = score;
    }
  };
  // h1 is the usual title; portals that keep h1 for their logo put the title in h2 or a "title" div.
  for (const el of queryAll(doc, 'h1')) consider(el, 0.2);
  for (const el of queryAll(doc, 'h2, h3')) consider(el, 0.1);
  if (!best) {
    for (const el of queryAll(doc, '[class*="title" i], [id*="title" i]')) {
      if (!hasBlockChild(el)) consider(el, 0);
    }
  }
  if (best) return best;

  // No metadata to go by: the heading right before the body, or the one opening it.
  const region = headRegion(root, null);
  for (let i = region.length - 1; i >= 0; i--) {
    const el = region[i]!;
    if ((el.localName === 'h1' || el.localName === 'h2') && !root.contains(el)) {
      const text = collectText(el);
      if (text.length >= TITLE_MIN_CHARS && text.length <= TITLE_MAX_CHARS) return { element: el, text, confirmed: false };
    }
  }
  const opening = root.querySelector('h1');
  if (opening) {
    const text = collectText(opening);
    if (text.length >= TITLE_MIN_CHARS && text.length <= TITLE_MAX_CHARS) return { element: opening, text, confirmed: false };
  }
  return null;
}

function hasBlockChild(el: Element): boolean {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (isBlockLevel(child)) return true;
  }
  return false;
}

export function findSapo(
  doc: Document,
  spec: SelectorSpec | undefined,
  region: readonly Element[],
  meta: PageMetadata,
  title: Element | null,
): FoundPart | null {
  const bySelector = firstWithText(queryBySpec(doc, spec), SAPO_MAX_CHARS);
  if (bySelector) return bySelector;

  const descriptions = meta.descriptions
    .map((d) => comparableText(stripDateline(d)))
    .filter((d) => d.length >= SAPO_MIN_CHARS);
  let best: FoundPart | null = null;
  let byClass: FoundPart | null = null;
  for (const el of region) {
    if (el.nodeType !== ELEMENT_NODE || isSkippedTag(el) || isHiddenElement(el)) continue;
    if (title && (title.contains(el) || el.contains(title))) continue;
    const raw = el.textContent ?? '';
    if (raw.length > SAPO_MAX_CHARS * 2) continue;
    const text = collectText(el);
    if (text.length < SAPO_MIN_CHARS || text.length > SAPO_MAX_CHARS) continue;
    const comparable = comparableText(stripDateline(text));
    if (descriptions.some((d) => matchesDescription(comparable, d))) {
      // The region is in document order, so a later match inside the current one is the innermost
      // element carrying the text (the <p> rather than its wrapper div).
      if (!best || best.element.contains(el)) best = { element: el, text };
      continue;
    }
    const names = `${el.getAttribute('class') ?? ''} ${el.id}`;
    const isCaption = CAPTION_CLASS.test(names) || el.closest('figure, figcaption') !== null;
    if (!byClass && !isCaption && SAPO_CLASS.test(names)) byClass = { element: el, text };
  }
  return best ?? byClass;
}

function matchesDescription(text: string, description: string): boolean {
  if (text === description) return true;
  const prefix = Math.min(DESCRIPTION_PREFIX_CHARS, description.length, text.length);
  if (prefix < SAPO_MIN_CHARS) return false;
  return text.slice(0, prefix) === description.slice(0, prefix);
}

export function findDate(
  doc: Document,
  spec: SelectorSpec | undefined,
  region: readonly Element[],
  root: Element,
  taken: ReadonlySet<Element>,
): FoundPart | null {
  const bySelector = firstWithText(queryBySpec(doc, spec), DATELINE_MAX_CHARS);
  if (bySelector) return bySelector;
  // The region ends in the body's first elements: a date line opening the body counts, a sentence
  // mentioning a date does not (it ends with a full stop).
  // Region order is document order: a later match inside the current one is the tighter element
  // ("08/01/2026 10:02" rather than "MAI QUẾ • 08/01/2026 10:02").
  let best: FoundPart | null = null;
  for (const el of region) {
    if (best && !best.element.contains(el)) break;
    if (el === root || isSkippedTag(el) || isHiddenElement(el) || hasBlockChild(el)) continue;
    if (Array.from(taken).some((part) => part.contains(el) || el.contains(part))) continue;
    const raw = el.textContent ?? '';
    if (raw.length > DATELINE_MAX_CHARS * 4 || !DATE_PATTERN.test(raw)) continue;
    const text = collectText(el);
    if (text.length <= DATELINE_MAX_CHARS && DATE_PATTERN.test(text) && !/[.;]$/.test(text)) best = { element: el, text };
  }
  return best;
}

export function findAuthor(
  doc: Document,
  spec: SelectorSpec | undefined,
  region: readonly Element[],
  root: Element,
  names: readonly string[],
  taken: ReadonlySet<Element>,
  /** Elements already read as body blocks: a name inside one is part of its text. */
  avoid: readonly Element[] = [],
): FoundPart | null {
  const bySelector = firstWithText(queryBySpec(doc, spec), AUTHOR_ELEMENT_MAX_CHARS);
  if (bySelector) return bySelector;
  const wanted = new Set(names.map(comparableText).filter(Boolean));
  if (wanted.size === 0) return null;
  // The byline sits near the title (the head region, which ends in the body's opening elements) or
  // right after the body.
  const after = elementsFrom(nextSkippingSubtree(root), AUTHOR_SCAN_AFTER_BODY);
  for (const el of [...region, ...after]) {
    if (el === root || isSkippedTag(el) || isHiddenElement(el)) continue;
    if (avoid.some((block) => block.contains(el))) continue;
    if (Array.from(taken).some((part) => part.contains(el) || el.contains(part))) continue;
    const raw = el.textContent ?? '';
    if (raw.length > AUTHOR_MAX_CHARS * 3) continue;
    const text = collectText(el);
    if (text && wanted.has(comparableText(text))) return { element: el, text };
  }
  return null;
}
