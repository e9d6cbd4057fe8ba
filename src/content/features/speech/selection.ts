// The reader's selection as texts to read: inside the article, the selected part of each block it touches (so
// sentences end where the blocks end, and each highlight maps through the block's text map); elsewhere on the page
// (a box the article leaves out), the selected text of its container. Offsets of each source are in its own text.
import { mapBlockText, mapText, rangeOfText, type Block, type TextMap } from '../../../core/index';
import { blockSource, type ReadingSource } from './source';

/** The first and one-past-last indexes of the map's characters inside `range`, or null. */
function selectedSpan(map: TextMap, range: Range): [number, number] | null {
  let first = -1;
  let last = -1;
  for (let i = 0; i < map.origins.length; i++) {
    const origin = map.origins[i];
    if (!origin) continue;
    let isInside = false;
    try {
      isInside = range.comparePoint(origin.node, origin.start) >= 0 && range.comparePoint(origin.node, origin.end) <= 0;
    } catch {
      // A node of another document or a doctype: not in the selection.
    }
    if (!isInside) continue;
    if (first < 0) first = i;
    last = i;
  }
  if (first < 0) return null;
  // Spaces at the edges are not worth a sentence.
  while (last > first && map.text[last] === ' ') last--;
  return [first, last + 1];
}

export function selectionSources(range: Range, blocks: readonly Block[]): ReadingSource[] {
  const sources: ReadingSource[] = [];
  for (const block of blocks) {
    if (!block.element.isConnected || !range.intersectsNode(block.element)) continue;
    const whole = blockSource(block);
    const span = selectedSpan(mapBlockText(block), range);
    if (!span) continue;
    const [a, b] = span;
    sources.push({ text: block.text.slice(a, b), range: (start, end) => whole.range(a + start, a + end) });
  }
  if (sources.length > 0) return sources;
  const container = range.commonAncestorContainer;
  const element = container.nodeType === 1 ? (container as Element) : container.parentElement;
  if (!element) return [];
  const map = mapText(element);
  const span = selectedSpan(map, range);
  if (!span) return [];
  const [a, b] = span;
  return [{ text: map.text.slice(a, b), range: (start, end) => rangeOfText(map, a + start, a + end) }];
}

/**
 * Sentences given as text (the summary's key sentences, exact sentences of the article): each read as it is, and
 * highlighted where a block of the article holds it (no highlight when the page no longer has it).
 */
export function sentenceSources(sentences: readonly string[], blocks: readonly Block[]): ReadingSource[] {
  return sentences.map((sentence) => {
    const text = sentence.normalize('NFC');
    for (const block of blocks) {
      const at = block.text.indexOf(text);
      if (at < 0) continue;
      const whole = blockSource(block);
      return { text, range: (start: number, end: number) => whole.range(at + start, at + end) };
    }
    return { text, range: () => null };
  });
}
