// The state the speech normaliser's rules share while walking a text: its atoms, the spoken text built so far,
// the last words seen (cues such as "quý", "thứ", "ngày"), where sentences end, and the acronyms found in it.
// Every helper looks at a bounded number of atoms around a position.
import type { AcronymOccurrence } from '../acronyms/index';
import type { Atom } from './atoms';
import { SpeechBuilder } from './speech-text';

/** How the normaliser resolves an acronym at one occurrence: its expansion, and other meanings when undecided. */
export interface SpeechAcronymResolver {
  resolve(
    form: string,
    context?: string,
    at?: number,
  ): { expansion: string; alternatives: readonly string[]; source?: 'page' | 'user' | 'builtin' } | null;
}

/** What the last number phrase was, for the separator after it ("07/03/2026 - 08:07" is not a range). */
export type PhraseKind = 'date' | 'time' | 'number';

/** Characters on each side of an acronym its meaning is decided from (about a paragraph). */
const CONTEXT_RADIUS = 200;
/** How many words before a position cues are looked for in ("đại hội" XIII, "Nghị định số" 15/2020/NĐ-CP). */
const RECENT_WORDS = 3;

export class Scan {
  readonly builder = new SpeechBuilder();
  /** Lower-case words seen last (the text is NFC), oldest first; cleared at sentence punctuation. */
  private readonly recent: string[] = [];
  /** Kind and atom index (exclusive end) of the last number phrase. */
  lastPhrase: { kind: PhraseKind; end: number } | undefined;

  constructor(
    readonly text: string,
    readonly atoms: readonly Atom[],
    /** Offsets right after the last character of each sentence. */
    readonly sentenceEnds: ReadonlySet<number>,
    /** Known acronyms by start offset (tokenizeAcronyms). */
    readonly known: ReadonlyMap<number, AcronymOccurrence>,
    /** All-caps tokens no source explains, by start offset, with their end. */
    readonly unknown: ReadonlyMap<number, number>,
    readonly resolver: SpeechAcronymResolver,
  ) {}

  atom(i: number): Atom | undefined {
    return this.atoms[i];
  }

  isMark(i: number, chars: string): boolean {
    const a = this.atoms[i];
    return a !== undefined && a.kind === 'mark' && chars.includes(a.text);
  }

  isDigits(i: number, minLength = 1, maxLength = Infinity): boolean {
    const a = this.atoms[i];
    return a !== undefined && a.kind === 'digits' && a.text.length >= minLength && a.text.length <= maxLength;
  }

  isLetters(i: number): boolean {
    return this.atoms[i]?.kind === 'letters';
  }

  /** The word right after atom `j` (one space between), lower case; undefined if punctuation comes first. */
  nextWord(j: number): string | undefined {
    const space = this.atoms[j + 1];
    const word = this.atoms[j + 2];
    if (space?.kind !== 'space' || word?.kind !== 'letters') return undefined;
    return word.text.toLowerCase();
  }

  /** The last word seen (lower case), or the last `n` words joined by spaces. */
  previousWords(n: number): string | undefined {
    if (this.recent.length < n) return undefined;
    return this.recent.slice(this.recent.length - n).join(' ');
  }

  /** True when the last word, or the last two, is in `cues`. */
  followsCue(cues: ReadonlySet<string>): boolean {
    const one = this.previousWords(1);
    const two = this.previousWords(2);
    return (one !== undefined && cues.has(one)) || (two !== undefined && cues.has(two));
  }

  rememberWord(word: string): void {
    this.recent.push(word.toLowerCase());
    if (this.recent.length > RECENT_WORDS) this.recent.shift();
  }

  forgetWords(): void {
    this.recent.length = 0;
  }

  /**
   * The text around source offset `at` for resolving an ambiguous acronym there, with `at` inside it. A window,
   * not the whole text: the words that decide are near the acronym, and resolving against the whole text for each
   * of thousands of acronyms would be quadratic.
   */
  contextAround(at: number): { context: string; at: number } {
    const from = Math.max(0, at - CONTEXT_RADIUS);
    return { context: this.text.slice(from, at + CONTEXT_RADIUS), at: at - from };
  }

  /** The source text of atoms [from, to). */
  sourceOf(from: number, to: number): string {
    const first = this.atoms[from];
    const last = this.atoms[to - 1];
    if (first === undefined || last === undefined) return '';
    return this.text.slice(first.start, last.end);
  }

  /** Speaks atoms [from, to) as `spoken`. */
  say(from: number, to: number, spoken: string): number {
    this.builder.replace(this.atoms[from]!.start, this.atoms[to - 1]!.end, spoken);
    return to;
  }

  /**
   * The atom after `end` when it is a dot that belongs to the abbreviation before it ("TP. Rạch Giá", "ThS.
   * Nguyễn"): not the last character of a sentence. Returns `end + 1` then, else `end`.
   */
  withAbbreviationDot(end: number): number {
    const dot = this.atoms[end];
    if (dot === undefined || dot.kind !== 'mark' || dot.text !== '.') return end;
    if (this.sentenceEnds.has(dot.end)) return end;
    // "v.v..." or "TP..." is an ellipsis, which speaks as a pause: keep it.
    if (this.isMark(end + 1, '.…')) return end;
    return end + 1;
  }
}
