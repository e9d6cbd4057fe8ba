// Cutting long work into slices that leave the page responsive (no task of ours near the 50 ms long-task line): what
// boot itself needs (its article tracker detects in slices). The features' pacing (frames, idle slices, the slice
// pacer) is in pacing.ts, loaded with the article bundle: boot stays small.

/** Yields to the page: scheduler.yield() where it exists (Chrome 129+), else a message-channel task. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler && typeof scheduler.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    try {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(0);
    } catch {
      setTimeout(resolve, 0);
    }
  });
}

/**
 * Drives a generator of work for at most `budgetMs`: `done` with its value when it finished, else it is to be driven
 * again in a later task (the generator keeps its place).
 */
export function driveFor<T>(work: Generator<void, T>, budgetMs: number): { done: true; value: T } | { done: false } {
  const deadline = performance.now() + budgetMs;
  for (;;) {
    const next = work.next();
    if (next.done) return { done: true, value: next.value };
    if (performance.now() >= deadline) return { done: false };
  }
}
