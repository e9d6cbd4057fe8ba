// The pieces of an article the fact extractors read: the bounded lines and sentences of core/text's
// sentence-pieces, and windows of at most MAX_WINDOW_CHARS inside a sentence that runs longer, so that no step of
// keyFactsSteps looks at more than a few thousand characters, whatever the page sends.
import { sentencePieces, type SentenceSpan } from '../../text/index';
import { scanTokens, type Token } from './tokens';
import type { Span } from './types';

/**
 * A sentence longer than this is read in windows of at most this many characters, cut at a clause boundary:
 * the longest sentences of state documents (a list of conditions in one sentence) run to about 1,000.
 */
export const MAX_WINDOW_CHARS = 1500;

/** A window of text with its tokens: a sentence, or a piece of a very long one. */
export interface Window {
  text: string;
  /** Offset of `text` in the article. */
  start: number;
  /** The sentence the window belongs to, in the article. */
  sentence: Span;
  tokens: Token[];
}

/** The windows of one sentence, one at a time (each is scanned only when asked for). */
export function* windowsOf(sentence: SentenceSpan): Generator<Window> {
  const span: Span = { start: sentence.start, end: sentence.end };
  for (const piece of sentencePieces(sentence, MAX_WINDOW_CHARS)) {
    yield { text: piece.text, start: piece.start, sentence: span, tokens: scanTokens(piece.text) };
  }
}
