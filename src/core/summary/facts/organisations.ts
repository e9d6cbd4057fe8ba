// Organisations, named whole. Where a name ends is read from the language, not from capital letters: a head word
// ("Bộ", "Sở", "Trung tâm", "Công ty" …) or a name complete by itself ("Ủy ban nhân dân"), then the name's words:
// capitalised words, one lowercase syllable finishing a capitalised one ("Phục vụ", "Y tế"), the lowercase words of
// state names ("vận tải", "hành chính công", "dự án đầu tư xây dựng"), joiners ("và", "-") and a place ("tỉnh Kiên
// Giang", "TP. HCM"); the next function word, verb or punctuation ends it. The built-in dictionary's expansions
// are known names, and a definition in the text ("Tổ chức Y tế Thế giới (WHO)") gives the whole name and its
// acronym. The same body under several names (its acronym, "UBND tỉnh", the full name) is one fact.
// The name grammar is organisation-names.ts, the word lists compiled for it organisation-lexicon.ts, and the
// merging of one body's names organisation-merge.ts; this file reads a window's mentions and gives the facts.
import { findAcronymDefinitions, lookupBuiltin } from '../../acronyms/index';
import {
  CATEGORIES,
  COMMON_WORDS,
  COMPANY_HEADS,
  COMPOUNDS,
  DOCUMENTS,
  EVENT_ORGANISERS,
  EVENTS,
  FUSED,
  FUSING,
  GENERIC,
  HEADS,
  isBareHead,
  isBodyName,
  JOINERS,
  KNOWN_NAMES,
  LOWERCASE,
  MINISTER_TITLES,
  OBJECT_TAKING,
  organisationLexicon,
  phraseKey,
  PLURAL,
  REGION_BEFORE_BO,
  INVESTIGATING,
  SCHOOL_KINDS,
  TITLES,
  UNIT_ONLY_HEADS,
  UNITS,
  VERBAL,
  withoutGloss,
} from './organisation-lexicon';
import {
  compatible,
  isAcronymWord,
  mergeBracketedNames,
  mergeFirstHalves,
  mergeHeadlessNames,
  mergeInitials,
  mergeShortCompanyNames,
  splitPlace,
  type Group,
  type Mention,
} from './organisation-merge';
import {
  afterAcronym,
  bracketedName,
  extendToBracket,
  isBodyHeadAt,
  isCountBefore,
  isGenericAfter,
  isSpaced,
  MAX_NAME_TOKENS,
  nameEnd,
  placeAt,
  regionAt,
  startsPerson,
} from './organisation-names';
import { scanTokens, sliceTokens, type Token } from './tokens';
import type { Window } from './windows';
import type { AcronymMeaning, OrganisationFact } from './types';

export { isBodyName, organisationLexicon };

/** A byline: at most this many names' words (two authors of three syllables), in at most this many tokens. */
const MAX_CREDIT_WORDS = 6;
const MAX_CREDIT_TOKENS = 14;
/** Distinct acronyms whose meaning an article remembers (a page cannot grow the map without bound). */
const MAX_REMEMBERED_ACRONYMS = 1000;
/** Heads whose plural may introduce a list of named bodies, and those whose items are companies (split at "và"). */
const LIST_HEADS = new Set(['bộ', 'sở', 'cục', 'tổng cục', 'ban', 'hãng', 'công ty', 'tập đoàn', 'ngân hàng', 'tổng công ty', 'báo', 'trường', 'bệnh viện']);
const COMPANY_LIST_HEADS = new Set(['hãng', 'công ty', 'tập đoàn', 'ngân hàng', 'tổng công ty', 'báo', 'trường', 'bệnh viện']);
/** Items read from one list. */
const MAX_LIST_ITEMS = 12;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A short line of capitalised names, joined by dashes or commas, with an optional bracket at its end: a byline or a
 * credit ("Đoàn Loan", "Võ Hải - Đoàn Loan", "Lan Hạ (theo VTV)"), not a sentence.
 */
function isCreditLine(tokens: readonly Token[]): boolean {
  if (tokens.length > MAX_CREDIT_TOKENS) return false;
  const open = tokens.findIndex((t) => t.text === '(');
  const main = open < 0 ? tokens : tokens.slice(0, open);
  if (open >= 0 && tokens[tokens.length - 1]?.text !== ')') return false;
  const words = main.filter((t) => t.kind === 'word');
  const isJoiner = (t: Token): boolean => t.text === '-' || t.text === '–' || t.text === ',';
  return words.length > 0 && words.length <= MAX_CREDIT_WORDS && main.every((t) => (t.kind === 'word' && t.isCapitalised) || isJoiner(t));
}

/** Organisations, each body once, shown by its fullest written name, in order of first mention. */
export class OrganisationExtractor {
  private readonly mentions: Mention[] = [];
  /** Acronym → long form, from the article's own definitions. */
  private readonly defined = new Map<string, string>();
  /** Acronym → the built-in dictionary's long form at its first use in the article (or none). */
  private readonly builtinMeanings = new Map<string, string | undefined>();
  private readonly lexicon = organisationLexicon();

  /**
   * @param acronyms the article's acronym resolution (its definitions, the reader's dictionary, the built-in one);
   * without it, the article's own definitions here and the built-in dictionary.
   */
  constructor(
    private readonly limit: number,
    private readonly acronyms?: AcronymMeaning,
  ) {}

  scan(w: Window): void {
    const { tokens } = w;
    // A byline or credit on a line of its own ("Đoàn Loan", "TTXVN", "Hà Thu (tổng hợp)") names no body.
    if (isCreditLine(tokens)) return;
    // The article's definitions in this window, by the offset of the long form's start.
    const definitions = new Map<number, { short: string; end: number }>();
    for (const d of findAcronymDefinitions(w.text)) {
      if (d.start === undefined || d.end === undefined || !isBodyName(d.long) || d.long[0] === d.long[0]!.toLowerCase()) continue;
      definitions.set(d.start, { short: d.short, end: d.end });
      if (!this.defined.has(d.short)) this.defined.set(d.short, d.long);
    }
    let i = 0;
    while (i < tokens.length && this.mentions.length < this.limit * 4) {
      const t = tokens[i]!;
      const definition = definitions.get(t.start);
      if (definition !== undefined) {
        let end = i;
        while (end < tokens.length && tokens[end]!.end <= definition.end) end++;
        // Past the acronym in brackets: it is this body again.
        let next = end;
        if (tokens[next]?.text === '(') {
          let close = next + 1;
          while (close < tokens.length && close - next <= MAX_NAME_TOKENS && tokens[close]!.text !== ')') close++;
          if (tokens[close]?.text === ')') next = close + 1;
        }
        // A place after the acronym is the defined body's: "Ủy ban nhân dân (UBND) | tỉnh Kiên Giang" is the province's
        // people's committee, named whole without the bracket.
        const place = next > end ? placeAt(tokens, next) || regionAt(tokens, next) : 0;
        if (place > 0 && !isGenericAfter(tokens, next + place)) {
          this.add(w, i, next + place, definition.short, undefined, undefined, [end, next]);
          i = next + place;
        } else {
          this.add(w, i, end, definition.short);
          i = next;
        }
        continue;
      }
      // "các Bộ Y tế, Công Thương và Nông nghiệp …", "các hãng Comviva, NTT DoCoMo và Wave Money": bodies of one
      // kind named in a list that shares the head.
      const listEnd = this.listAt(w, i);
      if (listEnd > i) {
        i = listEnd;
        continue;
      }
      let end = this.nameAt(tokens, i);
      if (end === i) end = this.knownNameAt(tokens, i);
      // "Uỷ ban nhân dân các tỉnh", "UBND quận (huyện)": every body of a kind, not one; and a line that is nothing
      // but a name is a masthead or a heading ("Cổng thông tin điện tử Kiên Giang"), not a mention.
      const isWholeLine = i === 0 && tokens.slice(end).every((x) => x.kind === 'punct');
      if (end > i && (isGenericAfter(tokens, end) || isWholeLine)) {
        i = end;
        continue;
      }
      if (end > i) {
        // A definition starting inside the name ends the name there: "Ban Cán sự Đảng | Ủy ban nhân dân (UBND)";
        // after a bare head the defined body completes it: "Thường trực | Hội đồng nhân dân (HĐND)".
        let cut = end;
        for (let k = i + 1; k < end; k++) {
          if (definitions.has(tokens[k]!.start)) {
            cut = k;
            break;
          }
        }
        if (cut < end && HEADS.matchAt(tokens, i) === cut - i) {
          const definition = definitions.get(tokens[cut]!.start)!;
          let through = cut;
          while (through < tokens.length && tokens[through]!.end <= definition.end) through++;
          this.add(w, i, through, undefined);
          i = cut;
          continue;
        }
        // "CTCP Sữa Việt Nam (Vinamilk)", "Sở Giao dịch Chứng khoán TPHCM (HOSE)": a short name in brackets right
        // after the name is the same body's, whether or not its letters are the name's initials; and an acronym in
        // brackets a few words on says where the name ends ("Quỹ Đầu tư | trực tiếp Liên bang Nga (RDIF)").
        if (cut === end) cut = extendToBracket(tokens, cut, this.lexicon.whole);
        const alias = cut >= end ? bracketedName(tokens, cut) : 0;
        this.add(w, i, cut, undefined, alias > 0 ? sliceTokens(w.text, tokens, cut + 1, cut + 1 + alias) : undefined);
        i = alias > 0 ? cut + alias + 2 : cut;
        continue;
      }
      // A body known by its acronym: "UBND tỉnh Lào Cai", "WHO"; not a lone acronym in brackets ("(TTXVN)"), which
      // is a credit or a gloss.
      const isBracketed = tokens[i - 1]?.text === '(' && tokens[i + 1]?.text === ')';
      if (t.isAcronym && t.kind === 'word' && !isBracketed) {
        const long = this.longForm(t.text, w.text);
        // "BV Bạch Mai": an acronym of a bare head starts a name like the head ("các BV tuyến Trung ương": no one);
        // so does one that may be a bare head, before a name that is not a body ("ĐH George Washington", but "ĐH
        // Đảng bộ" is a congress).
        const next = tokens[i + 1];
        const mayBeHead = (long !== undefined && isBareHead(long)) ||
          (next !== undefined && next.isCapitalised && !next.isAcronym && HEADS.matchAt(tokens, i + 1) === 0 && this.lexicon.whole.matchAt(tokens, i + 1) === 0 && next.norm !== 'đảng' && this.isBareHeadAcronym(t.text));
        if (mayBeHead && PLURAL.matchBefore(tokens, i, 2) === 0 && !isCountBefore(tokens, i)) {
          const end = nameEnd(tokens, i + 1, { isComplete: false, isCompany: false, isLowerEnding: false }, this.lexicon.whole);
          if (end > i + 1) {
            this.add(w, i, end, undefined);
            i = end;
            continue;
          }
        }
        if (long !== undefined && isBodyName(long)) {
          const end = afterAcronym(tokens, i + 1, this.lexicon.whole);
          if (!isGenericAfter(tokens, end)) this.add(w, i, end, undefined);
          i = end;
          continue;
        }
      }
      i++;
    }
  }

  /**
   * Reads a list of bodies sharing one head after a plural ("các Bộ Y tế, Công Thương", "ba bộ …", "các hãng A, B
   * và C"): each item a body named with the head. Returns the index after the list, or i when none starts there.
   */
  private listAt(w: Window, i: number): number {
    const { tokens } = w;
    const t = tokens[i]!;
    if (t.kind !== 'word' || (PLURAL.matchBefore(tokens, i, 2) === 0 && !isCountBefore(tokens, i))) return i;
    const head = t.isCapitalised ? HEADS.matchAt(tokens, i) : LOWERCASE.matchAt(tokens, i);
    if (head === 0 || !LIST_HEADS.has(tokens.slice(i, i + head).map((x) => x.norm).join(' '))) return i;
    const isCompany = COMPANY_LIST_HEADS.has(tokens.slice(i, i + head).map((x) => x.norm).join(' '));
    const prefix = sliceTokens(w.text, tokens, i, i + head);
    const items: Array<[number, number]> = [];
    let k = i + head;
    while (items.length < MAX_LIST_ITEMS) {
      const first = tokens[k];
      if (first === undefined || first.kind !== 'word' || !first.isCapitalised || !isSpaced(first) || startsPerson(tokens, k) || TITLES.matchAt(tokens, k) > 0) break;
      const end = nameEnd(tokens, k, { isComplete: false, isCompany: false, isLowerEnding: false, endsAtJoiner: isCompany }, this.lexicon.whole);
      if (end <= k) break;
      items.push([k, end]);
      const sep = tokens[end];
      if (sep?.text !== ',' && sep?.norm !== 'và') break;
      k = end + 1;
    }
    // One item is a kind of body with a name ("các Ban Quản lý dự án"), not a list.
    if (items.length < 2) return i;
    // A ministry's or department's head is part of its name ("Bộ Công Thương"); a company's is not ("hãng Comviva").
    for (const [from, to] of items) this.add(w, from, to, undefined, undefined, isCompany ? undefined : prefix);
    return items[items.length - 1]![1];
  }

  /**
   * End of a body known by its name alone ("Vietcombank", "Tuổi Trẻ Online") at tokens[i], or i: not a source credited
   * in brackets ("(Theo VnExpress)"), which names no body the article is about.
   */
  private knownNameAt(tokens: readonly Token[], i: number): number {
    const n = tokens[i]!.isCapitalised && isSpaced(tokens[i]) ? KNOWN_NAMES.matchAt(tokens, i) : 0;
    if (n === 0) return i;
    if (tokens[i - 1]?.norm === 'theo' && tokens[i - 2]?.text === '(') return i;
    return nameEnd(tokens, i + n, { isComplete: true, isCompany: false, isLowerEnding: false, isClosed: true }, this.lexicon.whole);
  }

  /** End of a body's name starting at tokens[i], or i when none starts there. */
  private nameAt(tokens: readonly Token[], i: number): number {
    const t = tokens[i]!;
    if (t.kind !== 'word') return i;
    const previous = tokens[i - 1];
    const whole = this.lexicon.whole.matchAt(tokens, i);
    const head = HEADS.matchAt(tokens, i);
    if (whole === 0 && head === 0) return i;
    // "Đoàn Ngọc Hùng Anh": a head that is also a surname, before given names, is a person.
    if (whole === 0 && startsPerson(tokens, i)) return i;
    // "Nam Trung Bộ và Tây Nguyên": a region, not a ministry.
    if (t.norm === 'bộ' && previous !== undefined && previous.isCapitalised && REGION_BEFORE_BO.has(previous.norm)) return i;
    // "Hội nghị Trung ương", "Báo cáo …": a head that is the first syllable of a common word; and a domain known as
    // a ministry's ("Khoa học và Công nghệ") is not a body without its head.
    if (COMMON_WORDS.matchAt(tokens, i) > head) return i;
    // "Ban tổ chức Đại hội …": the organisers of an event, not a standing body.
    if (EVENT_ORGANISERS.matchAt(tokens, i) > 0 && EVENTS.matchAt(tokens, i + EVENT_ORGANISERS.matchAt(tokens, i)) > 0) return i;
    // "Trưởng khoa Tai Mũi Họng", "Phó Ban Tuyên giáo", "Chánh văn phòng UBND": the body is part of the title word;
    // so is a ministry's domain after "Bộ trưởng" ("Bộ trưởng Công an Tô Lâm").
    if (previous !== undefined && FUSING.has(previous.norm) && FUSED.matchAt(tokens, i) > 0) return i;
    // "Trưởng ban | Tổ chức Trung ương", "Tổng | Kiểm toán nhà nước", "Tổng | Thanh tra Chính phủ": the rest of a
    // title word that holds the body.
    if (previous !== undefined && FUSED.matchAt(tokens, i - 1) === 1 && FUSING.has(tokens[i - 2]?.norm ?? '') && !previous.isCapitalised) return i;
    if (previous?.text === 'Tổng' && (t.norm === 'kiểm' || t.norm === 'thanh') && tokens[i + 1]?.norm !== 'cục') return i;
    if (MINISTER_TITLES.matchBefore(tokens, i, 2) === 2 && t.norm !== 'bộ') return i;
    // "Công ước Liên hợp quốc", "dự án Trung tâm Kỹ thuật …": the body's name is part of a document's or a project's.
    if (DOCUMENTS.matchBefore(tokens, i, 4) > 0) return i;
    // "các Ban Quản lý …", "24 Ban Quản lý …": several bodies of a kind, not one (a date before is no count).
    if (PLURAL.matchBefore(tokens, i, 2) > 0 || isCountBefore(tokens, i)) return i;
    // "cơ quan CSĐT bộ Công an", "cơ quan Cảnh sát điều tra Công an tỉnh": an investigating body.
    if (t.norm === 'cơ' && tokens[i + 1]?.norm === 'quan' && !t.isCapitalised) {
      const what = INVESTIGATING.matchAt(tokens, i + 2);
      if (what === 0 || !tokens[i + 2]!.isCapitalised) return i;
      return nameEnd(tokens, i + 2 + what, { isComplete: true, isCompany: false, isLowerEnding: false }, this.lexicon.whole);
    }
    // "Thủ tướng chính phủ": the Government, however a page writes it after the Prime Minister's title.
    if (!t.isCapitalised && t.norm === 'chính' && tokens[i + 1]?.norm === 'phủ' && previous?.norm === 'tướng' && tokens[i - 2]?.norm === 'thủ') {
      return nameEnd(tokens, i + 2, { isComplete: true, isCompany: false, isLowerEnding: false, isClosed: true }, this.lexicon.whole);
    }
    if (!t.isCapitalised) {
      // A lowercase head needs a capitalised name (or a place) right after it: "bộ Công an", "công an phường
      // Thịnh Liệt"; not "bộ trưởng", and not the end of another word ("họp báo", "thị trường").
      const lower = LOWERCASE.matchAt(tokens, i);
      if (lower === 0 || COMPOUNDS.matchBefore(tokens, i + 1, 3) > 0) return i;
      // "thanh tra Công ty …": before another body, a lowercase head that is also a verb is the verb.
      if (VERBAL.matchAt(tokens, i) === lower && (HEADS.matchAt(tokens, i + lower) > 0 || this.lexicon.whole.matchAt(tokens, i + lower) > 0)) return i;
      const next = tokens[i + lower];
      const place = placeAt(tokens, i + lower);
      if (next === undefined || (!next.isCapitalised && (place === 0 || place === UNITS.matchAt(tokens, i + lower)))) return i;
    }
    if (whole >= head) {
      // A whole name ending in lowercase name words as it is spelled ("Ban Quản lý dự án") or in a word that takes
      // an object ("Ban Chỉ đạo", "Khu Quản lý") goes on with lowercase name words; "Chính phủ", "Sở Xây dựng" and
      // "Ban Bí thư" (however a page writes it) do not.
      const last = i + whole;
      // Only a name whose lowercase words are an object may go on ("Ban Quản lý | dự án …"): a domain spelled with
      // lowercase syllables is finished ("Sở Giao thông vận tải | kiểm tra …").
      let hasObjectTaking = false;
      for (let k = i; k < last - 1 && !hasObjectTaking; k++) hasObjectTaking = OBJECT_TAKING.matchAt(tokens, k) > 0;
      const endsLower = hasObjectTaking && this.lexicon.lowerEnding.has(phraseKey(tokens.slice(i, last)));
      const endsWithObjectTaking = whole >= 2 && OBJECT_TAKING.isPhrase(tokens, last - 2, last);
      const isLowerEnding = endsLower || endsWithObjectTaking;
      const isCommittee = tokens[last - 1]!.norm === 'ủy';
      return nameEnd(tokens, last, { isComplete: true, isCompany: false, isLowerEnding, isClosed: head === 0 && !isLowerEnding, isCommittee }, this.lexicon.whole);
    }
    // "Thanh tra tỉnh", "Công an huyện Tịnh Biên": a few heads name a body with a place unit alone.
    if (UNIT_ONLY_HEADS.matchAt(tokens, i) === head && t.isCapitalised) {
      const place = placeAt(tokens, i + head);
      if (place > 0) return i + head + place;
    }
    const isCompany = COMPANY_HEADS.has(tokens.slice(i, i + head).map((x) => x.norm).join(' '));
    // "Bệnh viện (BV) Bạch Mai": the head's acronym in brackets between the head and the name.
    let from = i + head;
    if (tokens[from]?.text === '(' && tokens[from + 1]?.isAcronym === true && tokens[from + 2]?.text === ')') from += 3;
    const end = nameEnd(tokens, from, { isComplete: false, isCompany, isLowerEnding: false }, this.lexicon.whole);
    return end > from ? end : i;
  }

  /** Whether one of the built-in meanings of an acronym the article does not define is a bare head ("ĐH": Đại học). */
  private isBareHeadAcronym(short: string): boolean {
    return !this.defined.has(short) && lookupBuiltin(short).some((m) => CATEGORIES.has(m.category) && isBareHead(m.long));
  }

  /** The long form of an acronym: the article's own definition, else the dictionary's (with the words around it). */
  private longForm(short: string, context: string): string | undefined {
    const own = this.defined.get(short);
    if (own !== undefined) return own;
    // One meaning per article, the one its first use decides: "Cty CP" reads the same in every sentence, so the
    // same body is not split in two by a neighbouring word.
    if (this.builtinMeanings.has(short)) return this.builtinMeanings.get(short);
    let long: string | undefined;
    if (this.acronyms !== undefined) {
      // The article's resolution: what the tooltip says is what the facts read (a reader's own entry included).
      const resolved = this.acronyms(short, context);
      long = resolved === undefined ? undefined : withoutGloss(resolved);
    } else {
      const meaning = lookupBuiltin(short, context)[0];
      long = meaning === undefined || !CATEGORIES.has(meaning.category) ? undefined : withoutGloss(meaning.long);
    }
    if (this.builtinMeanings.size < MAX_REMEMBERED_ACRONYMS) this.builtinMeanings.set(short, long);
    return long;
  }

  /** `skip`: tokens left out of the name, the acronym in brackets of a definition followed by its place. */
  private add(w: Window, from: number, to: number, acronym: string | undefined, alias?: string, head?: string, skip?: [number, number]): void {
    const { tokens } = w;
    while (to > from && (tokens[to - 1]!.kind === 'punct' || JOINERS.has(tokens[to - 1]!.norm))) to--;
    if (to <= from) return;
    // An item of a list that shares its head is named with the head: "Công Thương" in "các Bộ Y tế, Công Thương".
    const headTokens = head === undefined ? [] : scanTokens(head);
    // Words of the name with its acronyms spelled out ("UBND tỉnh" reads "Ủy ban nhân dân tỉnh"), and which acronym
    // each came from.
    const words: Token[] = [...headTokens];
    const sources: Array<string | undefined> = headTokens.map(() => undefined);
    for (let k = from; k < to; k++) {
      const t = tokens[k]!;
      if (skip !== undefined && k >= skip[0] && k < skip[1]) continue;
      // "Bệnh viện (BV) Bạch Mai": the bracketed acronym repeats the head.
      if (t.kind === 'punct' || (tokens[k - 1]?.text === '(' && tokens[k + 1]?.text === ')')) continue;
      const long = t.isAcronym ? this.longForm(t.text, w.text) : undefined;
      const spelled = long === undefined ? [t] : scanTokens(long).filter((x) => x.kind !== 'punct');
      for (const x of spelled) {
        words.push(x);
        sources.push(long === undefined ? undefined : t.text);
      }
    }
    // Where a parent body starts inside the name: "Ban Cán sự Đảng | Ủy ban nhân dân tỉnh", "Vụ Tài chính | Bộ GT -
    // VT", "Ban Dân vận | Tỉnh ủy".
    // A whole name is read within one written word group, not across an acronym's edge ("Đảng | Ủy ban …" from
    // "Đảng UBND" is not "Đảng ủy").
    const sameSource = (k: number, n: number): boolean => sources.slice(k, k + n).every((x) => x === sources[k]);
    // Not inside a name complete by itself: "Thanh tra Chính phủ" is one body, not the inspectorate of "Chính phủ".
    let parentAt = -1;
    for (let k = Math.max(2, this.lexicon.whole.matchAt(words, 0)); k < words.length && parentAt < 0; k++) {
      if (!words[k]!.isCapitalised) continue;
      const whole = this.lexicon.whole.matchAt(words, k);
      if ((whole > 0 && sameSource(k, whole)) || isBodyHeadAt(words, k)) parentAt = k;
    }
    const inner = [...new Set(sources.slice(0, parentAt < 0 ? sources.length : parentAt).filter((x): x is string => x !== undefined))];
    // "Trường Đại học An Giang" is "Đại học An Giang": the school word before a kind of school adds nothing.
    const norms = words.map((x) => x.norm);
    const caps = words.map((x) => (x.isAcronym ? 'A' : x.isCapitalised ? 'C' : 'l'));
    if (norms[0] === 'trường' && SCHOOL_KINDS.matchAt(words, 1) > 0) {
      norms.shift();
      caps.shift();
      if (parentAt > 0) parentAt--;
    }
    const split = splitPlace(norms, parentAt);
    // "UBND cấp tỉnh", "HĐND các cấp": a kind of body, not one.
    if (GENERIC.has(split.unit)) return;
    this.mentions.push({
      text: sliceTokens(w.text, tokens, from, to),
      ...(skip === undefined ? {} : { display: `${sliceTokens(w.text, tokens, from, skip[0])} ${sliceTokens(w.text, tokens, skip[1], to)}` }),
      span: { start: w.start + tokens[from]!.start, end: w.start + tokens[to - 1]!.end },
      sentence: { ...w.sentence },
      ...(acronym === undefined ? {} : { acronym }),
      inner,
      body: split.body,
      unit: split.unit,
      place: split.place,
      isWrittenOut: inner.length === 0,
      words: norms.length,
      ...(alias === undefined ? {} : { alias }),
      ...(head === undefined ? {} : { head }),
      caps: caps.join(''),
    });
  }

  result(): OrganisationFact[] {
    const groups: Group[] = [];
    const byBody = new Map<string, Group[]>();
    for (const m of this.mentions) {
      const candidates = byBody.get(m.body) ?? [];
      const group = candidates.find((g) => compatible(g.unit, m.unit) && compatible(g.place, m.place));
      if (group !== undefined) {
        group.members.push(m);
        if (group.unit === '') group.unit = m.unit;
        if (group.place === '') group.place = m.place;
        continue;
      }
      if (groups.length >= this.limit) continue;
      const fresh: Group = { unit: m.unit, place: m.place, members: [m] };
      candidates.push(fresh);
      byBody.set(m.body, candidates);
      groups.push(fresh);
    }
    mergeShortCompanyNames(groups);
    mergeBracketedNames(groups);
    mergeFirstHalves(groups);
    mergeHeadlessNames(groups);
    mergeInitials(groups);
    return groups.map((g) => {
      // The fullest name (its acronyms spelled out), written out when two are as full: "Ủy ban nhân dân tỉnh Kiên
      // Giang" over "UBND tỉnh", "Ban Cán sự Đảng UBND tỉnh" over "Ban Cán sự Đảng".
      const best = g.members.reduce((a, b) => (b.words > a.words || (b.words === a.words && b.isWrittenOut && !a.isWrittenOut) ? b : a));
      const bracketed = g.members.find((m) => m.alias !== undefined && isAcronymWord(m.alias))?.alias;
      const acronym = best.isWrittenOut ? (g.members.find((m) => m.acronym !== undefined)?.acronym ?? g.members.flatMap((m) => m.inner)[0] ?? bracketed) : undefined;
      const shown = best.display ?? best.text;
      const name = best.head === undefined ? shown : `${capitalise(best.head)} ${shown}`;
      return { text: best.text, span: best.span, sentence: best.sentence, name, ...(acronym === undefined ? {} : { acronym }) };
    });
  }
}
