// Where: places as state news names them: a unit and a capitalised name ("tỉnh Kiên Giang", "TP. Rạch Giá",
// "huyện Vạn Ninh", "quận 8"), or a province's name on its own ("Đà Nẵng", "TP.HCM") when capitalised.
import { COMMON_SURNAMES } from './lexicon/people';
import { PROVINCES } from './lexicon/provinces';
import { foldOf, scanTokens, type Token } from './tokens';
import type { Window } from './windows';
import type { WhereFact } from './types';

/** Unit words as written (their first letter in either case). Two-word units are matched word by word. */
const UNITS: ReadonlyArray<readonly string[]> = [
  ['thành', 'phố'], ['thị', 'xã'], ['thị', 'trấn'], ['tỉnh'], ['huyện'], ['quận'], ['xã'], ['phường'],
];
/** Units written as abbreviations, case as written: "TP", "TP.", "Tp.", "TX.". */
const ABBREVIATED_UNITS = new Set(['TP', 'Tp']);
/** A place name has at most this many capitalised words: "Bà Rịa - Vũng Tàu", "Thừa Thiên Huế". */
const MAX_PLACE_WORDS = 4;

const HCM_KEYS = new Set(['hcm', 'tp.hcm', 'tphcm', 'tp. hcm', 'tp hcm', 'ho chi minh']);
const NAME_STARTS = new Set(COMMON_SURNAMES);

/** Folded token sequences of each province name, grouped by first token. */
const PROVINCE_TOKENS = new Map<string, string[][]>();
for (const province of PROVINCES) {
  const folds = scanTokens(province).map((t) => foldOf(t.text));
  const list = PROVINCE_TOKENS.get(folds[0]!) ?? [];
  list.push(folds);
  list.sort((a, b) => b.length - a.length);
  PROVINCE_TOKENS.set(folds[0]!, list);
}

/** Number of tokens of the longest province name at tokens[i], or 0. */
export function provinceAt(tokens: readonly Token[], i: number, end = tokens.length): number {
  const list = PROVINCE_TOKENS.get(foldOf(tokens[i]?.text ?? ''));
  if (list === undefined) return 0;
  for (const folds of list) {
    if (i + folds.length <= end && folds.every((f, k) => foldOf(tokens[i + k]!.text) === f)) return folds.length;
  }
  return 0;
}

/** Folded key: "Khánh Hoà" and "Khánh Hòa", "TP.HCM" and "Hồ Chí Minh" give one. */
function placeKey(tokens: readonly Token[], from: number, to: number): string {
  const key = tokens
    .slice(from, to)
    .map((t) => foldOf(t.text))
    .join(' ')
    .replace(' .', '.');
  return HCM_KEYS.has(key) ? 'ho chi minh' : key;
}

const UNIT_FIRST_WORDS = new Set(UNITS.map((words) => words[0]!));

/** Tokens of the unit at tokens[i] ("tỉnh", "thành phố", "TP", "TP."), or 0. */
function unitAt(tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  if (!UNIT_FIRST_WORDS.has(t.norm) && !ABBREVIATED_UNITS.has(t.text) && t.text !== 'TX') return 0;
  if (ABBREVIATED_UNITS.has(t.text) || t.text === 'TX') {
    const dot = tokens[i + 1];
    if (dot?.text === '.' && dot.isGlued) return 2;
    return t.text === 'TX' ? 0 : 1;
  }
  for (const words of UNITS) {
    if (!words.every((w, k) => tokens[i + k]?.norm === w)) continue;
    // Only the first letter may be a capital: "Tỉnh", not "TỈNH ỦY" in a heading.
    if (words.some((_, k) => tokens[i + k]!.text.slice(1) !== tokens[i + k]!.text.slice(1).toLowerCase())) return 0;
    return words.length;
  }
  return 0;
}

function isPlaceWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && t.isCapitalised;
}

/** How many tokens of a place name follow at tokens[i]: capitalised words, " - " between them. */
function placeNameLength(tokens: readonly Token[], i: number): number {
  let k = i;
  let words = 0;
  let end = i;
  while (words < MAX_PLACE_WORDS) {
    const t = tokens[k];
    if (isPlaceWord(t) && (k === i || !t!.isGlued)) {
      words++;
      k++;
      end = k;
      continue;
    }
    if (t?.text === '-' && !t.isGlued && words > 0 && isPlaceWord(tokens[k + 1]) && !tokens[k + 1]!.isGlued) {
      k++;
      continue;
    }
    break;
  }
  return end - i;
}

/** A known province at the start wins ("Khánh Hoà Lê Đức" is "Khánh Hoà"); else the name stops at a surname. */
function trimPlaceName(tokens: readonly Token[], from: number, to: number): number {
  const province = provinceAt(tokens, from, to);
  if (province > 0) return from + province;
  for (let k = from + 1; k < to; k++) if (NAME_STARTS.has(tokens[k]!.text)) return k;
  return to;
}

/** Places, each once (by folded name), in text order. */
export class WhereExtractor {
  private readonly facts: WhereFact[] = [];
  private readonly seen = new Set<string>();

  constructor(private readonly limit: number) {}

  private add(w: Window, from: number, to: number, key: string, fact: Pick<WhereFact, 'name' | 'unit'>): void {
    if (this.seen.has(key) || this.facts.length >= this.limit) return;
    this.seen.add(key);
    this.facts.push({
      text: w.text.slice(from, to),
      span: { start: w.start + from, end: w.start + to },
      sentence: { ...w.sentence },
      ...fact,
    });
  }

  scan(w: Window): void {
    const { tokens } = w;
    const taken: Array<[number, number]> = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      // "TP.HCM": the unit and the name in one token.
      if ((t.text.startsWith('TP.') || t.text.startsWith('Tp.')) && t.text.length > 3 && t.text[3] !== t.text[3]!.toLowerCase()) {
        const name = t.text.slice(3);
        taken.push([t.start, t.end]);
        this.add(w, t.start, t.end, HCM_KEYS.has(foldOf(name)) ? 'ho chi minh' : foldOf(name), { name, unit: t.text.slice(0, 3) });
        continue;
      }
      const unit = unitAt(tokens, i);
      if (unit === 0) continue;
      const nameFrom = i + unit;
      const first = tokens[nameFrom];
      if (first === undefined) continue;
      const unitText = w.text.slice(t.start, tokens[nameFrom - 1]!.end);
      // "quận 8", "phường 12": a number names the unit.
      if (first.kind === 'number' && /* one or two digits */ first.text.length <= 2 && isAllDigits(first.text)) {
        taken.push([t.start, first.end]);
        this.add(w, t.start, first.end, `${foldOf(unitText)} ${first.text}`, { name: first.text, unit: unitText });
        i = nameFrom;
        continue;
      }
      const length = placeNameLength(tokens, nameFrom);
      if (length === 0) continue;
      const nameTo = trimPlaceName(tokens, nameFrom, nameFrom + length);
      const name = w.text.slice(first.start, tokens[nameTo - 1]!.end);
      taken.push([t.start, tokens[nameTo - 1]!.end]);
      this.add(w, t.start, tokens[nameTo - 1]!.end, placeKey(tokens, nameFrom, nameTo), { name, unit: unitText });
      i = nameTo - 1;
    }
    for (let i = 0; i < tokens.length; i++) {
      const n = provinceAt(tokens, i);
      if (n === 0) continue;
      const from = tokens[i]!.start;
      const to = tokens[i + n - 1]!.end;
      if (taken.some(([a, b]) => from < b && to > a)) continue;
      // Capitalised in the article: "long an" in running text is not Long An.
      if (!tokens.slice(i, i + n).every((t) => t.kind === 'punct' || t.isCapitalised)) continue;
      const text = w.text.slice(from, to);
      this.add(w, from, to, placeKey(tokens, i, i + n), { name: text });
      i += n - 1;
    }
  }

  result(): WhereFact[] {
    return [...this.facts].sort((a, b) => a.span.start - b.span.start);
  }
}

function isAllDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) < 0x30 || s.charCodeAt(i) > 0x39) return false;
  return s !== '';
}
