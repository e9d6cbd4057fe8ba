// The contract every page feature follows (STYLE.md): one definition { id, init(context, signal) }.
// When the signal aborts, everything the feature added goes: nodes, attributes, listeners, observers, speech.
import type { ArticleModel } from '../core/index';
import type { FeatureId } from '../shared/features';
import type { Settings, SiteSettings } from '../shared/settings';
import type { UiHost } from './ui/root';

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
  };
}

export interface Feature {
  id: FeatureId;
  init(context: FeatureContext, signal: AbortSignal): void | Promise<void>;
}
