// The unit or object of a number (see figures.ts): a percentage, an amount of money, a measurement, a duration or a
// count ("61,3%", "1.200 tỷ đồng", "25.000 m2", "5 năm", "125.000 hồ sơ"). Each look is a bounded number of tokens
// after the number.
import {
  AGE_UNITS,
  COUNTED_CAPITALISED,
  COUNTED_NOUNS,
  CURRENCIES,
  MEASUREMENT_UNITS,
  MULTIPLIERS,
  NOT_COUNTED,
  PER_UNITS,
  TIME_UNITS,
} from './lexicon/figures';
import { TITLE_WORDS } from './lexicon/people';
import { normOf, PhraseSet, scanTokens, type Token } from './tokens';

const MULTIPLIER = new PhraseSet(MULTIPLIERS);
const CURRENCY = new PhraseSet(CURRENCIES);
const MEASUREMENT = new PhraseSet(MEASUREMENT_UNITS);
const TIME = new PhraseSet(TIME_UNITS);
export const AGE = new PhraseSet(AGE_UNITS);
const PER = new PhraseSet(PER_UNITS);
export const NOT_OBJECT = new PhraseSet(NOT_COUNTED);
/** Offices count people too: "3 Phó chủ tịch", "4 phó thống đốc". */
const OFFICES = [...TITLE_WORDS, ...TITLE_WORDS.map((t) => `phó ${t}`)];
const COUNTED = new PhraseSet([...COUNTED_NOUNS, ...OFFICES]);
/** A counted noun may be capitalised as the start of a name: "8 Huân chương Lao động". */
const COUNTED_CAPITAL = new PhraseSet([...COUNTED_CAPITALISED, ...OFFICES, ...COUNTED_NOUNS]);
/** Units written glued to the number: "70km", "30ml", "90hecta". */
const GLUED_UNITS = MEASUREMENT_UNITS.filter((u) => !u.includes(' ')).map(normOf);

export type UnitKind = 'percent' | 'money' | 'measurement' | 'time' | 'counted';

export interface Quantity {
  /** Token index of the unit or counted noun (after a multiplier). */
  unitFrom: number;
  /** Token index after the value's last token. */
  end: number;
  kind: UnitKind;
}

/** "30ml/người/ngày" → the digits part ends at 2 and "ml/người/ngày" must start with a unit. */
function numberLength(text: string): number {
  let k = 0;
  while (k < text.length) {
    const ch = text[k]!;
    const next = text[k + 1];
    const isDigit = ch >= '0' && ch <= '9';
    const joinsDigits = (ch === '.' || ch === ',' || ch === '-' || ch === '–' || ch === '/') && next !== undefined && next >= '0' && next <= '9';
    if (!isDigit && !(k > 0 && joinsDigits)) break;
    k++;
  }
  return k;
}

export function isDash(t: Token | undefined): boolean {
  return t !== undefined && (t.text === '-' || t.text === '–');
}

/** "/lượng", "/ cổ phiếu" after a price, at most twice: "30ml/người/ngày". */
function perUnits(tokens: readonly Token[], k: number): number {
  let end = k;
  for (let n = 0; n < 2; n++) {
    if (tokens[end]?.text !== '/') break;
    const per = PER.matchAt(tokens, end + 1);
    if (per === 0) break;
    end += 1 + per;
  }
  return end;
}

/** The unit or counted noun of the number token at tokens[i]; null when it has neither. */
export function unitAfter(tokens: readonly Token[], i: number): Quantity | null {
  const t = tokens[i]!;
  const digits = numberLength(t.text);
  if (digits < t.text.length) {
    // A unit glued to the number: "70km", "30ml/người/ngày", "đồng/lượng" never starts a number.
    const rest = normOf(t.text.slice(digits));
    const unit = GLUED_UNITS.filter((u) => rest === u || rest.startsWith(`${u}/`)).sort((a, b) => b.length - a.length)[0];
    if (unit === undefined) return null;
    // A one-letter unit is written in lowercase: "4G" and "5G" are generations of mobile networks, not grams.
    const written = t.text.slice(digits, digits + unit.length);
    if (unit.length === 1 && written !== written.toLowerCase()) return null;
    return { unitFrom: i, end: i + 1, kind: unit === '%' ? 'percent' : 'measurement' };
  }
  const next = tokens[i + 1];
  if (next === undefined) return null;
  if (next.text === '%') return { unitFrom: i + 1, end: i + 2, kind: 'percent' };
  if (next.kind === 'punct' || next.isGlued) return null;
  let k = i + 1;
  const multiplier = MULTIPLIER.matchAt(tokens, k);
  k += multiplier;
  const currency = CURRENCY.matchAt(tokens, k) || (tokens[k]?.text.includes('/') === true ? CURRENCY.matchAt(scanTokens(tokens[k]!.text.split('/')[0]!), 0) : 0);
  if (currency > 0) {
    // "6 đồng tiền chủ chốt" counts currencies: it is not an amount of money; "26.000 tỉ đồng | tiền tạm ứng",
    // "500.000 đồng | tiền phạt" are (a multiplier or thousands say so).
    if (tokens[k]!.norm === 'đồng' && tokens[k + 1]?.norm === 'tiền' && multiplier === 0 && !t.text.includes('.')) return null;
    const glued = tokens[k]!.text.includes('/');
    return { unitFrom: k, end: glued ? k + 1 : perUnits(tokens, k + currency), kind: 'money' };
  }
  const measurement = MEASUREMENT.matchAt(tokens, k);
  if (measurement > 0) return { unitFrom: k, end: perUnits(tokens, k + measurement), kind: 'measurement' };
  if (multiplier > 0) {
    const counted = countedAt(tokens, k);
    return { unitFrom: counted > 0 ? k : k - multiplier, end: k + counted, kind: 'counted' };
  }
  if (AGE.matchAt(tokens, k) > 0) return { unitFrom: k, end: k + 1, kind: 'time' };
  const time = TIME.matchAt(tokens, k);
  if (time > 0) return { unitFrom: k, end: k + time, kind: 'time' };
  const counted = countedAt(tokens, k);
  return counted > 0 ? { unitFrom: k, end: k + counted, kind: 'counted' } : null;
}

/** Tokens of the noun a number counts at tokens[k]: a known noun, or one word that is not a function word. */
function countedAt(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (t === undefined || t.kind !== 'word' || t.isGlued) return 0;
  if (t.isCapitalised) return COUNTED_CAPITAL.matchAt(tokens, k);
  const known = COUNTED.matchAt(tokens, k);
  if (known > 0) return known;
  return NOT_OBJECT.matchAt(tokens, k) > 0 ? 0 : 1;
}
