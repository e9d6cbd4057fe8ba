// Noticing that this content script is an orphan: the extension was updated, reloaded or removed while the page
// stayed open, so its context is gone (runtime.id undefined, every runtime call throws "Extension context
// invalidated"). The old copy must then take out everything it added, quietly, because nothing will tell it
// later: storage and message listeners of an orphan never fire again.
//
// How it is noticed, without keeping the background awake:
// - A port to the background (runtime.connect). Its disconnect comes at once when the extension goes away. Chrome
//   also disconnects it each time the idle service worker stops, with the context still alive: then the watch does
//   not reconnect at once (connecting wakes the worker, which would stop again, in a loop), but on the next need,
//   i.e. after a message of ours reached the background (which woke it anyway), and at most once per RECONNECT_MS.
// - Cheap synchronous checks of the context (no call to the background) when the page is shown again, on the
//   reader's pointer or key presses, and when a child of <html> is added or removed (a new copy of Dễ Đọc cleaning
//   the old copy's <dedoc-root> away, see stale.ts). A page can fire these as often as it likes: the check only
//   ever stops a copy whose context is really gone, so a page cannot make a live copy stop.

/** The part of runtime.Port the watch uses. */
export interface WatchPort {
  onDisconnect: { addListener(callback: () => void): void };
  disconnect(): void;
}

export interface OrphanWatchOptions {
  doc: Document;
  /** True while this copy's extension context is alive (never throws). */
  isAlive(): boolean;
  /** Opens a port to the background (may throw once the context is gone). */
  connect(): WatchPort;
  /** Takes out everything this copy added; called once, when the context is gone. */
  onOrphaned(): void;
  now?(): number;
}

/** Shortest time between two reconnections after a disconnect with the context alive. */
export const RECONNECT_MS = 60_000;

export class OrphanWatch {
  private port: WatchPort | null = null;
  private lastConnect = Number.NEGATIVE_INFINITY;
  private observer: MutationObserver | null = null;
  private readonly controller = new AbortController();
  private orphaned = false;
  private readonly now: () => number;

  constructor(private readonly options: OrphanWatchOptions) {
    this.now = options.now ?? (() => Date.now());
  }

  get isOrphaned(): boolean {
    return this.orphaned;
  }

  start(): void {
    if (!this.check()) return;
    this.connect();
    const { doc } = this.options;
    const signal = this.controller.signal;
    const check = (): void => void this.check();
    doc.addEventListener('visibilitychange', check, { signal });
    doc.addEventListener('pointerdown', check, { capture: true, passive: true, signal });
    doc.addEventListener('keydown', check, { capture: true, passive: true, signal });
    const View = doc.defaultView?.MutationObserver;
    const html = doc.documentElement;
    if (View && html) {
      this.observer = new View(check);
      this.observer.observe(html, { childList: true });
    }
  }

  /** True while the context is alive; the first time it is found gone, the copy stops. */
  check(): boolean {
    if (this.orphaned) return false;
    if (this.options.isAlive()) return true;
    this.stop();
    return false;
  }

  /** A message of ours reached the background: a good moment to reconnect a port the worker's sleep closed. */
  touch(): void {
    if (this.port || !this.check() || this.now() - this.lastConnect < RECONNECT_MS) return;
    this.connect();
  }

  private connect(): void {
    this.lastConnect = this.now();
    let port: WatchPort;
    try {
      port = this.options.connect();
    } catch {
      void this.check();
      return;
    }
    this.port = port;
    port.onDisconnect.addListener(() => {
      if (this.port === port) this.port = null;
      // Read, so that Chrome does not report an unchecked error of a worker that went to sleep.
      readLastError();
      void this.check();
    });
  }

  /** Stops everything of this copy, once; nothing it does may throw into the page. */
  private stop(): void {
    this.orphaned = true;
    this.controller.abort();
    this.observer?.disconnect();
    this.observer = null;
    const port = this.port;
    this.port = null;
    try {
      port?.disconnect();
    } catch {
      // The port of a dead context may throw: it is closed either way.
    }
    try {
      this.options.onOrphaned();
    } catch {
      // An orphan has nowhere to report to, and the page must not see our errors.
    }
  }
}

function readLastError(): void {
  try {
    void (globalThis as { chrome?: { runtime?: { lastError?: unknown } } }).chrome?.runtime?.lastError;
  } catch {
    // Not Chrome, or a dead context.
  }
}
