// The feature runner: starts each enabled feature with its own AbortSignal, stops it when the user switches it
// off (everything it added goes, no reload), and keeps the others running when one throws (STYLE.md).
import type { FeatureId } from '../shared/features';
import { isDefaultSite } from '../shared/hosts';
import { siteSettings, type Settings, type SiteSettings } from '../shared/settings';
import { ArticleTracker } from './article';
import type { Feature, FeatureContext } from './feature';
import { UiHost } from './ui/root';

export interface RunnerDeps {
  saveToolbar(toolbar: Settings['toolbar']): void;
  saveSite(host: string, patch: Partial<SiteSettings>): Promise<void>;
  openOptions(): void;
  log(message: string, error?: unknown): void;
}

interface Running {
  controller: AbortController;
  error?: string;
}

/** Dễ Đọc runs on a site when it is listed (or the user added it) and not switched off for it. */
export function isSiteActive(settings: Settings, host: string): boolean {
  const isAllowed = isDefaultSite(host) || settings.userSites.includes(host);
  return isAllowed && siteSettings(settings, host).enabled;
}

export class Runner {
  private ui: UiHost | null = null;
  private tracker: ArticleTracker | null = null;
  private settings: Settings | null = null;
  private readonly running = new Map<FeatureId, Running>();
  private readonly listeners = new Set<(settings: Settings) => void>();
  private readonly failures = new Map<FeatureId, string>();

  constructor(
    private readonly doc: Document,
    private readonly host: string,
    private readonly features: readonly Feature[],
    private readonly deps: RunnerDeps,
  ) {}

  get isRunning(): boolean {
    return this.ui !== null;
  }

  status(): Array<{ id: string; isRunning: boolean; error?: string }> {
    return this.features.map((f) => {
      const error = this.failures.get(f.id);
      return { id: f.id, isRunning: this.running.has(f.id), ...(error ? { error } : {}) };
    });
  }

  /** Brings the page in line with settings: starts, stops or updates as needed. */
  apply(settings: Settings): void {
    this.settings = settings;
    if (!isSiteActive(settings, this.host)) {
      this.stop();
      return;
    }
    if (!this.ui) {
      this.ui = new UiHost(this.doc, settings.toolbar, {
        onToolbarChange: (toolbar) => this.deps.saveToolbar(toolbar),
        onOpenOptions: () => this.deps.openOptions(),
      });
      this.tracker = new ArticleTracker(this.doc);
      this.tracker.start();
    } else {
      this.ui.update(settings.toolbar);
    }
    for (const feature of this.features) {
      const isWanted = settings.features[feature.id] !== false;
      const isOn = this.running.has(feature.id);
      if (isWanted && !isOn) this.startFeature(feature);
      else if (!isWanted && isOn) this.stopFeature(feature.id);
    }
    for (const listener of this.listeners) {
      try {
        listener(settings);
      } catch (error) {
        this.deps.log('a settings listener failed', error);
      }
    }
  }

  /** Switches Dễ Đọc off on this page: every feature aborted, our UI and <html> attributes removed. */
  stop(): void {
    for (const id of [...this.running.keys()]) this.stopFeature(id);
    this.tracker?.stop();
    this.tracker = null;
    this.ui?.destroy();
    this.ui = null;
    // Belt and braces: a feature that forgot an attribute on <html> must not leave the page changed.
    const html = this.doc.documentElement;
    for (const name of html.getAttributeNames()) {
      if (name.startsWith('data-dedoc-')) html.removeAttribute(name);
    }
  }

  private startFeature(feature: Feature): void {
    const controller = new AbortController();
    this.running.set(feature.id, { controller });
    this.failures.delete(feature.id);
    const context = this.makeContext(controller.signal);
    const fail = (error: unknown): void => {
      this.failures.set(feature.id, error instanceof Error ? error.message : String(error));
      this.deps.log(`feature "${feature.id}" failed to start`, error);
      // What it added before throwing goes, and it stays off until settings change again.
      this.stopFeature(feature.id);
      this.failures.set(feature.id, error instanceof Error ? error.message : String(error));
    };
    try {
      const result = feature.init(context, controller.signal);
      if (result instanceof Promise) result.catch(fail);
    } catch (error) {
      fail(error);
    }
  }

  private stopFeature(id: FeatureId): void {
    const running = this.running.get(id);
    if (!running) return;
    this.running.delete(id);
    try {
      running.controller.abort();
    } catch (error) {
      this.deps.log(`feature "${id}" failed to stop cleanly`, error);
    }
  }

  private makeContext(signal: AbortSignal): FeatureContext {
    const ui = this.ui;
    const tracker = this.tracker;
    if (!ui || !tracker) throw new Error('UI host missing');
    return {
      host: this.host,
      document: this.doc,
      settings: () => this.requireSettings(),
      site: () => siteSettings(this.requireSettings(), this.host),
      onSettings: (callback) => {
        this.listeners.add(callback);
        signal.addEventListener('abort', () => this.listeners.delete(callback), { once: true });
      },
      updateSite: (patch) => this.deps.saveSite(this.host, patch),
      ui,
      article: {
        current: () => tracker.current,
        onChange: (callback) => {
          const unsubscribe = tracker.subscribe(callback);
          signal.addEventListener('abort', unsubscribe, { once: true });
        },
        ignoreMutations: (change) => tracker.ignoreMutations(change),
      },
    };
  }

  private requireSettings(): Settings {
    if (!this.settings) throw new Error('settings not loaded');
    return this.settings;
  }
}
