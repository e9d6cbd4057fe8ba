// Finds a sentence of the article model on the live page: a DOM Range over the text nodes that hold it, so that it
// can be highlighted and scrolled to without touching the page. Found again each time it is needed (the page, or
// another feature such as the acronym wrappers, may have split or replaced the nodes since): through the block text
// map of core (mapText), which folds what the model's text does not have (line breaks, NBSP, soft hyphens, NFD,
// inline tags) and keeps each character's origin.
import { findInText, mapText, normalizeText, rangeOfText } from '../../core/index';

/** A Range over `sentence` inside `element`, or null when the page no longer has that text there. */
export function findSentenceRange(element: Element, sentence: string): Range | null {
  const map = mapText(element);
  const span = findInText(map, normalizeText(sentence));
  return span ? rangeOfText(map, span.start, span.end) : null;
}

/** The first of `elements` whose text holds the sentence, with the sentence's range there. */
export function locateSentence(elements: readonly Element[], sentence: string): Range | null {
  const needle = normalizeText(sentence).replace(/ /g, '');
  if (needle === '') return null;
  for (const element of elements) {
    if (!element.isConnected) continue;
    // Cheap test on textContent first (spaces ignored), the full map only for the likely block.
    if (!normalizeText(element.textContent ?? '').replace(/ /g, '').includes(needle)) continue;
    const range = findSentenceRange(element, sentence);
    if (range) return range;
  }
  return null;
}
