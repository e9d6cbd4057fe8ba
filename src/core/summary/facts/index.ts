// Key facts of an article: when, where, who (with titles), which organisations, and figures with what they
// measure. Rule-based and Vietnamese-specific; one file per kind of fact (when.ts, where.ts, people.ts,
// organisations.ts with its organisation-*.ts parts, figures.ts), reading the tokens of tokens.ts over the bounded
// windows of windows.ts, with the word lists in lexicon/. Every fact carries the offsets of its own text and of its
// source sentence in the ORIGINAL string.
//
// Linear and sliced: the article is read line by line, sentence by sentence, and a sentence longer than a window in
// pieces; each step of keyFactsSteps reads one window (or splits one line into sentences), so no step looks at more
// than MAX_LINE_CHARS characters, and every look around a token is a bounded number of tokens.
import { lineRanges, sentencesIn, splitSentences, type SentenceSpan } from '../../text/index';
import { drain } from '../steps';
import { FigureExtractor } from './figures';
import { organisationLexicon, OrganisationExtractor } from './organisations';
import { PeopleExtractor } from './people';
import { WhenExtractor } from './when';
import { WhereExtractor } from './where';
import { windowsOf } from './windows';
import type { AcronymMeaning, KeyFactOptions, KeyFacts } from './types';

export type {
  AcronymMeaning,
  FactBase,
  FigureFact,
  KeyFactOptions,
  KeyFacts,
  OrganisationFact,
  PersonFact,
  Span,
  WhenFact,
  WhereFact,
} from './types';
export { MAX_WINDOW_CHARS } from './windows';

/**
 * At most this many facts of each kind are kept from one article: the panel shows six; a page listing thousands of
 * names must not make the merging at the end long.
 */
export const MAX_FACTS_PER_KIND = 200;

/** A sentence with one fact of each kind, for warmUpKeyFacts. */
const WARM_UP_TEXT =
  'Sáng 15-6-2019, ông Phạm Vũ Hồng, Chủ tịch Ủy ban nhân dân (UBND) tỉnh Kiên Giang, làm việc với Sở Nội vụ tại huyện Tịnh Biên, TP. Rạch Giá; 1.842 thủ tục đạt 99,41% và 12,5 tỷ đồng.';

class Extractors {
  readonly when = new WhenExtractor(MAX_FACTS_PER_KIND);
  readonly where = new WhereExtractor(MAX_FACTS_PER_KIND);
  readonly people = new PeopleExtractor(MAX_FACTS_PER_KIND);
  readonly organisations: OrganisationExtractor;
  readonly figures = new FigureExtractor(MAX_FACTS_PER_KIND);

  constructor(acronyms?: AcronymMeaning) {
    this.organisations = new OrganisationExtractor(MAX_FACTS_PER_KIND, acronyms);
  }

  read(sentence: SentenceSpan): Generator<void> {
    return this.readWindows(sentence);
  }

  private *readWindows(sentence: SentenceSpan): Generator<void> {
    for (const w of windowsOf(sentence)) {
      const covered = this.when.scan(w);
      this.where.scan(w);
      this.people.scan(w);
      this.organisations.scan(w);
      this.figures.scan(w, covered);
      yield;
    }
  }

  result(): KeyFacts {
    return {
      when: this.when.result(),
      where: this.where.result(),
      people: this.people.result(),
      organisations: this.organisations.result(),
      figures: this.figures.result(),
    };
  }
}

/**
 * extractKeyFacts in a fresh page first builds its word lists (the built-in dictionary's names among them), which
 * costs more than the facts of a short article. These steps build them and run each kind of fact once on one
 * sentence, each in a short task of its own, before the article's facts are extracted.
 */
export function warmUpKeyFacts(): Array<() => void> {
  const sentence = (): SentenceSpan => splitSentences(WARM_UP_TEXT)[0]!;
  const readOnce = (pick: (x: Extractors, s: SentenceSpan) => void) => () => pick(new Extractors(), sentence());
  return [
    () => void organisationLexicon(),
    readOnce((x, s) => void [...windowsOf(s)].forEach((w) => x.when.scan(w))),
    readOnce((x, s) => void [...windowsOf(s)].forEach((w) => x.people.scan(w))),
    readOnce((x, s) => void [...windowsOf(s)].forEach((w) => x.organisations.scan(w))),
    readOnce((x, s) => void [...windowsOf(s)].forEach((w) => (x.where.scan(w), x.figures.scan(w, [])))),
  ];
}

/**
 * extractKeyFacts as small steps: the generator stops after each line is split into sentences and after each
 * window of a sentence is read, so that a caller on a page's main thread can spread a long article over short
 * tasks (each step reads at most one window of MAX_WINDOW_CHARS, or splits at most MAX_LINE_CHARS into
 * sentences). Draining it gives exactly extractKeyFacts' result.
 */
export function* keyFactsSteps(text: string, options: KeyFactOptions = {}): Generator<void, KeyFacts> {
  const extractors = new Extractors(options.acronyms);
  for (const [start, end] of lineRanges(text)) {
    const sentences = sentencesIn(text, start, end);
    yield;
    for (const sentence of sentences) yield* extractors.read(sentence);
  }
  const facts = extractors.result();
  const max = options.maxPerKind;
  if (max === undefined) return facts;
  return {
    when: facts.when.slice(0, max),
    where: facts.where.slice(0, max),
    people: facts.people.slice(0, max),
    organisations: facts.organisations.slice(0, max),
    figures: facts.figures.slice(0, max),
  };
}

/** Extracts when, where, who, which organisations and which figures the text reports. Deterministic. */
export function extractKeyFacts(text: string, options: KeyFactOptions = {}): KeyFacts {
  return drain(keyFactsSteps(text, options));
}
