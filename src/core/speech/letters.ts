// Acronyms nobody explains are spelt with Vietnamese letter names, one word per letter: "BDVTU" → "bê đê vê tê u".
//
// Why spell them ourselves instead of handing "BDVTU" to the engine: each engine does something else with it. The
// built-in voice (espeak-ng with Vietnamese data only) tries Vietnamese rules first ("bê" + "dvtu" garbled), the
// Windows and macOS voices may read it as an English word, Google's spell it in English. Written out as Vietnamese
// syllables, every engine says the same thing, the way Vietnamese readers say acronyms aloud ("u bê en đê").
// Why with spaces: each letter name is then a word of its own, so engines that report word boundaries report one
// per letter (the highlight stays on the acronym throughout) and none tries to read "bêđêvê" as one word.
// Names: the short forms used for acronyms on air (N "en", M "em", S "ét", X "ích"), not the school forms
// ("en-nờ", "ét-xì"), which would double the length of every acronym.
import { readNumber } from './number-words';

const LETTER_NAMES: Readonly<Record<string, string>> = {
  a: 'a', ă: 'á', â: 'ớ', b: 'bê', c: 'xê', d: 'dê', đ: 'đê', e: 'e', ê: 'ê', f: 'ép', g: 'giê', h: 'hát', i: 'i',
  j: 'gi', k: 'ca', l: 'e lờ', m: 'em', n: 'en', o: 'o', ô: 'ô', ơ: 'ơ', p: 'pê', q: 'quy', r: 'e rờ', s: 'ét',
  t: 'tê', u: 'u', ư: 'ư', v: 'vê', w: 'vê kép', x: 'ích', y: 'i dài', z: 'dét',
};

/** The Vietnamese name of one letter ("N" → "en"), or undefined for a character that is not a Latin letter. */
export function letterName(letter: string): string | undefined {
  return LETTER_NAMES[letter.normalize('NFC').toLowerCase()];
}

/**
 * An acronym or code spelt out: letters by name, digit runs as numbers, connectors as pauses or words.
 * "H5N1" → "hát năm en một", "GD&ĐT" → "giê dê và đê tê", "KT-XH" → "ca tê ích hát". Characters with no name
 * (Greek, symbols) are kept as written.
 */
export function spellOut(form: string): string {
  const words: string[] = [];
  let digits = '';
  const flushDigits = (): void => {
    if (digits !== '') words.push(readNumber(digits));
    digits = '';
  };
  for (const ch of form.normalize('NFC')) {
    if (ch >= '0' && ch <= '9') {
      digits += ch;
      continue;
    }
    flushDigits();
    if (ch === '&') words.push('và');
    else if (ch === '+') words.push('cộng');
    else if ('-./\u2010\u2011\u2012\u2013\u2014\u2212 '.includes(ch)) continue;
    else words.push(letterName(ch) ?? ch);
  }
  flushDigits();
  return words.join(' ');
}
