// Which word is being heard now. The built-in voice knows when each word starts in its audio; the player schedules
// that audio on an AudioContext, so the current word is a function of the AudioContext's clock, not of when
// events arrived. For engines without word events, estimated times (timing.ts) go through the same schedule.
//
// The clock is injected: AudioContext.currentTime in the product (it stops while the context is suspended, so a
// pause needs nothing here), a fake clock in tests.

export interface Clock {
  /** Seconds, monotonic. */
  now(): number;
}

export interface TimedWord {
  /** Seconds from the start of the chunk's audio. */
  readonly time: number;
  /** Offsets in the source text, for the highlight. */
  readonly sourceStart: number;
  readonly sourceEnd: number;
}

/**
 * Words of one chunk on a clock. Words may be added as synthesis produces them (in time order); `begin` says when
 * the chunk's audio starts on the clock. Before that time, and before the first word, there is no current word.
 */
export class WordSchedule<W extends TimedWord = TimedWord> {
  private readonly words: W[] = [];
  private startAt: number | undefined;
  /** While paused on a clock that keeps running (not an AudioContext), the time the pause began. */
  private pausedAt: number | undefined;

  constructor(private readonly clock: Clock) {}

  /** The chunk's audio starts at `clockTime` (default: now). */
  begin(clockTime: number = this.clock.now()): void {
    this.startAt = clockTime;
  }

  /** Adds words, in time order, after the ones already there. Out-of-order words are a caller error. */
  add(words: readonly W[]): void {
    for (const word of words) {
      const last = this.words[this.words.length - 1];
      if (last !== undefined && word.time < last.time) throw new RangeError(`word at ${word.time}s added after ${last.time}s`);
      this.words.push(word);
    }
  }

  /** For clocks that do not stop on pause: freeze the position. */
  pause(): void {
    if (this.pausedAt === undefined) this.pausedAt = this.clock.now();
  }

  resume(): void {
    if (this.pausedAt === undefined) return;
    if (this.startAt !== undefined) this.startAt += this.clock.now() - this.pausedAt;
    this.pausedAt = undefined;
  }

  /** Seconds of the chunk's audio heard so far, or undefined before begin. */
  elapsed(): number | undefined {
    if (this.startAt === undefined) return undefined;
    const now = this.pausedAt ?? this.clock.now();
    return now - this.startAt;
  }

  /** Index of the last word that has started, or -1. */
  private indexAt(elapsed: number): number {
    let lo = 0;
    let hi = this.words.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.words[mid]!.time <= elapsed) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /** The word being heard now, or undefined (not begun, before the first word, or no words). */
  current(): W | undefined {
    const elapsed = this.elapsed();
    if (elapsed === undefined) return undefined;
    const i = this.indexAt(elapsed);
    return i < 0 ? undefined : this.words[i];
  }

  /**
   * Seconds until the next word starts (to set a timer for the next highlight), or undefined when there is no
   * next word yet, or the schedule has not begun, or it is paused.
   */
  secondsToNext(): number | undefined {
    const elapsed = this.elapsed();
    if (elapsed === undefined || this.pausedAt !== undefined) return undefined;
    const next = this.words[this.indexAt(elapsed) + 1];
    return next === undefined ? undefined : Math.max(0, next.time - elapsed);
  }
}
