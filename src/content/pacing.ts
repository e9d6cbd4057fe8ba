// The features' pacing: frames, idle slices, and the slice pacer that keeps our script per rendered frame short (no
// task of ours near the 50 ms long-task line). Published by the article bundle for every feature; the yield and the
// time-boxed drive that boot needs are in schedule.ts.

import { yieldToPage } from './schedule';

/** A hidden tab gets no animation frames: go on after this long anyway. */
const FRAME_FALLBACK_MS = 50;
/** An idle callback runs at the latest after this long, so a page that is never idle still gets its turn. */
const IDLE_TIMEOUT_MS = 2000;

/** Resolves after the page's next rendered frame (after its rendering, not before), or FRAME_FALLBACK_MS in a hidden tab. */
export function nextFrame(doc: Document): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, FRAME_FALLBACK_MS);
    doc.defaultView?.requestAnimationFrame(() => {
      clearTimeout(timer);
      setTimeout(resolve, 0);
    });
  });
}

/** Runs `task` when the browser is idle (at the latest after IDLE_TIMEOUT_MS); nothing runs once `signal` aborted. */
export function runWhenIdle(view: Window, task: () => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  const run = (): void => {
    if (!signal.aborted) task();
  };
  if (typeof view.requestIdleCallback === 'function') {
    const id = view.requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
    signal.addEventListener('abort', () => view.cancelIdleCallback(id), { once: true });
  } else {
    const id = view.setTimeout(run, 50);
    signal.addEventListener('abort', () => view.clearTimeout(id), { once: true });
  }
}

/** A step of sliced work: "again" when it stopped on its time budget and must be called again in a later task. */
export type Step = () => 'again' | unknown;

/**
 * Runs steps one per idle slice, in order; a step that answers "again" stays first and goes on in the next slice.
 * `afterStep` runs after each slice (e.g. to redraw what is ready).
 */
export function runStepsWhenIdle(view: Window, steps: Step[], signal: AbortSignal, afterStep?: () => void): void {
  const next = (): void => {
    const step = steps[0];
    if (!step) return;
    if (step() !== 'again') steps.shift();
    afterStep?.();
    runWhenIdle(view, next, signal);
  };
  runWhenIdle(view, next, signal);
}

/** Work per slice before yielding: well under the 50 ms long-task line; input and the page's tasks run between. */
export const SLICE_MS = 6;
/**
 * Our script time per rendered frame: two slices, then the page renders before the next. (A yield's continuation
 * may run before the page renders: chained slices made frames of 80 ms, four slices and the layout of their
 * writes, on a 50,000-word article.)
 */
const FRAME_SCRIPT_MS = 12;
/**
 * DOM writes (text nodes split or put back) per animation frame. The page's own rendering of our changes costs
 * about 0.1–0.5 ms per paragraph touched (it lays the paragraph out again): a thousand at once is a frame of several
 * hundred milliseconds on a long article, forty keep each frame short.
 */
const WRITES_PER_FRAME = 40;
/** The fewest writes per frame when the page renders slowly (an old computer, a heavy page). */
const MIN_WRITES_PER_FRAME = 5;
/**
 * A wait for the next frame longer than this means the page's rendering of our batch was slow: the next batch
 * is halved. A frame is 16.7 ms at 60 Hz, so a wait up to this includes rendering of a few milliseconds.
 */
const SLOW_FRAME_MS = 34;

/** Thrown out of a paced task when its signal aborted: the caller stops quietly. */
export class AbortedError extends Error {
  constructor() {
    super('aborted');
  }
}

export interface PacerOptions {
  doc: Document;
  sliceMs?: number;
  yieldToPage?(): Promise<void>;
  /** Waits for the page's next rendered frame (tests and benchmarks may pass their own). */
  nextFrame?(): Promise<void>;
}

/**
 * Paces long work that writes to the page: script time is cut into slices of SLICE_MS, at most FRAME_SCRIPT_MS of
 * them per rendered frame, and DOM writes are counted per frame, their number adapted to how fast the page renders
 * them. Checks are synchronous (most calls need no wait); the waits throw AbortedError once the signal aborted.
 */
export class SlicePacer {
  private sliceStart = 0;
  private writesThisFrame = 0;
  /** Writes allowed per frame now: halved after a slow frame, grown back after quick ones (see framePaced). */
  private writesPerFrame = WRITES_PER_FRAME;
  private isFrameCounting = false;
  /** Our script time since the page last rendered a frame: at most about one slice per frame (see checkpoint). */
  private scriptThisFrame = 0;
  private readonly sliceMs: number;
  private readonly yield: () => Promise<void>;
  private readonly nextFrame: () => Promise<void>;

  constructor(private readonly options: PacerOptions) {
    this.sliceMs = options.sliceMs ?? SLICE_MS;
    this.yield = options.yieldToPage ?? yieldToPage;
    this.nextFrame = options.nextFrame ?? (() => nextFrame(options.doc));
  }

  /** A new slice starts now (at the start of a run). */
  startSlice(): void {
    this.sliceStart = performance.now();
  }

  /**
   * Counts one DOM write, and says whether the frame's writes are already done (then the caller waits for the next
   * frame with waitForFrame, and the page renders in between).
   */
  mustWaitForFrame(): boolean {
    this.countFrames();
    return ++this.writesThisFrame > this.writesPerFrame;
  }

  /** The counts per frame (writes, script time) start again with each frame the page renders, whoever made it. */
  private countFrames(): void {
    if (this.isFrameCounting) return;
    this.isFrameCounting = true;
    this.options.doc.defaultView?.requestAnimationFrame(() => {
      this.writesThisFrame = 0;
      this.scriptThisFrame = 0;
      this.isFrameCounting = false;
    });
  }

  async waitForFrame(signal: AbortSignal): Promise<void> {
    await this.framePaced();
    if (signal.aborted) throw new AbortedError();
    this.writesThisFrame = 1;
    this.scriptThisFrame = 0;
    this.sliceStart = performance.now();
  }

  /**
   * Waits for the next frame and sets the size of the next batch from how long that took: the page's own cost
   * of rendering what we changed differs a hundredfold between a small portal page on a new computer and a
   * 50,000-word article on an old one, and a fixed batch is either slow on the first or janky on the second.
   */
  async framePaced(): Promise<void> {
    const start = performance.now();
    await this.nextFrame();
    const waited = performance.now() - start;
    // A hidden tab renders no frames (the wait is the fallback timer): nothing to learn from it.
    if (this.options.doc.hidden) return;
    if (waited > SLOW_FRAME_MS) this.writesPerFrame = Math.max(MIN_WRITES_PER_FRAME, Math.floor(this.writesPerFrame / 2));
    else if (waited < SLOW_FRAME_MS / 2) this.writesPerFrame = Math.min(WRITES_PER_FRAME, this.writesPerFrame + 5);
  }

  /** Writes allowed in the next frame (a batch of writes done at once, e.g. putting the page back). */
  get batchSize(): number {
    return this.writesPerFrame;
  }

  /** Starts again from a full batch (a short job is done at once) and adapts from there. */
  resetBatch(): void {
    this.writesPerFrame = WRITES_PER_FRAME;
  }

  /** Is the slice used up (or the work aborted)? Checked without an await: most calls answer no. */
  isDue(signal: AbortSignal): boolean {
    return signal.aborted || performance.now() - this.sliceStart >= this.sliceMs;
  }

  /**
   * Ends the slice when it is used up. The next one comes after a plain yield (input and other tasks of the page
   * run first) while this frame has had less than FRAME_SCRIPT_MS of ours, else after the page's next frame.
   */
  async checkpoint(signal: AbortSignal): Promise<void> {
    if (signal.aborted) throw new AbortedError();
    const used = performance.now() - this.sliceStart;
    if (used < this.sliceMs) return;
    this.countFrames();
    this.scriptThisFrame += used;
    if (this.scriptThisFrame >= FRAME_SCRIPT_MS) {
      await this.nextFrame();
      this.scriptThisFrame = 0;
    } else {
      await this.yield();
    }
    if (signal.aborted) throw new AbortedError();
    this.sliceStart = performance.now();
  }
}
