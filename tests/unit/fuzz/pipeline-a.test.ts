// Fuzz of the content pipeline (tests/unit/fuzz/pipeline.ts: detection, text map, definitions, acronym location,
// summary preparation, key facts) on documents 0–99 of the fixed seed: no exception, every stage's steps counted and
// linear, the page's markup untouched. `npm test` runs 200 documents in two files (run side by side);
// `npm run fuzz -- [count] [seed]` runs all 1,000 (or any number, any seed) and prints the measured step times.
import { describe, expect, it } from 'vitest';
import { FUZZ_SEED } from './hostile-docs';
import { newTally, runDocuments } from './pipeline';

const FROM = 0;
const TO = 100;

describe(`hostile documents through the content pipeline (seed ${FUZZ_SEED.toString(16)})`, () => {
  it(`documents ${FROM}–${TO - 1}`, () => {
    const tally = newTally();
    runDocuments(FROM, TO, FUZZ_SEED, tally);
    expect(tally.documents).toBe(TO - FROM);
    // The sample reaches what it is for: articles found, acronyms located, stepped stages run.
    expect(tally.articles).toBeGreaterThan((TO - FROM) / 2);
    expect(tally.acronymsLocated).toBeGreaterThan(0);
    expect(tally.steps).toBeGreaterThan(TO - FROM);
  });
});
