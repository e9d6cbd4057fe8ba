// The feature runner: starts each enabled feature with its own AbortSignal, stops it when the user switches it
// off (everything it added goes, no reload), and keeps the others running when one throws (STYLE.md).
// A feature is either here already (a Feature) or loaded on demand (a LazyFeature: its bundle comes into the
// content script's world when it is first wanted, and — for features that work on the article — only once the
// page has one). Loading changes when a feature starts, never what it does. The runner also keeps Dễ Đọc on a page
// that keeps changing: <dedoc-root> taken off <html> goes back, a new document element gets everything anew, and a
// page restored from the back/forward cache reads the settings again.
import type { ArticleModel } from '../core/article/types';
import type { FeatureId } from '../shared/features';
import { isFeatureOn, isSiteActive, loadSettings, siteSettings, type Settings, type SiteSettings } from '../shared/settings';
import { ArticleTracker, type StructureChange, type TrackerOptions } from './article';
import type { Feature, FeatureContext, FeatureEntry, LazyFeature } from './feature';
import { snapshotOwnNamespace, type OwnNamespaceSnapshot } from './own-namespace';
import { firstLineRect } from './ui/first-line';
import { UiHost } from './ui/root';

export interface RunnerDeps {
  saveToolbar(toolbar: Settings['toolbar']): void;
  saveSite(host: string, patch: Partial<SiteSettings>): Promise<void>;
  openOptions(): void;
  log(message: string, error?: unknown): void;
  /** Reads the settings again (a page back from the back/forward cache missed their changes); default: storage. */
  reloadSettings?(): Promise<Settings>;
  /** How the page's article is found (see ArticleTracker); without it the page has none. */
  article?: TrackerOptions;
  /** Marks our UI host as really ours, for a later copy's stale clean-up (seal.ts). */
  seal?(host: Element): void;
}

/**
 * Longest the toolbar waits for the features that load on demand before it shows anyway (a slow page, a bundle
 * that does not come): it normally shows whole, as soon as they have started.
 */
export const TOOLBAR_WAIT_MS = 1500;

function isLazy(entry: FeatureEntry): entry is LazyFeature {
  return typeof (entry as Partial<Feature>).init !== 'function';
}

/**
 * Repairs of the page's structure (our host put back, a restart on a new document element) allowed a minute: a
 * page that undoes each one at once would otherwise keep both sides busy forever.
 */
const MAX_REPAIRS_PER_MINUTE = 10;

interface Running {
  controller: AbortController;
  error?: string;
}

export class Runner {
  private ui: UiHost | null = null;
  private tracker: ArticleTracker | null = null;
  private settings: Settings | null = null;
  private readonly running = new Map<FeatureId, Running>();
  private readonly listeners = new Set<(settings: Settings) => void>();
  private readonly failures = new Map<FeatureId, string>();
  /** Lazy features whose bundle is in, and those being loaded. */
  private readonly loaded = new Map<FeatureId, Feature>();
  private readonly loading = new Set<FeatureId>();
  /** Stand-in buttons of lazy features that are on but not running (see LazyFeature.standIn). */
  private readonly standIns = new Map<FeatureId, { controller: AbortController; button: HTMLButtonElement }>();
  /**
   * Features the reader asked for before they ran: by their stand-in (with the click, which their own button then
   * gets) or by a message (null: the message goes to the feature once it runs, see `request`).
   */
  private readonly requested = new Map<FeatureId, MouseEvent | null>();
  /** Who waits for a feature asked for by a message to start (see `request`). */
  private readonly startWaiters = new Map<FeatureId, Array<{ resolve(): void; reject(error: Error): void }>>();
  private showTimer: ReturnType<typeof setTimeout> | undefined;
  /** What features share about the current article (FeatureContext.article.memo), dropped when the article changes. */
  private memoModel: ArticleModel | null = null;
  private readonly memos = new Map<string, unknown>();
  private repairs: number[] = [];
  /** The page's own attributes in our namespace when we came, given back when we go. */
  private pageOwn: OwnNamespaceSnapshot | null = null;
  private hasGivenUp = false;

  constructor(
    private readonly doc: Document,
    private readonly host: string,
    private readonly features: readonly FeatureEntry[],
    private readonly deps: RunnerDeps,
  ) {
    // Back from the back/forward cache: the page slept through any settings change (Firefox delivers none of them
    // afterwards), so they are read again. Not removed: it must work also while Dễ Đọc is off on the page.
    doc.defaultView?.addEventListener('pageshow', (event) => {
      if (!event.persisted) return;
      const reload = deps.reloadSettings ?? (async () => (await loadSettings()).settings);
      reload().then(
        (settings) => this.apply(settings),
        (error: unknown) => deps.log('could not read the settings again', error),
      );
    });
  }

  get isRunning(): boolean {
    return this.ui !== null;
  }

  /** The page has an article (as far as the detection has looked). */
  get hasArticle(): boolean {
    return this.tracker?.current != null;
  }

  /** Switched on in the settings in force here. */
  isWanted(id: FeatureId): boolean {
    return this.settings !== null && isFeatureOn(this.settings, this.host, id);
  }

  isStarted(id: FeatureId): boolean {
    return this.running.has(id);
  }

  /** True while a wanted feature is not running only because its bundle is still on its way. */
  isLoading(id: FeatureId): boolean {
    return this.loading.has(id);
  }

  /**
   * The reader asked for a feature by a message (the popup, a shortcut, the context menu): resolves once it runs
   * here (loaded first if need be), so that the message can go to it; rejects when it cannot start, or Dễ Đọc stops.
   */
  request(id: FeatureId): Promise<void> {
    if (this.running.has(id)) return Promise.resolve();
    if (!this.ui || !this.isWanted(id)) return Promise.reject(new Error(`${id} off`));
    const done = new Promise<void>((resolve, reject) => {
      const waiters = this.startWaiters.get(id) ?? [];
      waiters.push({ resolve, reject });
      this.startWaiters.set(id, waiters);
    });
    if (!this.requested.has(id)) this.requested.set(id, null);
    this.startWanted(true);
    return done;
  }

  /** Settles the wait of those who asked for a feature: it started (no error) or cannot. */
  private settleWaiters(id: FeatureId, error?: Error): void {
    const waiters = this.startWaiters.get(id);
    if (!waiters) return;
    this.startWaiters.delete(id);
    for (const waiter of waiters) {
      if (error) waiter.reject(error);
      else waiter.resolve();
    }
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
      this.pageOwn = snapshotOwnNamespace(this.doc);
      const hasLazy = this.features.some(isLazy);
      this.ui = new UiHost(
        this.doc,
        settings.toolbar,
        { onToolbarChange: (toolbar) => this.deps.saveToolbar(toolbar), onOpenOptions: () => this.deps.openOptions() },
        !hasLazy,
      );
      this.deps.seal?.(this.ui.host);
      if (hasLazy) this.showTimer = setTimeout(() => this.ui?.show(), TOOLBAR_WAIT_MS);
      const tracker = new ArticleTracker(this.doc, {
        ...this.deps.article,
        onLooked: () => this.refreshStandIns(),
        onStructure: (change) => this.onStructure(change),
      });
      this.tracker = tracker;
      // Features that work on the article start when the page first has one; the stand-ins of those loaded when
      // asked come and go with it.
      tracker.subscribe((model) => {
        if (this.tracker !== tracker) return;
        if (model) this.startWanted(false);
        else this.refreshStandIns();
      });
      tracker.start();
      // On a phone the toolbar is a bar along an edge: it keeps clear of the article's first line.
      tracker.subscribe(this.ui.keepClearOf(() => firstLineRect(tracker.current)));
    } else {
      this.ui.update(settings.toolbar);
    }
    for (const feature of this.features) {
      const isWanted = isFeatureOn(settings, this.host, feature.id);
      const isOn = this.running.has(feature.id);
      if (!isWanted && isOn) this.stopFeature(feature.id);
    }
    this.startWanted(true);
    this.refreshStandIns();
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
    for (const { controller } of this.standIns.values()) controller.abort();
    this.standIns.clear();
    this.requested.clear();
    for (const id of [...this.startWaiters.keys()]) this.settleWaiters(id, new Error('stopped'));
    this.tracker?.stop();
    this.tracker = null;
    clearTimeout(this.showTimer);
    this.ui?.destroy();
    this.ui = null;
    // What the page had in our namespace before we came is the page's. Never started here (the site is off): what
    // is there now is the page's, but for what the early-paint scripts set (snapshotOwnNamespace tells them apart).
    const pageOwn = this.pageOwn ?? snapshotOwnNamespace(this.doc);
    this.pageOwn = null;
    // Belt and braces: a feature that forgot an attribute on <html> must not leave the page changed.
    const html = this.doc.documentElement;
    for (const name of html.getAttributeNames()) {
      if (name.startsWith('data-dedoc-')) html.removeAttribute(name);
    }
    // And the page's own back as they were.
    pageOwn.restore();
  }

  /** The page changed its structure under us: our host put back on <html>, or everything anew on a new root. */
  private onStructure(change: StructureChange): void {
    if (!this.ui || !this.mayRepair()) return;
    if (change === 'document-replaced') {
      const settings = this.settings;
      this.stop();
      if (settings) this.apply(settings);
      return;
    }
    const ui = this.ui;
    if (ui.host.parentNode !== this.doc.documentElement) this.tracker?.ignoreMutations(() => ui.attach());
  }

  private mayRepair(): boolean {
    const now = Date.now();
    this.repairs = this.repairs.filter((t) => now - t < 60_000);
    if (this.repairs.length >= MAX_REPAIRS_PER_MINUTE) {
      if (!this.hasGivenUp) this.deps.log('the page keeps undoing Dễ Đọc; it is left as the page wants it for now');
      this.hasGivenUp = true;
      return false;
    }
    this.hasGivenUp = false;
    this.repairs.push(now);
    return true;
  }

  /**
   * Starts every wanted feature that is not running and can start now (loading its bundle first if need be).
   * One that failed starts again only on a settings change (`isRetry`), not because the page found its article.
   */
  private startWanted(isRetry: boolean): void {
    const settings = this.settings;
    if (!settings || !this.ui) return;
    for (const entry of this.features) {
      if (!isFeatureOn(settings, this.host, entry.id) || this.running.has(entry.id)) continue;
      if (!isRetry && this.failures.has(entry.id)) continue;
      if (!isLazy(entry)) {
        this.startFeature(entry);
        continue;
      }
      const loaded = this.loaded.get(entry.id);
      if (loaded) {
        this.startFeature(loaded);
        this.openRequested(entry);
        continue;
      }
      if (entry.needs === 'article' && !this.tracker?.current && !this.requested.has(entry.id)) continue;
      if (entry.needs === 'asked' && !this.requested.has(entry.id)) continue;
      this.load(entry);
    }
    this.refreshStandIns();
  }

  private load(entry: LazyFeature): void {
    if (this.loading.has(entry.id)) return;
    this.loading.add(entry.id);
    // A new try: an earlier failure to load no longer holds it back.
    this.failures.delete(entry.id);
    entry.load().then(
      (feature) => {
        this.loading.delete(entry.id);
        if (feature.id !== entry.id) throw new Error(`bundle of "${entry.id}" registered "${feature.id}"`);
        this.loaded.set(entry.id, feature);
        // Still wanted, and Dễ Đọc still on here? Then it starts now, in its turn.
        this.startWanted(false);
      },
    ).catch((error: unknown) => {
      this.loading.delete(entry.id);
      this.requested.delete(entry.id);
      this.settleWaiters(entry.id, error instanceof Error ? error : new Error(String(error)));
      this.failures.set(entry.id, error instanceof Error ? error.message : String(error));
      this.deps.log(`feature "${entry.id}" could not be loaded`, error);
      this.refreshStandIns();
    });
    this.refreshStandIns();
  }

  /**
   * Shows a stand-in button for each lazy feature that is on, has one, and is not running; it is busy (aria-busy,
   * as the feature's own button is while it works) until it is known that the page has no article.
   */
  private refreshStandIns(): void {
    const ui = this.ui;
    this.features.forEach((entry, place) => {
      if (!isLazy(entry) || !entry.standIn) return;
      const shown = this.standIns.get(entry.id);
      // Loaded when asked: its stand-in stands where the feature's button would, on a page with an article.
      const isOutOfPlace = entry.needs === 'asked' && this.tracker?.current == null;
      if (!ui || !this.isWanted(entry.id) || this.running.has(entry.id) || isOutOfPlace) {
        shown?.controller.abort();
        this.standIns.delete(entry.id);
        return;
      }
      let standIn = shown;
      if (!standIn) {
        const controller = new AbortController();
        const spec = { ...entry.standIn, onActivate: (event: MouseEvent) => this.requestPanel(entry, event) };
        standIn = { controller, button: ui.addStandIn(spec, controller.signal, place) };
        this.standIns.set(entry.id, standIn);
      }
      // Busy while it cannot be used yet: the page's article still being looked for, or the feature coming.
      const isBusy =
        this.loading.has(entry.id) || (entry.needs !== 'asked' && (this.tracker?.isLooking === true || this.tracker?.current != null));
      standIn.button.setAttribute('aria-busy', String(isBusy));
    });
    this.showWhenSettled();
  }

  /** Shows the toolbar once every wanted feature that can start here has started (or failed): whole, at once. */
  private showWhenSettled(): void {
    const ui = this.ui;
    if (!ui || ui.isShown) return;
    if (this.tracker?.isLooking) return;
    const hasArticle = this.tracker?.current != null;
    for (const entry of this.features) {
      if (!this.isWanted(entry.id) || this.running.has(entry.id) || this.failures.has(entry.id)) continue;
      if (isLazy(entry) && entry.needs === 'article' && !hasArticle && !this.loading.has(entry.id)) continue;
      // Loaded when asked: its stand-in is its button until then.
      if (isLazy(entry) && entry.needs === 'asked' && !this.loading.has(entry.id)) continue;
      return;
    }
    clearTimeout(this.showTimer);
    ui.show();
  }

  /** The reader clicked a stand-in: the feature comes (whether the page has an article or not) and opens its panel. */
  private requestPanel(entry: LazyFeature, event: MouseEvent): void {
    this.requested.set(entry.id, event);
    this.startWanted(true);
  }

  /** Right after a feature started: the click its stand-in got goes to the feature's own button. */
  private openRequested(entry: LazyFeature): void {
    if (!this.requested.has(entry.id)) return;
    const event = this.requested.get(entry.id);
    this.requested.delete(entry.id);
    if (event && entry.standIn && this.running.has(entry.id)) this.ui?.activate(entry.standIn.action, event);
  }

  private startFeature(feature: Feature): void {
    const controller = new AbortController();
    this.running.set(feature.id, { controller });
    this.failures.delete(feature.id);
    const context = this.makeContext(controller.signal, this.features.findIndex((entry) => entry.id === feature.id));
    const fail = (error: unknown): void => {
      this.failures.set(feature.id, error instanceof Error ? error.message : String(error));
      this.deps.log(`feature "${feature.id}" failed to start`, error);
      // What it added before throwing goes, and it stays off until settings change again.
      this.stopFeature(feature.id);
      // A failed feature no longer holds back the toolbar.
      this.showWhenSettled();
      this.settleWaiters(feature.id, error instanceof Error ? error : new Error(String(error)));
    };
    try {
      const result = feature.init(context, controller.signal);
      if (result instanceof Promise) result.then(() => this.settleWaiters(feature.id), fail);
      else this.settleWaiters(feature.id);
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

  private makeContext(signal: AbortSignal, place: number): FeatureContext {
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
      ui: ui.placed(place),
      article: {
        current: () => tracker.current,
        onChange: (callback) => {
          const unsubscribe = tracker.subscribe(callback);
          signal.addEventListener('abort', unsubscribe, { once: true });
        },
        ignoreMutations: (change) => tracker.ignoreMutations(change),
        memo: <T>(key: string, make: (model: ArticleModel) => T): T | null => {
          const model = tracker.current;
          if (!model) return null;
          if (model !== this.memoModel) {
            this.memos.clear();
            this.memoModel = model;
          }
          if (!this.memos.has(key)) this.memos.set(key, make(model));
          return this.memos.get(key) as T;
        },
      },
    };
  }

  private requireSettings(): Settings {
    if (!this.settings) throw new Error('settings not loaded');
    return this.settings;
  }
}
