// The text of a block mapped to the page's own characters: `text` is exactly what collectText gives (and so the
// model's block.text before a dateline is taken off), and every character of it knows the Text node and offsets it
// comes from. Features find a sentence or a word in the model's text and turn its offsets into a DOM Range over
// the page's nodes, whatever the page put in between: line breaks, NBSP, soft hyphens, decomposed (NFD) tone
// marks, inline tags, or the acronym feature's own wrappers. The map is built from the live DOM when it is needed,
// never kept across changes of the page (a kept Range goes stale when a text node is split).
import { ELEMENT_NODE, TEXT_NODE, isHiddenElement, isSkippedTag, walkDescendants } from './dom';
import { INLINE_TAGS } from './text';

/** Where one character of the map's text comes from: a span of one Text node (a composed letter may span two units). */
export interface TextOrigin {
  node: Text;
  start: number;
  end: number;
}

export interface TextMap {
  /** Whitespace collapsed, invisible characters dropped, NFC: equal to collectText of the same element. */
  text: string;
  /** One entry per UTF-16 unit of `text`; null for a space that stands for an element boundary or a <br>. */
  origins: Array<TextOrigin | null>;
}

/** Zero-width spaces and joiners, word joiner, BOM, soft hyphen: dropped, as normalizeText drops them. */
function isInvisible(code: number): boolean {
  return (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff || code === 0x00ad;
}

/** White space as /\s/ sees it (the set normalizeText collapses). */
function isSpace(code: number): boolean {
  return (
    code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000
  );
}

/** A combining mark that composes with the letter before it (the blocks Vietnamese and its bad encodings use). */
function isCombining(code: number): boolean {
  return (code >= 0x0300 && code <= 0x036f) || (code >= 0x1ab0 && code <= 0x1aff) || (code >= 0x1dc0 && code <= 0x1dff) || (code >= 0x20d0 && code <= 0x20ff);
}

/**
 * Maps the visible text of `element`, walking it the way collectText does (script, hidden and excluded elements
 * skipped, a space at <br> and around block-level children). Linear in the element's text.
 */
export function mapText(element: Element, isExcluded?: (el: Element) => boolean): TextMap {
  const chars: string[] = [];
  const origins: Array<TextOrigin | null> = [];
  /** A space is owed before the next visible character (collapsed, and never at the start or the end). */
  let pendingSpace: TextOrigin | null | undefined;
  const pushSpace = (origin: TextOrigin | null): void => {
    if (pendingSpace === undefined) pendingSpace = origin;
  };
  const pushCluster = (node: Text, start: number, end: number): void => {
    if (pendingSpace !== undefined) {
      if (chars.length > 0) {
        chars.push(' ');
        origins.push(pendingSpace);
      }
      pendingSpace = undefined;
    }
    const raw = node.data.slice(start, end);
    const composed = raw.normalize('NFC');
    const origin = { node, start, end };
    for (let i = 0; i < composed.length; i++) {
      chars.push(composed[i]!);
      origins.push(origin);
    }
  };
  const mapNode = (node: Text): void => {
    const data = node.data;
    let i = 0;
    while (i < data.length) {
      const code = data.charCodeAt(i);
      // Invisible characters go first, as normalizeText removes them before it collapses white space (U+FEFF is both).
      if (isInvisible(code)) {
        i++;
        continue;
      }
      if (isSpace(code)) {
        pushSpace({ node, start: i, end: i + 1 });
        i++;
        continue;
      }
      // A letter (a surrogate pair counts as one) with its combining marks; invisible characters between a letter
      // and its marks are dropped, as normalizeText drops them before composing.
      let end = i + (code >= 0xd800 && code <= 0xdbff && i + 1 < data.length ? 2 : 1);
      let hasGap = false;
      for (;;) {
        const next = data.charCodeAt(end);
        if (end < data.length && isCombining(next)) end++;
        else if (end < data.length && isInvisible(next) && end + 1 < data.length && isCombining(data.charCodeAt(end + 1))) {
          hasGap = true;
          end++;
        } else break;
      }
      if (!hasGap) pushCluster(node, i, end);
      else {
        // Rare: compose the cluster without its invisible characters, mapped to the whole span.
        let visible = '';
        for (let k = i; k < end; k++) if (!isInvisible(data.charCodeAt(k))) visible += data[k];
        if (pendingSpace !== undefined) {
          if (chars.length > 0) {
            chars.push(' ');
            origins.push(pendingSpace);
          }
          pendingSpace = undefined;
        }
        const composed = visible.normalize('NFC');
        for (let k = 0; k < composed.length; k++) {
          chars.push(composed[k]!);
          origins.push({ node, start: i, end });
        }
      }
      i = end;
    }
  };
  walkDescendants(
    element,
    (node) => {
      if (node.nodeType === TEXT_NODE) {
        mapNode(node as Text);
        return false;
      }
      if (node.nodeType !== ELEMENT_NODE) return false;
      const el = node as Element;
      if (isSkippedTag(el) || isHiddenElement(el) || el.localName === 'dedoc-root' || (isExcluded && isExcluded(el))) return false;
      if (el.localName === 'br') {
        pushSpace(null);
        return false;
      }
      if (!INLINE_TAGS.has(el.localName)) pushSpace(null);
      return true;
    },
    (el) => {
      if (!INLINE_TAGS.has(el.localName)) pushSpace(null);
    },
  );
  return { text: chars.join(''), origins };
}

/** A DOM Range over the characters [start, end) of the map's text, or null when they hold no page character. */
export function rangeOfText(map: TextMap, start: number, end: number): Range | null {
  let first = Math.max(0, start);
  let last = Math.min(map.origins.length, end) - 1;
  while (first <= last && !map.origins[first]) first++;
  while (last >= first && !map.origins[last]) last--;
  const from = map.origins[first];
  const to = map.origins[last];
  if (!from || !to) return null;
  const range = from.node.ownerDocument.createRange();
  range.setStart(from.node, from.start);
  range.setEnd(to.node, to.end);
  return range;
}

/**
 * Where `needle` (normalised as the map's text is) occurs in the map's text, from `from` on: exactly, or else with
 * spaces ignored (a page may glue or split words at inline tags differently from the model: "UBND</b>tỉnh").
 * Linear: indexOf, and one squeezed copy of the text for the second try.
 */
export function findInText(map: TextMap, needle: string, from = 0): { start: number; end: number } | null {
  if (needle === '') return null;
  const exact = map.text.indexOf(needle, from);
  if (exact >= 0) return { start: exact, end: exact + needle.length };
  const positions: number[] = [];
  let squeezed = '';
  for (let i = from; i < map.text.length; i++) {
    if (map.text[i] === ' ') continue;
    squeezed += map.text[i];
    positions.push(i);
  }
  const target = needle.replace(/ /g, '');
  const at = target === '' ? -1 : squeezed.indexOf(target);
  if (at < 0) return null;
  return { start: positions[at]!, end: positions[at + target.length - 1]! + 1 };
}

/** Characters a block's text may hold that its element's text does not: the separators between table cells. */
function isSeparator(ch: string): boolean {
  return ch === ' ' || ch === ',' || ch === ';';
}

/** How far ahead the alignment looks for the next character it expects before it gives a character up. */
const RESYNC_WINDOW = 64;
/** A longer gap (a whole excluded box) is found by searching the next words; at most this many times per block. */
const MAX_LONG_JUMPS = 8;
/** Characters of the block's text searched for after a long gap. */
const JUMP_PROBE = 16;

/**
 * The map of a block of the article model: `text` is exactly `block.text`, each of its characters mapped to the
 * page's character it was read from. block.text is the element's visible text with the site's boilerplate left out,
 * a leading dateline stripped (sapo), table cells joined by ", " and "; ", or for a run of text beside <br>s only a
 * part of its container: the two texts are aligned in one forward pass (separators and skipped parts get no
 * origin). Linear: each step moves forward in one of the texts, and a resynchronisation looks at a bounded window.
 */
export function mapBlockText(block: { element: Element; text: string }): TextMap {
  const whole = mapText(block.element);
  const text = block.text;
  const origins: Array<TextOrigin | null> = new Array<TextOrigin | null>(text.length).fill(null);
  if (text === '') return { text, origins };
  // Where the block's text starts in its element's: exactly, else the first few words spaces ignored.
  const head = text.slice(0, 24);
  const exact = whole.text.indexOf(text);
  let j = exact >= 0 ? exact : (findInText(whole, head)?.start ?? 0);
  let jumps = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (j < whole.text.length && whole.text[j] === ch) {
      origins[i] = whole.origins[j] ?? null;
      j++;
      continue;
    }
    if (isSeparator(ch)) continue;
    // Skip what the block left out (an excluded box, a space the model does not have) up to the expected character.
    const limit = Math.min(whole.text.length, j + RESYNC_WINDOW);
    let k = j;
    while (k < limit && whole.text[k] !== ch) k++;
    if (k < limit) {
      origins[i] = whole.origins[k] ?? null;
      j = k + 1;
      continue;
    }
    if (jumps < MAX_LONG_JUMPS) {
      jumps++;
      const probe = text.slice(i, i + JUMP_PROBE);
      const at = whole.text.indexOf(probe, j);
      if (at >= 0) {
        origins[i] = whole.origins[at] ?? null;
        j = at + 1;
      }
    }
  }
  return { text, origins };
}
