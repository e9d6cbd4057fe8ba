// The contract every page feature follows (STYLE.md): one definition { id, init(context, signal) }.
// When the signal aborts, everything the feature added goes: nodes, attributes, listeners, observers, speech.
import type { ArticleModel } from '../core/index';
import type { FeatureId } from '../shared/features';
import type { Settings, SiteSettings } from '../shared/settings';
import type { StandInButtonSpec, UiHost } from './ui/root';

export interface FeatureContext {
  /** The page's host name (normalised): the key of per-site settings. */
  host: string;
  document: Document;
  /** Settings as they are now; features read them again when `onSettings` calls. */
  settings(): Settings;
  site(): SiteSettings;
  /** Calls back after every settings change; the subscription ends with the feature's signal. */
  onSettings(callback: (settings: Settings) => void): void;
  /** Saves this site's values (e.g. its text size). */
  updateSite(patch: Partial<SiteSettings>): Promise<void>;
  /** The single in-page UI host (<dedoc-root>) and its toolbar. */
  ui: UiHost;
  /** The article of the page (null on a page without one: home, list and search pages). */
  article: {
    current(): ArticleModel | null;
    /** Calls back when the article is found, lost or rebuilt by the page; ends with the feature's signal. */
    onChange(callback: (model: ArticleModel | null) => void): void;
    /** Runs a DOM change of Dễ Đọc's own that the page-change observer must not react to. */
    ignoreMutations<T>(change: () => T): T;
    /**
     * Work on the current article shared by the features (its acronym resolution): made once per article by the
     * first feature that asks, under a key naming what it is and what it was made from; null without an article.
     */
    memo<T>(key: string, make: (model: ArticleModel) => T): T | null;
  };
}

export interface Feature {
  id: FeatureId;
  init(context: FeatureContext, signal: AbortSignal): void | Promise<void>;
}

/**
 * A feature whose code is not in the boot script: its bundle is loaded into the content script's world when the
 * feature is first wanted on a page (src/shared/content-bundles.ts), then it runs as any Feature.
 */
export interface LazyFeature {
  id: FeatureId;
  /**
   * 'page': wherever Dễ Đọc runs; 'article': only once the page has an article; 'asked': on a page with an article,
   * only when the reader first asks for it (its stand-in button, the popup, a shortcut): a page the reader only reads
   * pays nothing for it.
   */
  needs: 'page' | 'article' | 'asked';
  load(): Promise<Feature>;
  /**
   * The feature's toolbar button as it looks before the feature runs, for a feature that has one on every page
   * (the glossary) or, loaded when asked, on every page with an article (the summary): shown in its place until the
   * feature adds its own; a click on it loads the feature and opens its panel.
   */
  standIn?: Omit<StandInButtonSpec, 'onActivate'>;
}

export type FeatureEntry = Feature | LazyFeature;
