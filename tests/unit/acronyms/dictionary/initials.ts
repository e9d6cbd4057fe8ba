// Checks that an acronym's letters plausibly come from its expansion's syllable initials. Test helper only: the
// dictionary is curated by hand, and this catches typos such as a long form that belongs to another acronym.
//
// Rules, each from how Vietnamese state acronyms are actually formed:
// - letters are compared with diacritics folded (Ư -> U, Ơ -> O) but Đ kept: Đ and D are different letters;
// - an acronym letter run may cover the start of a syllable: "Tr" in TTr (Tờ trình), "Th" in ThS (Thạc sĩ),
//   "Đi" in QĐi (Quy định); a whole short word may be spelled out ("Huế" in TT-Huế);
// - "&" stands for "và"/"and" (GD&ĐT); it may also stand alone when the long form lists with a comma;
// - W stands for the syllable "ương" (TW = Trung ương), a convention of Party documents;
// - the function words "và", "của", "các" (and English "of", "and", "for", "the", "to", "on") may be skipped;
// - punctuation in the acronym (. - / space) and in the long form (, - –) carries no letters;
// - a parenthesised part of the long form is an alternative source: the English name of a foreign acronym
//   (WHO (World Health Organization)) or another official name (TCVN: Tiêu chuẩn quốc gia (Tiêu chuẩn Việt Nam)).

const SKIPPABLE = new Set(['VA', 'CUA', 'CAC', 'OF', 'AND', 'FOR', 'THE', 'TO', 'ON']);
const AND_WORDS = new Set(['VA', 'AND']);

/** Upper case, diacritics folded, Đ kept (Đ has no decomposition, so NFD leaves it alone). */
export function foldLetters(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u00D0\u00F0]/g, 'Đ')
    .toUpperCase();
}

function acronymChars(short: string): string[] {
  return [...foldLetters(short).replace(/[.\-/\s,]/g, '')];
}

function syllables(text: string): string[] {
  return foldLetters(text)
    .split(/[\s,\-–—/;:]+/u)
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((w) => w !== '');
}

function matchSequence(chars: readonly string[], sylls: readonly string[]): boolean {
  const memo = new Map<string, boolean>();
  const go = (i: number, j: number): boolean => {
    const key = `${i},${j}`;
    const cached = memo.get(key);
    if (cached !== undefined) return cached;
    let ok = false;
    if (j === sylls.length) {
      ok = chars.slice(i).every((c) => c === '&');
    } else {
      const syl = sylls[j] ?? '';
      const c = chars[i];
      if (SKIPPABLE.has(syl) && go(i, j + 1)) ok = true;
      if (!ok && c === '&' && AND_WORDS.has(syl) && go(i + 1, j + 1)) ok = true;
      if (!ok && c === '&' && go(i + 1, j)) ok = true;
      if (!ok && c === 'W' && syl === 'UONG' && go(i + 1, j + 1)) ok = true;
      for (let k = 1; !ok && i + k <= chars.length && k <= syl.length; k++) {
        if (syl.startsWith(chars.slice(i, i + k).join('')) && go(i + k, j + 1)) ok = true;
      }
    }
    memo.set(key, ok);
    return ok;
  };
  return go(0, 0);
}

/** Candidate long forms: the text outside parentheses, and each parenthesised part. */
function sources(long: string): string[] {
  const inner = [...long.matchAll(/\(([^()]*)\)/g)].map((m) => m[1] ?? '');
  const outer = long.replace(/\([^()]*\)/g, ' ').trim();
  return [outer, ...inner].filter((s) => s !== '');
}

export function matchesInitials(short: string, long: string): boolean {
  const chars = acronymChars(short);
  if (chars.length === 0) return false;
  return sources(long).some((src) => matchSequence(chars, syllables(src)));
}
