// The article model every feature works on, and the shape of the site data in src/sites/.
// The site types live here (not in src/sites) because core may import only core; src/sites/types.ts
// re-exports them for the data files.

/** What a block of the article is; features treat kinds differently (read-aloud skips none, the summary skips author). */
export type BlockKind =
  | 'title'
  | 'sapo'
  | 'dateline'
  | 'heading'
  | 'paragraph'
  | 'list-item'
  | 'table'
  | 'caption'
  | 'author';

export interface Block {
  kind: BlockKind;
  /** A live element of the page's document: features style it, highlight it and read it. */
  element: Element;
  /**
   * The block's text: whitespace collapsed, NFC. For the sapo and the first paragraph a leading
   * agency dateline such as "(Chinhphu.vn) - " is removed here only; the page keeps it.
   */
  text: string;
}

/** Which layer found the article: a site adapter (by host), a platform adapter (by markup), or Readability. */
export type ArticleSource = 'site' | 'platform' | 'readability';

export interface ArticleModel {
  /** The one element that contains the article body; the content script marks it. */
  root: Element;
  /** The title block; it may sit outside `root` (portal titles often do). Also the first entry of `blocks`. */
  title?: Block;
  /** Every block in reading order (document order), title included; boilerplate excluded. */
  blocks: Block[];
  source: ArticleSource;
  /** The id of the site or platform adapter that matched. */
  siteId?: string;
}

/**
 * A CSS selector, or a list of them in priority order: the first entry that matches (with text)
 * wins, whatever the document order. A single string may itself be a selector list ("a, b").
 */
export type SelectorSpec = string | readonly string[];

export interface SiteSelectors {
  /** The element that holds the article body. When several match, the one with the most text wins. */
  root: SelectorSpec;
  title?: SelectorSpec;
  sapo?: SelectorSpec;
  /** The date line shown with the article, e.g. "(08:34 | 28/05/2019)". */
  date?: SelectorSpec;
  author?: SelectorSpec;
  /** Photo captions inside the body that the generic caption rules would miss. */
  caption?: SelectorSpec;
  /** Boilerplate inside or around the body: related boxes, share bars, ad slots, font-size widgets. */
  exclude?: readonly string[];
}

/**
 * One portal or publishing platform, as data. A site adapter lists `hosts`; a platform adapter has no
 * hosts and is recognised on any host by its `detect` selector. An adapter may have both (then the
 * host must match and the selector must be found).
 */
export interface SiteAdapter {
  /** kebab-case, equal to the file name in src/sites/. */
  id: string;
  /** Human name, for logs and the options page. */
  name: string;
  /** Hostname patterns: "baochinhphu.vn" (also matches "www.baochinhphu.vn") or "*.gov.vn" (any subdomain). */
  hosts?: readonly string[];
  /** A selector whose presence identifies the platform's article page. */
  detect?: string;
  /**
   * Order among platform adapters whose `detect` matches, higher first. A template built on top of a
   * general platform (a ministry's SharePoint layout) outranks the general one. Default 0.
   */
  priority?: number;
  selectors: SiteSelectors;
}

export interface DetectOptions {
  /** The page URL; defaults to `doc.URL`. */
  url?: string;
  /**
   * Site and platform adapters to try before the generic fallback, normally `SITES` from src/sites.
   * Core cannot import src/sites, so without this only the generic (Readability) layer runs.
   */
  sites?: readonly SiteAdapter[];
}
