// Long work as generator steps: a caller on a page's main thread runs a few steps per task (see keyFactsSteps,
// summaryPreparation); everything else drains them at once and gets exactly the same result.

/** Runs every step of a generator and returns its result. */
export function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Sentences read per step: each is at most MAX_SENTENCE_CHARS long, so a step stays well under a millisecond. */
export const SENTENCES_PER_STEP = 20;
