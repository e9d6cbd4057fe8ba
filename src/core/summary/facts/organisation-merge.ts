// The same body under several names is one fact: mentions are grouped by their folded body words and a compatible
// place (splitPlace), then groups are merged when one name is another's short form — a company's name without its
// legal words, a bracketed short name, the first half of a compound domain, a name without its kind, initials.
import { BARE_HEADS, QUALIFIERS, UNITS } from './organisation-lexicon';
import { COUNTRY_NAMES } from './lexicon/organisations';
import { foldOf, scanTokens, type Token } from './tokens';
import { provinceAt } from './where';
import type { Span } from './types';

/** Words between the halves of a compound domain, folded: "Tài nguyên | và | Môi trường", "Văn hoá | , | Thể thao". */
const HALF_JOINERS = new Set(['va', '-', '–', '&', ',']);
/** Kinds of company or paper written before their names (folded): "hãng BMW", "báo Nhân Dân". */
const KIND_KEYS = ['hang', 'bao', 'tap đoan', 'cong ty', 'ngan hang', 'mang xa hoi', 'uy ban'];
/** Countries (folded): "Quốc hội Nhật Bản" is not the "Quốc hội" of the article's own country. */
const COUNTRY_KEYS = new Set(COUNTRY_NAMES.map((c) => c.split(' ').map(foldOf).join(' ')));
/** "TP.HCM" and "TPHCM" as one word. */
const CITY_WORDS = new Set(['tp.hcm', 'tphcm']);

/** A body mention before merging. */
export interface Mention {
  text: string;
  /** The name without the acronym in brackets inside it: "Ủy ban nhân dân tỉnh" for "Ủy ban nhân dân (UBND) tỉnh". */
  display?: string;
  span: Span;
  sentence: Span;
  /** The acronym the article defines for it right there: "Ủy ban nhân dân (UBND)". */
  acronym?: string;
  /** Acronyms written inside the name: "UBND" in "UBND tỉnh". */
  inner: string[];
  /** Folded words with acronyms spelled out, up to the place. */
  body: string;
  /** The place unit and the place ("tinh", "kien giang"), or a qualifier such as "viet nam" as the place. */
  unit: string;
  place: string;
  /** Whether the name is written out (no acronym in it). */
  isWrittenOut: boolean;
  words: number;
  /** A short name given in brackets right after it: "Vinamilk" in "CTCP Sữa Việt Nam (Vinamilk)". */
  alias?: string;
  /** The head a list gave it ("Bộ" for "Công Thương" in "các Bộ Y tế, Công Thương"), which its name starts with. */
  head?: string;
  /** The case of each word of `body` and what follows: "C" capitalised, "A" an acronym, "l" lowercase. */
  caps: string;
}

export interface Group {
  unit: string;
  place: string;
  members: Mention[];
}

const COMPANY_KEYS = ['cong ty', 'tong cong ty', 'tap đoan', 'ngan hang'];

/**
 * A company's short name is the end of its full one: "công ty Kỳ Hà - Chu Lai Quảng Nam" is "Công ty TNHH MTV Đầu
 * tư và Phát triển Kỳ Hà Chu Lai Quảng Nam" (a branch, "… – Chi nhánh Mỹ Hoà", is another body). Groups are merged
 * into the one with the fuller name.
 */
export function mergeShortCompanyNames(groups: Group[]): void {
  const words = (g: Group): string[] => g.members[0]!.body.split(' - ').join(' ').split(' ');
  for (let a = groups.length - 1; a >= 0; a--) {
    const short = words(groups[a]!);
    const head = COMPANY_KEYS.find((h) => short.join(' ').startsWith(`${h} `));
    if (head === undefined) continue;
    const name = short.slice(head.split(' ').length);
    if (name.length < 2) continue;
    const into = groups.find((g, b) => b !== a && g.members[0]!.body.startsWith(head) && words(g).length > short.length && words(g).slice(-name.length).join(' ') === name.join(' '));
    if (into === undefined) continue;
    into.members.push(...groups[a]!.members);
    groups.splice(a, 1);
  }
}

export function isAcronymWord(text: string): boolean {
  const tokens = scanTokens(text);
  return tokens.length === 1 && tokens[0]!.isAcronym;
}

/**
 * A name that is the first half of another's compound domain is that body: "Bộ Tài nguyên" is "Bộ Tài nguyên và Môi
 * trường", "Sở Giáo dục Nghệ An" is "Sở Giáo dục và Đào tạo Nghệ An" (not "Ngân hàng Nhà nước chi nhánh An Giang").
 */
export function mergeFirstHalves(groups: Group[]): void {
  const words = (g: Group): string[] => g.members[0]!.body.split(' ');
  for (let a = groups.length - 1; a >= 0; a--) {
    const short = words(groups[a]!);
    if (short.length < 2) continue;
    const longer = groups.filter((g, b) => {
      if (b === a || !compatible(g.place, groups[a]!.place)) return false;
      const long = words(g);
      return long.length > short.length && short.every((x, j) => long[j] === x);
    });
    // The only longer name: the first half of a compound ("Bộ Tài nguyên | và Môi trường") or its first capitalised
    // words ("Bộ Giao thông | Vận tải").
    const into = longer.length === 1 ? longer[0]! : undefined;
    if (into === undefined) continue;
    const long = words(into);
    const rest = into.members[0]!.caps.slice(short.length, long.length);
    const isHalf = HALF_JOINERS.has(long[short.length]!) && long.length > short.length + 1;
    // Not a region or a branch of it ("Kiểm toán Nhà nước | Khu vực III", "… | chi nhánh An Giang").
    const isPart = long[short.length] === 'khu' || long[short.length] === 'chi' || COUNTRY_KEYS.has(long.slice(short.length).join(' '));
    // The same place too: "Uỷ ban Kiểm tra (Trung ương)" is not "Uỷ ban Kiểm tra Tỉnh uỷ".
    const isCapitalised = rest[0] === 'C' && !isPart && into.place === groups[a]!.place;
    if (!isHalf && !isCapitalised) continue;
    into.members.push(...groups[a]!.members);
    groups.splice(a, 1);
  }
}

/** "hãng BMW" and "BMW", "báo Nhân Dân" and "Nhân Dân": a company's or a paper's name with and without its kind. */
export function mergeHeadlessNames(groups: Group[]): void {
  for (let a = groups.length - 1; a >= 0; a--) {
    const body = groups[a]!.members[0]!.body;
    const into = groups.find((g, b) => b !== a && KIND_KEYS.some((h) => g.members[0]!.body === `${h} ${body}`));
    if (into === undefined) continue;
    into.members.push(...groups[a]!.members);
    groups.splice(a, 1);
  }
}

/**
 * A head and an acronym the dictionary does not know, whose letters are the initials of another name's words after
 * the same head: "bộ T T&T T" is "Bộ Thông tin và Truyền thông" ("và", "-", "&" have no letter of their own).
 */
export function mergeInitials(groups: Group[]): void {
  for (let a = groups.length - 1; a >= 0; a--) {
    const m = groups[a]!.members[0]!;
    const words = m.body.split(' ');
    const caps = m.caps.slice(0, words.length);
    if (words.length < 2 || ![...caps.slice(1)].every((c, j) => c === 'A' || (c === 'C' && words[j + 1]!.length === 1))) continue;
    let letters = '';
    for (const ch of words.slice(1).join('')) if (ch !== '&' && ch !== '-' && ch !== '.') letters += ch;
    if (letters.length < 2) continue;
    const into = groups.find((g, b) => {
      const long = g.members[0]!.body.split(' ');
      if (b === a || long[0] !== words[0] || long.length - 1 < letters.length) return false;
      const initials = long.slice(1).filter((x) => !HALF_JOINERS.has(x)).map((x) => x[0]).join('');
      return initials === letters;
    });
    if (into === undefined) continue;
    into.members.push(...groups[a]!.members);
    groups.splice(a, 1);
  }
}

/** Groups named by another group's bracketed short name are that group: "Vinamilk" after "CTCP Sữa Việt Nam (Vinamilk)". */
export function mergeBracketedNames(groups: Group[]): void {
  const byAlias = new Map<string, Group>();
  for (const g of groups) for (const m of g.members) if (m.alias !== undefined && !byAlias.has(foldOf(m.alias))) byAlias.set(foldOf(m.alias), g);
  if (byAlias.size === 0) return;
  for (let a = groups.length - 1; a >= 0; a--) {
    const group = groups[a]!;
    // The short name itself, or a name ending with the acronym given in brackets ("Tổng Công ty Phát triển cao tốc
    // VEC" after "… (VEC)").
    const lastWord = (m: Mention): string => foldOf(m.text.slice(m.text.lastIndexOf(' ') + 1));
    const into = group.members
      .map((m) => byAlias.get(foldOf(m.text)) ?? (isAcronymWord(m.text.slice(m.text.lastIndexOf(' ') + 1)) ? byAlias.get(lastWord(m)) : undefined))
      .find((g) => g !== undefined && g !== group);
    if (into === undefined) continue;
    into.members.push(...group.members);
    groups.splice(a, 1);
  }
}

/** Places that may name the same one: equal, one missing, or one more exact ("tinh uy" and "tinh uy thua thien hue"). */
export function compatible(a: string, b: string): boolean {
  return a === b || a === '' || b === '' || a.startsWith(`${b} `) || b.startsWith(`${a} `);
}

/**
 * Folded words split into the body, its place unit and its place: "ủy ban nhân dân | tỉnh | kiên giang". A parent
 * body inside the name (from `parentAt`) says which one it is, as a place does: "Ban Cán sự Đảng | UBND tỉnh" is
 * the same body as "Ban Cán sự Đảng" in the same article.
 */
export function splitPlace(written: readonly string[], parentAt = -1): { body: string; unit: string; place: string } {
  const fold = (words: readonly string[]): string => words.map(foldOf).join(' ');
  // "TP.HCM", "TPHCM": the unit and the place in one word.
  const norms = written.flatMap((x) => (CITY_WORDS.has(x) ? ['tp', 'hcm'] : [x]));
  if (parentAt > 0) return { body: fold(norms.slice(0, parentAt)), unit: '', place: fold(norms.slice(parentAt)) };
  // "Huyện ủy Vũng Liêm": a committee's district, written without its unit, says which one.
  const committee = norms.indexOf('ủy');
  if (committee >= 1 && committee <= 2 && committee < norms.length - 1 && UNITS.matchAt(scanTokens(norms.slice(committee + 1, committee + 3).join(' ')), 0) === 0) {
    return { body: fold(norms.slice(0, committee + 1)), unit: '', place: fold(norms.slice(committee + 1)) };
  }
  const tokens = scanTokens(norms.join(' '));
  for (let k = 1; k < norms.length; k++) {
    const unit = UNITS.matchAt(tokens, k);
    if (unit === 0 || (unit === 1 && norms[k + 1] === 'ủy')) continue;
    const unitNorm = norms.slice(k, k + unit).join(' ');
    // "TP HCM" is "thành phố Hồ Chí Minh".
    const place = fold(norms.slice(k + unit));
    return { body: fold(norms.slice(0, k)), unit: unitNorm === 'tp' ? 'thành phố' : unitNorm, place: place === 'hcm' ? fold(['hồ', 'chí', 'minh']) : place };
  }
  // "Ban Bí thư Trung ương Đảng", "Bảo hiểm xã hội Việt Nam": the qualifier says which one, as a place does.
  for (const q of QUALIFIERS) {
    const k = norms.length - q.length;
    // Not when it would leave a bare head: "Đại học Quốc gia" is a name, not "Đại học" of the nation.
    if (k >= 1 && q.every((w, j) => norms[k + j] === w) && !BARE_HEADS.has(norms.slice(0, k).join(' '))) {
      return { body: fold(norms.slice(0, k)), unit: '', place: fold(q) };
    }
  }
  const province = norms.length >= 2 ? lastProvince(tokens) : 0;
  if (province > 0) return { body: fold(norms.slice(0, norms.length - province)), unit: '', place: fold(norms.slice(norms.length - province)) };
  return { body: fold(norms), unit: '', place: '' };
}

/** Words of a province name ending the tokens, or 0: "Sở Y tế Hà Nội" ends with "Hà Nội". */
function lastProvince(tokens: readonly Token[]): number {
  for (let n = Math.min(4, tokens.length - 1); n >= 1; n--) if (provinceAt(tokens, tokens.length - n) === n) return n;
  return 0;
}
