// The early-paint article marker (packaged as scale/early/mark.js, built on its own by scripts/vite/scale-assets.ts,
// registered for document_start with the reader's size: src/background/scale-plan.ts). While the page is parsed, it
// marks the first element each site or platform adapter's part selectors find — the article root, title, sapo,
// date line, author — with data-dedoc-scale-target, unless it is inside one already marked, so the article is drawn
// in the reader's size from the first paint. A MutationObserver sees each element as the parser inserts it; its
// callbacks run before the browser paints and before each parser-blocking script. The content script takes the
// marks over at document_idle (targets.ts) and corrects them where the full detection finds otherwise; the observer
// stops at DOMContentLoaded. Pages that show it: tests/e2e/sites/kiengiang.gov.vn/scale/early.html and the demo.
import { hostMatches, isListingUrl } from '../../../core/article/urls';
import { EARLY_RECORD_KEY, TARGET_ATTRIBUTE, type EarlyRecord } from '../../../shared/settings/scale';
import { SITES, type SelectorSpec, type SiteAdapter } from '../../../sites/index';

export interface MarkRole {
  /** Host patterns of a site adapter; null for a platform adapter (any host). */
  hosts: readonly string[] | null;
  selector: string;
  /** The article body's root, or a part around it (title, sapo, date line, author). */
  isRoot: boolean;
}

function selectorList(spec: SelectorSpec | undefined): string | null {
  if (spec === undefined) return null;
  const list = typeof spec === 'string' ? [spec] : [...spec];
  return list.length > 0 ? list.join(', ') : null;
}

/** Per adapter and part: the selectors, and the hosts the adapter is for. */
export function markRoles(sites: readonly SiteAdapter[] = SITES): MarkRole[] {
  const roles: MarkRole[] = [];
  for (const site of sites) {
    const { root, title, sapo, date, author } = site.selectors;
    for (const [spec, isRoot] of [[root, true], [title, false], [sapo, false], [date, false], [author, false]] as const) {
      const selector = selectorList(spec);
      if (selector) roles.push({ hosts: site.hosts ? [...site.hosts] : null, selector, isRoot });
    }
  }
  return roles;
}

/** The early scripts' shared record (EARLY_RECORD_KEY), made on first use: the content script, in the same global,
 *  tells our marks from the page's own by it (src/content/own-namespace.ts). */
export function earlyRecord(global: object = globalThis): EarlyRecord {
  const slot = global as Record<symbol, EarlyRecord | undefined>;
  const key = Symbol.for(EARLY_RECORD_KEY);
  return (slot[key] ??= { attributes: {}, marks: [] });
}

/** Starts marking `doc` (being parsed at `url`) until DOMContentLoaded. Home and search pages get no marks. */
export function markWhileParsing(doc: Document, url: string, sites: readonly SiteAdapter[] = SITES): void {
  const html = doc.documentElement;
  const view = doc.defaultView;
  if (!html || !view || typeof view.MutationObserver !== 'function') return;
  try {
    if (isListingUrl(url)) return;
  } catch {
    // An address that does not decode is looked at as an article page.
  }
  let host = '';
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return;
  }
  const roles = markRoles(sites).filter((role) => !role.hosts || role.hosts.some((pattern) => hostMatches(pattern, host)));
  if (roles.length === 0) return;
  const isDone = roles.map(() => false);
  let left = roles.length;
  let hasRoot = false;
  // Noted for the content script: these marks are Dễ Đọc's, not the page's.
  const marked = earlyRecord().marks;
  // Each element is looked at once: the parser may hand over a node whose subtree is already complete, and records
  // of its descendants come too (walking every subtree again would cost O(n × depth)).
  const seen = new WeakSet<Node>();
  const consider = (element: Element): void => {
    roles.forEach((role, i) => {
      if (isDone[i]) return;
      let matches = false;
      try {
        matches = element.matches(role.selector);
      } catch {
        // A selector this browser does not know: that part is not looked for.
        isDone[i] = true;
        left--;
      }
      if (!matches) return;
      isDone[i] = true;
      left--;
      if (role.isRoot) hasRoot = true;
      if (!element.closest(`[${TARGET_ATTRIBUTE}]`)) {
        element.setAttribute(TARGET_ATTRIBUTE, '');
        marked.push(element);
      }
    });
  };
  const observer = new view.MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== 1 || seen.has(node)) continue;
        seen.add(node);
        consider(node as Element);
        if (!(node as Element).firstElementChild) continue;
        const walker = doc.createTreeWalker(node, 1 /* NodeFilter.SHOW_ELEMENT */);
        for (let element = walker.nextNode(); element; element = walker.nextNode()) {
          seen.add(element);
          consider(element as Element);
        }
      }
    }
    // Every part found: nothing left to look for.
    if (left <= 0) observer.disconnect();
  });
  observer.observe(doc, { childList: true, subtree: true });
  doc.addEventListener(
    'DOMContentLoaded',
    () => {
      observer.disconnect();
      // A title, date or summary without any article body is an item of a list page (a category's list of news):
      // not the article, so not grown.
      if (!hasRoot) for (const element of marked) element.removeAttribute(TARGET_ATTRIBUTE);
    },
    { once: true },
  );
}
