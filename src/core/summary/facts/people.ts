// People with their titles, as state news names them: "Phạm Vũ Hồng - Phó Bí thư Tỉnh ủy, Bí thư Ban Cán sự
// Đảng, Chủ tịch UBND tỉnh", "Chủ tịch UBND tỉnh Khánh Hòa Lê Đức Vinh", "Tiến sĩ, bác sĩ Lê Quốc Hùng",
// "ông Kyle Rodda". Every look before or after a name is bounded (MAX_LOOKBACK, MAX_CLAUSE_TOKENS), so a sentence
// of thousands of names costs the same per name as a short one.
import { NAME_HEADS, WHOLE_NAMES } from './lexicon/organisations';
import {
  COURTESY_WORDS,
  FORMER_WORDS,
  NOT_PERSON,
  NOT_PERSON_BEFORE,
  PERSON_CUES,
  SURNAMES,
  TITLE_LEADS,
  TITLE_STOPS,
  TITLE_WORDS,
} from './lexicon/people';
import { isLetter, normOf, PhraseSet, sliceTokens, wordSet, type Token } from './tokens';
import { provinceAt } from './where';
import type { Window } from './windows';
import type { PersonFact } from './types';

/** A name is a surname and one to three given-name syllables. */
const MAX_GIVEN_SYLLABLES = 3;
/** A title longer than this has swallowed the rest of the sentence. */
const MAX_TITLE_WORDS = 16;
/** Tokens looked at before a name for its title (a title list of a few items fits). */
const MAX_LOOKBACK = 40;
/** Titles joined before a name: "Tiến sĩ, bác sĩ …" (a list is joined while its earlier part has ≤ 3 words). */
const MAX_TITLE_LIST = 4;
const MAX_JOINED_WORDS = 3;
/** Tokens looked at after a name for its list of titles. */
const MAX_CLAUSE_TOKENS = 80;
/** A parenthesis right after a name ("Trần Tâm (36 tuổi)") is skipped when it is at most this long. */
const MAX_ASIDE_CHARS = 60;

const SURNAME_SET = new Set(SURNAMES);
const NOT_BEFORE = wordSet(NOT_PERSON_BEFORE);
const NOT_PERSON_KEYS = NOT_PERSON.map(normOf);
const CUES = new PhraseSet(PERSON_CUES);
const COURTESY = wordSet(COURTESY_WORDS);
const TITLE_KEYWORDS = TITLE_WORDS.map(normOf);
const FORMER = FORMER_WORDS.map(normOf);
const STOPS = new PhraseSet(TITLE_STOPS);
const LEADS = wordSet(TITLE_LEADS);
const BODY_HEADS = [...NAME_HEADS, ...WHOLE_NAMES].map(normOf);
const TRAILING = new Set([',', ';', ':', '–', '—', '-']);
/** Title words a name may follow directly ("Bác sĩ Trần Huy Nhật"); compared at the end of what comes before. */
const TITLE_ENDS = new PhraseSet(TITLE_WORDS);
const PLACE_UNIT_WORDS = wordSet(['tỉnh', 'phố', 'tp', 'huyện', 'quận', 'xã', 'phường', 'trấn']);
const BOUNDARIES = new Set([',', ';', ':', '(', '“']);

/** "Hồng", not "UBND" or "CK2": a capital, then lowercase letters and marks only. */
function isNameSyllable(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== 'word' || !t.isCapitalised) return false;
  for (let k = 1; k < t.text.length; k++) {
    const ch = t.text[k]!;
    const c = ch.charCodeAt(0);
    if (c >= 0x300 && c <= 0x36f) continue;
    if (!isLetter(ch) || ch !== ch.toLowerCase()) return false;
  }
  return true;
}

function isProvince(tokens: readonly Token[], from: number, to: number): boolean {
  return provinceAt(tokens, from, to) === to - from;
}

function isNotPerson(name: string): boolean {
  const key = normOf(name);
  return NOT_PERSON_KEYS.some((p) => key.startsWith(p));
}

/** Whitespace-separated chunks in tokens[from..to): what a reader counts as words. */
function chunkCount(tokens: readonly Token[], from: number, to: number): number {
  let n = to > from ? 1 : 0;
  for (let k = from + 1; k < to; k++) if (!tokens[k]!.isGlued) n++;
  return n;
}

function startsWithTitle(phrase: string): boolean {
  let p = normOf(phrase);
  for (const f of FORMER) if (p.startsWith(`${f} `)) p = p.slice(f.length + 1);
  return TITLE_KEYWORDS.some((k) => p === k || (p.startsWith(k) && !isWordChar(p[k.length])));
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && (isLetter(ch) || (ch >= '0' && ch <= '9'));
}

function hasStop(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!tokens[k]!.isCapitalised && STOPS.matchAt(tokens, k) > 0) return true;
  return false;
}

/** tokens[from..to) cut at the first verb that ends a title, trailing punctuation and an unclosed "(" dropped. */
function cutTitle(tokens: readonly Token[], from: number, to: number): number {
  let end = to;
  for (let k = from; k < end; k++) {
    if (!tokens[k]!.isCapitalised && STOPS.matchAt(tokens, k) > 0) {
      end = k;
      break;
    }
  }
  while (end > from && TRAILING.has(tokens[end - 1]!.text)) end--;
  let open = -1;
  let depth = 0;
  for (let k = from; k < end; k++) {
    if (tokens[k]!.text === '(') {
      if (depth === 0) open = k;
      depth++;
    } else if (tokens[k]!.text === ')' && depth > 0) depth--;
  }
  return depth > 0 ? open : end;
}

function cleanTitle(w: Window, from: number, to: number): string | null {
  const end = cutTitle(w.tokens, from, to);
  if (end <= from || chunkCount(w.tokens, from, end) > MAX_TITLE_WORDS) return null;
  const title = sliceTokens(w.text, w.tokens, from, end);
  return startsWithTitle(title) ? title : null;
}

/** A workplace after a title: "…, Trưởng Khoa Bệnh nhiệt đới, Bệnh viện Chợ Rẫy". */
function cleanAffiliation(w: Window, from: number, to: number): string | null {
  const end = cutTitle(w.tokens, from, to);
  if (end <= from || chunkCount(w.tokens, from, end) > MAX_TITLE_WORDS || !w.tokens[from]!.isCapitalised) return null;
  const text = sliceTokens(w.text, w.tokens, from, end);
  const n = normOf(text);
  return BODY_HEADS.some((head) => n.startsWith(`${head} `)) ? text : null;
}

/** The title segment that ends right before tokens[end]: from the last boundary (or "và") after a leading preposition. */
function segmentBefore(tokens: readonly Token[], end: number, floor: number): { from: number; boundary: number } {
  let k = end - 1;
  while (k >= floor && !BOUNDARIES.has(tokens[k]!.text) && tokens[k]!.norm !== 'và') k--;
  let from = k + 1;
  if (from < end && LEADS.has(tokens[from]!.norm)) from++;
  return { from, boundary: k >= floor ? k : -1 };
}

/** A title right before the name: "Bí thư Thành ủy Nguyễn Thiện Nhân", "Tiến sĩ, bác sĩ Lê Quốc Hùng". */
function titleBefore(w: Window, nameStart: number): string | null {
  const floor = Math.max(0, nameStart - MAX_LOOKBACK);
  // Titles nearest the name first: a list "A, B, C" is joined from the left while its left part stays short.
  const found: string[] = [];
  let end = nameStart;
  for (let n = 0; n < MAX_TITLE_LIST; n++) {
    const { from, boundary } = segmentBefore(w.tokens, end, floor);
    // A title before a name ends at the name: one a verb separates from it is not the name's ("Thủ tướng mong rằng
    // BV | Bạch Mai").
    if (hasStop(w.tokens, from, end)) break;
    let title = from < end ? cleanTitle(w, from, end) : null;
    // "công văn do Thứ trưởng Trịnh Thị Thủy ký": a capitalised title inside the segment, nearest the name.
    for (let k = from + 1; title === null && n === 0 && k < end; k++) {
      if (w.tokens[k]!.isCapitalised && LEADS.has(w.tokens[k - 1]!.norm)) title = cleanTitle(w, k, end);
    }
    if (title === null) break;
    found.push(title);
    if (boundary < 0 || w.tokens[boundary]!.text !== ',') break;
    end = boundary;
  }
  if (found.length === 0) return null;
  let joined = found[found.length - 1]!;
  for (let k = found.length - 2; k >= 0; k--) {
    joined = joined.split(' ').length <= MAX_JOINED_WORDS ? `${joined}, ${found[k]!}` : found[k]!;
  }
  return joined;
}

/** Titles after the name: "Phạm Vũ Hồng - Phó Bí thư Tỉnh ủy, Bí thư Ban Cán sự Đảng, Chủ tịch UBND tỉnh; …". */
function titlesAfter(w: Window, nameEnd: number, hasTitle = false): string[] {
  const { tokens } = w;
  let k = nameEnd;
  if (tokens[k]?.text === '(') {
    let close = k + 1;
    while (close < tokens.length && tokens[close]!.text !== ')' && tokens[close]!.end - tokens[k]!.end <= MAX_ASIDE_CHARS) close++;
    if (tokens[close]?.text === ')') k = close + 1;
  }
  const sep = tokens[k]?.text;
  if (sep !== '-' && sep !== '–' && sep !== '—' && sep !== ',') return [];
  k++;
  // The clause: up to ";", ":", a sentence end, or a dash before a lowercase word.
  const items: Array<[number, number]> = [];
  let itemFrom = k;
  let depth = 0;
  const limit = Math.min(tokens.length, k + MAX_CLAUSE_TOKENS);
  for (; k < limit; k++) {
    const t = tokens[k]!;
    if (t.text === ';' || t.text === ':' || t.text === '.' || t.text === '!' || t.text === '?') break;
    const next = tokens[k + 1];
    const isDash = t.text === '-' || t.text === '–' || t.text === '—';
    if (isDash && !t.isGlued && next !== undefined && !next.isGlued && next.kind === 'word' && !next.isCapitalised) break;
    if (t.text === '(') depth++;
    if (t.text === ')') depth = Math.max(0, depth - 1);
    if (t.text === ',' && depth === 0) {
      items.push([itemFrom, k]);
      itemFrom = k + 1;
    }
  }
  items.push([itemFrom, k]);
  const titles: string[] = [];
  for (const [from, to] of items) {
    if (from >= to) break;
    const title = cleanTitle(w, from, to) ?? (titles.length > 0 || hasTitle ? cleanAffiliation(w, from, to) : null);
    if (title === null) break;
    titles.push(title);
    // A title cut short by a verb ends the list: what follows is the sentence going on.
    if (title.length < sliceTokens(w.text, tokens, from, to).length - 1) break;
  }
  return titles;
}

interface Mention {
  /** Token indexes [from, to) of the name. */
  from: number;
  to: number;
  /** Found by the courtesy word before it ("ông Kyle Rodda"), not by a surname. */
  isCued?: boolean;
}

/**
 * Whether the capitalised words at tokens[i] go on a longer name instead of starting a person's: "Công ty … Kỳ Hà |
 * Chu Lai Quảng Nam" (after a capitalised word, or a dash after one) — unless what comes before ends with a
 * province ("Chủ tịch UBND tỉnh Khánh Hòa | Lê Đức Vinh") or an acronym ("Trưởng BDVTU | …").
 */
function continuesAName(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  if (tokens[k]?.text === '-' && !tokens[k]!.isGlued) k--;
  const before = tokens[k];
  if (before === undefined || before.kind !== 'word' || !before.isCapitalised || before.isAcronym) return false;
  // A capital that only starts the sentence or a clause, a courtesy word or a title: "Bà Phạm …", "Bác sĩ Trần …".
  if (k === 0 || tokens[k - 1]!.kind === 'punct' || CUES.matchBefore(tokens, k + 1, 2) > 0 || TITLE_ENDS.matchBefore(tokens, k + 1, 3) > 0) return false;
  for (let n = 1; n <= 4 && k - n + 1 >= 0; n++) if (provinceAt(tokens, k - n + 1, k + 1) === n) return false;
  // A place's name after its unit: "UBND phường Văn Miếu | Nguyễn Thị Thúy Hà".
  let start = k;
  while (start > 0 && k - start < 4 && tokens[start - 1]!.kind === 'word' && tokens[start - 1]!.isCapitalised && !tokens[start - 1]!.isAcronym) start--;
  return !PLACE_UNIT_WORDS.has(tokens[start - 1]?.norm ?? '');
}

function givenSyllables(tokens: readonly Token[], from: number, max: number): number {
  let k = from;
  while (k - from < max && isNameSyllable(tokens[k]) && !tokens[k]!.isGlued) k++;
  return k - from;
}

function findPeople(w: Window): Mention[] {
  const { tokens } = w;
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!SURNAME_SET.has(t.text)) continue;
    const given = givenSyllables(tokens, i + 1, MAX_GIVEN_SYLLABLES);
    if (given === 0) continue;
    const to = i + 1 + given;
    const previous = tokens[i - 1];
    const previousWord = previous?.kind === 'word' ? previous.norm : '';
    if (NOT_BEFORE.has(previousWord)) continue;
    if (continuesAName(tokens, i)) continue;
    const name = sliceTokens(w.text, tokens, i, to);
    if (isNotPerson(name) || isProvince(tokens, i, i + 2) || isProvince(tokens, i, to)) continue;
    if (given === 1) {
      const hasCue = CUES.matchBefore(tokens, i, 2) > 0 || titleBefore(w, i) !== null;
      if (!hasCue && titlesAfter(w, to).length === 0) continue;
    }
    out.push({ from: i, to });
    i = to - 1;
  }
  // "ông Kyle Rodda": a foreign name is recognised by the courtesy word before it.
  for (let i = 0; i < tokens.length; i++) {
    if (!COURTESY.has(tokens[i]!.norm) || tokens[i]!.kind !== 'word') continue;
    const given = givenSyllables(tokens, i + 1, MAX_GIVEN_SYLLABLES);
    if (given < 2) continue;
    const from = i + 1;
    const to = from + given;
    if (out.some((p) => from < p.to && to > p.from)) continue;
    const name = sliceTokens(w.text, tokens, from, to);
    if (isNotPerson(name) || isProvince(tokens, from, to)) continue;
    out.push({ from, to, isCued: true });
  }
  return out.sort((a, b) => a.from - b.from);
}

/** People, each once (by name), with every title the article gives them; in the order they are introduced. */
export class PeopleExtractor {
  private readonly people = new Map<string, PersonFact>();

  constructor(private readonly limit: number) {}

  scan(w: Window): void {
    for (const mention of findPeople(w)) {
      const titles: string[] = [];
      const pre = titleBefore(w, mention.from);
      if (pre !== null) titles.push(pre);
      titles.push(...titlesAfter(w, mention.to, pre !== null));
      const name = sliceTokens(w.text, w.tokens, mention.from, mention.to);
      const span = { start: w.start + w.tokens[mention.from]!.start, end: w.start + w.tokens[mention.to - 1]!.end };
      const key = normOf(name);
      // "ông Xuân Anh" after "Nguyễn Xuân Anh": the same person by the given names.
      if (mention.isCued && !this.people.has(key) && [...this.people.keys()].some((full) => full.endsWith(` ${key}`))) continue;
      let person = this.people.get(key);
      if (person === undefined) {
        if (this.people.size >= this.limit) continue;
        person = { text: name, span, sentence: { ...w.sentence }, name, titles: [] };
        this.people.set(key, person);
      } else if (person.titles.length === 0 && titles.length > 0) {
        // The sentence that introduces a person with a title is the better source.
        person.span = span;
        person.sentence = { ...w.sentence };
      }
      for (const title of titles) {
        const titleKey = normOf(title);
        if (!person.titles.some((x) => normOf(x) === titleKey)) person.titles.push(title);
      }
    }
  }

  result(): PersonFact[] {
    return [...this.people.values()].sort((a, b) => a.span.start - b.span.start);
  }
}
