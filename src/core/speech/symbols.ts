// Acronyms and document symbols as speech. What an acronym means comes from the acronym resolution (the same one
// the tooltips use); this file only decides how to say the answer: the expansion when the resolution is sure,
// the letters when it is not, and the parts of a document symbol in the order a reader says them.
import { SPOKEN_AS_WORDS } from './lexicon';
import { readNumber } from './number-words';
import { spellOut } from './letters';
import type { Scan } from './scan';

/** How much text after a document symbol is compared with its issuer (the longest issuer name is shorter). */
const MAX_FOLLOWING = 120;

/**
 * The expansion as it is said: without the English name some dictionary entries add in parentheses
 * ("Tổ chức Y tế Thế giới (World Health Organization)").
 */
export function spokenExpansion(expansion: string): string {
  const trimmed = expansion.trim();
  if (trimmed.endsWith(')')) {
    const open = trimmed.lastIndexOf(' (');
    if (open > 0) return trimmed.slice(0, open).trim();
  }
  return trimmed;
}

/**
 * An acronym nobody resolved, said aloud: the few said as words (COVID, NATO) as words, other letter runs by
 * their names, digit runs as numbers: "COVID-19" → "cô vít mười chín", "H5N1" → "hát năm en một".
 */
export function sayUnresolved(form: string): string {
  const whole = SPOKEN_AS_WORDS.get(form);
  if (whole !== undefined) return whole;
  const words: string[] = [];
  let run = '';
  let runIsDigits = false;
  const flush = (): void => {
    if (run === '') return;
    words.push(runIsDigits ? readNumber(run) : (SPOKEN_AS_WORDS.get(run) ?? spellOut(run)));
    run = '';
  };
  for (const ch of form) {
    const isDigit = ch >= '0' && ch <= '9';
    const isConnector = '-./&+\u2010\u2011\u2012\u2013\u2014\u2212 '.includes(ch);
    if (isConnector) {
      flush();
      if (ch === '&') words.push('và');
      continue;
    }
    if (run !== '' && isDigit !== runIsDigits) flush();
    runIsDigits = isDigit;
    run += ch;
  }
  flush();
  return words.join(' ');
}

/** True when the form, or its letters before a number ("COVID" in "COVID-19"), is said as a word. */
function isSpokenAsWord(form: string): boolean {
  if (SPOKEN_AS_WORDS.has(form)) return true;
  let letters = 0;
  while (letters < form.length && !'-0123456789'.includes(form[letters]!)) letters++;
  return letters < form.length && SPOKEN_AS_WORDS.has(form.slice(0, letters));
}

/**
 * An acronym at source offset `at`: its expansion when the resolution has one meaning for this occurrence, else
 * its letters ("an acronym whose meaning is not sure stays spelt out").
 */
export function sayAcronym(scan: Scan, form: string, at: number): string {
  const around = scan.contextAround(at);
  const resolution = scan.resolver.resolve(form, around.context, around.at);
  // "COVID-19", "ASEAN", "NATO" are said as words on air, not as the built-in dictionary's long names; what the
  // article or the user wrote still wins.
  if (resolution?.source === 'builtin' && isSpokenAsWord(form)) return sayUnresolved(form);
  if (resolution !== null && resolution.alternatives.length === 0 && resolution.expansion.trim() !== '') {
    return spokenExpansion(resolution.expansion);
  }
  return sayUnresolved(form);
}

function firstIndexOf(text: string, chars: string): number {
  for (let i = 0; i < text.length; i++) if (chars.includes(text[i]!)) return i;
  return -1;
}

function startsWithWords(phrase: string, words: string): boolean {
  const lower = phrase.toLowerCase();
  return lower === words || lower.startsWith(`${words} `);
}

/**
 * A document symbol after its number: "NĐ-CP" → "Nghị định của Chính phủ", "TT-NHNN" → "Thông tư của Ngân hàng
 * Nhà nước", "CT/TW" → "Chỉ thị của Trung ương Đảng". When the text has just said the document type ("Nghị định
 * số 15/2020/NĐ-CP"), the type is not said twice: "… của Chính phủ".
 */
export function speakSymbol(scan: Scan, symbol: string, at: number, documentWord: string | undefined): string {
  // "Thông tư 25/2025/TT-NHNN của Ngân hàng Nhà nước": the issuer follows in words; not said twice.
  const following = scan.text
    .slice(at + symbol.length, at + symbol.length + MAX_FOLLOWING)
    .toLowerCase()
    .trimStart();
  // Only within the same clause: "… NĐ-CP ngày 19/01/2005 của Chính phủ" repeats it too.
  const clauseEnd = firstIndexOf(following, '.;:!?(');
  const clause = clauseEnd < 0 ? following : following.slice(0, clauseEnd);
  const withoutRepeat = (spoken: string): string => {
    const of = spoken.indexOf('của ');
    if (of < 0) return spoken;
    const issuer = spoken.slice(of).toLowerCase();
    return clause.includes(issuer) ? spoken.slice(0, of).trim() : spoken;
  };
  const around = scan.contextAround(at);
  const whole = scan.resolver.resolve(symbol, around.context, around.at);
  if (whole !== null && whole.alternatives.length === 0 && whole.expansion.trim() !== '') {
    const expansion = spokenExpansion(whole.expansion);
    if (documentWord !== undefined && startsWithWords(expansion, documentWord)) {
      return withoutRepeat(expansion.slice(documentWord.length).trim());
    }
    return withoutRepeat(expansion);
  }
  // Type first, then issuers: "TTLT-BTC-BNV", "HD/VPTW".
  const parts: Array<{ text: string; at: number }> = [];
  let start = 0;
  for (let k = 0; k <= symbol.length; k++) {
    if (k === symbol.length || symbol[k] === '-' || symbol[k] === '/') {
      if (k > start) parts.push({ text: symbol.slice(start, k), at: at + start });
      start = k + 1;
    }
  }
  const [type, ...issuers] = parts;
  if (type === undefined) return '';
  const typeSaid = sayAcronym(scan, type.text, type.at);
  const words: string[] = [];
  if (documentWord === undefined || !startsWithWords(typeSaid, documentWord)) words.push(typeSaid);
  const issuerSaid = issuers.map((p) => sayAcronym(scan, p.text, p.at));
  if (issuerSaid.length > 0) words.push(`của ${issuerSaid.join(', ')}`);
  return withoutRepeat(words.join(' '));
}
