// What key facts are: every fact carries its text as written and the offsets of that text and of its source
// sentence in the ORIGINAL string given to extractKeyFacts.

export interface Span {
  start: number;
  end: number;
}

export interface FactBase {
  /** The fact as written: `text === original.slice(span.start, span.end)`. */
  text: string;
  span: Span;
  /** The sentence the fact comes from (see splitSentences). */
  sentence: Span;
}

export interface WhenFact extends FactBase {
  day?: number;
  month?: number;
  year?: number;
}

export interface WhereFact extends FactBase {
  /** The place name without its unit: "Kiên Giang" for "tỉnh Kiên Giang". */
  name: string;
  /** "tỉnh", "TP.", "huyện" … when the text gives one. */
  unit?: string;
}

export interface PersonFact extends FactBase {
  name: string;
  /** Titles in the order the article gives them, each once. */
  titles: string[];
}

export interface OrganisationFact extends FactBase {
  /**
   * The name as the article writes it at its fullest: `text`, or for a body named in a list that shares its head,
   * the head and `text` ("Bộ Công Thương" for "Công Thương" in "các Bộ Y tế, Công Thương").
   */
  name: string;
  /** The acronym the article uses for the same body, when the name is written out: "UBND" for "Ủy ban nhân dân". */
  acronym?: string;
}

export interface FigureFact extends FactBase {
  /** Number and unit as written: "19,12%", "3,75 tỷ đồng", "16 người". */
  value: string;
  /** What the number measures: "tỷ lệ cắt giảm chi phí tuân thủ thủ tục hành chính". */
  measure: string;
}

export interface KeyFacts {
  when: WhenFact[];
  where: WhereFact[];
  people: PersonFact[];
  organisations: OrganisationFact[];
  figures: FigureFact[];
}

/**
 * The long form of an acronym at one occurrence (`context` is the window of text it stands in), as the article's one
 * acronym resolution gives it (its own definitions, then the reader's dictionary, then the built-in one); undefined
 * when it knows none.
 */
export type AcronymMeaning = (short: string, context: string) => string | undefined;

export interface KeyFactOptions {
  /** Keep at most this many facts of each kind, the earliest first. */
  maxPerKind?: number;
  /**
   * The article's acronym resolution, so that the facts read an acronym as the tooltips and read-aloud do; without
   * it, the article's own definitions and then the built-in dictionary.
   */
  acronyms?: AcronymMeaning;
}
