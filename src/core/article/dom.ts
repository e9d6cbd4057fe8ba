// DOM helpers that work on any Document passed in: no window, no instanceof (the page's realm and the
// extension's differ, and tests use happy-dom), node types by number.

import type { SelectorSpec } from './types';

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
/** Node.compareDocumentPosition bits. */
const DOCUMENT_POSITION_PRECEDING = 2;
const DOCUMENT_POSITION_FOLLOWING = 4;

/** What walkDescendants' `enter` answers: walk into this element (true), not (false), or end the walk. */
export type WalkAnswer = boolean | 'stop';

/**
 * Visits the descendants of `root` in document order, without recursion: a page's script can nest elements as deep
 * as it likes, and a recursive walk overflows the stack on 10,000 levels (Firefox: "too much recursion"). `enter`
 * sees each child node (text, element, anything) and answers whether to walk into it; `leave` is called once an
 * entered element's descendants are done. The tree must not change during the walk.
 */
export function walkDescendants(root: Node, enter: (node: Node) => WalkAnswer, leave?: (el: Element) => void): void {
  let node: Node | null = root.firstChild;
  while (node) {
    const answer = enter(node);
    if (answer === 'stop') return;
    if (answer && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    if (answer) leave?.(node as Element);
    // On to the next node: the next sibling, else the next sibling of the nearest ancestor that has one (leaving
    // each ancestor on the way up: only entered elements are ever climbed through).
    while (node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (!node) return;
      if (node !== root) leave?.(node as Element);
    }
    if (node === root) return;
    node = node.nextSibling;
  }
}

/** Elements whose content is never article text. */
const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'video', 'audio',
  'button', 'input', 'select', 'textarea', 'option', 'link', 'meta', 'head', 'title', 'map', 'area',
]);

export function isSkippedTag(el: Element): boolean {
  return SKIPPED_TAGS.has(el.localName);
}

/** Inline styles that hide an element; computed styles are out of reach without window. */
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/**
 * Hidden by markup: the hidden attribute, aria-hidden, or an inline display:none. Pages hide font
 * widgets, mobile duplicates and "read more" boxes this way.
 */
export function isHiddenElement(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

/** querySelectorAll that treats an invalid selector (bad site data) as matching nothing. */
export function queryAll(scope: ParentNode, selector: string): Element[] {
  try {
    return Array.from(scope.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** querySelector that treats an invalid selector as matching nothing. */
export function queryFirst(scope: ParentNode, selector: string): Element | null {
  try {
    return scope.querySelector(selector);
  } catch {
    return null;
  }
}

export function isValidSelector(doc: Document, selector: string): boolean {
  try {
    doc.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

export function matchesSelector(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

export function selectorList(spec: SelectorSpec | undefined): readonly string[] {
  if (spec === undefined) return [];
  return typeof spec === 'string' ? [spec] : spec;
}

/**
 * Candidates for a selector spec, grouped by priority: each entry of the spec gives its matches in
 * document order, and earlier entries come first.
 */
export function queryBySpec(scope: ParentNode, spec: SelectorSpec | undefined): Element[] {
  const out: Element[] = [];
  const seen = new Set<Element>();
  for (const selector of selectorList(spec)) {
    for (const el of queryAll(scope, selector)) {
      if (!seen.has(el)) {
        seen.add(el);
        out.push(el);
      }
    }
  }
  return out;
}

export function compareDocumentOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  const position = a.compareDocumentPosition(b);
  if (position & DOCUMENT_POSITION_FOLLOWING) return -1;
  if (position & DOCUMENT_POSITION_PRECEDING) return 1;
  return 0;
}

/** The deepest element containing all of `elements`. */
export function commonAncestor(elements: readonly Element[]): Element | null {
  const first = elements[0];
  if (!first) return null;
  let candidate: Element | null = first;
  for (let i = 1; i < elements.length && candidate; i++) {
    const el = elements[i]!;
    while (candidate && !candidate.contains(el)) candidate = candidate.parentElement;
  }
  return candidate;
}

/** True when `el` or one of its ancestors (up to but excluding `stop`) satisfies `test`. */
export function hasAncestor(el: Element, test: (ancestor: Element) => boolean, stop?: Element | null): boolean {
  for (let node: Element | null = el; node && node !== stop; node = node.parentElement) {
    if (test(node)) return true;
  }
  return false;
}
