// Scores the meanings of an ambiguous acronym against the text around it.

import { foldForMatch } from './normalize';
import type { ContextCue, ContextRule } from './types';

/** A cue next to the acronym ("Ủy viên BCT") is strong evidence; worth three topic words. */
export const ADJACENT_CUE_SCORE = 3;
/** A topic word somewhere in the context ("xuất khẩu" for Bộ Công Thương). */
export const NEAR_CUE_SCORE = 1;
/**
 * Evidence needed before one meaning is shown alone: one adjacent cue, or two distinct topic words. A single
 * topic word only reorders the meanings, because one word of a paragraph is too easily about something else.
 */
export const DECISIVE_SCORE = 2;
/** How far before/after an occurrence adjacent cues are looked for (UTF-16 units); the longest cue is shorter. */
const WINDOW = 48;

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordChar(ch: string): boolean {
  return ch !== '' && WORD_CHAR.test(ch);
}

/**
 * Phrase cues are plain strings compared on a canonical form, not regexes: the dictionary has about 1,500 of
 * them, and compiling that many Unicode-aware regexes took about half a second on first use. Canonical form:
 * folded (see foldForMatch), runs of whitespace as one space, no spaces around "-", "/" and "&" (symbols and
 * sector names are typed "TT - BTC", "TN & MT" as often as "TT-BTC", "TN&MT").
 */
export function canonicalise(folded: string): string {
  return folded.replace(/\s+/g, ' ').replace(/ ?([-/&]) ?/g, '$1');
}

type CompiledCue =
  /** A phrase, canonicalised, matched on whole words (boundaries checked on its letter/digit edges). */
  | { readonly kind: 'phrase'; readonly text: string; readonly wordStart: boolean; readonly wordEnd: boolean }
  /** A RegExp from the data, tested on the original NFC text. */
  | { readonly kind: 'regexp'; readonly re: RegExp };

export interface CompiledRule {
  readonly before: readonly CompiledCue[];
  readonly after: readonly CompiledCue[];
  readonly near: readonly CompiledCue[];
}

function compileCue(cue: ContextCue): CompiledCue {
  if (typeof cue !== 'string') return { kind: 'regexp', re: cue };
  const text = canonicalise(foldForMatch(cue.normalize('NFC'))).trim();
  return {
    kind: 'phrase',
    text,
    wordStart: isWordChar(text.charAt(0)),
    wordEnd: isWordChar(text.charAt(text.length - 1)),
  };
}

export function compileRule(rule: ContextRule | undefined): CompiledRule {
  return {
    before: (rule?.before ?? []).map(compileCue),
    after: (rule?.after ?? []).map(compileCue),
    near: (rule?.near ?? []).map(compileCue),
  };
}

/** The context in the views cues are tested on. `original` and `folded` have the same length. */
export interface PreparedContext {
  readonly original: string;
  readonly folded: string;
  readonly canonical: string;
}

export function prepareContext(nfcContext: string): PreparedContext {
  const folded = foldForMatch(nfcContext);
  return { original: nfcContext, folded, canonical: canonicalise(folded) };
}

/** Start offsets of `form` in `text` as a whole token: no letter or digit glued before, no letter glued after. */
export function findOccurrences(text: string, form: string): number[] {
  const found: number[] = [];
  if (form === '') return found;
  let from = 0;
  for (;;) {
    const at = text.indexOf(form, from);
    if (at < 0) return found;
    const before = at > 0 ? text.charAt(at - 1) : '';
    const after = text.charAt(at + form.length);
    const gluedBefore = isWordChar(before) && isWordChar(form.charAt(0));
    // Digits may follow: road and term numbers are written glued on ("QL1A", "ĐT741", "UBTVQH15").
    const gluedAfter = after !== '' && /\p{L}/u.test(after) && isWordChar(form.charAt(form.length - 1));
    if (!gluedBefore && !gluedAfter) found.push(at);
    from = at + 1;
  }
}

/** Does the phrase occur in `text` as whole words? */
function containsPhrase(text: string, cue: Extract<CompiledCue, { kind: 'phrase' }>): boolean {
  let from = 0;
  for (;;) {
    const at = text.indexOf(cue.text, from);
    if (at < 0) return false;
    const okStart = !cue.wordStart || !isWordChar(text.charAt(at - 1));
    const okEnd = !cue.wordEnd || !isWordChar(text.charAt(at + cue.text.length));
    if (okStart && okEnd) return true;
    from = at + 1;
  }
}

/** Length of the cue if it matches right before (side 'before') or right after the occurrence, else 0. */
function adjacentMatch(cue: CompiledCue, side: 'before' | 'after', canonical: string, original: string): number {
  if (cue.kind === 'regexp') {
    const m = cue.re.exec(original);
    return m ? m[0].trim().length || 1 : 0;
  }
  if (side === 'before') {
    const left = canonical.trimEnd();
    if (!left.endsWith(cue.text)) return 0;
    const at = left.length - cue.text.length;
    return cue.wordStart && isWordChar(left.charAt(at - 1)) ? 0 : cue.text.length;
  }
  const right = canonical.trimStart();
  if (!right.startsWith(cue.text)) return 0;
  return cue.wordEnd && isWordChar(right.charAt(cue.text.length)) ? 0 : cue.text.length;
}

function longestMatch(cues: readonly CompiledCue[], side: 'before' | 'after', canonical: string, original: string): number {
  let best = 0;
  for (const cue of cues) best = Math.max(best, adjacentMatch(cue, side, canonical, original));
  return best;
}

export interface Occurrence {
  readonly start: number;
  readonly end: number;
}

/**
 * Scores each rule against the context. Adjacent cues compete per occurrence: only the meaning(s) with the
 * longest matching cue score, so "Bộ trưởng BTC" goes to Bộ Tài chính (cue "Bộ trưởng") rather than to an
 * event's organising committee (cue "Trưởng", which also matches the end of "Bộ trưởng").
 */
export function scoreRules(
  rules: readonly CompiledRule[],
  context: PreparedContext,
  occurrences: readonly Occurrence[],
): number[] {
  const scores = rules.map(() => 0);
  for (const occ of occurrences) {
    const leftStart = Math.max(0, occ.start - WINDOW);
    const windows = {
      before: {
        canonical: canonicalise(context.folded.slice(leftStart, occ.start)),
        original: context.original.slice(leftStart, occ.start),
      },
      after: {
        canonical: canonicalise(context.folded.slice(occ.end, occ.end + WINDOW)),
        original: context.original.slice(occ.end, occ.end + WINDOW),
      },
    };
    for (const side of ['before', 'after'] as const) {
      const { canonical, original } = windows[side];
      const lengths = rules.map((rule) => longestMatch(rule[side], side, canonical, original));
      const top = Math.max(0, ...lengths);
      if (top === 0) continue;
      lengths.forEach((len, i) => {
        if (len === top) scores[i] = (scores[i] ?? 0) + ADJACENT_CUE_SCORE;
      });
    }
  }
  rules.forEach((rule, i) => {
    for (const cue of rule.near) {
      const hit = cue.kind === 'regexp' ? cue.re.test(context.original) : containsPhrase(context.canonical, cue);
      if (hit) scores[i] = (scores[i] ?? 0) + NEAR_CUE_SCORE;
    }
  });
  return scores;
}
