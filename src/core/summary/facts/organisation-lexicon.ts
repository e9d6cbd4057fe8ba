// The words of organisation names, compiled for matching: the word lists of lexicon/organisations.ts (and of
// lexicon/people.ts and lexicon/figures.ts where a name meets a person or a quantity) as phrase sets, the bodies
// known by their name alone (lexicon/known-names.ts), and the known whole names built once per page from the lists
// and the built-in acronym dictionary's expansions. Data in, sets out: no rule of the name grammar lives here.
import { builtinAcronyms } from '../../acronyms/index';
import {
  BODY_CATEGORIES,
  DOCUMENT_HEADS,
  GENERIC_UNITS,
  HEAD_COMMON_WORDS,
  HEAD_COMPOUNDS,
  LEGAL_FORMS,
  LOWERCASE_HEADS,
  NAME_ENDERS,
  NAME_FUNCTION_WORDS,
  NAME_HEADS,
  NUMBERED_HEADS,
  COUNTRY_NAMES,
  NAME_JOINERS,
  NAME_QUALIFIERS,
  NAME_WORDS,
  NOT_BODIES,
  OBJECT_TAKING_WORDS,
  PLACE_UNITS,
  PLURAL_BEFORE,
  TITLE_FUSED_HEADS,
  TITLE_FUSING_WORDS,
  UNIT_HEADS,
  VERBAL_NAME_WORDS,
  WHOLE_NAMES,
} from './lexicon/organisations';
import { CURRENCIES, MEASUREMENT_UNITS, MULTIPLIERS, TIME_UNITS } from './lexicon/figures';
import { COMPANY_NAMES, NEWS_OUTLETS } from './lexicon/known-names';
import { COMMON_SURNAMES, NOT_PERSON, SURNAMES, TITLE_WORDS } from './lexicon/people';
import { normOf, PhraseSet, scanTokens, wordSet, type Token } from './tokens';

export const COMPANY_HEADS = wordSet(['công ty', 'cty', 'tổng công ty', 'ngân hàng', 'tập đoàn', 'xí nghiệp']);
export const LOWERCASE = new PhraseSet(LOWERCASE_HEADS);
export const HEADS = new PhraseSet(NAME_HEADS);
export const FORMS = new PhraseSet(LEGAL_FORMS);
export const WORDS = new PhraseSet(NAME_WORDS);
export const JOINERS = wordSet(NAME_JOINERS);
export const UNITS = new PhraseSet(PLACE_UNITS);
export const ENDERS = wordSet(NAME_ENDERS);
export const TITLES = new PhraseSet(TITLE_WORDS);
export const NOT_NAMES = NOT_BODIES.map(normOf);
export const FUSED = new PhraseSet(TITLE_FUSED_HEADS);
export const FUSING = wordSet(TITLE_FUSING_WORDS);
/** "Bộ trưởng", "Thứ trưởng": a body's domain right after them is the ministry fused into the title ("Bộ trưởng
 * Công an Tô Lâm", "Thứ trưởng Quốc phòng"). */
export const MINISTER_TITLES = new PhraseSet(['bộ trưởng', 'thứ trưởng']);
export const DOCUMENTS = new PhraseSet(DOCUMENT_HEADS);
export const COMMON_WORDS = new PhraseSet(HEAD_COMMON_WORDS);
export const QUANTITY_WORDS = new PhraseSet([...MULTIPLIERS, ...CURRENCIES, ...MEASUREMENT_UNITS, ...TIME_UNITS]);
export const DOCUMENT_WORDS = new PhraseSet(['quy định', 'quyết định', 'hướng dẫn', 'về việc', 'thông báo', 'ban hành']);
/** Committees whose name goes on with their remit: "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng". */
export const REMIT_HEADS = new PhraseSet(['ban chỉ đạo', 'ủy ban quốc gia', 'hội đồng quốc gia']);
export const FUNCTION_WORDS = wordSet(NAME_FUNCTION_WORDS);
export const EVENT_ORGANISERS = new PhraseSet(['ban tổ chức']);
export const EVENTS = new PhraseSet(['đại hội', 'hội nghị', 'hội thảo', 'hội thi', 'lễ', 'giải', 'cuộc thi', 'kỳ thi', 'festival', 'liên hoan']);
export const SCHOOL_KINDS = new PhraseSet(['đại học', 'cao đẳng', 'trung cấp', 'trung học', 'thpt', 'thcs', 'tiểu học', 'mầm non']);
export const SURNAME_STARTS = new Set(COMMON_SURNAMES);
export const ALL_SURNAMES = new Set(SURNAMES);
/** Time words before a number: "ngày 29/10 Văn phòng …" is a date, not a count of bodies. */
export const TIME_BEFORE_NUMBER = wordSet(['ngày', 'tháng', 'năm', 'quý', 'lúc', 'khóa', 'khoá']);
export const UNIT_ONLY_HEADS = new PhraseSet(UNIT_HEADS);
export const VERBAL = new PhraseSet(VERBAL_NAME_WORDS);
export const COMPOUNDS = new PhraseSet(HEAD_COMPOUNDS);
export const GENERIC = new Set(GENERIC_UNITS.map(normOf));
export const QUALIFIERS = NAME_QUALIFIERS.map((q) => q.split(' '));
export const CATEGORIES = new Set(BODY_CATEGORIES);
export const OBJECT_TAKING = new PhraseSet(OBJECT_TAKING_WORDS);
export const NUMBERED = new PhraseSet(NUMBERED_HEADS);
export const COUNTRIES = new PhraseSet(COUNTRY_NAMES);
/** What a lowercase "cơ quan" heads as a body's name: "cơ quan CSĐT bộ Công an", "cơ quan Cảnh sát điều tra". */
export const INVESTIGATING = new PhraseSet(['cảnh sát điều tra', 'an ninh điều tra', 'csđt', 'anđt']);
/** "Bắc Bộ", "Nam Trung Bộ": a region of the country, not a ministry. */
export const REGION_BEFORE_BO = wordSet(['bắc', 'trung', 'nam']);
export const PLURAL = new PhraseSet(PLURAL_BEFORE);
export const NOT_PERSON_KEYS = NOT_PERSON.map(normOf);
export const HEAD_WORDS = [...NAME_HEADS, ...WHOLE_NAMES].map(normOf);
export const WHOLE_WORDS = new Set(WHOLE_NAMES.map(normOf));
export const BARE_HEADS = new Set(NAME_HEADS.map(normOf));

/**
 * Names matched with their capitals as spelled: "Lao Động" (a newspaper) but not "lao động" (labour), "Thanh Niên"
 * but not "Thanh niên" at the start of a sentence.
 */
class CasedNames {
  private readonly phrases: PhraseSet;
  /** Per phrase key, the case of each word: capitalised, all capitals (an acronym), or lowercase. */
  private readonly shapes = new Map<string, string>();

  constructor(names: readonly string[]) {
    this.phrases = new PhraseSet(names);
    for (const name of names) {
      const tokens = scanTokens(name);
      this.shapes.set(phraseKey(tokens), shapeOf(tokens));
    }
  }

  /** Number of tokens of the name at tokens[i] written with its capitals, or 0. */
  matchAt(tokens: readonly Token[], i: number): number {
    const n = this.phrases.matchAt(tokens, i);
    if (n === 0) return 0;
    const written = tokens.slice(i, i + n);
    return this.shapes.get(phraseKey(written)) === shapeOf(written) ? n : 0;
  }
}

function shapeOf(tokens: readonly Token[]): string {
  return tokens.map((t) => (t.isAcronym ? 'A' : t.isCapitalised ? 'C' : 'l')).join('');
}

export const KNOWN_NAMES = new CasedNames([...NEWS_OUTLETS, ...COMPANY_NAMES]);

/** An English gloss after a dictionary expansion: "Tổ chức Y tế Thế giới (World Health Organization)". */
export function withoutGloss(long: string): string {
  const open = long.indexOf(' (');
  return open < 0 ? long : long.slice(0, open);
}

/** Whether a long form names a body: it starts with a head word or a whole name, and is not a law or an organ. */
export function isBodyName(long: string): boolean {
  const n = normOf(withoutGloss(long));
  if (NOT_NAMES.some((x) => n === x || n.startsWith(`${x} `))) return false;
  return WHOLE_WORDS.has(n) || HEAD_WORDS.some((h) => n.startsWith(`${h} `));
}

/** Whether a long form is a bare head ("Bệnh viện" for BV): its acronym then starts a name like the head. */
export function isBareHead(long: string): boolean {
  return BARE_HEADS.has(normOf(withoutGloss(long)));
}

export interface Lexicon {
  /** Whole names and the dictionary's body names: complete by themselves. */
  whole: PhraseSet;
  /**
   * Whole names (their words' norms, joined by spaces) whose last two words are lowercase as the name is spelled
   * ("Ban Quản lý dự án"): they go on with lowercase name words, however a page writes them ("Ban bí thư" does not).
   */
  lowerEnding: Set<string>;
}

/** The norms of a name's words, as a key. */
export function phraseKey(tokens: readonly Token[]): string {
  return tokens.map((t) => t.norm).join(' ');
}

function isLowerEndingName(name: string): boolean {
  const words = scanTokens(name).filter((t) => t.kind === 'word');
  const last = words[words.length - 1];
  const before = words[words.length - 2];
  return last !== undefined && before !== undefined && !last.isCapitalised && !before.isCapitalised;
}

let lexicon: Lexicon | null = null;

/**
 * The known names, built once per page on first use (see warmUpKeyFacts): the whole names of the word list and
 * every capitalised expansion of the built-in dictionary that names a body; their lowercase words become name
 * words ("Trung tâm Phục vụ hành chính công" gives "hành chính công").
 */
export function organisationLexicon(): Lexicon {
  if (lexicon !== null) return lexicon;
  const whole = new PhraseSet(WHOLE_NAMES);
  const lowerEnding = new Set<string>();
  for (const name of WHOLE_NAMES) if (isLowerEndingName(name)) lowerEnding.add(phraseKey(scanTokens(name)));
  for (const entry of builtinAcronyms()) {
    if (!CATEGORIES.has(entry.category)) continue;
    const long = withoutGloss(entry.long);
    if (!isBodyName(long) || long[0] === long[0]!.toLowerCase() || !long.includes(' ')) continue;
    whole.add(long);
    const tokens = scanTokens(long);
    if (isLowerEndingName(long)) lowerEnding.add(phraseKey(tokens));
    let k = 0;
    while (k < tokens.length) {
      if (tokens[k]!.isCapitalised) {
        k++;
        continue;
      }
      let end = k;
      while (end < tokens.length && !tokens[end]!.isCapitalised && tokens[end]!.kind === 'word') end++;
      if (end - k >= 2) WORDS.add(tokens.slice(k, end).map((t) => t.text).join(' '));
      k = Math.max(end, k + 1);
    }
  }
  lexicon = { whole, lowerEnding };
  return lexicon;
}
