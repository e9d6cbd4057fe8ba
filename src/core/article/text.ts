// Text of DOM blocks: collapsed whitespace, NFC, no script text, and agency datelines removed from the
// model's copy of the lead (never from the page).

import { ELEMENT_NODE, TEXT_NODE, isHiddenElement, isSkippedTag, walkDescendants } from './dom';

/** Zero-width spaces, joiners, word joiner, BOM and soft hyphen: invisible, but they split words for the summary. */
const INVISIBLE_CHARS = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

export function normalizeText(text: string): string {
  return text.replace(INVISIBLE_CHARS, '').replace(/\s+/g, ' ').trim().normalize('NFC');
}

/**
 * The visible text of an element. Unlike textContent it skips script/style and hidden descendants,
 * and puts a space at <br> and between block-level children so "…2026.</p><p>Nghị quyết…" never glues.
 */
export function collectText(element: Element, isExcluded?: (el: Element) => boolean): string {
  const parts: string[] = [];
  walkDescendants(
    element,
    (node) => {
      if (node.nodeType === TEXT_NODE) {
        parts.push((node as Text).data);
        return false;
      }
      if (node.nodeType !== ELEMENT_NODE) return false;
      const el = node as Element;
      if (isSkippedTag(el) || isHiddenElement(el) || (isExcluded && isExcluded(el))) return false;
      if (el.localName === 'br') {
        parts.push(' ');
        return false;
      }
      if (!INLINE_TAGS.has(el.localName)) parts.push(' ');
      return true;
    },
    (el) => {
      if (!INLINE_TAGS.has(el.localName)) parts.push(' ');
    },
  );
  return normalizeText(parts.join(''));
}

/** Phrasing elements: their text continues the surrounding text without a break. */
export const INLINE_TAGS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd',
  'label', 'mark', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u',
  'var', 'wbr', 'img', 'picture', 'nobr', 'big', 'acronym',
]);

/**
 * Agency datelines that open the lead: "(Chinhphu.vn) - ", "(NLĐO)- ", "(KGO) - ", "(Dân trí) - ",
 * "ĐNO - ", "TTO - ", "TP.HCM - ". The parenthesised form allows any short source name; the bare form
 * only capitals (2–10, dots allowed) so an ordinary first word never matches.
 */
const DATELINE_PREFIX = /^(?:\(\s*[^()]{2,40}?\s*\)\s*[-–—:]+\s*|[\p{Lu}][\p{Lu}.]{1,9}\s*[-–—]\s+)(?=\S)/u;

/** Removes a leading agency dateline from a lead paragraph's text. */
export function stripDateline(text: string): string {
  const stripped = text.replace(DATELINE_PREFIX, '');
  return stripped.length > 0 ? stripped : text;
}

/** Lowercase, NFC, letters and digits only: for comparing titles and names across meta tags and the page. */
export function comparableText(text: string): string {
  return normalizeText(text)
    .toLocaleLowerCase('vi')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Word-set Dice similarity in [0, 1]; titles in og:title often differ from the on-page h1 by a word or two. */
export function textSimilarity(a: string, b: string): number {
  const wordsA = comparableText(a).split(' ').filter(Boolean);
  const wordsB = comparableText(b).split(' ').filter(Boolean);
  if (wordsA.length === 0 || wordsB.length === 0) return 0;
  const setB = new Set(wordsB);
  let shared = 0;
  for (const word of new Set(wordsA)) if (setB.has(word)) shared++;
  return (2 * shared) / (new Set(wordsA).size + setB.size);
}

/** True when every letter is a capital and there are at least two: "QUỐC TRINH", "TTXVN". */
export function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toLocaleUpperCase('vi') && letters !== letters.toLocaleLowerCase('vi');
}
