// Marks of the text-size page contract shared by boot (src/content/own-namespace.ts: what of our namespace is the
// page's own), the text-size feature and its early-paint files. Pure: no browser API.

/**
 * The early-paint scripts note what they did under globalThis[Symbol.for(EARLY_RECORD_KEY)] (the content script
 * shares their global in a tab): the page's own value of each <html> attribute they set (null: none), and the
 * elements mark.js marked. Switched off, Dễ Đọc takes off exactly what was its own (src/content/own-namespace.ts).
 */
export const EARLY_RECORD_KEY = 'dedoc.early';

export interface EarlyRecord {
  attributes: Record<string, string | null>;
  marks: Element[];
}

/** Marks the article's outermost parts (its root, and title, sapo, date line outside it): the CSS keys on it. */
export const TARGET_ATTRIBUTE = 'data-dedoc-scale-target';

/** The <html> attributes of the page contract; each is absent while its option is the page's own. */
export const PAGE_ATTRIBUTES = {
  /** The text-size factor ("1.3"); absent at 100 %. */
  scale: 'data-dedoc-scale',
  /** Present when the whole page is scaled, not only the article. */
  scaleWholePage: 'data-dedoc-scale-page',
  lineHeight: 'data-dedoc-line-height',
  letterSpacing: 'data-dedoc-letter-spacing',
  wordSpacing: 'data-dedoc-word-spacing',
  paragraphSpacing: 'data-dedoc-paragraph-spacing',
  font: 'data-dedoc-font',
  theme: 'data-dedoc-theme',
  maxLineLength: 'data-dedoc-line-length',
} as const;
