// Finds the article on the live page, marks its root with data-dedoc-article, and finds it again when it arrives
// late or the page's own script rebuilds it. One MutationObserver for the whole content script (STYLE.md):
// childList records are batched per animation frame, Dễ Đọc's own mutations are ignored, and re-detection is
// debounced and rate-limited so that a page that rewrites itself forever (a clock, a ticker) cannot make us loop.
// The same observer watches the document itself: a page that takes <dedoc-root> off <html>, or puts a new document
// element in place, is reported at once (onStructure), for the runner to put things right.
//
// Two steps, so that a page without an article pays almost nothing: until the full detection (src/core
// detectArticle with the site data, in the article bundle) is here, each look is the cheap check
// (core/article/probe.ts); the first time it says the page may hold an article, the full detection is loaded, and
// every look after that is a full one.
import type { ArticleModel } from '../core/article/types';
import type { ArticleDetector } from './runtime';
import { driveFor, yieldToPage } from './schedule';

export const ARTICLE_ATTRIBUTE = 'data-dedoc-article';

/** Quiet time after the last relevant change before detecting again: lets a rebuild finish first. */
const REDETECT_DEBOUNCE_MS = 250;
/** Longest a pending detection may be pushed back by further changes: a page that never stops changing
 *  (a clock beside a rebuilt article) must not starve the debounce. */
const REDETECT_MAX_WAIT_MS = 1000;
/** At most this many detections a minute; past it the page is rewriting itself and we stop chasing it. */
const MAX_DETECTIONS_PER_MINUTE = 30;
/** Text a batch must add (outside an article we know) to be worth a new look: more than a clock or a counter. */
const MIN_ADDED_TEXT_CHARS = 200;
/** Longest slice of a detection in steps: well under the 50 ms long-task line, with the page's own work around it. */
const DETECT_SLICE_MS = 8;
/** A batch with more records than this is not inspected one by one: it just triggers a rescan. */
const MAX_RECORDS_INSPECTED = 500;

type Listener = (model: ArticleModel | null) => void;

/** A change of the page's structure that concerns us, not the article: reported as soon as it is seen. */
export type StructureChange =
  /** <dedoc-root> left <html> (removed, or moved somewhere else). */
  | 'ui-moved'
  /** The page put a new document element in place of the one we observe. */
  | 'document-replaced';

export interface TrackerOptions {
  /** The full detection, when it is at hand from the start (tests, benchmarks). */
  detector?: ArticleDetector;
  /** The cheap first look: may the page hold an article? Without it (and without a detector) none is found. */
  mayHoldArticle?(doc: Document): boolean;
  /** Loads the full detection; asked once, the first time the cheap look says yes. */
  loadDetector?(): Promise<ArticleDetector>;
  /** Called after each look at the page (cheap or full): the answer may now be known (see isLooking). */
  onLooked?(): void;
  /** Called (in a microtask of its own) when the page changes its structure under us. */
  onStructure?(change: StructureChange): void;
}

export class ArticleTracker {
  private model: ArticleModel | null = null;
  private observer: MutationObserver | null = null;
  private readonly listeners = new Set<Listener>();
  private pending: MutationRecord[] = [];
  /** The pending batch: an animation frame, or a timer in a hidden tab (which gets no frames). */
  private frame = 0;
  private frameTimer: ReturnType<typeof setTimeout> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** When the pending detection was first asked for (0: none pending). */
  private pendingSince = 0;
  private detections: number[] = [];
  /** The document element being observed: another one in its place means the page replaced it. */
  private observedRoot: Element | null = null;
  private detector: ArticleDetector | null;
  private loadingDetector: Promise<void> | null = null;
  /** The detection in steps under way (one at a time), and whether another look was asked for meanwhile. */
  private detecting: Generator<void, ArticleModel | null> | null = null;
  private isDetectionWanted = false;

  constructor(
    private readonly doc: Document,
    private readonly options: TrackerOptions = {},
  ) {
    this.detector = options.detector ?? null;
  }

  get current(): ArticleModel | null {
    return this.model;
  }

  /**
   * True while there is no answer yet: the full detection is being loaded because the page may hold an article, or a
   * detection in steps is under way.
   */
  get isLooking(): boolean {
    return (this.loadingDetector !== null && this.detector === null) || this.detecting !== null;
  }

  start(): void {
    this.detect();
    const view = this.doc.defaultView;
    if (!view || this.observer) return;
    this.observer = new view.MutationObserver((records) => this.queue(records));
    this.observedRoot = this.doc.documentElement;
    this.observer.observe(this.doc.documentElement, { childList: true, subtree: true });
    // The document node's own children: a new document element (replaceChild, document.open and write).
    this.observer.observe(this.doc, { childList: true });
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.observedRoot = null;
    this.pending = [];
    if (this.frame) this.doc.defaultView?.cancelAnimationFrame(this.frame);
    clearTimeout(this.frameTimer);
    this.frame = 0;
    this.frameTimer = undefined;
    clearTimeout(this.timer);
    this.pendingSince = 0;
    this.detecting = null;
    this.isDetectionWanted = false;
    this.model?.root.removeAttribute(ARTICLE_ATTRIBUTE);
    this.model = null;
    this.listeners.clear();
  }

  /** Calls back when the article changes (found, lost, rebuilt). */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Runs a DOM change of Dễ Đọc's own; the observer does not see it as the page changing. */
  ignoreMutations<T>(change: () => T): T {
    // What the page did before our change still counts; everything recorded during it is ours (change() is
    // synchronous, so the page's scripts cannot run in between).
    this.queue(this.observer?.takeRecords() ?? []);
    try {
      return change();
    } finally {
      this.observer?.takeRecords();
    }
  }

  /** Detects now (also used by tests and by the feature runner after a settings change). */
  detect(): void {
    // One detection in steps at a time: asked again meanwhile, it looks again once the current one is done.
    if (this.detecting) {
      this.isDetectionWanted = true;
      return;
    }
    const now = Date.now();
    this.detections = this.detections.filter((t) => now - t < 60_000);
    if (this.detections.length >= MAX_DETECTIONS_PER_MINUTE) return;
    this.detections.push(now);
    const detector = this.detector;
    if (!detector) {
      this.lookCheaply();
      this.options.onLooked?.();
      return;
    }
    if (detector.detectSteps) {
      this.detectInSteps(detector, detector.detectSteps);
      return;
    }
    let next: ArticleModel | null = null;
    try {
      next = detector.detect(this.doc);
    } catch (error) {
      console.warn('[Dễ Đọc] article detection failed', error);
    }
    this.settle(detector, next);
  }

  /**
   * Detects in slices of at most DETECT_SLICE_MS, each in its own task (a page of 100,000 nodes takes a few hundred
   * milliseconds to read). The page may change between slices: a model that is no longer all in the page is not
   * taken, and the page is looked at again.
   */
  private detectInSteps(detector: ArticleDetector, detectSteps: (doc: Document) => Generator<void, ArticleModel | null>): void {
    let steps: Generator<void, ArticleModel | null>;
    try {
      steps = detectSteps(this.doc);
    } catch (error) {
      console.warn('[Dễ Đọc] article detection failed', error);
      return;
    }
    this.detecting = steps;
    const slice = (): void => {
      if (this.detecting !== steps) return;
      let result: ReturnType<typeof driveFor<ArticleModel | null>>;
      try {
        result = driveFor(steps, DETECT_SLICE_MS);
      } catch (error) {
        console.warn('[Dễ Đọc] article detection failed', error);
        result = { done: true, value: null };
      }
      if (!result.done) {
        void yieldToPage().then(slice);
        return;
      }
      this.detecting = null;
      const next = result.value;
      const isCurrent = next === null || detector.isConnected(next);
      if (isCurrent) this.settle(detector, next);
      else this.options.onLooked?.();
      if (this.isDetectionWanted || !isCurrent) {
        this.isDetectionWanted = false;
        this.detect();
      }
    };
    slice();
  }

  /** Takes the answer of a detection: the article changed (found, lost, rebuilt), or not. */
  private settle(detector: ArticleDetector, next: ArticleModel | null): void {
    if (detector.isSame(this.model, next)) {
      // Same article: keep the old model object so features keep their references.
      this.options.onLooked?.();
      return;
    }
    if (this.model && this.model.root !== next?.root) this.model.root.removeAttribute(ARTICLE_ATTRIBUTE);
    this.model = next;
    next?.root.setAttribute(ARTICLE_ATTRIBUTE, '');
    for (const listener of [...this.listeners]) {
      try {
        listener(next);
      } catch (error) {
        console.warn('[Dễ Đọc] an article listener failed', error);
      }
    }
    this.options.onLooked?.();
  }

  /** Before the full detection is here: load it if the page may hold an article. */
  private lookCheaply(): void {
    const { mayHoldArticle, loadDetector } = this.options;
    if (this.loadingDetector || !mayHoldArticle || !loadDetector) return;
    let isLikely = false;
    try {
      isLikely = mayHoldArticle(this.doc);
    } catch (error) {
      console.warn('[Dễ Đọc] article check failed', error);
    }
    if (!isLikely) return;
    this.loadingDetector = loadDetector().then(
      (detector) => {
        this.detector = detector;
        // Stopped meanwhile (Dễ Đọc switched off): the next start looks again.
        if (this.observer) this.detect();
      },
      (error: unknown) => {
        // A later change of the page may try again.
        this.loadingDetector = null;
        console.warn('[Dễ Đọc] could not load the article detection', error);
        this.options.onLooked?.();
      },
    );
  }

  private queue(records: MutationRecord[]): void {
    let structure: StructureChange | null = null;
    for (const record of records) {
      if (record.target === this.doc) {
        if (this.doc.documentElement !== this.observedRoot) structure = 'document-replaced';
        continue;
      }
      if (structure === null && record.target === this.observedRoot && [...record.removedNodes].some((n) => n.nodeName === 'DEDOC-ROOT')) {
        structure = 'ui-moved';
      }
      if (!isOwnRecord(record)) this.pending.push(record);
    }
    if (structure !== null) this.reportStructure(structure);
    if (this.pending.length === 0 || this.frame || this.frameTimer !== undefined) return;
    const view = this.doc.defaultView;
    // Batch per frame; a hidden tab gets no frames, so fall back to a timer there.
    const flush = (): void => {
      this.frame = 0;
      this.frameTimer = undefined;
      this.flush();
    };
    if (view && this.doc.visibilityState !== 'hidden') this.frame = view.requestAnimationFrame(flush);
    else this.frameTimer = setTimeout(flush, 50);
  }

  /**
   * Tells the runner, in a microtask of its own: the records may come from inside ignoreMutations (a feature in the
   * middle of its own change), and what the runner does about it (a restart) must not run in the middle of that.
   */
  private reportStructure(change: StructureChange): void {
    const report = this.options.onStructure;
    if (!report) return;
    queueMicrotask(() => {
      if (!this.observer) return;
      try {
        report(change);
      } catch (error) {
        console.warn('[Dễ Đọc] could not follow a change of the page', error);
      }
    });
  }

  private flush(): void {
    const records = this.pending;
    this.pending = [];
    if (!this.isRelevant(records)) return;
    const now = Date.now();
    if (this.pendingSince && now - this.pendingSince >= REDETECT_MAX_WAIT_MS) return; // due soon: let it fire
    if (!this.pendingSince) this.pendingSince = now;
    clearTimeout(this.timer);
    const delay = Math.min(REDETECT_DEBOUNCE_MS, REDETECT_MAX_WAIT_MS - (now - this.pendingSince));
    this.timer = setTimeout(() => {
      this.pendingSince = 0;
      this.detect();
    }, Math.max(0, delay));
  }

  private isRelevant(records: MutationRecord[]): boolean {
    if (records.length > MAX_RECORDS_INSPECTED) return true;
    const model = this.model;
    if (model && this.detector && !this.detector.isConnected(model)) return true;
    let addedText = 0;
    for (const record of records) {
      if (model) {
        const root = model.root;
        // Inside the article: it may have changed. (Its removal shows as a disconnected model above.)
        if (root.contains(record.target)) return true;
      }
      for (const node of record.addedNodes) addedText += node.textContent?.length ?? 0;
      if (!model && addedText >= MIN_ADDED_TEXT_CHARS) return true;
    }
    return false;
  }
}

/** Mutations of our own: our UI host and anything inside or marked by us. */
function isOwnRecord(record: MutationRecord): boolean {
  const isOurs = (node: Node): boolean =>
    node.nodeName === 'DEDOC-ROOT' ||
    (node.nodeType === 1 && [...(node as Element).getAttributeNames()].some((n) => n.startsWith('data-dedoc-')));
  if (record.target.nodeName === 'DEDOC-ROOT') return true;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every(isOurs);
}
