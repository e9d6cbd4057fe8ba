// Finds a summary sentence on the live page: a DOM Range over the text nodes that hold it, so that it can be
// highlighted and scrolled to without touching the page. The model's text is whitespace-collapsed and NFC while
// the page may have line breaks, NBSP, soft hyphens, decomposed (NFD) Vietnamese or inline tags in the middle of a
// sentence; the map below walks the text nodes with those differences folded, keeping each character's origin.

/** Elements whose text the reader never sees. */
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'dedoc-root']);
/** Phrasing elements: their text runs on; any other element boundary reads as a space (as collectText does). */
const INLINE_TAGS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'label',
  'mark', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr',
  'img', 'picture', 'nobr', 'big', 'acronym',
]);
/** Invisible characters the model drops (zero-width spaces and joiners, word joiner, BOM, soft hyphen). */
const INVISIBLE = /^[\u200b-\u200d\u2060\ufeff\u00ad]+$/;
const SPACE = /^\s+$/u;
/** A base character with its combining marks: NFC is applied per cluster so each output char keeps its origin. */
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gu;

interface Origin {
  node: Text;
  start: number;
  end: number;
}

/** The normalised text of an element, and for each of its characters the text-node span it came from. */
export interface TextMap {
  text: string;
  /** Same length as `text`; null for the spaces that stand for element boundaries. */
  origins: Array<Origin | null>;
}

export function normalizeForMatch(text: string): string {
  return text
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .normalize('NFC');
}

export function buildTextMap(element: Element): TextMap {
  const chars: string[] = [];
  const origins: Array<Origin | null> = [];
  const pushSpace = (origin: Origin | null): void => {
    if (chars.length === 0 || chars[chars.length - 1] === ' ') return;
    chars.push(' ');
    origins.push(origin);
  };
  const visit = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const text = child as Text;
        for (const match of text.data.matchAll(CLUSTER)) {
          const cluster = match[0];
          const origin = { node: text, start: match.index, end: match.index + cluster.length };
          if (INVISIBLE.test(cluster)) continue;
          if (SPACE.test(cluster)) {
            pushSpace(origin);
            continue;
          }
          for (const ch of cluster.normalize('NFC')) {
            chars.push(ch);
            origins.push(origin);
          }
        }
      } else if (child.nodeType === 1) {
        const el = child as Element;
        const tag = el.localName;
        if (SKIPPED_TAGS.has(tag) || el.hasAttribute('hidden')) continue;
        if (tag === 'br') {
          pushSpace(null);
          continue;
        }
        const isInline = INLINE_TAGS.has(tag);
        if (!isInline) pushSpace(null);
        visit(el);
        if (!isInline) pushSpace(null);
      }
    }
  };
  visit(element);
  return { text: chars.join(''), origins };
}

/** Where `needle` (already normalised) starts and ends in `map.text`; spaces are ignored when an exact match fails. */
function findSpan(map: TextMap, needle: string): { first: number; last: number } | null {
  if (needle === '') return null;
  const exact = map.text.indexOf(needle);
  if (exact >= 0) return { first: exact, last: exact + needle.length - 1 };
  // Looser: the page may glue or split words at inline tags ("UBND</b>tỉnh") differently from the model.
  const positions: number[] = [];
  let squeezed = '';
  for (let i = 0; i < map.text.length; i++) {
    if (map.text[i] === ' ') continue;
    squeezed += map.text[i];
    positions.push(i);
  }
  const target = needle.replace(/ /g, '');
  const at = squeezed.indexOf(target);
  if (at < 0 || target === '') return null;
  return { first: positions[at]!, last: positions[at + target.length - 1]! };
}

/** A Range over `sentence` inside `element`, or null when the page no longer has that text there. */
export function findSentenceRange(element: Element, sentence: string): Range | null {
  const map = buildTextMap(element);
  const span = findSpan(map, normalizeForMatch(sentence));
  if (!span) return null;
  let { first, last } = span;
  while (first <= last && !map.origins[first]) first++;
  while (last >= first && !map.origins[last]) last--;
  const start = map.origins[first];
  const end = map.origins[last];
  if (!start || !end) return null;
  const range = element.ownerDocument.createRange();
  range.setStart(start.node, start.start);
  range.setEnd(end.node, end.end);
  return range;
}

/** The first of `elements` whose text holds the sentence, with the sentence's range there. */
export function locateSentence(elements: readonly Element[], sentence: string): Range | null {
  const needle = normalizeForMatch(sentence);
  for (const element of elements) {
    if (!element.isConnected) continue;
    // Cheap test on textContent first (spaces ignored), the full map only for the likely block.
    const squeezed = normalizeForMatch(element.textContent ?? '').replace(/ /g, '');
    if (!squeezed.includes(needle.replace(/ /g, ''))) continue;
    const range = findSentenceRange(element, sentence);
    if (range) return range;
  }
  return null;
}
