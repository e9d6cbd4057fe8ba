// Where an organisation's name starts and ends, read from the language (see organisations.ts): the grammar of a
// name after its head or a whole name (nameEnd), the descriptor that leads to its proper name (anchorAfter), the
// place, region or qualifier that ends it, the parts after a body's acronym, and the person, count or bracket that
// stops it. Each function looks at a bounded number of tokens around the one it is given.
import {
  ALL_SURNAMES,
  DOCUMENT_WORDS,
  ENDERS,
  FORMS,
  FUNCTION_WORDS,
  FUSED,
  HEADS,
  COUNTRIES,
  JOINERS,
  LOWERCASE,
  NUMBERED,
  NOT_PERSON_KEYS,
  OBJECT_TAKING,
  QUANTITY_WORDS,
  REMIT_HEADS,
  SURNAME_STARTS,
  TIME_BEFORE_NUMBER,
  TITLES,
  UNITS,
  VERBAL,
  WORDS,
  COMPOUNDS,
} from './organisation-lexicon';
import { normOf, type PhraseSet, type Token } from './tokens';
import { provinceAt } from './where';

/** Tokens a name may run to after its head: the longest state names ("Ban Quản lý dự án đầu tư xây dựng các công
 * trình nông nghiệp và phát triển nông thôn") have about twenty syllables. */
export const MAX_NAME_TOKENS = 24;
/** Lowercase words a body's descriptor may run to before its proper name: "Công ty TNHH Phát triển nông nghiệp
 * sinh thái | Phú Thắng". */
const MAX_DESCRIPTOR_WORDS = 8;
/** Words between where a name stopped and an acronym in brackets that says where it ends. */
const MAX_TO_BRACKET = 8;
/** Words of a short name in brackets after a body's name: "(Vinamilk)", "(Tổng cục Hải quan)" is a gloss, not one. */
const MAX_BRACKETED_WORDS = 3;
/** Tokens before a name's continuation looked at for a committee's head. */
const MAX_REMIT_HEAD = 6;
/** Parts after a body's acronym: a parent, a qualifier, a place ("BCH Đảng bộ huyện"). */
const MAX_ACRONYM_PARTS = 3;
/** "VN", "TW": Việt Nam and Trung ương as acronyms after another one ("UBMTTQ VN TP HCM"). */
const COUNTRY_ACRONYMS = new Set(['VN', 'TW', 'TƯ']);
/** Given names after a surname. */
const MAX_GIVEN_NAMES = 3;
/** The parts of the country after "miền". */
const REGIONS = new Set(['bắc', 'nam', 'trung', 'tây', 'đông']);
/** Capitalised words of a place after a unit: "Bà Rịa - Vũng Tàu". */
const MAX_PLACE_WORDS = 4;

export function isSpaced(t: Token | undefined): boolean {
  return t !== undefined && !t.isGlued;
}

/**
 * A person's name starting at tokens[k] ("… tỉnh Khánh Hòa Lê Đức Vinh"): a common surname and a given name, or
 * any surname and two or three given names that end the capitalised run ("Bộ Thông tin truyền thông | Trương Minh
 * Tuấn", "Đoàn Ngọc Hùng Anh" — not "Đoàn Luật sư").
 */
export function startsPerson(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (!ALL_SURNAMES.has(t.text) || provinceAt(tokens, k) > 0) return false;
  const next = tokens[k + 1];
  if (next === undefined || !next.isCapitalised || next.isAcronym || next.isGlued) return false;
  const key = normOf(`${t.text} ${next.text}`);
  if (NOT_PERSON_KEYS.some((p) => key.startsWith(p))) return false;
  if (SURNAME_STARTS.has(t.text)) return true;
  // Given names, not a place: "Chu Lai Quảng Nam" ends with a province.
  let run = 0;
  while (run < MAX_GIVEN_NAMES + 1 && isNameSyllable(tokens[k + 1 + run])) {
    if (provinceAt(tokens, k + 1 + run) > 0) return false;
    run++;
  }
  const after = tokens[k + 1 + run];
  return run >= 2 && run <= MAX_GIVEN_NAMES && (after === undefined || after.kind !== 'word' || !after.isCapitalised);
}

/** "Hùng", not "UBND" or "CK2": a capital, then lowercase letters and marks only; spaced from what comes before. */
function isNameSyllable(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== 'word' || !t.isCapitalised || t.isAcronym || t.isGlued) return false;
  return t.text.slice(1) === t.text.slice(1).toLowerCase();
}

/** Length of a place unit and its name at tokens[k]: "tỉnh Kiên Giang", "TP. HCM", "thành phố", "cấp tỉnh". */
export function placeAt(tokens: readonly Token[], k: number): number {
  const unit = UNITS.matchAt(tokens, k);
  if (unit === 0 || !isSpaced(tokens[k])) return 0;
  // Only the first letter of a unit word may be a capital ("Tỉnh", "TP"), and "Tỉnh ủy" is a body, not a unit.
  const first = tokens[k]!;
  if (first.text !== 'TP' && first.text.slice(1) !== first.text.slice(1).toLowerCase()) return 0;
  if (unit === 1 && tokens[k + 1]?.norm === 'ủy') return 0;
  let end = k + unit;
  if (tokens[end]?.text === '.' && tokens[end]!.isGlued) end++;
  let words = 0;
  while (words < MAX_PLACE_WORDS) {
    const t = tokens[end];
    if (t?.text === '-' && words > 0 && tokens[end + 1]?.isCapitalised === true) {
      end++;
      continue;
    }
    if (t === undefined || t.kind === 'punct' || !t.isCapitalised || (words > 0 && t.isGlued)) break;
    if (startsPerson(tokens, end)) break;
    const province = provinceAt(tokens, end);
    words++;
    end += Math.max(1, province);
    if (province > 1) break;
  }
  // A number names a district or ward: "quận 8", "phường 12".
  if (words === 0 && tokens[end]?.kind === 'number' && tokens[end]!.text.length <= 2) end++;
  return end - k;
}

type State = 'start' | 'capital' | 'lower' | 'joiner';

/** "khu vực III", "Khu vực 2": a region after a body's name ("KTNN khu vực III", "Chi cục Hải quan khu vực 1"). */
export function regionAt(tokens: readonly Token[], k: number): number {
  // "Tổng công ty Điện lực miền Bắc", "Bảo hiểm xã hội khu vực miền Trung": a part of the country.
  if (tokens[k]?.norm === 'miền' && tokens[k + 1]?.isCapitalised === true && REGIONS.has(tokens[k + 1]!.norm)) return 2;
  if (tokens[k]?.norm !== 'khu' || tokens[k + 1]?.norm !== 'vực') return 0;
  const x = tokens[k + 2];
  if (x === undefined) return 0;
  const isRoman = x.kind === 'word' && x.text.length <= 4 && [...x.text].every((c) => 'IVXL'.includes(c));
  return isRoman || (x.kind === 'number' && x.text.length <= 2) ? 3 : 0;
}

/**
 * Places and qualifiers that may follow a name complete by itself: "Tỉnh ủy Kiên Giang", "Quốc hội Việt Nam"; after a
 * Party committee ("Quận ủy", "Huyện ủy") the name of its district, written without a unit: "Huyện ủy Vũng Liêm".
 */
export function qualifierAt(tokens: readonly Token[], k: number, isCommittee = false): number {
  const province = provinceAt(tokens, k);
  if (province > 0) return province;
  const isPlaceWord = (j: number): boolean => isNameSyllable(tokens[j]) && !startsPerson(tokens, j) && TITLES.matchAt(tokens, j) === 0 && HEADS.matchAt(tokens, j) === 0;
  if (isCommittee && isPlaceWord(k)) {
    let end = k;
    while (end - k < MAX_PLACE_WORDS && isPlaceWord(end)) end++;
    return end - k;
  }
  const t = tokens[k];
  const next = tokens[k + 1];
  if (t?.norm === 'việt' && next?.norm === 'nam') return 2;
  // Another country's: "Quốc hội Nhật Bản", "Chính phủ Hoa Kỳ".
  const country = t?.isCapitalised === true ? COUNTRIES.matchAt(tokens, k) : 0;
  if (country > 0 && tokens.slice(k, k + country).every((x) => x.isCapitalised)) return country;
  if (t?.norm === 'trung' && next?.norm === 'ương') return tokens[k + 2]?.norm === 'đảng' ? 3 : 2;
  return regionAt(tokens, k);
}

/**
 * How far a name runs from tokens[from] (after its head, or after a whole name when `isComplete`); returns the
 * end token index (from itself when nothing continues it).
 */
export function nameEnd(tokens: readonly Token[], from: number, options: { isComplete: boolean; isCompany: boolean; isLowerEnding: boolean; isClosed?: boolean; isCommittee?: boolean; endsAtJoiner?: boolean }, whole: PhraseSet): number {
  let k = from;
  let end = from;
  // "Quân khu 5", "Bệnh viện 108": a number right after a head that a number may name.
  const head = tokens[from - 1]?.norm === 'khu' || tokens[from - 1]?.norm === 'đoàn' || tokens[from - 1]?.norm === 'viện' ? NUMBERED.matchBefore(tokens, from, 2) : 0;
  if (head > 0 && tokens[from]?.kind === 'number' && tokens[from]!.text.length <= 3 && QUANTITY_WORDS.matchAt(tokens, from + 1) === 0 && !options.isComplete) return from + 1;
  // After a whole name the state is that of its last word: "Ban Quản lý dự án" ends lowercase, "Bộ Công an" not.
  let state: State = options.isComplete ? (options.isLowerEnding ? 'lower' : 'capital') : 'start';
  // A lowercase syllable may finish the first capitalised syllable of a word ("Phục vụ"), not a whole name or
  // a word of two capitalised syllables ("Công Thương | phải").
  let lowerAfterCapital = options.isComplete;
  const limit = Math.min(tokens.length, from + MAX_NAME_TOKENS);
  let isClosed = options.isClosed === true;
  // The name so far is a descriptor in lowercase words (or just a head), which may lead on to its proper name; not
  // after a lowercase syllable that only finished a capitalised word ("Bộ Tài chính | thừa nhận Việt Nam …").
  let isOpen = !options.isComplete || options.isLowerEnding;
  /** Where a descriptor reached its proper name: a company's may look like a person's ("… địa ốc | Hoàng Quân"). */
  let anchoredAt = -1;
  if (options.isCompany) {
    const form = FORMS.matchAt(tokens, k);
    if (form > 0) {
      k = end = k + form;
      state = 'lower';
    }
  }
  while (k < limit) {
    const t = tokens[k]!;
    // "Công ty CP Tư vấn, thương mại, dịch vụ địa ốc Hoàng Quân": a company's list of trades, up to its name.
    if (t.text === ',' && options.isCompany && !isClosed) {
      const anchor = anchorAfter(tokens, k, true, whole);
      if (anchor > k) {
        k = anchoredAt = anchor;
        state = 'lower';
        continue;
      }
    }
    if (t.kind === 'punct' && t.text !== '-' && t.text !== '–' && t.text !== '&' && !(t.text === ',' && state === 'lower')) break;
    // A place ends the name: "UBND tỉnh Kiên Giang", "Sở Y tế TP. HCM"; so does a region: "KTNN khu vực III".
    if (state !== 'start' && state !== 'joiner') {
      const place = placeAt(tokens, k) || regionAt(tokens, k);
      if (place > 0) return k + place;
    }
    // A name complete by itself that no head starts ("Chính phủ", "Tỉnh ủy") takes only a place or a qualifier.
    if (isClosed) {
      // "Đảng ủy Sở GD-ĐT Sơn La": a committee of a body takes that body's name.
      if (options.isCommittee === true && t.isCapitalised && isSpaced(t) && HEADS.matchAt(tokens, k) > 0) {
        isClosed = false;
        state = 'joiner';
        continue;
      }
      const qualifier = qualifierAt(tokens, k, options.isCommittee === true);
      if (qualifier > 0 && isSpaced(t)) return k + qualifier;
      break;
    }
    // "… của Bộ GTVT | Quy định về …": the title of a document after its issuer ends the issuer's name.
    if (state !== 'start' && DOCUMENT_WORDS.matchAt(tokens, k) > 0) break;
    // "Ban Chỉ đạo Trung ương | về | phòng chống thiên tai", "Uỷ ban Quốc gia ứng phó sự cố | , | thiên tai và …": a
    // committee's remit in lowercase name words, after "về" or in a list with commas.
    if ((t.norm === 'về' || (t.text === ',' && state === 'lower')) && options.isCommittee !== true && isRemitName(tokens, from) && WORDS.matchAt(tokens, k + 1) > 0 && !tokens[k + 1]!.isCapitalised) {
      k++;
      state = 'joiner';
      continue;
    }
    // A person's name after the body is not part of it ("Chủ tịch UBND tỉnh Khánh Hòa Lê Đức Vinh"); right after a
    // head it is the name ("Trường Lê Quý Đôn").
    if (t.isCapitalised && state !== 'start' && !(options.isCompany && k === anchoredAt) && startsPerson(tokens, k)) break;
    // A whole name inside: "Ban Cán sự Đảng Ủy ban nhân dân", "Cục Cảnh sát giao thông Bộ Công an".
    const inner = t.isCapitalised && isSpaced(t) ? whole.matchAt(tokens, k) : 0;
    if (inner > 0) {
      k = end = k + inner;
      state = 'capital';
      lowerAfterCapital = true;
      continue;
    }
    // A body written with a lowercase head inside: "Thanh tra bộ Xây dựng".
    const nested = !t.isCapitalised ? LOWERCASE.matchAt(tokens, k) : 0;
    if (nested > 0 && tokens[k + nested]?.isCapitalised === true && COMPOUNDS.matchBefore(tokens, k + nested, 3) === 0) {
      k += nested;
      state = 'joiner';
      continue;
    }
    const words = WORDS.matchAt(tokens, k);
    // A verb-like name word ("quản lý", "kiểm tra") continues only a run of lowercase name words or a joiner.
    const isVerbal = !t.isCapitalised && VERBAL.matchAt(tokens, k) >= words && words > 0;
    // An acronym spells its words whole: "Sở GTVT | dự phòng …" goes on with a place, not with lowercase words.
    const isAfterAcronym = !t.isCapitalised && k > from && tokens[k - 1]!.isAcronym && state === 'capital';
    // Two name words in lowercase right after a capitalised head: "Cảng vụ | đường thủy nội địa".
    const isLowerRun = state === 'start' && !t.isCapitalised && words > 0 && (tokens[from - 1]?.isCapitalised === true || tokens[from - 2]?.isCapitalised === true) && WORDS.matchAt(tokens, k + words) > 0;
    if (words > 0 && !isAfterAcronym && (t.isCapitalised || isLowerRun || state === 'lower' || state === 'joiner' || (state === 'capital' && !isVerbal))) {
      // "Quản lý | xây dựng": a capitalised word that takes an object lets a verb-like word follow.
      const takesObject = t.isCapitalised && OBJECT_TAKING.matchAt(tokens, k) === words;
      k = end = k + words;
      state = t.isCapitalised && !takesObject ? 'capital' : 'lower';
      lowerAfterCapital = true;
      isOpen = state === 'lower';
      continue;
    }
    // The body a name belongs to, by its head of several words: "Ban Chấp hành | Đảng bộ | tỉnh Sơn La".
    const parentHead = state !== 'start' && t.isCapitalised && isSpaced(t) ? HEADS.matchAt(tokens, k) : 0;
    if (parentHead > 1) {
      k = end = k + parentHead;
      state = 'lower';
      isOpen = false;
      continue;
    }
    if (t.kind === 'word' && t.isCapitalised && isSpaced(t)) {
      if (!t.isAcronym && TITLES.matchAt(tokens, k) > 0) break;
      lowerAfterCapital = t.isAcronym || state === 'capital';
      k = end = k + 1;
      state = 'capital';
      isOpen = false;
      continue;
    }
    // A descriptor in lowercase words that leads to the body's proper name or place: "Xí nghiệp | thuốc lá | Vũng
    // Liêm", "Hiệp hội | vận tải ô tô | Việt Nam", "Sở | giao thông | tỉnh Hà Tĩnh", "Hội Kiến trúc | sư | TP. HCM".
    // A company's trade may go on in lowercase words after a capitalised one, up to its proper name: "Công ty cổ phần
    // Đầu tư | xây dựng | Hoàng Long".
    if (t.kind === 'word' && !t.isCapitalised && (isOpen || state === 'start' || (options.isCompany && state === 'capital'))) {
      const anchor = anchorAfter(tokens, k, false, whole, options.isCompany);
      if (anchor > k) {
        k = anchoredAt = anchor;
        state = 'lower';
        continue;
      }
    }
    // An object and its proper name: "Ban Quản lý dự án nạo vét | luồng Soài Rạp", "… dự án | cầu Cần Thơ".
    const next = tokens[k + 1];
    if (state === 'lower' && t.kind === 'word' && !ENDERS.has(t.norm) && next !== undefined && next.isCapitalised && isSpaced(next) && next.kind === 'word' && !next.isAcronym && !startsPerson(tokens, k + 1) && TITLES.matchAt(tokens, k + 1) === 0) {
      k += 1;
      state = 'joiner';
      continue;
    }
    // One lowercase syllable finishes a capitalised word: "Phục vụ", "Y tế", "Nhi đồng".
    if (t.kind === 'word' && state === 'capital' && !lowerAfterCapital && !ENDERS.has(t.norm) && !JOINERS.has(t.norm)) {
      k = end = k + 1;
      lowerAfterCapital = true;
      state = 'lower';
      isOpen = false;
      continue;
    }
    // "Bệnh viện Nhân dân 115", "Ban Chỉ đạo 167"; not a quantity after the name ("… Hoàng Quân 275 triệu đồng").
    if (t.kind === 'number' && end === k && state !== 'start' && QUANTITY_WORDS.matchAt(tokens, k + 1) === 0) {
      end = k + 1;
      break;
    }
    if (JOINERS.has(t.norm) && end === k && state !== 'start' && options.endsAtJoiner !== true) {
      const next = tokens[k + 1];
      // "Chính phủ và | Bộ Y tế", "Sở Tài chính và | UBND tỉnh": a joiner before another body joins two bodies.
      // Acronyms joined by a dash are one name: "bộ LĐ - TB & XH", "Sở GD - ĐT".
      const isAnotherBody = next !== undefined && next.isCapitalised && (whole.matchAt(tokens, k + 1) > 0 || HEADS.matchAt(tokens, k + 1) > 0 || (next.isAcronym && t.norm === 'và'));
      if (next !== undefined && !isAnotherBody && (next.isCapitalised || WORDS.matchAt(tokens, k + 1) > 0)) {
        k++;
        state = 'joiner';
        continue;
      }
    }
    break;
  }
  return end;
}

/**
 * Where a run of lowercase descriptor words starting at tokens[k] reaches the body's proper name: the index of its
 * first capitalised word, or of a place unit with a name; k when the run meets a function word, a verb's first
 * syllable, a title, a person, another body or the window's end first, or is longer than MAX_DESCRIPTOR_WORDS.
 * Commas may separate the words of a company's list of trades (`withCommas`); a company's name may look like a
 * person's (`isCompany`).
 */
function anchorAfter(tokens: readonly Token[], k: number, withCommas: boolean, whole: PhraseSet, isCompany = withCommas): number {
  let j = k;
  let words = 0;
  while (j < tokens.length && words <= MAX_DESCRIPTOR_WORDS) {
    const t = tokens[j]!;
    if (t.kind === 'punct') {
      const isJoin = t.text === '-' || t.text === '–' || t.text === '&' || (withCommas && t.text === ',');
      if (!isJoin || tokens[j + 1]?.kind !== 'word') return k;
      j++;
      continue;
    }
    if (t.kind !== 'word') return k;
    // "Trung tâm chống ngập | TP HCM": a place unit with its name (which may be written as an acronym).
    const unitHere = UNITS.matchAt(tokens, j);
    if (unitHere > 0 && words > 0 && (t.isCapitalised || t.isAcronym)) return placeAt(tokens, j) > unitHere ? j : k;
    // "Trung tâm dự báo khí tượng thủy văn | Trung ương": a qualifier ends the descriptor like a name.
    if (t.isCapitalised && words > 0 && qualifierAt(tokens, j) > 0 && provinceAt(tokens, j) === 0) return j;
    if (t.isCapitalised) {
      // A company may bear a name like a person's: "Công ty … địa ốc | Hoàng Quân".
      if (words === 0 || !isSpaced(t) || t.isAcronym || (!isCompany && startsPerson(tokens, j)) || TITLES.matchAt(tokens, j) > 0) return k;
      if (HEADS.matchAt(tokens, j) > 0 || whole.matchAt(tokens, j) > 0) return k;
      return j;
    }
    const unit = UNITS.matchAt(tokens, j);
    if (unit > 0 && words > 0) return placeAt(tokens, j) > unit ? j : k;
    const known = WORDS.matchAt(tokens, j);
    if (known > 0) {
      j += known;
      words += known;
      continue;
    }
    // "Liên hiệp | các | tổ chức hữu nghị TP Đà Nẵng": "các" before a name word stays in it.
    if (t.norm === 'các' && WORDS.matchAt(tokens, j + 1) > 0) {
      j++;
      continue;
    }
    if (ENDERS.has(t.norm) || TITLES.matchAt(tokens, j) > 0 || LOWERCASE.matchAt(tokens, j) > 0) return k;
    j++;
    words++;
  }
  return k;
}

/** Whether the name that starts before tokens[from] is a committee's, whose remit may follow ("Ban Chỉ đạo …"). */
function isRemitName(tokens: readonly Token[], from: number): boolean {
  for (let k = Math.max(0, from - MAX_REMIT_HEAD); k < from; k++) if (REMIT_HEADS.matchAt(tokens, k) > 0) return true;
  return false;
}

/**
 * Where a name that stopped at tokens[k] ends when an acronym in brackets follows within MAX_TO_BRACKET words (no
 * function word or verb's first syllable, title, person, other body or number between): the "(" — else k.
 */
export function extendToBracket(tokens: readonly Token[], k: number, whole: PhraseSet): number {
  for (let j = k; j < tokens.length && j - k <= MAX_TO_BRACKET; j++) {
    const t = tokens[j]!;
    if (t.text === '(') {
      const inner = tokens[j + 1];
      return j > k && inner !== undefined && inner.isAcronym && tokens[j + 2]?.text === ')' ? j : k;
    }
    const isJoin = t.text === '-' || t.text === '–' || t.text === '&' || t.norm === 'và' || t.norm === 'các';
    if (t.kind !== 'word' && !isJoin) return k;
    // Name words pass whole ("phát triển", whose syllables also start verbs).
    const known = t.isCapitalised ? 0 : WORDS.matchAt(tokens, j);
    if (known > 1) {
      j += known - 1;
      continue;
    }
    if (t.kind === 'word' && !t.isCapitalised && !isJoin && known === 0 && (ENDERS.has(t.norm) || FUNCTION_WORDS.has(t.norm))) return k;
    if (TITLES.matchAt(tokens, j) > 0) return k;
    if (t.isCapitalised && (startsPerson(tokens, j) || HEADS.matchAt(tokens, j) > 0 || whole.matchAt(tokens, j) > 0)) return k;
  }
  return k;
}

/** A short name of at most MAX_BRACKETED_WORDS capitalised words in brackets at tokens[k]: its length, or 0. */
export function bracketedName(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.text !== '(') return 0;
  let n = 0;
  while (n < MAX_BRACKETED_WORDS && tokens[k + 1 + n]?.kind === 'word' && tokens[k + 1 + n]!.isCapitalised) n++;
  return n > 0 && tokens[k + 1 + n]?.text === ')' ? n : 0;
}

/**
 * Where a body named by its acronym ends: after its place ("UBND tỉnh Lào Cai", "UBND Hà Nội"), a region, a
 * qualifier, or the body it belongs to ("BCH Đảng bộ huyện", "UBMTTQ VN TP HCM", "BTV Tỉnh ủy"); k when none follows.
 */
export function afterAcronym(tokens: readonly Token[], k: number, whole: PhraseSet): number {
  let end = k;
  for (let n = 0; n < MAX_ACRONYM_PARTS; n++) {
    const place = placeAt(tokens, end) || regionAt(tokens, end);
    if (place > 0) return end + place;
    const t = tokens[end];
    if (t === undefined || t.kind !== 'word' || !t.isCapitalised || !isSpaced(t) || startsPerson(tokens, end)) break;
    const part = whole.matchAt(tokens, end) || (HEADS.matchAt(tokens, end) > 1 ? HEADS.matchAt(tokens, end) : 0) || qualifierAt(tokens, end);
    if (part > 0) {
      end += part;
      continue;
    }
    if (COUNTRY_ACRONYMS.has(t.text)) {
      end++;
      continue;
    }
    break;
  }
  return end;
}

/** Whether the words after a name make it every body of a kind: "… các tỉnh", "… quận (huyện)". */
export function isGenericAfter(tokens: readonly Token[], end: number): boolean {
  const next = tokens[end];
  if ((next?.norm === 'các' || next?.norm === 'những') && UNITS.matchAt(tokens, end + 1) > 0) return true;
  return next?.text === '(' && UNITS.matchAt(tokens, end - 1) > 0 && UNITS.matchAt(tokens, end + 1) > 0;
}

/** A count right before tokens[i] ("24 Ban Quản lý"), not a date or a year ("ngày 29/10 Văn phòng …"). */
export function isCountBefore(tokens: readonly Token[], i: number): boolean {
  const n = tokens[i - 1];
  if (n === undefined || n.kind !== 'number' || n.text.length > 3) return false;
  for (const ch of n.text) if (ch < '0' || ch > '9') return false;
  return !TIME_BEFORE_NUMBER.has(tokens[i - 2]?.norm ?? '');
}

/** Whether a body's head word ("Bộ", "Sở") with a capitalised name starts at tokens[k]: a parent inside a name. */
export function isBodyHeadAt(tokens: readonly Token[], k: number): boolean {
  const head = HEADS.matchAt(tokens, k);
  return head > 0 && tokens[k + head]?.isCapitalised === true && FUSED.matchAt(tokens, k) === 0;
}
