// One write coalescer for every settings control that changes quickly (the popup's and the options page's
// sliders, the page toolbar's A+ / A−): a slider reports every value it passes, storage gets few of them and
// always the last. storage.sync allows 120 writes a minute (the options page's defaults live there), and each
// write of the per-site values wakes every open tab of the site.
//
// Three promises to the control that uses it:
// - the first change is written at once (the page previews it), later ones at most once per interval, merged;
// - one write at a time, in order, so a later value never lands before an earlier one;
// - `overlay` shows the control its own values until storage holds them: a settings event that left before
//   this context's write must not move the slider back; once written, a newer value from elsewhere wins.

/** Per-site values (storage.local): short enough that the page follows the popup's slider as it moves. */
export const LOCAL_WRITE_INTERVAL_MS = 100;
/** Values kept in storage.sync (the defaults every site gets): at most one write a second of the 120 a minute. */
export const SYNC_WRITE_INTERVAL_MS = 1000;

export interface WriteCoalescerOptions {
  /** Least time between the starts of two writes. */
  intervalMs: number;
  /** A write failed: its values are no longer shown over what storage holds. */
  onError?(error: unknown, patch: object): void;
}

export class WriteCoalescer<T extends object> {
  /** Sent (or about to be) and not yet seen back from storage. */
  private pending: Partial<T> = {};
  /** Changed and not yet written. */
  private queued: Partial<T> | null = null;
  private writing: Promise<void> | null = null;
  private lastStart = Number.NEGATIVE_INFINITY;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private isDisposed = false;

  constructor(
    private readonly write: (patch: Partial<T>) => Promise<unknown>,
    private readonly options: WriteCoalescerOptions,
  ) {}

  /** True while values of this context are not yet confirmed by storage. */
  get hasPending(): boolean {
    return this.queued !== null || this.writing !== null || Object.keys(this.pending).length > 0;
  }

  /** A change of the control: shown at once through `overlay`, written soon. */
  change(patch: Partial<T>): void {
    if (this.isDisposed) return;
    Object.assign(this.pending, patch);
    this.queued = { ...this.queued, ...patch };
    this.schedule();
  }

  /**
   * What the control shows: `stored` with this context's values over it. A value storage now holds is no longer
   * pending, so the next settings event shows storage's value, whoever wrote it.
   */
  overlay(stored: T): T {
    const shown = { ...stored };
    for (const key of Object.keys(this.pending) as Array<keyof T>) {
      const value = this.pending[key] as T[keyof T];
      if (Object.is(stored[key], value) && !this.isQueued(key)) delete this.pending[key];
      else shown[key] = value;
    }
    return shown;
  }

  /** Writes what waits now, without waiting for the interval (the popup or the page is going away). */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.writing) await this.writing;
    if (this.queued && !this.isDisposed) await this.start();
  }

  /** Stops: nothing more is written (the feature was switched off). */
  dispose(): void {
    this.isDisposed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.queued = null;
  }

  private isQueued(key: keyof T): boolean {
    return this.queued !== null && key in this.queued;
  }

  private schedule(): void {
    if (this.isDisposed || this.writing || !this.queued || this.timer !== undefined) return;
    const wait = this.lastStart + this.options.intervalMs - Date.now();
    if (wait <= 0) {
      void this.start();
      return;
    }
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.schedule();
    }, wait);
  }

  private start(): Promise<void> {
    const patch = this.queued;
    if (!patch) return Promise.resolve();
    this.queued = null;
    this.lastStart = Date.now();
    const settle = (): void => {
      // Written (or refused): storage holds this value now, or a newer one from elsewhere, which must then win.
      for (const key of Object.keys(patch) as Array<keyof T>) {
        if (Object.is(this.pending[key], patch[key]) && !this.isQueued(key)) delete this.pending[key];
      }
    };
    this.writing = this.write(patch)
      .then(settle, (error: unknown) => {
        settle();
        this.options.onError?.(error, patch);
      })
      .finally(() => {
        this.writing = null;
        this.schedule();
      });
    return this.writing;
  }
}
