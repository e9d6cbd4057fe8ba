// What of Dễ Đọc's own namespace (data-dedoc-* on <html>, the marks data-dedoc-article and data-dedoc-scale-target)
// the page already had before the content script started, so that switching Dễ Đọc off gives it back exactly: a page
// may use the same names (by chance, or to probe us), and they are the page's. What the early-paint scripts put
// there before us is ours: they noted it (EARLY_RECORD_KEY), with the page's own value of each <html> attribute
// they overwrote.
import { EARLY_RECORD_KEY, TARGET_ATTRIBUTE, type EarlyRecord } from '../shared/settings/marks';
import { ARTICLE_ATTRIBUTE } from './article';

const NAMESPACE = 'data-dedoc-';

export interface OwnNamespaceSnapshot {
  /** Puts the page's own attributes back (after everything of ours was taken off). */
  restore(): void;
}

function earlyRecord(): EarlyRecord | null {
  const record = (globalThis as Record<symbol, unknown>)[Symbol.for(EARLY_RECORD_KEY)] as Partial<EarlyRecord> | undefined;
  if (!record || typeof record !== 'object') return null;
  return {
    attributes: record.attributes && typeof record.attributes === 'object' ? record.attributes : {},
    marks: Array.isArray(record.marks) ? record.marks : [],
  };
}

export function snapshotOwnNamespace(doc: Document): OwnNamespaceSnapshot {
  const early = earlyRecord();
  const html = doc.documentElement;
  const saved: Array<{ element: Element; name: string; value: string }> = [];
  for (const name of html.getAttributeNames()) {
    if (!name.startsWith(NAMESPACE)) continue;
    // Set by an early script: the page's own value is the one it noted (null: the page had none).
    const value = early && Object.hasOwn(early.attributes, name) ? early.attributes[name] : html.getAttribute(name);
    if (typeof value === 'string') saved.push({ element: html, name, value });
  }
  const earlyMarks = new Set(early?.marks ?? []);
  for (const element of doc.querySelectorAll(`[${ARTICLE_ATTRIBUTE}], [${TARGET_ATTRIBUTE}]`)) {
    for (const name of [ARTICLE_ATTRIBUTE, TARGET_ATTRIBUTE]) {
      const value = element.getAttribute(name);
      if (value === null || (name === TARGET_ATTRIBUTE && earlyMarks.has(element))) continue;
      saved.push({ element, name, value });
    }
  }
  return {
    restore() {
      for (const { element, name, value } of saved) {
        if (element.getAttribute(name) !== value) element.setAttribute(name, value);
      }
    },
  };
}
