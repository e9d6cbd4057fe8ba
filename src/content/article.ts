// Finds the article on the live page (src/core detectArticle with the site data of src/sites), marks its root
// with data-dedoc-article, and finds it again when it arrives late or the page's own script rebuilds it.
// One MutationObserver for the whole content script (STYLE.md): childList records are batched per animation
// frame, Dễ Đọc's own mutations are ignored, and re-detection is debounced and rate-limited so that a page
// that rewrites itself forever (a clock, a ticker) cannot make us loop.
import { detectArticle, isArticleConnected, isSameArticle, type ArticleModel } from '../core/index';
import { SITES } from '../sites/index';

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
/** A batch with more records than this is not inspected one by one: it just triggers a rescan. */
const MAX_RECORDS_INSPECTED = 500;

type Listener = (model: ArticleModel | null) => void;

export class ArticleTracker {
  private model: ArticleModel | null = null;
  private observer: MutationObserver | null = null;
  private readonly listeners = new Set<Listener>();
  private pending: MutationRecord[] = [];
  private frame = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** When the pending detection was first asked for (0: none pending). */
  private pendingSince = 0;
  private detections: number[] = [];

  constructor(private readonly doc: Document) {}

  get current(): ArticleModel | null {
    return this.model;
  }

  start(): void {
    this.detect();
    const view = this.doc.defaultView;
    if (!view || this.observer) return;
    this.observer = new view.MutationObserver((records) => this.queue(records));
    this.observer.observe(this.doc.documentElement, { childList: true, subtree: true });
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.pending = [];
    if (this.frame) this.doc.defaultView?.cancelAnimationFrame(this.frame);
    clearTimeout(this.timer);
    this.pendingSince = 0;
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
    const now = Date.now();
    this.detections = this.detections.filter((t) => now - t < 60_000);
    if (this.detections.length >= MAX_DETECTIONS_PER_MINUTE) return;
    this.detections.push(now);
    let next: ArticleModel | null = null;
    try {
      next = detectArticle(this.doc, { url: this.doc.URL, sites: [...SITES] });
    } catch (error) {
      console.warn('[Dễ Đọc] article detection failed', error);
    }
    if (isSameArticle(this.model, next)) {
      // Same article: keep the old model object so features keep their references.
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
  }

  private queue(records: MutationRecord[]): void {
    for (const record of records) if (!isOwnRecord(record)) this.pending.push(record);
    if (this.pending.length === 0 || this.frame) return;
    const view = this.doc.defaultView;
    // Batch per frame; a hidden tab gets no frames, so fall back to a timer there.
    const flush = (): void => {
      this.frame = 0;
      this.flush();
    };
    if (view && this.doc.visibilityState !== 'hidden') this.frame = view.requestAnimationFrame(flush);
    else this.frame = setTimeout(flush, 50) as unknown as number;
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
    if (model && !isArticleConnected(model)) return true;
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
